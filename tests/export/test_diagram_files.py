"""Genogram and ecomap files: SVG, PNG and PDF drawn without Qt, with key and date, and
``casedesk genogram|ecomap`` writing exactly what the GUI shows."""

from __future__ import annotations

import dataclasses
import itertools
import os
import subprocess
import sys
import xml.etree.ElementTree as ET  # our own output, not untrusted input
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from casedesk.domain import diagram as d
from casedesk.domain import genogram as gm
from casedesk.domain import genogram_drawing
from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.demonstration import DEMO_MARK
from casedesk.domain.diagram_listing import as_plain_text
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.ids import CaseId, PersonId
from casedesk.export.diagrams import genogram_drawing_of, write_diagram
from casedesk.export.png import _dashed, to_png
from casedesk.export.svg import to_svg
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
from casedesk.services.record_editor import RecordEditor

SVG = "{http://www.w3.org/2000/svg}"
AS_AT = date(2026, 11, 1)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.casedesk"
    create_demo(path, seed=9, cases=2, entries=40, as_of=AS_AT, kdf=FLOOR)
    return path


def casedesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casedesk", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "CASEDESK_PASSPHRASE": DEMO_PASSPHRASE},
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_the_svg_has_every_name_the_key_the_date_and_a_text_description(demo: Path) -> None:
    from casedesk.domain.people import Identification

    with CaseFile.open(demo, DEMO_PASSPHRASE) as case_file:
        # A case with someone not identified or not confirmed (which case varies).
        record = next(
            r
            for r in map(case_file.case_record, case_file.case_references())
            if any(p.identification is not Identification.IDENTIFIED for p in r.people)
        )
    doubtful = next(p for p in record.people if p.identification is not Identification.IDENTIFIED)
    drawing, sections = genogram_drawing_of(record, AS_AT)
    root = ET.fromstring(to_svg(drawing, as_plain_text(sections)))  # noqa: S314 - CaseDesk's own output
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert f"Genogram: case {record.case.reference}, as at 01 Nov 2026" in texts
    assert "Key" in texts and "not identified or not confirmed" in texts
    for person in record.people:
        if person.given_names:
            assert any(person.given_names in t for t in texts)
    assert doubtful.identification.value.upper() in (root.findtext(f"{SVG}desc") or "")
    assert root.findtext(f"{SVG}title", "").startswith("Genogram: case DEMO-0001")
    dashed = [e for e in root.iter() if e.get("stroke-dasharray")]
    assert dashed, "cohabiting lines and unidentified outlines are dashed"


def test_png_and_pdf_are_drawn_without_qt_and_hold_the_names(demo: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo, DEMO_PASSPHRASE) as case_file:
        record = case_file.case_record("DEMO-0001")
    # A name in another script must survive into the PDF (the font is embedded).
    child = record.subject_child
    renamed = dataclasses.replace(child, given_names="Зоя", family_name="Łukaszewicz")
    record = dataclasses.replace(
        record, people=tuple(renamed if p.id == child.id else p for p in record.people)
    )
    drawing, sections = genogram_drawing_of(record, AS_AT)
    write_diagram(drawing, sections, tmp_path / "g.png", record.case)
    write_diagram(drawing, sections, tmp_path / "g.pdf", record.case)
    write_diagram(drawing, sections, tmp_path / "g.svg", record.case)
    with Image.open(tmp_path / "g.png") as image:
        # Taller than the drawing: the original concern heads it.
        assert image.size[0] >= round(drawing.width * 2)
        assert image.size[1] > round(drawing.height * 2)
        colours = image.convert("RGB").getcolors(1_000_000)
        assert colours is not None and len(colours) > 20, "lines, symbols and text"
    pdf_text = subprocess.run(
        ["pdftotext", str(tmp_path / "g.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Зоя" in pdf_text and "Łukaszewicz" in pdf_text and "Key" in pdf_text
    assert "as at 01 Nov 2026" in pdf_text
    # The original concern goes wherever the picture goes.
    concern_start = " ".join(record.case.original_concern.split()[:6])
    assert f"Original concern (case {record.case.reference})" in pdf_text
    assert concern_start in " ".join(pdf_text.split())
    svg_text = " ".join((tmp_path / "g.svg").read_text(encoding="utf-8").split())
    assert concern_start in svg_text
    assert "Parents and children" in pdf_text, "the text listing follows the drawing"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [], "no temp files"
    for name in ("g.png", "g.pdf"):
        assert oct((tmp_path / name).stat().st_mode & 0o777) == "0o600", (
            "readable by the owner only"
        )


CASE = Case(
    CaseId("c1"),
    "REF-1",
    PersonId("p1"),
    LegalStatus.CHILD_IN_NEED,
    "A concern.",
    date(2026, 1, 1),
    "Sam",
)


def test_a_bad_file_name_is_refused_and_nothing_is_left_behind(tmp_path: Path) -> None:
    drawing = d.Drawing(10, 10, (d.Label((5, 5), "x"),), "t")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CaseDeskError, match=r"\.svg, \.png or \.pdf"):
        write_diagram(drawing, [], folder / "g.jpg", CASE)
    with pytest.raises(CaseDeskError, match="does not exist"):
        write_diagram(drawing, [], folder / "missing" / "g.svg", CASE)
    folder.chmod(0o500)
    try:
        if os.geteuid() != 0:  # root may write anywhere
            with pytest.raises(CaseDeskError, match="could not be written"):
                write_diagram(drawing, [], folder / "g.svg", CASE)
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_dashes_are_cut_along_the_whole_line() -> None:
    pieces = _dashed([(0.0, 0.0), (20.0, 0.0), (20.0, 10.0)], (6.0, 4.0))
    lengths = [
        sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in itertools.pairwise(p)) for p in pieces
    ]
    assert len(pieces) == 3 and all(abs(length - 6.0) < 1e-9 for length in lengths)


def test_the_command_line_draws_what_the_gui_shows(demo: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo, DEMO_PASSPHRASE) as case_file:
        record = case_file.case_record("DEMO-0001")
        RecordEditor(case_file).place_person(
            record, "genogram", record.case.subject_child, (333.0, 444.0)
        )
        by_hand = case_file.diagram_positions(record.case.id, "genogram")
    assert by_hand == {record.case.subject_child: (333.0, 444.0)}
    out = tmp_path / "g.svg"
    done = casedesk(
        "genogram", str(demo), "--case", "DEMO-0001", "--out", str(out), "--as-at", "2026-11-01"
    )
    assert done.returncode == 0, done.stderr
    # The GUI's tab exports the scene's model; the same record, date and positions give it,
    # headed by the demonstration's mark and the case's original concern.
    shown = gm.build(record, AS_AT, by_hand)
    heading = f"Original concern (case {record.case.reference}):"
    concern = record.case.original_concern
    drawn = genogram_drawing.drawing(shown)
    expected = d.with_caption(drawn, heading, concern, mark=DEMO_MARK)
    written = out.read_text(encoding="utf-8")
    sections = genogram_drawing_of(record, AS_AT, by_hand)[1]
    listing = as_plain_text([(DEMO_MARK, []), (heading, [concern]), *sections])
    assert written == to_svg(expected, listing)

    eco_svg = casedesk(
        "ecomap",
        str(demo),
        "--case",
        "DEMO-0001",
        "--out",
        str(tmp_path / "e.svg"),
        "--as-at",
        "2026-11-01",
    )
    assert eco_svg.returncode == 0, eco_svg.stderr
    eco_root = ET.fromstring((tmp_path / "e.svg").read_text(encoding="utf-8"))  # noqa: S314
    eco_texts = {t.text for t in eco_root.iter(f"{SVG}text")}
    assert {"Ecomap: case DEMO-0001, as at 01 Nov 2026", "Key", "stressful", "Family"} <= eco_texts
    assert DEMO_MARK in eco_texts, "a demo's picture says it shows fictional people"
    eco = casedesk(
        "ecomap", str(demo), "--case", "DEMO-0001", "--out", str(tmp_path / "e.png"), "--text"
    )
    assert eco.returncode == 0, eco.stderr
    assert "Ecomap of case DEMO-0001" in eco.stdout
    assert (tmp_path / "e.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "x.jpg"], "--out must end in"),
        (["--out", "x.svg", "--as-at", "soon"], "--as-at"),
        (["--out", "x.svg", "--as-at", "Mar 2025"], "whole date"),
    ],
)
def test_command_line_mistakes_get_one_plain_sentence(
    demo: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    done = casedesk("genogram", str(demo), "--case", "DEMO-0001", *args)
    assert done.returncode == 2 and message in done.stderr
    assert "Traceback" not in done.stderr
    missing = casedesk("ecomap", str(demo), "--case", "NOPE", "--out", str(tmp_path / "e.svg"))
    assert missing.returncode != 0 and "no case with the reference 'NOPE'" in missing.stderr


def test_a_very_wide_genogram_is_drawn_whole_within_its_pixel_budget() -> None:
    """A 10,000-point-wide family is drawn a strip at a time: every strip has its ink,
    and the picture is held to MAX_PIXELS."""
    import io

    from casedesk.export.png import MAX_PIXELS, STRIP

    width = STRIP * 4.5
    lines = tuple(
        d.Path(((x, 20.0), (x + 40.0, 60.0)), d.Pen("#000000", 2.0))
        for x in range(20, int(width) - 60, 200)
    )
    labels = tuple(d.Label((x + 20.0, 80.0), "Ann") for x in range(20, int(width) - 60, 200))
    png = to_png(d.Drawing(width, 100.0, (*lines, *labels), "wide"))
    with Image.open(io.BytesIO(png)) as image:
        assert image.size[0] * image.size[1] <= MAX_PIXELS * 1.01
        grey = image.convert("L")
        columns = grey.size[0]
        for n in range(9):  # each ninth of the width has something drawn in it
            part = grey.crop((n * columns // 9, 0, (n + 1) * columns // 9, grey.size[1]))
            assert part.getextrema()[0] < 128, f"part {n} is blank"
