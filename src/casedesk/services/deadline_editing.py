"""The deadline use cases of ``RecordEditor``: recording what the timescales call for,
adding one by hand, marking it met, saying why it was late, extending, cancelling, and
confirming what a changed event calls for. Each is a named, audited, undoable unit of
work through the editor's own ``_add`` and ``_amend`` (mixed into ``RecordEditor``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.deadline_changes import DeadlineChange, Timescales
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.timescales import Deadline
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, translate
from casedesk.services.deadlines import COUNTED_BY, fingerprint, record_arising
from casedesk.storage.unit_of_work import Changes

if TYPE_CHECKING:
    from casedesk.services.case_file import CaseFile


def _refuse_closed(deadline: Deadline) -> None:
    if deadline.closed and deadline.met_on:
        raise CaseDeskError(
            translate("deadline_editing", "{name} is already met.").format(name=deadline.name)
        )
    if deadline.closed:
        raise CaseDeskError(
            translate("deadline_editing", "{name} is already cancelled.").format(name=deadline.name)
        )


_RECORD_ARISING = QT_TRANSLATE_NOOP(
    "deadline_editing", "Record the deadlines the timescales call for"
)


class DeadlineEditing:
    """Deadline edits (mixed into ``RecordEditor``, which gives what is declared here)."""

    case_file: CaseFile

    @property
    def today(self) -> date:
        raise NotImplementedError

    def _timescales(self) -> Timescales:
        raise NotImplementedError

    def _add(self, label: str, kind: k.RecordKind, records: Sequence[Any]) -> Changes:
        raise NotImplementedError

    def _amend(self, label: str, old: Any, new: Any, reason: str) -> Changes | None:
        raise NotImplementedError

    def record_arising(self, record: CaseRecord) -> Changes | None:
        """Record the deadlines the case's events call for that are not recorded yet (an
        upgraded file, a changed rule pack, a pregnancy's expected date set): not a step
        of its own to undo, as the events that call for them stay."""
        if self.case_file.read_only:
            return None
        timescales = self._timescales()
        if not timescales.reconcile(record, self.today).writes:
            return None
        with self.case_file.transaction(translate("deadline_editing", _RECORD_ARISING)) as work:
            record_arising(work, record, timescales, self.today)
        return work.changes

    def record_all_arising(self) -> Changes | None:
        """Bring every case's deadlines up to the timescales in use (after an upgrade, or
        when the rule pack, region or closure days changed): what arises is recorded, what
        would move is left for each case's worker to confirm. One unit of work."""
        if self.case_file.read_only:
            return None
        timescales = self._timescales()
        records = [self.case_file.case_record(r) for r in self.case_file.case_references()]
        with self.case_file.transaction(translate("deadline_editing", _RECORD_ARISING)) as work:
            for record in records:
                record_arising(work, record, timescales, self.today)
            applied = translate("deadline_editing", "Timescales applied")
            work.set_setting(COUNTED_BY, fingerprint(timescales), applied)
        return work.changes

    def add_deadline(self, record: CaseRecord, deadline: Deadline) -> Changes:
        """Add a deadline by hand (a court date, a manager's request): no rule works it out."""
        if deadline.case != record.case.id:
            raise CaseDeskError(
                translate("deadline_editing", "That deadline belongs to another case.")
            )
        deadline = replace(deadline, rule="", started_by="", met_by="")
        return self._add(
            translate("deadline_editing", "Add deadline"), k.DEADLINES, [deadline]
        )  # checked by its rules

    def meet_deadline(self, old: Deadline, met_on: date, reason: str = "") -> Changes | None:
        """Mark a deadline met by hand on ``met_on``; a statutory one met late says why."""
        _refuse_closed(old)
        new = replace(old, met_on=met_on, met_by="", reason=reason.strip() or old.reason)
        if met_on > self.today:
            raise CaseDeskError(
                translate("deadline_editing", "A deadline cannot be met in the future.")
            )
        if new.late_without_reason:
            raise CaseDeskError(
                translate(
                    "deadline_editing",
                    "{name} was due on {day}: say why the statutory timescale was exceeded; the "
                    "reason is kept.",
                ).format(name=old.name, day=shown_day(old.due))
            )
        return self._amend(
            translate("deadline_editing", "Mark deadline met"),
            old,
            new,
            reason.strip() or translate("deadline_editing", "Met"),
        )

    def explain_lateness(self, old: Deadline, reason: str) -> Changes | None:
        """Say why a timescale was exceeded (it stays met when and by what it was)."""
        if old.met_on is None or not old.met_late:
            raise CaseDeskError(
                translate("deadline_editing", "{name} was not met late.").format(name=old.name)
            )
        if not reason.strip():
            raise CaseDeskError(
                translate(
                    "deadline_editing", "Say why the timescale was exceeded; the reason is kept."
                )
            )
        return self._amend(
            translate("deadline_editing", "Say why late"),
            old,
            replace(old, reason=reason.strip()),
            reason,
        )

    def extend_deadline(self, old: Deadline, to: date, reason: str) -> Changes | None:
        """Extend a deadline to a later day, with the reason (required when statutory)."""
        _refuse_closed(old)
        if to <= old.due:
            raise CaseDeskError(
                translate("deadline_editing", "Extend it to a day after {day}.").format(
                    day=shown_day(old.due)
                )
            )
        new = replace(old, extended_to=to, reason=reason.strip())
        return self._amend(
            translate("deadline_editing", "Extend deadline"),
            old,
            new,
            reason.strip() or translate("deadline_editing", "Extended"),
        )

    def cancel_deadline(self, old: Deadline, reason: str) -> Changes | None:
        """Cancel a deadline that no longer applies, saying why."""
        new = replace(old, cancelled_on=self.today, reason=reason.strip())
        return self._amend(
            translate("deadline_editing", "Cancel deadline"), old, new, reason.strip()
        )

    def confirm_deadline_change(self, change: DeadlineChange) -> Changes | None:
        """Accept what the events now say of a recorded deadline (a trigger's date amended,
        its event withdrawn): the worker has seen the change."""
        return self._amend(
            translate("deadline_editing", "Confirm deadline change"),
            change.deadline,
            change.proposed,
            change.why,
        )
