"""Column layouts for each part of the case record, as rows the tables can show.

Rows are small frozen dataclasses built from a ``CaseRecord`` (names resolved once), so
the models never look anything up while painting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casedesk.domain.ages import age_text
from casedesk.domain.case_record import CaseRecord, shown_role
from casedesk.domain.child_relation import roles_to_child
from casedesk.domain.evidence import Evidence
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.people import NHS_NUMBER, Identification, Person
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.team import Professional
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.ui.dates import shown_date, shown_fuzzy
from casedesk.ui.models.record_table_model import ColumnSpec

SELF_REPORT_MARK = QT_TRANSLATE_NOOP("record_views", "⚠ self-report only")


def evidence_text(evidence: Evidence) -> str:
    """'agency record (Health records), corroborated' or a self-report warning."""
    source = f" ({evidence.source})" if evidence.source else ""
    if evidence.rests_on_self_report:
        return f"{translate('record_views', SELF_REPORT_MARK)}{source}"
    return f"{shown_value(evidence.source_type)}{source}, {shown_value(evidence.corroboration)}"


def birth_text(person: Person, today: date) -> str:
    """Date of birth with its precision and age, or the expected date."""
    if person.birth:
        age = age_text(person.birth.value, person.died_on or today)
        born = shown_fuzzy(person.birth)
        if not age:
            return born
        return translate("record_views", "{born} (age {age})").format(born=born, age=age)
    if person.expected_on:
        return translate("record_views", "expected {day}").format(
            day=shown_date(person.expected_on)
        )
    return translate("record_views", "not known")


@dataclass(frozen=True)
class PersonRow:
    """A person as the people table shows them."""

    person: Person
    role: str
    born: str
    nhs_number: str = ""


@dataclass(frozen=True)
class LinkRow:
    """A relationship, household or emotional link with names resolved."""

    first: str
    kind: str
    second: str
    period: str
    evidence: Evidence | None
    value: object = None  # the domain value behind the row (a Relationship can be amended)


@dataclass(frozen=True)
class AttemptRow:
    """An identification attempt with the person's name."""

    attempt: IdentificationAttempt
    about: str
    next_step: str = ""  # the next step's action: who, by when, done or not
    refusals: int = 0  # refusals or reluctance met so far about this person


def _period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return ""
    return (
        f"{shown_date(start)}"
        if start and not end
        else (
            f"{shown_date(start)} – {shown_date(end)}"
            if start and end
            else f"until {shown_date(end)}"
        )
    )


def people_rows(record: CaseRecord, today: date) -> list[PersonRow]:
    """The people of a case, the subject child first, then key adults."""
    roles = roles_to_child(record)  # grandparents and siblings too, from the relationships
    order = {pid: index for index, pid in enumerate(roles)}
    people = sorted(
        record.people, key=lambda p: (order.get(p.id, len(order)), p.family_name, p.given_names)
    )
    nhs = {i.person: i.value for i in record.identifiers if i.kind == NHS_NUMBER}
    return [
        # Roles CaseDesk words itself are kept in English and shown in the worker's language.
        PersonRow(p, _role(roles.get(p.id, "")), birth_text(p, today), nhs.get(p.id, ""))
        for p in people
    ]


def _role(role: str) -> str:
    return shown_role(role) if role else ""


def relationship_rows(record: CaseRecord) -> list[LinkRow]:
    """Relationships, emotional links and parental responsibility, with names and evidence."""
    names = {p.id: p.display_name for p in record.people}
    rows = [
        LinkRow(
            names[r.from_person],
            shown_value(r.kind) + (f" ({shown_role(r.role)})" if r.role else ""),
            names[r.to_person],
            _period(r.started_on, r.ended_on),
            r.evidence,
            r,
        )
        for r in record.relationships
    ]
    rows += [
        LinkRow(
            names[e.from_person],
            translate("record_views", "emotional: {quality}").format(
                quality=shown_value(e.quality)
            ),
            names[e.to_person],
            _period(e.from_date, e.to_date),
            e.evidence,
            e,
        )
        for e in record.emotional_links
    ]
    rows += [
        LinkRow(
            names[p.person],
            translate("record_views", "holds parental responsibility ({basis})").format(
                basis=p.basis
            ),
            names[p.child],
            _period(p.from_date, p.to_date),
            None,
            p,
        )
        for p in record.parental_responsibility
    ]
    return rows


def address_rows(record: CaseRecord) -> list[LinkRow]:
    """Address history, person by person, oldest first."""
    names = {p.id: p.display_name for p in record.people}
    return [
        LinkRow(
            names[a.person],
            translate("record_views", "lived at"),
            a.address,
            _period(a.from_date, a.to_date),
            a.evidence,
            a,
        )
        for a in sorted(record.addresses, key=lambda a: (names[a.person], a.from_date or date.min))
    ]


def household_rows(record: CaseRecord) -> list[LinkRow]:
    """Who lived in which household, when."""
    names = {p.id: p.display_name for p in record.people}
    return [
        LinkRow(
            names[h.person],
            translate("record_views", "lives in"),
            h.household,
            _period(h.from_date, h.to_date),
            h.evidence,
            h,
        )
        for h in sorted(record.households, key=lambda h: (h.household, h.from_date or date.min))
    ]


def attempt_rows(record: CaseRecord) -> list[AttemptRow]:
    """Identification attempts, oldest first, each with its next step's action and the
    count of refusals met about that person up to it."""
    names = {p.id: p.display_name for p in record.people}
    steps = {a.attempt: a for a in record.actions if a.attempt}
    rows, refused = [], dict.fromkeys(names, 0)
    for attempt in record.identification_attempts:
        if attempt.reluctance.strip():
            refused[attempt.person] = refused.get(attempt.person, 0) + 1
        step = steps.get(attempt.id)
        next_step = (
            f"{step.what} — {record.owner_name(step.owner)}, due {shown_date(step.due_on)}"
            + (f", done {shown_date(step.completed_on)}" if step.completed_on else "")
            if step
            else attempt.next_step
        )
        rows.append(
            AttemptRow(
                attempt,
                names.get(attempt.person, attempt.person),
                next_step,
                refused.get(attempt.person, 0),
            )
        )
    return rows


# Identification beside the name and role: what a worker looks for first (learning theme
# 5), and never pushed off the screen by the columns before it.
PEOPLE_COLUMNS: list[ColumnSpec[PersonRow]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Name"),
        lambda r: r.person.display_name,
        context="record_views",
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("record_views", "Role"), lambda r: r.role, context="record_views"),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Identification"),
        lambda r: shown_value(r.person.identification),
        warn=lambda r: r.person.identification is not Identification.IDENTIFIED,
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Known as / aliases"),
        lambda r: ", ".join(x for x in (r.person.known_as, *r.person.aliases) if x),
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Sex"),
        lambda r: shown_value(r.person.sex),
        context="record_views",
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("record_views", "Born"), lambda r: r.born, context="record_views"),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Died"),
        lambda r: f"{shown_date(r.person.died_on)}" if r.person.died_on else "",
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "NHS number"),
        lambda r: r.nhs_number,
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Languages"),
        lambda r: ", ".join(r.person.languages),
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Date of birth source"),
        lambda r: evidence_text(r.person.birth_evidence) if r.person.birth_evidence else "",
        warn=lambda r: bool(
            r.person.birth_evidence and r.person.birth_evidence.rests_on_self_report
        ),
        context="record_views",
    ),
]

LINK_COLUMNS: list[ColumnSpec[LinkRow]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Person"), lambda r: r.first, context="record_views"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Relationship"), lambda r: r.kind, context="record_views"
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("record_views", "To"), lambda r: r.second, context="record_views"),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "When"), lambda r: r.period, context="record_views"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Source"),
        lambda r: evidence_text(r.evidence) if r.evidence else "",
        warn=lambda r: bool(r.evidence and r.evidence.rests_on_self_report),
        context="record_views",
    ),
]

ATTEMPT_COLUMNS: list[ColumnSpec[AttemptRow]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Date"),
        lambda r: f"{shown_date(r.attempt.attempted_on)}",
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "About"), lambda r: r.about, context="record_views"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Method"),
        lambda r: r.attempt.method,
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Asked by → whom"),
        lambda r: f"{r.attempt.asked_by} → {r.attempt.asked_whom}",
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Answer"),
        lambda r: r.attempt.answer,
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Reluctance"),
        lambda r: f"{r.attempt.reluctance} (refusal {r.refusals})" if r.attempt.reluctance else "",
        warn=lambda r: bool(r.attempt.reluctance),
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Outcome"),
        lambda r: r.attempt.outcome,
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Next step"),
        lambda r: r.next_step,
        context="record_views",
    ),
]


def _shared_text(d: SharingDecision) -> str:
    if d.pending:
        return translate("record_views", "decide later")
    if not d.shared:
        return translate("record_views", "not shared")
    how = ", ".join(x for x in (d.method, f"{shown_date(d.shared_on)}" if d.shared_on else "") if x)
    if how:
        return translate("record_views", "shared ({how})").format(how=how)
    return translate("record_views", "shared")


def _consent_text(d: SharingDecision) -> str:
    if not d.shared:
        return ""
    if not d.consent.value:
        consent = translate("record_views", "consent not recorded")
    elif d.consent.value.startswith("consent"):
        consent = shown_value(d.consent)
    else:
        consent = translate("record_views", "consent {state}").format(state=shown_value(d.consent))
    if d.lawful_basis:
        return translate("record_views", "{consent}; basis: {basis}").format(
            consent=consent, basis=d.lawful_basis
        )
    return consent


SHARING_COLUMNS: list[ColumnSpec[SharingDecision]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Date"),
        lambda d: f"{shown_date(d.decided_on)}",
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "With"),
        lambda d: d.shared_with or translate("record_views", "(still to decide)"),
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Shared?"),
        _shared_text,
        warn=lambda d: not d.shared,
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Consent and basis"),
        _consent_text,
        context="record_views",
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("record_views", "What"), lambda d: d.what, context="record_views"),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Why not"), lambda d: d.reason, context="record_views"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Recorded by"),
        lambda d: d.recorded_by,
        context="record_views",
    ),
]

TEAM_COLUMNS: list[ColumnSpec[Professional]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Name"),
        lambda p: p.name + (translate("record_views", " (lead professional)") if p.lead else ""),
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Agency"), lambda p: p.agency, context="record_views"
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("record_views", "Role"), lambda p: p.role, context="record_views"),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Contact"), lambda p: p.contact, context="record_views"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Involved"),
        lambda p: _period(p.involved_from, p.involved_to),
        context="record_views",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("record_views", "Consent to share"),
        lambda p: p.consent_to_share.text(),
        warn=lambda p: not p.consent_to_share.settled,
        context="record_views",
    ),
]
