"""The case health check's parts: its themes, answers and inputs, and the wording every
check shares. The checks themselves are in ``health_adults``, ``health_risk``,
``health_assessment`` and ``health_oversight``; ``health`` runs them."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from casedesk.domain.assessment_gaps import Gap, gaps
from casedesk.domain.assessments import Assessment
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChildSeen, ChronologyEntry
from casedesk.domain.evidence import Corroboration, Significance
from casedesk.domain.intervals import Interval
from casedesk.domain.patterns import Thresholds
from casedesk.domain.people import UNKNOWN_NAME
from casedesk.domain.rule_packs import RulePack
from casedesk.domain.sign_offs import SignOffCheck
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, translate
from casedesk.domain.working_days import WorkingCalendar


class Theme(enum.IntEnum):
    """The review's five themes."""

    SHARING = 1
    RISK = 2
    ASSESSMENT = 3
    OVERSIGHT = 4
    ADULTS = 5

    @property
    def title(self) -> str:
        """The theme in words, in the worker's language."""
        return translate("Theme", _THEMES[self])


_THEMES = {
    Theme.SHARING: QT_TRANSLATE_NOOP("Theme", "Sharing information"),
    Theme.RISK: QT_TRANSLATE_NOOP("Theme", "Seeing risk whole"),
    Theme.ASSESSMENT: QT_TRANSLATE_NOOP("Theme", "Assessment"),
    Theme.OVERSIGHT: QT_TRANSLATE_NOOP("Theme", "Oversight"),
    Theme.ADULTS: QT_TRANSLATE_NOOP("Theme", "Fathers and significant adults"),
}


class Status(enum.Enum):
    """A check's answer."""

    PASS = "pass"  # noqa: S105 - a check passed, not a password
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class CheckResult:
    """One check of one case."""

    check: str  # a stable id: "father-recorded"
    theme: Theme
    question: str  # what is asked, as a heading
    status: Status
    explanation: str  # what was found
    next_step: str = ""  # what to do (a failed check)
    records: tuple[str, ...] = ()  # the ids of the records behind it
    place: str = ""  # where on the case's screen those records are (a tab)

    @property
    def failed(self) -> bool:
        """True when the check failed."""
        return self.status is Status.FAIL


@dataclass(frozen=True)
class HealthInputs:
    """What the check needs beyond the record: the day, the pack, the calendar, which
    workers are newly qualified, and the sign-offs as storage verified them."""

    record: CaseRecord
    today: date
    pack: RulePack
    calendar: WorkingCalendar | None = None
    newly_qualified: Mapping[str, date] = field(default_factory=dict)
    sign_offs: Sequence[SignOffCheck] = ()
    oversight_from: date | None = None  # the day the file began to record sign-offs
    thresholds: Thresholds = field(default_factory=Thresholds)

    # What several checks read, worked out once per case: a chronology of thousands of
    # entries is walked once, not once a check (200 cases' checks run in well under 0.2 s).
    @cached_property
    def significant(self) -> list[ChronologyEntry]:
        """The entries marked significant or critical."""
        return [e for e in self.record.entries if e.significance >= Significance.SIGNIFICANT]

    @cached_property
    def seen(self) -> list[ChronologyEntry]:
        """The entries in which the child was seen (alone or not)."""
        kinds = (ChildSeen.SEEN_ALONE, ChildSeen.SEEN_NOT_ALONE)
        return [e for e in self.record.entries if e.child_seen in kinds]

    @cached_property
    def contradicted(self) -> list[ChronologyEntry]:
        """The entries another source contradicts."""
        return [e for e in self.record.entries if e.corroboration is Corroboration.CONTRADICTED]

    @cached_property
    def latest_assessment(self) -> Assessment | None:
        """The assessment begun last."""
        return max(self.record.assessments, key=lambda a: (a.started_on, a.id), default=None)

    @cached_property
    def assessment_gaps(self) -> list[Gap]:
        """What the latest assessment is missing."""
        latest = self.latest_assessment
        if latest is None:
            return []
        sources = [s for s in self.record.sources_consulted if s.assessment == latest.id]
        adults = [a for a in self.record.adults_considered if a.assessment == latest.id]
        return gaps(latest, self.record, sources, adults, self.calendar)


Check = Callable[[HealthInputs], CheckResult]


def day_text(value: date | None) -> str:
    """A day in a sentence, as the worker's locale writes it."""
    return shown_day(value)


def short(text: str, limit: int = 60) -> str:
    """The start of a text, cut at a word, for quoting in a sentence."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text.rstrip(".")
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def called(name: str, unnamed: str) -> str:
    """A person's name, or what to call them while it is not known."""
    return unnamed if name == translate("people", UNKNOWN_NAME) else name


def listed(items: Sequence[str], limit: int = 4, total: int | None = None) -> str:
    """The first ``limit`` items, and how many more (``total``: when only those shown
    were put in words)."""
    count = len(items) if total is None else total
    shown = ", ".join(items[:limit])
    if count <= limit:
        return shown
    return translate("health_core", "{shown} and {more} more").format(
        shown=shown, more=count - limit
    )


def result(
    check: str,
    theme: Theme,
    question: str,
    failed: bool,
    explanation: str,
    next_step: str = "",
    records: Sequence[str] = (),
    place: str = "",
) -> CheckResult:
    return CheckResult(
        check,
        theme,
        question,
        Status.FAIL if failed else Status.PASS,
        explanation,
        next_step if failed else "",
        tuple(records),
        place,
    )


def not_applicable(check: str, theme: Theme, question: str, why: str) -> CheckResult:
    return CheckResult(check, theme, question, Status.NOT_APPLICABLE, why)


def has_date(text: str) -> bool:
    """A next step that says when (a date or a day of the month in its words)."""
    return any(ch.isdigit() for ch in text)


def back_from(today: date, interval: Interval, calendar: WorkingCalendar | None) -> date:
    from casedesk.domain.intervals import back

    return back(today, interval.amount, interval.unit, calendar)
