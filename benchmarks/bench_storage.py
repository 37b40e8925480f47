"""Storage figures: opening with a known key, and encrypted against plain SQLite.

Targets (issue 3): open with a known key plus first query under 50 ms (the passphrase's
key derivation is reported separately); on the same workload, encrypted at most 1.3x
plain for inserts and 1.2x for warm reads; full-text search reported side by side.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import sqlcipher3

from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.storage import keyslots
from casedesk.storage.case_store import CaseStore
from casedesk.storage.engine import PRAGMAS, key_pragma
from runner import Figure

WORKDIR = Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
PASSPHRASE = "benchmark passphrase kettle mango"
ROWS = 50_000
CASE_ROWS = 5_000
KEY = bytes(range(32))

SCHEMA = (
    """CREATE TABLE entries (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, case_id TEXT,
       occurred_on TEXT, category TEXT, description TEXT, source TEXT, source_type TEXT,
       significance INTEGER, recorded_by TEXT, recorded_at TEXT)""",
    "CREATE INDEX ix_case_date ON entries (case_id, occurred_on)",
    """CREATE VIRTUAL TABLE entries_fts USING fts5(description, source, content='entries',
       content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
       INSERT INTO entries_fts(rowid, description, source)
       VALUES (new.rowid, new.description, new.source); END""",
)


@cache
def _rows() -> list[tuple[Any, ...]]:
    data = generate(seed=9, cases=10, entries=ROWS, as_of=date(2026, 11, 1))
    return [
        (
            e.id,
            e.case,
            e.occurred_on.isoformat(),
            e.category.value,
            e.description,
            e.source,
            e.source_type.value,
            int(e.significance),
            e.recorded_by,
            "2026-11-01T10:00:00",
        )
        for e in data.entries
    ]


def _connect(path: Path, encrypted: bool) -> sqlite3.Connection:
    # The baseline is the same SQLite build (sqlcipher3's) with no key: a plain,
    # unencrypted database, so the ratio measures encryption and nothing else.
    connection: sqlite3.Connection = sqlcipher3.connect(str(path))
    connection.execute("PRAGMA cipher_log_level = NONE")
    if encrypted:
        connection.execute(key_pragma(KEY))
    for pragma in PRAGMAS:
        connection.execute(pragma)
    connection.execute("PRAGMA journal_mode = WAL")
    return connection


def _insert(encrypted: bool) -> float:
    path = WORKDIR / f"insert-{'enc' if encrypted else 'plain'}-{time.monotonic_ns()}.db"
    connection = _connect(path, encrypted)
    for statement in SCHEMA:
        connection.execute(statement)
    connection.commit()
    rows = _rows()
    started = time.perf_counter()
    with connection:
        connection.executemany(
            "INSERT INTO entries (id, case_id, occurred_on, category, description, source, "
            "source_type, significance, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    elapsed = time.perf_counter() - started
    connection.close()
    for leftover in WORKDIR.glob(path.name + "*"):
        leftover.unlink()
    return elapsed


@cache
def _read_connection(encrypted: bool) -> sqlite3.Connection:
    path = WORKDIR / f"read-{'enc' if encrypted else 'plain'}.db"
    connection = _connect(path, encrypted)
    for statement in SCHEMA:
        connection.execute(statement)
    with connection:
        connection.executemany(
            "INSERT INTO entries (id, case_id, occurred_on, category, description, source, "
            "source_type, significance, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            _rows(),
        )
    return connection


def _read_case(encrypted: bool) -> float:
    connection = _read_connection(encrypted)
    started = time.perf_counter()
    rows = connection.execute(
        "SELECT * FROM entries WHERE case_id = ? ORDER BY occurred_on", (_rows()[0][1],)
    ).fetchall()
    elapsed = time.perf_counter() - started
    assert len(rows) == CASE_ROWS, len(rows)
    return elapsed


def _search(encrypted: bool) -> float:
    connection = _read_connection(encrypted)
    started = time.perf_counter()
    rows = connection.execute(
        "SELECT e.id FROM entries_fts f JOIN entries e ON e.rowid = f.rowid "
        "WHERE entries_fts MATCH 'curtains OR bruise' ORDER BY e.occurred_on"
    ).fetchall()
    elapsed = time.perf_counter() - started
    assert rows
    return elapsed


@cache
def _case_file(entries: int) -> tuple[Path, keyslots.KeyFile, keyslots.Unlocked]:
    path = WORKDIR / f"open-{entries}.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Bench", kdf=FLOOR, check_strength=False)
    with case_file:
        write_data(case_file, generate(seed=4, cases=max(1, entries // 5000), entries=entries))
    key_file = keyslots.read_key_file(path / "keys.json")
    return path, key_file, key_file.unlock(PASSPHRASE)


def _open_known_key(entries: int, verify_pages: bool = True) -> float:
    path, key_file, unlocked = _case_file(entries)
    started = time.perf_counter()
    store = CaseStore.open_with_key(path, key_file, unlocked, verify_pages=verify_pages)
    with store.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM cases").scalar_one()
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed


def _kdf(calibrated: bool) -> float:
    params = keyslots.calibrate() if calibrated else keyslots.KdfParams.minimum()
    started = time.perf_counter()
    keyslots.derive_key(PASSPHRASE, params)
    return time.perf_counter() - started


FIGURES = [
    Figure(
        "open (known key) + first query, 5,000 entries",
        lambda: _open_known_key(5_000),
        target=0.050,
    ),
    Figure(
        "open (known key) + first query, 100,000 entries, every page checked first",
        lambda: _open_known_key(100_000),
    ),
    Figure(
        "open (known key) + first query, 100,000 entries, pages checked after (GUI)",
        lambda: _open_known_key(100_000, verify_pages=False),
        target=0.050,
    ),
    Figure("passphrase KDF, floor (m=64 MiB, t=3, p=4)", lambda: _kdf(False)),
    Figure("passphrase KDF, calibrated (~0.5 s target)", lambda: _kdf(True)),
    Figure(
        "insert 50,000 rows, encrypted",
        lambda: _insert(True),
        baseline=lambda: _insert(False),
        baseline_name="plain SQLite",
        max_ratio=1.3,
    ),
    Figure(
        "read one case's 5,000 rows (warm), encrypted",
        lambda: _read_case(True),
        baseline=lambda: _read_case(False),
        baseline_name="plain SQLite",
        max_ratio=1.2,
    ),
    Figure(
        "full-text search over 50,000 rows, encrypted",
        lambda: _search(True),
        baseline=lambda: _search(False),
        baseline_name="plain SQLite",
    ),
]
