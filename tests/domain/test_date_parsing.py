"""Reading chronology dates as workers write them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.date_parsing import DateFormatError, parse_date
from casedesk.domain.dates import DatePrecision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-09", (date(2024, 3, 9), DatePrecision.EXACT)),
        ("09/03/2024", (date(2024, 3, 9), DatePrecision.EXACT)),
        ("9 March 2024", (date(2024, 3, 9), DatePrecision.EXACT)),
        ("Mar 2024", (date(2024, 3, 1), DatePrecision.MONTH)),
        ("2024-03", (date(2024, 3, 1), DatePrecision.MONTH)),
        ("2024", (date(2024, 1, 1), DatePrecision.YEAR)),
        ("about 2019", (date(2019, 1, 1), DatePrecision.ESTIMATED)),
        ("  Approx.  Jun 2020 ", (date(2020, 6, 1), DatePrecision.ESTIMATED)),
    ],
)
def test_accepted_forms(text: str, expected: tuple[date, DatePrecision]) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["31/02/2024", "yesterday", "", "13/13/2024", "1850", "2024-3-40", "Smarch 2020"]
)
def test_bad_dates_say_what_is_accepted(text: str) -> None:
    with pytest.raises(DateFormatError, match=r"Write it like|outside 1900"):
        parse_date(text)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_real_date_round_trips_in_both_numeric_forms(value: date) -> None:
    assert parse_date(value.isoformat()) == (value, DatePrecision.EXACT)
    assert parse_date(value.strftime("%d/%m/%Y")) == (value, DatePrecision.EXACT)


@given(st.text(max_size=30))
def test_anything_else_parses_or_raises_the_plain_error(text: str) -> None:
    try:
        value, precision = parse_date(text)
    except DateFormatError as error:
        assert str(error).endswith(".")
    else:
        assert 1900 <= value.year <= 2100
        assert isinstance(precision, DatePrecision)
