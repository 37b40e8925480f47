"""The team around the family: every agency and professional involved (theme 1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casedesk.domain.ids import CaseId, ProfessionalId


@dataclass(frozen=True)
class Professional:
    """A professional involved with a case, and whether consent to share is recorded."""

    id: ProfessionalId
    case: CaseId
    name: str
    agency: str
    role: str
    involved_from: date
    involved_to: date | None = None
    consent_to_share: bool = False
    lead: bool = False
    contact: str = ""
