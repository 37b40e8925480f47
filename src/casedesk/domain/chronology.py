"""Chronology entries: what happened, who said so, and what it meant for the child."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from casedesk.domain.dates import DatePrecision
from casedesk.domain.evidence import (
    Corroboration,
    Evidence,
    Significance,
    SourceType,
    names_something,
)
from casedesk.domain.ids import CaseId, EntryId, PersonId
from casedesk.domain.people import Person
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, translate


class _CategoryKind(type):
    """Iterating ``Category`` gives the default categories (as an enum would)."""

    def __iter__(cls) -> Iterator[Category]:
        return iter(DEFAULT_CATEGORIES)


class Category(metaclass=_CategoryKind):
    """A chronology category: the defaults below, or one a case file adds to its list.

    Names are kept in lower case with single spaces, so "No-access  Visit" and
    "no-access visit" are the same category.
    """

    __slots__ = ("_hash", "value")
    value: str
    _hash: int

    REFERRAL: ClassVar[Category]
    REFERRAL_DECISION: ClassVar[Category]
    HOME_VISIT: ClassVar[Category]
    NO_ACCESS_VISIT: ClassVar[Category]
    MISSED_APPOINTMENT: ClassVar[Category]
    CANCELLED_MEETING: ClassVar[Category]
    DISCLOSURE: ClassVar[Category]
    INJURY: ClassVar[Category]
    HOSPITAL_ATTENDANCE: ClassVar[Category]
    POLICE_CALL_OUT: ClassVar[Category]
    DOMESTIC_ABUSE: ClassVar[Category]
    SCHOOL_ATTENDANCE: ClassVar[Category]
    ASSESSMENT: ClassVar[Category]
    STRATEGY_DISCUSSION: ClassVar[Category]
    CONFERENCE: ClassVar[Category]
    CORE_GROUP: ClassVar[Category]
    BECAME_LOOKED_AFTER: ClassVar[Category]
    LOOKED_AFTER_REVIEW: ClassVar[Category]
    SUPERVISION: ClassVar[Category]
    INFORMATION_SHARED: ClassVar[Category]
    COURT: ClassVar[Category]
    OTHER: ClassVar[Category]

    def __init__(self, value: str) -> None:
        name = " ".join(str(value).split()).lower()
        if not name:
            raise ValueError(translate("chronology", "a category needs a name"))
        if len(name) > 60:
            raise ValueError(translate("chronology", "a category name is at most 60 characters"))
        object.__setattr__(self, "value", name)
        # Patterns hash categories hundreds of thousands of times: work it out once.
        object.__setattr__(self, "_hash", hash(name))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("categories cannot be changed")  # i18n: a bug, not shown

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Category) and other.value == self.value

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return f"Category({self.value!r})"  # i18n: repr, for a programmer

    @property
    def is_avoidance(self) -> bool:
        """No-access visits, missed appointments and cancellations form patterns."""
        return self in _AVOIDANCE

    @property
    def is_default(self) -> bool:
        """True for the categories every case file starts with."""
        return self in DEFAULT_CATEGORIES


_DEFAULTS = {
    "REFERRAL": QT_TRANSLATE_NOOP("Category", "referral"),
    "REFERRAL_DECISION": QT_TRANSLATE_NOOP("Category", "referral decision"),
    "HOME_VISIT": QT_TRANSLATE_NOOP("Category", "home visit"),
    "NO_ACCESS_VISIT": QT_TRANSLATE_NOOP("Category", "no-access visit"),
    "MISSED_APPOINTMENT": QT_TRANSLATE_NOOP("Category", "missed appointment"),
    "CANCELLED_MEETING": QT_TRANSLATE_NOOP("Category", "cancelled meeting"),
    "DISCLOSURE": QT_TRANSLATE_NOOP("Category", "disclosure"),
    "INJURY": QT_TRANSLATE_NOOP("Category", "injury"),
    "HOSPITAL_ATTENDANCE": QT_TRANSLATE_NOOP("Category", "hospital attendance"),
    "POLICE_CALL_OUT": QT_TRANSLATE_NOOP("Category", "police call-out"),
    "DOMESTIC_ABUSE": QT_TRANSLATE_NOOP("Category", "domestic abuse incident"),
    "SCHOOL_ATTENDANCE": QT_TRANSLATE_NOOP("Category", "school attendance"),
    "ASSESSMENT": QT_TRANSLATE_NOOP("Category", "assessment"),
    "STRATEGY_DISCUSSION": QT_TRANSLATE_NOOP("Category", "strategy discussion"),
    "CONFERENCE": QT_TRANSLATE_NOOP("Category", "conference"),
    # Added with the rule packs: the events that start or meet their timescales.
    "CORE_GROUP": QT_TRANSLATE_NOOP("Category", "core group"),
    "BECAME_LOOKED_AFTER": QT_TRANSLATE_NOOP("Category", "became looked after"),
    "LOOKED_AFTER_REVIEW": QT_TRANSLATE_NOOP("Category", "looked-after review"),
    "SUPERVISION": QT_TRANSLATE_NOOP("Category", "supervision"),
    "INFORMATION_SHARED": QT_TRANSLATE_NOOP("Category", "information shared"),
    "COURT": QT_TRANSLATE_NOOP("Category", "court"),
    "OTHER": QT_TRANSLATE_NOOP("Category", "other"),
}
for _attribute, _name in _DEFAULTS.items():
    type.__setattr__(Category, _attribute, Category(_name))
DEFAULT_CATEGORIES: tuple[Category, ...] = tuple(
    getattr(Category, attribute) for attribute in _DEFAULTS
)
_AVOIDANCE = frozenset(
    {Category.NO_ACCESS_VISIT, Category.MISSED_APPOINTMENT, Category.CANCELLED_MEETING}
)


class ChildSeen(enum.Enum):
    """Whether the child was seen at a visit or contact, and alone: a fact in its own right
    (the review's child was seen rarely, and never alone)."""

    NOT_RECORDED = ""
    SEEN_ALONE = QT_TRANSLATE_NOOP("ChildSeen", "seen alone")
    SEEN_NOT_ALONE = QT_TRANSLATE_NOOP("ChildSeen", "seen, not alone")
    NOT_SEEN = QT_TRANSLATE_NOOP("ChildSeen", "not seen")

    @property
    def label(self) -> str:
        """How a list shows it, in the worker's language."""
        if not self.value:
            return translate("ChildSeen", "not recorded")
        return translate("ChildSeen", self.value)


def asks_if_seen(child: Person, day: date) -> bool:
    """Whether a visit on ``day`` asks if ``child`` was seen, and alone, and what they
    said: not before they are born (an unborn child can be neither seen alone nor heard;
    what was seen of the pregnancy is the worker's account)."""
    return not child.unborn_on(day)


def child_seen_problem(child: Person, day: date, seen: ChildSeen) -> str | None:
    """Why a visit on ``day`` cannot be recorded as it says whether ``child`` was seen:
    it must say, unless the child was not yet born."""
    if asks_if_seen(child, day) and seen is ChildSeen.NOT_RECORDED:
        return translate("chronology", "Say whether {child} was seen, and alone.").format(
            child=child.display_name
        )
    return None


@dataclass(frozen=True)
class ChronologyEntry:
    """One event in a case's chronology."""

    id: EntryId
    case: CaseId
    occurred_on: date
    category: Category
    description: str
    evidence: Evidence  # who said so, what kind of source, and what bears it out
    recorded_by: str
    precision: DatePrecision = DatePrecision.EXACT
    significance: Significance = Significance.ROUTINE
    impact_on_child: str = ""
    action_taken: str = ""
    people: tuple[PersonId, ...] = field(default_factory=tuple)
    recorded_at: str = ""  # ISO timestamp, set by storage when first written
    time: str = ""  # "HH:MM" when the time matters
    until: date | None = None  # the end of a date range
    analysis: str = ""
    action_owner: str = ""  # before version 10 (now an Action record names its owner)
    corroborating_source: str = ""  # another source that bears it out (or contradicts it)
    child_seen: ChildSeen = ChildSeen.NOT_RECORDED
    others_present: str = ""
    child_words: str = ""  # the child's own words, kept apart from the worker's account
    home_observations: str = ""
    same_event_as: str = ""  # the entry another agency recorded of the same event
    # Holds what a third party told us, or about a third party (a neighbour's report, a
    # relative's health): withheld from a shared summary unless the worker includes it.
    third_party: bool = False

    @property
    def rests_on_self_report(self) -> bool:
        """Self-reported, and not borne out by anything named (a 'corroborated' with
        nothing behind it does not count)."""
        return self.source_type is SourceType.SELF_REPORTED and not (
            self.corroboration is Corroboration.CORROBORATED
            and (bool(self.corroborating_entry) or names_something(self.corroborating_source))
        )

    @property
    def borne_out_by(self) -> str:
        """What corroborates or contradicts it: an entry's id, or a source named."""
        return self.corroborating_entry or self.corroborating_source.strip()

    # An entry's evidence is the same value every fact carries; these name its parts.
    @property
    def source(self) -> str:
        """The agency, professional or person the information came from."""
        return self.evidence.source

    @property
    def source_type(self) -> SourceType:
        """How it reached the record (self-report, observation, agency record, document)."""
        return self.evidence.source_type

    @property
    def corroboration(self) -> Corroboration:
        """Whether another source bears it out, or contradicts it."""
        return self.evidence.corroboration

    @property
    def corroborating_entry(self) -> str:
        """The entry that corroborates or contradicts this one, if any."""
        return self.evidence.corroborated_by


def entry_problems(
    entry: ChronologyEntry,
    today: date,
    entry_ids: set[str],
    people: set[str],
    before: ChronologyEntry | None = None,
) -> list[str]:
    """What makes an entry impossible to record as it stands (empty when it is fine).

    For a change (``before``: the entry as it was), a link the change leaves alone is not
    checked again: the entry it names may since have been withdrawn, and that must not
    stop a worker correcting a typing error."""
    problems = []
    if not entry.description.strip():
        problems.append(translate("chronology", "Describe what happened."))
    if not entry.source.strip():
        problems.append(
            translate(
                "chronology", "Say who the information came from (agency, professional or person)."
            )
        )
    if entry.occurred_on > today:
        problems.append(translate("chronology", "The date is in the future."))
    if entry.until is not None and entry.until < entry.occurred_on:
        problems.append(translate("chronology", "A date range cannot end before it starts."))
    if entry.time and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", entry.time):
        problems.append(translate("chronology", "Write the time as HH:MM, for example 14:30."))
    kept = before is not None and before.corroborating_entry == entry.corroborating_entry
    if entry.corroborating_entry and entry.corroborating_entry not in entry_ids and not kept:
        problems.append(
            translate("chronology", "The corroborating entry is not in this case's chronology.")
        )
    if entry.corroborating_entry == entry.id and entry.id:
        problems.append(translate("chronology", "An entry cannot corroborate itself."))
    if entry.corroboration is not Corroboration.UNVERIFIED and not entry.borne_out_by:
        problems.append(
            translate("chronology", "Say which entry or other source bears it out.")
            if entry.corroboration is Corroboration.CORROBORATED
            else translate("chronology", "Say which entry or other source contradicts it.")
        )
    if entry.same_event_as and not (before and before.same_event_as == entry.same_event_as):
        if entry.same_event_as == entry.id:
            problems.append(translate("chronology", "An entry cannot be linked to itself."))
        elif entry.same_event_as not in entry_ids:
            problems.append(
                translate(
                    "chronology", "The entry it is linked to is not in this case's chronology."
                )
            )
    unknown = [p for p in entry.people if p not in people]
    if unknown:
        problems.append(translate("chronology", "Some of the people involved are not in the case."))
    return problems


def describe_entry(entry: ChronologyEntry) -> str:
    """An entry named in words, where its id would mean nothing (another file, a CSV)."""
    return translate("chronology", "entry of {day} from {source}: {description}").format(
        day=shown_day(entry.occurred_on), source=entry.source, description=entry.description[:80]
    )
