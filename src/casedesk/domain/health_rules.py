"""The thresholds of the case health check, as a rule pack's ``[health]`` table sets them.

No national figure exists for most of these (how recent an attempt to identify a father
must be, how many refusals call for a challenge); the defaults are CaseDesk's, stated in
docs/rule-packs.md, and an agency sets its own in its pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casedesk.domain.intervals import Interval, Unit
from casedesk.domain.oversight_rules import Bad, interval_field, known_fields
from casedesk.domain.wording import translate

SIX_WEEKS = Interval(6, Unit.WEEKS)
TWENTY_WORKING_DAYS = Interval(20, Unit.WORKING_DAYS)
THREE_MONTHS = Interval(3, Unit.MONTHS)
ONE_MONTH = Interval(1, Unit.MONTHS)
FIVE_WORKING_DAYS = Interval(5, Unit.WORKING_DAYS)


@dataclass(frozen=True)
class HealthRules:
    """What the health check counts as recent, late or too many."""

    # An adult not yet identified is being worked on: an attempt within this time, with a
    # dated next step.
    attempt_within: Interval = SIX_WEEKS
    # Refusals or reluctance to name an adult, counted: at this many, challenge it and
    # consider escalation.
    refusals_to_challenge: int = 2
    # When no visit timescale of the pack applies to the case (early help, say), the child
    # should still be seen within this time.
    child_seen_within: Interval = TWENTY_WORKING_DAYS
    # And seen alone within this time, from this age (a baby is not seen alone).
    seen_alone_within: Interval = THREE_MONTHS
    seen_alone_from_age: int = 2
    # A significant fact resting only on self-report for longer than this needs
    # corroborating (or its resting on self-report saying, in the analysis).
    corroborate_within: Interval = ONE_MONTH
    # After a significant event, a decision on who else needs to know within this time.
    share_within: Interval = FIVE_WORKING_DAYS
    # A gap in supervision this recent still counts against the case.
    supervision_lookback: Interval = THREE_MONTHS


DEFAULT_HEALTH = HealthRules()

_INTERVALS = {
    "attempt_within": "attempt_unit",
    "child_seen_within": "child_seen_unit",
    "seen_alone_within": "seen_alone_unit",
    "corroborate_within": "corroborate_unit",
    "share_within": "share_unit",
    "supervision_lookback": "supervision_lookback_unit",
}


def parse_health(data: dict[str, Any], bad: Bad) -> HealthRules:
    """The ``[health]`` table of a pack's parsed TOML (optional; each field optional)."""
    table = data.get("health")
    if table is None:
        return DEFAULT_HEALTH
    if not isinstance(table, dict):
        bad("health", "", translate("health_rules", "should be a table: [health]"))
        return DEFAULT_HEALTH
    known_fields(
        table,
        {*_INTERVALS, *_INTERVALS.values(), "refusals_to_challenge", "seen_alone_from_age"},
        "health",
        bad,
    )
    values: dict[str, Any] = {}
    for amount, unit in _INTERVALS.items():
        if amount in table or unit in table:
            found = interval_field(table, amount, unit, "health", bad)
            if found is not None:
                values[amount] = found
    if "refusals_to_challenge" in table:
        count = table["refusals_to_challenge"]
        if isinstance(count, int) and not isinstance(count, bool) and 1 <= count <= 20:
            values["refusals_to_challenge"] = count
        else:
            bad(
                "health",
                "refusals_to_challenge",
                translate("health_rules", "should be a whole number, 1 to 20"),
            )
    if "seen_alone_from_age" in table:
        age = table["seen_alone_from_age"]
        if isinstance(age, int) and not isinstance(age, bool) and 0 <= age <= 17:
            values["seen_alone_from_age"] = age
        else:
            bad(
                "health",
                "seen_alone_from_age",
                translate("health_rules", "should be a whole number of years, 0 to 17"),
            )
    return HealthRules(**values)
