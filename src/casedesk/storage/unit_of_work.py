"""Named units of work: every write happens in one, and each is audited.

``with store.transaction("Add chronology entry") as work:`` opens one database
transaction; each insert or amendment inside it is written to the audit trail with its
before and after values, and ``work.changes`` tells the GUI what to refresh. There is no
delete: records are amended, never removed (records are evidence).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, Executable, Integer, Table, func, select, update

from casedesk.storage.audit import AuditWriter, content_hash, row_key
from casedesk.storage.bulk import insert_rows
from casedesk.storage.signing import SigningKey
from casedesk.storage.text_index import indexed_at_end

T = TypeVar("T")


@dataclass
class Changes:
    """What a unit of work changed: record type -> ids (Anki's OpChanges)."""

    name: str
    records: dict[str, set[str]] = field(default_factory=dict)

    def add(self, record_type: str, record_id: str) -> None:
        """Note that a record changed."""
        self.records.setdefault(record_type, set()).add(record_id)

    def touched(self, record_type: str) -> bool:
        """True if any record of this type changed."""
        return bool(self.records.get(record_type))


def _key_column(table: Table) -> str:
    return "id" if "id" in table.c else next(iter(table.primary_key.columns)).name


class UnitOfWork:
    """The writes of one named transaction, by the user who unlocked the file, at ``now``.

    Its connection is private: storage code reads inside the transaction with ``rows``
    and ``scalars``, and writes only with ``insert_many`` and ``amend``, which audit.
    """

    def __init__(
        self,
        connection: Connection,
        actor: str,
        name: str,
        now: str,
        signer: SigningKey | None = None,
    ) -> None:
        self._connection = connection
        self.actor = actor
        self.now = now
        self.changes = Changes(name)
        self._audit = AuditWriter(connection, actor, name, signer)
        self._index_deferred = False

    @contextmanager
    def text_indexed_at_end(self) -> Iterator[None]:
        """A bulk write (an import, the demo): chronology entries added inside are put in
        the full-text index in one statement as the block ends (see ``text_index``).
        Entries cannot be amended inside: the index could not follow the change."""
        if self._index_deferred:  # inside another such block: it indexes at its end
            yield
            return
        with indexed_at_end(self._connection) as deferred:
            self._index_deferred = deferred
            try:
                yield
            finally:
                self._index_deferred = False

    @property
    def signer(self) -> SigningKey | None:
        """The key that signs this unit (its author's)."""
        return self._audit.signer

    def finish(self) -> None:
        """Sign the unit's audit rows (its last row carries the author's signature)."""
        self._audit.finish()

    def rows(self, statement: Executable) -> list[Any]:
        """The rows a query returns, read inside this transaction."""
        return list(self._connection.execute(statement))

    def read(self, reader: Callable[[Connection], T]) -> T:
        """What ``reader`` reads inside this transaction (loading records as they stand
        now, this unit's own writes included)."""
        return reader(self._connection)

    def scalars(self, statement: Executable) -> list[Any]:
        """The first column of each row a query returns, read inside this transaction."""
        return list(self._connection.execute(statement).scalars())

    def insert(self, table: Table, values: Mapping[str, Any], reason: str = "") -> None:
        """Insert one record and audit it (with why, when there is a why)."""
        self.insert_many(table, [values], reason)

    def insert_many(self, table: Table, rows: Iterable[Mapping[str, Any]], reason: str = "") -> int:
        """Insert records in one statement per batch; each is audited. Returns the count."""
        key = _key_column(table)
        batch: list[dict[str, Any]] = []
        count = 0
        for row in rows:
            batch.append(dict(row))
            if len(batch) >= 1000:
                count += self._flush(table, key, batch, reason)
                batch = []
        if batch:
            count += self._flush(table, key, batch, reason)
        return count

    def _flush(self, table: Table, key: str, batch: list[dict[str, Any]], reason: str) -> int:
        numbered = key in table.c and isinstance(table.c[key].type, Integer)
        if numbered and any(key not in row for row in batch):
            # Numbered here, as SQLite would (the largest + 1): inside this write
            # transaction nobody else can take a number, and every audit row can then
            # name its record.
            top = self._connection.execute(select(func.max(table.c[key]))).scalar() or 0
            for row in batch:
                if key not in row:
                    top += 1
                    row[key] = top
        insert_rows(self._connection, table, batch)
        for row in batch:
            record_id = row_key(table, row)
            self._audit.append_insert(table, record_id, row, reason)
            self.changes.add(table.name, record_id)
        return len(batch)

    def amend(
        self, table: Table, record_id: str, values: Mapping[str, Any], reason: str
    ) -> dict[str, Any]:
        """Change fields of one record, keeping the earlier values in the audit trail."""
        if self._index_deferred and table.name == "chronology_entries":
            raise RuntimeError(  # a programming error: nothing amends inside a bulk write
                "an entry cannot be amended while its index is deferred"  # i18n: bug, not shown
            )

        key = table.c[_key_column(table)]
        row = self._connection.execute(select(table).where(key == record_id)).mappings().first()
        if row is None:
            raise KeyError(record_id)
        before = {name: row[name] for name in values}
        self._connection.execute(update(table).where(key == record_id).values(**values))
        after = dict(row) | dict(values)
        self._audit.append(
            table.name, record_id, before, dict(values), reason, content_hash(table, after)
        )
        self.changes.add(table.name, record_id)
        return before
