"""The controller's work on one case's record: showing it, and every add, change, merge,
undo and redo (all through ``RecordEditor``, so each is a named, audited unit of work)."""

from __future__ import annotations

from collections.abc import Callable, Set
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.people import NHS_NUMBER, Identifier, Person
from casedesk.domain.relationships import (
    EmotionalLink,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
)
from casedesk.domain.wording import translate
from casedesk.services import refresh
from casedesk.services.case_file import CaseFile, CaseSummaryRow, Changes
from casedesk.services.record_editor import RecordEditor
from casedesk.services.work_tray import summary as tray_summary
from casedesk.services.work_tray import work_tray
from casedesk.ui.after_paint import after_next_paint
from casedesk.ui.collector_hold import held_until_painted
from casedesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from casedesk.ui.dialogs.person import PersonDialog


class CaseActions:
    """Mixed into ``Controller``: the case view's requests."""

    window: MainWindow
    case_file: CaseFile | None
    editor: RecordEditor | None
    current_reference: str | None

    def _today(self) -> date:
        """Today by the open case file's clock (tests set it)."""
        return self.case_file.today() if self.case_file is not None else date.today()

    def refresh(self) -> None:
        """Show the open case file's current contents, its case list in front."""
        if self.case_file is None:
            return
        self.show_case_file(self.case_file.case_summaries())
        self.case_list_filled()

    def show_case_file(self, rows: list[CaseSummaryRow] | None) -> None:
        """The open case file in the window, its case list (``rows``) in front; None: the
        cases follow, and the page in front stays."""
        if self.case_file is None:
            return
        case_file = self.case_file
        self.window.show_case_file(
            case_file.path.name,
            case_file.user,
            case_file.role,
            case_file.read_only,
            rows,
            case_file.today(),
            case_file.is_demo(),
        )

    def fill_case_list_behind(self) -> None:
        """Fill the case list, and what follows it, without bringing it to the front
        (``Controller.unlock``: back to a case, the case is shown first)."""
        if self.case_file is None:
            return
        rows = self.case_file.case_summaries()
        self.window.case_page.model.set_rows(rows, self.case_file.today())
        self.case_list_filled()

    def case_list_filled(self) -> None:
        """What follows the case list's rows: the work tray and its counts."""
        self.show_tray_summary()

    def show_tray_summary(self) -> str:
        """Fill the work tray and say its counts above it; return the sentence."""
        if self.case_file is None:
            return ""
        page = self.window.case_page
        within = page.tray.within.value()
        items = work_tray(self.case_file, within)
        sentence = tray_summary(items, within).sentence()
        page.show_tray(items, sentence)
        return sentence

    # -- closing and locking ----------------------------------------------------------------

    # The latest case shown whose health check and oversight wait for the paint.
    _shown_waiting: object | None = None

    def show_case(self, reference: str) -> None:
        """Open one case's record in the case view. Its health check and oversight follow
        on the turn after the window is painted (``after_paint``): they read the case file
        as well as the record (some 26 ms of a 5,000-entry case's first open were theirs,
        before the worker saw anything)."""
        if self.case_file is None:
            return
        try:
            with held_until_painted(self.window):  # (see collector_hold)
                record = self._show_case(self.case_file, reference)
        except CaseDeskError as error:
            QMessageBox.warning(self.window, translate("case_actions", "Case"), str(error))
            return
        # Outside the hold, and handed over after it so that it runs with the collector
        # back on: what follows may wait on the worker (a message) or read every case
        # (the day's health check).
        waiting = self._shown_waiting = object()
        after_next_paint(self.window, lambda: self._case_shown_after_paint(waiting, record))

    def _case_shown_after_paint(self, waiting: object, shown: CaseRecord) -> None:
        """``case_shown`` for the case as it now stands (an edit may have landed first);
        left to the later call if the case was shown again or another was, and not done
        once the file is closed or another case is in view."""
        record = self.window.case_view.record
        if (
            waiting is not self._shown_waiting
            or self.case_file is None
            or record is None
            or record.case.id != shown.case.id
        ):
            return
        self._shown_waiting = None
        self.case_shown(record, None)

    def _show_case(self, case_file: CaseFile, reference: str) -> CaseRecord:
        """Read the case and put it on screen (CaseDeskError: it cannot be read)."""
        record = case_file.case_record(reference)
        # Deadlines its events call for that are not recorded yet (a file from an
        # earlier version, a rule pack the agency changed) are recorded on opening.
        if self.editor is not None and self.editor.record_arising(record) is not None:
            record = case_file.case_record(reference)
        self.current_reference = reference
        case_id = record.case.id
        self.window.case_view.chronology.search_function = lambda text: case_file.search_chronology(
            case_id, text
        )
        by_hand = case_file.diagram_positions(case_id, "genogram")
        self.window.show_case(record, case_file.today(), case_file.read_only, by_hand)
        return record

    def case_shown(self, record: CaseRecord, touched: Set[str] | None) -> None:
        """After a case is shown (``touched`` None) or updated from what an operation
        touched: views worked out from the case file as well as the record (oversight)."""

    def _left_case(self) -> None:
        self.current_reference = None
        self.refresh()

    def apply(self, changes: Changes | None) -> None:
        """The one place an operation's changes reach the screen (Anki's
        ``operation_did_execute``): the case is read again only where the operation
        touched it, and only the views those kinds feed are refreshed."""
        if self.editor is not None:
            self.window.set_undo_redo(self.editor.undo_label, self.editor.redo_label)
        record = self.window.case_view.record
        if changes is None or not changes.records or self.case_file is None:
            return
        if record is None or self.current_reference is None:
            self.refresh()
            return
        updated = refresh.updated_record(self.case_file, record, changes)
        self.current_reference = updated.case.reference
        self.window.case_view.update_record(
            updated,
            refresh.touched_kinds(changes),
            self.case_file.today(),
            self.case_file.read_only,
            changed_entries=frozenset(changes.records.get(k.ENTRIES.name, ())),
        )
        self.case_shown(updated, refresh.touched_kinds(changes))

    def _run_edit(self, edit: Callable[[RecordEditor], object]) -> None:
        """Run one edit; say plainly why it was refused; show what it changed."""
        if self.editor is None:
            return
        try:
            result = edit(self.editor)
        except CaseDeskError as error:
            QMessageBox.warning(self.window, translate("case_actions", "Not saved"), str(error))
            result = None
        changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
        self.apply(changes if isinstance(changes, Changes) else None)

    def new_case(self) -> None:
        """Case > New Case."""
        from casedesk.ui.dialogs.new_case import NewCaseDialog

        if self.case_file is None or self.editor is None:
            return
        dialog = NewCaseDialog(self.case_file.user, self._today(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        child = dialog.child()
        case = dialog.case(child)
        try:
            self.editor.add_case(case, child)
        except CaseDeskError as error:
            QMessageBox.warning(
                self.window, translate("case_actions", "Case not opened"), str(error)
            )
            return
        self.refresh()
        self.show_case(case.reference)

    def add_person(self) -> None:
        """Add a person; a similar person already in the case is offered first."""
        from casedesk.ui.dialogs.person import PersonDialog

        record = self.window.case_view.record
        if record is None or self.editor is None:
            return
        dialog = PersonDialog(None, self._today(), self.window, record=record)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person = dialog.person()
        nhs = dialog.nhs_number.text().strip()
        try:
            result = self.editor.add_person(record, person)
        except CaseDeskError as error:
            QMessageBox.warning(self.window, translate("case_actions", "Not saved"), str(error))
            return
        self.apply(result.changes)
        if result.duplicates:
            in_case = {p.id for p in record.people}
            others = [d.first if d.second.id == person.id else d.second for d in result.duplicates]
            names = "\n".join(
                translate("case_actions", "• {name} — {reason}").format(
                    name=o.display_name, reason=d.reason
                )
                if o.id in in_case
                else translate("case_actions", "• {name} (in another case) — {reason}").format(
                    name=o.display_name, reason=d.reason
                )
                for o, d in zip(others, result.duplicates, strict=True)
            )
            outside = next((o for o in others if o.id not in in_case), None)
            box = QMessageBox(self.window)
            box.setWindowTitle(translate("case_actions", "Possibly the same person"))
            box.setText(
                translate(
                    "case_actions", "Someone already recorded may be the same person:\n{names}"
                ).format(names=names)
            )
            link = (
                box.addButton(
                    translate("case_actions", "Link {name} to this case").format(
                        name=outside.display_name
                    ),
                    QMessageBox.ButtonRole.AcceptRole,
                )
                if outside
                else None
            )
            different = box.addButton(
                translate("case_actions", "Add as a different person"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if link is not None and box.clickedButton() is link and outside is not None:
                self._run_edit(lambda e: e.link_person(record, outside))
                return
            if box.clickedButton() is not different:
                return
            self._run_edit(lambda e: e.add_person(record, person, not_a_duplicate=True))
        fresh = self.window.case_view.record
        if fresh is None or person.id not in {p.id for p in fresh.people}:
            return
        self._relate_to_child(dialog, person)
        fresh = self.window.case_view.record
        if nhs and fresh is not None:
            # The identifier belongs to the person just added: checked against the fresh record.
            identifier = Identifier(person.id, NHS_NUMBER, nhs)
            self._run_edit(lambda e: e.add_identifier(fresh, identifier))

    def _relate_to_child(self, dialog: PersonDialog, person: Person) -> None:
        """Record the relationship to the child chosen in the person form, as the
        relationship records it stands for (planned against the record as it now is)."""
        fresh = self.window.case_view.record
        if fresh is None:
            return
        links = dialog.links(fresh, person).relationships
        if links:
            self._run_edit(lambda e: e.add_relationships(fresh, links))

    def edit_person(self, row: object) -> None:
        """Edit a person; the reason and the earlier values are kept."""
        from casedesk.ui.dialogs.person import PersonDialog

        person = getattr(row, "person", None)
        if person is None or self.editor is None:
            return
        record = self.window.case_view.record
        dialog = PersonDialog(
            person,
            self._today(),
            self.window,
            nhs_number=getattr(row, "nhs_number", ""),
            record=record,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or record is None:
            return
        edited, reason = dialog.person(), dialog.reason.text()
        self._run_edit(lambda e: e.amend_person(person, edited, reason))
        self._relate_to_child(dialog, edited)
        record = self.window.case_view.record or record
        nhs = dialog.nhs_number.text().strip()
        if nhs and nhs.replace(" ", "") != getattr(row, "nhs_number", "").replace(" ", ""):
            self._run_edit(
                lambda e: e.add_identifier(record, Identifier(person.id, NHS_NUMBER, nhs))
            )

    def show_history(self, row: object) -> None:
        """The history of a person's record."""
        from casedesk.ui.dialogs.simple_records import HistoryDialog

        person = getattr(row, "person", None)
        if person is None or self.editor is None:
            return
        history = self.editor.history(k.PEOPLE.name, person.id)
        HistoryDialog(person.display_name, list(history), self.window).exec()

    def record_attempt(self) -> None:
        """Record an attempt to identify a father or significant adult."""
        from casedesk.ui.dialogs.simple_records import AttemptDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None:
            return
        workers = [u.name for u in self.case_file.users() if u.role != "recovery"]
        dialog = AttemptDialog(record, self.case_file.user, self._today(), self.window, workers)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            attempt, next_step = dialog.attempt(), dialog.next_action()
            self._run_edit(lambda e: e.add_identification_attempt(attempt, next_step, record))

    def add_concern(self) -> None:
        """Add a later concern beside the pinned original one."""
        from casedesk.ui.dialogs.simple_records import ConcernDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None:
            return
        dialog = ConcernDialog(record, self.case_file.user, self._today(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            concern = dialog.concern()
            self._run_edit(lambda e: e.add_concern(concern))

    def add_relationship(self) -> None:
        """Add a relationship between two people of the case."""
        from casedesk.ui.dialogs.relationship import RelationshipDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = RelationshipDialog(record, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        value = dialog.value()
        if isinstance(value, EmotionalLink):
            self._run_edit(lambda e: e.add_emotional_link(record, value))
        elif isinstance(value, ParentalResponsibility):
            self._run_edit(lambda e: e.add_parental_responsibility(record, value))
        else:
            self._run_edit(lambda e: e.add_relationship(record, value))

    def edit_relationship(self, row: object) -> None:
        """Change a relationship (it ended, say), with the reason; earlier values are kept."""
        from casedesk.ui.dialogs.relationship import RelationshipDialog

        record = self.window.case_view.record
        old = getattr(row, "value", None)
        if record is None or not isinstance(
            old, Relationship | EmotionalLink | ParentalResponsibility
        ):
            return
        dialog = RelationshipDialog(record, existing=old, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new, reason = dialog.value(), dialog.reason.text()
        if isinstance(old, Relationship) and isinstance(new, Relationship):
            self._run_edit(lambda e: e.amend_relationship(old, new, reason))
        elif not isinstance(old, Relationship) and not isinstance(new, Relationship):
            self._run_edit(lambda e: e.amend_link(old, new, reason))

    def add_place(self, household: bool) -> None:
        """Add an address, or a household membership, with dates and source."""
        from casedesk.ui.dialogs.place import PlaceDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = PlaceDialog(record, household, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        value = dialog.value()
        if isinstance(value, HouseholdMembership):
            self._run_edit(lambda e: e.add_household_membership(record, value))
        else:
            self._run_edit(lambda e: e.add_address(record, value))

    def add_professional(self) -> None:
        """Add someone to the team around the family."""
        from casedesk.ui.dialogs.professional import ProfessionalDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = ProfessionalDialog(record, self._today(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            professional = dialog.professional()
            self._run_edit(lambda e: e.add_professional(professional))

    def edit_place(self, value: object) -> None:
        """Change an address or a household membership (an end date, say), with the reason."""
        from casedesk.domain.people import Address
        from casedesk.ui.dialogs.place import PlaceDialog

        record = self.window.case_view.record
        if record is None or not isinstance(value, Address | HouseholdMembership):
            return
        dialog = PlaceDialog(
            record, isinstance(value, HouseholdMembership), self.window, existing=value
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new, reason = dialog.value(), dialog.reason.text()
            self._run_edit(lambda e: e.amend_place(value, new, reason))

    def merge_people(self) -> None:
        """Merge a confirmed duplicate person into the record kept."""
        from casedesk.ui.dialogs.merge import MergeDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = MergeDialog(record, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        keep = record.person(dialog.keep.currentData())
        duplicate = record.person(dialog.duplicate.currentData())
        reason = dialog.reason.text()
        self._run_edit(lambda e: e.merge_people(record, keep, duplicate, reason))

    def edit_case(self) -> None:
        """Change a case's legal status, worker or closing date, with the reason."""
        from casedesk.ui.dialogs.new_case import EditCaseDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = EditCaseDialog(record.case, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new, reason = dialog.case(), dialog.reason.text()
            self._run_edit(lambda e: e.amend_case(record.case, new, reason))

    def edit_professional(self, professional: object) -> None:
        """Change a team member's details, with the reason."""
        from casedesk.domain.team import Professional
        from casedesk.ui.dialogs.professional import ProfessionalDialog

        record = self.window.case_view.record
        if record is None or not isinstance(professional, Professional):
            return
        dialog = ProfessionalDialog(record, self._today(), self.window, existing=professional)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new, reason = dialog.professional(), dialog.reason.text()
            self._run_edit(lambda e: e.amend_professional(professional, new, reason))

    def undo(self) -> None:
        """Edit > Undo."""
        self._run_edit(lambda e: e.undo())

    def redo(self) -> None:
        """Edit > Redo."""
        self._run_edit(lambda e: e.redo())
