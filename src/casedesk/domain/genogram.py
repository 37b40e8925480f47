"""The genogram of a case as a drawing model: symbols, lines and household boundaries.

Conventions (McGoldrick and Gerson, as social work uses them): square male, circle female,
diamond other or unknown, triangle a pregnancy; the child the case is about has a double
outline; an X marks the deceased; a father or significant adult not yet identified is a
dashed red outline with "?". Couples are joined below: solid married or civil partnership,
dashed cohabiting, dotted dating, one slash separated, two divorced. Children hang from
their parents' couple line in birth order; foster and adoptive links are dotted, step links
dashed; significant adults who are not relatives join the child with a grey line and sit
with their household. Households are dashed green boundaries; emotional links are lines
between the people. The Qt scene and every export draw this same model.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from casedesk.domain import diagram as d
from casedesk.domain.ages import years_between
from casedesk.domain.as_at import record_as_at
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.genogram_emotional import emotional_primitives as emotional_primitives
from casedesk.domain.genogram_geometry import ADULT_PEN as ADULT_PEN
from casedesk.domain.genogram_geometry import CHILD_PENS as CHILD_PENS
from casedesk.domain.genogram_geometry import CO_PARENTS_PEN as CO_PARENTS_PEN
from casedesk.domain.genogram_geometry import COUPLE_PENS as COUPLE_PENS
from casedesk.domain.genogram_geometry import HALF as HALF
from casedesk.domain.genogram_geometry import HOUSEHOLD_INK as HOUSEHOLD_INK
from casedesk.domain.genogram_geometry import LABEL_WIDTH, X_UNIT, Y_UNIT
from casedesk.domain.genogram_geometry import SIZE as SIZE
from casedesk.domain.genogram_geometry import SLASHES as SLASHES
from casedesk.domain.genogram_geometry import Line as Line
from casedesk.domain.genogram_layout import layout
from casedesk.domain.genogram_lines import lines
from casedesk.domain.ids import PersonId
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.wording import shown_value, translate


@dataclass(frozen=True)
class Symbol:
    """One person on the genogram."""

    person: PersonId
    shape: str  # "square", "circle", "diamond" or "triangle"
    centre: d.Point
    name_lines: tuple[str, ...]
    details: tuple[str, ...]  # short lines under the name: dates, identification
    inside: str  # age in years; "?" after it (or alone) for someone not identified
    subject: bool = False
    deceased: bool = False
    unidentified: bool = False
    placed_by_hand: bool = False


@dataclass(frozen=True)
class Boundary:
    """A household drawn round its members as they lived on the chosen day."""

    household: str
    members: tuple[PersonId, ...]
    outline: tuple[d.Point, ...]


@dataclass(frozen=True)
class Genogram:
    """Everything the genogram shows, in diagram points (origin wherever the layout put it)."""

    reference: str
    as_at: date
    symbols: tuple[Symbol, ...]
    lines: tuple[Line, ...]
    boundaries: tuple[Boundary, ...]
    record: CaseRecord = field(repr=False, compare=False)

    def symbol(self, person: PersonId) -> Symbol:
        """The symbol of one person (KeyError if they are not drawn)."""
        for s in self.symbols:
            if s.person == person:
                return s
        raise KeyError(person)


def build(
    record: CaseRecord, as_at: date, by_hand: Mapping[PersonId, d.Point] | None = None
) -> Genogram:
    """The genogram of ``record`` as at ``as_at``; ``by_hand`` holds dragged positions."""
    by_hand = by_hand or {}
    then = record_as_at(record, as_at)
    homes: dict[PersonId, set[str]] = {}
    for h in then.households:
        homes.setdefault(h.person, set()).add(h.household)
    automatic = layout(then.people, then.relationships, homes)
    positions: dict[PersonId, d.Point] = {}
    for person in then.people:
        x, y = automatic.positions[person.id]
        positions[person.id] = by_hand.get(person.id, (x * X_UNIT, y * Y_UNIT))
    symbols = tuple(_symbol(p, positions[p.id], then, as_at, p.id in by_hand) for p in then.people)
    return Genogram(
        then.case.reference,
        as_at,
        symbols,
        lines(then, positions),
        boundaries(then, positions),
        then,
    )


def moved(genogram: Genogram, person: PersonId, to: d.Point) -> Genogram:
    """The same genogram with one person moved (lines and boundaries follow)."""
    positions = {s.person: s.centre for s in genogram.symbols}
    positions[person] = to
    symbols = tuple(
        dataclasses.replace(s, centre=to, placed_by_hand=True) if s.person == person else s
        for s in genogram.symbols
    )
    return Genogram(
        genogram.reference,
        genogram.as_at,
        symbols,
        lines(genogram.record, positions),
        boundaries(genogram.record, positions),
        genogram.record,
    )


def _symbol(person: Person, at: d.Point, record: CaseRecord, as_at: date, hand: bool) -> Symbol:
    unidentified = person.identification is not Identification.IDENTIFIED
    if person.is_unborn:
        shape = "triangle"
    else:
        shape = {Sex.MALE: "square", Sex.FEMALE: "circle"}.get(person.sex, "diamond")
    named = person.name_known
    name_lines = (
        d.wrap(person.display_name, LABEL_WIDTH)
        if named
        else [translate("genogram", "name not known")]
    )
    if len(name_lines) > 2:
        name_lines = [name_lines[0], " ".join(name_lines[1:])]
    dates = []
    if person.is_unborn and person.expected_on:
        dates.append(
            translate("genogram", "due {month}").format(month=person.expected_on.strftime("%b %Y"))
        )
    elif person.birth:
        dates.append(translate("genogram", "b. {year}").format(year=person.birth.value.year))
    if person.died_on:
        dates.append(translate("genogram", "d. {year}").format(year=person.died_on.year))
    # Short lines, so a detail never runs under the neighbours' names.
    details = [", ".join(dates)] if dates else []
    if unidentified:
        details += d.wrap(shown_value(person.identification), LABEL_WIDTH, 7.0)
    inside = ""
    if person.birth and not person.died_on and not person.is_unborn:
        inside = str(years_between(person.birth.value, as_at))
    if unidentified:
        # What is known (the age someone gave) stays, beside the "?".
        inside = f"{inside}?" if inside else "?"
    return Symbol(
        person.id,
        shape,
        at,
        tuple(name_lines),
        tuple(details),
        inside,
        subject=person.id == record.case.subject_child,
        deceased=person.died_on is not None,
        unidentified=unidentified,
        placed_by_hand=hand,
    )


def boundaries(record: CaseRecord, at: Mapping[PersonId, d.Point]) -> tuple[Boundary, ...]:
    """Each household's boundary: a stepped outline round its members, row by row.

    When someone who does not live there stands between members, the household is drawn
    as several outlines (each named), so nobody appears to live where they do not.
    """
    members: dict[str, list[PersonId]] = {}
    for h in record.households:
        if h.person in at and h.person not in members.setdefault(h.household, []):
            members[h.household].append(h.person)
    rows: dict[float, list[tuple[float, PersonId]]] = {}
    for pid, (x, y) in at.items():
        rows.setdefault(round(y, 1), []).append((x, pid))
    for row in rows.values():
        row.sort()
    drawn = []
    for household, people in sorted(members.items()):
        for group in _merged(_islands(set(people), rows), at):
            drawn.append(Boundary(household, group, _stepped_outline([at[p] for p in group])))
    return tuple(drawn)


def _merged(
    groups: list[tuple[PersonId, ...]], at: Mapping[PersonId, d.Point]
) -> list[tuple[PersonId, ...]]:
    """Pieces of one household in different rows, one above the other, drawn as one
    outline: two boxes of one household read as two households. Pieces that share a row
    stay apart (someone who does not live there stands between them)."""

    def extent(group: tuple[PersonId, ...]) -> tuple[set[float], float, float, float, float]:
        xs, ys = zip(*_stepped_outline([at[p] for p in group]), strict=True)
        return {round(at[p][1], 1) for p in group}, min(xs), min(ys), max(xs), max(ys)

    merged = list(groups)
    joined = True
    while joined:
        joined = False
        for a, b in itertools.combinations(range(len(merged)), 2):
            (rows1, l1, t1, r1, b1), (rows2, l2, t2, r2, b2) = extent(merged[a]), extent(merged[b])
            near = t1 < b2 + 2 * HALF + 40 and t2 < b1 + 2 * HALF + 40
            if not rows1 & rows2 and l1 < r2 and l2 < r1 and near:
                merged[a] = merged[a] + merged[b]
                del merged[b]
                joined = True
                break
    return merged


def _islands(
    members: set[PersonId], rows: Mapping[float, list[tuple[float, PersonId]]]
) -> list[tuple[PersonId, ...]]:
    """The members as one group, or as runs of neighbours if a non-member stands between."""
    runs: list[tuple[PersonId, ...]] = []
    split = False
    for y in sorted(rows):
        current: list[PersonId] = []
        row_runs = []
        for _x, pid in rows[y]:
            if pid in members:
                current.append(pid)
            elif current:
                row_runs.append(tuple(current))
                current = []
        if current:
            row_runs.append(tuple(current))
        split = split or len(row_runs) > 1
        runs.extend(row_runs)
    if split:
        return runs
    return [tuple(pid for run in runs for pid in run)] if runs else []


def _stepped_outline(points: list[d.Point]) -> tuple[d.Point, ...]:
    """A closed outline that hugs each row's members, joined between rows."""
    pad = HALF + 14
    rows: dict[float, list[float]] = {}
    for x, y in points:
        rows.setdefault(round(y, 1), []).append(x)
    ys = sorted(rows)
    spans = [(min(rows[y]) - pad, max(rows[y]) + pad) for y in ys]
    tops = [ys[0] - pad] + [(a + b) / 2 + 12 for a, b in itertools.pairwise(ys)]
    bottoms = [*tops[1:], ys[-1] + pad + 24]
    rows_down = list(zip(spans, tops, bottoms, strict=True))
    right = [pt for (_, r), t, b in rows_down for pt in ((r, t), (r, b))]
    left = [pt for (lft, _), t, b in reversed(rows_down) for pt in ((lft, b), (lft, t))]
    return tuple(right + left)
