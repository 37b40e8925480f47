"""``casedesk due FILE [--case REF] [--within N] [--json]``: what is overdue and due soon.

Deadlines are worked out from each case's own events by the rule pack (England's, or the
agency's own), with the deadlines recorded by hand and the actions agreed; in working days.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.deadline_rules import deadlines_for
from casedesk.domain.errors import UsageError
from casedesk.domain.working_days import WorkingCalendar
from casedesk.services.case_file import CaseFile
from casedesk.services.rule_packs import load_pack


@dataclass(frozen=True)
class DueItem:
    """One line of the list."""

    case: str
    name: str
    started_on: str
    due_on: str
    status: str  # open, overdue, met
    owner: str
    kind: str  # deadline or action
    days_late: int = 0


def run(args: argparse.Namespace) -> int:
    """Print what is overdue, and open and due within N working days."""
    if args.within < 0:
        raise UsageError("--within is a number of working days, 0 or more.")
    loaded = load_pack(args.region)
    for problem in loaded.problems:
        print(f"Rule pack not used: {problem}")
    calendar = WorkingCalendar(loaded.pack.region)
    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file), read_only=True, brief=True
    ) as case_file:
        today = case_file.today()
        references = [args.case_ref] if args.case_ref else case_file.case_references()
        horizon = calendar.add_working_days(today, args.within)
        items: list[DueItem] = []
        for reference in references:
            record = case_file.case_record(reference)
            owner = record.case.allocated_worker
            rows = [
                (d.rule.name, d.started_on, d.due_on, d.met_on, owner, "deadline")
                for d in deadlines_for(record, loaded.pack, calendar, today)
            ]
            rows += [
                (d.name, d.started_on, d.due_on, d.met_on, owner, "deadline")
                for d in record.deadlines
            ]
            rows += [
                (
                    a.what,
                    a.agreed_on,
                    a.due_on,
                    a.completed_on,
                    record.owner_name(a.owner),
                    "action",
                )
                for a in record.actions
            ]
            for name, started, due_on, done, who, kind in rows:
                status = "met" if done else ("overdue" if today > due_on else "open")
                late = calendar.working_days_between(due_on, today) if status == "overdue" else 0
                items.append(
                    DueItem(
                        reference,
                        name,
                        started.isoformat(),
                        due_on.isoformat(),
                        status,
                        who,
                        kind,
                        late,
                    )
                )
    shown = [
        i
        for i in items
        if i.status == "overdue" or (i.status == "open" and i.due_on <= horizon.isoformat())
    ]
    shown.sort(key=lambda i: (i.status != "overdue", i.due_on, i.case, i.name))
    if args.json:
        print(json.dumps([i.__dict__ for i in shown], ensure_ascii=False, indent=1))
        return 0
    if not shown:
        print(f"Nothing overdue or due within {args.within} working days.")
        return 0
    for i in shown:
        when = f"OVERDUE by {i.days_late} working day(s)" if i.status == "overdue" else "due"
        print(f"{i.due_on}  {i.case}  {when}: {i.name} ({i.kind}; {i.owner})")
    overdue = sum(1 for i in shown if i.status == "overdue")
    print(f"({overdue} overdue, {len(shown) - overdue} due within {args.within} working days)")
    return 0
