"""Rule packs as data (every shipped pack reads; a broken one names file, line and field)
and the deadlines a case's own events call for, on hand-checked dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.deadline_rules import deadlines_for
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId
from casedesk.domain.people import Person, Sex
from casedesk.domain.rule_packs import PackProblem, RulePack, parse_pack
from casedesk.domain.working_days import WorkingCalendar

RULES = Path(__file__).parents[2] / "resources" / "rules"
ENGLAND = WorkingCalendar("England")
TODAY = date(2026, 11, 30)


def england() -> RulePack:
    pack = parse_pack((RULES / "england.toml").read_text(), "england.toml")
    assert isinstance(pack, RulePack), pack
    return pack


@pytest.mark.parametrize("path", sorted(RULES.glob("*.toml")), ids=lambda p: p.name)
def test_every_shipped_pack_reads_and_counts_in_its_own_region(path: Path) -> None:
    pack = parse_pack(path.read_text(), path.name)
    assert isinstance(pack, RulePack), [str(p) for p in pack]  # type: ignore[union-attr]
    assert pack.region in {"England", "Wales", "Scotland", "Northern Ireland"}
    assert pack.rules and all(rule.met_by for rule in pack.rules)


def _broken(text: str) -> list[str]:
    result = parse_pack(text, "ours.toml")
    assert isinstance(result, list)
    return [str(p) for p in result]


def test_a_broken_pack_names_the_file_the_line_and_the_field() -> None:
    good = (RULES / "england.toml").read_text()
    fortnights = good.replace('unit = "months"', 'unit = "fortnights"', 1)
    line = fortnights.splitlines().index('unit = "fortnights"') + 1
    assert _broken(fortnights) == [
        f"ours.toml, line {line}, unit: 'fortnights' is not one of: working days, calendar "
        "days, weeks, months"
    ]
    [problem] = _broken(good.replace("after = 45", "after = -45"))
    assert problem.startswith("ours.toml, line ") and ", after: should be a whole number" in problem
    assert _broken(good.replace('region = "England"', 'region = "Mars"'))[0].endswith(
        "region: 'Mars' is not one of England, Wales, Scotland, Northern Ireland"
    )
    [unknown] = _broken(good.replace("statutory = true", "statutroy = true", 1))
    assert ", statutroy: is not a field of a rule" in unknown
    [twice] = _broken(good.replace('id = "assessment"', 'id = "referral-decision"'))
    assert "'referral-decision' is used by an earlier rule" in twice
    [syntax] = _broken(good.replace("[pack]", "[pack"))
    assert syntax.startswith("ours.toml, line 7: not valid TOML")
    assert isinstance(parse_pack("", "empty.toml"), list)
    assert isinstance(PackProblem("a", 0, "", "b").__str__(), str)


CHILD = Person(PersonId("p-c"), "Ellie", "Carter", Sex.FEMALE, FuzzyDate(date(2021, 4, 2)))


def _entry(number: int, day: date, category: Category, **changes: object) -> ChronologyEntry:
    entry = ChronologyEntry(
        EntryId(f"e-{number}"),
        CaseId("c"),
        day,
        category,
        f"{category.value} {number}",
        Evidence("Social care", SourceType.PROFESSIONAL_OBSERVATION),
        "Sam",
    )
    return replace(entry, **changes)  # type: ignore[arg-type]


def _record(status: LegalStatus, *entries: ChronologyEntry, child: Person = CHILD) -> CaseRecord:
    case = Case(CaseId("c"), "R-1", child.id, status, "Neglect", date(2024, 12, 2), "Sam")
    return CaseRecord(case, (child,), entries=tuple(entries))


def test_a_referral_starts_the_assessment_which_an_assessment_entry_meets() -> None:
    record = _record(
        LegalStatus.CHILD_IN_NEED,
        _entry(1, date(2024, 12, 20), Category.REFERRAL),
        _entry(2, date(2025, 2, 20), Category.ASSESSMENT),
    )
    due = {d.rule.id: d for d in deadlines_for(record, england(), ENGLAND)}
    # DESIGN.md: 45 working days after Fri 20 Dec 2024 is Wed 26 Feb 2025.
    assert due["assessment"].due_on == date(2025, 2, 26)
    assert due["assessment"].met_on == date(2025, 2, 20) and due["assessment"].met_by == "e-2"
    # The referral decision: one working day, over Christmas is Mon 23 Dec.
    assert due["referral-decision"].due_on == date(2024, 12, 23)
    assert due["referral-decision"].is_overdue(TODAY)
    assert "initial-conference" not in due, "no strategy discussion: no conference clock"


def test_a_plan_brings_the_conference_core_group_reviews_and_visits() -> None:
    record = _record(
        LegalStatus.CHILD_PROTECTION_PLAN,
        _entry(1, date(2025, 12, 12), Category.STRATEGY_DISCUSSION),
        _entry(2, date(2026, 1, 6), Category.CONFERENCE),
        _entry(3, date(2026, 1, 19), Category.CORE_GROUP),
        _entry(4, date(2026, 4, 1), Category.CONFERENCE),
        _entry(5, date(2026, 11, 2), Category.HOME_VISIT, child_seen=ChildSeen.SEEN_ALONE),
        _entry(6, date(2026, 11, 10), Category.HOME_VISIT, child_seen=ChildSeen.NOT_SEEN),
    )
    found = deadlines_for(record, england(), ENGLAND)
    by_rule: dict[str, list[object]] = {}
    for d in found:
        by_rule.setdefault(d.rule.id, []).append(d)
    [icpc] = by_rule["initial-conference"]
    # 15 working days from Fri 12 Dec 2025, over Christmas and New Year: Wed 7 Jan 2026.
    assert (icpc.due_on, icpc.met_on) == (date(2026, 1, 7), date(2026, 1, 6))  # type: ignore[attr-defined]
    [core] = by_rule["first-core-group"]
    assert (core.due_on, core.met_on) == (date(2026, 1, 20), date(2026, 1, 19))  # type: ignore[attr-defined]
    first_review, next_review = by_rule["review-conference"]
    # 3 months after Tue 6 Jan 2026 is Mon 6 Apr, Easter Monday; Good Friday before it:
    # due on Thu 2 Apr, the working day before.
    assert first_review.due_on == date(2026, 4, 2) and first_review.met_on == date(2026, 4, 1)  # type: ignore[attr-defined]
    assert next_review.due_on == date(2026, 10, 1) and next_review.is_overdue(TODAY)  # type: ignore[attr-defined]
    first_visit, visit = by_rule["plan-visit"]
    # The plan's visits count from the conference that made it (Tue 6 Jan 2026: due 20 Jan);
    # the first visit that saw the child was not until 2 Nov.
    assert (first_visit.due_on, first_visit.met_on) == (date(2026, 1, 20), date(2026, 11, 2))  # type: ignore[attr-defined]
    # Not seen on 10 Nov does not meet the next: 10 working days after 2 Nov is 16 Nov.
    assert visit.due_on == date(2026, 11, 16) and visit.is_overdue(TODAY)  # type: ignore[attr-defined]
    assert visit.days_late(ENGLAND, TODAY) == 10  # type: ignore[attr-defined]


def test_pre_birth_rules_count_back_and_an_earlier_episode_starts_nothing() -> None:
    unborn = Person(PersonId("p-u"), "", "Carter", Sex.UNKNOWN, expected_on=date(2027, 3, 26))
    record = _record(
        LegalStatus.PRE_BIRTH,
        _entry(1, date(2019, 5, 1), Category.REFERRAL),  # an earlier episode
        child=unborn,
    )
    due = {d.rule.id: d for d in deadlines_for(record, england(), ENGLAND)}
    # 12 weeks before Fri 26 Mar 2027 is Fri 1 Jan, New Year's Day: due Thu 31 Dec 2026.
    assert due["pre-birth-assessment"].due_on == date(2026, 12, 31)
    assert due["pre-birth-conference"].due_on == date(2027, 1, 15)  # 10 weeks before
    # The 2019 referral starts nothing; with none since, the case's own referral date
    # (the day it opened, Mon 2 Dec 2024) does: nine weeks and the three days lost to
    # Christmas, Boxing Day and New Year: Thu 6 Feb 2025.
    assert (due["assessment"].started_on, due["assessment"].started_by) == (date(2024, 12, 2), "")
    assert due["assessment"].due_on == date(2025, 2, 6)


def test_a_broken_agency_pack_is_said_and_the_last_good_copy_used(tmp_path: Path) -> None:
    from casedesk.services.rule_packs import load_pack

    shipped = load_pack("England", tmp_path)
    assert shipped.path.name == "england.toml" and not shipped.problems
    own = tmp_path / "england.toml"
    own.write_text((RULES / "england.toml").read_text().replace("after = 45", "after = 40"))
    ours = load_pack("England", tmp_path)
    assert ours.path == own and ours.pack.rule("assessment").amount == 40
    own.write_text(own.read_text().replace('unit = "months"', 'unit = "fortnights"', 1))
    broken = load_pack("England", tmp_path)
    assert broken.pack.rule("assessment").amount == 40, "the last good copy, not the shipped"
    assert [p.field for p in broken.problems] == ["unit"]
    assert str(broken.problems[0]).startswith(f"{own}, line ")


def test_a_timescale_in_months_or_weeks_that_ends_on_a_day_off_is_due_the_working_day_before() -> (
    None
):
    record = _record(
        LegalStatus.CHILD_PROTECTION_PLAN,
        _entry(1, date(2026, 2, 28), Category.CONFERENCE),  # Sat + 3 months = Thu 28 May
        _entry(2, date(2026, 5, 28), Category.CONFERENCE),  # + 6 months = Sat 28 Nov
    )
    reviews = [
        d for d in deadlines_for(record, england(), ENGLAND) if d.rule.id == "review-conference"
    ]
    assert [r.due_on for r in reviews] == [date(2026, 5, 28), date(2026, 11, 27)]
    assert all(ENGLAND.is_working_day(r.due_on) for r in reviews)


def test_the_health_check_thresholds_come_from_the_pack_and_bad_ones_are_named() -> None:
    good = (RULES / "england.toml").read_text()
    assert england().health.refusals_to_challenge == 2
    stricter = parse_pack(
        good.replace("refusals_to_challenge = 2", "refusals_to_challenge = 1"), "x"
    )
    assert isinstance(stricter, RulePack) and stricter.health.refusals_to_challenge == 1
    [problem] = _broken(good.replace("refusals_to_challenge = 2", "refusals_to_challenge = 0"))
    line = good.splitlines().index("refusals_to_challenge = 2") + 1
    assert problem == (
        f"ours.toml, line {line}, [health] refusals_to_challenge: should be a whole number, 1 to 20"
    )
    [unit] = _broken(good.replace('attempt_unit = "weeks"', 'attempt_unit = "moons"'))
    assert "[health] attempt_unit: 'moons' is not one of" in unit
    [unknown] = _broken(good.replace("share_within = 5", "share_within = 5\nshare_by = 3"))
    assert "[health] share_by: is not a field here" in unknown
