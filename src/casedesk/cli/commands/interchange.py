"""``casedesk export`` and ``casedesk import``: the JSON interchange document."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.errors import UsageError
from casedesk.services.case_file import CaseFile
from casedesk.services.files import check_output_path, private_text_file

MAX_DOCUMENT_BYTES = 512 * 1024 * 1024


def export(args: argparse.Namespace) -> int:
    """Write one case (or every case with --case all) as JSON."""
    out = Path(args.output)
    check_output_path(out)
    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file), read_only=True
    ) as case_file:
        references = case_file.case_references() if args.case_ref == "all" else [args.case_ref]
        document = case_file.export_document(references)
    # The export holds case content in plaintext: written whole or not at all, owner-only.
    with private_text_file(out) as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    print(
        f"Exported {len(references)} case(s) to {out}. It is NOT encrypted: keep it safe "
        "and delete it when it has served its purpose."
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Validate a whole document, then import it (or nothing)."""
    source = Path(args.input)
    try:
        if source.stat().st_size > MAX_DOCUMENT_BYTES:
            raise UsageError(f"{source.name} is larger than 512 MB; split it before importing.")
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"There is no file at {source}.") from None
    except UnicodeDecodeError:
        raise UsageError(
            f"{source.name} is not UTF-8 text; save it as UTF-8 and try again."
        ) from None
    except json.JSONDecodeError as error:
        raise UsageError(
            f"{source.name} is not valid JSON (line {error.lineno}, column "
            f"{error.colno}: {error.msg}). Nothing was imported."
        ) from None
    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file)
    ) as case_file:
        references = case_file.import_document(data)
    print(f"Imported {len(references)} case(s): {', '.join(references)}.")
    return 0
