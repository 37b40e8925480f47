"""``casedesk chronology list|add|import|export|template``."""

from __future__ import annotations

import argparse
from pathlib import Path

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.errors import UsageError
from casedesk.services.case_file import CaseFile
from casedesk.services.chronology_csv import (
    add_entry,
    export_csv,
    import_csv,
    import_json_entries,
    template,
)
from casedesk.services.files import write_private_file


def _open(args: argparse.Namespace, read_only: bool = False) -> CaseFile:
    return CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file), read_only=read_only
    )


def list_entries(args: argparse.Namespace) -> int:
    """Print the entries, oldest first (tab-separated, for reading or for scripts)."""
    with _open(args, read_only=True) as case_file:
        record = case_file.case_record(args.case_ref)
        matches = case_file.search_chronology(record.case.id, args.search) if args.search else None
    shown = 0
    for entry in record.entries:
        if matches is not None and entry.id not in matches:
            continue
        if args.significant and entry.significance < 2:
            continue
        print(
            f"{entry.occurred_on.isoformat()}\t{entry.category.value}\t{entry.source}\t"
            f"{entry.source_type.value}\t{entry.description}"
        )
        shown += 1
    print(f"({shown} of {len(record.entries)} entries)")
    return 0


def add(args: argparse.Namespace) -> int:
    """Add one entry, validated exactly as a CSV row is."""
    cells = {
        "date": args.date,
        "category": args.category,
        "description": args.description,
        "source": args.source,
        "source_type": args.source_type,
        "significance": args.significance,
    }
    with _open(args) as case_file:
        report = add_entry(case_file, args.case_ref, cells)
    if report.duplicates:
        print(f"Not added: it looks like entry {report.duplicates[0][1]}, already recorded.")
        return 1
    print("Added 1 entry.")
    return 0


def import_entries(args: argparse.Namespace) -> int:
    """Import a CSV file, or nothing."""
    source = Path(args.input)
    if not source.is_file():
        raise UsageError(f"There is no file at {source}.")
    with _open(args) as case_file:
        if source.suffix.lower() == ".json":
            report = import_json_entries(
                case_file,
                args.case_ref,
                _read_json(source),
                include_duplicates=args.include_duplicates,
            )
        else:
            report = import_csv(
                case_file, args.case_ref, source, include_duplicates=args.include_duplicates
            )
    added = report.rows - (0 if args.include_duplicates else len(report.duplicates))
    print(f"Imported {added} entr{'y' if added == 1 else 'ies'}.")
    if report.duplicates and not args.include_duplicates:
        print(
            f"{len(report.duplicates)} row(s) look like entries already recorded and were "
            "not imported (same date, same source, same or very similar text); add "
            "--include-duplicates to import them as separate entries:"
        )
        for row, existing in report.duplicates[:50]:
            print(f"  row {row} ~ entry {existing}")
    return 0


def _read_json(source: Path) -> object:
    import json

    try:
        return json.loads(source.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(
            f"{source.name} is not a readable JSON document ({error}). Nothing was imported."
        ) from None


def export_entries(args: argparse.Namespace) -> int:
    """Write the chronology as CSV."""
    with _open(args, read_only=True) as case_file:
        count = export_csv(case_file, args.case_ref, Path(args.output))
    print(
        f"Exported {count} entries to {args.output}. It is NOT encrypted: keep it safe and "
        "delete it when it has served its purpose."
    )
    return 0


def write_template(args: argparse.Namespace) -> int:
    """Write the CSV template."""
    write_private_file(Path(args.output), template().encode("utf-8"))
    print(f"Wrote {args.output}: one header row and one example row.")
    return 0
