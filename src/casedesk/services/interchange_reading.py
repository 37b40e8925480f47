"""Reading a CaseDesk interchange document (docs/interchange.md) into case records,
collecting *every* problem with its location (a JSON Pointer such as
``/cases/0/people/2/birth/date``) instead of stopping at the first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from casedesk.domain import record_kinds as k
from casedesk.domain.actions import WORKER_PREFIX
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.codecs import Problems, Ref
from casedesk.domain.consent import consent_from_flag
from casedesk.domain.ecomap import support_problems
from casedesk.domain.identifiers import nhs_number_problem
from casedesk.domain.json_reader import json_reader
from casedesk.domain.people import NHS_NUMBER
from casedesk.domain.record_kind import RecordKind
from casedesk.domain.record_rules import record_problems
from casedesk.domain.relationships import RelationshipKind
from casedesk.domain.validation import Severity, check_parent_child, check_person
from casedesk.domain.wording import translate
from casedesk.services.interchange import FORMAT, VERSION

TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


@dataclass(frozen=True)
class DocumentProblem:
    """One problem in a document: where (a JSON Pointer) and what."""

    location: str
    message: str

    def __str__(self) -> str:
        return translate("interchange_reading", "{location}: {problem}").format(
            location=self.location or "/", problem=self.message
        )


def _object(value: Any, path: str, problems: Problems) -> dict[str, Any]:
    if not isinstance(value, dict):
        problems.add(
            path, translate("interchange_reading", "should be an object ({{...}})").format()
        )
        return {}
    return value


def _older(kind: RecordKind, obj: dict[str, Any]) -> dict[str, Any]:
    """An object as this version reads it, from what an earlier version wrote: a team
    member's ``consent_to_share`` tick box (before schema 15) is the consent state it
    stands for. A document that says both is read by its ``consent``."""
    if kind is k.PROFESSIONALS and "consent_to_share" in obj and "consent" not in obj:
        return {**obj, "consent": consent_from_flag(obj["consent_to_share"]).value}
    return obj


def _items(parent: dict[str, Any], key: str, path: str, problems: Problems) -> list[Any]:
    value = parent.get(key, [])
    if not isinstance(value, list):
        problems.add(f"{path}/{key}", translate("interchange_reading", "should be a list ([...])"))
        return []
    return [(f"{path}/{key}/{index}", item) for index, item in enumerate(value)]


def _case_from(problems: Problems, obj: dict[str, Any], path: str, today: date) -> CaseRecord:
    """One case: its own fields, then each kind's list, read from its declaration."""
    case = json_reader(k.CASE)(obj, path, problems, {"today": today})
    context = {"case": case.id, "today": today}
    values: dict[str, Any] = {"case": case}
    for kind in k.CASE_RECORD_KINDS:
        if not kind.importable:  # a sign-off holds only in the case file it signed
            values[kind.record_field] = ()
            continue
        read = json_reader(kind)
        values[kind.record_field] = tuple(
            read(_older(kind, _object(item, where, problems)), where, problems, context)
            for where, item in _items(obj, kind.json_key, path, problems)
        )
    record = CaseRecord(**values)
    _check_record(problems, record, obj, path, today)
    return record


def _check_record(
    r: Problems, record: CaseRecord, obj: dict[str, Any], path: str, today: date
) -> None:
    """Cross-record checks: links point at people in the case, facts are possible."""
    ids = [p.id for p in record.people]
    known = set(ids)
    for index, person_id in enumerate(ids):
        if person_id and ids.index(person_id) != index:
            r.add(
                f"{path}/people/{index}/id",
                translate("interchange_reading", "'{id}' is used twice").format(id=person_id),
            )
    if record.case.subject_child and record.case.subject_child not in known:
        r.add(
            f"{path}/subject_child",
            translate("interchange_reading", "is not one of the case's people"),
        )

    def must_know(person_id: str, where: str) -> None:
        if person_id and person_id not in known:
            r.add(
                where,
                translate("interchange_reading", "'{id}' is not one of the case's people").format(
                    id=person_id
                ),
            )

    for kind in k.CASE_RECORD_KINDS:
        keys = [
            f.json_path[0]
            for f in k.person_fields(kind)
            if isinstance(f.codec, Ref) and f.json_path is not None
        ]
        for item_path, item in _items(obj, kind.json_key, path, Problems()):
            if isinstance(item, dict):
                for key in keys:
                    must_know(str(item.get(key) or ""), f"{item_path}/{key}")
    for index, person in enumerate(record.people):
        for problem in check_person(person, today):
            if problem.severity is Severity.ERROR:
                r.add(f"{path}/people/{index}", problem.message)
    people = {p.id: p for p in record.people}
    for index, rel in enumerate(record.relationships):
        if (
            rel.kind is RelationshipKind.BIOLOGICAL_PARENT
            and {rel.from_person, rel.to_person} <= known
        ):
            for problem in check_parent_child(people[rel.from_person], people[rel.to_person]):
                if problem.severity is Severity.ERROR:
                    r.add(f"{path}/relationships/{index}", problem.message)
    for index, support in enumerate(record.supports):
        for problem in support_problems(record, support):
            r.add(f"{path}/ecomap/{index}/{problem.field}", problem.message)
    _check_dates_and_links(r, record, path, today)
    for index, entry in enumerate(record.entries):
        where = f"{path}/chronology/{index}"
        if entry.time and not TIME.fullmatch(entry.time):
            r.add(
                f"{where}/time",
                translate(
                    "interchange_reading", "'{time}' is not a time (write HH:MM, 00:00-23:59)"
                ).format(time=entry.time[:20]),
            )
        if entry.until is not None and entry.until < entry.occurred_on:
            r.add(
                f"{where}/until",
                translate("interchange_reading", "a date range cannot end before it starts"),
            )
    for index, identifier in enumerate(record.identifiers):
        if identifier.kind == NHS_NUMBER:
            problem_text = nhs_number_problem(identifier.value)
            if problem_text:
                r.add(f"{path}/identifiers/{index}/value", problem_text)


def _check_dates_and_links(r: Problems, record: CaseRecord, path: str, today: date) -> None:
    """What a schema cannot say: nothing recorded in the future, ranges the right way
    round, and every link to an entry or a person pointing at one the case holds."""
    case = record.case
    _rules(r, k.CASE, [case], path, today)
    for kind in k.CASE_RECORD_KINDS:
        where = f"{path}/{kind.json_key}"
        _rules(r, kind, getattr(record, kind.record_field), where, today, each=True)
    if case.opened_on > today:
        r.add(f"{path}/opened_on", translate("interchange_reading", "is in the future"))
    people = {p.id for p in record.people}
    entries = {e.id for e in record.entries}
    links: dict[str, str] = {e.id: e.same_event_as for e in record.entries if e.same_event_as}
    for index, entry in enumerate(record.entries):
        where = f"{path}/chronology/{index}"
        if not entry.description.strip():
            r.add(f"{where}/description", translate("interchange_reading", "is required"))
        if not entry.id.strip():
            r.add(f"{where}/id", translate("interchange_reading", "is required"))
        if entry.occurred_on > today:
            r.add(f"{where}/occurred_on", translate("interchange_reading", "is in the future"))
        for person in entry.people:
            if person not in people:
                r.add(
                    f"{where}/people",
                    translate(
                        "interchange_reading", "'{id}' is not one of the case's people"
                    ).format(id=person[:40]),
                )
        if entry.corroborating_entry and entry.corroborating_entry not in entries:
            r.add(
                f"{where}/corroborating_entry",
                translate("interchange_reading", "is not one of the case's entries"),
            )
        if entry.corroboration.value != "unverified" and not entry.borne_out_by:
            r.add(
                f"{where}/corroboration",
                translate(
                    "interchange_reading",
                    "is '{value}' but neither corroborating_entry nor corroborating_source "
                    "says by what",
                ).format(value=entry.corroboration.value),
            )
        if entry.same_event_as and (
            entry.same_event_as not in entries or entry.same_event_as == entry.id
        ):
            r.add(
                f"{where}/same_event_as",
                translate("interchange_reading", "is not another of the case's entries"),
            )
        elif links.get(entry.same_event_as) == entry.id and entry.id > entry.same_event_as:
            r.add(
                f"{where}/same_event_as",
                translate("interchange_reading", "links back to an entry linked to this one"),
            )
    for index, decision in enumerate(record.sharing):
        if decision.entry and decision.entry not in entries:
            r.add(
                f"{path}/information_sharing/{index}/entry",
                translate("interchange_reading", "is not one of the case's entries"),
            )
    team = {m.id for m in record.professionals}
    attempts = {a.id for a in record.identification_attempts}
    for index, action in enumerate(record.actions):
        where = f"{path}/actions/{index}"
        owner = action.owner
        if owner.strip() and not (
            owner.startswith(WORKER_PREFIX) or owner in team or owner in people
        ):
            r.add(
                f"{where}/owner",
                translate(
                    "interchange_reading",
                    "is not a team member's or a person's id of the case, nor 'worker:' and a name",
                ),
            )
        if action.entry and action.entry not in entries:
            r.add(
                f"{where}/entry",
                translate("interchange_reading", "is not one of the case's entries"),
            )
        if action.attempt and action.attempt not in attempts:
            r.add(
                f"{where}/attempt",
                translate(
                    "interchange_reading", "is not one of the case's identification attempts"
                ),
            )


def _rules(
    r: Problems,
    kind: k.RecordKind,
    items: Any,
    path: str,
    today: date,
    each: bool = False,
) -> None:
    """Each record's own rules (domain.record_rules), placed at the field they name."""
    for index, item in enumerate(items):
        for problem in record_problems(item, today):
            field = next((f for f in kind.fields if f.attr == problem.field), None)
            key = "/".join(field.json_path) if field and field.json_path else problem.field
            where = f"{path}/{index}" if each else path
            r.add(f"{where}/{key}", problem.message)


def from_document(data: Any, today: date) -> tuple[list[CaseRecord], list[DocumentProblem]]:
    """Read a whole document; the records are usable only when there are no problems."""
    problems = Problems()

    def result(records: list[CaseRecord]) -> tuple[list[CaseRecord], list[DocumentProblem]]:
        return records, [DocumentProblem(where, what) for where, what in problems.found]

    document = _object(data, "", problems)
    if not isinstance(data, dict):
        return result([])
    if document.get("format") != FORMAT:
        problems.add(
            "/format",
            translate(
                "interchange_reading",
                "should be '{format}': this is not a CaseDesk interchange document",
            ).format(format=FORMAT),
        )
        return result([])
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        problems.add(
            "/version",
            translate(
                "interchange_reading",
                "is {version}; this CaseDesk reads version {supported}. Update CaseDesk to "
                "import it.",
            ).format(version=version, supported=VERSION),
        )
        return result([])
    if version != VERSION or isinstance(version, bool):
        problems.add(
            "/version",
            translate("interchange_reading", "should be {version}").format(version=VERSION),
        )
    if "cases" not in document:
        problems.add(
            "/cases", translate("interchange_reading", "is required (the list of cases to import)")
        )
    elif document.get("cases") == []:
        problems.add(
            "/cases",
            translate("interchange_reading", "is empty: the document holds no case to import"),
        )
    records = [
        _case_from(problems, _object(item, where, problems), where, today)
        for where, item in _items(document, "cases", "", problems)
    ]
    references = [rec.case.reference for rec in records]
    for index, reference in enumerate(references):
        if reference and references.index(reference) != index:
            problems.add(
                f"/cases/{index}/reference",
                translate("interchange_reading", "'{id}' is used twice").format(id=reference),
            )
    _ids_used_twice(problems, records)
    return result(records)


def _ids_used_twice(problems: Problems, records: list[CaseRecord]) -> None:
    """Records of a kind with ids of their own need each id once in the whole document
    (a person may appear in several cases: the same person, linked)."""
    for kind in (k.CASE, *k.CASE_RECORD_KINDS):
        if kind.key_attr != "id" or kind is k.PEOPLE:
            continue
        seen: set[str] = set()
        for case_index, record in enumerate(records):
            items = [record.case] if kind is k.CASE else getattr(record, kind.record_field)
            for index, item in enumerate(items):
                if not item.id:
                    continue
                if item.id in seen:
                    where = f"/cases/{case_index}" + (
                        "" if kind is k.CASE else f"/{kind.json_key}/{index}"
                    )
                    problems.add(
                        f"{where}/id",
                        translate("interchange_reading", "'{id}' is used twice").format(id=item.id),
                    )
                seen.add(item.id)
