"""The demo shows the supervisor's side at once (issue 15, item 6): an assessment signed
off late with its reason, one with what is missing before it can be submitted, a gap in
a case's supervision, an escalation overdue at stage 2, all read through the services a
supervisor's screens use, in a file that passes its checks and reads as real casework."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from casedesk.domain.actions import WORKER_PREFIX
from casedesk.domain.assessment_gaps import adults_to_consider
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import Category
from casedesk.domain.escalation import EscalationStatus
from casedesk.domain.oversight_rules import DEFAULT_ESCALATION
from casedesk.domain.sign_offs import SignOffState
from casedesk.domain.working_days import WorkingCalendar
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import (
    DEMO_OWNER,
    DEMO_PASSPHRASE,
    DEMO_SUPERVISOR,
    DEMO_SUPERVISOR_PASSPHRASE,
    create_demo,
)
from casedesk.services.oversight import (
    AssessmentView,
    EscalationView,
    SupervisionView,
    assessment_views,
    escalation_views,
    supervision_view,
)

ENGLAND = WorkingCalendar("England")


@dataclass(frozen=True)
class Case:
    """One demo case as a supervisor sees it."""

    record: CaseRecord
    assessments: list[AssessmentView]
    supervision: SupervisionView
    escalations: list[EscalationView]


@dataclass(frozen=True)
class Demo:
    """The demo as ``casedesk demo`` makes it (three cases), read back."""

    today: date
    cases: list[Case]
    users: dict[str, str]
    problems: list[str]
    ok: bool


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path = tmp_path_factory.mktemp("demo") / "demo.casedesk"
    create_demo(path, seed=1, cases=3, kdf=FLOOR)
    with CaseFile.open(path, DEMO_PASSPHRASE) as case_file:
        cases = []
        for reference in case_file.case_references():
            record = case_file.case_record(reference)
            cases.append(
                Case(
                    record,
                    assessment_views(case_file, record),
                    supervision_view(case_file, record),
                    escalation_views(case_file, record),
                )
            )
        report = case_file.check()
        yield Demo(
            case_file.today(),
            cases,
            {u.name: u.role for u in case_file.users()},
            list(report.problems),
            report.ok,
        )


def _views(demo: Demo) -> list[AssessmentView]:
    return [view for case in demo.cases for view in case.assessments]


def test_the_demo_file_has_a_supervisor_and_passes_its_checks(demo: Demo) -> None:
    assert demo.ok, demo.problems
    assert demo.users[DEMO_SUPERVISOR] == "supervisor"
    assert DEMO_SUPERVISOR_PASSPHRASE.endswith("fictional people only")


def test_one_assessment_is_signed_off_late_with_its_reason_and_verifies(demo: Demo) -> None:
    signed = [view.sign_off for view in _views(demo) if view.sign_off is not None]
    late = [check for check in signed if check.sign_off.late_by > 0]
    assert len(late) == 1
    (check,) = late
    assert check.state is SignOffState.CURRENT, check.why
    sign = check.sign_off
    assert sign.signed_by == DEMO_SUPERVISOR and sign.role == "supervisor"
    assert sign.late_reason and sign.signed_on <= demo.today
    assert sign.due_on is not None and sign.signed_on > sign.due_on
    assert f"{sign.late_by} working days late" in check.sentence()
    # Every other sign-off of the demo is in time, and verifies too.
    assert all(c.state is SignOffState.CURRENT and not c.sign_off.late_reason for c in signed[1:])


def test_one_completed_assessment_shows_what_is_missing(demo: Demo) -> None:
    waiting = [
        view
        for view in _views(demo)
        if view.assessment.completed_on is not None and view.assessment.submitted_on is None
    ]
    assert len(waiting) == 1
    (view,) = waiting
    missing = [gap.sentence for gap in view.gaps]
    assert 2 <= len(missing) <= 3, missing
    assert any(s.endswith("was not asked.") for s in missing), missing
    assert any("(mother's partner) was seen" in s for s in missing), missing
    assert view.sign_off is None and "missing before sign-off" in view.status


def test_every_case_is_supervised_and_one_has_a_gap_past_the_interval(demo: Demo) -> None:
    gaps = {
        case.record.case.reference: [g for g in case.supervision.gaps if g.until is not None]
        for case in demo.cases
    }
    assert all(case.supervision.supervisions for case in demo.cases)
    assert sum(bool(found) for found in gaps.values()) == 1, gaps
    (gap,) = next(found for found in gaps.values() if found)
    assert 40 <= (gap.until - gap.since).days <= 60 and gap.days_over > 0  # type: ignore[operator]
    held = next(
        s
        for case in demo.cases
        for s in case.supervision.supervisions
        if s.held_on == gap.until and s.case == case.record.case.id
    )
    assert held.reflection.startswith("First supervision since"), "the gap is explained"
    # None overdue now: each case was supervised within the month.
    assert not [g for case in demo.cases for g in case.supervision.gaps if g.until is None]


def test_a_session_on_two_cases_is_on_both_records(demo: Demo) -> None:
    by_session: dict[str, list[tuple[str, tuple[str, ...], date]]] = {}
    for case in demo.cases:
        for held in case.supervision.supervisions:
            assert held.supervisor == DEMO_SUPERVISOR and held.recorded_by == DEMO_SUPERVISOR
            by_session.setdefault(held.session, []).append(
                (case.record.case.reference, held.cases_discussed, held.held_on)
            )
    shared = [found for found in by_session.values() if len(found) > 1]
    assert shared, "one session discussed two cases"
    for found in shared:
        references = tuple(reference for reference, _cases, _day in found)
        assert all(cases == references for _ref, cases, _day in found)
        assert len({day for _ref, _cases, day in found}) == 1


def test_supervision_agrees_actions_some_done_some_not(demo: Demo) -> None:
    actions = [a for case in demo.cases for a in case.record.actions if a.supervision]
    held = {s.id: s for case in demo.cases for s in case.supervision.supervisions}
    assert actions and any(a.done for a in actions) and any(not a.done for a in actions)
    assert any(a.owner.startswith(WORKER_PREFIX) for a in actions)
    assert any(not a.owner.startswith(WORKER_PREFIX) for a in actions), "a team member's"
    for action in actions:
        assert held[action.supervision].held_on == action.agreed_on
        assert held[action.supervision].case == action.case
    assert any(s.not_to_act for s in held.values()), "a decision not to act, and why"


def test_an_escalation_is_overdue_at_stage_two(demo: Demo) -> None:
    steps = [(case, view) for case in demo.cases for view in case.escalations]
    overdue = [(case, v) for case, v in steps if v.status is EscalationStatus.RESPONSE_OVERDUE]
    assert len(overdue) == 1
    case, view = overdue[0]
    second = view.step
    assert second.stage == 2 and second.response_due < demo.today and second.responded_on is None
    first = next(v.step for c, v in steps if v.step.id == second.follows)
    assert first.stage == 1 and first.outcome and first.responded_on is None
    assert first.response_due < second.raised_on  # no response by its date: taken further
    assert first.raised_by == second.raised_by == DEMO_OWNER
    team = {m.id: m for m in case.record.professionals}
    assert team[first.professional].name in first.with_whom
    assert team[first.professional].agency in second.with_whom
    calendar = ENGLAND
    for step in (first, second):
        assert calendar.is_working_day(step.raised_on)
        within = DEFAULT_ESCALATION.stage(step.stage).respond_within.amount
        assert step.response_due == calendar.add_working_days(step.raised_on, within)
    # About something in the chronology: it quotes an entry of the case, on its date.
    entries = case.record.entries
    assert any(f"{e.occurred_on:%-d %b %Y} ({e.description[:30]}" in first.concern for e in entries)


def test_assessments_fit_each_cases_chronology_and_team(demo: Demo) -> None:
    today = demo.today
    for case in demo.cases:
        record = case.record
        entries = {e.id: e for e in record.entries}
        team = {m.id for m in record.professionals}
        people = {p.id for p in record.people}
        referral = next(
            e
            for e in record.entries
            if e.category == Category.REFERRAL and e.occurred_on == record.case.opened_on
        )
        for view in case.assessments:
            a = view.assessment
            assert referral.occurred_on <= a.started_on <= today
            assert a.due_on <= ENGLAND.add_working_days(referral.occurred_on, 45)
            end = a.completed_on or today
            assert a.history and all(entries[e].occurred_on < a.started_on for e in a.history)
            assert all(entries[e].occurred_on <= end for e in a.history)
            if a.completed_on and a.completed_on > a.due_on:
                assert a.late_reason
            for source in view.sources:
                assert source.professional in team
                assert source.asked_on is not None and a.started_on <= source.asked_on <= end
                assert source.answered_on is None or source.asked_on <= source.answered_on <= end
            considered = {adult.person for adult in view.adults}
            assert considered <= people
            wanted = {x.person.id for x in adults_to_consider(record, end)}
            assert wanted == considered
            for adult in view.adults:
                for day in (adult.seen_on, adult.checked_on):
                    assert day is None or (
                        a.started_on <= day <= end and ENGLAND.is_working_day(day)
                    )
            if view.sign_off is None and a.submitted_on is None and a.completed_on is None:
                assert view.gaps, "an assessment still running has parts to fill"


def test_nothing_is_dated_after_today_but_what_is_due(demo: Demo) -> None:
    today = demo.today
    dates: list[date | None] = []
    for case in demo.cases:
        record = case.record
        for a in record.assessments:
            dates += [a.started_on, a.completed_on, a.submitted_on]
        for s in record.sources_consulted:
            dates += [s.asked_on, s.answered_on]
        for x in record.adults_considered:
            dates += [x.seen_on, x.checked_on]
        dates += [s.held_on for s in record.supervisions]
        dates += [e.raised_on for e in record.escalations]
        dates += [e.responded_on for e in record.escalations]
        dates += [a.agreed_on for a in record.actions] + [a.completed_on for a in record.actions]
    late = [d for d in dates if d is not None and d > today]
    assert not late
    assert all(ENGLAND.is_working_day(d) for d in dates if d is not None)
    # Signed the day the file was made (a case file dates no sign-off before its last
    # change): on the demo's day, or its last working day.
    signed = [s.signed_on for case in demo.cases for s in case.record.sign_offs]
    assert signed and all(today - timedelta(days=3) <= d <= today for d in signed)
