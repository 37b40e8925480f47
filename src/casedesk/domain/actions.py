"""Actions: something agreed, who must do it, by when, and whether it was done.

An action recorded with a chronology entry, a supervision decision and the next step after
an attempt to identify an adult are all this one kind of record. An action agreed by the
family and not done by its date is how disguised compliance shows in the record (learning
theme 2); an action owned by a professional and not done is drift.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from casedesk.domain.ids import CaseId
from casedesk.domain.wording import translate

# Who owns an action is a record, never free text: a member of the team around the family
# (their id), a person of the case (their id), or a worker of the case file ("worker:" and
# their name as the case file's users list has it).
WORKER_PREFIX = "worker:"


@dataclass(frozen=True)
class Action:
    """One action: what, who, agreed when, due when, done when (and how it turned out)."""

    id: str
    case: CaseId
    what: str
    owner: str
    agreed_on: date
    due_on: date
    completed_on: date | None = None
    outcome: str = ""
    entry: str = ""  # the chronology entry it was agreed in, if any
    attempt: str = ""  # the identification attempt whose next step it is, if any
    recorded_by: str = ""  # stamped by the unit of work that records it
    supervision: str = ""  # the supervision that agreed it, if one did

    def is_overdue(self, today: date) -> bool:
        """Agreed, not done, and past its date."""
        return self.completed_on is None and today > self.due_on

    @property
    def done(self) -> bool:
        """True once its completion is recorded."""
        return self.completed_on is not None


def worker_owner(name: str) -> str:
    """The owner value for a worker of the case file."""
    return WORKER_PREFIX + name


def action_problems(action: Action, today: date) -> list[tuple[str, str]]:
    """(field, sentence) for each thing that stops the action being kept."""
    found = []
    if not action.what.strip():
        found.append(("what", translate("actions", "Say what is to be done.")))
    if not action.owner.strip() or (
        action.owner.startswith(WORKER_PREFIX) and not action.owner[len(WORKER_PREFIX) :].strip()
    ):
        found.append(("owner", translate("actions", "Choose who is to do it.")))
    if action.due_on < action.agreed_on:
        found.append(
            ("due_on", translate("actions", "An action cannot be due before it was agreed."))
        )
    if action.agreed_on > today:
        found.append(
            ("agreed_on", translate("actions", "An action cannot be agreed in the future."))
        )
    if action.completed_on is not None:
        if action.completed_on < action.agreed_on:
            found.append(
                (
                    "completed_on",
                    translate("actions", "An action cannot be done before it was agreed."),
                )
            )
        if action.completed_on > today:
            found.append(
                ("completed_on", translate("actions", "An action cannot be done in the future."))
            )
    return found


def overdue(actions: Iterable[Action], today: date) -> list[Action]:
    """Actions past their date and not done, oldest due first."""
    return sorted((a for a in actions if a.is_overdue(today)), key=lambda a: (a.due_on, a.id))
