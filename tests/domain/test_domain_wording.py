"""The domain's words reach the worker in their language (issue 19, point 6): with a
translator installed, what the domain says (an enumeration's member, a label, a count, a
problem with a day in it) comes back translated, and a day as the worker's locale writes
it; what it stores does not change."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from casedesk.domain.chronology import ChildSeen
from casedesk.domain.consent import ConsentState
from casedesk.domain.evidence import Significance
from casedesk.domain.health_core import Theme
from casedesk.domain.intervals import Interval, Unit
from casedesk.domain.validation import check_new_pre_birth_case
from casedesk.domain.wording import shown_value, use_translator

# A few words in another language, found as Qt Linguist finds them: by context and text.
FRENCH = {
    ("ChildSeen", "seen alone"): "vu seul",
    ("ChildSeen", "not recorded"): "non noté",
    ("ConsentState", "refused"): "refusé",
    ("Significance", "critical"): "critique",
    ("Theme", "Seeing risk whole"): "Voir le risque en entier",
    ("intervals", "%n weeks"): "%n semaines",
    (
        "validation",
        "The expected date of delivery ({day}) has passed: record the baby's birth and open "
        "the case for the child instead.",
    ): "La date prévue ({day}) est passée.",
}


def _french(context: str, text: str, disambiguation: str | None, n: int) -> str:
    found = FRENCH.get((context, text), text)
    return found.replace("%n", str(n)) if n >= 0 else found


@pytest.fixture
def french() -> Iterator[None]:
    use_translator(_french, lambda day: f"{day:%d/%m/%Y}")
    try:
        yield
    finally:
        use_translator(None)


@pytest.mark.usefixtures("french")
def test_members_and_labels_are_shown_in_the_workers_language() -> None:
    assert shown_value(ChildSeen.SEEN_ALONE) == "vu seul"
    assert ChildSeen.NOT_RECORDED.label == "non noté"
    assert ConsentState.REFUSED.label == "Refusé"
    assert Significance.CRITICAL.label == "critique"
    assert Theme.RISK.title == "Voir le risque en entier"
    # What is stored stays as it was.
    assert ChildSeen.SEEN_ALONE.value == "seen alone"
    assert ChildSeen("seen alone") is ChildSeen.SEEN_ALONE


@pytest.mark.usefixtures("french")
def test_a_count_and_a_day_in_a_sentence_follow_the_worker() -> None:
    assert str(Interval(3, Unit.WEEKS)) == "3 semaines"
    (problem,) = check_new_pre_birth_case(date(2026, 3, 4), date(2026, 6, 1))
    assert problem.message == "La date prévue (04/03/2026) est passée."


def test_without_a_translator_the_english_is_as_written() -> None:
    assert ChildSeen.NOT_RECORDED.label == "not recorded"
    assert str(Interval(1, Unit.WORKING_DAYS)) == "1 working day"
    assert Interval(1, Unit.MONTHS).every == "month"
    assert ConsentState.SHARED_WITHOUT.label == "Shared without consent"
