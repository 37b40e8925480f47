"""``casedesk settings FILE [--region R] [--closure-day D]... [--open-day D]...
[--newly-qualified NAME=DATE]... [--not-newly-qualified NAME]...``: the case file's own
settings that deadlines and supervision are counted by (whose bank holidays, which days
the agency is closed, which workers are newly qualified and since when). Without options
it shows them; changes are audited like any record."""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.errors import UsageError
from casedesk.services.case_file import CaseFile
from casedesk.services.oversight import newly_qualified, set_newly_qualified
from casedesk.services.record_editor import RecordEditor


def _day(text: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"'{text}' is not a date: write it as YYYY-MM-DD.") from None
    if not 2000 <= day.year <= 2100:
        raise UsageError(f"{text}: the date must fall between 2000 and 2100.")
    return day


def _qualified(text: str) -> tuple[str, date]:
    name, equals, day = text.rpartition("=")
    if not equals or not name.strip():
        raise UsageError(
            f"'{text}': write --newly-qualified as NAME=YYYY-MM-DD, e.g. "
            "--newly-qualified 'Jo Worker=2026-09-01'."
        )
    return " ".join(name.split()), _day(day.strip())


def run(args: argparse.Namespace) -> int:
    """Show, or change and show, the region, closure days and newly qualified workers."""
    adding = {_day(d) for d in args.add_closures}
    removing = {_day(d) for d in args.remove_closures}
    qualifying = dict(_qualified(t) for t in args.newly_qualified)
    unqualifying = {" ".join(n.split()).casefold() for n in args.not_newly_qualified}
    changing = bool(args.region or adding or removing or qualifying or unqualifying)
    with CaseFile.open(
        Path(args.case_file),
        existing_passphrase(args.passphrase_file),
        read_only=not changing,
        brief=not changing,
    ) as case_file:
        settings = case_file.timescales().settings
        if changing:
            new = replace(
                settings,
                region=args.region or settings.region,
                closures=frozenset((settings.closures | adding) - removing),
            )
            if new != settings:
                case_file.set_timescale_settings(new, args.reason.strip() or "Settings changed")
                RecordEditor(case_file).record_all_arising()
                print(
                    "Changed. Deadlines already recorded are not counted again by themselves: "
                    "each case shows what would change for its worker to confirm."
                )
            settings = case_file.timescales().settings
            workers = newly_qualified(case_file)
            changed = {
                n: d for n, d in workers.items() if n.casefold() not in unqualifying
            } | qualifying
            if changed != workers:
                set_newly_qualified(case_file, changed, args.reason.strip() or "Settings changed")
        loaded = case_file.timescales()
        workers = newly_qualified(case_file)
    print(f"Region: {settings.region} (its bank holidays are not working days)")
    days = ", ".join(f"{d:%a %d %b %Y}" for d in sorted(settings.closures)) or "none"
    print(f"Closure days: {days}")
    print(f"Rule pack: {loaded.timescales.pack.name} ({loaded.pack_path})")
    for problem in loaded.problems:
        print(f"Rule pack not used: {problem}")
    supervision = loaded.timescales.pack.oversight.supervision
    print(f"Supervision: at least every {supervision.every.every}")
    listed = ", ".join(f"{n} (since {d:%d %b %Y})" for n, d in sorted(workers.items()))
    print(f"Newly qualified workers: {listed or 'none'}")
    return 0
