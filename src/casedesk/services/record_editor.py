"""Adding and amending a case's records, each as one named, audited unit of work.

Records are evidence, so an edit never overwrites silently: an amendment keeps the earlier
values (with who, when and why) in the audit trail, where ``history`` finds them. Every
change is undoable until the file is closed (``services.undo``). Which columns change is
worked out from the record kinds (``domain.record_kinds``), never by hand here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from casedesk.domain import record_kinds as k
from casedesk.domain.actions import WORKER_PREFIX, Action
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case, Concern, LegalStatus
from casedesk.domain.chronology import ChronologyEntry, entry_problems
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.duplicates import PossibleDuplicate, likely_duplicates
from casedesk.domain.ecomap import support_problems
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.identifiers import format_nhs_number, nhs_number_problem
from casedesk.domain.ids import EntryId, PersonId, new_id
from casedesk.domain.people import NHS_NUMBER, Address, Identification, Identifier, Person
from casedesk.domain.record_rules import record_problems
from casedesk.domain.relationships import (
    EmotionalLink,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.team import Professional, Support
from casedesk.domain.validation import (
    Problem,
    Severity,
    check_identification,
    check_new_pre_birth_case,
    check_parent_child,
    check_person,
)
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.services import undo
from casedesk.services.case_file import CaseFile, HistoryRow
from casedesk.services.deadline_editing import DeadlineEditing
from casedesk.services.deadlines import record_arising
from casedesk.services.entries import add_entries
from casedesk.services.oversight_editing import OversightEditing
from casedesk.storage.unit_of_work import Changes


class RecordProblemError(CaseDeskError):
    """A change was refused because it records something that cannot be true."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(" ".join(p.message for p in problems))
        self.problems = problems


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


class RecordEditor(DeadlineEditing, OversightEditing):
    """Edits to the case records of one open case file, with undo and redo."""

    def __init__(self, case_file: CaseFile) -> None:
        self.case_file = case_file
        self._steps = undo.UndoStack()

    @property
    def today(self) -> date:
        """Today by the case file's clock (what 'in the future' is measured against)."""
        return self.case_file.today()

    def _add(self, label: str, kind: k.RecordKind, records: Sequence[Any]) -> Changes:
        """Add records of one kind as one undoable step (each checked by its rules)."""
        for record in records:
            _refuse_errors(record_problems(record, self.today))
        with self.case_file.transaction(label) as work:
            work.add(kind, records)
        self._steps.push(label, undo.added(work.changes, (kind.name,)))
        return work.changes

    def _amend(self, label: str, old: Any, new: Any, reason: str) -> Changes | None:
        """Amend one stored record as one undoable step; None when nothing changed."""
        kind = k.kind_of(old)
        record_id = k.record_key(kind, old)
        if record_id is None:
            raise CaseDeskError(translate("record_editor", "That record has not been saved yet."))
        if type(new) is not type(old):
            raise CaseDeskError(
                translate("record_editor", "That record cannot be changed into another kind.")
            )
        _refuse_errors(record_problems(new, self.today))
        changed = k.changed_columns(kind, old, new)
        if not changed:
            return None
        with self.case_file.transaction(label) as work:
            before = work.amend_columns(kind.name, record_id, changed, reason)
        self._steps.push(label, [undo.Amendment(kind.name, record_id, before, changed)])
        return work.changes

    # -- adding -------------------------------------------------------------------------

    def add_person(
        self, record: CaseRecord, person: Person, not_a_duplicate: bool = False
    ) -> AddPersonResult:
        """Add a person to a case; similar people already in it are offered first."""
        warnings = _refuse_errors(check_person(person, self.today))
        _refuse_errors(record_problems(person, self.today))
        if not not_a_duplicate:
            # Look across the whole file: the same mother may already be in a sibling's case.
            with self.case_file.read() as snapshot:
                everyone = {p.id: p for p in snapshot.all_people()}
            everyone.update({p.id: p for p in record.people})
            everyone.pop(person.id, None)
            found = [
                d
                for d in likely_duplicates([*everyone.values(), person])
                if person in (d.first, d.second)
            ]
            if found:
                return AddPersonResult(None, found, warnings)
        label = translate("record_editor", "Add person")
        with self.case_file.transaction(label) as work:
            work.add_person(record.case.id, person)
        self._steps.push(label, undo.added(work.changes, (k.PEOPLE.name,)))
        return AddPersonResult(work.changes, [], warnings)

    def add_case(self, case: Case, child: Person) -> Changes:
        """Open a new case for a child (or an unborn child) with its original concern."""
        problems = check_person(child, self.today)
        if case.legal_status is LegalStatus.PRE_BIRTH or child.expected_on is not None:
            problems += check_new_pre_birth_case(child.expected_on, self.today)
        problems += record_problems(case, self.today)
        if case.reference in self.case_file.case_references():
            problems.append(
                Problem(
                    Severity.ERROR,
                    "reference",
                    translate(
                        "record_editor", "There is already a case with the reference '{reference}'."
                    ).format(reference=case.reference),
                )
            )
        _refuse_errors(problems)
        timescales = self._timescales()
        with self.case_file.transaction(translate("record_editor", "Open case")) as work:
            work.add_cases([case], [child], {case.id: [child.id]})
            # A case opens on a referral: its clocks run from the day it opened until the
            # referral itself is recorded (then they count from that entry).
            record_arising(work, CaseRecord(case, (child,)), timescales, self.today, opening=True)
        return work.changes

    def link_person(self, record: CaseRecord, person: Person) -> Changes:
        """Put a person already in the file (in a sibling's case, say) into this case too."""
        if person.id in {p.id for p in record.people}:
            raise CaseDeskError(
                translate("record_editor", "{name} is already in this case.").format(
                    name=person.display_name
                )
            )
        with self.case_file.transaction(translate("record_editor", "Link person to case")) as work:
            work.link_person(record.case.id, person.id)
        return work.changes

    def add_relationship(self, record: CaseRecord, relationship: Relationship) -> Changes:
        """Add a relationship; a parent younger than the child is refused."""
        people = {p.id: p for p in record.people}
        for end in (relationship.from_person, relationship.to_person):
            if end not in people:
                raise CaseDeskError(
                    translate(
                        "record_editor",
                        "Both people must be in the case before they can be linked.",
                    )
                )
        if relationship.kind is RelationshipKind.BIOLOGICAL_PARENT:
            _refuse_errors(
                check_parent_child(people[relationship.from_person], people[relationship.to_person])
            )
        return self._add(
            translate("record_editor", "Add relationship"), k.RELATIONSHIPS, [relationship]
        )

    def add_relationships(
        self, record: CaseRecord, relationships: Sequence[Relationship]
    ) -> Changes | None:
        """Add several relationships as one step (a person's relationship to the child,
        chosen in Add person, may be two parent links); each checked as one alone is."""
        people = {p.id: p for p in record.people}
        for relationship in relationships:
            for end in (relationship.from_person, relationship.to_person):
                if end not in people:
                    raise CaseDeskError(
                        translate(
                            "record_editor",
                            "Both people must be in the case before they can be linked.",
                        )
                    )
            if relationship.kind is RelationshipKind.BIOLOGICAL_PARENT:
                _refuse_errors(
                    check_parent_child(
                        people[relationship.from_person], people[relationship.to_person]
                    )
                )
        if not relationships:
            return None
        return self._add(
            translate("record_editor", "Add relationship to the child"),
            k.RELATIONSHIPS,
            list(relationships),
        )

    def add_emotional_link(self, record: CaseRecord, link: EmotionalLink) -> Changes:
        """Record how two people of the case get on."""
        self._require_people(record, link.from_person, link.to_person)
        return self._add(
            translate("record_editor", "Add emotional link"), k.EMOTIONAL_LINKS, [link]
        )

    def add_support(self, record: CaseRecord, support: Support) -> Changes:
        """Add a link to the ecomap (an agency, service or other support of the family)."""
        _refuse_errors(support_problems(record, support))
        return self._add(translate("record_editor", "Add ecomap link"), k.SUPPORTS, [support])

    def place_person(
        self, record: CaseRecord, diagram: str, person: PersonId, at: tuple[float, float]
    ) -> None:
        """Keep where the worker dragged a person on a diagram."""
        self._require_people(record, person)
        label = translate("record_editor", "Move person on {diagram}").format(diagram=diagram)
        with self.case_file.transaction(label) as work:
            work.place_person(record.case.id, diagram, person, at)

    def relayout(self, record: CaseRecord, diagram: str) -> None:
        """Return every hand-placed person of the diagram to the automatic layout."""
        placed = self.case_file.diagram_positions(record.case.id, diagram)
        if not placed:
            return
        label = translate("record_editor", "Re-layout {diagram}").format(diagram=diagram)
        with self.case_file.transaction(label) as work:
            for person in sorted(placed):
                work.place_person(record.case.id, diagram, person, None)

    def add_parental_responsibility(
        self, record: CaseRecord, holder: ParentalResponsibility
    ) -> Changes:
        """Record who holds parental responsibility (apart from biology)."""
        self._require_people(record, holder.person, holder.child)
        return self._add(
            translate("record_editor", "Record parental responsibility"),
            k.PARENTAL_RESPONSIBILITY,
            [holder],
        )

    def add_address(self, record: CaseRecord, address: Address) -> Changes:
        """Add an address to a person's address history."""
        self._require_people(record, address.person)
        return self._add(translate("record_editor", "Add address"), k.ADDRESSES, [address])

    def add_household_membership(
        self, record: CaseRecord, membership: HouseholdMembership
    ) -> Changes:
        """Record that a person lived in a household from one date to another."""
        self._require_people(record, membership.person)
        return self._add(
            translate("record_editor", "Add household membership"), k.HOUSEHOLDS, [membership]
        )

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
            raise CaseDeskError(
                translate("record_editor", "That identifier is already recorded for them.")
            )
        return self._add(translate("record_editor", "Add identifier"), k.IDENTIFIERS, [identifier])

    def amend_relationship(
        self, old: Relationship, new: Relationship, reason: str
    ) -> Changes | None:
        """Change a relationship (it ended, say), keeping the earlier values."""
        if not reason.strip():
            raise CaseDeskError(
                translate("record_editor", "Say why the relationship is being changed.")
            )
        label = translate("record_editor", "Amend relationship {kind}").format(
            kind=shown_value(old.kind)
        )
        return self._amend(label, old, new, reason)

    def amend_case(self, old: Case, new: Case, reason: str) -> Changes | None:
        """Change a case's status, worker or closing date. The original concern and the
        subject child are never replaced: later concerns are added beside it."""
        if not reason.strip():
            raise CaseDeskError(translate("record_editor", "Say why the case is being changed."))
        if new.original_concern != old.original_concern or new.subject_child != old.subject_child:
            raise CaseDeskError(
                translate(
                    "record_editor",
                    "The original concern and the subject child cannot be replaced; "
                    "add a later concern instead.",
                )
            )
        _refuse_errors(record_problems(new, self.today))
        changed = k.changed_columns(k.CASE, old, new)
        if not changed:
            return None
        label = translate("record_editor", "Amend case {reference}").format(reference=old.reference)
        record = replace(self.case_file.case_record(old.reference), case=new)
        timescales = self._timescales()
        with self.case_file.transaction(label) as work:
            before = work.amend_columns(k.CASE.name, old.id, changed, reason)
            steps = [undo.Amendment(k.CASE.name, old.id, before, changed)]
            # A plan made or ended changes which timescales apply: those that now arise
            # are recorded; those that no longer apply are proposed for cancelling.
            steps += record_arising(work, record, timescales, self.today)
        self._steps.push(label, steps + undo.added(work.changes, (k.DEADLINES.name,), steps))
        return work.changes

    def amend_professional(
        self, old: Professional, new: Professional, reason: str
    ) -> Changes | None:
        """Change a team member's details (they left, consent was given), with the reason."""
        if not reason.strip():
            raise CaseDeskError(
                translate("record_editor", "Say why the details are being changed.")
            )
        label = translate("record_editor", "Amend {name}").format(name=old.name)
        return self._amend(label, old, new, reason)

    def merge_people(
        self, record: CaseRecord, keep: Person, duplicate: Person, reason: str
    ) -> Changes:
        """Merge a confirmed duplicate into the record kept: every relationship, address,
        entry and case of the duplicate moves to it, the duplicate's names become aliases,
        and the duplicate's row stays (marked merged) with the reason in the history.
        Not undoable with Edit > Undo: it changes many records at once."""
        if not reason.strip():
            raise CaseDeskError(
                translate("record_editor", "Say why these are the same person; the reason is kept.")
            )
        self._require_people(record, keep.id, duplicate.id)
        if keep.id == duplicate.id:
            raise CaseDeskError(
                translate("record_editor", "Choose two different records to merge.")
            )
        label = translate("record_editor", "Merge {duplicate} into {kept}").format(
            duplicate=duplicate.display_name, kept=keep.display_name
        )
        with self.case_file.transaction(label) as work:
            work.merge_person(keep, duplicate, reason)
        return work.changes

    def amend_place(
        self, old: Address | HouseholdMembership, new: Address | HouseholdMembership, reason: str
    ) -> Changes | None:
        """Change an address or household membership (they moved out, say), with the reason."""
        if not reason.strip():
            raise CaseDeskError(
                translate(
                    "record_editor", "Say why it is being changed; the earlier values are kept."
                )
            )
        if old.record_id is None:
            raise CaseDeskError(translate("record_editor", "That record has not been saved yet."))
        label = (
            translate("record_editor", "Amend household membership")
            if isinstance(old, HouseholdMembership)
            else translate("record_editor", "Amend address")
        )
        return self._amend(label, old, new, reason)

    def amend_link(
        self,
        old: EmotionalLink | ParentalResponsibility | Support,
        new: EmotionalLink | ParentalResponsibility | Support,
        reason: str,
    ) -> Changes | None:
        """Change an emotional link, a parental responsibility record or an ecomap link,
        with the reason (the earlier values are kept)."""
        if not reason.strip():
            raise CaseDeskError(
                translate(
                    "record_editor", "Say why it is being changed; the earlier values are kept."
                )
            )
        if old.record_id is None or type(old) is not type(new):
            raise CaseDeskError(
                translate("record_editor", "That record cannot be changed into another kind.")
            )
        labels = {
            EmotionalLink: QT_TRANSLATE_NOOP("record_editor", "Amend emotional link"),
            Support: QT_TRANSLATE_NOOP("record_editor", "Amend ecomap link"),
            ParentalResponsibility: QT_TRANSLATE_NOOP(
                "record_editor", "Amend parental responsibility"
            ),
        }
        return self._amend(translate("record_editor", labels[type(old)]), old, new, reason)

    def _require_people(self, record: CaseRecord, *people: str) -> None:
        known = {p.id for p in record.people}
        if any(person not in known for person in people):
            raise CaseDeskError(translate("record_editor", "Add the person to the case first."))

    def add_entry(
        self,
        record: CaseRecord,
        entry: ChronologyEntry,
        sharing: Sequence[SharingDecision] = (),
        team: Sequence[Professional] = (),
        actions: Sequence[Action] = (),
    ) -> Changes:
        """Add a chronology entry (validated against the case) and, in the same unit of
        work and undo step, the decisions about who was told of it, anyone added to the
        team around the family on the way, and the actions agreed in it."""
        problems = entry_problems(
            entry, self.today, {e.id for e in record.entries}, {p.id for p in record.people}
        )
        for item in (*sharing, *team, *actions):
            problems += [p.message for p in record_problems(item, self.today)]
        problems += self._owner_problems(record, actions)
        if problems:
            raise CaseDeskError(" ".join(problems))
        if not entry.id:
            # The decisions and actions name the entry they are about: it needs its id first.
            entry = replace(entry, id=EntryId(new_id(k.ENTRIES.id_prefix)))
        sharing = [d if d.entry else replace(d, entry=entry.id) for d in sharing]
        actions = [a if a.entry else replace(a, entry=entry.id) for a in actions]
        label = translate("record_editor", "Add chronology entry")
        timescales = self._timescales()  # read before the unit of work begins
        with self.case_file.transaction(label) as work:
            work.add(k.PROFESSIONALS, team)
            added = add_entries(work, record, [entry], self.today, timescales, sharing)
            work.add(k.ACTIONS, actions)
        # Undone together: what was recorded with an entry entered in error goes with it,
        # the deadlines it started and its meeting of others included.
        kinds = (
            k.ENTRIES.name,
            k.SHARING.name,
            k.ACTIONS.name,
            k.PROFESSIONALS.name,
            k.DEADLINES.name,
        )
        steps = added.deadline_steps
        self._steps.push(label, undo.added(work.changes, kinds, steps) + steps)
        return work.changes

    def _timescales(self) -> Timescales:
        return self.case_file.timescales().timescales

    def amend_entry(
        self,
        record: CaseRecord,
        old: ChronologyEntry,
        new: ChronologyEntry,
        reason: str,
        sharing: Sequence[SharingDecision] = (),
        team: Sequence[Professional] = (),
    ) -> Changes | None:
        """Change an entry, keeping the earlier values with the reason (entries are never
        deleted; one recorded in error is marked so by undoing its addition); with the
        decisions about who was told when the change made it significant, and anyone added
        to the team on the way: one unit of work, one undo step."""
        if not reason.strip():
            raise CaseDeskError(
                translate(
                    "record_editor",
                    "Say why the entry is being changed; the earlier values are kept.",
                )
            )
        problems = entry_problems(
            new, self.today, {e.id for e in record.entries}, {p.id for p in record.people}, old
        )
        for item in (*sharing, *team):
            problems += [p.message for p in record_problems(item, self.today)]
        if problems:
            raise CaseDeskError(" ".join(problems))
        changed = k.changed_columns(k.ENTRIES, old, new)
        if not changed and not sharing and not team:
            return None
        _refuse_errors(record_problems(new, self.today))
        label = translate("record_editor", "Amend chronology entry")
        after = replace(record, entries=tuple(new if e.id == old.id else e for e in record.entries))
        timescales = self._timescales()
        with self.case_file.transaction(label) as work:
            steps: list[undo.Amendment] = []
            if changed:
                before = work.amend_columns(k.ENTRIES.name, old.id, changed, reason)
                steps.append(undo.Amendment(k.ENTRIES.name, old.id, before, changed))
            work.add(k.PROFESSIONALS, team)
            work.add(k.SHARING, sharing)
            # A new category may start or meet a timescale; a changed date is only proposed.
            steps += record_arising(work, after, timescales, self.today, only_entries={str(old.id)})
        kinds = (k.SHARING.name, k.PROFESSIONALS.name, k.DEADLINES.name)
        steps += undo.added(work.changes, kinds, steps)
        self._steps.push(label, steps)
        return work.changes

    def record_sharing(
        self, decisions: Sequence[SharingDecision], team: Sequence[Professional] = ()
    ) -> Changes:
        """Log who was told about something recorded, or why not, or that it is still to
        be decided (theme 1); with anyone added to the team on the way. One undo step."""
        for item in (*decisions, *team):
            _refuse_errors(record_problems(item, self.today))
        label = translate("record_editor", "Record information sharing")
        with self.case_file.transaction(label) as work:
            work.add(k.PROFESSIONALS, team)
            work.add(k.SHARING, decisions)
        self._steps.push(label, undo.added(work.changes, (k.SHARING.name, k.PROFESSIONALS.name)))
        return work.changes

    def add_action(self, record: CaseRecord, action: Action) -> Changes:
        """Add an action: what, who (one of the case's people, its team or the file's
        workers), agreed and due."""
        problems = self._owner_problems(record, [action])
        if problems:
            raise CaseDeskError(" ".join(problems))
        return self._add(translate("record_editor", "Add action"), k.ACTIONS, [action])

    def _owner_problems(self, record: CaseRecord, actions: Sequence[Action]) -> list[str]:
        """An owner must be one of the case's people, its team, or a worker of the file."""
        team = {str(m.id) for m in record.professionals}
        people = {str(p.id) for p in record.people}
        workers = {u.name for u in self.case_file.users() if u.role != "recovery"}
        found = []
        for action in actions:
            owner = action.owner
            if owner.startswith(WORKER_PREFIX):
                name = owner.removeprefix(WORKER_PREFIX)
                if name not in workers:
                    found.append(
                        translate(
                            "record_editor", "{name} is not a worker of this case file."
                        ).format(name=name or translate("record_editor", "No one"))
                    )
            elif owner and owner not in team and owner not in people:
                found.append(
                    translate(
                        "record_editor",
                        "Choose who is to do it from the case's people, team or workers.",
                    )
                )
        return found

    def complete_action(self, old: Action, new: Action) -> Changes | None:
        """Record that an action was done, when, and how it turned out."""
        if new.completed_on is None or not new.outcome.strip():
            raise CaseDeskError(
                translate("record_editor", "Say when the action was done and what came of it.")
            )
        return self._amend(
            translate("record_editor", "Mark action done"),
            old,
            new,
            translate("record_editor", "Done: {outcome}").format(outcome=new.outcome[:200]),
        )

    def add_identification_attempt(
        self,
        attempt: IdentificationAttempt,
        next_step: Action | None = None,
        record: CaseRecord | None = None,
    ) -> Changes:
        """Log an attempt to identify a father or significant adult, with its next step
        as an action (owned, dated) when one is agreed: one undo step."""
        _refuse_errors(record_problems(attempt, self.today))
        if next_step is None:
            return self._add(
                translate("record_editor", "Record identification attempt"),
                k.IDENTIFICATION_ATTEMPTS,
                [attempt],
            )
        if not attempt.id:
            attempt = replace(attempt, id=new_id(k.IDENTIFICATION_ATTEMPTS.id_prefix))
        next_step = replace(next_step, attempt=attempt.id)
        _refuse_errors(record_problems(next_step, self.today))
        if record is None:
            raise CaseDeskError(translate("record_editor", "A next step needs the case it is for."))
        owners = self._owner_problems(record, [next_step])
        if owners:
            raise CaseDeskError(" ".join(owners))
        label = translate("record_editor", "Record identification attempt")
        with self.case_file.transaction(label) as work:
            work.add(k.IDENTIFICATION_ATTEMPTS, [attempt])
            work.add(k.ACTIONS, [next_step])
        kinds = (k.IDENTIFICATION_ATTEMPTS.name, k.ACTIONS.name)
        self._steps.push(label, undo.added(work.changes, kinds))
        return work.changes

    def add_concern(self, concern: Concern) -> Changes:
        """Add a later concern beside the original one (which is never replaced)."""
        return self._add(translate("record_editor", "Add concern"), k.CONCERNS, [concern])

    def add_professional(self, professional: Professional) -> Changes:
        """Add someone to the team around the family."""
        return self._add(
            translate("record_editor", "Add to team around the family"),
            k.PROFESSIONALS,
            [professional],
        )

    # -- amending -----------------------------------------------------------------------

    def amend_person(self, old: Person, new: Person, reason: str) -> Changes | None:
        """Change a person's details, keeping the earlier values; None if nothing changed."""
        if not reason.strip():
            raise CaseDeskError(
                translate(
                    "record_editor",
                    "Say why the details are being changed; the reason is kept with the "
                    "earlier values.",
                )
            )
        _refuse_errors(check_person(new, self.today))
        _refuse_errors(record_problems(new, self.today))
        # Compare with what is stored now, not with the caller's copy, which may be stale.
        with self.case_file.read() as snapshot:
            current = snapshot.person(old.id)
        _refuse_errors(check_identification(current, new))
        label = translate("record_editor", "Amend {name}").format(name=old.display_name)
        return self._amend(label, current, new, reason)

    def set_identification(
        self, person: Person, status: Identification, reason: str
    ) -> Changes | None:
        """Record that a person is now identified, named but not confirmed, or not identified."""
        return self.amend_person(person, replace(person, identification=status), reason)

    # -- undo and redo --------------------------------------------------------------------

    @property
    def undo_label(self) -> str | None:
        """What Undo would undo, if anything."""
        return self._steps.undo_label

    @property
    def redo_label(self) -> str | None:
        """What Redo would redo, if anything."""
        return self._steps.redo_label

    def undo(self) -> Changes | None:
        """Put back the values from before the last action (itself audited)."""
        step = self._steps.pop_undo()
        if step is None:
            return None
        label = translate("record_editor", "Undo: {action}").format(action=step.label)
        with self.case_file.transaction(label) as work:
            undo.put_back(work, step, "undo")
        return work.changes

    def redo(self) -> Changes | None:
        """Apply again the action that was last undone."""
        step = self._steps.pop_redo()
        if step is None:
            return None
        label = translate("record_editor", "Redo: {action}").format(action=step.label)
        with self.case_file.transaction(label) as work:
            undo.apply_again(work, step, "redo")
        return work.changes

    def history(self, kind_name: str, record_id: str) -> list[HistoryRow]:
        """Every change to one record, with who, when, why and the earlier values."""
        return self.case_file.history(kind_name, record_id)
