"""Patterns in a chronology that no single entry shows (learning theme 2: avoidance,
reliance on self-report, disguised compliance). Pure functions over entries; each pattern
names the entries behind it so the GUI can open them.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise

from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry
from casedesk.domain.dates import DateWriter, written
from casedesk.domain.ids import EntryId
from casedesk.domain.relationships import HouseholdMembership
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate

INCIDENTS = frozenset(
    {
        Category.INJURY,
        Category.HOSPITAL_ATTENDANCE,
        Category.POLICE_CALL_OUT,
        Category.DOMESTIC_ABUSE,
        Category.DISCLOSURE,
    }
)
PROFESSIONAL_CONTACT = frozenset(
    {
        Category.HOME_VISIT,
        Category.ASSESSMENT,
        Category.STRATEGY_DISCUSSION,
        Category.CONFERENCE,
        Category.SCHOOL_ATTENDANCE,
        Category.HOSPITAL_ATTENDANCE,
    }
)


class PatternKind(enum.Enum):
    """The kinds of pattern CaseDesk looks for."""

    AVOIDANCE = QT_TRANSLATE_NOOP("PatternKind", "avoidance")
    SELF_REPORT_ONLY = QT_TRANSLATE_NOOP("PatternKind", "self-report only")
    RISING_INCIDENTS = QT_TRANSLATE_NOOP("PatternKind", "rising incidents")
    NEW_ADULT = QT_TRANSLATE_NOOP("PatternKind", "new adult in the household")
    CONTACT_GAP = QT_TRANSLATE_NOOP("PatternKind", "gap in professional contact")
    CHILD_NOT_SEEN = QT_TRANSLATE_NOOP("PatternKind", "child not seen, or not seen alone")


@dataclass(frozen=True)
class Thresholds:
    """Configurable thresholds (a local procedure may set its own)."""

    avoidance_count: int = 3
    avoidance_window_days: int = 90
    incident_window_days: int = 90
    incident_rise_factor: float = 2.0
    incident_minimum: int = 3
    contact_gap_days: int = 42
    new_adult_window_days: int = 180


@dataclass(frozen=True)
class Pattern:
    """One pattern found, in a sentence, with the entries that show it."""

    kind: PatternKind
    summary: str
    entries: tuple[EntryId, ...] = field(default_factory=tuple)
    since: date | None = None


def distinct_events(entries: Sequence[ChronologyEntry]) -> list[ChronologyEntry]:
    """Each event once: an entry linked as the same event as another entry present (one
    missed visit reported by health visiting and by social care) is not counted again."""
    links: dict[str, str] = {e.id: e.same_event_as for e in entries}
    return [
        e
        for e in entries
        if not e.same_event_as
        or e.same_event_as not in links
        # Two entries linked to each other (a document may say so): the first one counts.
        or (links[e.same_event_as] == e.id and e.id < e.same_event_as)
    ]


def _sorted(entries: Sequence[ChronologyEntry]) -> list[ChronologyEntry]:
    """In date order (then id, so equal dates are stable). Callers filter first and sort
    what is left: a chronology is re-checked after every entry added."""
    return sorted(entries, key=lambda e: (e.occurred_on, e.id))


def avoidance(
    entries: Sequence[ChronologyEntry], t: Thresholds, write: DateWriter = written
) -> list[Pattern]:
    """Runs of no-access visits, missed appointments and cancellations within a window."""
    runs: list[Pattern] = []
    avoid = _sorted([e for e in distinct_events(entries) if e.category.is_avoidance])
    window = timedelta(days=t.avoidance_window_days)
    start = 0
    best: list[ChronologyEntry] = []
    for end, entry in enumerate(avoid):
        while entry.occurred_on - avoid[start].occurred_on > window:
            start += 1
        current = avoid[start : end + 1]
        if len(current) >= t.avoidance_count and len(current) > len(best):
            best = current
    if best:
        kinds = sorted({shown_value(e.category) for e in best})
        runs.append(
            Pattern(
                PatternKind.AVOIDANCE,
                translate(
                    "patterns",
                    "{count} avoidance events ({kinds}) within {days} days, from {start} to {end}.",
                ).format(
                    count=len(best),
                    kinds=", ".join(kinds),
                    days=t.avoidance_window_days,
                    start=write(best[0].occurred_on),
                    end=write(best[-1].occurred_on),
                ),
                tuple(e.id for e in best),
                best[0].occurred_on,
            )
        )
    return runs


def self_report_only(entries: Sequence[ChronologyEntry]) -> list[Pattern]:
    """Significant entries that rest only on self-report: not borne out by anything named."""
    resting = _sorted([e for e in entries if e.rests_on_self_report and e.significance >= 2])
    if not resting:
        return []
    return [
        Pattern(
            PatternKind.SELF_REPORT_ONLY,
            translate(
                "patterns",
                "%n significant entry rests only on self-report; check them with another source.",
                None,
                len(resting),
            )
            if len(resting) == 1
            else translate(
                "patterns",
                "%n significant entries rest only on self-report; check them with another source.",
                None,
                len(resting),
            ),
            tuple(e.id for e in resting),
        )
    ]


def rising_incidents(
    entries: Sequence[ChronologyEntry], today: date, t: Thresholds
) -> list[Pattern]:
    """More incidents in the latest window than in the one before, by a factor."""
    window = timedelta(days=t.incident_window_days)
    entries = distinct_events(entries)
    recent = [
        e for e in entries if e.category in INCIDENTS and today - window < e.occurred_on <= today
    ]
    before = [
        e
        for e in entries
        if e.category in INCIDENTS and today - 2 * window < e.occurred_on <= today - window
    ]
    if len(recent) >= t.incident_minimum and len(recent) >= t.incident_rise_factor * max(
        len(before), 1
    ):
        return [
            Pattern(
                PatternKind.RISING_INCIDENTS,
                translate(
                    "patterns",
                    "{recent} incidents in the last {days} days, against {before} in the "
                    "{days} days before.",
                ).format(recent=len(recent), days=t.incident_window_days, before=len(before)),
                tuple(e.id for e in _sorted(recent)),
                today - window,
            )
        ]
    return []


def new_adults(
    memberships: Sequence[HouseholdMembership],
    adults: set[str],
    names: dict[str, str],
    today: date,
    t: Thresholds,
    write: DateWriter = written,
) -> list[Pattern]:
    """Adults who joined a household recently (a new partner, a lodger)."""
    found = []
    for membership in memberships:
        joined = membership.from_date
        if (
            membership.person in adults
            and joined
            and 0 <= (today - joined).days <= t.new_adult_window_days
        ):
            found.append(
                Pattern(
                    PatternKind.NEW_ADULT,
                    translate("patterns", "{name} joined {household} on {day}.").format(
                        name=names.get(membership.person, translate("patterns", "An adult")),
                        household=membership.household,
                        day=write(joined),
                    ),
                    (),
                    joined,
                )
            )
    return found


def contact_gaps(
    entries: Sequence[ChronologyEntry],
    today: date,
    t: Thresholds,
    since: date | None = None,
    write: DateWriter = written,
) -> list[Pattern]:
    """Stretches longer than the threshold with no professional contact (up to today)."""
    contacts = _sorted(
        [
            e
            for e in entries
            if e.category in PROFESSIONAL_CONTACT and (since is None or e.occurred_on >= since)
        ]
    )
    found = []
    points = [(e.occurred_on, e.id) for e in contacts] + [(today, None)]
    for (previous, previous_id), (current, _current_id) in pairwise(points):
        gap = (current - previous).days
        if gap > t.contact_gap_days:
            sentence = (
                translate(
                    "patterns", "{days} days with no professional contact, from {start} to today."
                ).format(days=gap, start=write(previous))
                if current == today
                else translate(
                    "patterns", "{days} days with no professional contact, from {start} to {end}."
                ).format(days=gap, start=write(previous), end=write(current))
            )
            found.append(
                Pattern(
                    PatternKind.CONTACT_GAP,
                    sentence,
                    (previous_id,) if previous_id else (),
                    previous,
                )
            )
    return found


def child_not_seen(
    entries: Sequence[ChronologyEntry], write: DateWriter = written
) -> list[Pattern]:
    """Visits and contacts where the child was not seen, or seen but not alone, and when
    the child was last seen alone (the review's child was rarely seen, never alone)."""
    recorded = _sorted(
        [e for e in distinct_events(entries) if e.child_seen is not ChildSeen.NOT_RECORDED]
    )
    missed = [e for e in recorded if e.child_seen in (ChildSeen.NOT_SEEN, ChildSeen.SEEN_NOT_ALONE)]
    if not missed:
        return []
    not_seen = sum(1 for e in missed if e.child_seen is ChildSeen.NOT_SEEN)
    not_alone = len(missed) - not_seen
    alone = [e for e in recorded if e.child_seen is ChildSeen.SEEN_ALONE]
    total = len(recorded)
    sentence = (
        translate(
            "patterns",
            "Of {total} visits and contacts, the child was not seen at {not_seen} and seen but "
            "not alone at {not_alone}; last seen alone on {day}.",
        ).format(
            total=total, not_seen=not_seen, not_alone=not_alone, day=write(alone[-1].occurred_on)
        )
        if alone
        else translate(
            "patterns",
            "Of {total} visits and contacts, the child was not seen at {not_seen} and seen but "
            "not alone at {not_alone}; never recorded as seen alone.",
        ).format(total=total, not_seen=not_seen, not_alone=not_alone)
    )
    return [
        Pattern(
            PatternKind.CHILD_NOT_SEEN,
            sentence,
            tuple(e.id for e in missed),
            missed[0].occurred_on,
        )
    ]


def find_patterns(
    entries: Sequence[ChronologyEntry],
    today: date,
    thresholds: Thresholds | None = None,
    memberships: Sequence[HouseholdMembership] = (),
    adults: set[str] | None = None,
    names: dict[str, str] | None = None,
    contact_since: date | None = None,
    write: DateWriter = written,
) -> list[Pattern]:
    """Every pattern, most pressing kinds first (``write``: how their sentences write a
    day)."""
    t = thresholds or Thresholds()
    return [
        *avoidance(entries, t, write),
        *rising_incidents(entries, today, t),
        *new_adults(memberships, adults or set(), names or {}, today, t, write),
        *child_not_seen(entries, write),
        *contact_gaps(entries, today, t, contact_since, write),
        *self_report_only(entries),
    ]
