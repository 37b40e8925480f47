"""The audit trail: an append-only, hash-chained log of every change.

Each row's hash covers its own fields and the previous row's hash, so removing, reordering
or editing any row breaks the chain from that point on. Triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Float, Integer, Table, select

from casedesk.domain.wording import translate
from casedesk.storage.audit_encoding import insert_texts
from casedesk.storage.bulk import insert_rows
from casedesk.storage.keyslots import canonical_json
from casedesk.storage.signing import SigningKey
from casedesk.storage.tables import audit_log, meta

GENESIS = "0" * 64

APPEND_ONLY_TRIGGERS = (
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""",
)


# One encoder for every change (``json.dumps`` with options makes a new one each call; an
# import of 100,000 entries writes 150,000 changes). What it writes is ``json.dumps``'s.
_CHANGE = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)


def _digest(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(fields)).hexdigest()


# Rows from this sequence number on are signed (schema 12): their hash also covers the
# content hash and the signer's key id. Kept in ``meta``; absent, no row is.
SIGNED_FROM = "signed_from_seq"


def _fields(row: Any, signed: bool) -> dict[str, Any]:
    fields = {
        "seq": row.seq,
        "at": row.at,
        "actor": row.actor,
        "action": row.action,
        "record_type": row.record_type,
        "record_id": row.record_id,
        "change": row.change,
        "prev_hash": row.prev_hash,
    }
    if signed:
        fields["content_hash"] = row.content_hash
        fields["key_id"] = row.key_id
    return fields


_quote = json.encoder.encode_basestring_ascii


def signed_digest(
    seq: int,
    at: str,
    actor: str,
    action: str,
    record_type: str,
    record_id: str,
    change: str,
    prev_hash: str,
    content_hash: str,
    key_id: str,
) -> str:
    """``_digest`` of a signed row's fields, the same bytes written out directly (its keys
    in sorted order): ``check`` re-hashes every row of the trail."""
    text = (
        f'{{"action":{_quote(action)},"actor":{_quote(actor)},"at":{_quote(at)},'
        f'"change":{_quote(change)},"content_hash":{_quote(content_hash)},'
        f'"key_id":{_quote(key_id)},"prev_hash":{_quote(prev_hash)},'
        f'"record_id":{_quote(record_id)},"record_type":{_quote(record_type)},"seq":{int(seq)}}}'
    )
    return hashlib.sha256(text.encode()).hexdigest()


def signed_from(connection: Connection) -> int | None:
    """The first signed row's sequence number (None: the file's rows are not signed)."""
    value = connection.execute(select(meta.c.value).where(meta.c.key == SIGNED_FROM)).scalar()
    return int(value) if value is not None else None


def last_hash(connection: Connection) -> tuple[int, str]:
    """The sequence number and hash of the newest row (0 and the genesis hash if empty)."""
    row = connection.execute(
        select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
    ).first()
    return (0, GENESIS) if row is None else (int(row.seq), str(row.hash))


# What a record's content is, for its content hash: each column's value as stored, leaving
# out only NULL and a value equal to the column's own default, so a column a later version
# adds (NULL, or NOT NULL with a default) leaves every earlier hash as it was. "" is content:
# the app tells NULL from "" (an entry marked in error is one whose mark IS NOT NULL).
def _coerce(kind: type, value: Any) -> Any:
    if value is None or type(value) is kind:
        return value
    return kind(value)


def _plan(table: Table) -> list[tuple[str, type, Any]]:
    """Each column's name, the type its value is kept as, and its default (worked out once
    per table: ``check`` hashes every record of the file)."""
    found = _PLANS.get(table.name)
    if found is None:
        found = []
        for column in table.columns:
            if column.name == "rowid":
                continue  # the full-text index's row number, not content
            kind: type = (
                int
                if isinstance(column.type, Integer)
                else float
                if isinstance(column.type, Float)
                else str
            )
            default = None
            if column.server_default is not None:
                default = _coerce(kind, column.server_default.arg)  # type: ignore[attr-defined]
            elif column.default is not None and column.default.is_scalar:
                default = _coerce(kind, column.default.arg)  # type: ignore[attr-defined]
            found.append((column.name, kind, default))
        _PLANS[table.name] = found
    return found


_PLANS: dict[str, list[tuple[str, type, Any]]] = {}

# Columns a table had in an earlier schema and no longer has, with their kind and default:
# ``check`` reads a file of that version as it is, and its records' hashes covered them.
RETIRED_COLUMNS: dict[str, tuple[tuple[str, type, Any], ...]] = {
    "professionals": (("consent_to_share", int, 0),),  # a state since schema 15
}


def content_of(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """A record's content as its hash covers it."""
    reader = _CONTENT_READERS.get(table.name)
    if reader is None:
        reader = _CONTENT_READERS[table.name] = _content_reader(table)
    return reader(row)


def _content_reader(table: Table) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    """``content_of`` for one table, compiled into one function of its columns: every
    record written is hashed (150,000 for an import of 100,000 entries), and looping over
    the plan of 30 columns for each was a third of writing its audit entry. Per column:
    its value (or its default), nothing if NULL, coerced to the column's type, left out
    if it equals the default (a default is of the column's type: ``_coerce``)."""
    names: dict[str, Any] = {}
    lines = ["def content(row):", "    found = {}"]  # i18n: generated Python source
    for index, (name, kind, default) in enumerate(_plan(table)):
        kind_name, default_name = f"k{index}", f"d{index}"
        names[kind_name], names[default_name] = kind, default
        lines += [
            f"    v = row.get({name!r}, {default_name})",
            "    if v is not None:",  # i18n: generated Python source
            f"        if v.__class__ is not {kind_name}:",  # i18n: generated Python source
            f"            v = {kind_name}(v)",
        ]
        if default is None:
            lines.append(f"        found[{name!r}] = v")
        else:
            lines += [f"        if v != {default_name}:", f"            found[{name!r}] = v"]
    lines.append("    return found")  # i18n: generated Python source
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<content of {table.name}>", "exec"), names)  # noqa: S102
    reader: Callable[[Mapping[str, Any]], dict[str, Any]] = names["content"]
    return reader


_CONTENT_READERS: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {}


def content_hash(table: Table, row: Mapping[str, Any]) -> str:
    """The SHA-256 of a record's content (see ``content_of``)."""
    return hashlib.sha256(canonical_json(content_of(table, row))).hexdigest()


def stored_content_hashes(
    table: Table, rows: Iterable[tuple[Any, ...]], names: list[str] | None = None
) -> Iterator[str]:
    """``content_hash`` of rows read straight from the table, their values in the order of
    ``content_columns(table)`` (or of ``names``, some of them) and typed as SQLite stores
    them (so nothing is coerced): ``check`` hashes every record of the file with this."""
    plan = _plan(table)
    if names is not None:
        by_name = {entry[0]: entry for entry in (*plan, *RETIRED_COLUMNS.get(table.name, ()))}
        plan = [by_name[name] for name in names]
    for values in rows:
        content = {
            name: value
            for (name, _kind, default), value in zip(plan, values, strict=True)
            if value is not None and not (value == default and type(value) is type(default))
        }
        yield hashlib.sha256(canonical_json(content)).hexdigest()


def content_columns(table: Table) -> list[str]:
    """The columns a record's content hash covers, in the order ``_plan`` keeps them."""
    return [name for name, _kind, _default in _plan(table)]


def row_key(table: Table, row: Mapping[str, Any]) -> str:
    """How the audit trail names a record: its id, else its key (keys joined by ':')."""
    keys = ["id"] if "id" in table.c else [column.name for column in table.primary_key.columns]
    return ":".join(str(row.get(k, "")) for k in keys)


@dataclass
class AuditWriter:
    """Appends rows for one unit of work, continuing the chain, and signs it.

    Each row's hash covers the one before; the unit's last row is signed by its author's
    signing key, which covers every row of the unit through the chain. The newest row is
    held back until the next (or ``finish``) so that the last can carry the signature
    (rows are never updated). ``signed=False`` writes rows as before schema 12 (only the
    upgrade steps before it do).
    """

    connection: Connection
    actor: str
    action: str
    signer: SigningKey | None = None
    signed: bool = True
    _seq: int = -1
    _prev: str = ""
    _pending: list[dict[str, Any]] = field(default_factory=list)

    def append(
        self,
        record_type: str,
        record_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        reason: str = "",
        content: str = "",
    ) -> None:
        """Record one change: which record, its values before and after, and the hash of
        its whole content after the change (``content``)."""
        change = _CHANGE.encode({"before": before, "after": after, "reason": reason})
        self._append_change(record_type, record_id, change, content)

    def append_insert(
        self, table: Table, record_id: str, row: Mapping[str, Any], reason: str = ""
    ) -> None:
        """Record that ``row`` was inserted into ``table``: ``append`` with no values
        before and the row's content hash, the same bytes written out by a function
        compiled for the table (``audit_encoding``: an import writes 150,000 of them)."""
        change, content = insert_texts(table, _plan(table), _CHANGE, row, reason)
        self._append_change(table.name, record_id, change, content)

    def _append_change(self, record_type: str, record_id: str, change: str, content: str) -> None:
        if self._seq < 0:
            self._seq, self._prev = last_hash(self.connection)
        self._seq += 1
        fields: dict[str, Any] = {
            "seq": self._seq,
            "at": datetime.now(UTC).isoformat(timespec="microseconds"),
            "actor": self.actor,
            "action": self.action,
            "record_type": record_type,
            "record_id": record_id,
            "change": change,
            "prev_hash": self._prev,
        }
        if self.signed:
            key_id = self.signer.key_id if self.signer else ""
            # The same bytes as ``_digest`` of the fields, written out directly. The
            # signature is not hashed: it signs the hash.
            digest = signed_digest(**fields, content_hash=content, key_id=key_id)
            fields |= {"content_hash": content, "key_id": key_id, "signature": ""}
        else:
            digest = _digest(fields)
        fields["hash"] = digest
        self._pending.append(fields)
        self._prev = digest
        if len(self._pending) > 500:  # written in batches, the newest always held back
            self._write(self._pending[:-1])
            self._pending = self._pending[-1:]

    def _write(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            insert_rows(self.connection, audit_log, rows)

    def finish(self) -> None:
        """Write what is held back, the last row signed (call once the unit's changes are
        all appended)."""
        if not self._pending:
            return
        last = self._pending[-1]
        if self.signed and self.signer is not None:
            last["signature"] = self.signer.sign(bytes.fromhex(last["hash"]))
        self._write(self._pending)
        self._pending = []


def verify_chain(connection: Connection) -> list[str]:
    """Plain descriptions of every break in the chain (empty when it is intact)."""
    problems: list[str] = []
    expected_prev = GENESIS
    expected_seq = 1
    first_signed = signed_from(connection)
    a = audit_log.c
    columns = [a.seq, a.at, a.actor, a.action, a.record_type, a.record_id, a.change]
    columns += [a.prev_hash, a.hash]
    if first_signed is not None:  # a file before schema 12 has no such columns
        columns += [a.content_hash, a.key_id]
    for row in connection.execute(select(*columns).order_by(a.seq)):
        if row.seq != expected_seq:
            problems.append(
                translate("audit", "audit entry {seq} is missing (next found: {found})").format(
                    seq=expected_seq, found=row.seq
                )
            )
        if row.prev_hash != expected_prev:
            problems.append(
                translate("audit", "audit entry {seq} does not follow the one before it").format(
                    seq=row.seq
                )
            )
        signed = first_signed is not None and row.seq >= first_signed
        if _digest(_fields(row, signed)) != row.hash:
            problems.append(
                translate("audit", "audit entry {seq} was changed after it was written").format(
                    seq=row.seq
                )
            )
        expected_prev = row.hash
        expected_seq = row.seq + 1
    return problems
