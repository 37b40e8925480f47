"""Reading a CaseDesk interchange document (docs/interchange.md) into case records,
collecting *every* problem with its location (a JSON Pointer such as
``/cases/0/people/2/birth/date``) instead of stopping at the first."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case, Concern, LegalStatus
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.ecomap import support_problems
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.identifiers import nhs_number_problem
from casedesk.domain.ids import CaseId, EntryId, PersonId, ProfessionalId, RelationshipId
from casedesk.domain.people import NHS_NUMBER, Address, Identification, Identifier, Person, Sex
from casedesk.domain.relationships import (
    EmotionalLink,
    EmotionalQuality,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.team import LinkStrength, Professional, Support
from casedesk.domain.validation import Severity, check_parent_child, check_person
from casedesk.services.interchange import FORMAT, VERSION

E = TypeVar("E", bound=enum.Enum)


@dataclass(frozen=True)
class DocumentProblem:
    """One problem in a document: where (a JSON Pointer) and what."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location or '/'}: {self.message}"


class _Reader:
    """Typed reads that record a problem (and return a placeholder) instead of raising."""

    def __init__(self) -> None:
        self.problems: list[DocumentProblem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(DocumentProblem(path, message))

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.problem(path, "should be an object ({...})")
            return {}
        return value

    def items(self, parent: dict[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        value = parent.get(key, [])
        if not isinstance(value, list):
            self.problem(f"{path}/{key}", "should be a list ([...])")
            return []
        return [(f"{path}/{key}/{index}", item) for index, item in enumerate(value)]

    def text(self, parent: dict[str, Any], key: str, path: str, required: bool = False) -> str:
        value = parent.get(key)
        if value is None or value == "":
            if required:
                self.problem(f"{path}/{key}", "is required")
            return ""
        if not isinstance(value, str):
            self.problem(f"{path}/{key}", "should be text")
            return ""
        if "\x00" in value:
            self.problem(f"{path}/{key}", "contains a NUL character")
            return ""
        return value

    def texts(self, parent: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        return tuple(
            self.text({"v": item}, "v", item_path.rsplit("/", 1)[0])
            for item_path, item in self.items(parent, key, path)
        )

    def day(
        self, parent: dict[str, Any], key: str, path: str, required: bool = False
    ) -> date | None:
        text = self.text(parent, key, path, required)
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.problem(f"{path}/{key}", f"'{text[:40]}' is not a date (write YYYY-MM-DD)")
            return None

    def choice(
        self, parent: dict[str, Any], key: str, path: str, kind: type[E], default: E | None = None
    ) -> E:
        value = parent.get(key)
        if value is None and default is not None:
            return default
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in kind)
            self.problem(f"{path}/{key}", f"{value!r} is not one of {allowed}")
            return next(iter(kind))

    def flag(self, parent: dict[str, Any], key: str, path: str) -> bool:
        value = parent.get(key, False)
        if not isinstance(value, bool):
            self.problem(f"{path}/{key}", "should be true or false")
            return False
        return value

    def evidence(self, parent: dict[str, Any], key: str, path: str) -> Evidence:
        value = parent.get(key)
        if value is None:
            return Evidence()
        obj = self.obj(value, f"{path}/{key}")
        here = f"{path}/{key}"
        return Evidence(
            self.text(obj, "source", here),
            self.choice(obj, "source_type", here, SourceType, SourceType.SELF_REPORTED),
            self.choice(obj, "corroboration", here, Corroboration, Corroboration.UNVERIFIED),
            self.text(obj, "corroborated_by", here),
        )


def _person_from(r: _Reader, obj: dict[str, Any], path: str) -> Person:
    birth_obj = obj.get("birth")
    birth = None
    birth_evidence = None
    if birth_obj is not None:
        b = r.obj(birth_obj, f"{path}/birth")
        when = r.day(b, "date", f"{path}/birth", required=True)
        precision = r.choice(b, "precision", f"{path}/birth", DatePrecision, DatePrecision.EXACT)
        birth = FuzzyDate(when, precision) if when else None
        if b.get("evidence") is not None:
            birth_evidence = r.evidence(b, "evidence", f"{path}/birth")
    return Person(
        PersonId(r.text(obj, "id", path, required=True)),
        r.text(obj, "given_names", path),
        r.text(obj, "family_name", path),
        r.choice(obj, "sex", path, Sex, Sex.UNKNOWN),
        birth,
        expected_on=r.day(obj, "expected_on", path),
        died_on=r.day(obj, "died_on", path),
        known_as=r.text(obj, "known_as", path),
        identification=r.choice(
            obj, "identification", path, Identification, Identification.IDENTIFIED
        ),
        languages=r.texts(obj, "languages", path),
        aliases=r.texts(obj, "aliases", path),
        previous_names=r.texts(obj, "previous_names", path),
        notes=r.text(obj, "notes", path),
        birth_evidence=birth_evidence,
        name_evidence=(
            r.evidence(obj, "name_evidence", path) if obj.get("name_evidence") is not None else None
        ),
    )


def _each(
    r: _Reader,
    parent: dict[str, Any],
    key: str,
    path: str,
    build: Callable[[dict[str, Any], str], Any],
) -> tuple[Any, ...]:
    return tuple(
        build(r.obj(item, item_path), item_path) for item_path, item in r.items(parent, key, path)
    )


def _case_from(r: _Reader, obj: dict[str, Any], path: str, today: date) -> CaseRecord:
    case_id = CaseId(r.text(obj, "id", path, required=True))
    people = _each(r, obj, "people", path, lambda o, p: _person_from(r, o, p))
    case = Case(
        case_id,
        r.text(obj, "reference", path, required=True),
        PersonId(r.text(obj, "subject_child", path, required=True)),
        r.choice(obj, "legal_status", path, LegalStatus),
        r.text(obj, "original_concern", path, required=True),
        r.day(obj, "opened_on", path, required=True) or today,
        r.text(obj, "allocated_worker", path),
        r.day(obj, "closed_on", path),
    )
    relationships = _each(
        r,
        obj,
        "relationships",
        path,
        lambda o, p: Relationship(
            RelationshipId(r.text(o, "id", p, required=True)),
            r.choice(o, "kind", p, RelationshipKind),
            PersonId(r.text(o, "from", p, required=True)),
            PersonId(r.text(o, "to", p, required=True)),
            r.day(o, "started_on", p),
            r.day(o, "ended_on", p),
            r.text(o, "role", p),
            *_flat(r.evidence(o, "evidence", p)),
        ),
    )
    households = _each(
        r,
        obj,
        "households",
        path,
        lambda o, p: HouseholdMembership(
            PersonId(r.text(o, "person", p, required=True)),
            r.text(o, "household", p, required=True),
            r.day(o, "from", p),
            r.day(o, "to", p),
            r.evidence(o, "evidence", p),
        ),
    )
    addresses = _each(
        r,
        obj,
        "addresses",
        path,
        lambda o, p: Address(
            PersonId(r.text(o, "person", p, required=True)),
            r.text(o, "address", p, required=True),
            r.day(o, "from", p),
            r.day(o, "to", p),
            r.evidence(o, "evidence", p),
        ),
    )
    identifiers = _each(
        r,
        obj,
        "identifiers",
        path,
        lambda o, p: Identifier(
            PersonId(r.text(o, "person", p, required=True)),
            r.text(o, "kind", p, required=True),
            r.text(o, "value", p, required=True),
        ),
    )
    emotional = _each(
        r,
        obj,
        "emotional_links",
        path,
        lambda o, p: EmotionalLink(
            PersonId(r.text(o, "from", p, required=True)),
            PersonId(r.text(o, "to", p, required=True)),
            r.choice(o, "quality", p, EmotionalQuality),
            r.day(o, "from_date", p),
            r.day(o, "to_date", p),
            r.evidence(o, "evidence", p),
        ),
    )
    responsibility = _each(
        r,
        obj,
        "parental_responsibility",
        path,
        lambda o, p: ParentalResponsibility(
            PersonId(r.text(o, "person", p, required=True)),
            PersonId(r.text(o, "child", p, required=True)),
            r.text(o, "basis", p, required=True),
            r.day(o, "from", p),
            r.day(o, "to", p),
        ),
    )
    attempts = _each(
        r,
        obj,
        "identification_attempts",
        path,
        lambda o, p: IdentificationAttempt(
            r.text(o, "id", p, required=True),
            case_id,
            PersonId(r.text(o, "person", p, required=True)),
            r.day(o, "attempted_on", p, required=True) or today,
            r.text(o, "method", p, required=True),
            r.text(o, "asked_by", p, required=True),
            r.text(o, "asked_whom", p, required=True),
            r.text(o, "answer", p, required=True),
            r.text(o, "reluctance", p),
            r.text(o, "outcome", p),
            r.text(o, "next_step", p),
        ),
    )
    concerns = _each(
        r,
        obj,
        "concerns",
        path,
        lambda o, p: Concern(
            r.text(o, "id", p, required=True),
            case_id,
            r.day(o, "raised_on", p, required=True) or today,
            r.text(o, "text", p, required=True),
            r.text(o, "source", p),
            r.text(o, "recorded_by", p),
        ),
    )
    team = _each(
        r,
        obj,
        "team",
        path,
        lambda o, p: Professional(
            ProfessionalId(r.text(o, "id", p, required=True)),
            case_id,
            r.text(o, "name", p, required=True),
            r.text(o, "agency", p, required=True),
            r.text(o, "role", p, required=True),
            r.day(o, "involved_from", p, required=True) or today,
            r.day(o, "involved_to", p),
            r.flag(o, "consent_to_share", p),
            r.flag(o, "lead", p),
            r.text(o, "contact", p),
        ),
    )
    entries = _each(
        r,
        obj,
        "chronology",
        path,
        lambda o, p: ChronologyEntry(
            EntryId(r.text(o, "id", p, required=True)),
            case_id,
            r.day(o, "occurred_on", p, required=True) or today,
            _category(r, o, p),
            r.text(o, "description", p, required=True),
            r.text(o, "source", p),
            r.choice(o, "source_type", p, SourceType),
            r.text(o, "recorded_by", p, required=True),
            r.choice(o, "precision", p, DatePrecision, DatePrecision.EXACT),
            _significance(r, o, p),
            r.choice(o, "corroboration", p, Corroboration, Corroboration.UNVERIFIED),
            r.text(o, "impact_on_child", p),
            r.text(o, "action_taken", p),
            tuple(PersonId(x) for x in r.texts(o, "people", p)),
            r.text(o, "recorded_at", p),
            r.text(o, "time", p),
            r.day(o, "until", p),
            r.text(o, "analysis", p),
            r.text(o, "action_owner", p),
            r.text(o, "corroborating_entry", p),
        ),
    )
    sharing = _each(
        r,
        obj,
        "information_sharing",
        path,
        lambda o, p: SharingDecision(
            r.text(o, "id", p, required=True),
            case_id,
            r.day(o, "decided_on", p, required=True) or today,
            r.text(o, "shared_with", p, required=True),
            r.flag(o, "shared", p),
            r.text(o, "what", p, required=True),
            r.text(o, "reason", p),
            r.text(o, "recorded_by", p, required=True),
            r.text(o, "entry", p),
        ),
    )
    supports = _each(
        r,
        obj,
        "ecomap",
        path,
        lambda o, p: Support(
            case_id,
            r.text(o, "name", p, required=True),
            r.text(o, "kind", p, required=True),
            r.choice(o, "strength", p, LinkStrength),
            r.day(o, "from", p),
            r.day(o, "to", p),
            PersonId(r.text(o, "person", p)) if o.get("person") else None,
            ProfessionalId(r.text(o, "professional", p)) if o.get("professional") else None,
            r.text(o, "note", p),
            r.evidence(o, "evidence", p),
        ),
    )
    record = CaseRecord(
        case,
        people,
        relationships,
        households,
        addresses,
        identifiers,
        emotional,
        responsibility,
        attempts,
        concerns,
        team,
        entries,
        sharing,
        supports,
    )
    _check_record(r, record, obj, path, today)
    return record


def _category(r: _Reader, obj: dict[str, Any], path: str) -> Category:
    """Any named category: a document may use categories its own case file added."""
    try:
        return Category(r.text(obj, "category", path, required=True) or "other")
    except ValueError as error:
        r.problem(f"{path}/category", str(error))
        return Category.OTHER


def _flat(evidence: Evidence) -> tuple[str, SourceType, Corroboration]:
    return evidence.source, evidence.source_type, evidence.corroboration


def _significance(r: _Reader, obj: dict[str, Any], path: str) -> Significance:
    value = obj.get("significance", 0)
    try:
        return Significance(value)
    except ValueError:
        r.problem(f"{path}/significance", "should be 0 (routine) to 3 (critical)")
        return Significance.ROUTINE


def _check_record(
    r: _Reader, record: CaseRecord, obj: dict[str, Any], path: str, today: date
) -> None:
    """Cross-record checks: links point at people in the case, facts are possible."""
    ids = [p.id for p in record.people]
    known = set(ids)
    for index, person_id in enumerate(ids):
        if person_id and ids.index(person_id) != index:
            r.problem(f"{path}/people/{index}/id", f"'{person_id}' is used twice")
    if record.case.subject_child and record.case.subject_child not in known:
        r.problem(f"{path}/subject_child", "is not one of the case's people")

    def must_know(person_id: str, where: str) -> None:
        if person_id and person_id not in known:
            r.problem(where, f"'{person_id}' is not one of the case's people")

    for key, fields in (
        ("relationships", ("from", "to")),
        ("households", ("person",)),
        ("addresses", ("person",)),
        ("identifiers", ("person",)),
        ("emotional_links", ("from", "to")),
        ("parental_responsibility", ("person", "child")),
        ("identification_attempts", ("person",)),
    ):
        for item_path, item in r.items(obj, key, path):
            if isinstance(item, dict):
                for field_name in fields:
                    must_know(str(item.get(field_name) or ""), f"{item_path}/{field_name}")
    for index, person in enumerate(record.people):
        for problem in check_person(person, today):
            if problem.severity is Severity.ERROR:
                r.problem(f"{path}/people/{index}", problem.message)
    people = {p.id: p for p in record.people}
    for index, rel in enumerate(record.relationships):
        if (
            rel.kind is RelationshipKind.BIOLOGICAL_PARENT
            and {rel.from_person, rel.to_person} <= known
        ):
            for problem in check_parent_child(people[rel.from_person], people[rel.to_person]):
                if problem.severity is Severity.ERROR:
                    r.problem(f"{path}/relationships/{index}", problem.message)
    for index, support in enumerate(record.supports):
        for problem in support_problems(record, support):
            r.problem(f"{path}/ecomap/{index}/{problem.field}", problem.message)
    for index, identifier in enumerate(record.identifiers):
        if identifier.kind == NHS_NUMBER:
            problem_text = nhs_number_problem(identifier.value)
            if problem_text:
                r.problem(f"{path}/identifiers/{index}/value", problem_text)


def from_document(data: Any, today: date) -> tuple[list[CaseRecord], list[DocumentProblem]]:
    """Read a whole document; the records are usable only when there are no problems."""
    r = _Reader()
    document = r.obj(data, "")
    if document and document.get("format") != FORMAT:
        r.problem("/format", f"should be '{FORMAT}': this is not a CaseDesk interchange document")
        return [], r.problems
    version = document.get("version")
    if isinstance(version, int) and version > VERSION:
        r.problem(
            "/version",
            f"is {version}; this CaseDesk reads version {VERSION}. Update CaseDesk to import it.",
        )
        return [], r.problems
    if version != VERSION:
        r.problem("/version", f"should be {VERSION}")
    records = [
        _case_from(r, r.obj(item, item_path), item_path, today)
        for item_path, item in r.items(document, "cases", "")
    ]
    references = [rec.case.reference for rec in records]
    for index, reference in enumerate(references):
        if reference and references.index(reference) != index:
            r.problem(f"/cases/{index}/reference", f"'{reference}' is used twice")
    return records, r.problems
