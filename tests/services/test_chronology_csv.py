"""CSV chronology import/export: row-numbered problems, all or nothing, duplicates held back,
formula-safe export, bad encodings, NUL bytes, huge cells, and streaming."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.domain.demonstration import DEMO_MARK
from casedesk.domain.entry_duplicates import Likeness
from casedesk.domain.errors import CaseDeskError
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.chronology_csv import (
    COLUMNS,
    CsvImportError,
    escape_cell,
    export_csv,
    import_csv,
    template,
)
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate

TODAY = date(2026, 11, 25)
HEADER = ",".join(COLUMNS)


@pytest.fixture
def case_file(tmp_path: Path) -> Iterator[CaseFile]:
    opened, _ = CaseFile.create(
        tmp_path / "c.casedesk", "kettle mango violin harbour", "Sam", kdf=FLOOR
    )
    write_data(opened, generate(seed=5, cases=1, entries=30, as_of=date(2026, 11, 1)))
    with opened:
        yield opened


def entries(case_file: CaseFile) -> int:
    return len(case_file.case_record("DEMO-0001").entries)


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "in.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_the_template_imports_and_export_reimports(case_file: CaseFile, tmp_path: Path) -> None:
    report = import_csv(case_file, "DEMO-0001", write(tmp_path, template()), TODAY)
    assert report.rows == 1 and entries(case_file) == 31
    out = tmp_path / "out.csv"
    assert export_csv(case_file, "DEMO-0001", out) == 31
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    fresh, _ = CaseFile.create(
        tmp_path / "d.casedesk", "kettle mango violin harbour", "Sam", kdf=FLOOR
    )
    with fresh:
        write_data(fresh, generate(seed=5, cases=1, entries=0, as_of=date(2026, 11, 1)))
        again = import_csv(fresh, "DEMO-0001", out, TODAY)
        assert again.rows == 31 and not again.duplicates


def test_an_export_carries_the_original_concern_and_third_party_marks_and_reimports(
    case_file: CaseFile, tmp_path: Path
) -> None:
    record = case_file.case_record("DEMO-0001")
    text = template().replace("Warm and tidy; food in the fridge.,", "Warm and tidy.,yes")
    import_csv(case_file, "DEMO-0001", write(tmp_path, text), TODAY)
    out = tmp_path / "out.csv"
    export_csv(case_file, "DEMO-0001", out)
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    # A demo case (its DEMO- reference) says first that its people are fictional.
    assert rows[0] == [f"# {DEMO_MARK}"]
    assert rows[1] == ["# Original concern (case DEMO-0001)", record.case.original_concern]
    assert rows[2] == list(COLUMNS)
    assert sum(1 for row in rows[3:] if row[-1] == "yes") == 1
    fresh, _ = CaseFile.create(
        tmp_path / "d.casedesk", "kettle mango violin harbour", "Sam", kdf=FLOOR
    )
    with fresh:
        write_data(fresh, generate(seed=5, cases=1, entries=0, as_of=date(2026, 11, 1)))
        again = import_csv(fresh, "DEMO-0001", out, TODAY)
        assert again.ok and again.rows == 31
        marked = [e for e in fresh.case_record("DEMO-0001").entries if e.third_party]
        assert [e.home_observations for e in marked] == ["Warm and tidy."]


def test_every_bad_row_is_reported_by_number_and_nothing_is_written(
    case_file: CaseFile,
    tmp_path: Path,
) -> None:
    text = "\n".join(
        [
            HEADER,
            "2025-01-02,home visit,Seen,HV,professional observation,,,,,",
            "31/02/2025,home visit,Bad date,HV,document,,,,,",
            "2025-01-03,picnic,Bad category,HV,document,,,,,",
            "2025-01-04,home visit,,HV,document,,,,,",
            "2030-01-01,home visit,Future,HV,document,,,,,",
            "2025-01-05,home visit,Bad level,HV,document,urgent,,,,",
        ]
    )
    with pytest.raises(CsvImportError) as caught:
        import_csv(case_file, "DEMO-0001", write(tmp_path, text), TODAY)
    problems = caught.value.problems
    assert [p.split(",")[0] for p in problems] == ["Row 3", "Row 4", "Row 5", "Row 6", "Row 7"]
    assert "is not one of" in problems[1] and "is empty" in problems[2]
    assert "in the future" in problems[3] and "routine, notable" in problems[4]
    assert entries(case_file) == 30


def test_missing_columns_another_encoding_nul_bytes_and_huge_cells(
    case_file: CaseFile,
    tmp_path: Path,
) -> None:
    cases = {
        "date,description\n2025-01-01,x\n": r"lacks the column\(s\): category, source",
        HEADER + "\n2025-01-01,home visit,Caf\xe9,HV,document,,,,,\n": "not UTF-8",
        HEADER + "\n2025-01-01,home visit,a\x00b,HV,document,,,,,\n": "NUL",
        HEADER
        + "\n2025-01-01,home visit,"
        + "x" * 2_000_000
        + ",HV,document,,,,,\n": "longer than 1,000,000",
    }
    for text, says in cases.items():
        encoding = "latin-1" if "Caf" in text else "utf-8"
        with pytest.raises(CsvImportError, match=says):
            import_csv(case_file, "DEMO-0001", write(tmp_path, text, encoding), TODAY)
    assert entries(case_file) == 30


def test_utf16_and_bom_files_are_read(case_file: CaseFile, tmp_path: Path) -> None:
    text = HEADER + "\n2025-01-01,home visit,Zoë seen,HV,document,,,,,\n"
    assert import_csv(case_file, "DEMO-0001", write(tmp_path, text, "utf-16"), TODAY).rows == 1
    text2 = "\ufeff" + HEADER + "\n2025-01-02,home visit,Léa seen,HV,document,,,,,\n"
    assert import_csv(case_file, "DEMO-0001", write(tmp_path, text2), TODAY).rows == 1


def test_likely_duplicates_are_held_back_not_merged(case_file: CaseFile, tmp_path: Path) -> None:
    existing = case_file.case_record("DEMO-0001").entries[0]
    row = [
        existing.occurred_on.isoformat(),
        existing.category.value,
        existing.description.upper() + " ",
        existing.source,
        existing.source_type.value,
    ]
    text = HEADER + "\n" + ",".join(f'"{c}"' for c in row) + ",,,,,\n"
    report = import_csv(case_file, "DEMO-0001", write(tmp_path, text), TODAY)
    assert [(d.row, d.existing, d.likeness) for d in report.duplicates] == [
        (2, existing.id, Likeness.ALREADY_RECORDED)
    ]
    assert entries(case_file) == 30


def test_the_same_event_from_another_agency_is_found_and_can_be_linked_and_counted_once(
    case_file: CaseFile, tmp_path: Path
) -> None:
    """One no-access visit in social care's record and in the health visitor's: same day,
    different words, different source. Left out by default, linked when asked (both kept,
    the event counted once by the patterns); the same CSV again is 'already recorded'."""
    from casedesk.domain.patterns import Thresholds, avoidance

    day = "2026-10-14"
    ours = [
        day,
        "no-access visit",
        "Home visit: no answer at the door, curtains drawn.",
        "Social care",
        "professional observation",
    ]
    text = HEADER + "\n" + ",".join(f'"{c}"' for c in ours) + ",,,,,,\n"
    import_csv(case_file, "DEMO-0001", write(tmp_path, text), TODAY)
    theirs = [
        day,
        "no-access visit",
        "No answer at the door at the planned home visit.",
        "Health visiting",
        "agency record",
    ]
    text = HEADER + "\n" + ",".join(f'"{c}"' for c in theirs) + ",,,,,,\n"
    held = import_csv(case_file, "DEMO-0001", write(tmp_path, text), TODAY)
    assert [d.likeness for d in held.duplicates] == [Likeness.SAME_EVENT]
    assert entries(case_file) == 31, "left out unless the worker links or includes it"
    linked = import_csv(case_file, "DEMO-0001", write(tmp_path, text), TODAY, link_duplicates=True)
    record = case_file.case_record("DEMO-0001")
    assert entries(case_file) == 32
    ours_id = linked.duplicates[0].existing
    theirs_entry = next(e for e in record.entries if e.source == "Health visiting")
    assert (
        theirs_entry.same_event_as == ours_id and theirs_entry.source_type.value == "agency record"
    )
    visits = [e for e in record.entries if e.occurred_on == date(2026, 10, 14)]
    assert len(visits) == 2
    spread = [
        e for e in record.entries if e.category.is_avoidance and e.occurred_on >= date(2026, 9, 1)
    ]
    found = avoidance(spread, Thresholds(avoidance_count=1))
    assert sum(1 for e in found[0].entries if e in {v.id for v in visits}) == 1, "counted once"
    again = import_csv(case_file, "DEMO-0001", write(tmp_path, text), TODAY, link_duplicates=True)
    assert [d.likeness for d in again.duplicates] == [Likeness.ALREADY_RECORDED]
    assert entries(case_file) == 32, "an entry already recorded is never linked in again"
    other_day = text.replace(day, "2026-10-15")
    assert not import_csv(case_file, "DEMO-0001", write(tmp_path, other_day), TODAY).duplicates


@pytest.mark.parametrize("value", ["=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_export_escapes_formulas(value: str) -> None:
    assert escape_cell(value) == "'" + value
    assert escape_cell("Home visit") == "Home visit"


def test_a_large_file_streams(case_file: CaseFile, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for i in range(10_000):
            writer.writerow(
                [
                    f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    "other",
                    f"Entry {i}",
                    f"Agency {i % 7}",
                    "agency record",
                    "",
                    "",
                    "",
                    "",
                    "",
                ]
            )
    report = import_csv(case_file, "DEMO-0001", path, TODAY)
    assert report.rows == 10_000 and entries(case_file) == 10_030
    assert case_file.check().ok


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.text(max_size=12), min_size=0, max_size=12), max_size=6))
def test_any_csv_is_imported_whole_or_refused_with_row_numbers(
    case_file: CaseFile,
    tmp_path: Path,
    rows: list[list[str]],
) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    path = write(tmp_path, out.getvalue())
    before = entries(case_file)
    try:
        report = import_csv(case_file, "DEMO-0001", path, TODAY)
    except CsvImportError as error:
        assert all(p.startswith("Row ") or p.startswith("…") for p in error.problems)
        assert entries(case_file) == before
    else:
        assert entries(case_file) == before + report.rows - len(report.duplicates)


def test_another_agencys_json_chronology_is_imported_into_an_existing_case(
    case_file: CaseFile,
    tmp_path: Path,
) -> None:
    from casedesk.services.chronology_json import import_json_entries

    other, _ = CaseFile.create(
        tmp_path / "agency.casedesk", "kettle mango violin harbour", "Nurse", kdf=FLOOR
    )
    with other:
        write_data(other, generate(seed=9, cases=1, entries=12, as_of=date(2026, 11, 1)))
        document = other.export_document(["DEMO-0001"])
    before = entries(case_file)
    report = import_json_entries(case_file, "DEMO-0001", document, TODAY)
    assert report.rows == 12 and entries(case_file) == before + 12 - len(report.duplicates)
    again = import_json_entries(case_file, "DEMO-0001", document, TODAY)
    assert len(again.duplicates) == 12, "the second time every entry is a likely duplicate"
    assert entries(case_file) == before + 12 - len(report.duplicates)
    document["cases"][0]["chronology"][0]["occurred_on"] = "yesterday"
    with pytest.raises(CsvImportError, match="/cases/0/chronology/0/occurred_on"):
        import_json_entries(case_file, "DEMO-0001", document, TODAY)


def test_a_case_file_adds_its_own_categories(case_file: CaseFile, tmp_path: Path) -> None:
    from casedesk.domain.chronology import DEFAULT_CATEGORIES, Category

    row = (
        HEADER + "\n2025-01-01,Family Group  Conference,Held at school,FGC service,document,,,,,\n"
    )
    with pytest.raises(CsvImportError, match="not one of this case file's categories"):
        import_csv(case_file, "DEMO-0001", write(tmp_path, row), TODAY)
    added = case_file.add_category("Family group conference")
    assert added == Category("family  GROUP conference")
    with pytest.raises(CaseDeskError, match="already a category"):
        case_file.add_category("family group conference")
    assert case_file.categories() == [*DEFAULT_CATEGORIES, added]
    assert import_csv(case_file, "DEMO-0001", write(tmp_path, row), TODAY).rows == 1
    entry = next(e for e in case_file.case_record("DEMO-0001").entries if e.category == added)
    assert not entry.category.is_default

    document = case_file.export_document(["DEMO-0001"])
    fresh, _ = CaseFile.create(
        tmp_path / "f.casedesk", "kettle mango violin harbour", "Sam", kdf=FLOOR
    )
    with fresh:
        fresh.import_document(document, TODAY)
        assert added in fresh.categories(), "an import brings the categories it uses"


def test_text_is_kept_as_written_and_a_column_named_twice_is_refused(
    case_file: CaseFile, tmp_path: Path
) -> None:
    row = '2025-02-03,home visit,"\t  Mother said: ""he left""",Sam,professional observation'
    import_csv(case_file, "DEMO-0001", write(tmp_path, HEADER + "\n" + row + ",,,,,\n"), TODAY)
    texts = [e.description for e in case_file.case_record("DEMO-0001").entries]
    assert '\t  Mother said: "he left"' in texts
    twice = HEADER + ",description\n" + row + ",,,,,,again\n"
    with pytest.raises(CsvImportError, match="more than once"):
        import_csv(case_file, "DEMO-0001", write(tmp_path, twice), TODAY)


def test_a_line_break_in_a_source_is_refused_so_the_entry_can_be_exchanged_again(
    case_file: CaseFile, tmp_path: Path
) -> None:
    row = '2025-01-03,home visit,Visit done,"GP\nletter",agency record,,,,,\n'
    with pytest.raises(CsvImportError) as caught:
        import_csv(case_file, "DEMO-0001", write(tmp_path, HEADER + "\n" + row), TODAY)
    assert any("Row 2, source" in p and "line break" in p for p in caught.value.problems)


def test_every_way_in_adds_entries_by_the_same_rules(case_file: CaseFile, tmp_path: Path) -> None:
    """Typed, given on the command line, or imported: an entry with no source is refused
    by the same use case (services.entries), and nothing is written."""
    import json

    from casedesk.services.chronology_json import import_json_entries

    document = json.loads(json.dumps(case_file.export_document(["DEMO-0001"])))
    document["cases"][0]["chronology"][0]["source"] = ""
    document["cases"][0]["chronology"][0]["description"] = "Unsourced (Qwv)"
    before = entries(case_file)
    with pytest.raises(CaseDeskError, match="Say who the information came from"):
        import_json_entries(case_file, "DEMO-0001", document, TODAY)
    assert entries(case_file) == before
