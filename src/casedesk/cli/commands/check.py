"""``casedesk check FILE``: encryption, structure and audit trail, in a plain report."""

from __future__ import annotations

import argparse
from pathlib import Path

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.wording import translate
from casedesk.services.case_file import CaseFile


def run(args: argparse.Namespace) -> int:
    """Print the report; exit 0 only when all is well."""
    path = Path(args.case_file)
    secret = existing_passphrase(args.passphrase_file)
    with CaseFile.open(path, secret, read_only=True, allow_older=True, brief=True) as case:
        report = case.check()
    print(translate("check", "Checked {file}:").format(file=path))
    for finding in report.findings:
        print(translate("check", "  ok       {finding}").format(finding=finding))
    for problem in report.problems:
        print(translate("check", "  PROBLEM  {problem}").format(problem=problem))
    if report.ok:
        print(translate("check", "All is well."))
        return 0
    print(
        translate(
            "check", "The case file has problems. Restore it from a backup, and keep this copy."
        )
    )
    return 1
