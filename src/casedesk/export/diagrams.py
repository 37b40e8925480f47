"""Writing a genogram or ecomap to a file the worker chose: SVG, PNG or PDF by its suffix.

The file is written beside its final name and renamed into place, so a failure (a full
disk, a removed USB stick) never leaves half a picture where a whole one is expected.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import date
from pathlib import Path

from casedesk.domain import diagram as d
from casedesk.domain import ecomap as em
from casedesk.domain import ecomap_drawing, genogram_drawing
from casedesk.domain import genogram as gm
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.diagram_listing import Section, as_plain_text, ecomap_text, genogram_text
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.ids import PersonId
from casedesk.export.pdf_drawing import write_pdf
from casedesk.export.png import to_png
from casedesk.export.svg import to_svg

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


def write_diagram(drawing: d.Drawing, sections: list[Section], path: Path) -> None:
    """Write the drawing in the format its suffix names."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise CaseDeskError(
            f"'{path.name}' must end in .svg, .png or .pdf so CaseDesk knows what to write."
        )
    if not path.parent.is_dir():
        raise CaseDeskError(f"The folder '{path.parent}' does not exist.")
    try:
        handle, name = tempfile.mkstemp(prefix=".casedesk-", suffix=suffix, dir=path.parent)
    except OSError as error:
        raise CaseDeskError(
            f"The drawing could not be written to '{path}': {error.strerror}."
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        if suffix == ".svg":
            temporary.write_text(to_svg(drawing, as_plain_text(sections)), encoding="utf-8")
        elif suffix == ".png":
            temporary.write_bytes(to_png(drawing))
        else:
            write_pdf(drawing, temporary, sections)
        temporary.replace(path)
    except OSError as error:
        raise CaseDeskError(
            f"The drawing could not be written to '{path}': {error.strerror}."
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
