"""Working days by region: weekends, bank holidays with their substitute days, closures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.working_days import REGIONS, WorkingCalendar

ENGLAND = WorkingCalendar()
SCOTLAND = WorkingCalendar("Scotland")


def test_the_default_is_england_with_no_closures() -> None:
    assert WorkingCalendar() == WorkingCalendar("England", frozenset())
    assert set(REGIONS) == {"England", "Wales", "Scotland", "Northern Ireland"}


def test_an_unknown_region_is_refused() -> None:
    with pytest.raises(ValueError, match="Scotland"):
        WorkingCalendar("Narnia")


def test_christmas_2026_boxing_day_falls_on_a_saturday_so_monday_is_the_substitute() -> None:
    # Fri 25 Dec 2026, Sat 26 (Boxing Day), Mon 28 (substitute), Fri 1 Jan 2027.
    for day in (date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1)):
        assert not ENGLAND.is_working_day(day), day
    assert ENGLAND.is_working_day(date(2026, 12, 24))
    assert ENGLAND.is_working_day(date(2026, 12, 29))
    assert ENGLAND.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)


def test_christmas_2027_falls_on_a_weekend_so_both_substitutes_follow() -> None:
    # Sat 25 and Sun 26 Dec 2027: Mon 27 and Tue 28 are the substitute days.
    assert not ENGLAND.is_working_day(date(2027, 12, 27))
    assert not ENGLAND.is_working_day(date(2027, 12, 28))
    assert ENGLAND.add_working_days(date(2027, 12, 24), 1) == date(2027, 12, 29)


def test_easter_monday_is_a_holiday_in_england_but_not_in_scotland() -> None:
    easter_monday = date(2026, 4, 6)
    good_friday = date(2026, 4, 3)
    assert not ENGLAND.is_working_day(easter_monday)
    assert SCOTLAND.is_working_day(easter_monday)
    assert not SCOTLAND.is_working_day(good_friday)
    assert not WorkingCalendar("Wales").is_working_day(easter_monday)
    assert not WorkingCalendar("Northern Ireland").is_working_day(easter_monday)
    # From Maundy Thursday: England's next working day is the Tuesday, Scotland's the Monday.
    assert ENGLAND.add_working_days(date(2026, 4, 2), 1) == date(2026, 4, 7)
    assert SCOTLAND.add_working_days(date(2026, 4, 2), 1) == date(2026, 4, 6)


def test_scotland_has_the_second_of_january_and_st_andrews_day() -> None:
    assert not SCOTLAND.is_working_day(date(2026, 1, 2))
    assert ENGLAND.is_working_day(date(2026, 1, 2))
    assert not SCOTLAND.is_working_day(date(2026, 11, 30))
    assert ENGLAND.is_working_day(date(2026, 11, 30))
    # 2 Jan 2027 is a Saturday: Scotland's substitute is Monday 4 January.
    assert not SCOTLAND.is_working_day(date(2027, 1, 4))
    assert ENGLAND.is_working_day(date(2027, 1, 4))


def test_northern_ireland_has_st_patricks_day() -> None:
    assert not WorkingCalendar("Northern Ireland").is_working_day(date(2026, 3, 17))
    assert ENGLAND.is_working_day(date(2026, 3, 17))


def test_a_deadline_across_the_year_end() -> None:
    # DESIGN.md: 45 working days after Fri 20 Dec 2024 is Wed 26 Feb 2025 (25, 26 Dec and
    # 1 Jan are bank holidays in England).
    assert ENGLAND.add_working_days(date(2024, 12, 20), 45) == date(2025, 2, 26)
    # 15 working days from a strategy discussion on Mon 14 Dec 2026, across Christmas.
    assert ENGLAND.add_working_days(date(2026, 12, 14), 15) == date(2027, 1, 7)
    assert ENGLAND.working_days_between(date(2026, 12, 14), date(2027, 1, 7)) == 15


def test_closure_days_are_skipped_as_well() -> None:
    closed = WorkingCalendar("England", frozenset({date(2026, 12, 29), date(2026, 12, 30)}))
    assert not closed.is_working_day(date(2026, 12, 29))
    assert closed.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 31)
    assert closed.working_days_between(date(2026, 12, 24), date(2026, 12, 31)) == 1
    assert ENGLAND.working_days_between(date(2026, 12, 24), date(2026, 12, 31)) == 3
    # Closures given as any set are kept frozen (the calendar can be shared safely).
    assert isinstance(WorkingCalendar("Wales", {date(2026, 8, 3)}).closures, frozenset)  # type: ignore[arg-type]


def test_zero_days_is_the_start_and_negative_days_are_refused() -> None:
    saturday = date(2026, 11, 7)
    assert ENGLAND.add_working_days(saturday, 0) == saturday
    with pytest.raises(ValueError):
        ENGLAND.add_working_days(saturday, -1)


def test_weekends_are_not_working_days() -> None:
    assert ENGLAND.add_working_days(date(2026, 11, 6), 1) == date(2026, 11, 9)
    assert ENGLAND.working_days_between(date(2026, 11, 6), date(2026, 11, 8)) == 0
    assert ENGLAND.working_days_between(date(2026, 11, 9), date(2026, 11, 6)) == -1


@given(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 1, 1)),
    st.integers(0, 120),
    st.sampled_from(sorted(REGIONS)),
)
def test_adding_and_counting_agree(start: date, days: int, region: str) -> None:
    calendar = WorkingCalendar(region)
    due = calendar.add_working_days(start, days)
    assert calendar.working_days_between(start, due) == days
    if days:
        assert calendar.is_working_day(due)
        # The day before the due date is one working day short.
        assert calendar.working_days_between(start, due - timedelta(days=1)) == days - 1
