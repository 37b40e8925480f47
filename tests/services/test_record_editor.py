"""Editing a case record: validation, duplicates offered, amendments with history, undo/redo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.evidence import Evidence, SourceType
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
        case_file.set_clock(lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC))
        yield RecordEditor(case_file)


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
    # 'Identified' needs a name and who identified them (theme 5): without, it is refused.
    if not father.given_names:
        father = replace(father, given_names="Aaron")
    father = replace(father, name_evidence=None)  # a name no one is recorded as giving
    with pytest.raises(RecordProblemError, match="Say who identified them"):
        editor.set_identification(father, Identification.IDENTIFIED, "he told me")
    certificate = Evidence("Birth certificate", SourceType.DOCUMENT)
    identified = replace(
        father, identification=Identification.IDENTIFIED, name_evidence=certificate
    )
    editor.amend_person(father, identified, "birth certificate seen")
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
    attempts = [
        a
        for a in editor.case_file.case_record("DEMO-0001").identification_attempts
        if a.id == "ia-1"
    ]
    assert [(a.answer, a.reluctance) for a in attempts] == [("would not say", "afraid of him")]
    with pytest.raises(Exception, match="future"):
        editor.add_identification_attempt(
            replace(attempts[0], id="ia-2", attempted_on=date(2027, 1, 1))
        )


def test_households_addresses_identifiers_and_other_links(editor: RecordEditor) -> None:
    from casedesk.domain.evidence import Evidence, SourceType
    from casedesk.domain.people import NHS_NUMBER, Address, Identifier
    from casedesk.domain.relationships import (
        EmotionalLink,
        EmotionalQuality,
        HouseholdMembership,
        ParentalResponsibility,
    )

    record = editor.case_file.case_record("DEMO-0001")
    child = record.subject_child
    mother = next(k.person for k in record.key_adults() if k.role == "biological mother")
    editor.add_address(
        record,
        Address(
            mother.id,
            "1 Fictional Row",
            date(2025, 1, 1),
            evidence=Evidence("Housing", SourceType.AGENCY_RECORD),
        ),
    )
    editor.add_household_membership(
        record, HouseholdMembership(mother.id, "Nan's flat", date(2024, 1, 1), date(2024, 6, 1))
    )
    with pytest.raises(Exception, match="cannot end before it starts"):
        editor.add_household_membership(
            record, HouseholdMembership(mother.id, "Nan's flat", date(2024, 6, 1), date(2024, 1, 1))
        )
    editor.add_emotional_link(record, EmotionalLink(mother.id, child.id, EmotionalQuality.CLOSE))
    editor.add_parental_responsibility(
        record, ParentalResponsibility(mother.id, child.id, "birth mother")
    )
    with pytest.raises(Exception, match="check digit"):
        editor.add_identifier(record, Identifier(child.id, NHS_NUMBER, "943 476 5918"))
    editor.add_identifier(record, Identifier(child.id, NHS_NUMBER, "9434765919"))
    after = editor.case_file.case_record("DEMO-0001")
    assert after.addresses[0].address == "1 Fictional Row"
    assert any(h.household == "Nan's flat" for h in after.households)
    assert after.emotional_links[0].quality is EmotionalQuality.CLOSE
    assert after.parental_responsibility[0].basis == "birth mother"
    assert after.identifiers == (Identifier(child.id, NHS_NUMBER, "943 476 5919"),)
    with pytest.raises(Exception, match="already recorded"):
        editor.add_identifier(after, Identifier(child.id, NHS_NUMBER, "943 476 5919"))


def test_a_relationship_is_amended_with_its_reason(editor: RecordEditor) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    partner = next(r for r in record.relationships if r.kind.value == "cohabiting")
    ended = replace(partner, ended_on=date(2026, 10, 1))
    with pytest.raises(Exception, match="Say why"):
        editor.amend_relationship(partner, ended, "")
    editor.amend_relationship(partner, ended, "mother says he moved out")
    after = editor.case_file.case_record("DEMO-0001")
    assert next(r for r in after.relationships if r.id == partner.id).ended_on == date(2026, 10, 1)
    history = editor.history("relationships", partner.id)
    assert history[-1].reason == "mother says he moved out"
    assert history[-1].before == {"ended_on": None}
    editor.undo()
    after = editor.case_file.case_record("DEMO-0001")
    assert next(r for r in after.relationships if r.id == partner.id).ended_on is None


def test_the_original_concern_can_never_be_replaced(editor: RecordEditor) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    with pytest.raises(Exception, match="cannot be replaced"):
        editor.amend_case(record.case, replace(record.case, original_concern="new"), "oops")
    closed = replace(record.case, closed_on=record.case.opened_on.replace(year=2000))
    with pytest.raises(Exception, match="close before it opened"):
        editor.amend_case(record.case, closed, "closing")


def test_a_confirmed_duplicate_is_merged_keeping_its_row_and_history(
    editor: RecordEditor,
) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    mother = next(k.person for k in record.key_adults() if k.role == "biological mother")
    copy = replace(
        mother, id=PersonId("dup-1"), given_names=mother.given_names + "e", aliases=("Mum",)
    )
    editor.add_person(record, copy, not_a_duplicate=True)
    record = editor.case_file.case_record("DEMO-0001")
    editor.add_relationship(
        record,
        Relationship(
            RelationshipId("r-dup"),
            RelationshipKind.SIGNIFICANT_ADULT,
            copy.id,
            record.case.subject_child,
            role="relative",
        ),
    )
    record = editor.case_file.case_record("DEMO-0001")
    people_before = len(record.people)
    with pytest.raises(Exception, match="Say why"):
        editor.merge_people(record, mother, copy, "")
    editor.merge_people(record, mother, copy, "same person: spelling differs on the referral")
    after = editor.case_file.case_record("DEMO-0001")
    assert len(after.people) == people_before - 1
    assert copy.id not in {p.id for p in after.people}
    kept = after.person(mother.id)
    assert copy.display_name in kept.aliases and "Mum" in kept.aliases
    moved = next(r for r in after.relationships if r.id == "r-dup")
    assert moved.from_person == mother.id
    history = editor.history("people", copy.id)
    assert history[-1].after == {"merged_into": mother.id}
    assert history[-1].reason == "same person: spelling differs on the referral"
    assert editor.case_file.check().ok
    summary = next(s for s in editor.case_file.case_summaries() if s.reference == "DEMO-0001")
    assert summary.people == people_before - 1


def test_undoing_an_addition_marks_it_entered_in_error_and_redo_brings_it_back(
    editor: RecordEditor,
) -> None:
    from casedesk.domain.cases import Concern

    record = editor.case_file.case_record("DEMO-0001")
    lodger = Person(PersonId("new-lodger"), "Kyle", "Nobody", Sex.MALE)
    editor.add_person(record, lodger, not_a_duplicate=True)
    editor.add_concern(Concern("cn-1", CaseId(record.case.id), date(2026, 11, 20), "Hungry"))
    assert editor.undo_label == "Add concern"
    editor.undo()
    assert editor.case_file.case_record("DEMO-0001").concerns == ()
    assert editor.undo_label == "Add person"
    editor.undo()
    assert "new-lodger" not in {p.id for p in editor.case_file.case_record("DEMO-0001").people}
    with editor.case_file._store.connect() as connection:
        marked = connection.exec_driver_sql(
            "SELECT entered_in_error FROM people WHERE id = 'new-lodger'"
        ).scalar_one()
    assert marked == "undone: Add person", "the row is kept, marked, never deleted"
    editor.redo()
    assert "new-lodger" in {p.id for p in editor.case_file.case_record("DEMO-0001").people}
    editor.redo()
    assert len(editor.case_file.case_record("DEMO-0001").concerns) == 1
    assert editor.case_file.check().ok


def test_emotional_links_and_parental_responsibility_are_amended(editor: RecordEditor) -> None:
    from casedesk.domain.relationships import (
        EmotionalLink,
        EmotionalQuality,
        ParentalResponsibility,
    )

    record = editor.case_file.case_record("DEMO-0001")
    child = record.subject_child
    mother = next(k.person for k in record.key_adults() if k.role == "biological mother")
    editor.add_emotional_link(record, EmotionalLink(mother.id, child.id, EmotionalQuality.CLOSE))
    editor.add_parental_responsibility(
        record, ParentalResponsibility(mother.id, child.id, "birth mother")
    )
    record = editor.case_file.case_record("DEMO-0001")
    link, holder = record.emotional_links[0], record.parental_responsibility[0]
    editor.amend_link(link, replace(link, quality=EmotionalQuality.DISTANT), "seen at visit")
    editor.amend_link(holder, replace(holder, to_date=date(2026, 11, 1)), "care order made")
    after = editor.case_file.case_record("DEMO-0001")
    assert after.emotional_links[0].quality is EmotionalQuality.DISTANT
    assert after.parental_responsibility[0].to_date == date(2026, 11, 1)
    with pytest.raises(Exception, match="another kind"):
        editor.amend_link(link, holder, "nonsense")


def test_chronology_entries_are_added_amended_undone_and_shared(editor: RecordEditor) -> None:
    from casedesk.domain.chronology import Category, ChronologyEntry
    from casedesk.domain.evidence import Corroboration, SourceType
    from casedesk.domain.ids import EntryId
    from casedesk.domain.sharing import Consent, SharingDecision

    record = editor.case_file.case_record("DEMO-0001")
    other = record.entries[0]
    entry = ChronologyEntry(
        EntryId("e-new"),
        CaseId(record.case.id),
        date(2026, 11, 20),
        Category.INJURY,
        "Bruise on the left arm",
        Evidence(
            "Nursery", SourceType.PROFESSIONAL_OBSERVATION, Corroboration.CORROBORATED, other.id
        ),
        "Sam",
        time="09:15",
        people=(record.case.subject_child,),
        analysis="Third bruise this month",
    )
    bad = replace(
        entry,
        id=EntryId("e-bad"),
        time="9am",
        until=date(2026, 11, 1),
        evidence=replace(entry.evidence, corroborated_by="nowhere"),
    )
    with pytest.raises(Exception, match="HH:MM") as caught:
        editor.add_entry(record, bad)
    assert "cannot end before it starts" in str(caught.value)
    assert "not in this case's chronology" in str(caught.value)
    editor.add_entry(record, entry)
    record = editor.case_file.case_record("DEMO-0001")
    # The worker's own analysis is searched too.
    assert editor.case_file.search_chronology(record.case.id, "third bruise") == {"e-new"}
    stored = next(e for e in record.entries if e.id == "e-new")
    assert (stored.time, stored.analysis, stored.corroborating_entry) == (
        "09:15",
        "Third bruise this month",
        other.id,
    )
    editor.amend_entry(
        record,
        stored,
        replace(stored, action_taken="Referred to MASH", action_owner="Sam"),
        "action agreed",
    )
    history = editor.history("chronology_entries", "e-new")
    assert history[-1].after == {"action_taken": "Referred to MASH", "action_owner": "Sam"}
    editor.undo()  # the amendment
    editor.undo()  # the addition: marked entered in error, not deleted
    assert "e-new" not in {e.id for e in editor.case_file.case_record("DEMO-0001").entries}
    with pytest.raises(Exception, match="why it was not shared"):
        editor.record_sharing(
            [
                SharingDecision(
                    "s1",
                    CaseId(record.case.id),
                    date(2026, 11, 20),
                    "GP",
                    False,
                    "the bruise",
                    "",
                    "Sam",
                )
            ]
        )
    editor.record_sharing(
        [
            SharingDecision(
                "s2",
                CaseId(record.case.id),
                date(2026, 11, 20),
                "GP",
                True,
                "the bruise",
                "",
                "Sam",
                "e-new",
                consent=Consent.GIVEN,
            )
        ]
    )
    sharing = editor.case_file.case_record("DEMO-0001").sharing
    assert [d.shared_with for d in sharing if d.entry == "e-new"] == ["GP"]


def test_a_case_with_no_father_recorded_is_flagged_until_one_is(editor: RecordEditor) -> None:
    """Theme 5: 'mother's new partner, name not known' and no father recorded is flagged
    in the case list, at the top of the case and in every export, until a father is
    recorded (as not identified when he is not known)."""
    from casedesk.domain.dates import FuzzyDate
    from casedesk.domain.ids import RelationshipId
    from casedesk.domain.people import Identification, Person, Sex
    from casedesk.domain.relationships import Relationship, RelationshipKind

    case_file = editor.case_file
    child = Person(PersonId("p-kai"), "Kai", "Rowe", Sex.MALE, FuzzyDate(date(2024, 5, 1)))
    concern = "Mother's new partner, name not known, shouted at Kai."
    _add_case(editor, "c-kai", "KAI-1", child, concern)
    summary = next(s for s in case_file.case_summaries() if s.reference == "KAI-1")
    assert summary.father_recorded is False
    record = case_file.case_record("KAI-1")
    assert record.attention(date(2026, 11, 30))[0].startswith("No father is recorded for Kai Rowe")
    assert case_file.export_document(["KAI-1"])["cases"][0]["attention"][0].startswith(
        "No father is recorded"
    )
    father = Person(PersonId("p-f"), "", "", Sex.MALE, identification=Identification.NOT_IDENTIFIED)
    editor.add_person(record, father, not_a_duplicate=True)
    record = case_file.case_record("KAI-1")
    editor.add_relationship(
        record,
        Relationship(RelationshipId(""), RelationshipKind.BIOLOGICAL_PARENT, father.id, child.id),
    )
    record = case_file.case_record("KAI-1")
    assert not record.attention(date(2026, 11, 30))[0].startswith("No father")
    assert "biological father is not identified" in record.attention(date(2026, 11, 30))[0]
    assert next(s for s in case_file.case_summaries() if s.reference == "KAI-1").father_recorded


def test_no_partner_of_the_mother_the_child_lives_with_is_flagged_until_recorded_or_explained(
    editor: RecordEditor,
) -> None:
    """The case list, the top of the case and the export say it, until a partner is
    recorded or the worker says why none is (Change case…)."""
    from casedesk.domain.cases import LegalStatus
    from casedesk.domain.dates import FuzzyDate
    from casedesk.domain.ids import RelationshipId
    from casedesk.domain.people import Person, Sex
    from casedesk.domain.relationships import HouseholdMembership, Relationship, RelationshipKind

    case_file = editor.case_file
    child = Person(PersonId("p-ava"), "Ava", "Hill", Sex.FEMALE, FuzzyDate(date(2022, 2, 1)))
    _add_case(editor, "c-ava", "AVA-1", child, "Neglect.", LegalStatus.CHILD_IN_NEED, "Sam")
    mother = Person(PersonId("p-mum"), "Leanne", "Hill", Sex.FEMALE, FuzzyDate(date(1997, 8, 3)))
    editor.add_person(case_file.case_record("AVA-1"), mother, not_a_duplicate=True)
    record = case_file.case_record("AVA-1")
    editor.add_relationship(
        record,
        Relationship(RelationshipId(""), RelationshipKind.BIOLOGICAL_PARENT, mother.id, child.id),
    )
    for person in (child, mother):
        editor.add_household_membership(
            record, HouseholdMembership(person.id, "Leanne's flat, 3 Park Row", date(2023, 1, 1))
        )
    summary = next(s for s in case_file.case_summaries() if s.reference == "AVA-1")
    assert summary.partner_recorded is False
    flagged = "No partner of Leanne Hill is recorded"
    assert any(flagged in line for line in case_file.case_record("AVA-1").attention(TODAY))
    assert any(
        flagged in line for line in case_file.export_document(["AVA-1"])["cases"][0]["attention"]
    )
    record = case_file.case_record("AVA-1")
    editor.amend_case(
        record.case,
        replace(record.case, no_partner_because="She says she has none; the HV agrees (3 Nov)."),
        "Asked at the visit of 3 November",
    )
    assert next(s for s in case_file.case_summaries() if s.reference == "AVA-1").partner_recorded
    assert not any(flagged in line for line in case_file.case_record("AVA-1").attention(TODAY))


def test_search_finds_a_cases_entries_wherever_they_lie_in_the_file_and_no_others(
    editor: RecordEditor,
) -> None:
    """Entries added to two cases in turn lie interleaved in the file: a search of one
    case finds its own, the first and the last, and none of the other's."""
    from casedesk.domain.chronology import Category, ChronologyEntry
    from casedesk.domain.ids import EntryId

    first, second = (editor.case_file.case_record(r) for r in ("DEMO-0001", "DEMO-0002"))
    added: dict[str, list[str]] = {"DEMO-0001": [], "DEMO-0002": []}
    for n in range(6):
        for record in (first, second):
            entry = ChronologyEntry(
                EntryId(f"e-{record.case.reference}-{n}"),
                CaseId(record.case.id),
                date(2026, 11, 1 + n),
                Category.HOME_VISIT,
                f"Zephyrine noticed on visit {n}",
                Evidence("Sam", SourceType.PROFESSIONAL_OBSERVATION),
                "Sam",
            )
            editor.add_entry(editor.case_file.case_record(record.case.reference), entry)
            added[record.case.reference].append(entry.id)
    for record in (first, second):
        found = editor.case_file.search_chronology(record.case.id, "zephyrine")
        assert found == set(added[record.case.reference])


def test_a_search_with_a_nul_pasted_into_it_finds_what_the_word_finds(
    editor: RecordEditor,
) -> None:
    """Text pasted from a damaged document can carry a NUL character: the search finds
    what the word without it finds, rather than failing."""
    case_file = editor.case_file
    record = case_file.case_record("DEMO-0001")
    word = record.entries[0].description.split()[0]
    found = case_file.search_chronology(record.case.id, word)
    assert found
    assert case_file.search_chronology(record.case.id, word[:2] + "\x00" + word[2:]) == found


def test_a_case_without_entries_finds_nothing_when_others_have_the_word(
    editor: RecordEditor,
) -> None:
    """A new case has no entries yet: its search finds none of the other cases'."""
    from casedesk.domain.dates import FuzzyDate
    from casedesk.domain.people import Person, Sex

    case_file = editor.case_file
    some = case_file.case_record("DEMO-0001").entries[0].description.split()[0]
    assert case_file.search_chronology(case_file.case_record("DEMO-0001").case.id, some)
    child = Person(PersonId("p-ivy"), "Ivy", "Lane", Sex.FEMALE, FuzzyDate(date(2025, 2, 1)))
    _add_case(editor, "c-ivy", "IVY-1", child, "Referred by the school nurse.")
    assert case_file.search_chronology("c-ivy", some) == set()


def _add_case(
    editor: RecordEditor,
    case_id: str,
    reference: str,
    child: Person,
    concern: str,
    status: LegalStatus = LegalStatus.EARLY_HELP,
    worker: str = "Sam Worker",
) -> None:
    """Open a new case for ``child``, referred on 1 November 2026 (Add case)."""
    case = Case(CaseId(case_id), reference, child.id, status, concern, date(2026, 11, 1), worker)
    editor.add_case(case, child)
