"""Chronology patterns: avoidance, rising incidents, new adults, gaps, self-report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId
from casedesk.domain.patterns import PatternKind, Thresholds, find_patterns
from casedesk.domain.relationships import HouseholdMembership

TODAY = date(2026, 11, 25)


def entry(
    n: int,
    days_ago: int,
    category: Category,
    source_type: SourceType = SourceType.PROFESSIONAL_OBSERVATION,
    significance: int = 0,
    corroboration: Corroboration = Corroboration.UNVERIFIED,
) -> ChronologyEntry:
    return ChronologyEntry(
        EntryId(f"e{n}"),
        CaseId("c"),
        TODAY - timedelta(days=days_ago),
        category,
        "text",
        Evidence("source", source_type, corroboration),
        "worker",
        significance=Significance(significance),
    )


def kinds(patterns: list) -> list[PatternKind]:  # type: ignore[type-arg]
    return [p.kind for p in patterns]


def test_three_avoidance_events_within_the_window_are_flagged_with_their_entries() -> None:
    entries = [
        entry(1, 80, Category.NO_ACCESS_VISIT),
        entry(2, 40, Category.MISSED_APPOINTMENT),
        entry(3, 10, Category.CANCELLED_MEETING),
        entry(4, 5, Category.HOME_VISIT),
    ]
    patterns = [p for p in find_patterns(entries, TODAY) if p.kind is PatternKind.AVOIDANCE]
    assert len(patterns) == 1
    assert patterns[0].entries == ("e1", "e2", "e3")
    assert "3 avoidance events" in patterns[0].summary


def test_avoidance_spread_wider_than_the_window_is_not_flagged() -> None:
    entries = [
        entry(1, 300, Category.NO_ACCESS_VISIT),
        entry(2, 150, Category.NO_ACCESS_VISIT),
        entry(3, 10, Category.NO_ACCESS_VISIT),
    ]
    assert PatternKind.AVOIDANCE not in kinds(find_patterns(entries, TODAY))
    tight = Thresholds(avoidance_count=2, avoidance_window_days=200)
    assert PatternKind.AVOIDANCE in kinds(find_patterns(entries, TODAY, tight))


def test_rising_incidents() -> None:
    entries = [entry(i, 10 + i, Category.POLICE_CALL_OUT) for i in range(4)]
    entries.append(entry(9, 120, Category.INJURY))
    assert PatternKind.RISING_INCIDENTS in kinds(find_patterns(entries, TODAY))
    steady = entries + [entry(20 + i, 100 + i, Category.INJURY) for i in range(4)]
    assert PatternKind.RISING_INCIDENTS not in kinds(find_patterns(steady, TODAY))


def test_a_new_adult_in_the_household_and_a_gap_in_contact() -> None:
    memberships = [HouseholdMembership(PersonId("p9"), "home", TODAY - timedelta(days=30))]
    entries = [entry(1, 100, Category.HOME_VISIT), entry(2, 5, Category.HOME_VISIT)]
    patterns = find_patterns(
        entries, TODAY, memberships=memberships, adults={"p9"}, names={"p9": "Dean Rudd"}
    )
    summaries = [p.summary for p in patterns]
    assert any(s.startswith("Dean Rudd joined home") for s in summaries)
    assert any(s.startswith("95 days with no professional contact") for s in summaries)


def test_significant_self_reported_entries_are_listed() -> None:
    borne_out = replace(
        entry(2, 5, Category.DISCLOSURE, SourceType.SELF_REPORTED, 2, Corroboration.CORROBORATED),
        corroborating_source="School nurse's record",
    )
    entries = [
        entry(1, 5, Category.DISCLOSURE, SourceType.SELF_REPORTED, 2),
        borne_out,
        entry(3, 5, Category.OTHER, SourceType.SELF_REPORTED, 0),
        # 'Corroborated' by nothing named still rests on self-report.
        entry(4, 4, Category.DISCLOSURE, SourceType.SELF_REPORTED, 2, Corroboration.CORROBORATED),
    ]
    pattern = next(
        p for p in find_patterns(entries, TODAY) if p.kind is PatternKind.SELF_REPORT_ONLY
    )
    assert pattern.entries == ("e1", "e4")


@given(st.lists(st.tuples(st.integers(0, 2000), st.sampled_from(list(Category))), max_size=60))
def test_patterns_only_name_entries_that_exist(items: list[tuple[int, Category]]) -> None:
    entries = [entry(i, days, category) for i, (days, category) in enumerate(items)]
    ids = {e.id for e in entries}
    for pattern in find_patterns(entries, TODAY):
        assert set(pattern.entries) <= ids
        assert pattern.summary.endswith(".")
