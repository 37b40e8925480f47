"""The team around the family: every agency and professional involved (theme 1)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from casedesk.domain.consent import ConsentState, ConsentToShare
from casedesk.domain.evidence import Evidence
from casedesk.domain.ids import CaseId, PersonId, ProfessionalId
from casedesk.domain.wording import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Professional:
    """A professional involved with a case, and where the family's consent to share
    information with them stands (``domain.consent``)."""

    id: ProfessionalId
    case: CaseId
    name: str
    agency: str
    role: str
    involved_from: date
    involved_to: date | None = None
    lead: bool = False
    contact: str = ""
    consent: ConsentState = ConsentState.NOT_YET_ASKED
    consent_by: str = ""  # who gave or refused it, or who decided to share without it
    consent_on: date | None = None  # None: not known (or not yet asked)
    consent_basis: str = ""  # the lawful basis or reason, when shared without consent

    @property
    def consent_to_share(self) -> ConsentToShare:
        """The consent as one value (its state, by whom, when, on what basis)."""
        return ConsentToShare(self.consent, self.consent_by, self.consent_on, self.consent_basis)


class LinkStrength(enum.Enum):
    """How a link on the ecomap feels to the family: the three ecomap line kinds."""

    STRONG = QT_TRANSLATE_NOOP("LinkStrength", "strong")
    TENUOUS = QT_TRANSLATE_NOOP("LinkStrength", "tenuous")
    STRESSFUL = QT_TRANSLATE_NOOP("LinkStrength", "stressful")


@dataclass(frozen=True)
class Support:
    """A link between the family (or one member) and an agency, service or other support.

    Drawn on the ecomap. ``professional`` ties it to a member of the team around the family;
    other supports (a grandparent, a faith group, a football club, a food bank) stand alone.
    """

    case: CaseId
    name: str
    kind: str
    strength: LinkStrength
    from_date: date | None = None
    to_date: date | None = None
    person: PersonId | None = None  # the family member the link is with; None: everyone
    professional: ProfessionalId | None = None
    note: str = ""
    evidence: Evidence = field(default_factory=Evidence)
    record_id: int | None = field(default=None, compare=False)  # set once stored


# Stored as chosen (in English); translated where shown: ``translate("team", kind)``.
SUPPORT_KINDS = (
    QT_TRANSLATE_NOOP("team", "family"),
    QT_TRANSLATE_NOOP("team", "friends"),
    QT_TRANSLATE_NOOP("team", "school or nursery"),
    QT_TRANSLATE_NOOP("team", "health"),
    QT_TRANSLATE_NOOP("team", "social care"),
    QT_TRANSLATE_NOOP("team", "police"),
    QT_TRANSLATE_NOOP("team", "housing"),
    QT_TRANSLATE_NOOP("team", "faith"),
    QT_TRANSLATE_NOOP("team", "community"),
    QT_TRANSLATE_NOOP("team", "leisure"),
    QT_TRANSLATE_NOOP("team", "work"),
    QT_TRANSLATE_NOOP("team", "benefits and money"),
    QT_TRANSLATE_NOOP("team", "other"),
)


def active_team(professionals: Sequence[Professional], on: date) -> list[Professional]:
    """The members of the team around the family still involved on ``on``."""
    return [
        p
        for p in professionals
        if p.involved_from <= on and (p.involved_to is None or p.involved_to >= on)
    ]
