"""Likely duplicate chronology entries: the same event from another agency is found; two
events whose words disagree where it matters are never taken for one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry
from casedesk.domain.dates import DatePrecision
from casedesk.domain.entry_duplicates import EntryIndex, Likeness
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.ids import CaseId, EntryId
from casedesk.domain.patterns import child_not_seen, distinct_events


def visit(number: str, text: str, source: str, **changes: object) -> ChronologyEntry:
    entry = ChronologyEntry(
        EntryId(number),
        CaseId("c"),
        date(2026, 3, 2),
        Category.HOME_VISIT,
        text,
        Evidence(source, SourceType.PROFESSIONAL_OBSERVATION),
        "x",
    )
    return replace(entry, **changes)  # type: ignore[arg-type]


def test_the_same_visit_in_two_agencies_words_is_found_and_the_same_text_is_already_recorded() -> (
    None
):
    ours = visit("e1", "Home visit: no answer at the door, curtains drawn.", "Social care")
    index = EntryIndex([ours])
    theirs = visit("e2", "No answer at the door at the planned home visit.", "Health visiting")
    found = index.match(theirs)
    assert found is not None and found.likeness is Likeness.SAME_EVENT
    assert found.existing is ours
    again = index.match(replace(ours, id=EntryId("e3"), description=ours.description.upper()))
    assert again is not None and again.likeness is Likeness.ALREADY_RECORDED


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Home visit. Child seen.", "Home visit. Child not seen, mother said she was at nan's."),
        ("Mother attended the core group meeting", "Mother did not attend the core group meeting"),
        (
            "Police attended domestic incident at the home",
            "Police attended a second domestic incident at the home at 23:10",
        ),
        ("No-access visit at 09:10, no answer", "No-access visit at 16:40, no answer"),
        ("Mother says she has not seen him since May", "Mother says she has seen him since May"),
    ],
)
def test_events_whose_words_disagree_are_not_the_same_event(first: str, second: str) -> None:
    index = EntryIndex([visit("e1", first, "Health visiting")])
    assert index.match(visit("e2", second, "Social care")) is None


def test_different_times_kinds_or_days_are_not_the_same_event() -> None:
    index = EntryIndex([visit("e1", "No access visit, no answer at the door", "HV", time="09:10")])
    later = visit("e2", "No access visit. No answer at door; note left.", "SW", time="16:40")
    assert index.match(later) is None
    assert index.match(replace(later, time="", category=Category.OTHER)) is None
    assert index.match(replace(later, time="", occurred_on=date(2026, 3, 3))) is None
    assert index.match(replace(later, time="")) is not None


def test_an_entry_known_only_to_the_month_matches_only_the_same_text() -> None:
    first = visit("e1", "Mother moved to a refuge with the children", "Police")
    first = replace(first, occurred_on=date(2015, 1, 1), precision=DatePrecision.YEAR)
    index = EntryIndex([first])
    similar = replace(first, id=EntryId("e2"), description="Mother and children to a refuge")
    assert index.match(replace(similar, evidence=Evidence("Housing"))) is None
    assert index.match(replace(first, id=EntryId("e3"))) is not None


def test_a_linked_event_counts_once_even_when_two_entries_link_each_other() -> None:
    a = visit("e-a", "No answer at the door", "HV", child_seen=ChildSeen.NOT_SEEN)
    b = replace(a, id=EntryId("e-b"), evidence=Evidence("SW"), same_event_as="e-a")
    [pattern] = child_not_seen([a, b])
    assert "not seen at 1 " in pattern.summary
    cycle = [replace(a, same_event_as="e-b"), b]
    assert [e.id for e in distinct_events(cycle)] == ["e-a"]
