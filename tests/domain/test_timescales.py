"""Working-day arithmetic behind every statutory timescale."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.timescales import Deadline
from casedesk.domain.working_days import WorkingCalendar

ENGLAND = WorkingCalendar("England")


def test_weekends_are_skipped() -> None:
    friday = date(2024, 12, 20)
    assert ENGLAND.add_working_days(friday, 1) == date(2024, 12, 23)
    assert ENGLAND.add_working_days(friday, 0) == friday


def test_bank_holidays_are_skipped() -> None:
    # DESIGN.md: 45 working days after Fri 20 Dec 2024 is Wed 26 Feb 2025 (Christmas Day,
    # Boxing Day and New Year's Day skipped).
    assert ENGLAND.add_working_days(date(2024, 12, 20), 45) == date(2025, 2, 26)


def test_negative_days_are_refused() -> None:
    with pytest.raises(ValueError):
        ENGLAND.add_working_days(date(2025, 1, 1), -1)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)), st.integers(1, 300))
def test_result_is_a_working_day_after_the_start(start: date, days: int) -> None:
    due = ENGLAND.add_working_days(start, days)
    assert due > start
    assert ENGLAND.is_working_day(due)
    # At most 5 weekdays in 7 days, and England has at most 8 bank holidays a year.
    assert (due - start) <= timedelta(days=days * 7 // 5 + 3 + 8 * (days // 200 + 1) * 2)


def test_overdue_only_when_past_due_and_not_met() -> None:
    deadline = Deadline("c1", "Assessment", date(2025, 1, 1), date(2025, 3, 1))  # type: ignore[arg-type]
    assert not deadline.is_overdue(date(2025, 3, 1))
    assert deadline.is_overdue(date(2025, 3, 2))
    met = Deadline("c1", "Assessment", date(2025, 1, 1), date(2025, 3, 1), met_on=date(2025, 2, 1))  # type: ignore[arg-type]
    assert not met.is_overdue(date(2026, 1, 1))
