"""Editing a case record: validation, duplicates offered, amendments with history, undo/redo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.dates import FuzzyDate
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import CaseId, PersonId, RelationshipId
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.relationships import Relationship, RelationshipKind
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.record_editor import RecordEditor, RecordProblemError
from casedesk.services.synthetic import generate

TODAY = date(2026, 11, 25)


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[RecordEditor]:
    case_file, _ = CaseFile.create(
        tmp_path / "e.casedesk", "kettle mango violin harbour", "Sam Worker", kdf=FLOOR
    )
    write_data(case_file, generate(seed=8, cases=2, entries=10, as_of=date(2026, 11, 1)))
    with case_file:
        yield RecordEditor(case_file, today=TODAY)


def test_a_similar_person_is_offered_before_adding_and_added_when_confirmed(
    editor: RecordEditor,
) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    mother = next(k.person for k in record.key_adults() if k.role == "biological mother")
    twin = replace(mother, id=PersonId("new-1"), given_names=mother.given_names.upper())
    result = editor.add_person(record, twin)
    assert result.changes is None
    assert [d.first.id for d in result.duplicates] == [mother.id]
    assert len(editor.case_file.case_record("DEMO-0001").people) == len(record.people)
    confirmed = editor.add_person(record, twin, not_a_duplicate=True)
    assert confirmed.changes is not None
    assert len(editor.case_file.case_record("DEMO-0001").people) == len(record.people) + 1


def test_impossible_people_and_parents_are_refused(editor: RecordEditor) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    ghost = Person(
        PersonId("new-2"),
        "Ann",
        "Lee",
        Sex.FEMALE,
        FuzzyDate(date(2000, 1, 1)),
        died_on=date(1990, 1, 1),
    )
    with pytest.raises(RecordProblemError, match="died before being born"):
        editor.add_person(record, ghost)
    young = Person(PersonId("new-3"), "Tim", "Lee", Sex.MALE, FuzzyDate(date(2025, 1, 1)))
    editor.add_person(record, young, not_a_duplicate=True)
    record = editor.case_file.case_record("DEMO-0001")
    child = record.subject_child
    if child.birth is None:
        pytest.skip("the generated subject child is unborn in this seed")
    with pytest.raises(RecordProblemError, match="younger than their child"):
        editor.add_relationship(
            record,
            Relationship(
                RelationshipId("r-new"), RelationshipKind.BIOLOGICAL_PARENT, young.id, child.id
            ),
        )


def test_an_amendment_keeps_the_earlier_value_with_who_when_and_why(editor: RecordEditor) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    mother = next(k.person for k in record.key_adults() if k.role == "biological mother")
    with pytest.raises(Exception, match="Say why"):
        editor.amend_person(mother, replace(mother, known_as="Jay"), reason=" ")
    changes = editor.amend_person(
        mother, replace(mother, known_as="Jay"), reason="mother asked to be called Jay"
    )
    assert changes is not None and changes.touched("people")
    assert editor.amend_person(mother, replace(mother, known_as="Jay"), "again") is None
    history = editor.history("people", mother.id)
    assert history[0].action == "Add demonstration cases"
    last = history[-1]
    assert last.actor == "Sam Worker" and last.reason == "mother asked to be called Jay"
    assert last.before == {"known_as": ""} and last.after == {"known_as": "Jay"}


def test_undo_and_redo_are_amendments_too(editor: RecordEditor) -> None:
    record = editor.case_file.case_record("DEMO-0002")
    father = record.key_adults()[0].person
    editor.set_identification(father, Identification.IDENTIFIED, "birth certificate seen")
    assert editor.undo_label == f"Amend {father.display_name}"

    def status() -> Identification:
        return editor.case_file.case_record("DEMO-0002").person(father.id).identification

    assert status() is Identification.IDENTIFIED
    editor.undo()
    assert status() is father.identification
    assert editor.redo_label is not None
    editor.redo()
    assert status() is Identification.IDENTIFIED
    actions = [h.action for h in editor.history("people", father.id)]
    assert actions[-2:] == [
        f"Undo: Amend {father.display_name}",
        f"Redo: Amend {father.display_name}",
    ]
    assert editor.case_file.check().ok


def test_identification_attempts_are_logged(editor: RecordEditor) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    father = record.key_adults()[0].person
    editor.add_identification_attempt(
        IdentificationAttempt(
            "ia-1",
            CaseId(record.case.id),
            father.id,
            date(2026, 11, 20),
            "home visit",
            "Sam Worker",
            "mother",
            "would not say",
            reluctance="afraid of him",
            outcome="not identified",
            next_step="ask midwife",
        )
    )
    attempts = editor.case_file.case_record("DEMO-0001").identification_attempts
    assert [(a.answer, a.reluctance) for a in attempts] == [("would not say", "afraid of him")]
    with pytest.raises(Exception, match="future"):
        editor.add_identification_attempt(
            replace(attempts[0], id="ia-2", attempted_on=date(2027, 1, 1))
        )
