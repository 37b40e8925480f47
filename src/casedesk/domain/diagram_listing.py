"""The genogram's and ecomap's relationships as plain sentences.

For screen readers (the GUI shows it beside the drawing), for the PDF summary, and inside
exported SVG files. It says everything the drawing says, including who is not identified.
Every name and free text inside a sentence is isolated (``names.isolated``), so an Arabic
or Hebrew name keeps its own order without turning the English sentence round it.
"""

from __future__ import annotations

from datetime import date

from casedesk.domain.case_record import CaseRecord, shown_role
from casedesk.domain.ecomap import NOT_RATED, Ecomap
from casedesk.domain.evidence import Evidence
from casedesk.domain.genogram import Genogram
from casedesk.domain.genogram_layout import co_parents
from casedesk.domain.ids import PersonId
from casedesk.domain.names import isolated
from casedesk.domain.people import Identification, Person
from casedesk.domain.relationships import Relationship
from casedesk.domain.wording import shown_day, shown_value, translate

Section = tuple[str, list[str]]


def _day(value: date | None) -> str:
    return shown_day(value)


# A span and the evidence are phrases a sentence ends with (each translated whole, with
# its leading space, so a language can attach them its own way).
def _span(start: date | None, end: date | None) -> str:
    if start and end:
        return translate("diagram_listing", " from {start} to {end}").format(
            start=_day(start), end=_day(end)
        )
    if start:
        return translate("diagram_listing", " since {start}").format(start=_day(start))
    if end:
        return translate("diagram_listing", " until {end}").format(end=_day(end))
    return ""


def _evidence(evidence: Evidence) -> str:
    kind, borne = shown_value(evidence.source_type), shown_value(evidence.corroboration)
    if evidence.source:
        return translate("diagram_listing", " ({source}, {kind}, {borne})").format(
            source=isolated(evidence.source), kind=kind, borne=borne
        )
    return translate("diagram_listing", " ({kind}, {borne})").format(kind=kind, borne=borne)


def describe_person(person: Person, as_at: date, subject: bool) -> str:
    """One person in a sentence: name, what the symbol shows, and identification."""
    parts = [isolated(person.display_name)]
    if subject:
        parts.append(translate("diagram_listing", "the child the case is about"))
    if person.is_unborn and person.expected_on:
        parts.append(
            translate("diagram_listing", "unborn, due {day}").format(day=_day(person.expected_on))
        )
    elif person.is_unborn:
        parts.append(translate("diagram_listing", "unborn"))
    else:
        parts.append(shown_value(person.sex))
        if person.birth:
            parts.append(translate("diagram_listing", "born {day}").format(day=person.birth))
    if person.died_on:
        parts.append(translate("diagram_listing", "died {day}").format(day=_day(person.died_on)))
    if person.identification is not Identification.IDENTIFIED:
        parts.append(shown_value(person.identification).upper())
    return translate("diagram_listing", "{parts}.").format(parts=", ".join(parts))


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
        kind, evidence = shown_value(rel.kind), _evidence_of(rel)
        if rel.kind.is_partnership:
            couples.append(
                translate("diagram_listing", "{a} and {b}: {kind}{span}{evidence}.").format(
                    a=a, b=b, kind=kind, span=span, evidence=evidence
                )
            )
        elif rel.kind.is_parental:
            children.append(
                translate("diagram_listing", "{a} is {kind} of {b}{span}{evidence}.").format(
                    a=a, b=b, kind=kind, span=span, evidence=evidence
                )
            )
        else:
            role = isolated(shown_role(rel.role)) if rel.role else kind
            adults.append(
                translate("diagram_listing", "{a} is {role} to {b}{span}{evidence}.").format(
                    a=a, b=b, role=role, span=span, evidence=evidence
                )
            )
    for a, b in co_parents(record.relationships, names.keys()):
        couples.append(
            translate(
                "diagram_listing", "{a} and {b}: parents, no couple relationship recorded."
            ).format(a=names[a], b=names[b])
        )
    households: dict[str, list[str]] = {}
    for h in record.households:
        if h.person in names:
            households.setdefault(h.household, []).append(
                f"{names[h.person]}{_span(h.from_date, h.to_date)}"
            )
    emotional = [
        translate("diagram_listing", "{a} and {b}: {kind}{span}{evidence}.").format(
            a=names[e.from_person],
            b=names[e.to_person],
            kind=shown_value(e.quality),
            span=_span(e.from_date, e.to_date),
            evidence=_evidence(e.evidence),
        )
        for e in record.emotional_links
        if e.from_person in names and e.to_person in names
    ]
    heading = translate("diagram_listing", "Genogram of case {reference} as at {day}").format(
        reference=genogram.reference, day=_day(genogram.as_at)
    )
    none = translate("diagram_listing", "None recorded.")
    sections: list[Section] = [(heading, people)]
    sections.append((translate("diagram_listing", "Couples"), couples or [none]))
    sections.append((translate("diagram_listing", "Parents and children"), children or [none]))
    if adults:
        sections.append((translate("diagram_listing", "Significant adults"), adults))
    sections.append(
        (
            translate("diagram_listing", "Households"),
            [
                translate("diagram_listing", "{household}: {members}.").format(
                    household=isolated(name), members=", ".join(members)
                )
                for name, members in sorted(households.items())
            ]
            or [translate("diagram_listing", "None recorded on this date.")],
        )
    )
    if emotional:
        sections.append((translate("diagram_listing", "Emotional relationships"), emotional))
    return sections


def _evidence_of(rel: Relationship) -> str:
    return _evidence(rel.evidence)


def ecomap_text(ecomap: Ecomap) -> list[Section]:
    """The ecomap's content as sections of sentences."""
    names = {p.id: isolated(p.display_name) for p in ecomap.record.people}
    family = [
        translate("diagram_listing", "{name} (the child the case is about)").format(
            name=isolated(m.name)
        )
        if m.subject
        else isolated(m.name)
        for m in ecomap.members
    ]
    by_key = {n.key: n for n in ecomap.nodes}
    links = []
    for link in ecomap.links:
        node = by_key[link.node]
        the_family = translate("diagram_listing", "the family")
        who = names.get(link.person, the_family) if link.person else the_family
        strength = shown_value(link.strength) if link.strength else translate("ecomap", NOT_RATED)
        note = f" {isolated(link.note)}" if link.note else ""
        what = isolated(link.kind or node.detail)
        sentence = (
            translate(
                "diagram_listing", "{name} ({what}) with {who}: {strength}, since {day}."
            ).format(
                name=isolated(node.name),
                what=what,
                who=who,
                strength=strength,
                day=_day(link.since),
            )
            if link.since
            else translate("diagram_listing", "{name} ({what}) with {who}: {strength}.").format(
                name=isolated(node.name), what=what, who=who, strength=strength
            )
        )
        links.append(sentence + note)
    heading = translate("diagram_listing", "Ecomap of case {reference} as at {day}").format(
        reference=ecomap.reference, day=_day(ecomap.as_at)
    )
    centre = ", ".join(family) or translate("diagram_listing", "no household recorded")
    return [
        (heading, [translate("diagram_listing", "In the centre: {family}.").format(family=centre)]),
        (
            translate("diagram_listing", "Links"),
            links
            or [translate("diagram_listing", "No agencies or supports recorded on this date.")],
        ),
    ]


def as_plain_text(sections: list[Section]) -> str:
    """Sections as plain text (SVG descriptions, the command line)."""
    return "\n\n".join(heading + "\n" + "\n".join(lines) for heading, lines in sections)
