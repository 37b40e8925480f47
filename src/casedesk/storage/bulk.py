"""Many rows into one table in one statement, straight to the database driver.

SQLAlchemy's ``insert(table)`` with a list of rows works out, for every row, each bind
parameter by name and runs it through the column's type: importing 100,000 entries (and
their 150,000 audit rows) spent longer in that than SQLite spent inserting. Our columns
are all Text, Integer or Float, which SQLite's driver takes as they are, so the rows go to
``executemany`` as tuples; what SQLAlchemy would add is added here: a column's own
default where a row leaves it out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Float, Integer, Table, Text


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` into ``table`` in one ``executemany``, inside the connection's
    transaction. A column a row leaves out takes its declared default; one without a
    default raises KeyError (a bug: SQLAlchemy refuses it too)."""
    if not rows:
        return
    names: dict[str, None] = dict.fromkeys(_defaults(table))
    for row in rows:
        names.update(dict.fromkeys(row))
    columns = tuple(names)
    defaults = _defaults(table)
    statement = _statement(table, columns, connection.dialect.identifier_preparer.quote)
    if all(len(row) == len(columns) for row in rows):  # every row names every column
        values = [tuple([row[c] for c in columns]) for row in rows]
    else:
        values = [tuple([row[c] if c in row else defaults[c] for c in columns]) for row in rows]
    connection.exec_driver_sql(statement, values)


@cache
def _defaults(table: Table) -> dict[str, Any]:
    """The columns with a default of their own (a plain value), and that value."""
    found: dict[str, Any] = {}
    for column in table.columns:
        if not isinstance(column.type, Text | Integer | Float):
            raise TypeError(
                f"{table.name}.{column.name}: a type the driver may not take as is"  # i18n: bug
            )

        if column.default is not None and column.default.is_scalar:
            found[column.name] = column.default.arg  # type: ignore[attr-defined]
    return found


@cache
def _statement(table: Table, columns: tuple[str, ...], quote: Any) -> str:
    # Names come from the schema's own declarations (checked against the table), never
    # from input.
    for name in columns:
        if name not in table.c:
            raise KeyError(f"{table.name} has no column {name!r}")  # i18n: programming error

    names = ", ".join(quote(name) for name in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"  # noqa: S608
