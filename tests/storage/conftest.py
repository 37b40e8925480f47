"""Case files for storage tests, made with the KDF floor so each takes ~0.1 s."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate

PASSPHRASE = "kettle mango violin harbour"
OWNER = "Sam Worker"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (or the file itself) and its bytes."""
    if folder.is_file():
        return {folder.name: folder.read_bytes()}
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def make_case_file(tmp_path: Path) -> Callable[..., tuple[Path, str]]:
    """Create a closed case file with some fictional data; return its path and recovery key."""

    def make(name: str = "work", cases: int = 2, entries: int = 200) -> tuple[Path, str]:
        path = tmp_path / f"{name}.casedesk"
        case_file, recovery_key = CaseFile.create(path, PASSPHRASE, OWNER, kdf=FLOOR)
        with case_file:
            write_data(
                case_file, generate(seed=2, cases=cases, entries=entries, as_of=date(2026, 1, 5))
            )
        return path, recovery_key

    return make
