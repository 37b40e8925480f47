"""The CaseDesk JSON interchange document (docs/interchange.md): export and validation.

``to_document`` turns case records into a plain JSON-ready dict; reading one back is
``interchange_reading.from_document``. Nothing here touches a case file: importing is done
by ``CaseFile.import_document``, which writes only when the reader found no problem.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TextIO

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.demonstration import DEMO_MARK

FORMAT = "casedesk-interchange"
VERSION = 1


def case_to_json(record: CaseRecord, today: date) -> dict[str, Any]:
    """One case record as interchange JSON: the case's own fields, then a list per kind
    (each written from its declaration in ``domain.record_kinds``), then what needs
    attention on ``today``."""
    out = k.to_json(k.CASE, record.case)
    for kind in k.CASE_RECORD_KINDS:
        out[kind.json_key] = [k.to_json(kind, r) for r in getattr(record, kind.record_field)]
    out["attention"] = record.attention(today)
    return out


def to_document(records: Sequence[CaseRecord], today: date, demo: bool = False) -> dict[str, Any]:
    """A whole interchange document (what needs attention as seen on ``today``)."""
    cases = [case_to_json(r, today) for r in records]
    mark = {"demonstration": DEMO_MARK} if demo else {}
    return {"format": FORMAT, "version": VERSION, **mark, "cases": cases}


def write_document(
    out: TextIO, records: Iterable[CaseRecord], today: date, demo: bool = False
) -> int:
    """Write the document for ``records`` to ``out`` one case at a time, exactly as
    ``json.dump(to_document(...), out, ensure_ascii=False, indent=2)`` would: a file of
    200 cases is never held whole (it was 640 MB). Returns how many cases were written.
    ``demo``: the cases are the fictional demonstration, and the document says so."""
    mark = f'\n  "demonstration": {json.dumps(DEMO_MARK, ensure_ascii=False)},' if demo else ""
    out.write(f'{{\n  "format": "{FORMAT}",\n  "version": {VERSION},{mark}\n  "cases": [')
    count = 0
    for record in records:
        text = json.dumps(case_to_json(record, today), ensure_ascii=False, indent=2)
        out.write(("," if count else "") + "\n    " + text.replace("\n", "\n    "))
        count += 1
    out.write("\n  ]\n}" if count else "]\n}")
    return count


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an interchange document, made from the same
    declarations as the reader and writer (docs/interchange.schema.json is this, written
    by ``scripts/write_interchange_schema.py``)."""
    case = k.json_schema(k.CASE)
    for kind in k.CASE_RECORD_KINDS:
        case["properties"][kind.json_key] = {"type": "array", "items": k.json_schema(kind)}
    case["properties"]["attention"] = {
        "type": "array",
        "items": {"type": "string"},
        "description": (
            "what needs attention on the case, as CaseDesk saw it (not imported)"  # i18n: schema
        ),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://casedesk.invalid/interchange.schema.json",
        "title": "CaseDesk interchange document",  # i18n: JSON schema, a file
        "description": (
            "Cases exchanged between CaseDesk case files (docs/interchange.md)."  # i18n: schema
        ),
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "demonstration": {
                "const": DEMO_MARK,
                "description": (
                    "present when the cases are CaseDesk's fictional demonstration"  # i18n: schema
                ),
            },
            "cases": {"type": "array", "items": case},
        },
        "required": ["format", "version", "cases"],
        "additionalProperties": False,
    }
