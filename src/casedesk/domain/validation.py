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
from casedesk.domain.wording import shown_day, translate


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
                translate(
                    "validation",
                    "A date of birth cannot be in the future; for an unborn "
                    "child, record the expected date instead.",
                ),
            )
        )
    if born and person.died_on and person.died_on < born:
        problems.append(
            _error(
                "died_on",
                translate(
                    "validation", "{name} cannot have died before being born; check both dates."
                ).format(name=person.display_name),
            )
        )
    if person.died_on and person.died_on > today:
        problems.append(
            _error("died_on", translate("validation", "A date of death cannot be in the future."))
        )
    if person.birth and person.expected_on:
        problems.append(
            _error(
                "expected_on",
                translate(
                    "validation",
                    "A person has either a date of birth or an expected date of delivery, "
                    "not both.",
                ),
            )
        )
    if born and (today.year - born.year) > 110:
        problems.append(
            _warning(
                "birth",
                translate(
                    "validation", "That date of birth makes them over 110; is the year right?"
                ),
            )
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
                    translate(
                        "validation",
                        "{parent} is recorded as younger than their child {child}; check both "
                        "dates of birth.",
                    ).format(parent=parent.display_name, child=child.display_name),
                )
            ]
        return [
            _warning(
                "relationship",
                translate(
                    "validation",
                    "The recorded dates make {parent} no older than {child}; at least one date "
                    "is only approximate, so check them.",
                ).format(parent=parent.display_name, child=child.display_name),
            )
        ]
    if age_gap_days < 12 * 365:
        return [
            _warning(
                "relationship",
                translate(
                    "validation",
                    "{parent} would have been under 12 at {child}'s birth; check the dates.",
                ).format(parent=parent.display_name, child=child.display_name),
            )
        ]
    return []


def check_new_pre_birth_case(expected_on: date | None, today: date) -> list[Problem]:
    """A new pre-birth case needs an expected date of delivery that has not passed."""
    if expected_on is None:
        return [
            _error(
                "expected_on",
                translate("validation", "A pre-birth case needs the expected date of delivery."),
            )
        ]
    if expected_on < today:
        return [
            _error(
                "expected_on",
                translate(
                    "validation",
                    "The expected date of delivery ({day}) has passed: record the baby's birth "
                    "and open the case for the child instead.",
                ).format(day=shown_day(expected_on)),
            )
        ]
    if (expected_on - today).days > 300:
        return [
            _warning(
                "expected_on",
                translate(
                    "validation",
                    "That expected date is more than 43 weeks away; is the year right?",
                ),
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
        problems.append(
            _error(
                "given_names",
                translate("validation", "Record their name before marking them identified."),
            )
        )
    if after.name_evidence is None or not after.name_evidence.source.strip():
        problems.append(
            _error(
                "name_evidence",
                translate(
                    "validation",
                    "Say who identified them (who gave the name) before marking them identified.",
                ),
            )
        )
    return problems
