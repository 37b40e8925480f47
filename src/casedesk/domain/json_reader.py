"""A record kind's interchange reader, compiled into one function of the kind's fields.

``record_kind.from_json`` reads any declared record, field by field: it walks each
field's JSON path, decides what an empty value means, and calls the field's codec, which
checks the value. An import of 100,000 entries reads some three million fields that way,
and that was half of the import's time. ``json_reader(kind)`` does the same in one
generated function per kind (as ``record_kind.row_reader`` does for table rows): the path
and the empty-value rule are written out per field, and the values that make up nearly
every document (clean text, a known choice, a well-formed date seen before) are taken on
a fast path; anything else goes to the codec's own ``from_json``, which notes the problem
exactly as before. ``from_json`` stays the definition: a test holds the two to the same
records and the same problems.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from casedesk.domain import codecs as c
from casedesk.domain import record_kind as k
from casedesk.domain.evidence import Corroboration, Evidence, SourceType

JsonReader = Callable[[Mapping[str, Any], str, c.Problems, Mapping[str, Any]], Any]

_READERS: dict[str, JsonReader] = {}


def json_reader(kind: k.RecordKind) -> JsonReader:
    """``from_json`` for ``kind``, compiled: ``reader(obj, path, problems, context)``."""
    reader = _READERS.get(kind.name)
    if reader is None:
        reader = _READERS[kind.name] = _compile(kind)
    return reader


def _compile(kind: k.RecordKind) -> JsonReader:
    names: dict[str, Any] = {
        "T": kind.type,
        "new": object.__new__,
        "Mapping": Mapping,  # i18n: generated code
    }
    lines: list[str] = []
    values: list[tuple[str, str]] = []
    for index, f in enumerate(kind.fields):
        var = f"v{index}"
        values.append((f.attr, var))
        lines.extend(_field_lines(f, var, names))
    if c.sets_fields_only(kind.type, {attr for attr, _ in values}):
        fields = ", ".join(f"{attr!r}: {var}" for attr, var in values)
        lines += [
            "record = new(T)",  # i18n: generated code
            f"record.__dict__.update({{{fields}}})",
            "return record",  # i18n: generated code
        ]
    else:
        lines.append(f"return T({', '.join(f'{attr}={var}' for attr, var in values)})")
    header = "def read(obj, path, problems, context):\n"  # i18n: generated code
    source = header + "".join(f"    {x}\n" for x in lines)
    exec(compile(source, f"<json reader of {kind.name}>", "exec"), names)  # noqa: S102
    reader: JsonReader = names["read"]
    return reader


def _field_lines(f: k.Field, var: str, names: dict[str, Any]) -> list[str]:
    """The source that sets ``var`` to the field's value, as ``from_json`` would."""
    json_path = f.json_path
    if json_path is None:
        return [f"{var} = context.get({f.context!r})" if f.context else f"{var} = None"]
    codec = _name(names, f.codec)
    if f.flat:
        read = _name(names, _flat_evidence(f.codec))
        return [f"{var} = {read}(obj, path, problems)"]  # i18n: generated code
    where = f"path + {f.json_suffix!r}"
    lines = [f"raw = obj.get({json_path[0]!r})"]  # i18n: generated code
    for step in json_path[1:]:
        step_in = (
            f"raw = raw.get({step!r}) if isinstance(raw, Mapping) else None"  # i18n: generated code
        )
        lines.append(step_in)
    lines.append('if raw is None or raw == "":')  # i18n: generated code
    if f.required:
        lines.append(f"    problems.add({where}, {_name(names, c.required)}())")
        lines.append(f"    {var} = {_name(names, k.placeholder)}({_name(names, f)}, context)")
    elif f.default is not k.NO_DEFAULT:
        lines.append(f"    {var} = {_name(names, f.default)}")
    elif type(f.codec) in (c.Text, c.Ref):
        lines.append(f'    {var} = ""')  # what Text.from_json makes of None and ""
    else:
        slow = f"    {var} = {codec}.from_json(raw, {where}, problems)"  # i18n: generated code
        lines.append(slow)
    lines.append("else:")
    lines.append(f"    {var} = {_fast(f.codec, where, names)}")
    if f.required:
        lines.append(f"    if {var} is None:")  # i18n: generated code
        lines.append(f"        {var} = {_name(names, k.placeholder)}({_name(names, f)}, context)")
    return lines


def _fast(codec: c.Codec[Any], where: str, names: dict[str, Any]) -> str:
    """An expression for a present value ``raw``: its value when it is one of the usual
    clean ones, else whatever the codec's ``from_json`` makes of it."""
    slow = f"{_name(names, codec)}.from_json(raw, {where}, problems)"  # i18n: generated code
    if type(codec) in (c.Text, c.Ref):
        assert isinstance(codec, c.Text)
        bad = _name(names, c.bad_characters(codec.single_line))
        return (
            f"raw if raw.__class__ is str and len(raw) <= {codec.limit}"  # i18n: generated code
            f" and {bad}.search(raw) is None else {slow}"
        )
    if type(codec) in (c.Texts, c.Refs):
        bad = _name(names, c.bad_characters(True))
        limit = c.Texts.item.limit
        return (
            f"tuple(raw) if raw.__class__ is list"  # i18n: generated code
            " and all(i.__class__ is str"
            f" and len(i) <= {limit} and {bad}.search(i) is None for i in raw) else {slow}"
        )
    if type(codec) is c.Flag:
        return f"raw if raw is True or raw is False else {slow}"  # i18n: generated code
    if isinstance(codec, c.Day | c.Custom):
        # A document repeats the same few thousand dates, categories and scales.
        known: dict[Any, Any] = {}
        remember = _name(names, _remembering(codec, known))
        known_name = _name(names, known)
        return (
            f"{known_name}[raw] if (raw.__class__ is str"  # i18n: generated code
            " or raw.__class__ is int)"
            f" and raw in {known_name} else {remember}(raw, {where}, problems)"
        )
    if isinstance(codec, c.Choice):
        members = _name(names, {m.value: m for m in codec.kind if isinstance(m.value, str)})
        present = f"raw.__class__ is str and raw in {members}"  # i18n: generated code
        return f"{members}[raw] if {present} else {slow}"  # i18n: generated code
    return slow


def _remembering(codec: c.Codec[Any], known: dict[Any, Any]) -> Callable[..., Any]:
    """``codec.from_json``, keeping in ``known`` each value it reads from text or a whole
    number without a problem (a bool is neither: ``True == 1`` would find 1's value)."""

    def read(value: Any, path: str, problems: c.Problems) -> Any:
        before = len(problems.found)
        converted = codec.from_json(value, path, problems)
        if (
            converted is not None
            and len(problems.found) == before
            and type(value) in (str, int)
            and len(known) < 50_000
        ):
            known[value] = converted
        return converted

    return read


_SOURCE_TYPES = {m.value: m for m in SourceType}
_CORROBORATIONS = {m.value: m for m in Corroboration}


def _flat_evidence(
    codec: c.Codec[Any],
) -> Callable[[Mapping[str, Any], str, c.Problems], Evidence | None]:
    """Evidence written as keys of the record's own object (a chronology entry's): its
    parts taken at once when each is clean, else ``EvidenceOf.from_json``."""
    assert isinstance(codec, c.EvidenceOf)
    by = codec.by
    bad = c.bad_characters(True)
    new = object.__new__
    plain = c.sets_fields_only(
        Evidence, {"source", "source_type", "corroboration", "corroborated_by"}
    )

    def clean(text: Any) -> bool:
        return text is None or (text.__class__ is str and len(text) <= 500 and not bad.search(text))

    def read(obj: Mapping[str, Any], path: str, problems: c.Problems) -> Evidence | None:
        type_value, corroboration_value = obj.get("source_type"), obj.get("corroboration")
        source_type = _SOURCE_TYPES.get(type_value) if type_value.__class__ is str else None
        corroboration = (
            Corroboration.UNVERIFIED
            if corroboration_value is None
            else _CORROBORATIONS.get(corroboration_value)
            if corroboration_value.__class__ is str
            else None
        )
        source, corroborated_by = obj.get("source"), obj.get(by)
        if (
            not plain
            or source_type is None
            or corroboration is None
            or not clean(source)
            or not clean(corroborated_by)
        ):
            return codec.from_json(obj, path, problems)
        evidence = new(Evidence)
        evidence.__dict__.update(
            {
                "source": source or "",
                "source_type": source_type,
                "corroboration": corroboration,
                "corroborated_by": corroborated_by or "",
            }
        )
        return evidence

    return read


def _name(names: dict[str, Any], value: Any) -> str:
    key = f"_{len(names)}"
    names[key] = value
    return key
