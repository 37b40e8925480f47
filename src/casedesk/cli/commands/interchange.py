"""``casedesk export`` and ``casedesk import``: the JSON interchange document."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.errors import UsageError
from casedesk.services.case_file import CaseFile

MAX_DOCUMENT_BYTES = 512 * 1024 * 1024


def export(args: argparse.Namespace) -> int:
    """Write one case (or every case with --case all) as JSON."""
    out = Path(args.output)
    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file), read_only=True
    ) as case_file:
        references = case_file.case_references() if args.case_ref == "all" else [args.case_ref]
        document = case_file.export_document(references)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    # The export holds case content in plaintext: create it readable by the owner only.
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
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
