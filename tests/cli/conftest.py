"""The command line run in-process, as a script would call it, on a small real case file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate

PASSPHRASE = "kettle mango violin harbour"


@dataclass(frozen=True)
class Ran:
    """What one command did: its exit code and what it printed."""

    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """``cli("check", FILE)``: run ``casedesk`` in this process with the passphrase set."""
    monkeypatch.setenv("CASEDESK_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> Ran:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    """A closed case file with two fictional cases (DEMO-0001, DEMO-0002)."""
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=3, cases=2, entries=60, as_of=date(2026, 1, 5)))
    return path
