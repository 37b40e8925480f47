"""SIGKILL at random moments never loses an acknowledged commit or a working passphrase.

A child process commits numbered transactions and prints each one the database has
acknowledged; the parent kills it at a random moment, then opens the file (the crashed
writer's lock must clear by itself), checks it, and looks for every acknowledged number.
benchmarks/stress_crash.py runs the same loop for longer.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.ids import CaseId, PersonId
from casedesk.domain.people import Person, Sex
from casedesk.services.case_file import FLOOR, CaseFile

CHILD = Path(__file__).with_name("crash_child.py")
PASSPHRASE = "kettle mango violin harbour"
ROUNDS = int(os.environ.get("CASEDESK_CRASH_ROUNDS", "30"))


def start_child(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    process = subprocess.Popen(
        [sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def kill_after(process: subprocess.Popen[str], seconds: float) -> list[str]:
    """Let the child run, SIGKILL it, and return every line it printed."""
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    output, _ = process.communicate(timeout=30)
    return output.splitlines()


def new_case_file(tmp_path: Path) -> Path:
    path = tmp_path / "crash.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file, case_file.transaction("Add case") as work:
        child = Person(PersonId("p1"), "Test", "Child", Sex.UNKNOWN)
        case = Case(
            CaseId("c1"),
            "T-1",
            child.id,
            LegalStatus.EARLY_HELP,
            "test",
            date(2025, 1, 1),
            "Sam Worker",
        )
        work.add_cases([case], [child], {case.id: [child.id]})
    return path


@pytest.mark.slow
def test_acknowledged_commits_survive_sigkill(tmp_path: Path) -> None:
    path = new_case_file(tmp_path)
    rng = random.Random(20261125)
    acknowledged: set[str] = set()
    next_number = 0
    for _round in range(ROUNDS):
        process = start_child("commits", str(path), PASSPHRASE, str(next_number))
        lines = kill_after(process, rng.uniform(0.0, 0.25))
        acked = [line.split()[1] for line in lines if line.startswith("ack ")]
        acknowledged.update(f"n{n}" for n in acked)
        next_number += len(acked) + 1000
        with CaseFile.open(path, PASSPHRASE) as case_file:
            report = case_file.check()
            assert report.ok, report.problems
            with case_file._store.connect() as connection:
                present = {
                    row[0]
                    for row in connection.exec_driver_sql("SELECT id FROM chronology_entries")
                }
        missing = acknowledged - present
        assert not missing, f"round {_round}: acknowledged commits lost: {sorted(missing)[:5]}"
    assert len(acknowledged) > ROUNDS, "the child committed during the rounds"


@pytest.mark.slow
def test_sigkill_during_a_passphrase_change_leaves_one_passphrase_working(
    tmp_path: Path,
) -> None:
    path = new_case_file(tmp_path)
    other = "plum otter cabinet river"
    rng = random.Random(7)
    current = PASSPHRASE
    for _round in range(max(5, ROUNDS // 3)):
        process = start_child(
            "passwd", str(path), current, other if current != other else PASSPHRASE
        )
        kill_after(process, rng.uniform(0.05, 0.6))
        working = []
        for candidate in (PASSPHRASE, other):
            try:
                with CaseFile.open(path, candidate) as case_file:
                    assert case_file.check().ok
                working.append(candidate)
            except Exception as error:
                assert "passphrase is not right" in str(error), str(error)
        assert len(working) == 1, f"round {_round}: exactly one passphrase opens the file"
        current = working[0]


@pytest.mark.slow
def test_sigkill_across_adds_amends_imports_passphrases_and_rotation(tmp_path: Path) -> None:
    """Every acknowledged write of every kind survives; exactly one passphrase opens the
    file and it checks clean after every round (benchmarks/stress_crash.py runs 1,000)."""
    path = new_case_file(tmp_path)
    other = "plum otter cabinet river"
    rng = random.Random(20261130)
    current = PASSPHRASE
    entries: set[str] = set()
    amended: set[str] = set()
    imported: set[str] = set()
    next_number = 0
    for _round in range(ROUNDS):
        process = start_child(
            "mixed",
            str(path),
            current,
            other if current == PASSPHRASE else PASSPHRASE,
            str(next_number),
        )
        lines = kill_after(process, rng.uniform(0.0, 1.2))
        acks = [line.split() for line in lines if line.startswith("ack ")]
        entries.update(a[2] for a in acks if a[1] == "entry")
        amended.update(a[2] for a in acks if a[1] == "amend")
        imported.update(a[2] for a in acks if a[1] == "import")
        next_number += (len(acks) // 5 + 2) * 5  # start the next round on an 'add'
        working = []
        for candidate in (PASSPHRASE, other):
            try:
                with CaseFile.open(path, candidate) as case_file:
                    report = case_file.check()
                    assert report.ok, f"round {_round}: {report.problems}"
                    references = set(case_file.case_references())
                    record = case_file.case_record("T-1")
                working.append(candidate)
            except Exception as error:
                assert "passphrase is not right" in str(error), str(error)
        assert len(working) == 1, f"round {_round}: exactly one passphrase opens the file"
        current = working[0]
        texts = {e.id: e.description for e in record.entries}
        assert entries <= set(texts), f"round {_round}: entries lost"
        assert all(texts[n] == f"amended {n[1:]}" for n in amended), f"round {_round}"
        assert imported <= references, f"round {_round}: an imported case was lost"
    assert entries and imported, "the child wrote during the rounds"
