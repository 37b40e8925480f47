"""The compiled interchange reader reads every record, and notes every problem, exactly as
``record_kind.from_json`` (the definition) does: on a real exported document, and on each
of its values replaced by something a hostile or careless document might hold."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casedesk.domain import record_kinds as k
from casedesk.domain.codecs import Problems
from casedesk.domain.json_reader import json_reader
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo

TODAY = date(2026, 11, 25)
ODD_VALUES: list[Any] = [
    None,
    "",
    0,
    1,
    2.5,
    True,
    False,
    [],
    ["a", "b"],
    ["a", "b\nc"],
    [1],
    {},
    {"date": "2020-01-01"},
    "plain text",
    "a line\nbreak",
    "tab\tinside",
    "nul\x00inside",
    "lone \ud800 surrogate",
    "x" * 600,
    "2026-02-30",
    "20260101",
    "1799-12-31",
    "2026-11-01",
    "not one of the choices",
    "self_reported",
    "unverified",
    "mother",
]

# Kinds the demo does not record, as a document from elsewhere would hold them.
WRITTEN_BY_HAND: dict[str, list[dict[str, Any]]] = {
    "addresses": [
        {
            "person": "p1",
            "address": "12 Mill Lane\nLeeds",
            "from": "2024-03-01",
            "to": None,
            "evidence": {"source": "tenancy", "source_type": "documentary"},
        }
    ],
    "identifiers": [{"person": "p1", "kind": "NHS number", "value": "943 476 5919"}],
    "parental_responsibility": [
        {"person": "p1", "child": "p2", "basis": "birth mother", "from": "2019-05-02"}
    ],
}


@pytest.fixture(scope="module")
def case_objects(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    folder: Path = tmp_path_factory.mktemp("reader")
    path = folder / "demo.casedesk"
    create_demo(path, seed=1, cases=8, as_of=date(2026, 11, 2), kdf=FLOOR)
    with CaseFile.open(path, DEMO_PASSPHRASE) as case_file:
        document = case_file.export_document(case_file.case_references())
    return list(document["cases"])


def _variants(obj: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The object, then with each key (and each key one level in) left out or replaced."""
    yield obj
    for key, value in obj.items():
        without = dict(obj)
        del without[key]
        yield without
        for odd in ODD_VALUES:
            yield {**obj, key: odd}
        if isinstance(value, dict):
            for inner in value:
                for odd in [*ODD_VALUES[:12], "x" * 600, "b\nc"]:
                    yield {**obj, key: {**value, inner: odd}}


def _same(kind: k.RecordKind, obj: dict[str, Any], context: dict[str, Any]) -> None:
    expected_problems, problems = Problems(), Problems()
    expected = k.from_json(kind, copy.deepcopy(obj), "/cases/0/x/1", expected_problems, context)
    record = json_reader(kind)(copy.deepcopy(obj), "/cases/0/x/1", problems, context)
    assert record == expected, (kind.name, obj)
    assert problems.found == expected_problems.found, (kind.name, obj)


def test_each_kind_reads_a_real_document_and_every_odd_value_as_the_definition_does(
    case_objects: list[dict[str, Any]],
) -> None:
    compared: dict[str, int] = {}
    for case in case_objects:
        context = {"case": case.get("id", "C1"), "today": TODAY}
        for obj in _variants({key: v for key, v in case.items() if not isinstance(v, list)}):
            _same(k.CASE, obj, {"today": TODAY})
        for kind in k.CASE_RECORD_KINDS:
            items = [*case.get(kind.json_key, [])[:3], *WRITTEN_BY_HAND.get(kind.name, [])]
            for item in items:
                for obj in _variants(item):
                    _same(kind, obj, context)
                    compared[kind.name] = compared.get(kind.name, 0) + 1
    importable = {kind.name for kind in k.CASE_RECORD_KINDS if kind.importable}
    missing = {name for name in importable if not compared.get(name)}
    assert not missing, f"the generated cases hold none of {missing}: nothing compared"
