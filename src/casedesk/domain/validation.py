"""Impossible and doubtful facts: refused with a clear message, or warned about.

Records are full of honest uncertainty (an estimated birth year, a date only known to the
month), so only facts that cannot be true are errors; the rest are warnings a worker can
confirm.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from casedesk.domain.dates import DatePrecision
from casedesk.domain.people import Identification, Person


class Severity(enum.Enum):
    """Whether a problem stops the change or only asks for a second look."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One problem with a record: which field, how serious, and what to do."""

    severity: Severity
    field: str
    message: str


def _error(field: str, message: str) -> Problem:
    return Problem(Severity.ERROR, field, message)


def _warning(field: str, message: str) -> Problem:
    return Problem(Severity.WARNING, field, message)


def _exact(person: Person) -> bool:
    return person.birth is not None and person.birth.precision is DatePrecision.EXACT


def check_person(person: Person, today: date) -> list[Problem]:
    """Problems with one person's own dates."""
    problems: list[Problem] = []
    born = person.birth.value if person.birth else None
    if born and born > today:
        problems.append(
            _error(
                "birth",
                "A date of birth cannot be in the future; for an unborn "
                "child, record the expected date instead.",
            )
        )
    if born and person.died_on and person.died_on < born:
        problems.append(
            _error(
                "died_on",
                f"{person.display_name} cannot have died before being born; check both dates.",
            )
        )
    if person.died_on and person.died_on > today:
        problems.append(_error("died_on", "A date of death cannot be in the future."))
    if person.birth and person.expected_on:
        problems.append(
            _error(
                "expected_on",
                "A person has either a date of birth or an expected date of delivery, not both.",
            )
        )
    if born and (today.year - born.year) > 110:
        problems.append(
            _warning("birth", "That date of birth makes them over 110; is the year right?")
        )
    return problems


def check_parent_child(parent: Person, child: Person) -> list[Problem]:
    """Problems with one person being another's (biological) parent."""
    if parent.birth is None or child.birth is None:
        return []
    age_gap_days = (child.birth.value - parent.birth.value).days
    if age_gap_days <= 0:
        if _exact(parent) and _exact(child):
            return [
                _error(
                    "relationship",
                    f"{parent.display_name} is recorded as younger than "
                    f"their child {child.display_name}; check both "
                    "dates of birth.",
                )
            ]
        return [
            _warning(
                "relationship",
                f"The recorded dates make {parent.display_name} no "
                f"older than {child.display_name}; at least one date "
                "is only approximate, so check them.",
            )
        ]
    if age_gap_days < 12 * 365:
        return [
            _warning(
                "relationship",
                f"{parent.display_name} would have been under 12 at "
                f"{child.display_name}'s birth; check the dates.",
            )
        ]
    return []


def check_new_pre_birth_case(expected_on: date | None, today: date) -> list[Problem]:
    """A new pre-birth case needs an expected date of delivery that has not passed."""
    if expected_on is None:
        return [_error("expected_on", "A pre-birth case needs the expected date of delivery.")]
    if expected_on < today:
        return [
            _error(
                "expected_on",
                f"The expected date of delivery ({expected_on:%d %b %Y}) "
                "has passed: record the baby's birth and open the case "
                "for the child instead.",
            )
        ]
    if (expected_on - today).days > 300:
        return [
            _warning(
                "expected_on", "That expected date is more than 43 weeks away; is the year right?"
            )
        ]
    return []


def errors(problems: list[Problem]) -> list[Problem]:
    """Only the problems that stop a change."""
    return [p for p in problems if p.severity is Severity.ERROR]


def check_identification(before: Person | None, after: Person) -> list[Problem]:
    """A person becomes 'identified' only with a name and who identified them (theme 5: a
    father with no name once cleared the warning with a reason alone). Asked when a
    status is chosen or changed, not of records already kept."""
    if after.identification is not Identification.IDENTIFIED:
        return []
    if before is not None and before.identification is Identification.IDENTIFIED:
        return []
    problems = []
    if not (after.given_names.strip() or after.family_name.strip()):
        problems.append(_error("given_names", "Record their name before marking them identified."))
    if after.name_evidence is None or not after.name_evidence.source.strip():
        problems.append(
            _error(
                "name_evidence",
                "Say who identified them (who gave the name) before marking them identified.",
            )
        )
    return problems
