"""Storage figures: opening with a known key, and encrypted against plain SQLite.

Targets: open with a known key plus first query under 50 ms (issue 3; the passphrase's
key derivation is reported separately); on the app's own schema, rows and queries,
encrypted at most 1.2x plain for 50,000 inserts and 1.1x for warm reads of one case
(issue 18); full-text search reported side by side.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy.pool import StaticPool

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


# -- encrypted against plain, on the app's own schema ------------------------------------
# The same SQLCipher build opened with and without a key, the app's full schema (its
# indexes, full-text table and triggers) made by the app's own migrations, the app's own
# rows (``to_row``) written and read through SQLAlchemy as the app writes and reads them.


def _app_engine(path: Path, encrypted: bool) -> Any:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", module=sqlcipher3, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")
        if encrypted:
            cursor.execute(key_pragma(KEY))
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


@cache
def _app_data() -> Any:
    return generate(seed=9, cases=10, entries=ROWS, as_of=date(2026, 11, 1))


def _app_file(path: Path, encrypted: bool) -> Any:
    """A new file with the app's schema and the data's cases and people (no entries)."""
    from sqlalchemy import insert

    from casedesk.domain import record_kinds as k
    from casedesk.domain.record_kind import to_row
    from casedesk.storage import tables as t
    from casedesk.storage.migrations import upgrade

    data = _app_data()
    engine = _app_engine(path, encrypted)
    with engine.begin() as connection:
        upgrade(connection, "bench-file")
        connection.execute(insert(t.people), [to_row(k.PEOPLE, p) for p in data.people])
        connection.execute(insert(t.cases), [to_row(k.CASE, c) for c in data.cases])
        connection.execute(
            insert(t.case_people),
            [{"case_id": c, "person_id": p} for c, ps in data.case_people.items() for p in ps],
        )
    return engine


def _entry_rows() -> list[dict[str, Any]]:
    from casedesk.domain import record_kinds as k
    from casedesk.domain.record_kind import to_row

    return [to_row(k.ENTRIES, e) for e in _app_data().entries]


_ENTRY_ROWS: list[list[dict[str, Any]]] = []


def _app_insert(encrypted: bool) -> float:
    """50,000 chronology entries written in one transaction, as an import writes them."""
    from sqlalchemy import insert

    from casedesk.storage import tables as t

    if not _ENTRY_ROWS:
        _ENTRY_ROWS.append(_entry_rows())
    path = WORKDIR / f"app-insert-{'enc' if encrypted else 'plain'}-{time.monotonic_ns()}.db"
    engine = _app_file(path, encrypted)
    started = time.perf_counter()
    with engine.begin() as connection:
        connection.execute(insert(t.chronology_entries), _ENTRY_ROWS[0])
    elapsed = time.perf_counter() - started
    engine.dispose()
    for leftover in WORKDIR.glob(path.name + "*"):
        leftover.unlink()
    return elapsed


@cache
def _app_read_engine(encrypted: bool) -> Any:
    from sqlalchemy import insert

    from casedesk.storage import tables as t

    engine = _app_file(WORKDIR / f"app-read-{'enc' if encrypted else 'plain'}.db", encrypted)
    with engine.begin() as connection:
        connection.execute(insert(t.chronology_entries), _entry_rows())
    return engine


def _app_read_case(encrypted: bool) -> float:
    """One case's 5,000 entries read (warm) with the query the app opens a case with."""
    from casedesk.domain import record_kinds as k
    from casedesk.storage.loading import records_of

    engine = _app_read_engine(encrypted)
    case_id = _app_data().cases[0].id
    with engine.connect() as connection:
        started = time.perf_counter()
        entries = records_of(connection, k.ENTRIES, case_id)
        elapsed = time.perf_counter() - started
    assert len(entries) == CASE_ROWS, len(entries)
    return elapsed


def _app_search(encrypted: bool) -> float:
    """The app's full-text search of one case's entries, a word in a third of them."""
    from casedesk.storage.queries import search_entries

    engine = _app_read_engine(encrypted)
    case_id = _app_data().cases[0].id
    with engine.connect() as connection:
        started = time.perf_counter()
        found = search_entries(connection, case_id, "visit")
        elapsed = time.perf_counter() - started
    assert found
    return elapsed


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
        "app schema: insert 50,000 entries, encrypted",
        lambda: _app_insert(True),
        baseline=lambda: _app_insert(False),
        baseline_name="the same, no key (plain SQLite, same build)",
        max_ratio=1.2,
    ),
    Figure(
        "app schema: read one case's 5,000 entries (warm), encrypted",
        lambda: _app_read_case(True),
        baseline=lambda: _app_read_case(False),
        baseline_name="the same, no key (plain SQLite, same build)",
        max_ratio=1.1,
    ),
    Figure(
        "app schema: search one case's entries (a common word), encrypted",
        lambda: _app_search(True),
        baseline=lambda: _app_search(False),
        baseline_name="the same, no key (plain SQLite, same build)",
    ),
]
