"""The supervisor's commands: ``casedesk assessment list``, ``supervision list``,
``escalation list`` and ``signoff``.

``signoff`` opens the case file with the supervisor's own passphrase (asked for at a
prompt, or from --passphrase-file or CASEDESK_PASSPHRASE; never an argument), so the
sign-off is made and signed with their own key.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.errors import CaseDeskError, UsageError
from casedesk.domain.sign_offs import (
    ASSESSMENT,
    PLAN,
    SignOffCheck,
    SignOffDecision,
    SignOffState,
)
from casedesk.domain.wording import shown_day, shown_value, translate
from casedesk.services.case_file import CaseFile
from casedesk.services.oversight import (
    assessment_views,
    escalation_views,
    plan_views,
    supervision_view,
)
from casedesk.services.sign_off import SignOffRequest, sign_off, sign_off_checks


def _open(args: argparse.Namespace, prompt: str | None = None) -> CaseFile:
    return CaseFile.open(
        Path(args.case_file),
        existing_passphrase(args.passphrase_file, prompt),
        read_only=True,
        brief=True,
    )


def _records(case_file: CaseFile, reference: str | None) -> list[CaseRecord]:
    if reference is not None:
        if not reference.strip():
            raise UsageError("--case needs a case reference, e.g. --case DEMO-0001.")
        return [case_file.case_record(reference)]
    records = [case_file.case_record(r, with_chronology=False) for r in case_file.case_references()]
    return [r for r in records if r.case.closed_on is None]


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _sign_off_json(check: SignOffCheck | None) -> dict[str, Any] | None:
    if check is None:
        return None
    s = check.sign_off
    return {
        "id": s.id,
        "decision": s.decision.value,
        "signed_by": s.signed_by,
        "role": s.role,
        "signed_on": s.signed_on.isoformat(),
        "due_on": _day(s.due_on),
        "working_days_late": s.late_by,
        "late_reason": s.late_reason,
        "comment": s.comment,
        "state": check.state.value,
        "why": check.why,
        "changed_since": list(check.differences),
    }


def assessment_list(args: argparse.Namespace) -> int:
    """A case's assessments and plans: where each stands, and what is missing before an
    assessment can be signed off."""
    with _open(args) as case_file:
        record = case_file.case_record(args.case_ref)
        views = assessment_views(case_file, record)
        plans = plan_views(case_file, record)
    if args.json:
        items: list[dict[str, Any]] = []
        for view in views:
            a = view.assessment
            items.append(
                {
                    "type": "assessment",
                    "case": record.case.reference,
                    "id": a.id,
                    "kind": a.kind.value,
                    "started_on": a.started_on.isoformat(),
                    "due_on": a.due_on.isoformat(),
                    "completed_on": _day(a.completed_on),
                    "submitted_on": _day(a.submitted_on),
                    "working_days_late": view.days_late,
                    "status": view.status,
                    "missing": [g.sentence for g in view.gaps],
                    "sign_off_due": _day(view.sign_off_due),
                    "sign_off": _sign_off_json(view.sign_off),
                }
            )
        for plan in plans:
            items.append(
                {
                    "type": "plan",
                    "case": record.case.reference,
                    "id": plan.entry.id,
                    "meeting": plan.entry.category.value,
                    "held_on": plan.entry.occurred_on.isoformat(),
                    "sign_off_due": _day(plan.due),
                    "working_days_late": plan.days_late,
                    "sign_off": _sign_off_json(plan.sign_off),
                }
            )
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    if not views and not plans:
        print(
            translate("oversight", "No assessments or plans recorded in {reference}.").format(
                reference=record.case.reference
            )
        )
        return 0
    for view in views:
        a = view.assessment
        if view.days_late:
            heading = translate(
                "oversight", "{id}  {assessment}, due {day}, {late} working days late"
            ).format(id=a.id, assessment=a.title, day=shown_day(a.due_on), late=view.days_late)
        else:
            heading = translate("oversight", "{id}  {assessment}, due {day}").format(
                id=a.id, assessment=a.title, day=shown_day(a.due_on)
            )
        print(heading)
        print(f"    {view.status}")
        if view.gaps and a.submitted_on is None:
            print(translate("oversight", "    Missing before it can be submitted for sign-off:"))
            for gap in view.gaps:
                print(f"      - {gap.sentence}")
    for plan in plans:
        e = plan.entry
        meeting, held = shown_value(e.category), shown_day(e.occurred_on)
        if plan.sign_off:
            line = translate("oversight", "{id}  Plan: {meeting}, {day}: {sign_off}").format(
                id=e.id, meeting=meeting, day=held, sign_off=plan.sign_off.sentence()
            )
        elif plan.due:
            line = translate(
                "oversight", "{id}  Plan: {meeting}, {day}: Not signed off (due {due})"
            ).format(id=e.id, meeting=meeting, day=held, due=shown_day(plan.due))
        else:
            line = translate("oversight", "{id}  Plan: {meeting}, {day}: Not signed off").format(
                id=e.id, meeting=meeting, day=held
            )
        print(line)
    return 0


def supervision_list(args: argparse.Namespace) -> int:
    """Supervision on each open case (or one): when held, by whom, what was decided, and
    every gap past the agency's interval."""
    with _open(args) as case_file:
        shown = [(r, supervision_view(case_file, r)) for r in _records(case_file, args.case_ref)]
        today = case_file.today()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "case": record.case.reference,
                        "worker": record.case.allocated_worker,
                        "interval": str(view.interval),
                        "next_due": view.next_due.isoformat(),
                        "supervisions": [
                            {
                                "id": s.id,
                                "held_on": s.held_on.isoformat(),
                                "recorded_at": s.recorded_at,
                                "supervisor": s.supervisor,
                                "worker": s.worker,
                                "cases_discussed": list(s.cases_discussed),
                                "reflection": s.reflection,
                                "decisions": s.decisions,
                                "decisions_not_to_act": s.not_to_act,
                                "actions": [
                                    {
                                        "what": a.what,
                                        "owner": record.owner_name(a.owner),
                                        "due_on": a.due_on.isoformat(),
                                        "completed_on": _day(a.completed_on),
                                    }
                                    for a in record.actions
                                    if a.supervision == s.id
                                ],
                            }
                            for s in view.supervisions
                        ],
                        "gaps": [
                            {
                                "since": g.since.isoformat(),
                                "due": g.due.isoformat(),
                                "until": _day(g.until),
                                "days_over": g.days_over,
                                "interval": str(g.interval),
                                "explanation": g.sentence(),
                            }
                            for g in view.gaps
                        ],
                    }
                    for record, view in shown
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for record, view in shown:
        count, reference = len(view.supervisions), record.case.reference
        every, next_due = view.interval.every, shown_day(view.next_due)
        if view.next_due < today:
            summary = translate(
                "oversight",
                "{reference}: %n supervision(s); at least every {every}; OVERDUE since {day}",
                None,
                count,
            ).format(reference=reference, every=every, day=next_due)
        else:
            summary = translate(
                "oversight",
                "{reference}: %n supervision(s); at least every {every}; next due {day}",
                None,
                count,
            ).format(reference=reference, every=every, day=next_due)
        print(summary)
        for s in view.supervisions:
            who = translate("oversight", "{supervisor} with {worker}").format(
                supervisor=s.supervisor, worker=s.worker
            )
            if s.recorded_at:
                recorded = shown_day(date.fromisoformat(s.recorded_at[:10]))
                print(
                    translate("oversight", "  {day} (recorded {recorded})  {who}").format(
                        day=shown_day(s.held_on), recorded=recorded, who=who
                    )
                )
            else:
                print(f"  {shown_day(s.held_on)}  {who}")
            if s.decisions:
                print(
                    translate("oversight", "      decided: {text}").format(
                        text=" ".join(s.decisions.split())[:200]
                    )
                )
            if s.not_to_act:
                print(
                    translate("oversight", "      decided not to act: {text}").format(
                        text=" ".join(s.not_to_act.split())[:200]
                    )
                )
        for gap in view.gaps:
            print(translate("oversight", "  GAP: {gap}").format(gap=gap.sentence()))
    return 0


def escalation_list(args: argparse.Namespace) -> int:
    """Every escalation step of the open cases, with where it stands."""
    with _open(args) as case_file:
        shown = [
            (r, v)
            for r in _records(case_file, getattr(args, "case_ref", None))
            for v in escalation_views(case_file, r)
        ]
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "case": record.case.reference,
                        "id": v.step.id,
                        "stage": v.step.stage,
                        "stage_name": v.stage_name,
                        "raised_on": v.step.raised_on.isoformat(),
                        "raised_by": v.step.raised_by,
                        "with_whom": v.step.with_whom,
                        "concern": v.step.concern,
                        "immediate_risk": v.step.immediate_risk,
                        "response_due": v.step.response_due.isoformat(),
                        "responded_on": _day(v.step.responded_on),
                        "response": v.step.response,
                        "outcome": v.step.outcome,
                        "status": v.status.value,
                        "working_days_overdue": v.days_overdue,
                        "follows": v.step.follows or None,
                    }
                    for record, v in shown
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    if not shown:
        print(translate("oversight", "No escalations recorded in the open cases."))
        return 0
    for record, v in shown:
        step = v.step
        raised, status, due = (
            shown_day(step.raised_on),
            shown_value(v.status),
            shown_day(step.response_due),
        )
        if v.days_overdue:
            print(
                translate(
                    "oversight",
                    "{reference}  {id}  stage {stage} ({stage_name}), raised {raised} with "
                    "{whom}: {status}, response due {due}, {days} working days overdue",
                ).format(
                    reference=record.case.reference,
                    id=step.id,
                    stage=step.stage,
                    stage_name=v.stage_name,
                    raised=raised,
                    whom=step.with_whom,
                    status=status,
                    due=due,
                    days=v.days_overdue,
                )
            )
        else:
            print(
                translate(
                    "oversight",
                    "{reference}  {id}  stage {stage} ({stage_name}), raised {raised} with "
                    "{whom}: {status}, response due {due}",
                ).format(
                    reference=record.case.reference,
                    id=step.id,
                    stage=step.stage,
                    stage_name=v.stage_name,
                    raised=raised,
                    whom=step.with_whom,
                    status=status,
                    due=due,
                )
            )
    return 0


def signoff(args: argparse.Namespace) -> int:
    """Sign off (or return) an assessment or a plan as the supervisor whose passphrase
    opens the case file."""
    if not args.record_id.strip():
        raise UsageError(
            translate(
                "oversight",
                "--record needs the id of an assessment or a plan (casedesk assessment list).",
            )
        )
    passphrase = existing_passphrase(
        args.passphrase_file, translate("oversight", "Supervisor's passphrase: ")
    )
    with CaseFile.open(Path(args.case_file), passphrase) as case_file:
        record = case_file.case_record(args.case_ref)
        if any(a.id == args.record_id for a in record.assessments):
            target = ASSESSMENT
        elif any(e.id == args.record_id for e in record.entries):
            target = PLAN
            if not any(p.entry.id == args.record_id for p in plan_views(case_file, record)):
                raise CaseDeskError(
                    translate(
                        "oversight",
                        "Entry {id} does not record a plan (a conference, core group "
                        "or review): only assessments and plans are signed off.",
                    ).format(id=args.record_id)
                )
        else:
            raise CaseDeskError(
                translate(
                    "oversight",
                    "There is no assessment or plan '{id}' in case "
                    "{reference} (casedesk assessment list shows them).",
                ).format(id=args.record_id, reference=record.case.reference)
            )
        decision = SignOffDecision.RETURNED if args.return_it else SignOffDecision.APPROVED
        request = SignOffRequest(target, args.record_id, decision, args.comment, args.late_reason)
        made = sign_off(case_file, record, request).records.get("sign_offs", set())
        record = case_file.case_record(args.case_ref)
        (check,) = [c for c in sign_off_checks(case_file, record) if c.sign_off.id in made]
    print(check.sentence())
    return 0 if check.state is not SignOffState.NOT_VALID else 1
