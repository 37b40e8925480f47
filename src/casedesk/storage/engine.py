"""Opening the SQLCipher database with a raw key and CaseDesk's settings.

Per DESIGN.md: ``create_engine("sqlite:///...", module=sqlcipher3)`` plus a connect event
that silences SQLCipher's log and sets the raw key, then the pragmas below. ``temp_store``
must be MEMORY: with FILE, sorts and temp tables spill to disk in plaintext.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event

from casedesk.domain.errors import DamagedCaseFileError, FileAccessError
from casedesk.domain.wording import translate

PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    # 16 MiB a connection: a 5,000-entry case is a few MiB of pages, and warm encrypted
    # reads of it cost 1.02x plain SQLite as they did with 64 MiB (benchmarks/bench_storage);
    # with two connections and the background page check, 64 MiB put the GUI over 250 MB.
    "PRAGMA cache_size = -16384",
    "PRAGMA secure_delete = ON",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)

DatabaseError: type[Exception] = sqlcipher3.DatabaseError


def key_pragma(data_key: bytes) -> str:
    """The PRAGMA that gives SQLCipher a raw 256-bit key (no SQLCipher KDF)."""
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_raw(
    path: Path, data_key: bytes, read_only: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """A plain DB-API connection; read-only (and immutable) ones never write a byte.

    ``immutable`` also stops SQLite creating the -shm and -wal files of a WAL database;
    use it only when no -wal file exists (a -wal left by a crash must be read).
    """
    target = str(path)
    if read_only or immutable:
        target = f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")
    connection: sqlite3.Connection = sqlcipher3.connect(target, uri=read_only or immutable)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_pragma(data_key))
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def make_engine(
    path: Path, data_key: bytes, read_only: bool = False, immutable: bool = False
) -> Engine:
    """An engine over the encrypted database at ``path``; ``immutable`` (read-only, while
    no writer can start) reads without making the -wal and -shm files."""
    if read_only:
        flags = "&immutable=1" if immutable else ""
        url = f"sqlite:///file:{quote(str(path))}?mode=ro{flags}&uri=true"
    else:
        url = f"sqlite:///{path}"
    # hide_parameters: SQL errors must never echo case content into logs or crash output.
    # A small pool keeps connections (and their 64 MiB page caches) warm between units of
    # work; ``dispose`` on close or lock closes them all and checkpoints the WAL.
    engine = create_engine(
        url, module=sqlcipher3, hide_parameters=True, pool_size=2, max_overflow=2
    )
    pragma_key = key_pragma(data_key)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control so BEGIN IMMEDIATE can be issued (below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(pragma_key)
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # IMMEDIATE takes the write lock up front, so a unit of work never fails half-way
        # with "database is locked" when it first writes.
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


# SQLite's primary result codes (the low byte of an extended one), which the driver's
# errors carry: what was refused is told by these first, and by SQLite's words only when
# an error has no code (a message alone can be another's: a damaged search index's says
# "vtable constructor failed").
_READONLY, _IOERR, _CORRUPT, _FULL, _NOTADB = 8, 10, 11, 13, 26


def _code(error: Exception) -> int:
    """The primary SQLite result code of a driver's error (wrapped or not), 0 if none."""
    code = getattr(getattr(error, "orig", error), "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else 0


def write_refused(error: Exception, folder: Path) -> Exception:
    """The plain error for a write the database refused for a reason a user can put right
    (a full disk, a read-only file or folder), or ``error`` itself for anything else."""
    text = str(getattr(error, "orig", error)).lower()
    code = _code(error)
    if code == _FULL or "full" in text:
        return FileAccessError(
            translate(
                "engine",
                "The disk holding {folder} is full, so nothing was changed. Free some space "
                "and try again.",
            ).format(folder=folder)
        )
    if code == _READONLY or "readonly" in text or "read-only" in text:
        return FileAccessError(
            translate(
                "engine",
                "{folder} cannot be written to (it, or its folder, is read-only), so nothing "
                "was changed; ask whoever manages this computer, or open it read-only.",
            ).format(folder=folder)
        )
    if code == _IOERR or "disk i/o" in text:
        return FileAccessError(
            translate(
                "engine",
                "The disk holding {folder} could not be written, so nothing was changed; check "
                "the disk (or USB stick) and try again.",
            ).format(folder=folder)
        )
    return error


# What a read refused by the database is: damage (a page that fails its authentication
# code is "corrupt" or "not a database"), or a disk that could not be read (a USB stick
# taken out). SQLite's words for damage, for an error that carries no result code:
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")  # i18n: SQLite's words, matched


def read_refused(error: Exception, folder: Path) -> Exception:
    """The plain error for a read the database refused: a large file opens before its
    pages are checked (in the background), so a read may be the first to find one
    damaged; or the disk went. ``error`` itself for anything else."""
    text = str(getattr(error, "orig", error)).lower()
    code = _code(error)
    if code in (_CORRUPT, _NOTADB) or any(words in text for words in _DAMAGE_WORDS):
        return DamagedCaseFileError(
            translate(
                "engine",
                "The case file's database is damaged: a part of it just read fails its "
                "integrity check ({error}). Nothing was changed. Restore it from a backup.",
            ).format(error=getattr(error, "orig", error))
        )
    if code == _IOERR or "disk i/o" in text:
        return FileAccessError(
            translate(
                "engine",
                "The disk holding {folder} could not be read; check that the disk (or USB "
                "stick) is still connected, then open the case file again.",
            ).format(folder=folder)
        )
    return error
