"""A case record brought up to date from what one operation changed (Anki's OpChanges).

Only the kinds an operation touched are read again, and of the chronology only the
entries it touched: adding one entry to a case of thousands reads one entry, not
thousands. The GUI applies the result in one place (``ui.controller``) and refreshes only
the views those kinds feed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChronologyEntry
from casedesk.services.case_file import CaseFile
from casedesk.storage.unit_of_work import Changes

# Kinds whose records belong to a case through its people: when the people of the case
# change (added, merged, withdrawn, linked), these are read again as well.
_THROUGH_PEOPLE = tuple(kind for kind in k.CASE_RECORD_KINDS if kind.person_columns)


def touched_kinds(changes: Changes) -> set[str]:
    """The names of the kinds of a case that ``changes`` may have changed."""
    touched = {name for name, ids in changes.records.items() if ids}
    if touched & {k.PEOPLE.name, k.MEMBERSHIP}:
        touched |= {k.PEOPLE.name, *(kind.name for kind in _THROUGH_PEOPLE)}
    return touched


def updated_record(case_file: CaseFile, record: CaseRecord, changes: Changes) -> CaseRecord:
    """``record`` as the case file now holds it, reading only what ``changes`` touched."""
    touched = touched_kinds(changes)
    if not touched:
        return record
    case_id = record.case.id
    values: dict[str, Any] = {}
    with case_file.read() as snapshot:
        if k.CASE.name in touched:
            values["case"] = snapshot.records(k.CASE, case_id)[0]
        for kind in k.CASE_RECORD_KINDS:
            if kind.name not in touched:
                continue
            if kind is k.ENTRIES:
                keys = sorted(changes.records.get(kind.name, ()))
                fresh = snapshot.records(kind, case_id, keys)
                values["entries"] = merged_entries(
                    record.entries,
                    keys,
                    fresh,
                    lambda day: snapshot.entry_ids_on(case_id, day),
                )
            else:
                values[kind.record_field] = tuple(snapshot.records(kind, case_id))
    return replace(record, **values)


def merged_entries(
    entries: tuple[ChronologyEntry, ...],
    changed: list[str],
    fresh: list[ChronologyEntry],
    day_order: Callable[[date], list[str]],
) -> tuple[ChronologyEntry, ...]:
    """The entries with those whose ids ``changed`` replaced by ``fresh`` (an id missing
    from ``fresh`` was withdrawn), in the order the case file lists them: an entry that
    kept its date keeps its place; one that is new or moved to another day takes its place
    among that day's entries as ``day_order`` (the file's order of a day) gives it."""
    before = {e.id: e for e in entries}
    in_place = {
        e.id: e for e in fresh if e.id in before and before[e.id].occurred_on == e.occurred_on
    }
    movers = [e for e in fresh if e.id not in in_place]
    gone = set(changed) - set(in_place)
    kept = [in_place.get(e.id, e) for e in entries if e.id not in gone]
    for entry in sorted(movers, key=lambda e: e.occurred_on):
        rank = {entry_id: n for n, entry_id in enumerate(day_order(entry.occurred_on))}
        start = bisect.bisect_left(kept, entry.occurred_on, key=lambda e: e.occurred_on)
        end = bisect.bisect_right(kept, entry.occurred_on, key=lambda e: e.occurred_on)
        mine = rank.get(entry.id, len(rank))
        at = next((i for i in range(start, end) if rank.get(kept[i].id, -1) > mine), end)
        kept.insert(at, entry)
    return tuple(kept)
