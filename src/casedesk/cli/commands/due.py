"""``casedesk due FILE [--case REF] [--within N] [--all] [--json]``: what is overdue and due
soon across the case file's open cases (or in one case), in working days.

Deadlines are recorded as the events that start them arrive, by the case file's rule pack
and region (``casedesk settings``); actions are those agreed in each case.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.errors import UsageError
from casedesk.domain.wording import shown_day, shown_value, translate
from casedesk.services.case_file import CaseFile
from casedesk.services.work_tray import TrayItem, When, case_items, not_yet_recorded, work_tray

MOST_DAYS_AHEAD = 260  # a working year


def run(args: argparse.Namespace) -> int:
    """Print what is overdue, and open and due within N working days."""
    if not 0 <= args.within <= MOST_DAYS_AHEAD:
        raise UsageError(
            translate("due", "--within is a number of working days, 0 to {most}.").format(
                most=MOST_DAYS_AHEAD
            )
        )
    if args.case_ref is not None and not args.case_ref.strip():
        raise UsageError(translate("due", "--case needs a case reference, e.g. --case DEMO-0001."))
    if args.region:
        print(
            translate(
                "due",
                "--region is now the case file's own setting (casedesk settings FILE --region "
                "R); the case file's region is used.",
            ),
            file=sys.stderr,
        )
    changes = 0
    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file), read_only=True, brief=True
    ) as case_file:
        loaded = case_file.timescales()
        for problem in loaded.problems:
            print(
                translate("due", "Rule pack not used: {problem}").format(problem=problem),
                file=sys.stderr,
            )
        today = case_file.today()
        current = case_file.deadlines_current()
        if args.case_ref:
            record = case_file.case_record(args.case_ref)
            found = loaded.timescales.reconcile(record, today)
            changes = len(found.changes)
            if not current:
                record = replace(record, deadlines=(*record.deadlines, *found.new))
            items = case_items(record, loaded.timescales, today, args.within)
        else:
            items = work_tray(case_file, args.within, today, everything=args.all)
            if not current:
                items += not_yet_recorded(case_file, args.within, today)
    if not current:
        print(
            translate(
                "due",
                "Some deadlines are not recorded in the case file yet (it has not been opened "
                "for writing since it was upgraded or its rule pack changed); they are shown as "
                "the events call for them.",
            ),
            file=sys.stderr,
        )
    shown = items if args.all else [i for i in items if i.when not in (When.LATER, When.DONE)]
    shown.sort(key=lambda i: (i.when is not When.OVERDUE, i.due_on, i.case, i.name))
    if args.json:
        print(json.dumps([i.as_json() for i in shown], ensure_ascii=False, indent=1))
        return 0
    if changes:
        print(
            translate(
                "due",
                "%n deadline(s) of this case wait for the worker to confirm a change "
                "(open the case: Actions & deadlines).",
                None,
                changes,
            )
        )
    if not shown:
        print(
            translate("due", "Nothing overdue or due within {days} working days.").format(
                days=args.within
            )
        )
        return 0
    for item in shown:
        print(_line(item))
    overdue = sum(1 for i in shown if i.when is When.OVERDUE)
    soon = sum(1 for i in shown if i.when in (When.TODAY, When.SOON))
    print(
        translate("due", "({overdue} overdue, {soon} due within {days} working days)").format(
            overdue=overdue, soon=soon, days=args.within
        )
    )
    return 0


def _line(item: TrayItem) -> str:
    if item.when is When.OVERDUE:
        state = (
            translate("due", "OVERDUE by %n working day(s)", None, item.working_days_late)
            if item.working_days_late
            else translate("due", "OVERDUE (due on a day that was not a working day)")
        )
    elif item.when is When.DONE:
        state = item.status
    else:
        state = shown_value(item.when) if item.when is not When.SOON else translate("due", "due")
    return translate("due", "{day}  {case}  {state}: {name} ({kind}; {owner})").format(
        day=shown_day(item.due_on),
        case=item.case,
        state=state,
        name=item.name,
        kind=item.kind,
        owner=item.owner,
    )
