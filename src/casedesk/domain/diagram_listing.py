"""The genogram's and ecomap's relationships as plain sentences.

For screen readers (the GUI shows it beside the drawing), for the PDF summary, and inside
exported SVG files. It says everything the drawing says, including who is not identified.
Every name and free text inside a sentence is isolated (``names.isolated``), so an Arabic
or Hebrew name keeps its own order without turning the English sentence round it.
"""

from __future__ import annotations

from datetime import date

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.ecomap import NOT_RATED, Ecomap
from casedesk.domain.evidence import Evidence
from casedesk.domain.genogram import Genogram
from casedesk.domain.genogram_layout import co_parents
from casedesk.domain.ids import PersonId
from casedesk.domain.names import isolated
from casedesk.domain.people import Identification, Person
from casedesk.domain.relationships import Relationship

Section = tuple[str, list[str]]


def _day(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else ""


def _span(start: date | None, end: date | None) -> str:
    if start and end:
        return f" from {_day(start)} to {_day(end)}"
    if start:
        return f" since {_day(start)}"
    if end:
        return f" until {_day(end)}"
    return ""


def _evidence(evidence: Evidence) -> str:
    source = f"{isolated(evidence.source)}, " if evidence.source else ""
    return f" ({source}{evidence.source_type.value}, {evidence.corroboration.value})"


def describe_person(person: Person, as_at: date, subject: bool) -> str:
    """One person in a sentence: name, what the symbol shows, and identification."""
    parts = [isolated(person.display_name)]
    if subject:
        parts.append("the child the case is about")
    if person.is_unborn:
        due = f", due {_day(person.expected_on)}" if person.expected_on else ""
        parts.append(f"unborn{due}")
    else:
        parts.append(person.sex.value)
        if person.birth:
            parts.append(f"born {person.birth}")
    if person.died_on:
        parts.append(f"died {_day(person.died_on)}")
    if person.identification is not Identification.IDENTIFIED:
        parts.append(person.identification.value.upper())
    return ", ".join(parts) + "."


def genogram_text(genogram: Genogram) -> list[Section]:
    """The genogram's content as sections of sentences, in reading order."""
    record: CaseRecord = genogram.record
    names: dict[PersonId, str] = {p.id: isolated(p.display_name) for p in record.people}
    drawn = {s.person for s in genogram.symbols}
    people = [
        describe_person(p, genogram.as_at, p.id == record.case.subject_child)
        for p in sorted(record.people, key=lambda p: genogram.symbol(p.id).centre[::-1])
        if p.id in drawn
    ]
    couples, children, adults = [], [], []
    for rel in record.relationships:
        a, b = names.get(rel.from_person), names.get(rel.to_person)
        if a is None or b is None:
            continue
        span = _span(rel.started_on, rel.ended_on)
        if rel.kind.is_partnership:
            couples.append(f"{a} and {b}: {rel.kind.value}{span}{_evidence_of(rel)}.")
        elif rel.kind.is_parental:
            children.append(f"{a} is {rel.kind.value} of {b}{span}{_evidence_of(rel)}.")
        else:
            role = isolated(rel.role) if rel.role else rel.kind.value
            adults.append(f"{a} is {role} to {b}{span}{_evidence_of(rel)}.")
    for a, b in co_parents(record.relationships, names.keys()):
        couples.append(f"{names[a]} and {names[b]}: parents, no couple relationship recorded.")
    households: dict[str, list[str]] = {}
    for h in record.households:
        if h.person in names:
            households.setdefault(h.household, []).append(
                f"{names[h.person]}{_span(h.from_date, h.to_date)}"
            )
    emotional = [
        f"{names[e.from_person]} and {names[e.to_person]}: {e.quality.value}"
        f"{_span(e.from_date, e.to_date)}{_evidence(e.evidence)}."
        for e in record.emotional_links
        if e.from_person in names and e.to_person in names
    ]
    heading = f"Genogram of case {genogram.reference} as at {_day(genogram.as_at)}"
    sections: list[Section] = [(heading, people)]
    sections.append(("Couples", couples or ["None recorded."]))
    sections.append(("Parents and children", children or ["None recorded."]))
    if adults:
        sections.append(("Significant adults", adults))
    sections.append(
        (
            "Households",
            [
                f"{isolated(name)}: {', '.join(members)}."
                for name, members in sorted(households.items())
            ]
            or ["None recorded on this date."],
        )
    )
    if emotional:
        sections.append(("Emotional relationships", emotional))
    return sections


def _evidence_of(rel: Relationship) -> str:
    return _evidence(rel.evidence)


def ecomap_text(ecomap: Ecomap) -> list[Section]:
    """The ecomap's content as sections of sentences."""
    names = {p.id: isolated(p.display_name) for p in ecomap.record.people}
    family = [
        isolated(m.name) + (" (the child the case is about)" if m.subject else "")
        for m in ecomap.members
    ]
    by_key = {n.key: n for n in ecomap.nodes}
    links = []
    for link in ecomap.links:
        node = by_key[link.node]
        who = names.get(link.person, "the family") if link.person else "the family"
        strength = link.strength.value if link.strength else NOT_RATED
        since = f", since {_day(link.since)}" if link.since else ""
        note = f" {isolated(link.note)}" if link.note else ""
        what = isolated(link.kind or node.detail)
        links.append(f"{isolated(node.name)} ({what}) with {who}: {strength}{since}.{note}")
    heading = f"Ecomap of case {ecomap.reference} as at {_day(ecomap.as_at)}"
    return [
        (heading, ["In the centre: " + (", ".join(family) or "no household recorded") + "."]),
        ("Links", links or ["No agencies or supports recorded on this date."]),
    ]


def as_plain_text(sections: list[Section]) -> str:
    """Sections as plain text (SVG descriptions, the command line)."""
    return "\n\n".join(heading + "\n" + "\n".join(lines) for heading, lines in sections)
