"""Names inside sentences: right-to-left names and direction overrides stay in their place."""

from __future__ import annotations

from datetime import date

from casedesk.domain.dates import FuzzyDate
from casedesk.domain.diagram_listing import describe_person
from casedesk.domain.ids import PersonId
from casedesk.domain.names import isolated
from casedesk.domain.people import Person, Sex


def test_a_right_to_left_name_or_an_override_is_isolated_and_others_are_left_alone() -> None:
    assert isolated("Jade Smith") == "Jade Smith"
    assert isolated("Zofia Wiśniewska") == "Zofia Wiśniewska"
    for name in ("فاطمة الزهراء", "evil\u202eemaN", "דוד כהן"):
        assert isolated(name) == f"\u2068{name}\u2069"


def test_the_genogram_listing_isolates_each_name() -> None:
    person = Person(
        PersonId("p"), "فاطمة", "\u202eالزهراء", Sex.FEMALE, FuzzyDate(date(1990, 1, 1))
    )
    text = describe_person(person, date(2026, 1, 1), subject=False)
    assert text.startswith("\u2068") and "\u2069, female" in text
