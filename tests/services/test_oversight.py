"""Assessments, supervision, sign-off and escalation through the use cases a worker's and a
supervisor's actions call: an assessment cannot be submitted until its gaps are filled, a
supervisor signs off with their own passphrase, a later change shows as "approved an
earlier version", supervision gaps are flagged at the agency's interval, and escalation
follows the procedure's stages and response times."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from casedesk.domain.assessments import (
    AdultConsidered,
    Assessment,
    AssessmentKind,
    ConcernAnswered,
    SourceConsulted,
)
from casedesk.domain.errors import CaseDeskError, WrongPassphraseError
from casedesk.domain.escalation import Escalation, EscalationStatus
from casedesk.domain.ids import CaseId
from casedesk.domain.sign_offs import ASSESSMENT, SignOffDecision, SignOffState
from casedesk.domain.supervision import Supervision
from casedesk.domain.team import Professional
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.oversight import (
    assessment_views,
    escalation_views,
    newly_qualified,
    set_newly_qualified,
    supervision_view,
)
from casedesk.services.record_editor import RecordEditor
from casedesk.services.sign_off import SignOffRequest, sign_off, sign_off_checks
from casedesk.services.synthetic import generate

# Their case files' clocks are set to 30 November 2026: so is the audit trail's.
pytestmark = pytest.mark.usefixtures("audit_on_the_clocks_day")

OWNER_PASSPHRASE = "kettle mango violin harbour"
SUPERVISOR = "Pat Supervisor"
SUPERVISOR_PASSPHRASE = "lantern quarry meadow velvet"
WORKER = "Jo Worker"
WORKER_PASSPHRASE = "plum otter cabinet river"
TODAY = date(2026, 11, 30)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A case file owned by the agency, with a supervisor and a worker of its own."""
    path = tmp_path / "o.casedesk"
    case_file, _ = CaseFile.create(path, OWNER_PASSPHRASE, "Agency Owner", kdf=FLOOR)
    write_data(case_file, generate(seed=5, cases=2, entries=60, as_of=date(2026, 6, 1)))
    with case_file:
        case_file.add_user(SUPERVISOR, "supervisor", SUPERVISOR_PASSPHRASE, FLOOR, False)
        case_file.add_user(WORKER, "worker", WORKER_PASSPHRASE, FLOOR, False)
    return path


def _open(path: Path, passphrase: str = WORKER_PASSPHRASE) -> CaseFile:
    case_file = CaseFile.open(path, passphrase)
    case_file.set_clock(lambda: datetime(2026, 11, 30, 12, tzinfo=UTC))
    return case_file


@pytest.fixture
def editor(path: Path) -> Iterator[RecordEditor]:
    with _open(path) as case_file:
        yield RecordEditor(case_file)


def _record(editor: RecordEditor, reference: str = "DEMO-0001"):  # type: ignore[no-untyped-def]
    return editor.case_file.case_record(reference)


def _start(editor: RecordEditor, reference: str = "DEMO-0001") -> Assessment:
    record = _record(editor, reference)
    assessment = Assessment(
        id="",
        case=record.case.id,
        kind=AssessmentKind.CHILD_AND_FAMILY,
        started_on=date(2026, 10, 1),
        due_on=date(2026, 12, 3),
    )
    editor.add_assessment(record, assessment)
    return _record(editor, reference).assessments[-1]


def _complete(editor: RecordEditor, assessment: Assessment) -> Assessment:
    """Fill every gap: domains, history, every team member asked and answered, every
    adult identified, seen and checked, the concern answered, a decision."""
    record = _record(editor)
    earlier = [e.id for e in record.entries if e.occurred_on < assessment.started_on][:3]
    done = replace(
        assessment,
        developmental_needs="Meeting milestones; speech delayed.",
        parenting_capacity="Warm, but basic care inconsistent.",
        family_and_environment="Overcrowded flat; rent arrears.",
        history=tuple(earlier),
        concern_answered=ConcernAnswered.PARTLY,
        concern_answer="The bruising is explained; neglect is not yet ruled out.",
        decision="Child in need plan; review in 3 months.",
        completed_on=date(2026, 11, 20),
    )
    editor.amend_assessment(record, assessment, done, "completed")
    for member in record.professionals:
        editor.add_source(
            record,
            SourceConsulted(
                "",
                record.case.id,
                assessment.id,
                member.id,
                "",
                date(2026, 10, 2),
                date(2026, 10, 9),
                "No concerns beyond attendance.",
            ),
        )
    from casedesk.domain.assessment_gaps import adults_to_consider

    for adult in adults_to_consider(record, date(2026, 11, 20)):
        editor.add_adult(
            record,
            AdultConsidered(
                "",
                record.case.id,
                assessment.id,
                adult.person.id,
                "Named by mother; ID seen",
                date(2026, 10, 15),
                "",
                "Police and probation: nothing recorded",
                date(2026, 10, 20),
            ),
        )
    return next(a for a in _record(editor).assessments if a.id == assessment.id)


def test_an_assessment_cannot_be_submitted_until_its_gaps_are_filled(
    editor: RecordEditor,
) -> None:
    assessment = _start(editor)
    views = assessment_views(editor.case_file, _record(editor))
    missing = " ".join(g.sentence for g in views[-1].gaps)
    assert "developmental needs" in missing and "Record the decision." in missing
    assert "original concern" in missing and "history" in missing
    with pytest.raises(CaseDeskError, match="cannot be submitted for sign-off yet"):
        editor.submit_assessment(_record(editor), assessment)
    done = _complete(editor, assessment)
    assert assessment_views(editor.case_file, _record(editor))[-1].gaps == []
    editor.submit_assessment(_record(editor), done)
    assert _record(editor).assessments[-1].submitted_on == TODAY


def test_a_team_member_not_asked_and_an_adult_not_considered_are_named(
    editor: RecordEditor,
) -> None:
    done = _complete(editor, _start(editor))
    record = _record(editor)
    editor.add_professional(
        Professional(
            "", record.case.id, "Dr Amara Okafor", "Eastgate Surgery", "GP", date(2026, 9, 1)
        )
    )
    gaps = assessment_views(editor.case_file, _record(editor))[-1].gaps
    assert [g.sentence for g in gaps] == ["Dr Amara Okafor (Eastgate Surgery) was not asked."]
    with pytest.raises(CaseDeskError, match="Dr Amara Okafor"):
        editor.submit_assessment(_record(editor), done)


def _submitted(editor: RecordEditor) -> Assessment:
    done = _complete(editor, _start(editor))
    editor.submit_assessment(_record(editor), done)
    return _record(editor).assessments[-1]


def test_a_supervisor_signs_off_with_their_own_passphrase_and_it_verifies(
    editor: RecordEditor,
) -> None:
    assessment = _submitted(editor)
    request = SignOffRequest(ASSESSMENT, assessment.id, comment="Agreed.")
    sign_off(editor.case_file, _record(editor), request, SUPERVISOR_PASSPHRASE)
    record = _record(editor)
    (check,) = sign_off_checks(editor.case_file, record)
    assert check.state is SignOffState.CURRENT
    assert check.sign_off.signed_by == SUPERVISOR and check.sign_off.role == "supervisor"
    assert check.sign_off.late_by == 0
    report = editor.case_file.check()
    assert report.ok, report.problems
    view = assessment_views(editor.case_file, record)[-1]
    assert "Signed off by Pat Supervisor" in view.status


def test_a_worker_cannot_sign_off_and_a_wrong_passphrase_signs_nothing(
    editor: RecordEditor,
) -> None:
    assessment = _submitted(editor)
    request = SignOffRequest(ASSESSMENT, assessment.id)
    with pytest.raises(CaseDeskError, match="Jo Worker is a worker"):
        sign_off(editor.case_file, _record(editor), request)
    with pytest.raises(WrongPassphraseError):
        sign_off(editor.case_file, _record(editor), request, "not the passphrase at all")
    assert _record(editor).sign_offs == ()


def test_a_change_after_sign_off_shows_it_approved_an_earlier_version(
    editor: RecordEditor,
) -> None:
    assessment = _submitted(editor)
    sign_off(
        editor.case_file,
        _record(editor),
        SignOffRequest(ASSESSMENT, assessment.id),
        SUPERVISOR_PASSPHRASE,
    )
    record = _record(editor)
    editor.amend_assessment(
        record, assessment, replace(assessment, decision="Close the case."), "changed my mind"
    )
    (check,) = sign_off_checks(editor.case_file, _record(editor))
    assert check.state is SignOffState.EARLIER_VERSION
    assert check.differences == (
        "decision: 'Child in need plan; review in 3 months.' → 'Close the case.'",
    )
    assert "approved an earlier version" in check.sentence()


def test_a_late_sign_off_says_by_how_much_and_needs_a_reason(editor: RecordEditor) -> None:
    assessment = _submitted(editor)
    editor.amend_assessment(
        _record(editor), assessment, replace(assessment, submitted_on=date(2026, 11, 16)), "date"
    )
    request = SignOffRequest(ASSESSMENT, assessment.id)
    with pytest.raises(CaseDeskError, match=r"5 working days past its timescale \(due 23 Nov"):
        sign_off(editor.case_file, _record(editor), request, SUPERVISOR_PASSPHRASE)
    late = replace(request, late_reason="Supervisor on leave.")
    sign_off(editor.case_file, _record(editor), late, SUPERVISOR_PASSPHRASE)
    (check,) = sign_off_checks(editor.case_file, _record(editor))
    assert check.sign_off.late_by == 5 and check.sign_off.late_reason == "Supervisor on leave."
    assert "5 working days late" in check.sentence()


def test_no_one_signs_off_their_own_work(path: Path) -> None:
    with _open(path, SUPERVISOR_PASSPHRASE) as case_file:
        editor = RecordEditor(case_file)
        assessment = _submitted(editor)
        with pytest.raises(CaseDeskError, match="no one signs off their own work"):
            sign_off(case_file, _record(editor), SignOffRequest(ASSESSMENT, assessment.id))


def test_a_returned_assessment_needs_what_more_is_needed(editor: RecordEditor) -> None:
    assessment = _submitted(editor)
    returned = SignOffRequest(ASSESSMENT, assessment.id, SignOffDecision.RETURNED)
    with pytest.raises(CaseDeskError, match="Say what more is needed"):
        sign_off(editor.case_file, _record(editor), returned, SUPERVISOR_PASSPHRASE)
    sign_off(
        editor.case_file,
        _record(editor),
        replace(returned, comment="Speak to the father."),
        SUPERVISOR_PASSPHRASE,
    )
    assert (
        "Returned for more work" in assessment_views(editor.case_file, _record(editor))[-1].status
    )


# -- supervision ------------------------------------------------------------------------


def _supervise(editor: RecordEditor, day: date, *references: str) -> None:
    records = [_record(editor, r) for r in references or ("DEMO-0001",)]
    editor.record_supervision(
        Supervision(
            "", CaseId(""), day, SUPERVISOR, WORKER, "Reflected on drift.", "Visit weekly."
        ),
        records,
    )


def test_supervision_is_on_every_case_discussed_and_gaps_are_flagged_at_the_interval(
    editor: RecordEditor,
) -> None:
    record = _record(editor)
    opened = record.case.opened_on
    _supervise(editor, date(2026, 9, 1), "DEMO-0001", "DEMO-0002")
    _supervise(editor, date(2026, 10, 20), "DEMO-0001")
    second = _record(editor, "DEMO-0002").supervisions
    assert len(second) == 1 and second[0].cases_discussed == ("DEMO-0001", "DEMO-0002")
    view = supervision_view(editor.case_file, _record(editor))
    gaps = [(g.since, g.until) for g in view.gaps]
    assert (date(2026, 9, 1), date(2026, 10, 20)) in gaps  # 49 days: past a month
    assert gaps[-1] == (date(2026, 10, 20), None)  # due 20 Nov, still none on 30 Nov
    assert gaps[0][0] == opened or gaps[0][0] < date(2026, 9, 1)
    assert "Supervision overdue by 10 days" in view.gaps[-1].sentence()


def test_a_newly_qualified_worker_is_supervised_weekly_then_fortnightly(
    editor: RecordEditor,
) -> None:
    set_newly_qualified(editor.case_file, {WORKER: date(2026, 10, 1)}, "ASYE year")
    assert newly_qualified(editor.case_file) == {WORKER: date(2026, 10, 1)}
    for day in (2, 9, 20, 27):
        _supervise(editor, date(2026, 10, day))  # 9 to 20 Oct: 11 days, past a week
    for day in (3, 10, 13):
        _supervise(editor, date(2026, 11, day))  # from 12 Nov (6 weeks in) fortnightly
    view = supervision_view(editor.case_file, _record(editor))
    late = [(g.since, g.until, str(g.interval)) for g in view.gaps if g.since >= date(2026, 10, 1)]
    assert late == [
        (date(2026, 10, 9), date(2026, 10, 20), "1 week"),
        (date(2026, 11, 13), None, "2 weeks"),
    ]


# -- escalation -------------------------------------------------------------------------


def _raise(editor: RecordEditor, day: date, immediate: bool = False) -> Escalation:
    record = _record(editor)
    step = Escalation(
        "",
        record.case.id,
        day,
        WORKER,
        "Head of Year, Northvale School",
        "The school has not shared attendance for six weeks.",
        0,
        day,
        immediate_risk=immediate,
    )
    editor.raise_escalation(record, step)
    return _record(editor).escalations[-1]


def test_escalation_starts_at_stage_one_with_its_response_due_in_working_days(
    editor: RecordEditor,
) -> None:
    step = _raise(editor, date(2026, 11, 19))  # a Thursday: 2 working days is Monday
    assert step.stage == 1 and step.response_due == date(2026, 11, 23)
    (view,) = escalation_views(editor.case_file, _record(editor))
    assert view.status is EscalationStatus.RESPONSE_OVERDUE and view.days_overdue == 5
    editor.escalate_further(
        _record(editor), step, date(2026, 11, 24), "Deputy Head", "No reply at stage 1"
    )
    steps = _record(editor).escalations
    assert [s.stage for s in steps] == [1, 2]
    assert steps[1].follows == step.id and steps[1].response_due == date(2026, 12, 1)
    views = escalation_views(editor.case_file, _record(editor))
    assert [v.status for v in views] == [
        EscalationStatus.ESCALATED,
        EscalationStatus.AWAITING_RESPONSE,
    ]
    editor.undo()
    assert [s.stage for s in _record(editor).escalations] == [1]
    assert _record(editor).escalations[0].outcome == ""


def test_immediate_risk_starts_at_the_procedures_stage(editor: RecordEditor) -> None:
    step = _raise(editor, date(2026, 11, 26), immediate=True)
    assert step.stage == 3 and step.immediate_risk


def test_the_last_stage_cannot_go_further(editor: RecordEditor) -> None:
    step = _raise(editor, date(2026, 11, 2), immediate=True)
    editor.escalate_further(_record(editor), step, date(2026, 11, 5), "Partnership chair", "none")
    last = _record(editor).escalations[-1]
    assert last.stage == 4
    with pytest.raises(CaseDeskError, match="procedure's last"):
        editor.escalate_further(_record(editor), last, date(2026, 11, 9), "Anyone", "none")
    editor.record_escalation_response(last, date(2026, 11, 10), "Meeting held.")
    editor.resolve_escalation(_record(editor).escalations[-1], "School shares weekly.")
    views = escalation_views(editor.case_file, _record(editor))
    assert views[-1].status is EscalationStatus.RESOLVED


# -- after an independent hostile review ---------------------------------------------------


def test_a_supervisor_who_changed_the_assessment_cannot_sign_it_off(path: Path) -> None:
    with _open(path) as case_file:
        assessment = _submitted(RecordEditor(case_file))
    with _open(path, SUPERVISOR_PASSPHRASE) as case_file:
        editor = RecordEditor(case_file)
        record = case_file.case_record("DEMO-0001")
        editor.amend_assessment(
            record, assessment, replace(assessment, decision="Close the case."), "tidied"
        )
        with pytest.raises(CaseDeskError, match="recorded this assessment or changed it"):
            sign_off(
                case_file,
                case_file.case_record("DEMO-0001"),
                SignOffRequest(ASSESSMENT, assessment.id),
            )


def test_a_clock_set_back_before_the_last_change_cannot_date_a_sign_off(path: Path) -> None:
    with _open(path) as case_file:
        assessment = _submitted(RecordEditor(case_file))
        case_file.set_clock(lambda: datetime(2026, 10, 2, 12, tzinfo=UTC))
        with pytest.raises(CaseDeskError, match="is before the case file was last changed"):
            sign_off(
                case_file,
                case_file.case_record("DEMO-0001"),
                SignOffRequest(ASSESSMENT, assessment.id),
                SUPERVISOR_PASSPHRASE,
            )


def test_a_plans_actions_are_part_of_what_was_approved(editor: RecordEditor) -> None:
    from casedesk.domain.actions import Action, worker_owner
    from casedesk.domain.sign_offs import PLAN

    record = _record(editor)
    plan = [e for e in record.entries if e.category.value == "conference"]
    if not plan:  # the generated case has none: record the meeting that made the plan
        from casedesk.domain.chronology import Category, ChronologyEntry
        from casedesk.domain.evidence import Evidence, SourceType
        from casedesk.domain.ids import EntryId

        editor.add_entry(
            record,
            ChronologyEntry(
                EntryId(""),
                record.case.id,
                date(2026, 11, 26),
                Category.CONFERENCE,
                "Initial child protection conference: plan agreed.",
                Evidence("Conference minutes", SourceType.AGENCY_RECORD),
                WORKER,
            ),
        )
        record = _record(editor)
    meeting = [e for e in record.entries if e.category.value == "conference"][-1]
    editor.add_action(
        record,
        Action(
            "",
            record.case.id,
            "Weekly visits",
            worker_owner(WORKER),
            date(2026, 11, 26),
            date(2026, 12, 3),
            entry=meeting.id,
        ),
    )
    request = SignOffRequest(PLAN, meeting.id, late_reason="on leave")
    sign_off(editor.case_file, _record(editor), request, SUPERVISOR_PASSPHRASE)
    action = next(a for a in _record(editor).actions if a.entry == meeting.id)
    editor.complete_action(
        action, replace(action, completed_on=date(2026, 11, 28), outcome="Visited twice.")
    )
    (check,) = sign_off_checks(editor.case_file, _record(editor))
    assert check.state is SignOffState.EARLIER_VERSION
    assert any(d.startswith("action Weekly visits, completed on") for d in check.differences)


def test_a_long_texts_change_is_shown_where_it_differs() -> None:
    from casedesk.domain.approval import differences

    before = {"assessment": {"decision": "x" * 80 + " no further action."}}
    after = {"assessment": {"decision": "x" * 80 + " a child protection plan."}}
    (line,) = differences(before, after)
    left, right = line.split(" → ")
    assert left != right and "no further" in left and "child protection" in right


def test_a_junk_newer_sign_off_does_not_stand_in_front_of_the_genuine_one(
    path: Path,
) -> None:
    from tests.storage import forging

    with _open(path) as case_file:
        assessment = _submitted(RecordEditor(case_file))
        sign_off(
            case_file,
            case_file.case_record("DEMO-0001"),
            SignOffRequest(ASSESSMENT, assessment.id),
            SUPERVISOR_PASSPHRASE,
        )
    connection, _key, _file = forging.data_key_access(path)
    row = forging.row_of(connection, "sign_offs", "target_id = ?", assessment.id)
    row |= {"id": "so-junk", "decision": "returned for more work", "signed_on": "2026-12-31"}
    forging.insert_row(connection, "sign_offs", row)
    connection.commit()
    connection.close()
    with _open(path) as case_file:
        (view,) = assessment_views(case_file, case_file.case_record("DEMO-0001"))
    assert view.status.startswith(f"Signed off by {SUPERVISOR} (supervisor)")
    assert "1 other sign-off is not valid" in view.status


# -- after a new-user tour -------------------------------------------------------------------


def test_a_worker_cannot_record_supervising_themselves(editor: RecordEditor) -> None:
    with pytest.raises(CaseDeskError, match="cannot supervise themselves"):
        editor.record_supervision(
            Supervision("", CaseId(""), date(2026, 11, 24), WORKER, WORKER, "", "Visit."),
            [_record(editor)],
        )


def test_an_approval_as_it_stands_is_not_signed_again_and_a_return_waits_for_resubmission(
    editor: RecordEditor,
) -> None:
    assessment = _submitted(editor)
    returned = SignOffRequest(
        ASSESSMENT, assessment.id, SignOffDecision.RETURNED, "Speak to the father."
    )
    sign_off(editor.case_file, _record(editor), returned, SUPERVISOR_PASSPHRASE)
    approve = SignOffRequest(ASSESSMENT, assessment.id)
    with pytest.raises(CaseDeskError, match="the worker submits it again"):
        sign_off(editor.case_file, _record(editor), approve, SUPERVISOR_PASSPHRASE)
    fresh = _record(editor).assessments[-1]
    editor.submit_assessment(_record(editor), fresh)  # again, once the work is done
    sign_off(editor.case_file, _record(editor), approve, SUPERVISOR_PASSPHRASE)
    with pytest.raises(CaseDeskError, match="already signed this off"):
        sign_off(editor.case_file, _record(editor), approve, SUPERVISOR_PASSPHRASE)
    (view,) = assessment_views(editor.case_file, _record(editor))
    assert view.status.startswith(f"Signed off by {SUPERVISOR}")
