"""The case health check for a case file: each case now, or as it was recorded on a past
day (rebuilt from the audit trail), with the sign-offs verified and the file's own
timescales, supervision rules and newly qualified workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.health import CheckResult, HealthInputs, failed_count, health_check
from casedesk.domain.patterns import Thresholds
from casedesk.domain.sign_offs import SignOffCheck
from casedesk.domain.wording import shown_day, translate
from casedesk.services.case_file import CaseFile
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
    loaded = case_file.timescales().timescales
    with case_file.read() as snapshot:
        since = snapshot.oversight_from()
    day = today or case_file.today()
    if record.case.closed_on is not None and record.case.closed_on < day:
        # A closed case is checked as it stood when it closed: nothing falls due after.
        day = record.case.closed_on
    inputs = HealthInputs(
        record=record,
        today=day,
        pack=loaded.pack,
        calendar=loaded.calendar,
        newly_qualified=newly_qualified(case_file),
        sign_offs=sign_off_checks(case_file, record) if sign_offs is None else sign_offs,
        oversight_from=since,
        thresholds=thresholds or Thresholds(),
    )
    closed = record.case.closed_on is not None and record.case.closed_on <= day
    return CaseHealth(
        record.case.reference,
        record.subject_child.display_name,
        health_check(inputs),
        day,
        closed,
    )


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
