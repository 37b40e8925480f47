"""``casedesk demo``: write a case file of fictional cases to try CaseDesk with."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from casedesk.domain.errors import CaseFileExistsError, UsageError
from casedesk.domain.wording import translate
from casedesk.services.case_file import with_suffix
from casedesk.services.case_folder import prepare_case_file_folder
from casedesk.services.demo import DEMO_FILE_NAME, DEMO_PASSPHRASE, create_demo
from casedesk.services.preferences import Preferences
from casedesk.services.synthetic import MAX_CASES, MAX_ENTRIES


def default_demo_path() -> Path:
    """Where the welcome page's Try the demo makes it: "CaseDesk demo.casedesk" in the
    case-file folder of Preferences (one demo, whichever way it was made)."""
    return Preferences().case_file_folder().expanduser() / DEMO_FILE_NAME


def run(args: argparse.Namespace) -> int:
    """Generate and write the demo case file."""
    if not 1 <= args.cases <= MAX_CASES:
        raise UsageError(
            translate("demo", "--cases must be between 1 and {most}.").format(most=MAX_CASES)
        )
    if args.entries is not None and not 0 <= args.entries <= MAX_ENTRIES:
        raise UsageError(
            translate("demo", "--entries must be between 0 and {most}.").format(
                most=f"{MAX_ENTRIES:,}"
            )
        )
    if args.case_file:
        path = with_suffix(Path(args.case_file))
    else:
        path = prepare_case_file_folder(default_demo_path().parent) / DEMO_FILE_NAME
    if path.exists():
        if not args.force:
            raise CaseFileExistsError(
                translate(
                    "demo", "{file} already exists. Use --force to replace it with a new demo."
                ).format(file=path)
            )
        shutil.rmtree(path)
    data, _recovery = create_demo(path, seed=args.seed, cases=args.cases, entries=args.entries)
    print(
        translate(
            "demo",
            "Created {file}: %n fictional case(s), {people} people, {entries} chronology entries.",
            None,
            len(data.cases),
        ).format(file=path, people=len(data.people), entries=f"{len(data.entries):,}")
    )
    print(translate("demo", 'Its passphrase is: "{passphrase}"').format(passphrase=DEMO_PASSPHRASE))
    print(translate("demo", "Open it with: casedesk open {file}").format(file=path))
    return 0
