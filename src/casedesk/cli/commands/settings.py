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
from casedesk.domain.wording import shown_day, translate
from casedesk.services.case_file import CaseFile
from casedesk.services.oversight import newly_qualified, set_newly_qualified
from casedesk.services.record_editor import RecordEditor


def _day(text: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            translate("settings", "'{text}' is not a date: write it as YYYY-MM-DD.").format(
                text=text
            )
        ) from None
    if not 2000 <= day.year <= 2100:
        raise UsageError(
            translate("settings", "{text}: the date must fall between 2000 and 2100.").format(
                text=text
            )
        )
    return day


def _qualified(text: str) -> tuple[str, date]:
    name, equals, day = text.rpartition("=")
    if not equals or not name.strip():
        raise UsageError(
            translate(
                "settings",
                "'{text}': write --newly-qualified as NAME=YYYY-MM-DD, e.g. "
                "--newly-qualified 'Jo Worker=2026-09-01'.",
            ).format(text=text)
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
                reason = args.reason.strip() or "Settings changed"  # i18n: kept in the history
                case_file.set_timescale_settings(new, reason)
                RecordEditor(case_file).record_all_arising()
                print(
                    translate(
                        "settings",
                        "Changed. Deadlines already recorded are not counted again by themselves: "
                        "each case shows what would change for its worker to confirm.",
                    )
                )
            settings = case_file.timescales().settings
            workers = newly_qualified(case_file)
            changed = {
                n: d for n, d in workers.items() if n.casefold() not in unqualifying
            } | qualifying
            if changed != workers:
                reason = args.reason.strip() or "Settings changed"  # i18n: kept in the history
                set_newly_qualified(case_file, changed, reason)
        loaded = case_file.timescales()
        workers = newly_qualified(case_file)
    print(
        translate("settings", "Region: {region} (its bank holidays are not working days)").format(
            region=settings.region
        )
    )
    none = translate("settings", "none")
    days = ", ".join(f"{d:%a} {shown_day(d)}" for d in sorted(settings.closures)) or none
    print(translate("settings", "Closure days: {days}").format(days=days))
    print(
        translate("settings", "Rule pack: {pack} ({path})").format(
            pack=loaded.timescales.pack.name, path=loaded.pack_path
        )
    )
    for problem in loaded.problems:
        print(translate("settings", "Rule pack not used: {problem}").format(problem=problem))
    supervision = loaded.timescales.pack.oversight.supervision
    print(
        translate("settings", "Supervision: at least every {every}").format(
            every=supervision.every.every
        )
    )
    listed = ", ".join(
        translate("settings", "{name} (since {day})").format(name=n, day=shown_day(d))
        for n, d in sorted(workers.items())
    )
    print(
        translate("settings", "Newly qualified workers: {workers}").format(workers=listed or none)
    )
    return 0
