"""Likely duplicate people: offered to the worker for a merge, never merged silently."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from casedesk.domain.names import fold, name_similarity
from casedesk.domain.people import Person
from casedesk.domain.wording import translate

NAME_THRESHOLD = 0.85


@dataclass(frozen=True)
class PossibleDuplicate:
    """Two records that may be the same person, and why we think so."""

    first: Person
    second: Person
    score: float
    reason: str


def _birth_agrees(a: Person, b: Person) -> bool | None:
    """True/False when both births are known (within each one's precision), else None."""
    if a.birth is None or b.birth is None:
        return None
    if a.birth.value == b.birth.value:
        return True
    loose = {"month": 31, "year": 366, "estimated": 3 * 366}
    slack = max(loose.get(a.birth.precision.value, 0), loose.get(b.birth.precision.value, 0))
    return abs((a.birth.value - b.birth.value).days) <= slack


def likely_duplicates(people: Sequence[Person]) -> list[PossibleDuplicate]:
    """Pairs with similar names whose dates of birth do not rule them out, best first."""
    found: list[PossibleDuplicate] = []
    named = [p for p in people if fold(p.display_name) and p.given_names + p.family_name]
    # Block on the first letter of the folded family name to stay fast on large cases.
    blocks: dict[str, list[Person]] = {}
    for person in named:
        key = fold(person.family_name)[:1]
        blocks.setdefault(key, []).append(person)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                score = name_similarity(a.display_name, b.display_name)
                known_as = name_similarity(a.known_as or a.given_names, b.known_as or b.given_names)
                score = max(score, known_as if fold(a.family_name) == fold(b.family_name) else 0)
                if score < NAME_THRESHOLD:
                    continue
                births = _birth_agrees(a, b)
                if births is False:
                    continue
                reason = (
                    translate("duplicates", "similar names and the same date of birth")
                    if births
                    else translate(
                        "duplicates", "similar names; a date of birth is missing for one of them"
                    )
                )
                found.append(PossibleDuplicate(a, b, round(score, 3), reason))
    return sorted(found, key=lambda d: -d.score)
