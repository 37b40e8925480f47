"""``casedesk chronology list|add|import|export|template``."""

from __future__ import annotations

import argparse
from pathlib import Path

from casedesk.cli.passphrase import existing_passphrase
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.chronology_filter import ChronologyFilter
from casedesk.domain.errors import UsageError
from casedesk.domain.wording import shown_day, shown_value, translate
from casedesk.services.case_file import CaseFile
from casedesk.services.chronology_csv import (
    add_entry,
    export_csv,
    import_csv,
    template,
)
from casedesk.services.chronology_json import import_json_entries
from casedesk.services.files import write_private_file
from casedesk.services.json_input import read_json_document


def _open(args: argparse.Namespace, read_only: bool = False) -> CaseFile:
    # A command that only reads holds still while it reads (no -wal/-shm left behind).
    return CaseFile.open(
        Path(args.case_file),
        existing_passphrase(args.passphrase_file),
        read_only=read_only,
        brief=read_only,
    )


def _shown(text: str) -> str:
    """Text safe to print on a terminal, one entry a line: a control character (an escape
    sequence, a line break, a right-to-left override) is printed as a space."""
    return "".join(c if c.isprintable() else " " for c in text)


def list_entries(args: argparse.Namespace) -> int:
    """Print the entries, oldest first (tab-separated, for reading or for scripts)."""
    with _open(args, read_only=True) as case_file:
        record = case_file.case_record(args.case_ref)
        matches = case_file.search_chronology(record.case.id, args.search) if args.search else None
    chosen = ChronologyFilter(significant_only=args.significant, text_matches=matches)
    shown = 0
    for entry in record.entries:
        if not chosen.matches(entry):
            continue
        # Tab-separated for scripts too: the day in ISO 8601 and the values as stored.
        cells = (entry.category.value, entry.source, entry.source_type.value, entry.description)
        print("\t".join([entry.occurred_on.isoformat(), *(_shown(cell) for cell in cells)]))
        shown += 1
    print(
        translate("chronology", "({shown} of {total} entries)").format(
            shown=shown, total=len(record.entries)
        )
    )
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
        report = add_entry(
            case_file,
            args.case_ref,
            cells,
            include_duplicates=args.include_duplicates,
            link_duplicates=args.link_duplicates,
        )
        undecided = case_file.case_record(args.case_ref).undecided_sharing()
    if report.changes is None:
        duplicate = report.duplicates[0]
        print(
            translate(
                "chronology",
                "Not added: it looks like entry {entry} ({likeness}). "
                "Add --link-duplicates to add it linked to that entry (the same event from "
                "another source), or --include-duplicates to add it as a separate entry.",
            ).format(entry=duplicate.existing, likeness=shown_value(duplicate.likeness))
        )
        return 1
    linked = [d for d in report.duplicates if d.entry.same_event_as]
    if linked:
        print(
            translate("chronology", "Added 1 entry, linked to entry {entry}.").format(
                entry=linked[0].existing
            )
        )
    else:
        print(translate("chronology", "Added 1 entry."))
    new = report.changes.records.get("chronology_entries", ()) if report.changes else ()
    _list_undecided(undecided, new)
    return 0


def _list_undecided(undecided: list[ChronologyEntry], new: object) -> None:
    """The command line does not ask 'who might need to know?': it lists what is still to
    decide, and the case shows it until someone does (in CaseDesk, Information sharing)."""
    added = [e for e in undecided if e.id in new]  # type: ignore[operator]
    if not added:
        return
    if len(added) == 1:
        print(
            translate(
                "chronology",
                "%n of the entries added is significant and no one has decided yet who else "
                "needs to know; record the decision in CaseDesk (Information sharing). Still "
                "to decide:",
                None,
                1,
            )
        )
    else:
        print(
            translate(
                "chronology",
                "%n of the entries added are significant and no one has decided yet who else "
                "needs to know; record the decision in CaseDesk (Information sharing). Still "
                "to decide:",
                None,
                len(added),
            )
        )
    for entry in added[:50]:
        print(f"  {shown_day(entry.occurred_on)}  {_shown(entry.description[:100])}")
    if len(added) > 50:
        print(translate("chronology", "  … and %n more", None, len(added) - 50))


def import_entries(args: argparse.Namespace) -> int:
    """Import a CSV file, or nothing."""
    source = Path(args.input)
    if source.is_dir():
        raise UsageError(
            translate("chronology", "{path} is a folder; give the file to import.").format(
                path=source
            )
        )
    if not source.is_file():
        raise UsageError(translate("chronology", "There is no file at {path}.").format(path=source))
    with _open(args) as case_file:
        if source.suffix.lower() == ".json":
            report = import_json_entries(
                case_file,
                args.case_ref,
                read_json_document(source),
                include_duplicates=args.include_duplicates,
                link_duplicates=args.link_duplicates,
            )
        else:
            report = import_csv(
                case_file,
                args.case_ref,
                source,
                include_duplicates=args.include_duplicates,
                link_duplicates=args.link_duplicates,
            )
        undecided = case_file.case_record(args.case_ref).undecided_sharing()
    new = report.changes.records.get("chronology_entries", ()) if report.changes else ()
    if len(new) == 1:
        print(translate("chronology", "Imported %n entry.", None, 1))
    else:
        print(translate("chronology", "Imported %n entries.", None, len(new)))
    linked = [d for d in report.duplicates if d.entry.same_event_as]
    left_out = len(report.duplicates) - len(linked)
    if linked:
        if len(linked) == 1:
            said = translate(
                "chronology",
                "%n of them is the same event as an entry another source recorded, and "
                "linked to it (counted once):",
                None,
                1,
            )
        else:
            said = translate(
                "chronology",
                "%n of them are the same event as an entry another source recorded, and "
                "linked to it (counted once):",
                None,
                len(linked),
            )
        print(said)
        for d in linked[:50]:
            print(
                translate("chronology", "  row {row} = entry {entry}").format(
                    row=d.row, entry=d.existing
                )
            )
    if report.duplicates and not args.include_duplicates and left_out:
        print(
            translate(
                "chronology",
                "%n row(s) look like entries already recorded and were not imported; "
                "add --link-duplicates to import those another source reported as the same "
                "event, linked, or --include-duplicates to import them all as separate entries:",
                None,
                left_out,
            )
        )
        for d in report.duplicates[:50]:
            if not d.entry.same_event_as:
                print(
                    translate("chronology", "  row {row} ~ entry {entry} ({likeness})").format(
                        row=d.row, entry=d.existing, likeness=shown_value(d.likeness)
                    )
                )
    _list_undecided(undecided, new)
    return 0


def export_entries(args: argparse.Namespace) -> int:
    """Write the chronology as CSV."""
    with _open(args, read_only=True) as case_file:
        count = export_csv(case_file, args.case_ref, Path(args.output))
    print(
        translate(
            "chronology",
            "Exported {count} entries to {file}. It is NOT encrypted: keep it safe and "
            "delete it when it has served its purpose.",
        ).format(count=count, file=args.output)
    )
    return 0


def write_template(args: argparse.Namespace) -> int:
    """Write the CSV template."""
    write_private_file(Path(args.output), template().encode("utf-8"))
    print(
        translate("chronology", "Wrote {file}: one header row and one example row.").format(
            file=args.output
        )
    )
    return 0
