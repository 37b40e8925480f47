"""Child process for the crash-safety tests: commits and acknowledges, until killed.

python crash_child.py commits FILE PASSPHRASE START
python crash_child.py passwd FILE PASSPHRASE_A PASSPHRASE_B
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from casedesk.domain import record_kinds as k
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.evidence import SourceType
from casedesk.domain.ids import CaseId, EntryId
from casedesk.services.case_file import FLOOR, CaseFile


def commits(path: Path, passphrase: str, start: int) -> None:
    with CaseFile.open(path, passphrase) as case_file:
        print("ready", flush=True)
        number = start
        while True:
            entry = ChronologyEntry(
                EntryId(f"n{number}"),
                CaseId("c1"),
                date(2025, 1, 1),
                Category.OTHER,
                f"commit {number}",
                "test",
                SourceType.DOCUMENT,
                "child",
            )
            with case_file.transaction("Add chronology entry") as work:
                work.add(k.ENTRIES, [entry])
            print(f"ack {number}", flush=True)
            number += 1


def passwd(path: Path, first: str, second: str) -> None:
    current, other = first, second
    with CaseFile.open(path, current) as case_file:
        print("ready", flush=True)
        while True:
            case_file.change_passphrase(other, kdf=FLOOR, check_strength=False)
            current, other = other, current
            print(f"now {current}", flush=True)


if __name__ == "__main__":
    mode, file, a, b = sys.argv[1:5]
    if mode == "commits":
        commits(Path(file), a, int(b))
    else:
        passwd(Path(file), a, b)
