"""The controller's work on the case health check.

The case shown: its checks worked out from the record already on screen, when it is shown
and after each edit (a few milliseconds: nothing is read again but the sign-offs), for
its Health check tab and the line in its header; or, on a day chosen, from the case as
it was recorded then.

Every case: the case list's count and the work tray's health lines, filled after the list
is shown by a timer, a few steps a tick. Each case's check reads its whole record (a
5,000-entry case is some 200 ms of reading and checking), so even one case in one go
would hold the window still; it is worked out a step at a time (a page of its rows, or
one check: ``services.health.case_health_in_steps``) and a tick takes steps for no more
than ``TICK_SECONDS``, so the window answers between them. What is known is kept by case
reference for the open case file (one ``CaseFile``: a new one, even the same file
unlocked again, starts afresh), and dropped on close and lock with every other piece of
case data.
"""

from __future__ import annotations

import contextlib
import inspect
import time
from collections.abc import Collection, Generator, Set
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QTimer

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.patterns import Thresholds
from casedesk.domain.wording import translate
from casedesk.services.case_file import CaseFile
from casedesk.services.health import CaseHealth, case_health, case_health_in_steps, health_of
from casedesk.ui.busy import Busy
from casedesk.ui.case_actions import CaseActions
from casedesk.ui.models.case_list_model import HealthMark
from casedesk.ui.widgets.record_finder import show_records
from casedesk.ui.widgets.work_tray_view import HealthTrayLine

# Kinds shared between cases: a person (and what is recorded through people) can belong to
# several cases, and one supervision is recorded on every case it discussed. An edit of
# these may change another case's check, so the others are checked again (in the
# background, each keeping its count until its new one is known).
SHARED_KINDS = frozenset(
    {
        k.PEOPLE.name,
        k.MEMBERSHIP,
        k.SUPERVISIONS.name,
        *(kind.name for kind in k.CASE_RECORD_KINDS if kind.person_columns),
    }
)


# How long one tick of the background check goes on beginning steps. A turn of the event
# loop should take no more than 50 ms; a step of a 5,000-entry case (a page of 500 rows,
# or its slowest check) takes up to some 20 ms here, so a tick that begins its last step
# just before this ends still ends well within it. Between ticks the window takes its
# input and repaints.
TICK_SECONDS = 0.010


@dataclass(frozen=True)
class _Basis:
    """What every check in the cache was worked out with: the file, its day, the
    pattern thresholds. Another basis, and the cache starts afresh."""

    case_file: CaseFile
    today: date
    thresholds: Thresholds


class HealthActions(CaseActions):
    """Mixed into ``Controller``: the health check of the case shown and of every case."""

    def connect_health(self) -> None:
        """Wire the Health check tab and the background check of every case."""
        self.health_cache: dict[str, CaseHealth] = {}
        self._health_basis: _Basis | None = None
        self._health_queue: list[str] = []
        # The case whose check is under way, and its steps still to take.
        self._checking: tuple[str, Generator[CaseHealth | None, None, None]] | None = None
        self._health_timer = QTimer(self.window)
        self._health_timer.setInterval(0)  # a tick whenever the window has nothing to do
        self._health_timer.timeout.connect(self._check_next_case)
        # The case chosen on the case list, and its pages still to read (read_ahead).
        self._reading_ahead: tuple[str, Generator[None, bool | None, None]] | None = None
        cases = self.window.case_page.table.selectionModel()
        cases.currentRowChanged.connect(self._case_row_chosen)
        self.window.case_page.tabs.currentChanged.connect(self._case_page_tab_changed)
        tab = self.window.case_view.health_tab
        tab.as_at_changed.connect(self.show_health_as_at)
        tab.records_requested.connect(self.show_health_records)
        # Undo and redo can reach any case of the file: every case is checked again.
        self.window.undo_action.triggered.connect(self._check_others_again)
        self.window.redo_action.triggered.connect(self._check_others_again)

    # -- the case shown ---------------------------------------------------------------------

    def case_shown(self, record: CaseRecord, touched: Set[str] | None) -> None:
        """Check the case shown (``touched`` None: shown afresh, at today's date), then the
        other views worked out from the case file."""
        if self.case_file is not None:
            self._show_health(record, afresh=touched is None)
            if touched is not None and touched & SHARED_KINDS:
                self._check_others_again()
        super().case_shown(record, touched)

    def _show_health(self, record: CaseRecord, afresh: bool) -> None:
        assert self.case_file is not None
        if self._check_basis():
            self.check_every_case()  # a new day, or new thresholds: every case again
        view = self.window.case_view
        try:
            health = health_of(self.case_file, record, thresholds=view.thresholds)
        except CaseDeskError as error:
            view.health_line.clear()
            view.health_tab.clear()
            self.window.statusBar().showMessage(
                translate("health_actions", "Health check not worked out: {error}").format(
                    error=error
                ),
                10000,
            )
            return
        self._known(health)
        view.health_line.show_health(health)
        if afresh:
            view.health_tab.set_today(self.case_file.today())
        if afresh or view.health_tab.day() is None:
            view.health_tab.show_health(health)

    def show_health_as_at(self, day: object) -> None:
        """The Health check tab asks for the case as recorded at the end of ``day`` (None:
        as it is now)."""
        tab = self.window.case_view.health_tab
        reference = self.current_reference
        if self.case_file is None or reference is None:
            return
        if not isinstance(day, date):
            record = self.window.case_view.record
            if record is not None:
                self._show_health(record, afresh=False)
            return
        try:
            with Busy():
                health = case_health(
                    self.case_file, reference, day, self.window.case_view.thresholds
                )
        except CaseDeskError as error:
            tab.show_refusal(str(error))
            return
        tab.show_health(health, past=True)

    def show_health_records(self, place: str, ids: object, question: str) -> None:
        """Open the tab where a check's records are, with them chosen."""
        records = list(ids) if isinstance(ids, Collection) else []
        found = show_records(self.window.case_view, place, records, question)
        if found < len(records):
            missing = len(records) - found
            if missing == 1:
                said = translate(
                    "health_actions",
                    "{missing} of the {total} records behind this check is not listed on "
                    "this tab as the case now stands.",
                ).format(missing=missing, total=len(records))
            else:
                said = translate(
                    "health_actions",
                    "{missing} of the {total} records behind this check are not listed on "
                    "this tab as the case now stands.",
                ).format(missing=missing, total=len(records))
            self.window.statusBar().showMessage(said, 10000)

    # -- the case chosen on the case list ---------------------------------------------------

    def _case_list_in_front(self) -> bool:
        page = self.window.case_page
        return self.window.pages.currentWidget() is page and page.tabs.currentWidget() is (
            page.cases_tab
        )

    def _case_row_chosen(self, current: QModelIndex) -> None:
        """A row of the case list became the current one (a click, the arrow keys, the
        list shown with the keyboard on it): read its case ahead while the list is in
        front."""
        page = self.window.case_page
        if current.isValid() and self._case_list_in_front():
            self.read_ahead(page.model.row_at(page.proxy.mapToSource(current).row()).reference)

    def _case_page_tab_changed(self) -> None:
        """The work tray brought forward (View > Work Tray): nothing is read ahead behind
        it; the cases again: the case of their current row is."""
        if self._case_list_in_front():
            self._case_row_chosen(self.window.case_page.table.currentIndex())
        else:
            self.stop_reading_ahead()

    def read_ahead(self, reference: str) -> None:
        """Read the case chosen on the case list before it is opened, first of the
        background work, a page of its rows a step (``CaseFile.read_ahead``): a worker
        who opens it then waits for no reading (a 5,000-entry case is some 100-130 ms of
        it here, more than the rest of the open). Another case chosen meanwhile is read
        instead; opening a case ends it (what was read ahead is taken if it is that
        case's)."""
        if self._reading_ahead is not None and self._reading_ahead[0] == reference:
            return
        self.stop_reading_ahead()
        if self.case_file is not None:
            self._reading_ahead = (reference, self.case_file.read_ahead(reference))
            self._health_timer.start()

    def stop_reading_ahead(self) -> None:
        """Drop the read ahead under way, if any (its hold of the collector ends)."""
        if self._reading_ahead is not None:
            steps = self._reading_ahead[1]
            self._reading_ahead = None
            steps.close()

    def _read_ahead_until(self, until: float) -> bool:
        """Steps of the read ahead until it ends or ``until`` passes: whether time is
        left in the tick for other work."""
        while self._reading_ahead is not None:
            try:
                next(self._reading_ahead[1])
            except (StopIteration, CaseDeskError):  # read and kept, or refused: opening
                self.stop_reading_ahead()  # the case then reads it, or says why not
            if time.perf_counter() >= until:
                return False
        return True

    def _show_case(self, case_file: CaseFile, reference: str) -> CaseRecord:
        """Opening a case ends the read ahead: of this case and under way, all that is
        left of it is read at once (less than the whole; the collector held by the open,
        so its hold of it ends without a collection of what was read)."""
        reading = self._reading_ahead
        if reading is not None and reading[0] == reference:
            steps = reading[1]
            if inspect.getgeneratorstate(steps) == inspect.GEN_SUSPENDED:
                with contextlib.suppress(StopIteration, CaseDeskError):  # kept; or not,
                    steps.send(True)  # and the open reads it, or says why it cannot
        self.stop_reading_ahead()
        return super()._show_case(case_file, reference)

    # -- every case -------------------------------------------------------------------------

    def case_list_filled(self) -> None:
        """After the case list's rows, check each case not yet known, in the background."""
        super().case_list_filled()
        self.check_every_case()

    def check_every_case(self) -> None:
        """Queue each case of the list whose check is not known (or is stale) and start."""
        if self.case_file is None:
            return
        self._check_basis()
        model = self.window.case_page.model
        waiting = self._waiting()
        for row in range(model.rowCount()):
            reference = model.row_at(row).reference
            if reference not in self.health_cache and reference not in waiting:
                self._health_queue.append(reference)
                waiting.add(reference)
        self._show_tray_health()
        if self._health_queue:
            self._health_timer.start()

    def _check_others_again(self) -> None:
        """Every case but the one shown may have changed: check them again, each keeping
        what it showed until its new check is known."""
        queued = self._waiting()
        self._health_queue += [
            r for r in self.health_cache if r != self.current_reference and r not in queued
        ]
        if self._health_queue and self.case_file is not None:
            self._health_timer.start()

    def _check_next_case(self) -> None:
        """One tick: steps of the checks queued, for ``TICK_SECONDS`` at most after the
        first (so the window stays quick), a case's check carried on where the last tick
        left it."""
        if self.case_file is None:  # closed without forget_health (the window went)
            self._end_check()
            self.stop_reading_ahead()
            self._health_timer.stop()
            return
        if self._check_basis():  # midnight passed, say: every case again, from the start
            self.check_every_case()
            return
        until = time.perf_counter() + TICK_SECONDS
        if not self._read_ahead_until(until):
            return
        while True:
            if self._checking is None:
                if not self._health_queue:
                    self._health_timer.stop()
                    return
                self._begin_check(self._health_queue.pop(0))
            assert self._checking is not None
            done = True
            try:
                health = next(self._checking[1])
                done = health is not None
            except CaseDeskError:
                health = None  # withdrawn meanwhile, or unreadable: the list keeps "…"
            finally:
                if done:  # or failed: the next tick begins the next case
                    self._end_check()
            if health is not None:
                self._known(health)
            if time.perf_counter() >= until:
                return

    def _begin_check(self, reference: str) -> None:
        """Begin a case's check (it holds the cyclic collector off while under way:
        ``case_health_in_steps``)."""
        assert self.case_file is not None
        steps = case_health_in_steps(self.case_file, reference, self.window.case_view.thresholds)
        self._checking = (reference, steps)

    def _end_check(self) -> None:
        """The case's check ended (done, failed or dropped): closed, so its hold of the
        collector ends with it, and nothing of it is kept."""
        if self._checking is not None:
            steps = self._checking[1]
            self._checking = None
            steps.close()

    def _waiting(self) -> set[str]:
        """The cases queued, and the one whose check is under way (which begins again
        by itself when the file changes before it ends)."""
        return {*self._health_queue, *(self._checking[:1] if self._checking else ())}

    def _known(self, health: CaseHealth) -> None:
        """A case's check is known: kept, and shown in the list and the tray."""
        self.health_cache[health.reference] = health
        failing = tuple(r.question for r in health.results if r.failed)
        self.window.case_page.model.set_health(
            health.reference, HealthMark(health.failed, len(health.results), failing)
        )
        self._show_tray_health()

    def _show_tray_health(self) -> None:
        lines = [
            HealthTrayLine(
                h.reference,
                h.child,
                h.failed,
                len(h.results),
                tuple(r.question for r in h.results if r.failed),
            )
            for h in self.health_cache.values()
            if h.failed and not h.closed
        ]
        cases = self.window.case_page.model.rowCount()
        checked = min(len(self.health_cache), cases)
        self.window.case_page.tray.show_health(lines, checked, cases)

    def _check_basis(self) -> bool:
        """Start afresh (True) when the file, its day or the thresholds are not what the
        cache was worked out with."""
        assert self.case_file is not None
        basis = _Basis(self.case_file, self.case_file.today(), self.window.case_view.thresholds)
        if basis == self._health_basis:
            return False
        self.forget_health()
        self._health_basis = basis
        return True

    def forget_health(self) -> None:
        """Drop every case's check and stop checking (closing, locking, another file)."""
        self._health_timer.stop()
        self._health_queue.clear()
        self._end_check()
        self.health_cache.clear()
        self._health_basis = None
        self.window.case_page.model.clear_health()
