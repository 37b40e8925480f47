"""The supervisor's commands: ``casedesk assessment list``, ``supervision list``,
``escalation list`` and ``signoff``.

``signoff`` opens the case file with the supervisor's own passphrase (asked for at a
prompt, or from --passphrase-file or CASEDESK_PASSPHRASE; never an argument), so the
sign-off is made and signed with their own key.
"""

from __future__ import annotations

import argparse
import json
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
from casedesk.services.case_file import CaseFile
from casedesk.services.oversight import (
    assessment_views,
    escalation_views,
    plan_views,
    supervision_view,
)
from casedesk.services.sign_off import SignOffRequest, sign_off, sign_off_checks


def _open(args: argparse.Namespace, prompt: str = "Passphrase: ") -> CaseFile:
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
        print(f"No assessments or plans recorded in {record.case.reference}.")
        return 0
    for view in views:
        a = view.assessment
        late = f", {view.days_late} working days late" if view.days_late else ""
        print(f"{a.id}  {a.title}, due {a.due_on:%-d %b %Y}{late}")
        print(f"    {view.status}")
        if view.gaps and a.submitted_on is None:
            print("    Missing before it can be submitted for sign-off:")
            for gap in view.gaps:
                print(f"      - {gap.sentence}")
    for plan in plans:
        e = plan.entry
        words = plan.sign_off.sentence() if plan.sign_off else "Not signed off"
        due = f" (due {plan.due:%-d %b %Y})" if plan.due and not plan.sign_off else ""
        print(f"{e.id}  Plan: {e.category.value}, {e.occurred_on:%-d %b %Y}: {words}{due}")
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
        print(
            f"{record.case.reference}: {len(view.supervisions)} supervision(s); at least every "
            f"{view.interval.every}; "
            + (
                f"OVERDUE since {view.next_due:%-d %b %Y}"
                if view.next_due < today
                else f"next due {view.next_due:%-d %b %Y}"
            )
        )
        for s in view.supervisions:
            typed = f" (recorded {s.recorded_at[:10]})" if s.recorded_at else ""
            print(f"  {s.held_on:%-d %b %Y}{typed}  {s.supervisor} with {s.worker}")
            for label, text in (
                ("decided", s.decisions),
                ("decided not to act", s.not_to_act),
            ):
                if text:
                    print(f"      {label}: {' '.join(text.split())[:200]}")
        for gap in view.gaps:
            print(f"  GAP: {gap.sentence()}")
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
        print("No escalations recorded in the open cases.")
        return 0
    for record, v in shown:
        overdue = f", {v.days_overdue} working days overdue" if v.days_overdue else ""
        print(
            f"{record.case.reference}  {v.step.id}  stage {v.step.stage} ({v.stage_name}), raised "
            f"{v.step.raised_on:%-d %b %Y} with {v.step.with_whom}: {v.status.value}, response "
            f"due {v.step.response_due:%-d %b %Y}{overdue}"
        )
    return 0


def signoff(args: argparse.Namespace) -> int:
    """Sign off (or return) an assessment or a plan as the supervisor whose passphrase
    opens the case file."""
    if not args.record_id.strip():
        raise UsageError(
            "--record needs the id of an assessment or a plan (casedesk assessment list)."
        )
    passphrase = existing_passphrase(args.passphrase_file, "Supervisor's passphrase: ")
    with CaseFile.open(Path(args.case_file), passphrase) as case_file:
        record = case_file.case_record(args.case_ref)
        if any(a.id == args.record_id for a in record.assessments):
            target = ASSESSMENT
        elif any(e.id == args.record_id for e in record.entries):
            target = PLAN
            if not any(p.entry.id == args.record_id for p in plan_views(case_file, record)):
                raise CaseDeskError(
                    f"Entry {args.record_id} does not record a plan (a conference, core group "
                    "or review): only assessments and plans are signed off."
                )
        else:
            raise CaseDeskError(
                f"There is no assessment or plan '{args.record_id}' in case "
                f"{record.case.reference} (casedesk assessment list shows them)."
            )
        decision = SignOffDecision.RETURNED if args.return_it else SignOffDecision.APPROVED
        request = SignOffRequest(target, args.record_id, decision, args.comment, args.late_reason)
        made = sign_off(case_file, record, request).records.get("sign_offs", set())
        record = case_file.case_record(args.case_ref)
        (check,) = [c for c in sign_off_checks(case_file, record) if c.sign_off.id in made]
    print(check.sentence())
    return 0 if check.state is not SignOffState.NOT_VALID else 1
