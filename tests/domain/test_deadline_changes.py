"""Recorded deadlines against what the events call for: new ones arise, events meet them,
and anything that would move a recorded date is proposed for the worker to confirm."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import LegalStatus
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.deadline_changes import ANSWERS_KEPT, Timescales, reconcile
from casedesk.domain.deadline_rules import Due
from casedesk.domain.ids import CaseId
from casedesk.domain.timescales import Deadline, DeadlineStatus, deadline_problems
from casedesk.domain.working_days import REGIONS, WorkingCalendar
from tests.domain.test_rule_packs import ENGLAND, _entry, _record, england

TIMESCALES = Timescales(england(), ENGLAND)
TODAY = date(2026, 11, 30)
REFERRAL = _entry(1, date(2026, 9, 1), Category.REFERRAL)


def _recorded(
    *entries: ChronologyEntry, status: LegalStatus = LegalStatus.CHILD_IN_NEED
) -> CaseRecord:
    """The record as a case file would hold it: with the deadlines its events called for."""
    return TIMESCALES.with_arising(_record(status, *entries), TODAY)


def test_a_referral_brings_its_deadlines_and_an_assessment_meets_one() -> None:
    record = _recorded(REFERRAL)
    by_rule = {d.rule: d for d in record.deadlines}
    # 45 working days from Tue 1 Sep 2026 (nine weeks; no bank holiday before Christmas):
    # Tue 3 Nov.
    assert by_rule["assessment"].due_on == date(2026, 11, 3)
    assert by_rule["assessment"].statutory and by_rule["assessment"].started_by == "e-1"
    assert by_rule["assessment"].status(TODAY) is DeadlineStatus.OVERDUE
    assessed = replace(
        record,
        entries=(REFERRAL, _entry(2, date(2026, 11, 20), Category.ASSESSMENT)),
    )
    found = TIMESCALES.reconcile(assessed, TODAY)
    met = {before.rule: after for before, after in found.met}
    assert met["assessment"].met_on == date(2026, 11, 20) and met["assessment"].met_by == "e-2"
    assert met["assessment"].late_without_reason, "met 13 working days late, no reason yet"
    assert not found.changes
    # The children-in-need visits count from that assessment: new, not yet recorded.
    assert [d.rule for d in found.new] == ["cin-visit"]


def test_an_amended_referral_date_is_proposed_never_applied() -> None:
    record = _recorded(REFERRAL)
    moved = replace(record, entries=(replace(REFERRAL, occurred_on=date(2026, 9, 8)),))
    found = TIMESCALES.reconcile(moved, TODAY)
    assert not found.new and not found.met
    changes = {c.deadline.rule: c for c in found.changes}
    assessment = changes["assessment"]
    assert assessment.deadline.due_on == date(2026, 11, 3), "the recorded date is untouched"
    assert (assessment.proposed.started_on, assessment.proposed.due_on) == (
        date(2026, 9, 8),
        date(2026, 11, 10),
    )
    assert "now recorded on 08 Sep 2026 (was 01 Sep 2026)" in assessment.why


def test_a_withdrawn_referral_counts_from_the_opening_day_once_confirmed() -> None:
    record = _recorded(REFERRAL)
    court = Deadline(CaseId("c"), "Court statement filed", date(2026, 11, 1), date(2026, 12, 4))
    gone = replace(record, entries=(), deadlines=(*record.deadlines, court))
    found = TIMESCALES.reconcile(gone, TODAY)
    assert {c.deadline.rule for c in found.changes} == {"assessment", "referral-decision"}
    assert all(c.proposed.started_on == date(2024, 12, 2) for c in found.changes)
    assert all(c.why.startswith("No referral is recorded now") for c in found.changes)
    assert court not in [c.deadline for c in found.changes], "a hand deadline is left alone"
    assert not found.new, "nothing recorded twice"


def test_a_timescale_that_no_longer_applies_is_proposed_for_cancelling() -> None:
    conference = _entry(1, date(2026, 10, 1), Category.CONFERENCE)
    record = _recorded(conference, status=LegalStatus.CHILD_PROTECTION_PLAN)
    assert "plan-visit" in {d.rule for d in record.deadlines}
    stepped_down = replace(
        record, case=replace(record.case, legal_status=LegalStatus.CHILD_IN_NEED)
    )
    found = TIMESCALES.reconcile(stepped_down, TODAY)
    cancelled = {c.deadline.rule: c.proposed for c in found.changes}
    assert cancelled["plan-visit"].cancelled_on == TODAY and cancelled["plan-visit"].reason


def test_the_referral_recorded_after_the_case_follows_the_opening_day_deadlines() -> None:
    opened = _record(LegalStatus.CHILD_IN_NEED)
    opened = replace(opened, case=replace(opened.case, opened_on=date(2026, 11, 2)))
    assert TIMESCALES.with_arising(opened, TODAY).deadlines == (), "only when being recorded"
    recorded = TIMESCALES.with_arising(opened, TODAY, opening=True)
    assert {d.rule for d in recorded.deadlines} >= {"assessment", "referral-decision"}
    referral = _entry(7, date(2026, 11, 2), Category.REFERRAL)
    found = TIMESCALES.reconcile(replace(recorded, entries=(referral,)), TODAY)
    assert not found.new and not found.changes, "the same deadlines, not a second set"
    assert {after.started_by for _before, after in found.met} == {"e-7"}
    later = replace(referral, occurred_on=date(2026, 11, 4))
    found = TIMESCALES.reconcile(replace(recorded, entries=(later,)), TODAY)
    assert not found.new
    assessment = next(c for c in found.changes if c.deadline.rule == "assessment")
    assert "was the day the case opened" in assessment.why


def test_a_closed_case_gains_nothing_and_its_open_deadlines_are_proposed_for_cancelling() -> None:
    record = _recorded(REFERRAL)
    closed = replace(record, case=replace(record.case, closed_on=date(2026, 11, 20)))
    found = TIMESCALES.reconcile(closed, TODAY)
    assert not found.new
    assert found.changes and all("closed on 20 Nov 2026" in c.why for c in found.changes)
    assert closed.overdue_deadlines(TODAY) == [] and closed.next_due(TODAY) is None


def test_a_deadline_met_by_hand_is_not_proposed_into_an_impossible_state() -> None:
    record = _recorded(REFERRAL)
    met = tuple(replace(d, met_on=date(2026, 9, 3)) for d in record.deadlines)
    moved = replace(
        record, deadlines=met, entries=(replace(REFERRAL, occurred_on=date(2026, 9, 10)),)
    )
    found = TIMESCALES.reconcile(moved, TODAY)
    assert all(not deadline_problems(c.proposed) for c in found.changes)


def test_the_entry_that_met_a_deadline_withdrawn_reopens_it_only_when_confirmed() -> None:
    assessment = _entry(2, date(2026, 10, 20), Category.ASSESSMENT)
    record = _recorded(REFERRAL, assessment)
    without = replace(record, entries=(REFERRAL,))
    found = TIMESCALES.reconcile(without, TODAY)
    [change] = [c for c in found.changes if c.deadline.rule == "assessment"]
    assert change.deadline.met_on == date(2026, 10, 20) and change.proposed.met_on is None
    assert "no longer recorded as meeting it" in change.why


def test_a_cancelled_deadline_stays_cancelled() -> None:
    record = _recorded(REFERRAL)
    cancelled = tuple(
        replace(d, cancelled_on=TODAY, reason="Referral was for another child")
        for d in record.deadlines
    )
    found = reconcile(cancelled, TIMESCALES.worked_out(record), CaseId("c"), TODAY)
    assert not (found.new or found.met or found.changes)


def test_looked_after_reviews_at_20_working_days_then_3_months_then_every_6() -> None:
    became = _entry(1, date(2026, 1, 5), Category("became looked after"))
    first = _entry(2, date(2026, 1, 30), Category("looked-after review"))
    second = _entry(3, date(2026, 4, 28), Category("looked-after review"))
    record = _record(LegalStatus.LOOKED_AFTER, became, first, second)
    reviews = [d for d in TIMESCALES.worked_out(record) if d.rule.id == "looked-after-review"]
    # 20 working days from Mon 5 Jan 2026: Mon 2 Feb; then 3 months from 30 Jan; then 6.
    assert [r.due_on for r in reviews] == [date(2026, 2, 2), date(2026, 4, 30), date(2026, 10, 28)]
    assert reviews[-1].met_on is None


def test_what_cannot_be_true_of_a_deadline() -> None:
    base = Deadline(CaseId("c"), "Assessment", date(2026, 9, 1), date(2026, 11, 4), statutory=True)
    assert deadline_problems(base) == []
    fields = [f for f, _ in deadline_problems(replace(base, extended_to=date(2026, 12, 1)))]
    assert fields == ["reason"], "a statutory timescale extended says why"
    assert [
        f for f, _ in deadline_problems(replace(base, extended_to=date(2026, 11, 1), reason="x"))
    ] == ["extended_to"]
    assert [f for f, _ in deadline_problems(replace(base, cancelled_on=TODAY))] == ["reason"]
    assert [f for f, _ in deadline_problems(replace(base, due_on=date(2026, 8, 1)))] == ["due_on"]
    late = replace(base, met_on=date(2026, 11, 20))
    assert late.late_without_reason and not replace(late, reason="Family away").late_without_reason


def _counted(calendar: WorkingCalendar, a: date, b: date) -> int:
    """Working days after ``a`` up to ``b``, one day at a time (the definition)."""
    step = 1 if b >= a else -1
    count, day = 0, a
    while day != b:
        day += timedelta(days=step)
        if calendar.is_working_day(day if step == 1 else day + timedelta(days=1)):
            count += step
    return count


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(REGIONS)),
    st.dates(min_value=date(2019, 1, 1), max_value=date(2031, 12, 31)),
    st.integers(-500, 500),
    st.sets(st.dates(min_value=date(2019, 1, 1), max_value=date(2032, 6, 1)), max_size=5),
)
def test_working_days_between_counts_as_a_person_would(
    region: str, start: date, span: int, closures: set[date]
) -> None:
    calendar = WorkingCalendar(region, frozenset(closures))
    end = start + timedelta(days=span)
    assert calendar.working_days_between(start, end) == _counted(calendar, start, end)
    if span >= 0:
        n = calendar.working_days_between(start, end)
        assert calendar.working_days_between(start, calendar.add_working_days(start, n)) == n


def _worked_out_counted(monkeypatch: pytest.MonkeyPatch) -> list[CaseRecord]:
    """The records whose deadlines are worked out from now on, one each time."""
    worked: list[CaseRecord] = []
    real = Timescales.worked_out

    def counted(self: Timescales, record: CaseRecord) -> list[Due]:
        worked.append(record)
        return real(self, record)

    monkeypatch.setattr(Timescales, "worked_out", counted)
    return worked


def test_the_same_record_on_the_same_day_is_reconciled_once_and_not_kept_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opening a case asks twice of the same record before it is painted: the second
    answer is the first, the same as working it out again, and a caller changing its
    lists changes nothing for the next; another record, day or opening is worked out
    afresh; nothing of the case is kept once the record is gone."""
    timescales = Timescales(england(), ENGLAND)
    worked = _worked_out_counted(monkeypatch)
    record = _record(LegalStatus.CHILD_IN_NEED, REFERRAL)
    first = timescales.reconcile(record, TODAY)
    first.new.clear()  # a caller's own list
    again = timescales.reconcile(record, TODAY)
    assert len(worked) == 1
    assert again == TIMESCALES.reconcile(record, TODAY) and again.new
    timescales.reconcile(replace(record), TODAY)
    timescales.reconcile(record, TODAY + timedelta(days=1))
    timescales.reconcile(record, TODAY, opening=True)
    assert len(worked) == 5  # the fresh answer compared with above, and these three
    worked.clear()
    del record
    gc.collect()
    assert not timescales._last


def test_going_back_to_a_case_does_not_work_its_deadlines_out_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker goes between a few cases (kept open: the record cache): the answer for
    each is kept while its record lives, up to ANSWERS_KEPT, the oldest let go first."""
    timescales = Timescales(england(), ENGLAND)
    worked = _worked_out_counted(monkeypatch)
    base = _record(LegalStatus.CHILD_IN_NEED, REFERRAL)
    records = [replace(base) for _ in range(ANSWERS_KEPT + 1)]
    for record in records[:ANSWERS_KEPT]:
        timescales.reconcile(record, TODAY)
    for record in reversed(records[:ANSWERS_KEPT]):  # back to each: none worked out again
        timescales.reconcile(record, TODAY)
    assert [id(r) for r in worked] == [id(r) for r in records[:ANSWERS_KEPT]]
    # One more record: the least recently asked about (the last, asked first on the way
    # back) is let go, and worked out again when asked; the others are not.
    timescales.reconcile(records[-1], TODAY)
    for record in records[:ANSWERS_KEPT]:
        timescales.reconcile(record, TODAY)
    last_asked_again = records[ANSWERS_KEPT - 1]
    assert [id(r) for r in worked[ANSWERS_KEPT:]] == [id(records[-1]), id(last_asked_again)]
