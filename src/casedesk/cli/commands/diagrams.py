"""``casedesk genogram`` and ``casedesk ecomap``: the drawing the GUI shows, to a file.

Both draw from the same domain model as the GUI, with the positions the worker gave people
on screen, so the file shows exactly what the Genogram or Ecomap tab shows for that date.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from casedesk.cli.dates import whole_day
from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.diagram_listing import as_plain_text
from casedesk.domain.errors import UsageError
from casedesk.domain.wording import shown_day, translate
from casedesk.export.diagrams import FORMATS, ecomap_drawing_of, genogram_drawing_of, write_diagram
from casedesk.services.case_file import CaseFile
from casedesk.services.files import check_output_path


def _draw(args: argparse.Namespace, kind: str) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise UsageError(
            translate("diagrams", "--out must end in {suffixes}.").format(
                suffixes=", ".join(FORMATS)
            )
        )
    check_output_path(out)
    day = whole_day("--as-at", args.as_at) or date.today()
    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file), read_only=True, brief=True
    ) as case_file:
        record = case_file.case_record(args.case_ref)
        by_hand = case_file.diagram_positions(record.case.id, "genogram")
        demo = case_file.is_demo(record.case.reference)
    if kind == "genogram":
        drawing, sections = genogram_drawing_of(record, day, by_hand)
    else:
        drawing, sections = ecomap_drawing_of(record, day)
    write_diagram(drawing, sections, out, record.case, demo)
    if args.text:
        print(as_plain_text(sections))
    if kind == "genogram":
        said = translate(
            "diagrams",
            "The genogram of {reference} as at {day} was written to {file} (not encrypted).",
        ).format(reference=record.case.reference, day=shown_day(day), file=out)
    else:
        said = translate(
            "diagrams",
            "The ecomap of {reference} as at {day} was written to {file} (not encrypted).",
        ).format(reference=record.case.reference, day=shown_day(day), file=out)
    print(said)
    return 0


def genogram(args: argparse.Namespace) -> int:
    """Write the genogram."""
    return _draw(args, "genogram")


def ecomap(args: argparse.Namespace) -> int:
    """Write the ecomap."""
    return _draw(args, "ecomap")
