"""How a record kind is declared, and what is derived from a declaration.

A ``RecordKind`` names a domain type, its ``Field``s (each with a codec from ``codecs``,
its column in the case file and its key in the interchange document), which rows belong
to a case, and their order. The functions here turn any declared record into a table row
and back, into an interchange object and back (every problem with its JSON Pointer),
into its JSON Schema, and work out what an amendment changes. The declarations
themselves are in ``record_kinds``.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from casedesk.domain import codecs as c

NO_DEFAULT = object()


@dataclass(frozen=True)
class Field:
    """One field of a record kind.

    ``column`` is its column in the case file (for evidence, the prefix of its four);
    ``key`` its path in the interchange object (None: not written there; the value comes
    from ``context`` instead, like the case a chronology entry belongs to). ``required``
    fields must be present in a document; ``default`` stands in when one is absent.
    """

    attr: str
    codec: c.Codec[Any]
    column: str | None = None
    key: tuple[str, ...] | None = ()
    required: bool = False
    default: Any = NO_DEFAULT
    context: str = ""
    fixed: bool = False  # never amended (who recorded it, and when)

    @property
    def column_name(self) -> str:
        """The column (or evidence prefix) the field is stored under."""
        return self.attr if self.column is None else self.column

    # Worked out once per field (cached): an import reads them for every field of every
    # record, three million times for 100,000 entries.
    @cached_property
    def json_path(self) -> tuple[str, ...] | None:
        """Where the field sits in an interchange object (None: not there)."""
        if self.key is None:
            return None
        return self.key or (self.attr,)

    @cached_property
    def json_suffix(self) -> str:
        """The field's JSON Pointer below its record's ("/evidence/source")."""
        return "/" + "/".join(self.json_path or ())

    @cached_property
    def flat(self) -> bool:
        """True for evidence whose parts are keys of the record's own object."""
        return isinstance(self.codec, c.EvidenceOf) and self.codec.flat


# A column's value, written out for the codecs whose ``to_column`` is this (``{}`` is the
# field's value): the row writer of a kind calls no function for them.
_COLUMN_SOURCE: dict[type, str] = {
    c.Text: "{}",
    c.Ref: "{}",
    c.Number: "{}",
    c.OptionalRef: "({} or None)",  # i18n: generated code
    c.Day: "(_v.isoformat() if (_v := {}) else None)",  # i18n: generated code
    c.Choice: "{}.value",
    c.Flag: "int({})",
    c.Refs: "' '.join({})",
}


def _named(names: dict[str, Any], value: Any) -> str:
    key = f"_{len(names)}"
    names[key] = value
    return key


@dataclass(frozen=True)
class RecordKind:
    """A kind of record, and everything needed to store, load and exchange it.

    ``name`` is its table, the name the audit trail and ``Changes`` use. A case's records
    of this kind are those whose ``case_column`` is the case, and whose ``person_columns``
    all name people of the case. ``key_attr`` names the field that identifies a stored
    record (``record_id`` where the file numbers them itself).
    """

    name: str
    type: type
    fields: tuple[Field, ...]
    record_field: str
    json_key: str
    what: str
    key_attr: str = "id"
    case_column: str | None = "case_id"
    person_columns: tuple[str, ...] = ()
    order_by: tuple[str, ...] = ("id",)
    withdrawable: bool = True
    importable: bool = True  # False: exported for the record, never imported
    id_prefix: str = ""  # for ids the unit of work gives new records of the kind

    @cached_property
    def readers(self) -> tuple[tuple[str, Callable[[Mapping[Any, Any]], Any]], ...]:
        """For each field, its attribute and how to read it from a row: worked out once,
        as opening a 5,000-entry case reads 130,000 fields (a third of the time it took
        went on finding, field by field, which column and which conversion)."""
        found: list[tuple[str, Callable[[Mapping[Any, Any]], Any]]] = []
        for f in self.fields:
            if f.attr == "record_id":
                found.append(("record_id", operator.itemgetter("id")))
            elif type(f.codec).from_columns is c.Codec.from_columns:
                found.append((f.attr, _one_column(f.codec.from_column, f.column_name)))
            else:
                found.append((f.attr, functools.partial(f.codec.from_columns, name=f.column_name)))
        return tuple(found)

    @cached_property
    def row_writer(self) -> Callable[[Any], dict[str, Any]]:
        """``to_row`` for this kind, compiled once into one function of its fields (as
        ``row_reader`` is): an import of 100,000 entries turns 2.9 million fields into
        columns, and a call per field was a fifth of writing them. Each codec's
        ``to_column`` or ``to_columns`` is called, except for the few whose conversion is
        written out here (text as it is, a date's ISO form, a choice's value)."""
        names: dict[str, Any] = {}
        parts: list[str] = []
        key = ""
        for f in self.fields:
            value = f"record.{f.attr}"
            if f.attr == "record_id":
                key = f"    if {value} is not None:\n"  # i18n: generated code
                key += f"        row['id'] = {value}\n"
                continue
            inline = _COLUMN_SOURCE.get(type(f.codec))
            if inline is not None:
                parts.append(f"{f.column_name!r}: {inline.format(value)}")
            elif type(f.codec).to_columns is c.Codec.to_columns:
                parts.append(f"{f.column_name!r}: {_named(names, f.codec.to_column)}({value})")
            else:
                to_columns = _named(names, f.codec.to_columns)
                parts.append(f"**{to_columns}({value}, {f.column_name!r})")
        row = f"    row = {{{', '.join(parts)}}}\n"
        source = f"def write(record):\n{row}{key}    return row\n"  # i18n: generated code
        exec(compile(source, f"<row writer of {self.name}>", "exec"), names)  # noqa: S102
        writer: Callable[[Any], dict[str, Any]] = names["write"]
        return writer

    @property
    def generated_key(self) -> bool:
        """True when the case file numbers the records (an integer ``record_id``)."""
        return self.key_attr == "record_id"

    def field(self, attr: str) -> Field:
        """The field for a domain attribute."""
        return next(f for f in self.fields if f.attr == attr)


# -- rows --------------------------------------------------------------------------------


def to_row(kind: RecordKind, record: Any) -> dict[str, Any]:
    """The record as a table row (a generated key that is not yet set is left out)."""
    return kind.row_writer(record)


def from_row(kind: RecordKind, row: Mapping[Any, Any]) -> Any:
    """The record a table row holds."""
    return kind.type(**{attr: read(row) for attr, read in kind.readers})


RowReader = Callable[[Sequence[Any]], Any]


def row_reader(kind: RecordKind, columns: Sequence[str]) -> RowReader:
    """A function that reads a record of ``kind`` from a row given as a sequence of
    ``columns``: what ``from_row`` does, compiled into one function of the kind's fields.

    Opening a 5,000-entry case reads 130,000 fields; calling a reader per field (and
    Python's enum and date constructors per value) was two thirds of the time it took.
    Generated source, as ``dataclasses`` generates ``__init__``: every part of it comes
    from the kind's declaration and each codec's ``expression``, never from the data."""
    key = (kind.name, tuple(columns))
    reader = _ROW_READERS.get(key)
    if reader is None:
        slots = {column: f"r[{i}]" for i, column in enumerate(columns)}
        names: dict[str, Any] = {"T": kind.type, "new": object.__new__}
        values = []
        for f in kind.fields:
            if f.attr == "record_id":
                values.append((f.attr, slots["id"]))
            else:
                values.append((f.attr, f.codec.expression(slots, f.column_name, names)))
        if c.sets_fields_only(kind.type, {attr for attr, _ in values}):
            # Its __init__ would only set each field (a frozen one through
            # object.__setattr__, a call each): the fields go into a new record's
            # __dict__ at once, a fifth of the time for 5,000 entries.
            fields = ", ".join(f"{attr!r}: {value}" for attr, value in values)
            body = "record = new(T)\n"  # i18n: generated code
            body += f"    record.__dict__.update({{{fields}}})\n"
            body += "    return record"  # i18n: generated code
        else:
            body = f"return T({', '.join(f'{attr}={value}' for attr, value in values)})"
        source = f"def read(r):\n    {body}\n"  # i18n: generated code
        exec(compile(source, f"<reader of {kind.name}>", "exec"), names)  # noqa: S102
        reader = _ROW_READERS[key] = names["read"]
    return reader


_ROW_READERS: dict[tuple[str, tuple[str, ...]], RowReader] = {}


def _one_column(convert: Callable[[Any], Any], column: str) -> Callable[[Mapping[Any, Any]], Any]:
    def read(row: Mapping[Any, Any]) -> Any:
        return convert(row[column])

    return read


def record_key(kind: RecordKind, record: Any) -> str | None:
    """The id a stored record is known by (None: not stored yet)."""
    value = getattr(record, kind.key_attr)
    return None if value is None else str(value)


def changed_columns(kind: RecordKind, old: Any, new: Any) -> dict[str, Any]:
    """The columns an amendment from ``old`` to ``new`` changes (ids and who recorded it
    when are never amended)."""
    fixed = {"id"}
    for f in kind.fields:
        if f.fixed or f.attr in ("id", "record_id"):
            fixed.update(f.codec.columns(f.column_name) if f.attr != "record_id" else ("id",))
    before, after = to_row(kind, old), to_row(kind, new)
    return {k: v for k, v in after.items() if k not in fixed and before.get(k) != v}


def person_fields(kind: RecordKind) -> tuple[Field, ...]:
    """The fields that name one person of the case (a merge moves them; a document's
    must name people it holds). A person's own id is not one of them."""
    return tuple(
        f
        for f in kind.fields
        if f.attr != "id"
        and isinstance(f.codec, c.Ref | c.OptionalRef)
        and f.codec.what == "person"
    )


def columns_of(kind: RecordKind) -> set[str]:
    """Every column the kind's fields use (its table may have more: marks, links)."""
    found: set[str] = set()
    for f in kind.fields:
        found.update(("id",) if f.attr == "record_id" else f.codec.columns(f.column_name))
    return found


# -- interchange ----------------------------------------------------------------------------


def to_json(kind: RecordKind, record: Any) -> dict[str, Any]:
    """The record as an interchange object."""
    out: dict[str, Any] = {}
    for f in kind.fields:
        path = f.json_path
        if path is None:
            continue
        if f.flat:
            out.update(f.codec.to_json(getattr(record, f.attr)))
            continue
        value = f.codec.to_json(getattr(record, f.attr))
        target = out
        for step in path[:-1]:
            inner = target.get(step)
            if not isinstance(inner, dict):
                break  # the enclosing value is empty (no date of birth: no evidence for it)
            target = inner
        else:
            target[path[-1]] = value
    return out


def from_json(
    kind: RecordKind,
    obj: Mapping[str, Any],
    path: str,
    problems: c.Problems,
    context: Mapping[str, Any],
) -> Any:
    """The record an interchange object describes; every problem is noted with its path.

    ``context`` supplies what the document does not repeat (the case's id) and ``today``,
    which stands in for a required date that is missing (the record is then unusable
    anyway: its problem is reported).
    """
    values: dict[str, Any] = {}
    for f in kind.fields:
        json_path = f.json_path
        if json_path is None:
            values[f.attr] = context.get(f.context) if f.context else None
            continue
        if f.flat:
            values[f.attr] = f.codec.from_json(obj, path, problems)
            continue
        raw: Any = obj
        for step in json_path:
            raw = raw.get(step) if isinstance(raw, Mapping) else None
        where = path + f.json_suffix
        if raw is None or raw == "":
            if f.required:
                problems.add(where, c.required())
                values[f.attr] = placeholder(f, context)
                continue
            if f.default is not NO_DEFAULT:
                values[f.attr] = f.default
                continue
        value = f.codec.from_json(raw, where, problems)
        if value is None and f.required:
            value = placeholder(f, context)  # its problem is noted already
        values[f.attr] = value
    return kind.type(**values)


def placeholder(f: Field, context: Mapping[str, Any]) -> Any:
    """A stand-in for a missing required value, so later checks can still run (the
    record is never written: its problem has been reported)."""
    if isinstance(f.codec, c.Day):
        return context["today"]
    if f.default is not NO_DEFAULT:
        return f.default
    return f.codec.from_json(None, "", c.Problems())


def json_schema(kind: RecordKind) -> dict[str, Any]:
    """The JSON Schema of one interchange object of this kind."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in kind.fields:
        path = f.json_path
        if isinstance(f.codec, c.EvidenceOf) and f.codec.flat:
            properties.update(f.codec.properties())
            required.append("source_type")
            continue
        if path is None or len(path) > 1:
            continue  # nested parts are described by the enclosing codec's schema
        properties[path[0]] = f.codec.json_schema()
        if f.required:
            required.append(path[0])
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": True,
    }
