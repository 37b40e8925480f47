"""The case health check for a case file: each case now, or as it was recorded on a past
day (rebuilt from the audit trail), with the sign-offs verified and the file's own
timescales, supervision rules and newly qualified workers.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.health import (
    CheckResult,
    HealthInputs,
    failed_count,
    health_check,
    health_checks_one_by_one,
)
from casedesk.domain.patterns import Thresholds
from casedesk.domain.sign_offs import SignOffCheck
from casedesk.domain.wording import shown_day, translate
from casedesk.services.case_file import CaseFile
from casedesk.services.gc_pause import gc_paused
from casedesk.services.oversight import newly_qualified
from casedesk.services.sign_off import sign_off_checks


@dataclass(frozen=True)
class CaseHealth:
    """One case's health check."""

    reference: str
    child: str
    results: list[CheckResult]
    as_at: date
    closed: bool = False

    @property
    def failed(self) -> int:
        """How many checks failed."""
        return failed_count(self.results)


def end_of_day(day: date) -> str:
    """The last moment of ``day`` in local time, as an ISO instant in UTC (the audit
    trail's clock)."""
    local = datetime.combine(day + timedelta(days=1), time.min).astimezone()
    return (local - timedelta(microseconds=1)).astimezone(UTC).isoformat(timespec="microseconds")


def record_as_recorded(case_file: CaseFile, reference: str, day: date) -> CaseRecord:
    """The case as it was recorded at the end of ``day``; refused (one sentence) when it
    was not yet recorded then, or the day is still to come."""
    if day > case_file.today():
        raise CaseDeskError(
            translate("health", "{day} is still to come: choose today or a past day.").format(
                day=shown_day(day)
            )
        )
    with case_file.read() as snapshot:
        record = snapshot.case_record_as_recorded(reference, end_of_day(day))
    if record is None:
        raise CaseDeskError(
            translate("health", "Case {reference} was not yet recorded on {day}.").format(
                reference=reference, day=shown_day(day)
            )
        )

    return record


def health_of(
    case_file: CaseFile,
    record: CaseRecord,
    today: date | None = None,
    thresholds: Thresholds | None = None,
    sign_offs: list[SignOffCheck] | None = None,
) -> CaseHealth:
    """The health check of one case record (as it is, or as it was: ``today`` is then the
    day it is checked as at). ``sign_offs``: the case's sign-offs already verified against
    the whole record, when this one is a redacted copy."""
    inputs = _inputs(case_file, record, today, thresholds, sign_offs)
    return _health(inputs, health_check(inputs))


def _inputs(
    case_file: CaseFile,
    record: CaseRecord,
    today: date | None,
    thresholds: Thresholds | None,
    sign_offs: list[SignOffCheck] | None = None,
) -> HealthInputs:
    """What the checks of one record are worked out from (see ``health_of``)."""
    loaded = case_file.timescales().timescales
    with case_file.read() as snapshot:
        since = snapshot.oversight_from()
    day = today or case_file.today()
    if record.case.closed_on is not None and record.case.closed_on < day:
        # A closed case is checked as it stood when it closed: nothing falls due after.
        day = record.case.closed_on
    return HealthInputs(
        record=record,
        today=day,
        pack=loaded.pack,
        calendar=loaded.calendar,
        newly_qualified=newly_qualified(case_file),
        sign_offs=sign_off_checks(case_file, record) if sign_offs is None else sign_offs,
        oversight_from=since,
        thresholds=thresholds or Thresholds(),
    )


def _health(inputs: HealthInputs, results: list[CheckResult]) -> CaseHealth:
    record, day = inputs.record, inputs.today
    closed = record.case.closed_on is not None and record.case.closed_on <= day
    return CaseHealth(
        record.case.reference, record.subject_child.display_name, results, day, closed
    )


# How many times a case's check begins again in steps because the file changed before
# it ended; after that it is taken in one go: a worker arranging a genogram changes the
# file every few seconds, and a check that always began again would never end.
BEGIN_AGAIN = 2


def case_health_in_steps(
    case_file: CaseFile, reference: str, thresholds: Thresholds | None = None
) -> Generator[CaseHealth | None, None, None]:
    """``case_health`` of the case as it is now, worked out a step at a time: a page of
    its rows, what the checks need besides, or one check. None after each step, the
    health last. Each step reads in a brief read of its own or not at all, so the
    background check of every case leaves the window free between steps (one
    5,000-entry case was a fifth of a second in one go).

    Other work runs between the steps, and may change the file. When anything changed
    between the first step and the last, the case is checked again from the start: the
    health given is always of the case as one version of the file holds it, never of a
    version already replaced (a worker's edit of the case meanwhile is not undone by a
    check that began before it). It begins again in steps at most ``BEGIN_AGAIN``
    times; should the file change during the last of those too, the case is taken in
    one go, one step.

    The cyclic collector is held off while a try is under way (``gc_pause``), and on
    again when it ends, begins again, or is dropped (closing the steps ends the hold):
    the record read is freed before any collection has walked it or moved it among the
    oldest objects, whose full collection walks everything the process holds (110-125
    ms with the desktop's window, mid-check)."""
    for _ in range(BEGIN_AGAIN + 1):
        health = yield from _try_in_steps(case_file, reference, thresholds)
        if health is not None:
            yield health
            return
    yield case_health(case_file, reference, None, thresholds)


def _try_in_steps(
    case_file: CaseFile, reference: str, thresholds: Thresholds | None
) -> Generator[None, None, CaseHealth | None]:
    """One try of ``case_health_in_steps``: the health, or None when the file changed
    before the last step."""
    with gc_paused():
        # The steps' frame, and with it the record read, is gone before the collector is
        # back on: the collection that would start as it came on (every allocation while
        # it was held counts) would walk the whole record, 15-20 ms for 5,000 entries,
        # and move it among the older objects.
        health = yield from _steps(case_file, reference, thresholds)
    return health


def _steps(
    case_file: CaseFile, reference: str, thresholds: Thresholds | None
) -> Generator[None, None, CaseHealth | None]:
    began = case_file.last_change()
    record: CaseRecord | None = None
    for record in case_file.case_record_in_pages(reference):
        if record is None:
            yield None
    if record is None:
        return None  # the file changed between two pages
    yield None
    inputs = _inputs(case_file, record, None, thresholds)
    results: list[CheckResult] = []
    for result in health_checks_one_by_one(inputs):
        yield None
        results.append(result)
    if case_file.last_change() != began:
        return None
    return _health(inputs, results)


def case_health(
    case_file: CaseFile,
    reference: str,
    as_at: date | None = None,
    thresholds: Thresholds | None = None,
) -> CaseHealth:
    """One case's health check, now or as recorded at the end of ``as_at``. The record
    read for it is not kept (checks run over every case, one after another)."""
    if as_at is None:
        record = case_file.case_record(reference, keep=False)
        return health_of(case_file, record, None, thresholds)
    record = record_as_recorded(case_file, reference, as_at)
    return health_of(case_file, record, as_at, thresholds)


def file_health(
    case_file: CaseFile, as_at: date | None = None, thresholds: Thresholds | None = None
) -> list[CaseHealth]:
    """Every open case's health check (as at a day: the cases recorded and open then)."""
    found = []
    for reference in case_file.case_references():
        try:
            health = case_health(case_file, reference, as_at, thresholds)
        except CaseDeskError:
            if as_at is None:
                raise
            continue  # not yet recorded on that day
        if not health.closed:
            found.append(health)
    return found
