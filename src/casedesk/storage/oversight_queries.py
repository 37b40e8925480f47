"""What the work tray needs of oversight across every open case, read straight from the
tables (no case record is loaded): escalation responses awaited, assessments awaiting
sign-off, and when each case was last supervised."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select, true

from casedesk.storage import tables as t


def escalation_rows(
    connection: Connection, open_cases: Mapping[str, Any], due_by: date | None
) -> list[tuple[str, str, int, str, date, date, str]]:
    """(case id, step id, stage, with whom, raised on, response due, raised by) of every
    step awaiting a response (not answered, not resolved, not taken further)."""
    e = t.escalations.c
    further = select(e.follows).where(e.follows != "", e.entered_in_error.is_(None))
    rows = connection.execute(
        select(
            e.case_id, e.id, e.stage, e.with_whom, e.raised_on, e.response_due, e.raised_by
        ).where(
            e.responded_on.is_(None),
            e.resolved == 0,
            e.entered_in_error.is_(None),
            e.id.not_in(further),
            true() if due_by is None else e.response_due <= str(due_by),
        )
    )
    return [
        (case, key, int(stage), who, date.fromisoformat(raised), date.fromisoformat(due), by)
        for case, key, stage, who, raised, due, by in rows
        if case in open_cases
    ]


@dataclass
class CaseOversightRow:
    """One open case: when it opened, its worker, its last supervision (and whose), and
    the assessments submitted and not yet signed off (id, kind, submitted on)."""

    case_id: str
    reference: str
    child: str
    opened_on: date
    worker: str
    last_held: date | None = None
    last_worker: str = ""
    awaiting: list[tuple[str, str, date]] = field(default_factory=list)
    plan: tuple[str, str, date] | None = None  # the latest plan meeting, if not signed off


def oversight_from(connection: Connection) -> date | None:
    """The day the file began to record sign-offs (None: not known)."""
    value = connection.execute(select(t.meta.c.value).where(t.meta.c.key == "oversight_from"))
    found = value.scalar()
    return date.fromisoformat(found) if found else None


def actors_of(connection: Connection, records: set[tuple[str, str]]) -> set[str]:
    """Everyone the audit trail shows making or changing any of ``records``."""
    a = t.audit_log.c
    found: set[str] = set()
    ids = sorted({record_id for _kind, record_id in records})
    for start in range(0, len(ids), 500):
        for kind, key, actor in connection.execute(
            select(a.record_type, a.record_id, a.actor).where(
                a.record_id.in_(ids[start : start + 500])
            )
        ):
            if (kind, key) in records:
                found.add(str(actor))
    return found


def oversight_rows(
    connection: Connection, children: Mapping[str, str], plan_categories: Sequence[str] = ()
) -> list[CaseOversightRow]:
    """Every open case's supervision and sign-off state, in four queries."""
    c = t.cases.c
    found = {
        row.id: CaseOversightRow(
            row.id,
            row.reference,
            children.get(row.id, ""),
            date.fromisoformat(row.opened_on),
            row.allocated_worker,
        )
        for row in connection.execute(
            select(c.id, c.reference, c.opened_on, c.allocated_worker).where(c.closed_on.is_(None))
        )
    }
    s = t.supervisions.c
    latest = (
        select(s.case_id, func.max(s.held_on).label("held"))
        .where(s.entered_in_error.is_(None))
        .group_by(s.case_id)
        .subquery()
    )
    for case_id, held, worker in connection.execute(
        select(s.case_id, s.held_on, s.worker)
        .join(latest, (latest.c.case_id == s.case_id) & (latest.c.held == s.held_on))
        .where(s.entered_in_error.is_(None))
    ):
        if case_id in found:
            found[case_id].last_held = date.fromisoformat(held)
            found[case_id].last_worker = worker
    a, o = t.assessments.c, t.sign_offs.c
    decided: dict[str, tuple[str, str]] = {}  # assessment -> (signed on, decision) latest
    for target, signed_on, decision in connection.execute(
        select(o.target_id, o.signed_on, o.decision)
        .where(o.target_type == "assessments")
        .order_by(o.head_seq)
    ):
        decided[target] = (signed_on, decision)
    for case_id, key, kind, submitted in connection.execute(
        select(a.case_id, a.id, a.kind, a.submitted_on).where(
            a.submitted_on.is_not(None), a.entered_in_error.is_(None)
        )
    ):
        if case_id not in found:
            continue
        latest_decision = decided.get(key)
        # Returned for more work and submitted again since: it awaits a sign-off again.
        if latest_decision is None or (
            latest_decision[1] != "approved" and submitted > latest_decision[0]
        ):
            found[case_id].awaiting.append((key, kind, date.fromisoformat(submitted)))
    e = t.chronology_entries.c
    # A plan returned for more work still awaits a sign-off.
    signed = select(o.target_id).where(
        o.target_type == "chronology_entries", o.decision == "approved"
    )
    latest_plan: dict[str, tuple[str, str, date]] = {}
    # SQLite gives the other columns of the row that holds the max(): each case's latest
    # plan meeting in one pass, not every conference of every case.
    for case_id, key, category, day in connection.execute(
        select(e.case_id, e.id, e.category, func.max(e.occurred_on))
        .where(e.category.in_(list(plan_categories)), e.entered_in_error.is_(None))
        .group_by(e.case_id)
    ):
        latest_plan[case_id] = (key, category, date.fromisoformat(day))
    signed_plans = set(connection.execute(signed).scalars())
    since = oversight_from(connection)
    for case_id, plan in latest_plan.items():
        if since is not None and plan[2] < since:
            continue  # met before the file recorded sign-offs: history
        if case_id in found and plan[0] not in signed_plans:
            found[case_id].plan = plan
    return list(found.values())


def last_seqs(
    connection: Connection, records: set[tuple[str, str]], action: str = ""
) -> dict[tuple[str, str], int]:
    """The newest audit entry of each of ``records`` (of that ``action``, if given)."""
    a = t.audit_log.c
    found: dict[tuple[str, str], int] = {}
    ids = sorted({record_id for _kind, record_id in records})
    condition = a.action == action if action else true()
    for kind, key, seq in connection.execute(
        select(a.record_type, a.record_id, a.seq).where(a.record_id.in_(ids), condition)
    ):
        if (kind, key) in records:
            found[(kind, key)] = max(found.get((kind, key), 0), int(seq))
    return found
