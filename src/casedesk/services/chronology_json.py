"""Importing the chronology of another agency's interchange document into an existing case.

The document is read and validated whole by the interchange reader; entries get new ids,
likely duplicates are held back unless asked for (as a CSV import's are), the document's
categories join this file's list, and it is all or nothing.
"""

from __future__ import annotations

import uuid
from datetime import date

from casedesk.domain.entry_duplicates import EntryIndex
from casedesk.domain.ids import CaseId, EntryId
from casedesk.domain.wording import translate
from casedesk.services.case_file import CaseFile
from casedesk.services.chronology_csv import CsvImportError, CsvReport, held_back
from casedesk.services.entries import add_entries


def import_json_entries(
    case_file: CaseFile,
    reference: str,
    data: object,
    today: date | None = None,
    include_duplicates: bool = False,
    link_duplicates: bool = False,
    check_only: bool = False,
) -> CsvReport:
    """Import the chronology of one case of an interchange document into an existing case
    (another agency's export, say): the document is validated whole first, entries get new
    ids, likely duplicates are held back unless asked for, and it is all or nothing.
    ``check_only`` reads and compares without writing, so the worker can see the likely
    duplicates first."""
    from dataclasses import replace

    from casedesk.domain.chronology import describe_entry
    from casedesk.services import interchange_reading

    when = today or case_file.today()
    records_in, problems = interchange_reading.from_document(data, when)
    if problems:
        raise CsvImportError([str(p) for p in problems])
    if len(records_in) != 1:
        raise CsvImportError(
            [
                translate(
                    "chronology_json",
                    "The document holds {count} cases; export just the one whose chronology "
                    "you want to import.",
                ).format(count=len(records_in))
            ]
        )
    target = case_file.case_record(reference)
    index = EntryIndex(target.entries)
    report = CsvReport()
    new_entries = []
    sent = {e.id: e for e in records_in[0].entries}
    for number, entry in enumerate(records_in[0].entries, start=1):
        # The document's ids mean nothing here: what bore an entry out is kept in words.
        by_entry = sent.get(EntryId(entry.corroborating_entry))
        fresh = replace(
            entry,
            id=EntryId(f"e-{uuid.uuid4().hex[:16]}"),
            case=CaseId(target.case.id),
            people=(),
            evidence=replace(entry.evidence, corroborated_by=""),
            corroborating_source=entry.corroborating_source
            or (describe_entry(by_entry) if by_entry else ""),
            same_event_as="",
        )
        report.rows += 1
        kept = held_back(index, fresh, number, report, include_duplicates, link_duplicates)
        if kept is not None:
            index.add(kept)
            new_entries.append(kept)
    if check_only:
        return report
    known = set(case_file.categories())
    # Another agency's categories join this file's list, as a whole-document import's do.
    added = sorted({e.category.value for e in new_entries if e.category not in known})
    timescales = case_file.timescales().timescales
    label = translate("chronology_json", "Import chronology from another document")
    with case_file.transaction(label) as work:
        work.add_categories(added)
        add_entries(work, target, new_entries, when, timescales, imported=True)
    report.changes = work.changes
    return report
