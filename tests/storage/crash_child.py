"""Child process for the crash-safety tests: commits and acknowledges, until killed.

python crash_child.py commits FILE PASSPHRASE START
python crash_child.py passwd FILE PASSPHRASE_A PASSPHRASE_B
python crash_child.py mixed FILE PASSPHRASE_A PASSPHRASE_B START

``mixed`` cycles through adding an entry, amending it, importing a case, changing the
passphrase (A <-> B) and rotating the data key, printing what each acknowledged.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from casedesk.domain import record_kinds as k
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.ids import CaseId, EntryId
from casedesk.services.case_file import FLOOR, CaseFile


def commits(path: Path, passphrase: str, start: int) -> None:
    with CaseFile.open(path, passphrase) as case_file:
        print("ready", flush=True)
        number = start
        while True:
            with case_file.transaction("Add chronology entry") as work:
                work.add(k.ENTRIES, [_entry(number)])
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


def _entry(number: int) -> ChronologyEntry:
    return ChronologyEntry(
        EntryId(f"n{number}"),
        CaseId("c1"),
        date(2025, 1, 1),
        Category.OTHER,
        f"commit {number}",
        Evidence("test", SourceType.DOCUMENT),
        "child",
    )


def _document(number: int) -> dict[str, object]:
    person = {"id": f"imp-p{number}", "given_names": "Imported", "family_name": str(number)}
    case = {
        "id": f"imp-c{number}",
        "reference": f"IMP-{number}",
        "subject_child": person["id"],
        "legal_status": "early help",
        "original_concern": "imported in a crash test",
        "opened_on": "2025-01-01",
        "people": [person],
    }
    return {"format": "casedesk-interchange", "version": 1, "cases": [case]}


def mixed(path: Path, first: str, second: str, start: int) -> None:
    from dataclasses import replace

    current, other = first, second
    case_file = CaseFile.open(path, current)
    print("ready", flush=True)
    number = start
    while True:
        step = number % 5
        if step == 0:
            with case_file.transaction("Add chronology entry") as work:
                work.add(k.ENTRIES, [_entry(number)])
            print(f"ack entry n{number}", flush=True)
        elif step == 1:
            before = _entry(number - 1)
            after = replace(before, description=f"amended {number - 1}")
            with case_file.transaction("Amend chronology entry") as work:
                work.amend(k.ENTRIES, before, after, "crash test")
            print(f"ack amend n{number - 1}", flush=True)
        elif step == 2:
            case_file.import_document(_document(number), today=date(2026, 1, 1))
            print(f"ack import IMP-{number}", flush=True)
        elif step == 3:
            case_file.change_passphrase(other, kdf=FLOOR, check_strength=False)
            current, other = other, current
            print(f"ack passphrase {current}", flush=True)
        else:
            case_file.rotate_data_key(current, kdf=FLOOR)
            print("ack rotation", flush=True)
        number += 1


if __name__ == "__main__":
    mode, file, a, b = sys.argv[1:5]
    if mode == "commits":
        commits(Path(file), a, int(b))
    elif mode == "mixed":
        mixed(Path(file), a, b, int(sys.argv[5]))
    else:
        passwd(Path(file), a, b)
