"""Multi-agency chronology in CSV: a documented template, streaming validation, all-or-nothing
import, likely duplicates held back, and export safe to open in a spreadsheet.

An export starts with a row holding the case's original concern, its first cell beginning
"#" (the concern travels with every export, so whoever reads the chronology reads what the
case is about); rows before the header whose first cell begins "#" are skipped on import.

Columns (header row required; order free; extra columns ignored):

    date*, category*, description*, source*, source_type*, significance, corroboration,
    corroborated_by, impact_on_child, action_taken, recorded_by, child_seen,
    others_present, child_words, home_observations, third_party

``date`` accepts the forms of ``domain.date_parsing``; ``category``, ``source_type`` and
``corroboration`` take the values CaseDesk shows; ``corroborated_by`` names what bears the
entry out or contradicts it (required when ``corroboration`` is not "unverified");
``significance`` is routine, notable, significant or critical (or 0-3); ``child_seen`` is
"seen alone", "seen, not alone" or "not seen" (empty: not recorded). Files are read as
UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused with the row
where decoding failed.
"""

from __future__ import annotations

import codecs
import csv
import enum
import io
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, NamedTuple, TypeVar

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import (
    DEFAULT_CATEGORIES,
    Category,
    ChildSeen,
    ChronologyEntry,
    describe_entry,
)
from casedesk.domain.codecs import Problems
from casedesk.domain.date_parsing import DateFormatError, parse_date
from casedesk.domain.demonstration import DEMO_MARK
from casedesk.domain.entry_duplicates import EntryIndex, Likeness
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.ids import CaseId, EntryId
from casedesk.domain.wording import shown_day, translate
from casedesk.services.case_file import CaseFile, Changes
from casedesk.services.entries import add_entries

REQUIRED = ("date", "category", "description", "source", "source_type")
OPTIONAL = (
    "significance",
    "corroboration",
    "corroborated_by",
    "impact_on_child",
    "action_taken",
    "recorded_by",
    # What a visit or contact found (empty for other entries).
    "child_seen",
    "others_present",
    "child_words",
    "home_observations",
    # "yes" when the entry holds third-party information (withheld when a summary is shared)
    "third_party",
)
COLUMNS = REQUIRED + OPTIONAL
YES, NO = ("yes", "y", "true", "1"), ("", "no", "n", "false", "0")
MAX_CELL = 1_000_000  # characters; a larger cell is refused, never truncated
MAX_PROBLEMS = 100
# CSV columns whose text is checked as the entry's own fields check it in a document.
TEXT_COLUMNS = {
    "description": k.ENTRIES.field("description").codec,
    "source": k.LINE,  # the evidence's source: one line
    "corroborated_by": k.LINE,
    "recorded_by": k.ENTRIES.field("recorded_by").codec,
    "impact_on_child": k.ENTRIES.field("impact_on_child").codec,
    "action_taken": k.ENTRIES.field("action_taken").codec,
    "others_present": k.ENTRIES.field("others_present").codec,
    "child_words": k.ENTRIES.field("child_words").codec,
    "home_observations": k.ENTRIES.field("home_observations").codec,
}
SIGNIFICANCE_WORDS = {"routine": 0, "notable": 1, "significant": 2, "critical": 3}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
E = TypeVar("E", bound=enum.Enum)


def escape_cell(value: str) -> str:
    """Stop a spreadsheet reading a cell as a formula (CSV injection): prefix a quote."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def template() -> str:
    """A CSV template with the header and one example row."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerow(
        [
            "2025-03-09",
            "home visit",  # i18n: a category the import reads
            translate("chronology_csv", "Home visit; child seen and spoken to."),
            translate("chronology_csv", "Health visitor"),
            "professional observation",  # i18n: a source type the import reads
            "routine",
            "unverified",
            "",
            "",
            "",
            translate("chronology_csv", "A. Worker"),
            "seen alone",  # i18n: a child_seen value the import reads
            translate("chronology_csv", "Mother (in the kitchen)"),
            translate("chronology_csv", "I like my new bed."),
            translate("chronology_csv", "Warm and tidy; food in the fridge."),
            "",
        ]
    )
    return out.getvalue()


def write_csv(
    entries: tuple[ChronologyEntry, ...] | list[ChronologyEntry],
    out: IO[str],
    concern: tuple[str, str] | None = None,
    demo: bool = False,
) -> int:
    """Write entries as CSV (formula-safe), after the case's (reference, original concern)
    when given, and first of all the demonstration's mark when ``demo``; return how many.
    (Both rows begin "#", which an import skips.)"""
    writer = csv.writer(out)
    if demo:
        writer.writerow([f"# {DEMO_MARK}"])
    if concern is not None:
        reference, text = concern
        note = f"# Original concern (case {reference})"  # i18n: a note row of the CSV format
        writer.writerow([note, escape_cell(text)])
    writer.writerow(COLUMNS)
    count = 0
    by_id = {e.id: e for e in entries}
    for e in entries:
        # Ids mean nothing outside the case file: a corroborating entry goes in words.
        by_entry = by_id.get(EntryId(e.corroborating_entry))
        borne_out_by = e.corroborating_source or (describe_entry(by_entry) if by_entry else "")
        date_text = (
            e.occurred_on.isoformat()
            if e.precision.value == "exact"
            else (
                f"about {e.occurred_on.year}"
                if e.precision.value == "estimated"
                else e.occurred_on.strftime("%b %Y")
                if e.precision.value == "month"
                else str(e.occurred_on.year)
            )
        )
        writer.writerow(
            [
                escape_cell(v)
                for v in (
                    date_text,
                    e.category.value,
                    e.description,
                    e.source,
                    e.source_type.value,
                    list(SIGNIFICANCE_WORDS)[int(e.significance)],
                    e.corroboration.value,
                    borne_out_by,
                    e.impact_on_child,
                    e.action_taken,
                    e.recorded_by,
                    e.child_seen.value,
                    e.others_present,
                    e.child_words,
                    e.home_observations,
                    "yes" if e.third_party else "",
                )
            ]
        )
        count += 1
    return count


class DuplicateRow(NamedTuple):
    """A row (or document entry) that looks like an entry already in the chronology."""

    row: int
    existing: str  # the id of the entry it resembles
    likeness: Likeness
    entry: ChronologyEntry  # as imported (linked to ``existing`` if it was linked)
    counterpart: ChronologyEntry  # the entry it resembles (shown beside it)


@dataclass
class CsvReport:
    """What reading a CSV found: rows that would be imported, problems, duplicates."""

    rows: int = 0
    problems: list[str] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)
    changes: Changes | None = None  # what the import wrote, for the screen to refresh

    @property
    def ok(self) -> bool:
        """True when nothing stops the import."""
        return not self.problems


def _open_text(path: Path) -> IO[str]:
    raw = path.open("rb")
    head = raw.read(4)
    raw.seek(0)
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    return io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")


def _cells(path: Path, report: CsvReport) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, cells by column) for each data row; problems go to ``report``."""
    csv.field_size_limit(MAX_CELL)
    with _open_text(path) as handle:
        reader = csv.reader(handle)
        row_number = 1
        try:
            first = next(reader, [])
            while first and first[0].lstrip("\ufeff").startswith("#"):
                first, row_number = next(reader, []), row_number + 1  # the concern, a note
            header = [h.strip().lower().lstrip("\ufeff") for h in first]
            header_row = row_number
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                report.problems.append(
                    translate(
                        "chronology_csv",
                        "Row {row} (the header) lacks the column(s): {columns}. Start from the "
                        "template.",
                    ).format(row=header_row, columns=", ".join(missing))
                )
                return
            twice = sorted({h for h in header if h and header.count(h) > 1})
            if twice:
                report.problems.append(
                    translate(
                        "chronology_csv",
                        "Row {row} (the header) has the column(s) {columns} more than once, so "
                        "it is not clear which to read. Keep one of each.",
                    ).format(row=header_row, columns=", ".join(twice))
                )
                return
            for row_number, cells in enumerate(reader, start=header_row + 1):
                if not any(cell.strip() for cell in cells):
                    continue
                if any("\x00" in cell for cell in cells):
                    # Python 3.11's csv module no longer refuses NUL: refuse it here.
                    report.problems.append(
                        translate(
                            "chronology_csv",
                            "Row {row}: cannot be read: it contains a NUL character.",
                        ).format(row=row_number)
                    )
                    continue
                yield row_number, dict(zip(header, cells, strict=False))
        except UnicodeDecodeError:
            report.problems.append(
                translate(
                    "chronology_csv",
                    "Row {row}: the file is not UTF-8 text. Save it as 'CSV UTF-8' and import "
                    "it again.",
                ).format(row=row_number + 1)
            )
        except csv.Error as error:
            reason = (
                translate("chronology_csv", "a cell is longer than 1,000,000 characters")
                if "field larger" in str(error)
                else translate("chronology_csv", "it contains a NUL character")
                if "NUL" in str(error)
                else str(error)
            )
            report.problems.append(
                translate("chronology_csv", "Row {row}: cannot be read: {reason}.").format(
                    row=row_number + 1, reason=reason
                )
            )


def _where(row: int, column: str) -> str:
    """Where in the CSV a problem is: its row and column; the column alone for an entry
    given without a file (row 0)."""
    if not row:
        return column
    return translate("chronology_csv", "Row {row}, {column}").format(row=row, column=column)


def _choice(value: str, kind: type[E], row: int, column: str, report: CsvReport) -> E | None:
    try:
        return kind(value.strip().lower())
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        report.problems.append(
            translate("chronology_csv", "{where}: '{value}' is not one of: {allowed}.").format(
                where=_where(row, column), value=value[:40], allowed=allowed
            )
        )
        return None


def _category(
    value: str, allowed: Sequence[Category], row: int, report: CsvReport
) -> Category | None:
    try:
        category = Category(value)
    except ValueError:
        category = None
    if category is None or category not in allowed:
        names = ", ".join(c.value for c in allowed)
        report.problems.append(
            translate(
                "chronology_csv",
                "{where}: '{value}' is not one of this case file's categories: {names}. Add it "
                "to the list first if it is needed.",
            ).format(where=_where(row, "category"), value=value[:40], names=names)
        )
        return None
    return category


def _entry(
    row: int,
    cells: dict[str, str],
    case: CaseId,
    recorder: str,
    report: CsvReport,
    today: date,
    allowed: Sequence[Category] = DEFAULT_CATEGORIES,
) -> ChronologyEntry | None:
    before = len(report.problems)
    for column in REQUIRED:
        if not cells.get(column, "").strip():
            report.problems.append(
                translate("chronology_csv", "{where}: is empty.").format(where=_where(row, column))
            )
    if len(report.problems) > before:
        return None
    try:
        when, precision = parse_date(cells["date"])
    except DateFormatError as error:
        report.problems.append(
            translate("chronology_csv", "{where}: {error}").format(
                where=_where(row, "date"), error=error
            )
        )
        return None
    if when > today:
        report.problems.append(
            translate("chronology_csv", "{where}: {day} is in the future.").format(
                where=_where(row, "date"), day=shown_day(when)
            )
        )
    category = _category(cells["category"], allowed, row, report)
    source_type = _choice(cells["source_type"], SourceType, row, "source_type", report)
    corroboration = (
        _choice(cells["corroboration"], Corroboration, row, "corroboration", report)
        if cells.get("corroboration", "").strip()
        else Corroboration.UNVERIFIED
    )
    seen_text = cells.get("child_seen", "").strip()
    child_seen = (
        _choice(seen_text, ChildSeen, row, "child_seen", report)
        if seen_text
        else ChildSeen.NOT_RECORDED
    )
    third_party_text = cells.get("third_party", "").strip().lower()
    if third_party_text not in YES + NO:
        report.problems.append(
            translate("chronology_csv", "{where}: write yes, or leave it empty.").format(
                where=_where(row, "third_party")
            )
        )
    borne_out_by = cells.get("corroborated_by", "").strip()
    if corroboration not in (None, Corroboration.UNVERIFIED) and not borne_out_by:
        where, value = _where(row, "corroborated_by"), corroboration.value
        if corroboration is Corroboration.CORROBORATED:
            missing = translate(
                "chronology_csv", "{where}: say what bears it out (corroboration is '{value}')."
            ).format(where=where, value=value)
        else:
            missing = translate(
                "chronology_csv", "{where}: say what contradicts it (corroboration is '{value}')."
            ).format(where=where, value=value)
        report.problems.append(missing)

    significance_text = cells.get("significance", "").strip().lower() or "routine"
    level = SIGNIFICANCE_WORDS.get(significance_text)
    if level is None and significance_text.isdigit() and int(significance_text) <= 3:
        level = int(significance_text)
    if level is None:
        report.problems.append(
            translate(
                "chronology_csv",
                "{where}: '{value}' is not routine, notable, significant or critical.",
            ).format(where=_where(row, "significance"), value=significance_text[:20])
        )
    for column, codec in TEXT_COLUMNS.items():
        # The same limits a document's entry meets (one line for a source, no control
        # characters), so an entry imported here can always be exchanged again.
        found = Problems()
        codec.from_json(cells.get(column, ""), column, found)
        report.problems.extend(
            translate("chronology_csv", "{where}: {problem}.").format(
                where=_where(row, where), problem=what
            )
            for where, what in found.found
        )
    if (
        len(report.problems) > before
        or category is None
        or source_type is None
        or corroboration is None
        or child_seen is None
    ):
        return None
    return ChronologyEntry(
        EntryId(f"e-{uuid.uuid4().hex[:16]}"),
        case,
        when,
        category,
        cells["description"],  # kept exactly as the agency wrote it
        Evidence(cells["source"].strip(), source_type, corroboration),
        cells.get("recorded_by", "").strip() or recorder,
        precision,
        Significance(level or 0),
        cells.get("impact_on_child", ""),
        cells.get("action_taken", ""),
        recorded_at=datetime.now(UTC).isoformat(timespec="seconds"),
        corroborating_source=borne_out_by,
        child_seen=child_seen,
        others_present=cells.get("others_present", "").strip(),
        child_words=cells.get("child_words", ""),
        home_observations=cells.get("home_observations", ""),
        third_party=third_party_text in YES,
    )


def read_entries(
    path: Path,
    record: CaseRecord,
    recorder: str,
    today: date,
    report: CsvReport,
    include_duplicates: bool = False,
    allowed: Sequence[Category] = DEFAULT_CATEGORIES,
    link_duplicates: bool = False,
) -> Iterator[ChronologyEntry]:
    """Stream valid, non-duplicate entries; problems and duplicates go to ``report``.

    Consumed once to validate (discarding the entries, so memory stays bounded) and once
    more to import, only if the first pass found no problem."""
    index = EntryIndex(record.entries)
    for row, cells in _cells(path, report):
        if len(report.problems) >= MAX_PROBLEMS:
            report.problems.append(translate("chronology_csv", "… and more; fix these first."))
            return
        entry = _entry(row, cells, CaseId(record.case.id), recorder, report, today, allowed)
        if entry is None:
            continue
        report.rows += 1
        kept = held_back(index, entry, row, report, include_duplicates, link_duplicates)
        if kept is not None:
            index.add(kept)
            yield kept


def held_back(
    index: EntryIndex,
    entry: ChronologyEntry,
    row: int,
    report: CsvReport,
    include_duplicates: bool,
    link_duplicates: bool,
) -> ChronologyEntry | None:
    """``entry`` as it is to be imported, or None when it is left out as a likely
    duplicate (each likely duplicate is listed in ``report``, never merged silently):
    ``include_duplicates`` imports them all as separate entries; ``link_duplicates``
    imports those that are the same event from another source, linked to it."""
    match = index.match(entry)
    if match is None:
        return entry
    kept: ChronologyEntry | None = None
    if include_duplicates:
        kept = entry
    elif link_duplicates and match.likeness is Likeness.SAME_EVENT:
        kept = replace(entry, same_event_as=match.existing.id)
    found = DuplicateRow(row, match.existing.id, match.likeness, kept or entry, match.existing)
    report.duplicates.append(found)
    return kept


class CsvImportError(CaseDeskError):
    """A CSV had problems; nothing was imported. ``problems`` lists them by row."""

    def __init__(self, problems: list[str]) -> None:
        shown = "\n".join(f"  {p}" for p in problems[:MAX_PROBLEMS])
        super().__init__(
            translate(
                "chronology_csv",
                "Nothing was imported; the CSV has %n problem(s):\n{problems}",
                None,
                len(problems),
            ).format(problems=shown)
        )
        self.problems = problems


def import_csv(
    case_file: CaseFile,
    reference: str,
    path: Path,
    today: date | None = None,
    include_duplicates: bool = False,
    link_duplicates: bool = False,
) -> CsvReport:
    """Validate the whole file, then import it in one unit of work, or nothing.

    Likely duplicates of entries already in the case are held back (or, asked, linked as
    the same event from another source) and listed in the report, never merged
    silently."""
    when = today or case_file.today()
    record = case_file.case_record(reference)
    allowed = case_file.categories()
    check = CsvReport()
    for _entry_checked in read_entries(
        path, record, case_file.user, when, check, include_duplicates, allowed, link_duplicates
    ):
        pass  # entries are dropped as they are checked, so memory stays bounded
    if not check.ok:
        raise CsvImportError(check.problems)
    report = CsvReport()
    timescales = case_file.timescales().timescales
    with case_file.transaction(translate("chronology_csv", "Import chronology from CSV")) as work:
        add_entries(
            work,
            record,
            read_entries(
                path,
                record,
                case_file.user,
                when,
                report,
                include_duplicates,
                allowed,
                link_duplicates,
            ),
            when,
            timescales,
            imported=True,
        )
        if not report.ok:  # the file changed between the two readings
            raise CsvImportError(report.problems)
    report.changes = work.changes
    return report


def export_csv(case_file: CaseFile, reference: str, out: Path) -> int:
    """Write the case's chronology to ``out`` (owner-only), formula-safe; return the count."""
    from casedesk.services.files import check_output_path, private_text_file

    check_output_path(out)
    record = case_file.case_record(reference)
    with private_text_file(out, newline="") as handle:
        concern = (record.case.reference, record.case.original_concern)
        demo = case_file.is_demo(record.case.reference)
        return write_csv(record.entries, handle, concern, demo)


def add_entry(
    case_file: CaseFile,
    reference: str,
    cells: dict[str, str],
    today: date | None = None,
    include_duplicates: bool = False,
    link_duplicates: bool = False,
) -> CsvReport:
    """Add one entry given as column values, checked exactly as a CSV row is (no file),
    then added by the same use case as the GUI's (``RecordEditor.add_entry``)."""
    from casedesk.services.record_editor import RecordEditor

    when = today or case_file.today()
    record = case_file.case_record(reference)
    report = CsvReport()
    entry = _entry(  # row 0: its problems name the column alone
        0, cells, CaseId(record.case.id), case_file.user, report, when, case_file.categories()
    )
    if entry is None:
        raise CsvImportError(report.problems)
    report.rows = 1
    kept = held_back(
        EntryIndex(record.entries), entry, 1, report, include_duplicates, link_duplicates
    )
    if kept is None:
        return report
    report.changes = RecordEditor(case_file).add_entry(record, kept)
    return report


def check_csv(
    case_file: CaseFile, reference: str, path: Path, today: date | None = None
) -> CsvReport:
    """Read and validate the whole file without writing anything (rows, problems and
    likely duplicates), so the worker can decide about duplicates before importing."""
    record = case_file.case_record(reference)
    report = CsvReport()
    for _entry_checked in read_entries(
        path,
        record,
        case_file.user,
        today or case_file.today(),
        report,
        allowed=case_file.categories(),
    ):
        pass
    return report
