"""The health check as a case was recorded on a past day: rebuilt from the audit trail,
so a supervisor or a review sees what CaseDesk would have flagged then."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.health import Status
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.health import case_health, file_health
from casedesk.services.record_editor import RecordEditor
from casedesk.services.synthetic import generate
from casedesk.storage import audit

FIRST = date(2026, 10, 1)
LATER = date(2026, 11, 20)


class _Clock:
    """The audit trail's clock, set by the test (it is the computer's in use)."""

    moment = datetime(2026, 10, 1, 10, tzinfo=UTC)

    @classmethod
    def now(cls, tz: object = None) -> datetime:
        return cls.moment


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[CaseFile, str]]:
    """A case written on 1 Oct 2026 (the audit trail's clock then)."""
    monkeypatch.setattr(audit, "datetime", _Clock)
    _Clock.moment = datetime(2026, 10, 1, 10, tzinfo=UTC)
    case_file, _ = CaseFile.create(tmp_path / "a.casedesk", "as at passphrase", "Sam", kdf=FLOOR)
    with case_file:
        case_file.set_clock(lambda: datetime(2026, 11, 27, 12, tzinfo=UTC))
        write_data(case_file, generate(seed=4, cases=2, as_of=FIRST, oversight=True))
        reference = next(
            r
            for r in case_file.case_references()
            if not case_file.case_record(r).subject_child.is_unborn
        )
        yield case_file, reference


def test_a_past_day_shows_the_case_as_it_was_recorded_then(
    recorded: tuple[CaseFile, str],
) -> None:
    case_file, reference = recorded
    record = case_file.case_record(reference)
    lead = next(p for p in record.professionals if p.lead)
    _Clock.moment = datetime(2026, 11, 25, 9, tzinfo=UTC)
    RecordEditor(case_file).amend_professional(
        lead, replace(lead, lead=False), "the lead role passed to the school (not yet named)"
    )
    now = {r.check: r for r in case_health(case_file, reference).results}
    then = case_health(case_file, reference, as_at=LATER)
    first = case_health(case_file, reference, as_at=FIRST)
    assert now["team-lead"].status is Status.FAIL
    assert {r.check: r for r in then.results}["team-lead"].status is Status.PASS
    assert lead.name in {r.check: r for r in then.results}["team-lead"].explanation
    assert then.as_at == LATER and first.as_at == FIRST
    assert len(first.results) == len(then.results)


def test_a_day_before_the_case_was_recorded_is_refused_in_one_sentence(
    recorded: tuple[CaseFile, str],
) -> None:
    case_file, reference = recorded
    with pytest.raises(CaseDeskError, match="not yet recorded on 30 Sep 2026"):
        case_health(case_file, reference, as_at=date(2026, 9, 30))
    assert file_health(case_file, as_at=date(2026, 9, 30)) == []
    with pytest.raises(CaseDeskError, match="still to come"):
        case_health(case_file, reference, as_at=date(2027, 1, 1))


def test_a_record_added_later_is_not_in_the_earlier_day(recorded: tuple[CaseFile, str]) -> None:
    case_file, reference = recorded
    record = case_file.case_record(reference)
    _Clock.moment = datetime(2026, 11, 26, 9, tzinfo=UTC)
    from casedesk.domain.escalation import Escalation

    RecordEditor(case_file).raise_escalation(
        record,
        Escalation(
            "",
            record.case.id,
            date(2026, 11, 26),
            "Sam",
            "School DSL",
            "No attendance record shared",
            1,
            date(2026, 11, 27),
        ),
    )
    with case_file.read() as snapshot:
        from casedesk.services.health import end_of_day

        before = snapshot.case_record_as_recorded(reference, end_of_day(LATER))
        after = snapshot.case_record_as_recorded(reference, end_of_day(date(2026, 11, 26)))
    assert before is not None and after is not None
    assert len(after.escalations) == len(before.escalations) + 1
