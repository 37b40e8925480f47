"""Identifying fathers and significant adults, and every attempt to (learning theme 5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casedesk.domain.ids import CaseId, PersonId


@dataclass(frozen=True)
class IdentificationAttempt:
    """One attempt to find out who someone is: how, who asked whom, what was said."""

    id: str
    case: CaseId
    person: PersonId
    attempted_on: date
    method: str
    asked_by: str
    asked_whom: str
    answer: str
    reluctance: str = ""
    outcome: str = ""
    next_step: str = ""
