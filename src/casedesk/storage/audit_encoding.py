"""The two texts an inserted record's audit entry is made of, written out directly.

An insert's audit entry carries the record as its change (``{"after": row, "before":
null, "reason": ...}`` as ``audit._CHANGE`` writes it) and the hash of its content
(``audit.content_hash``: the canonical JSON of the values that are not NULL and not the
column's default). An import of 100,000 entries writes 150,000 of each, and the JSON
encoder spent most of its time sorting and dispatching the same 30 keys of the same
types, row after row (a sixth of the import, by the profile). Here each table gets one
function compiled from its columns, in sorted order, that writes both texts with the C
string quoting; any value other than a plain str, int or None goes through the encoder
itself. The bytes are those of the generic path, which a property test holds them to;
the function is compiled for each set of columns a row names (a batch's rows
name the same).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Table

# ``json.dumps(..., ensure_ascii=False)`` quotes a string with this; the canonical JSON
# (ensure_ascii=True) with the other.
_quote = json.encoder.encode_basestring
_quote_ascii = json.encoder.encode_basestring_ascii

InsertAudit = Callable[[Mapping[str, Any], str], tuple[str, str]]


def _float(value: float) -> str:
    """A float as ``json`` writes it (allow_nan: NaN, Infinity, -Infinity)."""
    if value != value:
        return "NaN"  # i18n: JSON
    if value == float("inf"):
        return "Infinity"  # i18n: JSON
    if value == -float("inf"):
        return "-Infinity"  # i18n: JSON
    return float.__repr__(value)


def insert_texts(
    table: Table,
    plan: list[tuple[str, type, Any]],
    change_encoder: json.JSONEncoder,
    row: Mapping[str, Any],
    reason: str,
) -> tuple[str, str]:
    """The change text and the content hash of inserting ``row`` into ``table`` (its
    content ``plan``: each column's name, kind and default), with ``reason``."""
    columns = frozenset(row)
    found = _COMPILED.get((table.name, columns))
    if found is None:
        found = _compile(table.name, columns, plan, change_encoder)
        _COMPILED[table.name, columns] = found
    return found(row, reason)


# One function per table and set of columns a row names (a batch's rows name the same).
_COMPILED: dict[tuple[str, frozenset[str]], InsertAudit] = {}
_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def _compile(
    name: str,
    keys: frozenset[str],
    plan: list[tuple[str, type, Any]],
    change_encoder: json.JSONEncoder,
) -> InsertAudit:
    names: dict[str, Any] = {
        "Q": _quote,
        "A": _quote_ascii,
        "E": change_encoder.encode,
        "F": _float,
        "R": int.__repr__,
        "H": hashlib.sha256,
    }
    columns = sorted(keys)
    if not all(isinstance(c, str) and _NAME.fullmatch(c) for c in columns):
        raise ValueError(f"{name}: a column name JSON would quote")  # i18n: programming error
    lines = ["def audit(row, reason):", "    c = []"]  # i18n: generated Python source
    # The change: every column the row names, sorted, as json.dumps writes it.
    for column in columns:
        lines += [
            f"    v = row[{column!r}]",
            "    c.append(Q(v) if v.__class__ is str else 'null' if v is None "  # i18n: source
            "else R(v) if v.__class__ is int else E(v))",  # i18n: generated Python source
        ]
    # The content: the values not NULL and not the column's default, coerced to the
    # column's kind, in sorted order; a column the row leaves out holds its default.
    lines.append("    h = []")  # i18n: generated Python source
    content = sorted((c, kind, default) for c, kind, default in plan if c in keys)
    for index, (column, kind, default) in enumerate(content):
        kind_name, default_name = f"k{index}", f"d{index}"
        names[kind_name], names[default_name] = kind, default
        quote = {str: "A", int: "R", float: "F"}[kind]
        lines += [
            f"    v = row[{column!r}]",
            "    if v is not None:",  # i18n: generated Python source
            f"        if v.__class__ is not {kind_name}:",  # i18n: generated Python source
            f"            v = {kind_name}(v)",
        ]
        write = f"h.append({chr(34) + column + chr(34) + ':'!r} + {quote}(v))"
        if default is None:
            lines.append(f"        {write}")
        else:
            lines += [f"        if v != {default_name}:", f"            {write}"]
    pairs = ", ".join(
        f"{chr(34) + column + chr(34) + ': '!r} + c[{i}]" for i, column in enumerate(columns)
    )
    lines += [
        f"    change = '{{\"after\": {{' + ', '.join([{pairs}]) + "  # i18n: generated source
        "'}, \"before\": null, \"reason\": ' + Q(reason) + '}'",  # i18n: generated source
        "    content = '{' + ','.join(h) + '}'",  # i18n: generated Python source
        "    return change, H(content.encode()).hexdigest()",  # i18n: generated Python source
    ]
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<insert audit of {name}>", "exec"), names)  # noqa: S102
    compiled: InsertAudit = names["audit"]
    return compiled
