"""How people in a case are related, lived together, and matter to the child."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from casedesk.domain.evidence import Evidence
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.wording import QT_TRANSLATE_NOOP


class RelationshipKind(enum.Enum):
    """The kinds of link a genogram draws."""

    BIOLOGICAL_PARENT = QT_TRANSLATE_NOOP("RelationshipKind", "biological parent")
    STEP_PARENT = QT_TRANSLATE_NOOP("RelationshipKind", "step-parent")
    ADOPTIVE_PARENT = QT_TRANSLATE_NOOP("RelationshipKind", "adoptive parent")
    FOSTER_PARENT = QT_TRANSLATE_NOOP("RelationshipKind", "foster parent")
    MARRIED = QT_TRANSLATE_NOOP("RelationshipKind", "married")
    CIVIL_PARTNERSHIP = QT_TRANSLATE_NOOP("RelationshipKind", "civil partnership")
    COHABITING = QT_TRANSLATE_NOOP("RelationshipKind", "cohabiting")
    DATING = QT_TRANSLATE_NOOP("RelationshipKind", "dating")
    SEPARATED = QT_TRANSLATE_NOOP("RelationshipKind", "separated")
    DIVORCED = QT_TRANSLATE_NOOP("RelationshipKind", "divorced")
    SIGNIFICANT_ADULT = QT_TRANSLATE_NOOP("RelationshipKind", "significant adult")

    @property
    def is_parental(self) -> bool:
        """True for parent-to-child links (``from`` is the parent)."""
        return self in _PARENTAL

    @property
    def is_partnership(self) -> bool:
        """True for couple links."""
        return self in _PARTNERSHIPS

    @property
    def is_current_partnership(self) -> bool:
        """True for a couple still together (not separated or divorced)."""
        return self in _PARTNERSHIPS and self not in _ENDED


_PARENTAL = frozenset(
    {
        RelationshipKind.BIOLOGICAL_PARENT,
        RelationshipKind.STEP_PARENT,
        RelationshipKind.ADOPTIVE_PARENT,
        RelationshipKind.FOSTER_PARENT,
    }
)
_PARTNERSHIPS = frozenset(
    {
        RelationshipKind.MARRIED,
        RelationshipKind.CIVIL_PARTNERSHIP,
        RelationshipKind.COHABITING,
        RelationshipKind.DATING,
        RelationshipKind.SEPARATED,
        RelationshipKind.DIVORCED,
    }
)
_ENDED = frozenset({RelationshipKind.SEPARATED, RelationshipKind.DIVORCED})


@dataclass(frozen=True)
class Relationship:
    """A link from one person to another, with where the fact came from."""

    id: RelationshipId
    kind: RelationshipKind
    from_person: PersonId
    to_person: PersonId
    started_on: date | None = None
    ended_on: date | None = None
    role: str = ""
    evidence: Evidence = field(default_factory=Evidence)


@dataclass(frozen=True)
class HouseholdMembership:
    """Who lived at which household, from when to when."""

    person: PersonId
    household: str
    from_date: date | None
    to_date: date | None = None
    evidence: Evidence = field(default_factory=Evidence)
    record_id: int | None = field(default=None, compare=False)  # set once stored


class EmotionalQuality(enum.Enum):
    """Emotional lines of a genogram."""

    CLOSE = QT_TRANSLATE_NOOP("EmotionalQuality", "close")
    DISTANT = QT_TRANSLATE_NOOP("EmotionalQuality", "distant")
    CONFLICT = QT_TRANSLATE_NOOP("EmotionalQuality", "conflict")
    HOSTILE = QT_TRANSLATE_NOOP("EmotionalQuality", "hostile")
    CUT_OFF = QT_TRANSLATE_NOOP("EmotionalQuality", "cut-off")
    ABUSIVE = QT_TRANSLATE_NOOP("EmotionalQuality", "abusive")
    VIOLENT = QT_TRANSLATE_NOOP("EmotionalQuality", "violent")


@dataclass(frozen=True)
class EmotionalLink:
    """How two people get on, over a period, and who says so."""

    from_person: PersonId
    to_person: PersonId
    quality: EmotionalQuality
    from_date: date | None = None
    to_date: date | None = None
    evidence: Evidence = field(default_factory=Evidence)
    record_id: int | None = field(default=None, compare=False)  # set once stored


@dataclass(frozen=True)
class ParentalResponsibility:
    """Who holds parental responsibility for a child, on what basis; apart from biology."""

    person: PersonId
    child: PersonId
    basis: str
    from_date: date | None = None
    to_date: date | None = None
    record_id: int | None = field(default=None, compare=False)  # set once stored
