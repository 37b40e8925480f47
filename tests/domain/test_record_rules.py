"""Rules of the case record: NHS numbers, name folding, impossible facts, duplicates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.duplicates import likely_duplicates
from casedesk.domain.identifiers import format_nhs_number, nhs_number_problem
from casedesk.domain.ids import PersonId
from casedesk.domain.names import fold, matches
from casedesk.domain.people import Person, Sex
from casedesk.domain.validation import (
    Severity,
    check_new_pre_birth_case,
    check_parent_child,
    check_person,
)

TODAY = date(2026, 11, 25)


def person(
    pid: str,
    given: str,
    family: str,
    born: date | None = None,
    precision: DatePrecision = DatePrecision.EXACT,
    **extra: object,
) -> Person:
    birth = FuzzyDate(born, precision) if born else None
    return Person(PersonId(pid), given, family, Sex.UNKNOWN, birth, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize("number", ["943 476 5919", "9434765919", "943-476-5919"])
def test_valid_nhs_numbers(number: str) -> None:
    assert nhs_number_problem(number) is None
    assert format_nhs_number(number) == "943 476 5919"


@pytest.mark.parametrize(
    ("number", "says"),
    [
        ("943 476 5918", "check digit"),
        ("94347659", "exactly 10 digits"),
        ("94347659x9", "exactly 10 digits"),
    ],
)
def test_invalid_nhs_numbers_say_why(number: str, says: str) -> None:
    problem = nhs_number_problem(number)
    assert problem is not None and says in problem


@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.integers(0, 9))
def test_exactly_one_check_digit_fits_unless_none_can(stem: str, last: int) -> None:
    valid = [d for d in range(10) if nhs_number_problem(stem + str(d)) is None]
    assert len(valid) <= 1


def test_folding_ignores_accents_and_case_but_names_keep_them() -> None:
    assert fold("Zoë  ÓBRIAIN") == fold("zoe obriain") == "zoe obriain"
    assert fold("Łukasz Wójcik") == "lukasz wojcik"
    assert matches("wojcik luk", fold("Łukasz Wójcik"))
    assert not matches("wojcicki", fold("Łukasz Wójcik"))
    arabic = "زينب الحسن"
    assert fold(arabic) == arabic  # right-to-left names stay searchable as typed


@given(st.text())
def test_folding_is_stable(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_ascii_text_folds_as_any_text_does(text: str) -> None:
    # ASCII text takes a short way round (names._fold_any is the one for all text).
    from casedesk.domain.names import _fold_any

    assert fold(text) == _fold_any(text)


def test_born_after_death_is_refused() -> None:
    problems = check_person(
        person("p1", "Ann", "Lee", date(2000, 5, 1), died_on=date(1999, 1, 1)), TODAY
    )
    assert [p.severity for p in problems] == [Severity.ERROR]
    assert "died before being born" in problems[0].message


def test_a_future_birth_is_refused_and_both_dates_are_refused() -> None:
    assert (
        check_person(person("p1", "A", "B", date(2027, 1, 1)), TODAY)[0].severity is Severity.ERROR
    )
    both = check_person(
        person("p1", "A", "B", date(2020, 1, 1), expected_on=date(2027, 1, 1)), TODAY
    )
    assert any("not both" in p.message for p in both)


def test_a_parent_younger_than_the_child_is_refused_when_exact_else_warned() -> None:
    parent = person("p1", "Dad", "X", date(2010, 1, 1))
    child = person("p2", "Kid", "X", date(2009, 1, 1))
    assert check_parent_child(parent, child)[0].severity is Severity.ERROR
    rough = person("p1", "Dad", "X", date(2010, 1, 1), DatePrecision.ESTIMATED)
    assert check_parent_child(rough, child)[0].severity is Severity.WARNING
    young = person("p1", "Mum", "X", date(2000, 1, 1))
    assert (
        "under 12" in check_parent_child(young, person("k", "K", "X", date(2010, 6, 1)))[0].message
    )
    assert check_parent_child(person("p1", "Mum", "X", date(1990, 1, 1)), child) == []


def test_a_new_pre_birth_case_whose_expected_date_has_passed_is_refused() -> None:
    assert "has passed" in check_new_pre_birth_case(date(2026, 11, 1), TODAY)[0].message
    assert check_new_pre_birth_case(date(2027, 2, 1), TODAY) == []
    assert check_new_pre_birth_case(None, TODAY)[0].severity is Severity.ERROR


def test_likely_duplicates_are_found_and_ruled_out_by_dates_of_birth() -> None:
    people = [
        person("p1", "Zoë", "Ashdown", date(1998, 3, 4)),
        person("p2", "Zoe", "Ashdown", date(1998, 3, 4)),
        person("p3", "Zoe", "Ashdown", date(2001, 7, 9)),  # a different Zoe
        person("p4", "Jordan", "Brindle"),
        person("p5", "Jordon", "Brindle", date(1990, 1, 1)),
        person("p6", "Amelia", "Carrow", date(1990, 1, 1)),
    ]
    pairs = {(d.first.id, d.second.id) for d in likely_duplicates(people)}
    assert pairs == {("p1", "p2"), ("p4", "p5")}
    assert likely_duplicates(people)[0].reason == "similar names and the same date of birth"


def test_match_spans_point_at_the_original_text() -> None:
    from casedesk.domain.names import match_spans

    text = "Visited Zoë's café; ZOE was out"
    spans = match_spans(text, "zoe cafe")
    assert [text[a:b] for a, b in spans] == ["Zoë", "café", "ZOE"]
    assert match_spans(text, "") == []


def test_match_spans_mark_where_words_begin_as_the_search_matches_them() -> None:
    from casedesk.domain.names import match_spans

    # The search finds entries whose words begin with each word typed: the marks show
    # those words, not the same letters inside others ("called", "Danielle").
    text = "Police called; Danielle attended A&E at Ámbleside"
    assert [text[a:b] for a, b in match_spans(text, "a")] == ["a", "A", "a", "Á"]
    assert [text[a:b] for a, b in match_spans(text, "a&e")] == ["A&E"]
    assert match_spans(text, "lice") == []
    other = "PC Smith (police)"
    assert [other[a:b] for a, b in match_spans(other, "police")] == ["police"]
    # Where words begin as the index reads them: a word's own punctuation at its ends is
    # not matched, and "™" or "№" part words though folding makes letters of them.
    for written, typed, marked in (
        ("a re-referral", "-referral", "referral"),
        ("see ref#123", "#123", "123"),
        ("Acme™Widget", "widget", "Widget"),
        ("flat №5", "5", "5"),
    ):
        assert [written[a:b] for a, b in match_spans(written, typed)] == [marked]


@given(st.text(max_size=40), st.text(min_size=1, max_size=5))
def test_match_spans_are_inside_the_text_and_fold_to_the_word(text: str, word: str) -> None:
    from casedesk.domain.names import match_spans

    for start, end in match_spans(text, word):
        assert 0 <= start < end <= len(text)
