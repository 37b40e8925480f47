"""``casedesk demo``: a case file of clearly fictional cases, for trying CaseDesk out.

It holds the supervisor's side too, so a new user sees it at once: a supervisor of the
file's own (``DEMO_SUPERVISOR``, with a published passphrase), each case's assessment and
supervision, an escalation overdue at stage 2, and the supervisor's sign-offs, made as a
supervisor makes them (``services.sign_off``, with their own key, by the case file's clock
set to the demo's day): one signed late with the reason, the rest in time. A case file
dates no sign-off before its own last change, so a demo made "as at" an earlier day than
the day it is written has its assessments submitted and awaiting sign-off instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Protocol, TypeVar

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.demonstration import DEMO_PASSPHRASE as DEMO_PASSPHRASE  # published
from casedesk.domain.ids import CaseId
from casedesk.domain.relationships import HouseholdMembership, Relationship
from casedesk.domain.sign_offs import ASSESSMENT, SignOffDecision
from casedesk.domain.wording import translate
from casedesk.services.case_file import CALIBRATED, CaseFile, KdfChoice
from casedesk.services.deadlines import (
    COUNTED_BY,
    TimescaleSettings,
    fingerprint,
    load_timescales,
)
from casedesk.services.gc_pause import gc_paused
from casedesk.services.sign_off import SignOffRequest, sign_off
from casedesk.services.synthetic import SyntheticData, generate
from casedesk.services.synthetic.oversight_words import SUPERVISOR

# Where the welcome page makes it.
DEMO_FILE_NAME = "CaseDesk demo.casedesk"  # i18n: a file name
DEMO_OWNER = "Demo Worker"  # i18n: the demo's (fictional) user, stored in it like its cases
DEMO_SUPERVISOR = SUPERVISOR
DEMO_SUPERVISOR_PASSPHRASE = "demo supervisor - fictional people only"  # noqa: S105  # i18n: a passphrase


def write_data(case_file: CaseFile, data: SyntheticData) -> None:
    """Write generated data into an open case file as one unit of work, and each
    assessment (with what it consulted and the adults it considered) as one of its own."""
    with (
        gc_paused(),  # (see gc_pause)
        case_file.transaction(translate("demo", "Add demonstration cases")) as work,
        work.text_indexed_at_end(),
    ):
        work.add_cases(data.cases, data.people, data.case_people, imported=True)
        work.add(k.RELATIONSHIPS, data.relationships)
        work.add(k.HOUSEHOLDS, data.households)
        work.add(k.PROFESSIONALS, data.professionals)
        work.add(k.CONCERNS, data.concerns)
        work.add(k.IDENTIFICATION_ATTEMPTS, data.identification_attempts)
        # Generated entries say who recorded them and when, as an import's do.
        work.add(k.ENTRIES, data.entries, imported=True)
        # After the entries and attempts they name; recorded by whoever made the demo.
        work.add(k.SHARING, data.sharing)
        # Before the actions, which name the supervision that agreed them.
        # Recorded by the supervisor on the next working day, as the demo's history has it
        # (not all on the day the demo is written).
        work.add(
            k.SUPERVISIONS,
            [
                replace(s, recorded_by=s.supervisor, recorded_at=_typed_after(s.held_on))
                for s in data.supervisions
            ],
            imported=True,
        )
        work.add(k.ACTIONS, data.actions)
        work.add(k.DEADLINES, data.deadlines)
        work.add(k.EMOTIONAL_LINKS, data.emotional_links)
        work.add(k.SUPPORTS, data.supports)
        work.add(k.ESCALATIONS, data.escalations)
        # The demo's deadlines are those England's shipped pack calls for: an agency's own
        # pack (or another region) is applied to them when the file is next opened.
        shipped = load_timescales(TimescaleSettings(), shipped=True).timescales
        written = translate("demo", "Demonstration cases written")
        work.set_setting(COUNTED_BY, fingerprint(shipped), written)
    # As a worker records one. A sign-off reads who touched the assessment from the units
    # that hold it, verifying each whole: in the cases' one unit (hundreds of thousands of
    # audit rows at the largest size) that would take seconds for every sign-off.
    sources = _by_assessment(data.sources_consulted)
    adults = _by_assessment(data.adults_considered)
    for assessment in data.assessments:
        label = translate("demo", "Record assessment: {title}").format(title=assessment.title)
        with case_file.transaction(label) as work:
            work.add(k.ASSESSMENTS, [assessment])
            work.add(k.SOURCES_CONSULTED, sources.get(assessment.id, []))
            work.add(k.ADULTS_CONSIDERED, adults.get(assessment.id, []))


def create_demo(
    path: Path,
    seed: int = 1,
    cases: int = 3,
    entries: int | None = None,
    as_of: date | None = None,
    kdf: KdfChoice = CALIBRATED,
) -> tuple[SyntheticData, str]:
    """Create a demo case file at ``path``; return its data and its recovery key."""
    today = as_of or date.today()
    data = generate(seed=seed, cases=cases, entries=entries, as_of=today, oversight=True)
    case_file, recovery_key = CaseFile.create(
        path, DEMO_PASSPHRASE, DEMO_OWNER, kdf=kdf, check_strength=False
    )
    with case_file:
        case_file.mark_as_demo()  # inside the encrypted file: every view and export asks it
        write_data(case_file, data)
        case_file.add_user(
            DEMO_SUPERVISOR, "supervisor", DEMO_SUPERVISOR_PASSPHRASE, kdf, check_strength=False
        )
    if data.sign_offs:
        # The supervisor opens the file with their own passphrase (one key derivation for
        # every sign-off, where signing at the worker's desk would take one each).
        with CaseFile.open(path, DEMO_SUPERVISOR_PASSPHRASE) as supervisor:
            sign_demo(supervisor, data, DEMO_OWNER, today)
    return data, recovery_key


def sign_demo(case_file: CaseFile, data: SyntheticData, author: str, as_of: date) -> int:
    """Make the generated data's sign-offs in ``case_file`` (opened by the supervisor) on
    their day, or the first day the file allows after it (a weekend day, when the file was
    written then: no later in working days); ``author`` wrote the data (the worker, whose
    work it is). None when the file was written after ``as_of``: return how many."""
    last = case_file.last_change_day()
    earliest = last - timedelta(days=1) if last is not None else date.min
    if earliest > as_of:
        return 0
    records = _records(data, {s.case for s in data.sign_offs}, author)
    for planned in data.sign_offs:
        case_file.set_clock(_noon(max(planned.signed_on, earliest)))
        request = SignOffRequest(
            ASSESSMENT,
            planned.assessment,
            SignOffDecision.APPROVED,
            planned.comment,
            planned.late_reason,
        )
        sign_off(case_file, records[planned.case], request)
    return len(data.sign_offs)


class _OfAssessment(Protocol):
    @property
    def assessment(self) -> str: ...


A = TypeVar("A", bound=_OfAssessment)


def _by_assessment(items: Iterable[A]) -> dict[str, list[A]]:
    found: dict[str, list[A]] = {}
    for item in items:
        found.setdefault(item.assessment, []).append(item)
    return found


class _OfCase(Protocol):
    @property
    def case(self) -> str: ...


T = TypeVar("T", bound=_OfCase)


def _by_case(items: Iterable[T], cases: set[CaseId]) -> dict[str, list[T]]:
    found: dict[str, list[T]] = {}
    for item in items:
        if item.case in cases:
            found.setdefault(item.case, []).append(item)
    return found


def _typed_after(held: date) -> str:
    """When a supervision held on ``held`` was typed: the next working day, late afternoon."""
    day = held + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return f"{min(day, date.today()).isoformat()}T16:30:00+00:00"  # never in the future


def _noon(day: date) -> Callable[[], datetime]:
    """A clock stopped at noon (UTC) on ``day``: the same date in any UK time zone."""
    moment = datetime.combine(day, time(12), tzinfo=UTC)
    return lambda: moment


def _records(data: SyntheticData, cases: set[CaseId], author: str) -> dict[CaseId, CaseRecord]:
    """The records of ``cases`` as the file holds them, made from the data rather than read
    back (a sign-off needs the assessment, what it consulted, the team, the chronology and
    the adults)."""
    members = {p: c for c in cases for p in data.case_people[c]}
    people = {p.id: p for p in data.people if p.id in members}
    relationships: dict[str, list[Relationship]] = {}
    for relationship in data.relationships:
        if relationship.from_person in members:
            relationships.setdefault(members[relationship.from_person], []).append(relationship)
    households: dict[str, list[HouseholdMembership]] = {}
    for membership in data.households:
        if membership.person in members:
            households.setdefault(members[membership.person], []).append(membership)
    entries = _by_case(data.entries, cases)
    team = _by_case(data.professionals, cases)
    assessments = _by_case(data.assessments, cases)
    sources = _by_case(data.sources_consulted, cases)
    adults = _by_case(data.adults_considered, cases)
    return {
        case.id: CaseRecord(
            case,
            tuple(people[p] for p in data.case_people[case.id]),
            relationships=tuple(relationships.get(case.id, ())),
            households=tuple(households.get(case.id, ())),
            professionals=tuple(team.get(case.id, ())),
            # In the order the file reads them (by date, then as written): what an
            # assessment approves lists its history in that order.
            entries=tuple(sorted(entries.get(case.id, ()), key=lambda e: e.occurred_on)),
            # Stamped with the author when written: the supervisor signs another's work.
            assessments=tuple(replace(a, recorded_by=author) for a in assessments.get(case.id, ())),
            sources_consulted=tuple(sources.get(case.id, ())),
            adults_considered=tuple(adults.get(case.id, ())),
        )
        for case in data.cases
        if case.id in cases
    }
