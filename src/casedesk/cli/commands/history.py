"""``casedesk history FILE --case REF [--record ID] [--json]``: who made each change to a
case's records, when, why, and whether its signature verifies."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from casedesk.cli.dates import shown_moment
from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.errors import UsageError
from casedesk.domain.wording import translate
from casedesk.services.case_file import CaseFile
from casedesk.services.history_words import field_in_words, value_in_words


def run(args: argparse.Namespace) -> int:
    """Print the history; exit 1 when any change's signature does not verify."""
    if not args.case_ref.strip():
        raise UsageError(
            translate("history", "--case needs a case reference, e.g. --case DEMO-0001.")
        )
    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file), read_only=True, brief=True
    ) as case_file:
        rows = case_file.case_history(args.case_ref, args.record_id)
    failed = [row for _what, row in rows if row.verified is False]
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "at": row.at,
                        "by": row.actor,
                        "action": row.action,
                        "record": what,
                        "record_id": row.record_id,
                        "reason": row.reason,
                        "before": row.before,
                        "after": row.after,
                        "signature": row.signature,
                        "verified": row.verified,
                    }
                    for what, row in rows
                ],
                ensure_ascii=False,
                indent=1,
                default=str,
            )
        )
        return 1 if failed else 0
    for what, row in rows:
        mark = {
            True: translate("history", "ok"),
            False: translate("history", "NOT VERIFIED"),
            None: "-",
        }[row.verified]
        print(f"{shown_moment(row.at)}  {row.actor}: {row.action} ({what} {row.record_id})")
        if row.reason:
            print(translate("history", "    why: {reason}").format(reason=row.reason))
        for field, old in (row.before or {}).items():
            new = (row.after or {}).get(field)
            print(f"    {field_in_words(field)}: {value_in_words(old)} -> {value_in_words(new)}")
        print(
            translate("history", "    signature [{mark}]: {signature}").format(
                mark=mark, signature=row.signature
            )
        )
    print(
        translate(
            "history", "%n change(s); {failed} whose signature does not verify.", None, len(rows)
        ).format(failed=len(failed))
    )
    return 1 if failed else 0
