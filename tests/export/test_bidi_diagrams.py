"""Arabic, Hebrew and mixed names read right in every genogram export: the SVG keeps
reading order and says a right-to-left label's direction (the viewer lays it out), the
PNG and the PDF draw them in visual order, shaped (issue 19)."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import arabic_reshaper
import pytest
from PIL import ImageDraw

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.relationships import RelationshipKind
from casedesk.export.diagrams import genogram_drawing_of, write_diagram
from tests.domain.genogram_crossings import AS_AT, generated_records

ARABIC_FIRST = ("سارة", "علي")  # a right-to-left name: "Sara Ali"
MIXED = ("Adam", "شريف")  # an English given name, an Arabic family name


def shown_right_to_left(word: str) -> str:
    """One Arabic word as drawn: joined letters, the last on the left."""
    return str(arabic_reshaper.reshape(word))[::-1]


@pytest.fixture(scope="module")
def record() -> CaseRecord:
    """A generated family whose mother has an Arabic name and whose child a mixed one."""
    base = next(generated_records(range(1), cases=1))
    child = base.case.subject_child
    mother = next(
        r.from_person
        for r in base.relationships
        if r.to_person == child
        and r.kind is RelationshipKind.BIOLOGICAL_PARENT
        and base.person(r.from_person).sex.value == "female"
    )
    renamed = {child: MIXED, mother: ARABIC_FIRST}
    people = tuple(
        dataclasses.replace(p, given_names=renamed[p.id][0], family_name=renamed[p.id][1])
        if p.id in renamed
        else p
        for p in base.people
    )
    return dataclasses.replace(base, people=people)


def exported(record: CaseRecord, path: Path) -> Path:
    drawing, sections = genogram_drawing_of(record, AS_AT)
    write_diagram(drawing, sections, path, record.case)
    return path


def test_svg_keeps_reading_order_and_gives_right_to_left_names_their_direction(
    record: CaseRecord, tmp_path: Path
) -> None:
    svg = exported(record, tmp_path / "g.svg").read_text(encoding="utf-8")
    texts = dict(
        (text, attributes) for attributes, text in re.findall(r"<text([^>]*)>([^<]*)</text>", svg)
    )
    assert 'direction="rtl"' in texts[" ".join(ARABIC_FIRST)]
    assert 'direction="rtl"' not in texts[" ".join(MIXED)]
    assert "\u2068" + " ".join(ARABIC_FIRST) + "\u2069, female" in svg, "isolated in the listing"


def test_png_draws_names_in_visual_order(
    record: CaseRecord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []
    real = ImageDraw.ImageDraw.text

    def recording(
        self: ImageDraw.ImageDraw, xy: object, text: str, *a: object, **k: object
    ) -> None:
        drawn.append(text)
        real(self, xy, text, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(ImageDraw.ImageDraw, "text", recording)
    exported(record, tmp_path / "g.png")
    given, family = ARABIC_FIRST
    # Right to left: the given name on the right, each word's letters joined and reversed.
    assert f"{shown_right_to_left(family)} {shown_right_to_left(given)}" in drawn
    assert f"{MIXED[0]} {shown_right_to_left(MIXED[1])}" in drawn


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_drawing_and_listing_read_in_the_right_order(
    record: CaseRecord, tmp_path: Path
) -> None:
    pdf = exported(record, tmp_path / "g.pdf")
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
    # pdftotext gives the text back in reading order: it comes out whole only when the
    # page drew it in the right visual order.
    text = unicodedata.normalize("NFKC", out.decode("utf-8"))
    text = re.sub("[\u202a-\u202e\u2066-\u2069]", "", text)
    assert " ".join(ARABIC_FIRST) + ", female" in text
    assert " ".join(MIXED) + ", the child the case is about, male" in text
