"""The ecomap of a case: the family in the centre, every agency and support around it.

Lines show how each link feels to the family, as the worker recorded it: strong (a heavy
line), tenuous (dashed) or stressful (a zigzag). Members of the team around the family with
no strength recorded are still drawn, with a thin grey line, so nobody involved is missing.
Like the genogram it is drawn as at a date: the family's household then, and the links that
were current.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from casedesk.domain import diagram as d
from casedesk.domain.as_at import record_as_at, within
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.ids import PersonId
from casedesk.domain.people import Person, Sex
from casedesk.domain.team import SUPPORT_KINDS, LinkStrength, Support
from casedesk.domain.validation import Problem, Severity
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate

NODE_RADIUS = 38.0
MEMBER_SIZE = 22.0
MEMBER_GAP = 64.0
NOT_RATED = QT_TRANSLATE_NOOP("ecomap", "involved, strength not recorded")
STRENGTH_PENS = {
    LinkStrength.STRONG: d.Pen(d.INK, 3.2),
    LinkStrength.TENUOUS: d.Pen(d.INK, 1.4, d.DASH),
    LinkStrength.STRESSFUL: d.Pen("#b3261e", 1.4),
}
NOT_RATED_PEN = d.Pen(d.GREY, 1.0)


def support_problems(record: CaseRecord, support: Support) -> list[Problem]:
    """What is wrong with an ecomap link before it is saved."""
    problems = []
    if not support.name.strip():
        problems.append(
            Problem(
                Severity.ERROR, "name", translate("ecomap", "Say who or what the link is with.")
            )
        )
    if support.kind not in SUPPORT_KINDS:
        problems.append(
            Problem(
                Severity.ERROR, "kind", translate("ecomap", "Choose what kind of support it is.")
            )
        )
    if support.person is not None and support.person not in {p.id for p in record.people}:
        problems.append(
            Problem(
                Severity.ERROR, "person", translate("ecomap", "That person is not in the case.")
            )
        )
    if support.professional is not None and support.professional not in {
        p.id for p in record.professionals
    }:
        problems.append(
            Problem(
                Severity.ERROR,
                "professional",
                translate("ecomap", "That professional is not in the team."),
            )
        )
    if support.from_date and support.to_date and support.to_date < support.from_date:
        problems.append(
            Problem(
                Severity.ERROR,
                "to_date",
                translate("ecomap", "A link cannot end before it starts."),
            )
        )
    return problems


@dataclass(frozen=True)
class Node:
    """One agency or support round the family."""

    key: str
    name: str
    detail: str  # kind, role, since when
    centre: d.Point


@dataclass(frozen=True)
class Link:
    """A line from the family (or one member) to a node."""

    node: str
    kind: str  # what the node is (a support's kind, a professional's role and name)
    person: PersonId | None
    strength: LinkStrength | None  # None: a team member with no strength recorded
    since: date | None
    note: str
    primitives: tuple[d.Primitive, ...]


@dataclass(frozen=True)
class Member:
    """A member of the family's household, drawn small inside the family circle."""

    person: PersonId
    name: str
    shape: str
    centre: d.Point
    subject: bool


@dataclass(frozen=True)
class Ecomap:
    """Everything the ecomap shows, centred on the family at (0, 0)."""

    reference: str
    as_at: date
    family_radius: float
    members: tuple[Member, ...]
    nodes: tuple[Node, ...]
    links: tuple[Link, ...]
    record: CaseRecord = field(repr=False, compare=False)


def family_members(record: CaseRecord) -> list[Person]:
    """Who the centre circle holds: the child's household, else the child and parents."""
    child = record.case.subject_child
    homes = {h.household for h in record.households if h.person == child}
    ids = {h.person for h in record.households if h.household in homes} | {child}
    if len(ids) == 1:
        ids |= {
            r.from_person
            for r in record.relationships
            if r.to_person == child and r.kind.is_parental
        }
    return sorted(
        (p for p in record.people if p.id in ids),
        key=lambda p: (p.id != child, p.birth.value if p.birth else date.max, p.id),
    )


def _shape(person: Person) -> str:
    if person.is_unborn:
        return "triangle"
    return {Sex.MALE: "square", Sex.FEMALE: "circle"}.get(person.sex, "diamond")


def build(record: CaseRecord, as_at: date) -> Ecomap:
    """The ecomap of ``record`` as at ``as_at``."""
    then = record_as_at(record, as_at)
    people = family_members(then)
    per_row = max(1, min(4, math.ceil(math.sqrt(len(people)))))
    rows = math.ceil(len(people) / per_row) if people else 1
    members = []
    for index, person in enumerate(people):
        row, column = divmod(index, per_row)
        in_row = min(per_row, len(people) - row * per_row)
        x = (column - (in_row - 1) / 2) * MEMBER_GAP
        y = (row - (rows - 1) / 2) * MEMBER_GAP + 8
        members.append(
            Member(
                person.id,
                person.display_name,
                _shape(person),
                (x, y),
                person.id == then.case.subject_child,
            )
        )
    radius = max(80.0, math.hypot(per_row * MEMBER_GAP / 2, rows * MEMBER_GAP / 2) + 22)

    supports = [s for s in record.supports if within(as_at, s.from_date, s.to_date)]
    names = {m.person: m.name for m in members}
    rated_professionals = {s.professional for s in supports if s.professional}
    entries: dict[str, tuple[str, str, list[Support | None]]] = {}
    for s in supports:
        key = s.name.strip().casefold()
        # The kind, then phrases (each translated whole) for whom with and since when.
        detail = translate("team", s.kind)
        if s.person in names:
            detail += translate("ecomap", ", with {name}").format(name=names[s.person])
        if s.from_date:
            detail += translate("ecomap", ", since {month}").format(
                month=s.from_date.strftime("%b %Y")
            )
        entries.setdefault(key, (s.name.strip(), detail, []))[2].append(s)
    for p in then.professionals:
        if p.id not in rated_professionals:
            key = p.agency.strip().casefold() or p.name.casefold()
            detail = f"{p.role}: {p.name}" if p.role else p.name
            entries.setdefault(key, (p.agency or p.name, detail, []))[2].append(None)

    ordered = sorted(entries.items(), key=lambda kv: kv[0])
    count = max(len(ordered), 1)
    ring = max(radius + 120.0, count * (2 * NODE_RADIUS + 34) / (2 * math.pi))
    nodes, links = [], []
    by_member = {m.person: m for m in members}
    for index, (key, (name, detail, items)) in enumerate(ordered):
        angle = -math.pi / 2 + 2 * math.pi * index / count
        centre = (ring * math.cos(angle), ring * math.sin(angle))
        nodes.append(Node(key, name, detail, centre))
        for item in items:
            member = by_member.get(item.person) if item and item.person else None
            links.append(_link(key, item, centre, member, radius))
    return Ecomap(
        then.case.reference, as_at, radius, tuple(members), tuple(nodes), tuple(links), then
    )


def _link(
    key: str, support: Support | None, centre: d.Point, member: Member | None, radius: float
) -> Link:
    # Lines stop at the family circle (a line to one member would cross the others); the
    # node names the member, and so does the text listing.
    angle = math.atan2(centre[1], centre[0])
    start = (radius * math.cos(angle), radius * math.sin(angle))
    end = d.shortened(start, centre, 0)[1]
    length = math.hypot(end[0] - start[0], end[1] - start[1])
    stop = NODE_RADIUS / length if length else 0
    end = (end[0] - (end[0] - start[0]) * stop, end[1] - (end[1] - start[1]) * stop)
    if support is None:
        prims: tuple[d.Primitive, ...] = (d.Path((start, end), NOT_RATED_PEN),)
        return Link(key, "", None, None, None, "", prims)
    pen = STRENGTH_PENS[support.strength]
    points = (
        d.zigzag_along((start, end), 5, 9)
        if support.strength is LinkStrength.STRESSFUL
        else (start, end)
    )
    prims = (d.Path(points, pen),)
    return Link(
        key, support.kind, support.person, support.strength, support.from_date, support.note, prims
    )
