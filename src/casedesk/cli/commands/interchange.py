"""``casedesk export`` and ``casedesk import``: the JSON interchange document."""

from __future__ import annotations

import argparse
from pathlib import Path

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.wording import translate
from casedesk.services.case_file import CaseFile
from casedesk.services.files import check_output_path, private_text_file
from casedesk.services.json_input import read_json_document

# The imported cases named after an import: a document of 200 would fill the terminal.
LISTED = 10


def export(args: argparse.Namespace) -> int:
    """Write one case (or every case with --case all) as JSON."""
    out = Path(args.output)
    check_output_path(out)
    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file), read_only=True, brief=True
    ) as case_file:
        references = case_file.case_references() if args.case_ref == "all" else [args.case_ref]
        if references:
            case_file.case_record(references[0])  # an unknown reference: said before writing
        # The export holds case content in plaintext: written whole or not at all (to a
        # private temporary file, renamed when complete), owner-only; one case at a time.
        with private_text_file(out) as handle:
            case_file.write_document(references, handle)
            handle.write("\n")
    print(
        translate(
            "interchange",
            "Exported %n case(s) to {file}. It is NOT encrypted: keep it safe "
            "and delete it when it has served its purpose.",
            None,
            len(references),
        ).format(file=out)
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Validate a whole document, then import it (or nothing)."""
    data = read_json_document(Path(args.input))
    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file)
    ) as case_file:
        references = case_file.import_document(data)
    named, more = ", ".join(references[:LISTED]), len(references) - LISTED
    if more <= 0:
        said = translate(
            "interchange", "Imported %n case(s): {references}.", None, len(references)
        ).format(references=named)
    else:
        said = translate(
            "interchange",
            "Imported %n case(s): {references} and {more} more.",
            None,
            len(references),
        ).format(references=named, more=more)
    print(said)
    return 0
