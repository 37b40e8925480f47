"""A case: the child it is about, its status, and the concern that opened it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from casedesk.domain.ids import CaseId, PersonId
from casedesk.domain.wording import QT_TRANSLATE_NOOP


class LegalStatus(enum.Enum):
    """The statutory footing of the work with the family."""

    EARLY_HELP = QT_TRANSLATE_NOOP("LegalStatus", "early help")
    CHILD_IN_NEED = QT_TRANSLATE_NOOP("LegalStatus", "child in need")
    CHILD_PROTECTION_PLAN = QT_TRANSLATE_NOOP("LegalStatus", "child protection plan")
    LOOKED_AFTER = QT_TRANSLATE_NOOP("LegalStatus", "looked after")
    PRE_BIRTH = QT_TRANSLATE_NOOP("LegalStatus", "pre-birth")


@dataclass(frozen=True)
class Case:
    """One case; the original concern is pinned and never replaced (learning theme 3)."""

    id: CaseId
    reference: str
    subject_child: PersonId
    legal_status: LegalStatus
    original_concern: str
    opened_on: date
    allocated_worker: str
    closed_on: date | None = None
    # Why no partner of the mother is recorded though the child lives with her ("she says
    # she has none; health visitor agrees, 3 May"): the worker's answer to the flag.
    no_partner_because: str = ""


@dataclass(frozen=True)
class Concern:
    """A concern raised after the original one: kept beside it, with its date."""

    id: str
    case: CaseId
    raised_on: date
    text: str
    source: str = ""
    recorded_by: str = ""
