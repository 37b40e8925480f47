"""``casedesk demo``: write a case file of fictional cases to try CaseDesk with."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from casedesk.domain.errors import CaseFileExistsError, UsageError
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
        raise UsageError(f"--cases must be between 1 and {MAX_CASES}.")
    if args.entries is not None and not 0 <= args.entries <= MAX_ENTRIES:
        raise UsageError(f"--entries must be between 0 and {MAX_ENTRIES:,}.")
    if args.case_file:
        path = with_suffix(Path(args.case_file))
    else:
        path = prepare_case_file_folder(default_demo_path().parent) / DEMO_FILE_NAME
    if path.exists():
        if not args.force:
            raise CaseFileExistsError(
                f"{path} already exists. Use --force to replace it with a new demo."
            )
        shutil.rmtree(path)
    data, _recovery = create_demo(path, seed=args.seed, cases=args.cases, entries=args.entries)
    print(
        f"Created {path}: {len(data.cases)} fictional case(s), {len(data.people)} people, "
        f"{len(data.entries):,} chronology entries."
    )
    print(f'Its passphrase is: "{DEMO_PASSPHRASE}"')
    print(f"Open it with: casedesk open {path}")
    return 0
