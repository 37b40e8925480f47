"""``casedesk practice``: the case health check, for one case or every open case, now or
as the case was recorded on a past day.

With ``--json`` it prints a list of objects, one per check of each case: ``case``,
``check`` (a stable id), ``theme`` (1 to 5), ``status`` (``pass``, ``fail`` or
``not_applicable``), ``explanation``, ``records`` (the ids behind it), and the
``question``, ``next_step`` and ``as_at`` day.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from casedesk.cli.dates import whole_day
from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.errors import UsageError
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, translate

MARKS = {
    "pass": QT_TRANSLATE_NOOP("practice", "ok  "),
    "fail": QT_TRANSLATE_NOOP("practice", "FAIL"),
    "not_applicable": QT_TRANSLATE_NOOP("practice", "n/a "),
}


def run(args: argparse.Namespace) -> int:
    """Print the health check."""
    from casedesk.services.case_file import CaseFile
    from casedesk.services.health import case_health, file_health

    as_at = whole_day("--as-at", args.as_at)
    if args.case_ref is not None and not args.case_ref.strip():
        raise UsageError(
            translate("practice", "--case needs a case reference, e.g. --case DEMO-0001.")
        )
    with CaseFile.open(
        Path(args.case_file),
        existing_passphrase(args.passphrase_file),
        read_only=True,
        brief=True,
    ) as case_file:
        if args.case_ref:
            found = [case_health(case_file, args.case_ref, as_at)]
        else:
            found = file_health(case_file, as_at)
    if args.json:
        items: list[dict[str, Any]] = [
            {
                "case": health.reference,
                "check": r.check,
                "theme": int(r.theme),
                "status": r.status.value,
                "question": r.question,
                "explanation": r.explanation,
                "next_step": r.next_step,
                "records": list(r.records),
                "as_at": health.as_at.isoformat(),
            }
            for health in found
            for r in health.results
        ]
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    for health in found:
        if as_at:
            print(
                translate(
                    "practice",
                    "{reference} ({child}) as recorded on {day}: {failed} of {total} checks fail",
                ).format(
                    reference=health.reference,
                    child=health.child,
                    day=shown_day(health.as_at),
                    failed=health.failed,
                    total=len(health.results),
                )
            )
        else:
            print(
                translate(
                    "practice", "{reference} ({child}): {failed} of {total} checks fail"
                ).format(
                    reference=health.reference,
                    child=health.child,
                    failed=health.failed,
                    total=len(health.results),
                )
            )
        for r in sorted(health.results, key=lambda r: (r.status.value != "fail", r.theme)):
            mark = translate("practice", MARKS[r.status.value])
            theme = translate("health_core", r.theme.title)
            print(f"  {mark} [{int(r.theme)} {theme}] {r.question}")
            print(f"       {r.explanation}")
            if r.next_step:
                print(translate("practice", "       Next: {step}").format(step=r.next_step))
    if not found:
        print(
            translate("practice", "No case of this file was recorded by the end of {day}.").format(
                day=shown_day(as_at)
            )
            if as_at
            else translate("practice", "No open cases.")
        )
    return 0
