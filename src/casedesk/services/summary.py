"""What goes into a shared summary of one case: the redacted record, and the views of it
the document reports (assessments, plans, supervision, escalations, sign-offs, practice
flags, what was shared before), gathered in one read. ``export.summary`` lays it out.

Everything is worked out from the redacted record, so nothing withheld can reach the
document by another road; the practice flags alone are worked out from the whole record
(a flag about a withheld person still stands, with their name withheld), since leaving a
concern out of a summary because a person was withheld would mislead its reader.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from casedesk.domain.ages import is_adult
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.disclosures import Disclosure
from casedesk.domain.errors import CaseDeskError, UsageError
from casedesk.domain.health import CheckResult
from casedesk.domain.ids import PersonId
from casedesk.domain.patterns import Thresholds, find_patterns
from casedesk.domain.redaction import (
    Redacted,
    SummaryChoices,
    SummarySection,
    redact,
    withheld_counts,
)
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.services.case_file import CaseFile
from casedesk.services.health import health_of
from casedesk.services.oversight import CaseOversight, oversight_of
from casedesk.services.sharing import agency_name
from casedesk.services.sign_off import sign_off_checks

_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: read out over a phone


def new_document_id() -> str:
    """A document id, random, printed on every page: ``CD-XXXX-XXXX-XXXX``."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    return f"CD-{chars[:4]}-{chars[4:8]}-{chars[8:]}"


@dataclass(frozen=True)
class SummaryData:
    """Everything one summary shows, already redacted."""

    record: CaseRecord
    choices: SummaryChoices
    withheld: tuple[str, ...]  # by name: for the log only, never printed
    withheld_note: str  # how much was withheld: printed on the cover
    made_on: date
    author: str
    author_role: str
    agency: str
    document_id: str
    audit_head: tuple[int, str]
    flags: tuple[str, ...]
    oversight: CaseOversight
    shared_before: tuple[Disclosure, ...]
    health: tuple[CheckResult, ...] = ()
    genogram_positions: dict[PersonId, tuple[float, float]] = field(default_factory=dict)
    demo: bool = False
    # Scrubs withheld names from text worked out from the whole record (sign-off
    # sentences, flags) before it is printed.
    scrub: Callable[[str], str] = str


def prepare_summary(
    case_file: CaseFile,
    reference: str,
    choices: SummaryChoices,
    thresholds: Thresholds | None = None,
) -> SummaryData:
    """Gather a summary of the case ``reference`` as ``choices`` say (refused, in
    sentences, when a choice is missing or wrong)."""
    problems = choices.problems()
    if problems:
        raise UsageError(" ".join(problems))
    full = case_file.case_record(reference)
    _check_redaction_names(full, choices)
    redacted = redact(full, choices.redaction)
    today = case_file.today()
    verified = sign_off_checks(case_file, full)
    return SummaryData(
        record=redacted.record,
        choices=choices,
        withheld=redacted.withheld,
        withheld_note=withheld_counts(redacted),
        made_on=today,
        author=case_file.user,
        author_role=case_file.role,
        agency=agency_name(case_file),
        document_id=new_document_id(),
        audit_head=case_file.head(),
        flags=tuple(practice_flags(full, redacted, today, thresholds)),
        oversight=oversight_of(case_file, redacted.record, verified),
        shared_before=redacted.record.disclosures,
        # Checked on the whole record (withholding must not make a case look better),
        # then shown as a shared document may: see ``shared_health``.
        health=(
            shared_health(health_of(case_file, full, today, thresholds, verified).results, redacted)
            if choices.includes(SummarySection.HEALTH)
            else ()
        ),
        genogram_positions=case_file.diagram_positions(full.case.id, "genogram"),
        demo=case_file.is_demo(reference),
        scrub=redacted.scrub,
    )


def _check_redaction_names(record: CaseRecord, choices: SummaryChoices) -> None:
    r = choices.redaction
    people = {p.id for p in record.people}
    team = {p.id for p in record.professionals}
    entries = {e.id for e in record.entries}
    unknown = (
        [p for p in r.people if p not in people]
        + [p for p in r.contact_details if p not in people | team]
        + [e for e in r.entries | r.third_party_included if e not in entries]
    )
    if unknown:
        raise CaseDeskError(
            translate(
                "summary",
                "Case {reference} has no person, team member or entry '{id}' to withhold; "
                "check the id (casedesk chronology list shows entries' ids).",
            ).format(reference=record.case.reference, id=sorted(unknown)[0])
        )


RESTS_ON_WITHHELD = QT_TRANSLATE_NOOP(
    "summary", "This rests on information withheld from this summary."
)


def practice_flags(
    full: CaseRecord, redacted: Redacted, today: date, thresholds: Thresholds | None = None
) -> list[str]:
    """The case's practice flags (what the top of the case shows, and the chronology's
    patterns), worked out from the whole record so none is lost by withholding, with
    withheld names scrubbed, and a pattern that rests on a withheld entry left out (it
    would count and date it)."""
    child = full.subject_child
    adults = {str(p.id) for p in full.people if p.id != child.id and is_adult(p, today)}
    patterns = find_patterns(
        full.entries,
        today,
        thresholds,
        memberships=full.households,
        adults=adults,
        names={p.id: p.display_name for p in full.people},
        contact_since=full.case.opened_on,
    )
    shown = [p for p in patterns if not redacted.rests_on_withheld(p.entries)]
    lines = [*full.attention(today), *(p.summary for p in shown)]
    if len(shown) < len(patterns):
        lines.append(
            translate(
                "summary", "{count} more: this rests on information withheld from this summary."
            ).format(count=len(patterns) - len(shown))
        )
    return [redacted.scrub(line) for line in lines]


def shared_health(results: list[CheckResult], redacted: Redacted) -> tuple[CheckResult, ...]:
    """The health check of the whole record as a shared document may show it: a check
    whose records were withheld says only that, and names are scrubbed from the rest."""
    shown = []
    for result in results:
        if redacted.rests_on_withheld(result.records):
            withheld = translate("summary", RESTS_ON_WITHHELD)
            shown.append(replace(result, explanation=withheld, next_step="", records=()))
        else:
            shown.append(
                replace(
                    result,
                    explanation=redacted.scrub(result.explanation),
                    next_step=redacted.scrub(result.next_step),
                    question=result.question,
                )
            )
    return tuple(shown)
