"""What a supervisor approves, what has changed since, and when a sign-off is due.

The content of an assessment is the assessment with the sources it consulted and the
adults it considered; of a plan, the chronology entry recording the meeting that made it.
Each is written as its interchange object (one definition per record kind), so the
difference between the version approved and the current one can be said field by field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.intervals import shift
from casedesk.domain.oversight_rules import SignOffRules
from casedesk.domain.sign_offs import ASSESSMENT, PLAN, SignOff
from casedesk.domain.wording import translate
from casedesk.domain.working_days import WorkingCalendar

# Fields that say who recorded a record and when: never a difference in what was approved.
_NOT_CONTENT = {"recorded_by", "recorded_at"}


def approved_content(record: CaseRecord, target_type: str, target_id: str) -> dict[str, Any] | None:
    """The content a sign-off of this record covers, as it stands (None: no such record
    in the case)."""
    if target_type == ASSESSMENT:
        found = next((a for a in record.assessments if a.id == target_id), None)
        if found is None:
            return None
        linked = set(found.history)
        team = {p.id: p for p in record.professionals}
        return {
            "assessment": _plain(k.ASSESSMENTS, found),
            # What it rests on, as it stood: a history entry or a team member changed later
            # is a change to what was approved.
            "history": [
                {
                    "id": e.id,
                    "date": e.occurred_on.isoformat(),
                    "category": e.category.value,
                    "description": e.description,
                }
                for e in sorted(record.entries, key=lambda e: e.id)
                if e.id in linked
            ],
            "team": sorted(
                (
                    {"id": p.id, "name": p.name, "agency": p.agency, "role": p.role}
                    for key, p in team.items()
                    if any(s.professional == key for s in record.sources_consulted)
                ),
                key=lambda p: str(p["id"]),
            ),
            "sources": sorted(
                (
                    _plain(k.SOURCES_CONSULTED, s)
                    for s in record.sources_consulted
                    if s.assessment == target_id
                ),
                key=lambda s: str(s["id"]),
            ),
            "adults": sorted(
                (
                    _plain(k.ADULTS_CONSIDERED, a)
                    for a in record.adults_considered
                    if a.assessment == target_id
                ),
                key=lambda a: str(a["id"]),
            ),
        }
    if target_type == PLAN:
        entry = next((e for e in record.entries if e.id == target_id), None)
        if entry is None:
            return None
        return {
            "plan": _plain(k.ENTRIES, entry),
            # The plan is its meeting and the actions agreed there.
            "actions": sorted(
                (_plain(k.ACTIONS, a) for a in record.actions if a.entry == target_id),
                key=lambda a: str(a["id"]),
            ),
        }
    return None


def _plain(kind: k.RecordKind, item: Any) -> dict[str, Any]:
    return {key: value for key, value in k.to_json(kind, item).items() if key not in _NOT_CONTENT}


def _label(key: str) -> str:
    return key.replace("_", " ")


def _text(value: Any) -> str:
    if value is None:
        return translate("approval", "(nothing)")
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _pair(before: Any, after: Any, width: int = 60) -> str:
    """'before' → 'after', long texts cut to show where they differ (never two texts that
    read the same)."""
    old, new = _text(before), _text(after)
    if len(old) <= width and len(new) <= width:
        return f"'{old}' → '{new}'"
    start = next(
        (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
        min(len(old), len(new)),
    )
    begin = max(0, start - 20)

    def window(text: str) -> str:
        cut = text[begin : begin + width]
        return ("…" if begin else "") + cut + ("…" if begin + width < len(text) else "")

    return f"'{window(old)}' → '{window(new)}'"


def _fields_changed(before: Mapping[str, Any], after: Mapping[str, Any], prefix: str) -> list[str]:
    found = []
    for key in sorted(set(before) | set(after)):
        if key == "id" or before.get(key) == after.get(key):
            continue
        found.append(f"{prefix}{_label(key)}: {_pair(before.get(key), after.get(key))}")
    return found


def differences(approved: Mapping[str, Any], current: Mapping[str, Any] | None) -> list[str]:
    """What changed between the content approved and the content now, in words."""
    if current is None:
        return [
            translate(
                "approval",
                "the record approved is no longer in the case (withdrawn as entered in error)",
            )
        ]
    found: list[str] = []
    for part in ("assessment", "plan"):
        if part in approved or part in current:
            found += _fields_changed(approved.get(part) or {}, current.get(part) or {}, "")
    for part, what in (
        ("sources", translate("approval", "source consulted")),
        ("adults", translate("approval", "adult considered")),
        ("history", translate("approval", "history entry")),
        ("team", translate("approval", "team member")),
        ("actions", translate("approval", "action")),
    ):
        before = {str(item["id"]): item for item in approved.get(part, [])}
        after = {str(item["id"]): item for item in current.get(part, [])}
        for item_id in sorted(set(before) | set(after)):
            if item_id not in after:
                found.append(
                    translate("approval", "{what} {name} removed").format(
                        what=what, name=_name(before[item_id])
                    )
                )
            elif item_id not in before:
                found.append(
                    translate("approval", "{what} {name} added").format(
                        what=what, name=_name(after[item_id])
                    )
                )
            else:
                prefix = translate("approval", "{what} {name}, ").format(
                    what=what, name=_name(after[item_id])
                )
                found += _fields_changed(before[item_id], after[item_id], prefix)
    return found


def _name(item: Mapping[str, Any]) -> str:
    for key in ("source", "name", "professional", "person", "what", "date"):
        if item.get(key):
            return str(item[key])[:60]
    return str(item["id"])


def sign_off_due(
    record: CaseRecord,
    target_type: str,
    target_id: str,
    rules: SignOffRules,
    calendar: WorkingCalendar,
) -> date | None:
    """When a sign-off of this record is due: the pack's time from the assessment's
    submission, or from the plan's meeting (None: not submitted yet)."""
    start: date | None = None
    if target_type == ASSESSMENT:
        found = next((a for a in record.assessments if a.id == target_id), None)
        start = found.submitted_on if found else None
    elif target_type == PLAN:
        entry = next((e for e in record.entries if e.id == target_id), None)
        start = entry.occurred_on if entry else None
    if start is None:
        return None
    return shift(start, rules.within.amount, rules.within.unit, calendar)


def working_days_late(due: date | None, signed_on: date, calendar: WorkingCalendar) -> int:
    """How many working days after ``due`` a sign-off on ``signed_on`` is (0: in time)."""
    if due is None or signed_on <= due:
        return 0
    return calendar.working_days_between(due, signed_on)


def latest_sign_off(record: CaseRecord, target_type: str, target_id: str) -> SignOff | None:
    """The newest sign-off of a record."""
    found = [
        s for s in record.sign_offs if s.target_type == target_type and s.target_id == target_id
    ]
    return found[-1] if found else None


def plans(record: CaseRecord, rules: SignOffRules, since: date | None = None) -> list[Any]:
    """The chronology entries recording a plan a supervisor approves: every one signed
    off (or returned), and the latest, which is the plan in force (an earlier plan not
    signed off is history, superseded by the meeting after it), unless it was met before
    ``since``, the day the case file began to record sign-offs."""
    meetings = [e for e in record.entries if e.category.value in rules.plan_categories]
    signed = {s.target_id for s in record.sign_offs if s.target_type == PLAN}
    latest = max(meetings, key=lambda e: e.occurred_on, default=None)
    if latest is not None and since is not None and latest.occurred_on < since:
        latest = None  # met before the file recorded sign-offs: history, not awaiting one
    return [e for e in meetings if e.id in signed or e is latest]
