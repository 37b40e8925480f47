"""People in a case: the child, parents, relatives and every significant adult."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from casedesk.domain.dates import FuzzyDate
from casedesk.domain.evidence import Evidence
from casedesk.domain.ids import PersonId
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate


class Sex(enum.Enum):
    """Sex or gender as drawn on a genogram (square, circle, diamond)."""

    MALE = QT_TRANSLATE_NOOP("Sex", "male")
    FEMALE = QT_TRANSLATE_NOOP("Sex", "female")
    OTHER = QT_TRANSLATE_NOOP("Sex", "other")
    UNKNOWN = QT_TRANSLATE_NOOP("Sex", "unknown")


class Identification(enum.Enum):
    """Whether we know who a person is (learning theme 5: fathers)."""

    IDENTIFIED = QT_TRANSLATE_NOOP("Identification", "identified")
    NAMED_NOT_CONFIRMED = QT_TRANSLATE_NOOP("Identification", "named, not confirmed")
    NOT_IDENTIFIED = QT_TRANSLATE_NOOP("Identification", "not identified")


# What ``display_name`` says while a person's name is not known (translated there).
UNKNOWN_NAME = QT_TRANSLATE_NOOP("people", "(name not known)")


@dataclass(frozen=True)
class Person:
    """One person as recorded; names are kept exactly as given, in any script."""

    id: PersonId
    given_names: str
    family_name: str
    sex: Sex
    birth: FuzzyDate | None = None
    expected_on: date | None = None
    died_on: date | None = None
    known_as: str = ""
    identification: Identification = Identification.IDENTIFIED
    languages: tuple[str, ...] = field(default_factory=tuple)
    aliases: tuple[str, ...] = field(default_factory=tuple)
    previous_names: tuple[str, ...] = field(default_factory=tuple)
    notes: str = ""
    birth_evidence: Evidence | None = None
    name_evidence: Evidence | None = None

    @property
    def display_name(self) -> str:
        """The name to show: 'Unknown father' style placeholders stay recognisable."""
        name = f"{self.given_names} {self.family_name}".strip()
        return name or translate("people", UNKNOWN_NAME)

    @property
    def name_known(self) -> bool:
        """True when a name is recorded (``display_name`` is then not the placeholder)."""
        return bool(f"{self.given_names} {self.family_name}".strip())

    @property
    def is_unborn(self) -> bool:
        """True for a pregnancy recorded by its expected date."""
        return self.birth is None and self.expected_on is not None

    def unborn_on(self, day: date) -> bool:
        """True when ``day`` came before this person was born: while they are a pregnancy
        recorded by its expected date, or before the birth recorded since."""
        if self.birth is None:
            return self.expected_on is not None
        return day < self.birth.value


@dataclass(frozen=True)
class Address:
    """Where a person lived, from when to when, and who says so."""

    person: PersonId
    address: str
    from_date: date | None = None
    to_date: date | None = None
    evidence: Evidence = field(default_factory=Evidence)
    record_id: int | None = field(default=None, compare=False)  # set once stored


@dataclass(frozen=True)
class Identifier:
    """A number that identifies a person (an NHS number is checked by its check digit)."""

    person: PersonId
    kind: str
    value: str
    record_id: int | None = field(default=None, compare=False)  # set once stored


NHS_NUMBER = "NHS number"  # i18n: stored as an identifier's kind, and compared
