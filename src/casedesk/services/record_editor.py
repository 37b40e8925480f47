"""Editing a case record: add, amend with a reason, undo and redo, and each record's history.

Records are evidence, so an edit never overwrites silently: an amendment keeps the earlier
values (with who, when and why) in the audit trail, where ``history`` finds them. Undo
and redo apply the inverse amendment as a new, audited amendment; they cover the edits
made since the case file was opened. Undoing an addition does not delete it: the record
is marked "entered in error" and no longer shown; redo clears the mark.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case, Concern, LegalStatus
from casedesk.domain.chronology import ChronologyEntry, entry_problems
from casedesk.domain.duplicates import PossibleDuplicate, likely_duplicates
from casedesk.domain.ecomap import support_problems
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.identifiers import format_nhs_number, nhs_number_problem
from casedesk.domain.ids import PersonId
from casedesk.domain.people import NHS_NUMBER, Address, Identification, Identifier, Person
from casedesk.domain.relationships import (
    EmotionalLink,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.sharing import SharingDecision, sharing_problem
from casedesk.domain.team import Professional, Support
from casedesk.domain.validation import (
    Problem,
    Severity,
    check_new_pre_birth_case,
    check_parent_child,
    check_person,
)
from casedesk.services.case_file import CaseFile
from casedesk.storage import loading, queries, records
from casedesk.storage.queries import HistoryRow
from casedesk.storage.unit_of_work import Changes


class RecordProblemError(CaseDeskError):
    """A change was refused because it records something that cannot be true."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(" ".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Amendment:
    """One undoable amendment: a record's values before and after."""

    label: str
    table: str
    record_id: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class AddPersonResult:
    """Either the person was added, or possible duplicates need a decision first."""

    changes: Changes | None
    duplicates: list[PossibleDuplicate] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def _refuse_errors(problems: list[Problem]) -> list[Problem]:
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise RecordProblemError(errors)
    return problems


class RecordEditor:
    """Edits to the case records of one open case file, with undo and redo."""

    def __init__(self, case_file: CaseFile, today: date | None = None) -> None:
        self.case_file = case_file
        self.today = today or date.today()
        self._undo: list[Amendment] = []
        self._redo: list[Amendment] = []

    # -- adding -------------------------------------------------------------------------

    def add_person(
        self, record: CaseRecord, person: Person, not_a_duplicate: bool = False
    ) -> AddPersonResult:
        """Add a person to a case; similar people already in it are offered first."""
        warnings = _refuse_errors(check_person(person, self.today))
        if not not_a_duplicate:
            # Look across the whole file: the same mother may already be in a sibling's case.
            with self.case_file._store.read() as connection:
                everyone = {p.id: p for p in loading.all_people(connection)}
            everyone.update({p.id: p for p in record.people})
            everyone.pop(person.id, None)
            found = [
                d
                for d in likely_duplicates([*everyone.values(), person])
                if person in (d.first, d.second)
            ]
            if found:
                return AddPersonResult(None, found, warnings)
        with self.case_file.transaction("Add person") as work:
            records.add_person(work, record.case.id, person)
        self._added("Add person", "people", work.changes)
        return AddPersonResult(work.changes, [], warnings)

    def add_case(self, case: Case, child: Person) -> Changes:
        """Open a new case for a child (or an unborn child) with its original concern."""
        problems = check_person(child, self.today)
        if case.legal_status is LegalStatus.PRE_BIRTH or child.expected_on is not None:
            problems += check_new_pre_birth_case(child.expected_on, self.today)
        if not case.reference.strip():
            problems.append(Problem(Severity.ERROR, "reference", "A case needs a reference."))
        if not case.original_concern.strip():
            problems.append(
                Problem(
                    Severity.ERROR, "original_concern", "Record the concern that opened the case."
                )
            )
        if case.reference in self.case_file.case_references():
            problems.append(
                Problem(
                    Severity.ERROR,
                    "reference",
                    f"There is already a case with the reference '{case.reference}'.",
                )
            )
        _refuse_errors(problems)
        with self.case_file.transaction("Open case") as work:
            records.add_cases(work, [case], [child], {case.id: [child.id]})
        return work.changes

    def link_person(self, record: CaseRecord, person: Person) -> Changes:
        """Put a person already in the file (in a sibling's case, say) into this case too."""
        if person.id in {p.id for p in record.people}:
            raise CaseDeskError(f"{person.display_name} is already in this case.")
        with self.case_file.transaction("Link person to case") as work:
            records.link_person(work, record.case.id, person.id)
        return work.changes

    def add_relationship(self, record: CaseRecord, relationship: Relationship) -> Changes:
        """Add a relationship; a parent younger than the child is refused."""
        people = {p.id: p for p in record.people}
        for end in (relationship.from_person, relationship.to_person):
            if end not in people:
                raise CaseDeskError("Both people must be in the case before they can be linked.")
        if relationship.kind is RelationshipKind.BIOLOGICAL_PARENT:
            _refuse_errors(
                check_parent_child(people[relationship.from_person], people[relationship.to_person])
            )
        with self.case_file.transaction("Add relationship") as work:
            records.add_relationships(work, [relationship])
        self._added("Add relationship", "relationships", work.changes)
        return work.changes

    def add_emotional_link(self, record: CaseRecord, link: EmotionalLink) -> Changes:
        """Record how two people of the case get on."""
        self._require_people(record, link.from_person, link.to_person)
        with self.case_file.transaction("Add emotional link") as work:
            records.add_emotional_links(work, [link])
        self._added("Add emotional link", "emotional_links", work.changes)
        return work.changes

    def add_support(self, record: CaseRecord, support: Support) -> Changes:
        """Add a link to the ecomap (an agency, service or other support of the family)."""
        _refuse_errors(support_problems(record, support))
        with self.case_file.transaction("Add ecomap link") as work:
            records.add_supports(work, [support])
        self._added("Add ecomap link", "supports", work.changes)
        return work.changes

    def place_person(
        self, record: CaseRecord, diagram: str, person: PersonId, at: tuple[float, float]
    ) -> None:
        """Keep where the worker dragged a person on a diagram."""
        self._require_people(record, person)
        with self.case_file.transaction("Move person on " + diagram) as work:
            records.place_person(work, record.case.id, diagram, person, at)

    def relayout(self, record: CaseRecord, diagram: str) -> None:
        """Return every hand-placed person of the diagram to the automatic layout."""
        placed = self.case_file.diagram_positions(record.case.id, diagram)
        if not placed:
            return
        with self.case_file.transaction("Re-layout " + diagram) as work:
            for person in sorted(placed):
                records.place_person(work, record.case.id, diagram, person, None)

    def add_parental_responsibility(
        self, record: CaseRecord, holder: ParentalResponsibility
    ) -> Changes:
        """Record who holds parental responsibility (apart from biology)."""
        self._require_people(record, holder.person, holder.child)
        with self.case_file.transaction("Record parental responsibility") as work:
            records.add_parental_responsibility(work, [holder])
        self._added("Record parental responsibility", "parental_responsibility", work.changes)
        return work.changes

    def add_address(self, record: CaseRecord, address: Address) -> Changes:
        """Add an address to a person's address history."""
        self._require_people(record, address.person)
        with self.case_file.transaction("Add address") as work:
            records.add_addresses(work, [address])
        self._added("Add address", "addresses", work.changes)
        return work.changes

    def add_household_membership(
        self, record: CaseRecord, membership: HouseholdMembership
    ) -> Changes:
        """Record that a person lived in a household from one date to another."""
        self._require_people(record, membership.person)
        if (
            membership.from_date
            and membership.to_date
            and membership.to_date < membership.from_date
        ):
            raise CaseDeskError("A household membership cannot end before it starts.")
        with self.case_file.transaction("Add household membership") as work:
            records.add_households(work, [membership])
        self._added("Add household membership", "households", work.changes)
        return work.changes

    def add_identifier(self, record: CaseRecord, identifier: Identifier) -> Changes:
        """Add an identifier; an NHS number must pass its check digit."""
        self._require_people(record, identifier.person)
        if identifier.kind == NHS_NUMBER:
            problem = nhs_number_problem(identifier.value)
            if problem:
                raise CaseDeskError(problem)
            identifier = Identifier(
                identifier.person, NHS_NUMBER, format_nhs_number(identifier.value)
            )
        if identifier in record.identifiers:
            raise CaseDeskError("That identifier is already recorded for them.")
        with self.case_file.transaction("Add identifier") as work:
            records.add_identifiers(work, [identifier])
        self._added("Add identifier", "identifiers", work.changes)
        return work.changes

    def amend_relationship(
        self, old: Relationship, new: Relationship, reason: str
    ) -> Changes | None:
        """Change a relationship (it ended, say), keeping the earlier values."""
        if not reason.strip():
            raise CaseDeskError("Say why the relationship is being changed.")
        before, after = records.relationship_row(old), records.relationship_row(new)
        changed = {k: v for k, v in after.items() if before.get(k) != v and k != "id"}
        if not changed:
            return None
        if new.ended_on and new.started_on and new.ended_on < new.started_on:
            raise CaseDeskError("A relationship cannot end before it starts.")
        return self._amend(
            Amendment(f"Amend relationship {old.kind.value}", "relationships", old.id, {}, changed),
            reason,
        )

    def amend_case(self, old: Case, new: Case, reason: str) -> Changes | None:
        """Change a case's status, worker or closing date. The original concern and the
        subject child are never replaced: later concerns are added beside it."""
        if not reason.strip():
            raise CaseDeskError("Say why the case is being changed.")
        if new.original_concern != old.original_concern or new.subject_child != old.subject_child:
            raise CaseDeskError(
                "The original concern and the subject child cannot be replaced; "
                "add a later concern instead."
            )
        if new.closed_on and new.closed_on < new.opened_on:
            raise CaseDeskError("A case cannot close before it opened.")
        before, after = records.case_row(old), records.case_row(new)
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if not changed:
            return None
        return self._amend(
            Amendment(f"Amend case {old.reference}", "cases", old.id, {}, changed), reason
        )

    def amend_professional(
        self, old: Professional, new: Professional, reason: str
    ) -> Changes | None:
        """Change a team member's details (they left, consent was given), with the reason."""
        if not reason.strip():
            raise CaseDeskError("Say why the details are being changed.")
        if new.involved_to and new.involved_to < new.involved_from:
            raise CaseDeskError("Involvement cannot end before it starts.")
        before = records.professional_row(old)
        after = records.professional_row(new)
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if not changed:
            return None
        return self._amend(
            Amendment(f"Amend {old.name}", "professionals", old.id, {}, changed), reason
        )

    def merge_people(
        self, record: CaseRecord, keep: Person, duplicate: Person, reason: str
    ) -> Changes:
        """Merge a confirmed duplicate into the record kept: every relationship, address,
        entry and case of the duplicate moves to it, the duplicate's names become aliases,
        and the duplicate's row stays (marked merged) with the reason in the history.
        Not undoable with Edit > Undo: it changes many records at once."""
        if not reason.strip():
            raise CaseDeskError("Say why these are the same person; the reason is kept.")
        self._require_people(record, keep.id, duplicate.id)
        if keep.id == duplicate.id:
            raise CaseDeskError("Choose two different records to merge.")
        with self.case_file.transaction(
            f"Merge {duplicate.display_name} into {keep.display_name}"
        ) as work:
            records.merge_person(work, keep, duplicate, reason)
        return work.changes

    def amend_place(
        self, old: Address | HouseholdMembership, new: Address | HouseholdMembership, reason: str
    ) -> Changes | None:
        """Change an address or household membership (they moved out, say), with the reason."""
        if not reason.strip():
            raise CaseDeskError("Say why it is being changed; the earlier values are kept.")
        if old.record_id is None:
            raise CaseDeskError("That record has not been saved yet.")
        if new.from_date and new.to_date and new.to_date < new.from_date:
            raise CaseDeskError("It cannot end before it starts.")
        table = "households" if isinstance(old, HouseholdMembership) else "addresses"
        place = "household" if table == "households" else "address"
        before, after = _place_row(old, place), _place_row(new, place)
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if not changed:
            return None
        label = "Amend household membership" if table == "households" else "Amend address"
        return self._amend(Amendment(label, table, str(old.record_id), {}, changed), reason)

    def amend_link(
        self,
        old: EmotionalLink | ParentalResponsibility | Support,
        new: EmotionalLink | ParentalResponsibility | Support,
        reason: str,
    ) -> Changes | None:
        """Change an emotional link, a parental responsibility record or an ecomap link,
        with the reason (the earlier values are kept)."""
        if not reason.strip():
            raise CaseDeskError("Say why it is being changed; the earlier values are kept.")
        if old.record_id is None or type(old) is not type(new):
            raise CaseDeskError("That record cannot be changed into another kind.")
        if new.from_date and new.to_date and new.to_date < new.from_date:
            raise CaseDeskError("It cannot end before it starts.")
        if isinstance(old, EmotionalLink) and isinstance(new, EmotionalLink):
            table, label = "emotional_links", "Amend emotional link"
            before, after = records.emotional_link_row(old), records.emotional_link_row(new)
        elif isinstance(old, Support) and isinstance(new, Support):
            table, label = "supports", "Amend ecomap link"
            before, after = records.support_row(old), records.support_row(new)
        elif isinstance(old, ParentalResponsibility) and isinstance(new, ParentalResponsibility):
            table, label = "parental_responsibility", "Amend parental responsibility"
            before, after = records.responsibility_row(old), records.responsibility_row(new)
        else:
            raise CaseDeskError("That record cannot be changed here.")
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if not changed:
            return None
        return self._amend(Amendment(label, table, str(old.record_id), {}, changed), reason)

    def _require_people(self, record: CaseRecord, *people: str) -> None:
        known = {p.id for p in record.people}
        if any(person not in known for person in people):
            raise CaseDeskError("Add the person to the case first.")

    def add_entry(self, record: CaseRecord, entry: ChronologyEntry) -> Changes:
        """Add a chronology entry (validated against the case)."""
        problems = entry_problems(
            entry, self.today, {e.id for e in record.entries}, {p.id for p in record.people}
        )
        if problems:
            raise CaseDeskError(" ".join(problems))
        with self.case_file.transaction("Add chronology entry") as work:
            records.add_entries(work, [entry])
        self._added("Add chronology entry", "chronology_entries", work.changes)
        return work.changes

    def amend_entry(
        self, record: CaseRecord, old: ChronologyEntry, new: ChronologyEntry, reason: str
    ) -> Changes | None:
        """Change an entry, keeping the earlier values with the reason (entries are never
        deleted; one recorded in error is marked so by undoing its addition)."""
        if not reason.strip():
            raise CaseDeskError("Say why the entry is being changed; the earlier values are kept.")
        problems = entry_problems(
            new, self.today, {e.id for e in record.entries}, {p.id for p in record.people}
        )
        if problems:
            raise CaseDeskError(" ".join(problems))
        stamp = old.recorded_at
        before, after = records.entry_row(old, stamp), records.entry_row(new, stamp)
        changed = {
            k: v
            for k, v in after.items()
            if before.get(k) != v and k not in ("id", "recorded_at", "recorded_by")
        }
        if not changed:
            return None
        return self._amend(
            Amendment("Amend chronology entry", "chronology_entries", old.id, {}, changed), reason
        )

    def record_sharing(self, decisions: list[SharingDecision]) -> Changes:
        """Log who was told about something recorded, or why not (theme 1)."""
        for decision in decisions:
            problem = sharing_problem(decision)
            if problem:
                raise CaseDeskError(problem)
        with self.case_file.transaction("Record information sharing") as work:
            records.add_sharing_decisions(work, decisions)
        return work.changes

    def add_identification_attempt(self, attempt: IdentificationAttempt) -> Changes:
        """Log an attempt to identify a father or significant adult."""
        if attempt.attempted_on > self.today:
            raise CaseDeskError("An identification attempt cannot be dated in the future.")
        with self.case_file.transaction("Record identification attempt") as work:
            records.add_identification_attempts(work, [attempt])
        self._added("Record identification attempt", "identification_attempts", work.changes)
        return work.changes

    def add_concern(self, concern: Concern) -> Changes:
        """Add a later concern beside the original one (which is never replaced)."""
        with self.case_file.transaction("Add concern") as work:
            records.add_concerns(work, [concern])
        self._added("Add concern", "concerns", work.changes)
        return work.changes

    def add_professional(self, professional: Professional) -> Changes:
        """Add someone to the team around the family."""
        with self.case_file.transaction("Add to team around the family") as work:
            records.add_professionals(work, [professional])
        self._added("Add to team around the family", "professionals", work.changes)
        return work.changes

    # -- amending -----------------------------------------------------------------------

    def amend_person(self, old: Person, new: Person, reason: str) -> Changes | None:
        """Change a person's details, keeping the earlier values; None if nothing changed."""
        if not reason.strip():
            raise CaseDeskError(
                "Say why the details are being changed; the reason is kept with the earlier values."
            )
        _refuse_errors(check_person(new, self.today))
        # Compare with what is stored now, not with the caller's copy, which may be stale.
        with self.case_file._store.read() as connection:
            current = loading.load_person(connection, old.id)
        after = records.person_changes(current, new)
        if not after:
            return None
        return self._amend(
            Amendment(f"Amend {old.display_name}", "people", old.id, {}, after), reason
        )

    def set_identification(
        self, person: Person, status: Identification, reason: str
    ) -> Changes | None:
        """Record that a person is now identified, named but not confirmed, or not identified."""
        from dataclasses import replace

        return self.amend_person(person, replace(person, identification=status), reason)

    def _amend(self, amendment: Amendment, reason: str) -> Changes:
        with self.case_file.transaction(amendment.label) as work:
            before = records.amend_row(
                work, amendment.table, amendment.record_id, amendment.after, reason
            )
        self._undo.append(
            Amendment(
                amendment.label, amendment.table, amendment.record_id, before, dict(amendment.after)
            )
        )
        self._redo.clear()
        return work.changes

    def _added(self, label: str, table: str, changes: Changes) -> None:
        """Make an addition undoable: undo marks it entered in error (it is not deleted)."""
        for record_id in changes.records.get(table, ()):
            self._undo.append(
                Amendment(
                    label,
                    table,
                    record_id,
                    {"entered_in_error": f"undone: {label}"},
                    {"entered_in_error": None},
                )
            )
        self._redo.clear()

    # -- undo and redo --------------------------------------------------------------------

    @property
    def undo_label(self) -> str | None:
        """What Undo would undo, if anything."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        """What Redo would redo, if anything."""
        return self._redo[-1].label if self._redo else None

    def undo(self) -> Changes | None:
        """Put back the values from before the last amendment (itself audited)."""
        if not self._undo:
            return None
        last = self._undo.pop()
        with self.case_file.transaction(f"Undo: {last.label}") as work:
            records.amend_row(work, last.table, last.record_id, last.before, "undo")
        self._redo.append(last)
        return work.changes

    def redo(self) -> Changes | None:
        """Apply again the amendment that was last undone."""
        if not self._redo:
            return None
        again = self._redo.pop()
        with self.case_file.transaction(f"Redo: {again.label}") as work:
            records.amend_row(work, again.table, again.record_id, again.after, "redo")
        self._undo.append(again)
        return work.changes

    # -- history --------------------------------------------------------------------------

    def history(self, table: str, record_id: str) -> list[HistoryRow]:
        """Every change to one record, with who, when, why and the earlier values."""
        with self.case_file._store.read() as connection:
            return queries.record_history(connection, table, record_id)


def _place_row(value: Address | HouseholdMembership, place: str) -> dict[str, Any]:
    text = value.household if isinstance(value, HouseholdMembership) else value.address
    return {
        place: text,
        "from_date": value.from_date.isoformat() if value.from_date else None,
        "to_date": value.to_date.isoformat() if value.to_date else None,
        "source": value.evidence.source,
        "source_type": value.evidence.source_type.value,
        "corroboration": value.evidence.corroboration.value,
    }
