"""Deadlines as the case file keeps them: recorded as the events that start them arrive.

Whichever way an event arrives (typed in the GUI, ``casedesk chronology add``, a CSV or a
JSON import), ``record_arising`` writes, in the same unit of work, the deadlines it starts
and marks met those it meets, by the case file's rule pack and working days. Anything else
the events now say differently (a date amended) is proposed, never written
(``domain.deadline_changes``). A case file's region and closure days are its own settings.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.health_rules import DEFAULT_HEALTH
from casedesk.domain.oversight_rules import DEFAULT_OVERSIGHT
from casedesk.domain.rule_packs import PackProblem
from casedesk.domain.timescales import Deadline
from casedesk.domain.wording import translate
from casedesk.domain.working_days import REGIONS, WorkingCalendar
from casedesk.services import undo
from casedesk.services.rule_packs import load_pack, shipped_pack

if TYPE_CHECKING:  # the protocols are for type checking only
    from pathlib import Path

    from casedesk.services.store import Snapshot, Writes

REGION = "region"
CLOSURES = "closure days"  # i18n: settings key
# The fingerprint of the timescales last applied.
COUNTED_BY = "deadlines counted by"  # i18n: settings key


@dataclass(frozen=True)
class TimescaleSettings:
    """Whose bank holidays count, and the days the agency is closed."""

    region: str = "England"  # i18n: region key
    closures: frozenset[date] = frozenset()


@dataclass(frozen=True)
class LoadedTimescales:
    """The timescales in use, and anything wrong with the agency's own pack."""

    timescales: Timescales
    settings: TimescaleSettings
    pack_path: Path
    problems: list[PackProblem] = field(default_factory=list)


def read_settings(snapshot: Snapshot) -> TimescaleSettings:
    """The case file's region and closure days (England and none, until set)."""
    region = snapshot.setting(REGION) or "England"  # i18n: region key
    closures = frozenset(
        date.fromisoformat(day) for day in (snapshot.setting(CLOSURES) or "").split() if day
    )
    return TimescaleSettings(region if region in REGIONS else "England", closures)  # i18n: key


def write_settings(work: Writes, settings: TimescaleSettings, reason: str) -> None:
    """Record the case file's region and closure days (audited)."""
    if settings.region not in REGIONS:
        raise CaseDeskError(
            translate("deadlines", "Choose one of {regions} for the region.").format(
                regions=", ".join(REGIONS)
            )
        )
    work.set_setting(REGION, settings.region, reason)
    work.set_setting(CLOSURES, " ".join(sorted(d.isoformat() for d in settings.closures)), reason)


def load_timescales(
    settings: TimescaleSettings, folder: Path | None = None, shipped: bool = False
) -> LoadedTimescales:
    """The rule pack of the settings' region (the agency's own when it reads well, unless
    ``shipped``) and a working-day calendar with the closure days."""
    loaded = shipped_pack(settings.region) if shipped else load_pack(settings.region, folder)
    calendar = WorkingCalendar(settings.region, settings.closures)
    return LoadedTimescales(
        Timescales(loaded.pack, calendar), settings, loaded.path, loaded.problems
    )


def fingerprint(timescales: Timescales) -> str:
    """What the recorded deadlines were counted by: the pack's rules, the region and the
    closure days (a change to any means each case's deadlines are looked at again)."""
    calendar = timescales.calendar
    # Oversight settings (supervision, escalation, sign-off) and the health check's
    # thresholds count no deadline.
    pack = replace(timescales.pack, oversight=DEFAULT_OVERSIGHT, health=DEFAULT_HEALTH)
    text = repr((pack, calendar.region, sorted(calendar.closures)))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def triggers(timescales: Timescales) -> set[str]:
    """The chronology categories that start or meet a timescale of the pack."""
    found: set[str] = set()
    for rule in timescales.pack.rules:
        found |= {rule.starts, rule.met_by}
    return found


def record_arising(
    work: Writes,
    record: CaseRecord,
    timescales: Timescales,
    today: date,
    new_entries: Iterable[ChronologyEntry] = (),
    opening: bool = False,
    only_entries: set[str] | None = None,
) -> list[undo.Amendment]:
    """Record the deadlines ``record``'s events (with ``new_entries``, just written) call
    for and are not recorded yet, and mark met those an event has met; only those that
    ``only_entries`` start or meet, when given (an entry's own undo step takes back only
    what it did). Deadlines are compared as they stand inside the unit of work, never as a
    caller's copy had them. ``opening``: the case is being recorded (its opening day may
    start the referral's clocks). Returns what would undo the markings (additions are
    undone as added records of the unit of work)."""
    added = tuple(new_entries)
    current = tuple(work.records(k.DEADLINES, record.case.id))
    record = replace(record, entries=(*record.entries, *added), deadlines=current)
    found = timescales.reconcile(record, today, opening)

    def concerns(deadline: Deadline) -> bool:
        return only_entries is None or bool({deadline.started_by, deadline.met_by} & only_entries)

    for deadline in found.new:
        if concerns(deadline):
            work.add(k.DEADLINES, [deadline])  # one at a time: each is given its number
    steps: list[undo.Amendment] = []
    for recorded, met in found.met:
        if not concerns(met):
            continue
        changed = k.changed_columns(k.DEADLINES, recorded, met)
        key = str(recorded.record_id)
        why = (
            translate("deadlines", "Met by an event recorded in the chronology")
            if met.met_on != recorded.met_on
            else translate("deadlines", "Counted from the entry that now starts it")
        )

        before = work.amend_columns(k.DEADLINES.name, key, changed, why)
        steps.append(undo.Amendment(k.DEADLINES.name, key, before, changed))
    return steps
