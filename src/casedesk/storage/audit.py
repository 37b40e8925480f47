"""The audit trail: an append-only, hash-chained log of every change.

Each row's hash covers its own fields and the previous row's hash, so removing, reordering
or editing any row breaks the chain from that point on. Triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from casedesk.storage.keyslots import canonical_json
from casedesk.storage.tables import audit_log

GENESIS = "0" * 64

APPEND_ONLY_TRIGGERS = (
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""",
)


def _digest(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(fields)).hexdigest()


def _fields(row: Any) -> dict[str, Any]:
    return {
        "seq": row.seq,
        "at": row.at,
        "actor": row.actor,
        "action": row.action,
        "record_type": row.record_type,
        "record_id": row.record_id,
        "change": row.change,
        "prev_hash": row.prev_hash,
    }


def last_hash(connection: Connection) -> tuple[int, str]:
    """The sequence number and hash of the newest row (0 and the genesis hash if empty)."""
    row = connection.execute(
        select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
    ).first()
    return (0, GENESIS) if row is None else (int(row.seq), str(row.hash))


@dataclass
class AuditWriter:
    """Appends rows for one unit of work, continuing the chain."""

    connection: Connection
    actor: str
    action: str
    _seq: int = -1
    _prev: str = ""

    def append(
        self,
        record_type: str,
        record_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        reason: str = "",
    ) -> None:
        """Record one change: which record, and its values before and after."""
        if self._seq < 0:
            self._seq, self._prev = last_hash(self.connection)
        self._seq += 1
        change = json.dumps(
            {"before": before, "after": after, "reason": reason},
            sort_keys=True,
            ensure_ascii=False,
            default=str,
        )
        fields = {
            "seq": self._seq,
            "at": datetime.now(UTC).isoformat(timespec="microseconds"),
            "actor": self.actor,
            "action": self.action,
            "record_type": record_type,
            "record_id": record_id,
            "change": change,
            "prev_hash": self._prev,
        }
        digest = _digest(fields)
        self.connection.execute(insert(audit_log).values(**fields, hash=digest))
        self._prev = digest


def verify_chain(connection: Connection) -> list[str]:
    """Plain descriptions of every break in the chain (empty when it is intact)."""
    problems: list[str] = []
    expected_prev = GENESIS
    expected_seq = 1
    for row in connection.execute(select(audit_log).order_by(audit_log.c.seq)):
        if row.seq != expected_seq:
            problems.append(f"audit entry {expected_seq} is missing (next found: {row.seq})")
        if row.prev_hash != expected_prev:
            problems.append(f"audit entry {row.seq} does not follow the one before it")
        if _digest(_fields(row)) != row.hash:
            problems.append(f"audit entry {row.seq} was changed after it was written")
        expected_prev = row.hash
        expected_seq = row.seq + 1
    return problems
