"""Supervision as a record on each child's record, and the gaps between supervisions.

A supervision is recorded on the record of every case it discussed, dated when it was held
(not when it was typed: the case file stamps that separately), with the reflection, the
decisions (a decision not to act is a decision, with its reason) and the actions agreed
(action records naming the supervision). The interval between supervisions is held against
the agency's setting (``oversight_rules.SupervisionRules``): at least monthly, and more
often while the case's worker is newly qualified.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from casedesk.domain.ids import CaseId
from casedesk.domain.intervals import Interval, shift
from casedesk.domain.oversight_rules import SupervisionRules
from casedesk.domain.wording import shown_day, translate
from casedesk.domain.working_days import WorkingCalendar


@dataclass(frozen=True)
class Supervision:
    """One supervision of one case."""

    id: str
    case: CaseId
    held_on: date
    supervisor: str
    worker: str
    reflection: str = ""
    decisions: str = ""
    not_to_act: str = ""  # decisions not to act, and why
    session: str = ""  # shared by the records of one session that discussed several cases
    cases_discussed: tuple[str, ...] = ()  # the references of every case discussed
    recorded_by: str = ""
    recorded_at: str = ""  # stamped: when it was typed, which may be days after it was held


def supervision_problems(supervision: Supervision, today: date) -> list[tuple[str, str]]:
    """(field, sentence) for each thing that stops a supervision being kept."""
    found = []
    if supervision.held_on > today:
        found.append(
            ("held_on", translate("supervision", "A supervision cannot be held in the future."))
        )
    if not supervision.supervisor.strip():
        found.append(("supervisor", translate("supervision", "Say who supervised.")))
    if not supervision.worker.strip():
        found.append(("worker", translate("supervision", "Say whose case work was supervised.")))
    elif supervision.supervisor.strip().casefold() == supervision.worker.strip().casefold():
        found.append(
            (
                "supervisor",
                translate(
                    "supervision", "A worker cannot supervise themselves: name the supervisor."
                ),
            )
        )
    if not (
        supervision.reflection.strip()
        or supervision.decisions.strip()
        or supervision.not_to_act.strip()
    ):
        found.append(
            (
                "decisions",
                translate("supervision", "Record the reflection and what was decided (or not)."),
            )
        )
    return found


def qualified_since(newly_qualified: Mapping[str, date], worker: str) -> date | None:
    """When ``worker`` qualified, if the case file names them newly qualified (names
    compared as the case file compares users: case aside)."""
    folded = worker.casefold()
    return next((d for n, d in newly_qualified.items() if n.casefold() == folded), None)


def interval_on(day: date, rules: SupervisionRules, newly_qualified_since: date | None) -> Interval:
    """The longest a case may go without supervision from ``day``, for a worker newly
    qualified since the date given (None: not newly qualified)."""
    if newly_qualified_since is not None and day >= newly_qualified_since:
        for phase in rules.newly_qualified:
            limit = shift(newly_qualified_since, phase.until.amount, phase.until.unit, None)
            if day < limit:
                return phase.every
    return rules.every


@dataclass(frozen=True)
class SupervisionGap:
    """A stretch with no supervision past the interval: from the last (or the case's
    opening) to the next (None: still open on the day asked about)."""

    since: date
    due: date
    until: date | None
    interval: Interval
    days_over: int  # calendar days past ``due`` (to ``until``, or to the day asked about)
    first: bool  # counted from the case's opening: never supervised

    def sentence(self) -> str:
        """The gap in words."""
        n, every = self.days_over, self.interval.every
        since, due = shown_day(self.since), shown_day(self.due)
        # One sentence a case, its count's plural forms the translation's (English's are
        # in resources/i18n/casedesk_en.ts): a language may have more than two.
        if self.until is None and self.first:
            return translate(
                "supervision",
                "Supervision overdue by %n day(s): opened {since}, due by {due} (at least "
                "every {every}).",
                None,
                n,
            ).format(since=since, due=due, every=every)
        if self.until is None:
            return translate(
                "supervision",
                "Supervision overdue by %n day(s): last supervised {since}, due by {due} (at "
                "least every {every}).",
                None,
                n,
            ).format(since=since, due=due, every=every)
        until = shown_day(self.until)
        return translate(
            "supervision",
            "No supervision from {since} to {until}: %n day(s) past the interval (at least "
            "every {every}).",
            None,
            n,
        ).format(since=since, until=until, every=every)


def supervision_gaps(
    supervisions: Sequence[Supervision],
    opened_on: date,
    today: date,
    rules: SupervisionRules,
    newly_qualified: Mapping[str, date],
    worker: str,
    calendar: WorkingCalendar | None = None,
    closed_on: date | None = None,
) -> list[SupervisionGap]:
    """Every gap past the interval in a case's supervision, from its opening to ``today``
    (or its closing). The interval at each step is the one for the case's worker then.
    ``newly_qualified`` maps a worker's name (any case) to when they qualified."""

    end = min(today, closed_on) if closed_on else today
    found: list[SupervisionGap] = []
    last, first = opened_on, True
    held = sorted(s.held_on for s in supervisions if s.held_on >= opened_on)
    for day in [*held, None]:
        names = [s.worker for s in supervisions if s.held_on == last] or [worker]
        interval = interval_on(last, rules, qualified_since(newly_qualified, names[0]))
        due = shift(last, interval.amount, interval.unit, calendar)
        stop = day if day is not None else end
        if stop > due:
            found.append(SupervisionGap(last, due, day, interval, (stop - due).days, first))
        if day is None:
            break
        last, first = day, False
    return found


def next_supervision_due(
    supervisions: Sequence[Supervision],
    opened_on: date,
    rules: SupervisionRules,
    newly_qualified: Mapping[str, date],
    worker: str,
    calendar: WorkingCalendar | None = None,
) -> date:
    """When the case must next be supervised."""
    held = [s for s in supervisions if s.held_on >= opened_on]
    last = max((s.held_on for s in held), default=opened_on)
    name = next((s.worker for s in held if s.held_on == last), worker)
    interval = interval_on(last, rules, qualified_since(newly_qualified, name))
    return shift(last, interval.amount, interval.unit, calendar)
