"""How one field's value is written in the case file and in the interchange document.

Every record kind (``record_kinds``) declares its fields once, each with a codec from this
module; the row mapping, the loading, the interchange (both ways, with every problem
named by its JSON Pointer), the JSON Schema and the history diff are derived from them.

A codec knows three forms of a value: the domain value (a ``date``, an enum, a tuple),
the *columns* it takes in a table row (ISO text, enum values, integers: portable SQL, no
SQLite-only types), and the *plain* JSON value of the interchange. Most take one column;
evidence takes four, named with a prefix.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.evidence import Corroboration, Evidence, SourceType
from casedesk.domain.wording import translate

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

# Dates of events in a chronology (typed, CSV, documents): a year outside is a slip.
FIRST_YEAR, LAST_YEAR = 1900, 2100
# Any other date (a great-grandparent's birth, say): outside these it cannot be meant.
OLDEST_YEAR, FURTHEST_YEAR = 1800, 2200
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# The most text one field may hold in an imported document (a CSV cell has the same cap):
# a 200 MB "description" once grew a case file by 429 MB.
MAX_TEXT = 1_000_000


@dataclass
class Problems:
    """Problems found while reading a document: (JSON Pointer, what is wrong)."""

    found: list[tuple[str, str]] = field(default_factory=list)

    def add(self, path: str, message: str) -> None:
        """Note one problem."""
        self.found.append((path, message))


class Codec(Generic[T]):
    """Converts one field between its domain value, its columns and its JSON value."""

    def columns(self, name: str) -> tuple[str, ...]:
        """The columns the field takes when stored under ``name``."""
        return (name,)

    def to_columns(self, value: T, name: str) -> dict[str, Any]:
        """The field's columns for a row."""
        return {name: self.to_column(value)}

    def from_columns(self, row: Mapping[str, Any], name: str) -> T:
        """The field's value from a row."""
        return self.from_column(row[name])

    def to_column(self, value: T) -> Any:
        """One column's value (codecs of one column override this pair)."""
        raise NotImplementedError

    def from_column(self, value: Any) -> T:
        """The domain value of one column."""
        raise NotImplementedError

    def expression(self, slots: Mapping[str, str], name: str, names: dict[str, Any]) -> str:
        """Python source that reads the field from a row (``slots``: each column's source,
        like ``r[3]``), for a record kind's compiled reader (``record_kind.row_reader``).
        Whatever the source calls is put in ``names``. Reads what ``from_columns`` reads:
        codecs override this only to read the same faster."""
        if type(self).from_columns is Codec.from_columns:
            return f"{_name(names, self.from_column)}({slots[name]})"
        columns = ", ".join(f"{column!r}: {slots[column]}" for column in self.columns(name))
        read = _name(names, functools.partial(self.from_columns, name=name))
        return f"{read}({{{columns}}})"

    def to_json(self, value: T) -> Any:
        """The interchange value."""
        return self.to_column(value)

    def from_json(self, value: Any, path: str, problems: Problems) -> T:
        """The domain value of an interchange value (never None: a problem is noted)."""
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        """The JSON Schema (draft 2020-12) of the interchange value."""
        raise NotImplementedError


# Character checks as regular expressions: an import of 100,000 entries checks some 30
# million characters, which a loop over each in Python took 20 seconds to do.
_CONTROL_IN_LINE = re.compile("[\x00-\x1f\x7f]")
_CONTROL_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BAD_IN_LINE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
_BAD_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def required() -> str:
    """The problem of a field a record cannot do without, left out of a document."""
    return translate("codecs", "is required")


def bad_characters(single_line: bool) -> re.Pattern[str]:
    """What text read from a document must not hold: control characters (a line break
    too, in a line of text) and broken ones (lone surrogates)."""
    return _BAD_IN_LINE if single_line else _BAD_IN_TEXT


def _name(names: dict[str, Any], value: Any) -> str:
    """Put ``value`` in a compiled reader's ``names``; return the name it goes by."""
    key = f"_{len(names)}"
    names[key] = value
    return key


def sets_fields_only(record_type: type, given: set[str]) -> bool:
    """True when a record of ``record_type`` made from ``given`` is exactly the object
    with those fields in its ``__dict__``: a dataclass whose ``__init__`` takes every
    field and does nothing else (no ``__post_init__``, no slots), each field given."""
    if not dataclasses.is_dataclass(record_type) or hasattr(record_type, "__post_init__"):
        return False
    if "__slots__" in record_type.__dict__:
        return False
    fields = dataclasses.fields(record_type)
    return all(f.init for f in fields) and {f.name for f in fields} == given


class Memo(dict[Any, Any]):
    """A conversion remembered by the value it converts: a column of a few distinct values
    (a category, a date, a choice) is converted once per value, not once per row. For
    values read from a case file: SQLite gives text, numbers and NULL, never a bool (which
    a dict would take for a remembered 1). A value that fails to convert is not kept."""

    LIMIT = 50_000  # values remembered before starting afresh

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, value: Any) -> Any:
        converted = self.convert(value)
        if type(value) in (str, int, type(None)):
            if len(self) >= self.LIMIT:
                self.clear()
            self[value] = converted
        return converted


def _control_characters(text: str, single_line: bool) -> bool:
    return (_CONTROL_IN_LINE if single_line else _CONTROL_IN_TEXT).search(text) is not None


class Text(Codec[str]):
    """Text: in a document it must be text, hold no control characters (a line of text,
    like a name, holds no line breaks either), and stay within ``limit`` characters."""

    def __init__(self, limit: int = MAX_TEXT, single_line: bool = False) -> None:
        self.limit, self.single_line = limit, single_line

    def to_column(self, value: str) -> Any:
        return value

    def from_column(self, value: Any) -> str:
        return "" if value is None else str(value)

    def expression(self, slots: Mapping[str, str], name: str, names: dict[str, Any]) -> str:
        slot = slots[name]  # text comes back as text: no call for it
        read = _name(names, self.from_column)
        return f"({slot} if {slot}.__class__ is str else {read}({slot}))"  # i18n: generated code

    def from_json(self, value: Any, path: str, problems: Problems) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            problems.add(path, translate("codecs", "should be text"))
            return ""
        if "\x00" in value:
            problems.add(path, translate("codecs", "contains a NUL character"))
            return ""
        if len(value) > self.limit:
            problems.add(
                path,
                translate("codecs", "is longer than {limit} characters").format(
                    limit=f"{self.limit:,}"
                ),
            )
            return ""
        # One scan for both (most text has neither); which one, only when one is there.
        if bad_characters(self.single_line).search(value) is None:
            return value
        if _SURROGATE.search(value):
            problems.add(
                path, translate("codecs", "contains a broken character (a lone surrogate)")
            )
            return ""
        if _control_characters(value, self.single_line):
            problems.add(
                path,
                translate("codecs", "contains a line break or a control character")
                if self.single_line
                else translate("codecs", "contains a control character"),
            )
            return ""
        return value

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string", "maxLength": self.limit}
        if self.single_line:
            schema["pattern"] = "^[^\\u0000-\\u001f\\u007f]*$"
        return schema


class Ref(Text):
    """The id of another record (a person, a case, a team member), or "" for none."""

    def __init__(self, what: str = "record") -> None:
        super().__init__(limit=200, single_line=True)
        self.what = what

    def json_schema(self) -> dict[str, Any]:
        description = f"the id of a {self.what}"  # i18n: JSON Schema, a file format
        return super().json_schema() | {"description": description}


class OptionalRef(Codec["str | None"]):
    """The id of another record, or nothing (NULL; null in a document)."""

    def __init__(self, what: str = "record") -> None:
        self.what = what

    def to_column(self, value: str | None) -> Any:
        return value or None

    def from_column(self, value: Any) -> str | None:
        return str(value) if value else None

    def from_json(self, value: Any, path: str, problems: Problems) -> str | None:
        return Ref(self.what).from_json(value, path, problems) or None

    def json_schema(self) -> dict[str, Any]:
        return {"oneOf": [Ref(self.what).json_schema(), {"type": "null"}]}


class Day(Codec["date | None"]):
    """A calendar date: ISO text in the file and in documents; None when unknown. A
    document's date must be YYYY-MM-DD within the years given."""

    def __init__(self, first_year: int = OLDEST_YEAR, last_year: int = FURTHEST_YEAR) -> None:
        self.first_year, self.last_year = first_year, last_year

    def to_column(self, value: date | None) -> Any:
        return value.isoformat() if value else None

    def from_column(self, value: Any) -> date | None:
        return date.fromisoformat(value) if value else None

    def expression(self, slots: Mapping[str, str], name: str, names: dict[str, Any]) -> str:
        return f"{_name(names, _DAYS)}[{slots[name]}]"

    def from_json(self, value: Any, path: str, problems: Problems) -> date | None:
        text = Text(limit=40, single_line=True).from_json(value, path, problems)
        if not text:
            return None
        try:
            # Only YYYY-MM-DD: fromisoformat alone also takes 20260101 and 2026-W01-1.
            if not ISO_DAY.fullmatch(text):
                raise ValueError(text)
            day = date.fromisoformat(text)
        except ValueError:
            problems.add(
                path,
                translate("codecs", "'{text}' is not a date (write YYYY-MM-DD)").format(
                    text=text[:40]
                ),
            )
            return None
        if not self.first_year <= day.year <= self.last_year:
            problems.add(
                path,
                translate("codecs", "'{text}' is outside {first}-{last}; check the year").format(
                    text=text, first=self.first_year, last=self.last_year
                ),
            )
            return None
        return day

    def json_schema(self) -> dict[str, Any]:
        return {"type": ["string", "null"], "format": "date"}


class Choice(Codec[E]):
    """One value of a fixed list (an enum), stored and written by its value."""

    def __init__(self, kind: type[E]) -> None:
        self.kind = kind

    def to_column(self, value: E) -> Any:
        return value.value

    def from_column(self, value: Any) -> E:
        return self.kind(value)

    def expression(self, slots: Mapping[str, str], name: str, names: dict[str, Any]) -> str:
        return f"{_name(names, Memo(self.from_column))}[{slots[name]}]"

    def from_json(self, value: Any, path: str, problems: Problems) -> E:
        # bool is an int in Python: ``true`` must not pass for the value 1.
        if not isinstance(value, bool):
            try:
                return self.kind(value)
            except (ValueError, TypeError):
                pass
        allowed = ", ".join(repr(m.value) for m in self.kind)
        problems.add(
            path,
            translate("codecs", "{value} is not one of {allowed}").format(
                value=repr(value), allowed=allowed
            ),
        )
        return next(iter(self.kind))

    def json_schema(self) -> dict[str, Any]:
        return {"enum": [m.value for m in self.kind]}


class Flag(Codec[bool]):
    """Yes or no: 0/1 in the file (portable), true/false in documents."""

    def to_column(self, value: bool) -> Any:
        return int(value)

    def from_column(self, value: Any) -> bool:
        return bool(value)

    def expression(self, slots: Mapping[str, str], name: str, names: dict[str, Any]) -> str:
        return f"bool({slots[name]})"

    def to_json(self, value: bool) -> Any:
        return value

    def from_json(self, value: Any, path: str, problems: Problems) -> bool:
        if value is None:
            return False
        if not isinstance(value, bool):
            problems.add(path, translate("codecs", "should be true or false"))
            return False
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class Number(Codec["float | None"]):
    """A number, or nothing."""

    def to_column(self, value: float | None) -> Any:
        return value

    def from_column(self, value: Any) -> float | None:
        return None if value is None else float(value)

    def from_json(self, value: Any, path: str, problems: Problems) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.add(path, translate("codecs", "should be a number"))
            return None
        return float(value)

    def json_schema(self) -> dict[str, Any]:
        return {"type": ["number", "null"]}


class Texts(Codec[tuple[str, ...]]):
    """A list of short texts: JSON text in one column (portable), a list in documents."""

    item = Text(limit=500, single_line=True)

    def to_column(self, value: tuple[str, ...]) -> Any:
        return json.dumps(list(value), ensure_ascii=False)

    def from_column(self, value: Any) -> tuple[str, ...]:
        return tuple(json.loads(value)) if value else ()

    def to_json(self, value: tuple[str, ...]) -> Any:
        return list(value)

    def from_json(self, value: Any, path: str, problems: Problems) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            problems.add(path, translate("codecs", "should be a list ([...])"))
            return ()
        return tuple(
            self.item.from_json(item, f"{path}/{i}", problems) for i, item in enumerate(value)
        )

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": self.item.json_schema()}


class Refs(Texts):
    """A list of ids (the people an entry involves): space-separated in one column."""

    def to_column(self, value: tuple[str, ...]) -> Any:
        return " ".join(value)

    def from_column(self, value: Any) -> tuple[str, ...]:
        return tuple(part for part in (value or "").split() if part)

    def expression(self, slots: Mapping[str, str], name: str, names: dict[str, Any]) -> str:
        # The same few people are named again and again: split once per distinct list.
        return f"{_name(names, Memo(self.from_column))}[{slots[name]}]"


class EvidenceOf(Codec["Evidence | None"]):
    """Where a fact came from: four columns named with a prefix, one object in documents.

    ``optional`` evidence (a date of birth's, a name's) is None when nothing is recorded,
    which the file keeps as a NULL source type. ``by`` names the part saying what bears the
    fact out (a chronology entry's is ``corroborating_entry``: another entry). ``flat``
    evidence is written as keys of the record's own object, as interchange documents have
    always written a chronology entry's; then its source type is required.
    """

    def __init__(self, optional: bool = False, by: str = "corroborated_by", flat: bool = False):
        self.optional, self.by, self.flat = optional, by, flat
        self.parts = ("source", "source_type", "corroboration", by)

    def columns(self, name: str) -> tuple[str, ...]:
        return tuple(name + part for part in self.parts)

    def to_columns(self, value: Evidence | None, name: str) -> dict[str, Any]:
        if value is None:
            return dict.fromkeys(self.columns(name)) | {
                f"{name}source": "",
                f"{name}{self.by}": "",
            }
        return {
            f"{name}source": value.source,
            f"{name}source_type": value.source_type.value,
            f"{name}corroboration": value.corroboration.value,
            f"{name}{self.by}": value.corroborated_by,
        }

    def expression(self, slots: Mapping[str, str], name: str, names: dict[str, Any]) -> str:
        read = _name(names, self._from_parts)
        return f"{read}({', '.join(slots[column] for column in self.columns(name))})"

    def _from_parts(
        self, source: Any, source_type: Any, corroboration: Any, by: Any
    ) -> Evidence | None:
        """``from_columns`` given the four columns' values in order."""
        if source_type is None:
            return None if self.optional else Evidence()
        parts = {
            "source": source or "",
            "source_type": _SOURCE_TYPES[source_type],
            "corroboration": _CORROBORATIONS[corroboration or Corroboration.UNVERIFIED.value],
            "corroborated_by": by or "",
        }
        if not _EVIDENCE_SETS_FIELDS_ONLY:
            return Evidence(**parts)
        # As Evidence(...) makes it, without its frozen __init__'s call per field (a
        # chronology entry's evidence, 5,000 times as a large case opens).
        evidence = _new(Evidence)
        evidence.__dict__.update(parts)
        return evidence

    def from_columns(self, row: Mapping[str, Any], name: str) -> Evidence | None:
        source_type = row[f"{name}source_type"]
        if source_type is None:
            return None if self.optional else Evidence()
        return Evidence(
            row[f"{name}source"] or "",
            SourceType(source_type),
            Corroboration(row[f"{name}corroboration"] or Corroboration.UNVERIFIED.value),
            row[f"{name}{self.by}"] or "",
        )

    def to_json(self, value: Evidence | None) -> Any:
        if value is None:
            return None
        return {
            "source": value.source,
            "source_type": value.source_type.value,
            "corroboration": value.corroboration.value,
            self.by: value.corroborated_by,
        }

    def from_json(self, value: Any, path: str, problems: Problems) -> Evidence | None:
        if value is None:
            return None if self.optional else Evidence()
        if not isinstance(value, dict):
            problems.add(path, translate("codecs", "should be an object ({{...}})"))
            return None if self.optional else Evidence()
        text = Text(limit=500, single_line=True)
        if value.get("source_type") is not None:
            source_type = Choice(SourceType).from_json(
                value["source_type"], f"{path}/source_type", problems
            )
        else:
            if self.flat:
                problems.add(f"{path}/source_type", required())
            source_type = SourceType.SELF_REPORTED
        corroboration: Corroboration = (
            Choice(Corroboration).from_json(
                value["corroboration"], f"{path}/corroboration", problems
            )
            if value.get("corroboration") is not None
            else Corroboration.UNVERIFIED
        )
        return Evidence(
            text.from_json(value.get("source"), f"{path}/source", problems),
            source_type,
            corroboration,
            text.from_json(value.get(self.by), f"{path}/{self.by}", problems),
        )

    def properties(self) -> dict[str, Any]:
        """The JSON Schema of each part."""
        return {
            "source": Text(limit=500, single_line=True).json_schema(),
            "source_type": Choice(SourceType).json_schema(),
            "corroboration": Choice(Corroboration).json_schema(),
            self.by: Text(limit=500, single_line=True).json_schema(),
        }

    def json_schema(self) -> dict[str, Any]:
        shape = {"type": "object", "properties": self.properties(), "additionalProperties": False}
        return {"oneOf": [shape, {"type": "null"}]}


class Birth(Codec["FuzzyDate | None"]):
    """A date of birth with its precision: two columns, one object in documents (whose
    ``evidence`` the person's ``birth_evidence`` field fills)."""

    def columns(self, name: str) -> tuple[str, ...]:
        return (f"{name}_date", f"{name}_precision")

    def to_columns(self, value: FuzzyDate | None, name: str) -> dict[str, Any]:
        if value is None:
            return {f"{name}_date": None, f"{name}_precision": None}
        return {f"{name}_date": value.value.isoformat(), f"{name}_precision": value.precision.value}

    def from_columns(self, row: Mapping[str, Any], name: str) -> FuzzyDate | None:
        if not row[f"{name}_date"]:
            return None
        return FuzzyDate(
            date.fromisoformat(row[f"{name}_date"]), DatePrecision(row[f"{name}_precision"])
        )

    def to_json(self, value: FuzzyDate | None) -> Any:
        if value is None:
            return None
        return {"date": value.value.isoformat(), "precision": value.precision.value}

    def from_json(self, value: Any, path: str, problems: Problems) -> FuzzyDate | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            problems.add(path, translate("codecs", "should be an object ({{...}})"))
            return None
        if value.get("date") in (None, ""):
            problems.add(f"{path}/date", required())
            return None
        when = Day().from_json(value.get("date"), f"{path}/date", problems)
        precision: DatePrecision = (
            Choice(DatePrecision).from_json(value["precision"], f"{path}/precision", problems)
            if value.get("precision") is not None
            else DatePrecision.EXACT
        )
        return FuzzyDate(when, precision) if when else None

    def json_schema(self) -> dict[str, Any]:
        return {
            "oneOf": [
                {
                    "type": "object",
                    "properties": {
                        "date": {"type": "string", "format": "date"},
                        "precision": Choice(DatePrecision).json_schema(),
                        "evidence": EvidenceOf(optional=True).json_schema(),
                    },
                    "required": ["date"],
                    "additionalProperties": False,
                },
                {"type": "null"},
            ]
        }


class Custom(Codec[T]):
    """A value with a domain type of its own that takes one text column (a category),
    or an ordered scale stored as a number (significance)."""

    def __init__(
        self,
        parse: Callable[[Any], T],
        dump: Callable[[T], Any],
        schema: dict[str, Any],
        message: str,
    ) -> None:
        self.parse, self.dump, self.schema, self.message = parse, dump, schema, message

    def to_column(self, value: T) -> Any:
        return self.dump(value)

    def _message(self, error: object, value: Any) -> str:
        # The declaring module (record_kinds) marks each message for translation.
        return translate("record_kinds", self.message).format(error=error, value=value)

    def from_column(self, value: Any) -> T:
        return self.parse(value)

    def expression(self, slots: Mapping[str, str], name: str, names: dict[str, Any]) -> str:
        return f"{_name(names, Memo(self.from_column))}[{slots[name]}]"

    def from_json(self, value: Any, path: str, problems: Problems) -> T:
        if not isinstance(value, bool):
            try:
                return self.parse(value)
            except (ValueError, TypeError) as error:
                problems.add(path, self._message(error=error, value=value))
                return self.parse(self.schema["default"])
        no = translate("codecs", "not a yes/no value")
        problems.add(path, self._message(error=no, value=value))
        return self.parse(self.schema["default"])

    def json_schema(self) -> dict[str, Any]:
        return {key: value for key, value in self.schema.items()}


_new = object.__new__
_EVIDENCE_SETS_FIELDS_ONLY = sets_fields_only(
    Evidence, {"source", "source_type", "corroboration", "corroborated_by"}
)
# What compiled readers convert by lookup (see ``Codec.expression``).
_DAYS = Memo(Day().from_column)
_SOURCE_TYPES = Memo(SourceType)
_CORROBORATIONS = Memo(Corroboration)
