"""One definition per record kind: every kind is written, loaded and exchanged from its
declaration, and nothing a case file holds is written without being read back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from casedesk.domain import record_kinds as k
from casedesk.domain.actions import Action, worker_owner
from casedesk.domain.assessments import (
    AdultConsidered,
    Assessment,
    AssessmentKind,
    ConcernAnswered,
    SourceConsulted,
)
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Concern
from casedesk.domain.disclosures import Disclosure
from casedesk.domain.escalation import Escalation
from casedesk.domain.evidence import Corroboration, Evidence, SourceType
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import CaseId
from casedesk.domain.people import NHS_NUMBER, Address, Identifier
from casedesk.domain.relationships import ParentalResponsibility
from casedesk.domain.sharing import Consent, SharingDecision
from casedesk.domain.sign_offs import ASSESSMENT, SignOff, SignOffDecision
from casedesk.domain.supervision import Supervision
from casedesk.services import interchange
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.storage import loading, tables

PASSPHRASE = "kettle mango violin harbour"
SCHEMA_FILE = Path(__file__).parents[2] / "docs" / "interchange.schema.json"
# Columns a table may hold beyond its kind's fields: marks and the file's own row order.
MARKS = {"entered_in_error", "merged_into", "rowid"}


def _every_kind(case_file: CaseFile) -> CaseRecord:
    """DEMO-0001 with at least one record of every kind, each through its own door."""
    record = case_file.case_record("DEMO-0001")
    child, adult = record.subject_child, next(a.person for a in record.key_adults())
    case = CaseId(record.case.id)
    evidence = Evidence("Police", SourceType.AGENCY_RECORD, Corroboration.CORROBORATED, "PNC")
    with case_file.transaction("Add one of every kind") as work:
        work.add(k.ADDRESSES, [Address(adult.id, "12 Elm Road", date(2024, 1, 2), None, evidence)])
        work.add(k.IDENTIFIERS, [Identifier(child.id, NHS_NUMBER, "943 476 5919")])
        work.add(
            k.PARENTAL_RESPONSIBILITY,
            [ParentalResponsibility(adult.id, child.id, "birth", date(2020, 1, 1))],
        )
        work.add(
            k.IDENTIFICATION_ATTEMPTS,
            [
                IdentificationAttempt(
                    "ia-1", case, adult.id, date(2026, 1, 2), "asked", "Sam", "mother", "no"
                )
            ],
        )
        work.add(k.CONCERNS, [Concern("cn-1", case, date(2026, 1, 3), "Bruising", "school")])
        work.add(
            k.SHARING,
            [
                SharingDecision(
                    "s-1",
                    case,
                    date(2026, 1, 4),
                    "GP",
                    True,
                    "the bruising",
                    consent=Consent.NOT_SOUGHT,
                    lawful_basis="to protect the child",
                    method="phone",
                    shared_on=date(2026, 1, 5),
                ),
                SharingDecision(
                    "s-2", case, date(2026, 1, 4), "", False, "the bruising", pending=True
                ),
            ],
        )
        work.add(
            k.ACTIONS,
            [
                Action(
                    "a-1",
                    case,
                    "Ask the GP for the mother's records",
                    worker_owner("Sam"),
                    date(2026, 1, 4),
                    date(2026, 1, 18),
                    date(2026, 1, 10),
                    "Records received",
                    record.entries[0].id,
                    "ia-1",
                    supervision="sv-1",
                )
            ],
        )
        _oversight_of_every_kind(work, record, case, adult.id)
    return case_file.case_record("DEMO-0001")


def _oversight_of_every_kind(work: Any, record: CaseRecord, case: CaseId, adult: str) -> None:
    """An assessment with a source and an adult, a supervision, an escalation, and a
    sign-off sealed by the owner's own key."""
    entry = record.entries[0].id
    work.add(
        k.ASSESSMENTS,
        [
            Assessment(
                "as-1",
                case,
                AssessmentKind.SECTION_47,
                date(2026, 1, 6),
                date(2026, 1, 27),
                date(2026, 1, 26),
                "Needs",
                "Capacity",
                "Family",
                (entry,),
                ConcernAnswered.ANSWERED,
                "Answered",
                "Plan",
                "",
                date(2026, 1, 26),
            )
        ],
    )
    work.add(
        k.SOURCES_CONSULTED,
        [SourceConsulted("aq-1", case, "as-1", "", "Police", date(2026, 1, 7), None, "")],
    )
    work.add(
        k.ADULTS_CONSIDERED,
        [AdultConsidered("aa-1", case, "as-1", adult, "Named", date(2026, 1, 8), "", "PNC")],
    )
    work.add(
        k.SUPERVISIONS,
        [
            Supervision(
                "sv-1",
                case,
                date(2026, 1, 9),
                "Pat",
                "Sam",
                "Reflect",
                "Decide",
                "Not this",
                "session-1",
                ("DEMO-0001",),
            )
        ],
    )
    work.add(
        k.ESCALATIONS,
        [
            Escalation(
                "es-1",
                case,
                date(2026, 1, 10),
                "Sam",
                "School",
                "No reply",
                2,
                date(2026, 1, 17),
                "",
                True,
                date(2026, 1, 12),
                "Will share",
                "Agreed",
                True,
            )
        ],
    )
    work.add_sign_off(
        SignOff(
            "",
            case,
            ASSESSMENT,
            "as-1",
            SignOffDecision.APPROVED,
            date(2026, 1, 27),
            "",
            "",
            "",
            '{"assessment":{}}',
            "",
            0,
            "",
            "ok",
            date(2026, 2, 2),
            0,
            "",
        )
    )
    work.add(
        k.DISCLOSURES,
        [
            Disclosure(
                "ds-1",
                case,
                date(2026, 2, 3),
                "Dr Lee, Riverside Medical Practice",
                "GP report",
                "consent",
                "CD-AAAA-BBBB-CCCC",
                "ab" * 32,
                ("Chronology",),
                ("the addresses and contact details of Jo",),
                "Sam",
                "AB:CD",
            )
        ],
    )


@pytest.fixture
def full_file(tmp_path: Path) -> Iterator[CaseFile]:
    case_file, _ = CaseFile.create(tmp_path / "all.casedesk", PASSPHRASE, "Sam", kdf=FLOOR)
    with case_file:
        case_file.set_clock(lambda: datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
        write_data(case_file, generate(seed=5, cases=2, entries=80, as_of=date(2026, 1, 5)))
        yield case_file


def test_every_kind_is_declared_with_every_field_of_its_type() -> None:
    for kind in k.ALL_KINDS:
        assert {f.attr for f in kind.fields} == {f.name for f in fields(kind.type)}, kind.name
    assert {kind.record_field for kind in k.CASE_RECORD_KINDS} | {"case"} == {
        f.name for f in fields(CaseRecord)
    }


def test_every_table_is_a_kind_or_read_elsewhere_and_every_column_is_read() -> None:
    """A kind written but never loaded (deadlines were, once) fails here."""
    for name, table in tables.metadata.tables.items():
        if name in loading.NOT_RECORD_KINDS:
            continue
        assert name in k.BY_NAME, f"table {name} is neither a record kind nor read elsewhere"
        unread = set(table.c.keys()) - k.columns_of(k.BY_NAME[name]) - MARKS
        assert not unread, f"{name}: columns {unread} are written but never loaded"


def test_every_kind_survives_the_case_file_and_export_import_export(
    full_file: CaseFile, tmp_path: Path
) -> None:
    record = _every_kind(full_file)
    for kind in k.CASE_RECORD_KINDS:
        assert getattr(record, kind.record_field), f"no {kind.what} in the test record"
    first = full_file.export_document(["DEMO-0001"])
    case_doc = first["cases"][0]
    assert {kind.json_key for kind in k.CASE_RECORD_KINDS} <= set(case_doc)
    other, _ = CaseFile.create(tmp_path / "other.casedesk", PASSPHRASE, "Kim", kdf=FLOOR)
    with other:
        other.import_document(json.loads(json.dumps(first)), today=date(2026, 3, 1))
        second = other.export_document(["DEMO-0001"])
        again = other.case_record("DEMO-0001")
    # A sign-off is exported for the record but holds only in the case file it signed.
    assert second["cases"][0].pop("sign_offs") == []
    assert len(first["cases"][0].pop("sign_offs")) == 1
    # So is what the file shared: the log belongs to the file that shared it.
    assert second["cases"][0].pop("disclosures") == []
    assert len(first["cases"][0].pop("disclosures")) == 1
    assert second == first
    for kind in k.CASE_RECORD_KINDS:
        expected = len(getattr(record, kind.record_field)) if kind.importable else 0
        assert len(getattr(again, kind.record_field)) == expected
    # The imported records keep who recorded them and when, as their document says.
    assert [e.recorded_by for e in again.entries] == [e.recorded_by for e in record.entries]


def test_a_record_is_read_back_as_it_was_written(full_file: CaseFile) -> None:
    record = _every_kind(full_file)

    def comparable(value: Any) -> Any:
        return replace(value, record_id=None) if hasattr(value, "record_id") else value

    address = record.addresses[0]
    assert address.evidence.corroborated_by == "PNC"
    assert comparable(address) == Address(
        address.person, "12 Elm Road", date(2024, 1, 2), None, address.evidence
    )
    assert record.concerns[0].recorded_by == "Sam"  # stamped by the unit of work
    assert record.sharing[0].recorded_by == "Sam"


def test_every_export_is_valid_against_the_published_json_schema(full_file: CaseFile) -> None:
    _every_kind(full_file)
    schema = interchange.document_schema()
    Draft202012Validator.check_schema(schema)
    document = json.loads(json.dumps(full_file.export_document(full_file.case_references())))
    errors = sorted(Draft202012Validator(schema).iter_errors(document), key=str)
    assert errors == []
    assert json.loads(SCHEMA_FILE.read_text()) == schema, (
        "docs/interchange.schema.json is out of date: run scripts/write_interchange_schema.py"
    )
    document["cases"][0]["chronology"][0]["significance"] = "high"
    assert list(Draft202012Validator(schema).iter_errors(document))


def test_a_great_grandparent_born_before_1900_survives_export_and_import(
    full_file: CaseFile, tmp_path: Path
) -> None:
    from casedesk.domain.dates import DatePrecision, FuzzyDate
    from casedesk.domain.ids import PersonId
    from casedesk.domain.people import Person, Sex

    record = full_file.case_record("DEMO-0001")
    elder = Person(
        PersonId("p-elder"),
        "Edith",
        "Marsh",
        Sex.FEMALE,
        FuzzyDate(date(1898, 6, 1), DatePrecision.YEAR),
        died_on=date(1975, 1, 1),
    )
    with full_file.transaction("Add person") as work:
        work.add_person(record.case.id, elder)
    document = json.loads(json.dumps(full_file.export_document(["DEMO-0001"])))
    other, _ = CaseFile.create(tmp_path / "o.casedesk", PASSPHRASE, "Kim", kdf=FLOOR)
    with other:
        other.import_document(document, today=date(2026, 3, 1))
        people = {p.id: p for p in other.case_record("DEMO-0001").people}
    assert people[PersonId("p-elder")].birth == elder.birth
