"""``casedesk backup`` and ``casedesk restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.wording import translate
from casedesk.services.case_file import CaseFile, with_suffix
from casedesk.services.case_file import restore as restore_case_file


def backup(args: argparse.Namespace) -> int:
    """Write one encrypted backup file."""
    out = Path(args.output)
    if out.is_dir():
        out = out / (Path(args.case_file).stem + ".cdbackup")
    with CaseFile.open(Path(args.case_file), existing_passphrase(args.passphrase_file)) as case:
        case.backup(out)
    print(
        translate(
            "backup", "Backed up to {file}. It opens with the same passphrase or recovery key."
        ).format(file=out)
    )
    return 0


def restore(args: argparse.Namespace) -> int:
    """Restore a backup into a case file, then check it."""
    target = with_suffix(Path(args.case_file))
    findings = restore_case_file(
        Path(args.backup), target, existing_passphrase(args.passphrase_file), force=args.force
    )
    print(translate("backup", "Restored {file}; it opens and checks clean:").format(file=target))
    for finding in findings:
        print(translate("backup", "  ok       {finding}").format(finding=finding))
    return 0
