"""``casedesk preferences [--idle-lock N] [--case-file-folder DIR] [--region R]
[--trust CERT]... [--untrust CERT-OR-FINGERPRINT]... [--json]``: the person's preferences,
the same file Edit > Preferences reads and writes (no case content). Without options it
shows them; with options it changes them, then shows them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from casedesk.domain.errors import UsageError
from casedesk.domain.wording import translate
from casedesk.services.case_folder import default_case_file_folder
from casedesk.services.preferences import Preferences, read_trusted_file


def run(args: argparse.Namespace) -> int:
    """Change what the options say (each checked before any is kept), then show."""
    preferences = Preferences()
    idle_lock = _minutes(args.idle_lock)
    if args.case_file_folder is not None and not args.case_file_folder.strip():
        raise UsageError(
            translate(
                "preferences",
                "--case-file-folder needs the whole path of a folder, for example {folder}.",
            ).format(folder=default_case_file_folder())
        )
    known = preferences.trusted_files()
    unknown = [u for u in args.untrust if not any(t.named_by(u) for t in known)]
    if unknown:
        raise UsageError(
            translate(
                "preferences",
                "'{file}' is not a certificate file you trust (see casedesk preferences).",
            ).format(file=unknown[0])
        )
    adding = [read_trusted_file(Path(t)) for t in args.trust]  # a bad file: said, nothing kept
    if args.case_file_folder is not None:
        preferences.set_case_file_folder(Path(args.case_file_folder))
    if idle_lock is not None:
        preferences.set_idle_lock_minutes(idle_lock)
    if args.region:
        preferences.set_default_region(args.region)
    for chosen in adding:
        preferences.trust_file(chosen.path)
    for wanted in args.untrust:
        preferences.untrust(wanted)
    _show(preferences, args.json)
    return 0


def _minutes(given: str | None) -> int | None:
    """--idle-lock as a number of minutes (None when not given), or one sentence."""
    if given is None:
        return None
    try:
        minutes = int(given.strip())
    except ValueError:
        minutes = 0
    if not 1 <= minutes <= 120:
        raise UsageError(
            translate("preferences", "--idle-lock takes a number of minutes from 1 to 120.")
        )
    return minutes


def _show(preferences: Preferences, as_json: bool) -> None:
    trusted = preferences.trusted_files()
    if as_json:
        print(
            json.dumps(
                {
                    "file": str(preferences.path),
                    "idle_lock_minutes": preferences.idle_lock_minutes(),
                    "case_file_folder": str(preferences.case_file_folder()),
                    "region_for_new_case_files": preferences.default_region(),
                    "trusted_certificates": [
                        {"path": str(t.path), "fingerprints": list(t.fingerprints)} for t in trusted
                    ],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    print(translate("preferences", "Preferences file: {file}").format(file=preferences.path))
    print(
        translate("preferences", "Lock when idle for: {minutes} minutes").format(
            minutes=preferences.idle_lock_minutes()
        )
    )
    print(
        translate("preferences", "Case files live in: {folder}").format(
            folder=preferences.case_file_folder()
        )
    )
    print(
        translate("preferences", "Region for new case files: {region}").format(
            region=preferences.default_region()
        )
    )
    if not trusted:
        print(
            translate(
                "preferences",
                "Certificates you trust: none (casedesk verify trusts only what --trust names)",
            )
        )
    else:
        print(
            translate(
                "preferences",
                "Certificates you trust (casedesk verify uses them when no --trust is given):",
            )
        )
        for t in trusted:
            print(f"  {t.path}")
            for fingerprint in t.fingerprints:
                print(f"    {fingerprint}")
