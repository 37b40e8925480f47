"""The oversight use cases of ``RecordEditor``: assessments (with their sources and
adults), submitting one for sign-off, supervision recorded on every case it discussed, and
escalation step by step. Each is a named, audited, undoable unit of work through the
editor's own ``_add`` and ``_amend`` (mixed into ``RecordEditor``). Signing off is not
here: it is the supervisor's own unit of work, with their own key (``services.sign_off``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from casedesk.domain import record_kinds as k
from casedesk.domain.actions import Action
from casedesk.domain.approval import latest_sign_off
from casedesk.domain.assessment_gaps import gaps
from casedesk.domain.assessments import AdultConsidered, Assessment, SourceConsulted
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.escalation import (
    Escalation,
    escalation_problems,
    response_due,
    starting_stage,
    taken_further,
)
from casedesk.domain.ids import CaseId, new_id
from casedesk.domain.record_rules import record_problems
from casedesk.domain.sign_offs import ASSESSMENT, SignOffDecision
from casedesk.domain.supervision import Supervision
from casedesk.domain.wording import translate
from casedesk.services import undo
from casedesk.services.sign_off import SUBMIT
from casedesk.storage.unit_of_work import Changes

if TYPE_CHECKING:
    from casedesk.services.case_file import CaseFile


class OversightEditing:
    """Oversight edits (mixed into ``RecordEditor``, which gives what is declared here)."""

    case_file: CaseFile
    _steps: undo.UndoStack

    @property
    def today(self) -> date:
        raise NotImplementedError

    def _timescales(self) -> Timescales:
        raise NotImplementedError

    def _add(self, label: str, kind: k.RecordKind, records: Sequence[Any]) -> Changes:
        raise NotImplementedError

    def _amend(self, label: str, old: Any, new: Any, reason: str) -> Changes | None:
        raise NotImplementedError

    def _owner_problems(self, record: CaseRecord, actions: Sequence[Action]) -> list[str]:
        raise NotImplementedError

    # -- assessments ------------------------------------------------------------------

    def add_assessment(self, record: CaseRecord, assessment: Assessment) -> Changes:
        """Start an assessment of the case (its history links must be the case's entries)."""
        self._require_entries(record, assessment.history)
        return self._add(
            translate("oversight_editing", "Start assessment"), k.ASSESSMENTS, [assessment]
        )

    def amend_assessment(
        self, record: CaseRecord, old: Assessment, new: Assessment, reason: str
    ) -> Changes | None:
        """Change an assessment, keeping the earlier values (a signed-off one then shows
        as "approved an earlier version")."""
        self._require_entries(record, new.history)
        return self._amend(
            translate("oversight_editing", "Change assessment"),
            old,
            new,
            reason or translate("oversight_editing", "assessment updated"),
        )

    def _require_entries(self, record: CaseRecord, ids: Sequence[str]) -> None:
        known = {e.id for e in record.entries}
        if any(i not in known for i in ids):
            raise CaseDeskError(
                translate(
                    "oversight_editing", "The history considered must be entries of this case."
                )
            )

    def add_source(self, record: CaseRecord, source: SourceConsulted) -> Changes:
        """Record a member of the team (or another source) asked for an assessment."""
        if source.professional and source.professional not in {p.id for p in record.professionals}:
            raise CaseDeskError(
                translate(
                    "oversight_editing", "Choose a member of this case's team around the family."
                )
            )
        return self._add(
            translate("oversight_editing", "Record source consulted"), k.SOURCES_CONSULTED, [source]
        )

    def amend_source(
        self, old: SourceConsulted, new: SourceConsulted, reason: str
    ) -> Changes | None:
        """Record the answer of a source (or correct what was recorded)."""
        return self._amend(
            translate("oversight_editing", "Change source consulted"),
            old,
            new,
            reason or translate("oversight_editing", "answer recorded"),
        )

    def add_adult(self, record: CaseRecord, adult: AdultConsidered) -> Changes:
        """Record how an assessment considered an adult of the household or a significant
        adult."""
        if adult.person not in {p.id for p in record.people}:
            raise CaseDeskError(translate("oversight_editing", "Choose one of the case's people."))
        return self._add(
            translate("oversight_editing", "Record adult considered"), k.ADULTS_CONSIDERED, [adult]
        )

    def amend_adult(
        self, old: AdultConsidered, new: AdultConsidered, reason: str
    ) -> Changes | None:
        """Change how an adult was identified, seen or checked."""
        return self._amend(
            translate("oversight_editing", "Change adult considered"),
            old,
            new,
            reason or translate("oversight_editing", "adult updated"),
        )

    def save_assessment(
        self,
        record: CaseRecord,
        old: Assessment | None,
        new: Assessment,
        sources: Sequence[SourceConsulted] = (),
        adults: Sequence[AdultConsidered] = (),
        reason: str = "",
    ) -> Changes | None:
        """Save an assessment's screen as one undoable step: the assessment (new, or
        amended from ``old``), and its sources and adults (those without an id are
        added; those changed are amended). None when nothing changed."""
        self._require_entries(record, new.history)
        team = {p.id for p in record.professionals}
        people = {p.id for p in record.people}
        for source in sources:
            if source.professional and source.professional not in team:
                raise CaseDeskError(
                    translate(
                        "oversight_editing",
                        "Choose a member of this case's team around the family.",
                    )
                )
        for adult in adults:
            if adult.person not in people:
                raise CaseDeskError(
                    translate("oversight_editing", "Choose one of the case's people.")
                )
        if old is None and not new.id:
            new = replace(new, id=new_id(k.ASSESSMENTS.id_prefix))
        sources = [replace(s, assessment=new.id, case=record.case.id) for s in sources]
        adults = [replace(a, assessment=new.id, case=record.case.id) for a in adults]
        for item in (new, *sources, *adults):
            problems = record_problems(item, self.today)
            if problems:
                raise CaseDeskError(" ".join(p.message for p in problems))
        stored_sources = {s.id: s for s in record.sources_consulted}
        stored_adults = {a.id: a for a in record.adults_considered}
        amendments: list[tuple[k.RecordKind, Any, Any]] = []
        if old is not None:
            amendments.append((k.ASSESSMENTS, old, new))
        amendments += [
            (k.SOURCES_CONSULTED, stored_sources[s.id], s)
            for s in sources
            if s.id in stored_sources
        ]
        amendments += [
            (k.ADULTS_CONSIDERED, stored_adults[a.id], a) for a in adults if a.id in stored_adults
        ]
        changed = [(kind, a, b, k.changed_columns(kind, a, b)) for kind, a, b in amendments]
        changed = [c for c in changed if c[3]]
        added_sources = [s for s in sources if not s.id]
        added_adults = [a for a in adults if not a.id]
        if old is not None and not changed and not added_sources and not added_adults:
            return None
        label = (
            translate("oversight_editing", "Start assessment")
            if old is None
            else translate("oversight_editing", "Change assessment")
        )
        why = reason.strip() or translate("oversight_editing", "assessment updated")
        undo_steps: list[undo.Amendment] = []
        with self.case_file.transaction(label) as work:
            if old is None:
                work.add(k.ASSESSMENTS, [new])
            for kind, before_record, _after, columns in changed:
                key = k.record_key(kind, before_record)
                assert key is not None
                before = work.amend_columns(kind.name, key, columns, why)
                undo_steps.append(undo.Amendment(kind.name, key, before, columns))
            work.add(k.SOURCES_CONSULTED, added_sources)
            work.add(k.ADULTS_CONSIDERED, added_adults)
        kinds = (k.ASSESSMENTS.name, k.SOURCES_CONSULTED.name, k.ADULTS_CONSIDERED.name)
        self._steps.push(label, [*undo.added(work.changes, kinds, undo_steps), *undo_steps])
        return work.changes

    def submit_assessment(self, record: CaseRecord, assessment: Assessment) -> Changes:
        """Submit an assessment for sign-off: refused, with every gap named, until nothing
        is missing."""
        latest = latest_sign_off(record, ASSESSMENT, assessment.id)
        returned = latest is not None and latest.decision is SignOffDecision.RETURNED
        if assessment.submitted_on is not None and not (
            returned and latest is not None and latest.signed_on >= assessment.submitted_on
        ):
            raise CaseDeskError(
                translate(
                    "oversight_editing", "This assessment has already been submitted for sign-off."
                )
            )
        missing = gaps(
            assessment,
            record,
            [s for s in record.sources_consulted if s.assessment == assessment.id],
            [a for a in record.adults_considered if a.assessment == assessment.id],
            self._timescales().calendar,
        )
        if missing:
            raise CaseDeskError(
                translate(
                    "oversight_editing", "It cannot be submitted for sign-off yet: {gaps}"
                ).format(gaps=" ".join(gap.sentence for gap in missing))
            )
        # Written even when the date does not change (submitted again the day it was
        # returned): the audit trail's order is what shows it came after the return.
        values = {"submitted_on": self.today.isoformat()}
        with self.case_file.transaction(SUBMIT) as work:  # its name is a key: never translated
            before = work.amend_columns(
                k.ASSESSMENTS.name,
                assessment.id,
                values,
                translate("oversight_editing", "submitted for sign-off"),
            )
        self._steps.push(
            translate("sign_off", SUBMIT),
            [undo.Amendment(k.ASSESSMENTS.name, assessment.id, before, values)],
        )
        return work.changes

    # -- supervision -------------------------------------------------------------------

    def record_supervision(
        self,
        supervision: Supervision,
        records: Sequence[CaseRecord],
        actions: Sequence[tuple[CaseId, Action]] = (),
    ) -> Changes:
        """Record one supervision session on the record of every case it discussed (one
        record each, sharing the session), with the actions it agreed (case id, action):
        one undo step."""
        if not records:
            raise CaseDeskError(
                translate("oversight_editing", "Choose the case (or cases) discussed.")
            )
        session = supervision.session or new_id("session")
        references = tuple(r.case.reference for r in records)
        made = [
            replace(
                supervision,
                id=new_id(k.SUPERVISIONS.id_prefix),
                case=r.case.id,
                session=session,
                cases_discussed=references,
            )
            for r in records
        ]
        for item in made:
            problems = record_problems(item, self.today)
            if problems:
                raise CaseDeskError(" ".join(p.message for p in problems))
        by_case = {item.case: item.id for item in made}
        agreed = []
        for case_id, action in actions:
            if case_id not in by_case:
                raise CaseDeskError(
                    translate(
                        "oversight_editing", "An action must be for one of the cases discussed."
                    )
                )
            agreed.append(replace(action, supervision=by_case[case_id], case=case_id))
        for action in agreed:
            problems = record_problems(action, self.today)
            if problems:
                raise CaseDeskError(" ".join(p.message for p in problems))
            owners = self._owner_problems(
                next(r for r in records if r.case.id == action.case), [action]
            )
            if owners:
                raise CaseDeskError(" ".join(owners))
        label = translate("oversight_editing", "Record supervision")
        with self.case_file.transaction(label) as work:
            work.add(k.SUPERVISIONS, made)
            work.add(k.ACTIONS, agreed)
        kinds = (k.SUPERVISIONS.name, k.ACTIONS.name)
        self._steps.push(label, undo.added(work.changes, kinds))
        return work.changes

    # -- escalation --------------------------------------------------------------------

    def raise_escalation(self, record: CaseRecord, step: Escalation) -> Changes:
        """Raise a concern with another professional under the local procedure: it starts
        at the first stage, or at the procedure's stage for immediate risk, and its
        response is due by the stage's time in working days."""
        timescales = self._timescales()
        procedure = timescales.pack.oversight.escalation
        stage = starting_stage(procedure, step.immediate_risk)
        due = response_due(procedure, stage, step.raised_on, timescales.calendar)
        made = replace(step, case=record.case.id, stage=stage, response_due=due, follows="")
        self._refuse(made)
        return self._add(translate("oversight_editing", "Raise escalation"), k.ESCALATIONS, [made])

    def record_escalation_response(
        self, old: Escalation, responded_on: date, response: str
    ) -> Changes | None:
        """Record the other side's response to a step."""
        new = replace(old, responded_on=responded_on, response=response)
        self._refuse(new)
        return self._amend(
            translate("oversight_editing", "Record escalation response"),
            old,
            new,
            translate("oversight_editing", "response recorded"),
        )

    def resolve_escalation(self, old: Escalation, outcome: str) -> Changes | None:
        """Record the outcome that resolves the escalation (placed on the child's record)."""
        new = replace(old, outcome=outcome, resolved=True)
        self._refuse(new)
        return self._amend(
            translate("oversight_editing", "Resolve escalation"),
            old,
            new,
            translate("oversight_editing", "resolved"),
        )

    def escalate_further(
        self,
        record: CaseRecord,
        old: Escalation,
        raised_on: date,
        with_whom: str,
        outcome: str,
        professional: str = "",
    ) -> Changes:
        """Take an unresolved escalation to the next stage: the outcome of this step is
        recorded, and the next step is raised (one undo step)."""
        timescales = self._timescales()
        procedure = timescales.pack.oversight.escalation
        if old.resolved:
            raise CaseDeskError(translate("oversight_editing", "This escalation is resolved."))
        if old.id in taken_further(record.escalations):
            raise CaseDeskError(
                translate(
                    "oversight_editing", "This step has already been taken to the next stage."
                )
            )
        if old.stage >= procedure.last:
            raise CaseDeskError(
                translate(
                    "oversight_editing",
                    "Stage {stage} is the procedure's last: record the outcome instead.",
                ).format(stage=old.stage)
            )
        if not outcome.strip():
            raise CaseDeskError(
                translate(
                    "oversight_editing", "Say why it goes to the next stage (the outcome so far)."
                )
            )
        stage = old.stage + 1
        step = Escalation(
            id=new_id(k.ESCALATIONS.id_prefix),
            case=record.case.id,
            raised_on=raised_on,
            raised_by=old.raised_by,
            with_whom=with_whom,
            concern=old.concern,
            stage=stage,
            response_due=response_due(procedure, stage, raised_on, timescales.calendar),
            professional=professional,
            immediate_risk=old.immediate_risk,
            follows=old.id,
        )
        self._refuse(step)
        if raised_on < old.raised_on:
            raise CaseDeskError(
                translate(
                    "oversight_editing",
                    "The next stage cannot be raised before the one it follows.",
                )
            )
        closed = replace(old, outcome=outcome)
        label = translate("oversight_editing", "Escalate to the next stage")
        changed = k.changed_columns(k.ESCALATIONS, old, closed)
        with self.case_file.transaction(label) as work:
            before = work.amend_columns(
                k.ESCALATIONS.name,
                old.id,
                changed,
                translate("oversight_editing", "taken to stage {stage}").format(stage=stage),
            )
            work.add(k.ESCALATIONS, [step])
        amended = [undo.Amendment(k.ESCALATIONS.name, old.id, before, changed)]
        self._steps.push(
            label, [*undo.added(work.changes, (k.ESCALATIONS.name,), amended), *amended]
        )
        return work.changes

    def _refuse(self, step: Escalation) -> None:
        procedure = self._timescales().pack.oversight.escalation
        problems = escalation_problems(step, self.today, procedure)
        if problems:
            raise CaseDeskError(" ".join(message for _field, message in problems))
