"""Writing a genogram or ecomap to a file the worker chose: SVG, PNG or PDF by its suffix.

The file is made in memory, then written atomically and readable by its owner only, so a
failure (a full disk, a removed USB stick) never leaves half a picture where a whole one is
expected, and other users of the machine cannot read it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casedesk.domain import diagram as d
from casedesk.domain import ecomap as em
from casedesk.domain import ecomap_drawing, genogram_drawing
from casedesk.domain import genogram as gm
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case
from casedesk.domain.demonstration import DEMO_MARK
from casedesk.domain.diagram_listing import Section, as_plain_text, ecomap_text, genogram_text
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.ids import PersonId
from casedesk.domain.wording import translate
from casedesk.export.pdf_drawing import pdf_bytes
from casedesk.export.png import to_png
from casedesk.export.svg import to_svg
from casedesk.services.files import check_output_path, write_private_file

FORMATS = (".svg", ".png", ".pdf")


def genogram_drawing_of(
    record: CaseRecord, as_at: date, by_hand: dict[PersonId, d.Point] | None = None
) -> tuple[d.Drawing, list[Section]]:
    """The genogram as exported (and as the GUI shows it), with its text listing."""
    genogram = gm.build(record, as_at, by_hand)
    return genogram_drawing.drawing(genogram), genogram_text(genogram)


def ecomap_drawing_of(record: CaseRecord, as_at: date) -> tuple[d.Drawing, list[Section]]:
    """The ecomap as exported (and as the GUI shows it), with its text listing."""
    ecomap = em.build(record, as_at)
    return ecomap_drawing.drawing(ecomap), ecomap_text(ecomap)


def write_diagram(
    drawing: d.Drawing, sections: list[Section], path: Path, case: Case, demo: bool = False
) -> None:
    """Write the drawing in the format its suffix names (with its text listing), headed
    by the case's original concern: whoever is shown the picture reads what the case is
    about. ``demo``: the case is fictional, and the picture and its listing say so first."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise CaseDeskError(
            translate(
                "diagrams",
                "'{file}' must end in .svg, .png or .pdf so CaseDesk knows what to write.",
            ).format(file=path.name)
        )
    check_output_path(path)
    heading = translate("diagrams", "Original concern (case {reference}):").format(
        reference=case.reference
    )
    demo_mark = translate("demonstration", DEMO_MARK)
    mark = demo_mark if demo else ""
    drawing = d.with_caption(drawing, heading, case.original_concern, mark=mark)
    sections = [(heading, [case.original_concern]), *sections]
    if demo:
        sections = [(demo_mark, []), *sections]
    if suffix == ".svg":
        data = to_svg(drawing, as_plain_text(sections)).encode("utf-8")
    elif suffix == ".png":
        data = to_png(drawing)
    else:
        data = pdf_bytes(drawing, sections)
    write_private_file(path, data)
