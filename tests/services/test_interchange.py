"""The JSON interchange: round trips exactly, validates everything first, writes all or nothing."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casedesk.domain.errors import InvalidDocumentError
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate

PASSPHRASE = "kettle mango violin harbour"
TODAY = date(2026, 11, 25)


def new_file(tmp_path: Path, name: str, seed: int | None = None) -> CaseFile:
    case_file, _ = CaseFile.create(tmp_path / f"{name}.casedesk", PASSPHRASE, "Sam", kdf=FLOOR)
    if seed is not None:
        write_data(case_file, generate(seed=seed, cases=3, entries=90, as_of=date(2026, 11, 1)))
    return case_file


def audit_rows(case_file: CaseFile) -> int:
    with case_file._store.connect() as connection:
        return int(connection.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one())


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    with new_file(tmp_path, "source", seed=6) as source:
        return source.export_document(source.case_references())


def test_export_import_export_gives_the_same_document(
    tmp_path: Path, exported: dict[str, Any]
) -> None:
    with new_file(tmp_path, "target") as target:
        assert target.import_document(exported, TODAY) == ["DEMO-0001", "DEMO-0002", "DEMO-0003"]
        again = target.export_document(target.case_references())
        assert target.check().ok
    assert again == exported
    assert all(case["ecomap"] and case["emotional_links"] for case in exported["cases"])
    assert json.loads(json.dumps(again)) == again, "plain JSON types only"


def test_every_problem_is_reported_with_its_location_and_nothing_is_written(
    tmp_path: Path, exported: dict[str, Any]
) -> None:
    bad = copy.deepcopy(exported)
    case = bad["cases"][0]
    case["people"][0]["birth"]["date"] = "31/02/2020"
    case["people"][1]["sex"] = "martian"
    case["relationships"][0]["to"] = "nobody"
    case["identifiers"] = [
        {"person": case["people"][0]["id"], "kind": "NHS number", "value": "943 476 5918"}
    ]
    case["chronology"][0]["description"] = ""
    case["ecomap"][0]["strength"] = "lukewarm"
    case["ecomap"][1]["person"] = 42
    case["ecomap"][2]["person"] = "nobody"
    bad["cases"][2]["reference"] = bad["cases"][1]["reference"]
    with new_file(tmp_path, "target") as target:
        audited_before = audit_rows(target)
        with pytest.raises(InvalidDocumentError) as caught:
            target.import_document(bad, TODAY)
        assert target.case_references() == []
        assert audit_rows(target) == audited_before
    problems = caught.value.problems
    assert "/cases/0/people/0/birth/date: '31/02/2020' is not a date (write YYYY-MM-DD)" in problems
    assert any(p.startswith("/cases/0/people/1/sex: 'martian' is not one of") for p in problems)
    assert "/cases/0/relationships/0/to: 'nobody' is not one of the case's people" in problems
    assert any(p.startswith("/cases/0/identifiers/0/value: That NHS number") for p in problems)
    assert "/cases/0/chronology/0/description: is required" in problems
    assert any(p.startswith("/cases/2/reference:") for p in problems)
    assert any(
        p.startswith("/cases/0/ecomap/0/strength: 'lukewarm' is not one of") for p in problems
    )
    assert "/cases/0/ecomap/1/person: should be text" in problems
    assert "/cases/0/ecomap/2/person: That person is not in the case." in problems
    assert "nothing was written" in str(caught.value)


def test_impossible_facts_are_refused(tmp_path: Path, exported: dict[str, Any]) -> None:
    bad = copy.deepcopy(exported)
    person = bad["cases"][0]["people"][0]
    person["died_on"] = "1900-01-01"
    with new_file(tmp_path, "target") as target, pytest.raises(InvalidDocumentError) as caught:
        target.import_document(bad, TODAY)
    assert any("cannot have died before being born" in p for p in caught.value.problems)


@pytest.mark.parametrize(
    "document",
    [
        [],
        {"format": "something-else"},
        {"format": "casedesk-interchange", "version": 9},
        {"format": "casedesk-interchange", "version": 1, "cases": "nope"},
    ],
)
def test_documents_that_are_not_ours_say_so(tmp_path: Path, document: Any) -> None:
    with new_file(tmp_path, "target") as target, pytest.raises(InvalidDocumentError) as caught:
        target.import_document(document, TODAY)
    assert caught.value.problems


def test_importing_twice_is_refused_as_a_conflict(tmp_path: Path, exported: dict[str, Any]) -> None:
    with new_file(tmp_path, "target") as target:
        target.import_document(exported, TODAY)
        with pytest.raises(InvalidDocumentError, match="already in the case file"):
            target.import_document(exported, TODAY)
        assert len(target.case_references()) == 3


def test_names_in_any_script_round_trip_exactly(tmp_path: Path, exported: dict[str, Any]) -> None:
    document = copy.deepcopy(exported)
    names = ["زينب الحسن", "Zoë", "Ñandú", "e\u0301\u0301lise", "李小龍", "Ó Briain"]
    for person, name in zip(document["cases"][0]["people"], names, strict=False):
        person["given_names"] = name
        person["aliases"] = [name[::-1]]
    with new_file(tmp_path, "target") as target:
        target.import_document(document, TODAY)
        again = target.export_document(["DEMO-0001"])
        summaries = target.case_summaries()
    people = again["cases"][0]["people"]
    assert [p["given_names"] for p in people[: len(names)]] == names
    assert [p["aliases"] for p in people[: len(names)]] == [[n[::-1]] for n in names]
    assert "zoe" in summaries[0].search_key


def test_a_person_in_two_cases_is_stored_once(tmp_path: Path, exported: dict[str, Any]) -> None:
    document = copy.deepcopy(exported)
    shared = document["cases"][0]["people"][0]
    document["cases"][1]["people"].append(shared)
    with new_file(tmp_path, "target") as target:
        target.import_document(document, TODAY)
        first = target.case_record("DEMO-0001")
        second = target.case_record("DEMO-0002")
        with target._store.connect() as connection:
            copies = connection.exec_driver_sql(
                "SELECT count(*) FROM people WHERE id = ?", (shared["id"],)
            ).scalar_one()
    assert copies == 1
    assert shared["id"] in {p.id for p in first.people} & {p.id for p in second.people}


def test_a_document_written_a_case_at_a_time_is_the_document_written_whole(
    tmp_path: Path,
) -> None:
    import io

    with new_file(tmp_path, "source", seed=6) as source:
        references = source.case_references()
        whole = json.dumps(source.export_document(references), ensure_ascii=False, indent=2)
        streamed = io.StringIO()
        assert source.write_document(references, streamed) == len(references)
        empty = io.StringIO()
        source.write_document([], empty)
    assert streamed.getvalue() == whole
    assert json.loads(empty.getvalue())["cases"] == []
