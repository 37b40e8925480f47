"""What makes one record impossible to keep as it stands, for every kind, in one place.

The editor asks before every addition and amendment, and the interchange reader asks of
every record a document holds, so a date range the wrong way round is refused the same way
whether it was typed, changed or imported. Rules that need the whole case (a parent
younger than their child, a link to someone not in the case) stay with the case's checks.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from casedesk.domain.actions import Action, action_problems
from casedesk.domain.assessments import (
    AdultConsidered,
    Assessment,
    SourceConsulted,
    adult_problems,
    assessment_problems,
    source_problems,
)
from casedesk.domain.cases import Case
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.consent import consent_problem
from casedesk.domain.escalation import Escalation, escalation_problems
from casedesk.domain.evidence import Evidence
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.people import Address
from casedesk.domain.relationships import (
    EmotionalLink,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
)
from casedesk.domain.sharing import SharingDecision, sharing_problem
from casedesk.domain.sign_offs import SignOff, sign_off_problems
from casedesk.domain.supervision import Supervision, supervision_problems
from casedesk.domain.team import Professional, Support
from casedesk.domain.timescales import Deadline, deadline_problems
from casedesk.domain.validation import Problem, Severity
from casedesk.domain.wording import translate


def _range(field: str, start: date | None, end: date | None, message: str) -> list[Problem]:
    if start is not None and end is not None and end < start:
        return [Problem(Severity.ERROR, field, message)]
    return []


def record_problems(record: Any, today: date) -> list[Problem]:
    """Errors in one record on its own (empty when it can be kept)."""
    found: list[Problem] = []
    # Every evidence a record carries (an entry's may name another entry: entry_problems).
    for field in ("evidence", "birth_evidence", "name_evidence"):
        evidence = getattr(record, field, None)
        if isinstance(evidence, Evidence) and not isinstance(record, ChronologyEntry):
            problem = evidence.problem()
            if problem:
                found.append(Problem(Severity.ERROR, field, problem))
    if isinstance(record, Case):
        if not record.reference.strip():
            found.append(
                Problem(
                    Severity.ERROR,
                    "reference",
                    translate("record_rules", "A case needs a reference."),
                )
            )
        if not record.original_concern.strip():
            found.append(
                Problem(
                    Severity.ERROR,
                    "original_concern",
                    translate("record_rules", "Record the concern that opened the case."),
                )
            )
        found += _range(
            "closed_on",
            record.opened_on,
            record.closed_on,
            translate("record_rules", "A case cannot close before it opened."),
        )
    elif isinstance(record, Relationship):
        found += _range(
            "ended_on",
            record.started_on,
            record.ended_on,
            translate("record_rules", "A relationship cannot end before it starts."),
        )
        if record.from_person and record.from_person == record.to_person:
            found.append(
                Problem(
                    Severity.ERROR,
                    "to_person",
                    translate("record_rules", "A person cannot be linked to themselves."),
                )
            )
    elif isinstance(record, HouseholdMembership):
        found += _range(
            "to_date",
            record.from_date,
            record.to_date,
            translate("record_rules", "A household membership cannot end before it starts."),
        )
    elif isinstance(record, Address | EmotionalLink | ParentalResponsibility | Support):
        found += _range(
            "to_date",
            record.from_date,
            record.to_date,
            translate("record_rules", "It cannot end before it starts."),
        )
    elif isinstance(record, Professional):
        found += _range(
            "involved_to",
            record.involved_from,
            record.involved_to,
            translate("record_rules", "Involvement cannot end before it starts."),
        )
        consent = consent_problem(record.consent_to_share, today)
        if consent is not None:
            found.append(Problem(Severity.ERROR, *consent))
    elif isinstance(record, IdentificationAttempt):
        if record.attempted_on > today:
            found.append(
                Problem(
                    Severity.ERROR,
                    "attempted_on",
                    translate(
                        "record_rules", "An identification attempt cannot be dated in the future."
                    ),
                )
            )
    elif isinstance(record, SharingDecision):
        problem = sharing_problem(record)
        if problem:
            found.append(Problem(Severity.ERROR, "shared_with", problem))
        if record.decided_on > today:
            found.append(
                Problem(
                    Severity.ERROR,
                    "decided_on",
                    translate("record_rules", "A decision cannot be dated in the future."),
                )
            )
        if record.shared_on is not None and record.shared_on > today:
            found.append(
                Problem(
                    Severity.ERROR,
                    "shared_on",
                    translate("record_rules", "It cannot have been shared in the future."),
                )
            )
    elif isinstance(record, Action):
        found += [
            Problem(Severity.ERROR, f, message) for f, message in action_problems(record, today)
        ]
    elif isinstance(record, Deadline):
        found += [Problem(Severity.ERROR, f, message) for f, message in deadline_problems(record)]
    else:
        found += [Problem(Severity.ERROR, f, m) for f, m in _oversight_problems(record, today)]
    return found


def _oversight_problems(record: Any, today: date) -> list[tuple[str, str]]:
    """The rules of assessments, supervision, escalation and sign-offs."""
    if isinstance(record, Assessment):
        return assessment_problems(record, today)
    if isinstance(record, SourceConsulted):
        return source_problems(record, today)
    if isinstance(record, AdultConsidered):
        return adult_problems(record, today)
    if isinstance(record, Supervision):
        return supervision_problems(record, today)
    if isinstance(record, Escalation):
        return escalation_problems(record, today)
    if isinstance(record, SignOff):
        return sign_off_problems(record, today)
    return []
