"""What a worker holding the data key and their own signing key can do to a case file
outside CaseDesk: the tools of the forging tests (from an independent hostile review)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from casedesk.domain import record_kinds as k
from casedesk.domain.sign_offs import SignOffState
from casedesk.services.case_file import CaseFile
from casedesk.services.sign_off import sign_off_checks
from casedesk.storage.audit import signed_digest
from casedesk.storage.engine import connect_raw
from casedesk.storage.sign_offs import approved_hash, signed_bytes
from casedesk.storage.signing import SigningKey
from tests.services.test_oversight import WORKER_PASSPHRASE

AT = "2026-11-30T10:00:00.000000+00:00"


def open_file(path: Path, passphrase: str = WORKER_PASSPHRASE, **options: Any) -> CaseFile:
    """The case file opened as its user would, on 30 Nov 2026."""
    case_file = CaseFile.open(path, passphrase, **options)
    case_file.set_clock(lambda: datetime(2026, 11, 30, 12, tzinfo=UTC))
    return case_file


def data_key_access(
    path: Path, passphrase: str = WORKER_PASSPHRASE
) -> tuple[sqlite3.Connection, SigningKey, str]:
    """The database, the user's own signing key and the file id, as the worker has them."""
    with open_file(path, passphrase) as case_file:
        store = case_file._store  # type: ignore[attr-defined]
        key = store.signing_key
        assert key is not None
        return connect_raw(path / "case.db", store._require_key()), key, case_file.file_id


def states(path: Path, reference: str) -> list[tuple[SignOffState, str]]:
    """Each sign-off of the case as CaseDesk shows it: its state and why."""
    with open_file(path) as case_file:
        record = case_file.case_record(reference)
        return [(c.state, c.why) for c in sign_off_checks(case_file, record)]


def check_problems(path: Path) -> list[str]:
    """What ``casedesk check`` says is wrong."""
    with open_file(path, read_only=True) as case_file:
        return case_file.check().problems


def row_of(connection: sqlite3.Connection, table: str, where: str, *args: object) -> dict[str, Any]:
    """One row by column name."""
    cursor = connection.execute(f"SELECT * FROM {table} WHERE {where}", args)  # noqa: S608
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def insert_row(connection: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """Insert a row as the data key allows."""
    marks = ", ".join("?" for _ in row)
    statement = f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})"  # noqa: S608
    connection.execute(statement, list(row.values()))


def change_of(row: dict[str, Any]) -> str:
    """An audit row's change for an insert."""
    return json.dumps({"before": None, "after": row, "reason": ""}, sort_keys=True)


def head(connection: sqlite3.Connection) -> tuple[int, str]:
    """The audit chain's newest sequence number and hash."""
    seq, digest = connection.execute(
        "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return int(seq), str(digest)


def append_unit(
    connection: sqlite3.Connection,
    actor: str,
    changes: list[tuple[str, str, str, str]],
    key_id: str,
    signer: SigningKey | None,
) -> None:
    """Append a unit of work of (record type, record id, content hash, change), hashed in
    the chain and signed by ``signer`` (None: a signature that is not one)."""
    seq, prev = head(connection)
    for index, (record_type, record_id, content, change) in enumerate(changes):
        seq += 1
        digest = signed_digest(
            seq, AT, actor, "Sign off", record_type, record_id, change, prev, content, key_id
        )
        last = index == len(changes) - 1
        signature = (signer.sign(bytes.fromhex(digest)) if signer else "x") if last else ""
        connection.execute(
            "INSERT INTO audit_log (seq, at, actor, action, record_type, record_id, change, "
            "prev_hash, hash, content_hash, key_id, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                seq,
                AT,
                actor,
                "Sign off",
                record_type,
                record_id,
                change,
                prev,
                digest,
                content,
                key_id,
                signature,
            ),
        )
        prev = digest


def forged_sign_off(
    file_id: str,
    template: dict[str, Any],
    key: SigningKey,
    key_id: str,
    signed_by: str,
    role: str,
    at: tuple[int, str],
    **changes: Any,
) -> dict[str, Any]:
    """A sign-off row made from ``template`` with ``changes``, sealed with ``key``."""
    row = dict(template) | changes
    row |= {"signed_by": signed_by, "role": role, "key_id": key_id}
    row |= {"head_seq": at[0], "head_hash": at[1], "signature": ""}
    row["content_hash"] = approved_hash(row["approved"])
    row["signature"] = key.sign(signed_bytes(file_id, k.from_row(k.SIGN_OFFS, row)))
    return row
