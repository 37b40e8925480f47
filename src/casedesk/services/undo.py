"""Undo and redo for the edits made since a case file was opened.

Records are evidence, so undo never deletes or silently rewrites: it applies the inverse
amendment as a new, audited amendment. Undoing an addition marks the record "entered in
error" (it is kept, no longer shown); redo clears the mark. One user action is one step,
however many records it wrote (adding a significant entry and its sharing decisions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casedesk.storage.unit_of_work import Changes

if TYPE_CHECKING:  # the protocol is for type checking; importing it costs start-up time
    from casedesk.services.store import Writes


@dataclass(frozen=True)
class Amendment:
    """One record's columns before and after (kept to put them back), or, for a record
    the step added, ``added`` (undoing it marks the record entered in error)."""

    kind_name: str
    record_id: str
    before: dict[str, Any]
    after: dict[str, Any]
    added: bool = False


@dataclass(frozen=True)
class Step:
    """What one user action changed, as Edit > Undo names it."""

    label: str
    amendments: tuple[Amendment, ...]


def added(
    changes: Changes, kinds: tuple[str, ...], amended: Sequence[Amendment] = ()
) -> list[Amendment]:
    """The amendments that would undo an addition: each new record of ``kinds`` marked
    entered in error (except those the step only ``amended``, put back instead)."""
    only_amended = {(a.kind_name, a.record_id) for a in amended}
    return [
        Amendment(kind, record_id, {}, {}, added=True)
        for kind in kinds
        for record_id in sorted(changes.records.get(kind, ()))
        if (kind, record_id) not in only_amended
    ]


class UndoStack:
    """The undo and redo steps of one open case file."""

    def __init__(self) -> None:
        self._undo: list[Step] = []
        self._redo: list[Step] = []

    def push(self, label: str, amendments: list[Amendment]) -> None:
        """Remember a user action (nothing to remember: nothing happens)."""
        if amendments:
            self._undo.append(Step(label, tuple(amendments)))
            self._redo.clear()

    @property
    def undo_label(self) -> str | None:
        """What Undo would undo, if anything."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        """What Redo would redo, if anything."""
        return self._redo[-1].label if self._redo else None

    def pop_undo(self) -> Step | None:
        """The step to undo (moved to the redo list)."""
        if not self._undo:
            return None
        step = self._undo.pop()
        self._redo.append(step)
        return step

    def pop_redo(self) -> Step | None:
        """The step to redo (moved back to the undo list)."""
        if not self._redo:
            return None
        step = self._redo.pop()
        self._undo.append(step)
        return step


def put_back(work: Writes, step: Step, reason: str) -> None:
    """Write every record of ``step`` back to its values before (undo)."""
    for amendment in reversed(step.amendments):
        if amendment.added:
            work.mark_entered_in_error(
                amendment.kind_name, amendment.record_id, f"undone: {step.label}"
            )
        else:
            work.amend_columns(amendment.kind_name, amendment.record_id, amendment.before, reason)


def apply_again(work: Writes, step: Step, reason: str) -> None:
    """Write every record of ``step`` to its values after (redo)."""
    for amendment in step.amendments:
        if amendment.added:
            work.clear_entered_in_error(amendment.kind_name, amendment.record_id, reason)
        else:
            work.amend_columns(amendment.kind_name, amendment.record_id, amendment.after, reason)
