"""The case health check: what serious case reviews keep finding, asked of every case.

Each check is one question of the record, answered ``pass``, ``fail`` or
``not_applicable``, with a sentence saying what was found, the records behind it (their
ids, one click away on screen) and, when it fails, what to do next. The themes are the
review's (../shared/000_946fc6808cce59ab.txt): 1 information sharing, 2 seeing risk whole,
3 assessment, 4 oversight, 5 fathers and significant adults. Thresholds are the rule
pack's ``[health]`` (``health_rules``); timescales, supervision, sign-off and escalation
are the pack's own.

Plain Python: the record is given (as it is now, or as it was recorded on a past day), and
so are the sign-offs as storage verified them; nothing here reads a file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from casedesk.domain.health_adults import (
    adult_checks,
    adults_identified,
    father_recorded,
    refusals_challenged,
)
from casedesk.domain.health_assessment import (
    assessment_adults,
    assessment_agencies,
    assessment_history,
    assessment_timescale,
    concern_answered,
)
from casedesk.domain.health_core import Check, CheckResult, HealthInputs, Status, Theme
from casedesk.domain.health_oversight import (
    escalations_answered,
    sharing_decided,
    sign_offs_current,
    supervision_interval,
    team_and_lead,
)
from casedesk.domain.health_risk import (
    actions_done,
    avoidance,
    child_seen,
    contradictions_analysed,
    self_report_corroborated,
)

CHECKS: tuple[Check, ...] = (
    team_and_lead,
    sharing_decided,
    self_report_corroborated,
    contradictions_analysed,
    child_seen,
    actions_done,
    avoidance,
    assessment_timescale,
    assessment_history,
    assessment_agencies,
    assessment_adults,
    concern_answered,
    supervision_interval,
    sign_offs_current,
    escalations_answered,
    father_recorded,
    adults_identified,
    refusals_challenged,
    adult_checks,
)


def health_check(inputs: HealthInputs) -> list[CheckResult]:
    """Every check of one case, in theme order."""
    return list(health_checks_one_by_one(inputs))


def health_checks_one_by_one(inputs: HealthInputs) -> Iterator[CheckResult]:
    """Every check of one case, in theme order, each worked out when asked for (one of a
    5,000-entry case can take 20 ms: a check in the background takes them a few at a
    time, between the window's other work)."""
    for check in CHECKS:
        yield check(inputs)


def failed_count(results: Sequence[CheckResult]) -> int:
    """How many checks failed (the count shown beside a case)."""
    return sum(1 for r in results if r.failed)


__all__ = [
    "CHECKS",
    "CheckResult",
    "HealthInputs",
    "Status",
    "Theme",
    "failed_count",
    "health_check",
    "health_checks_one_by_one",
]
