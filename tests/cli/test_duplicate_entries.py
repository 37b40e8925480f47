"""The command line and likely duplicates: what it linked, what it left out, and why."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.cli.conftest import Ran

ROWS = (
    "date,category,description,source,source_type\n"
    "2025-12-02,no-access visit,No access visit; no answer at the door,HV,agency record\n"
    "2025-12-02,no-access visit,No access visit. No answer at door; card left,SW,agency record\n"
)


def test_the_same_event_from_two_sources_is_held_back_or_linked_and_said_so(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    rows = tmp_path / "two.csv"
    rows.write_text(ROWS)
    held = cli("chronology", "import", case_path, rows, "--case", "DEMO-0001")
    assert held.code == 0 and "Imported 1 entry." in held.out
    assert "the same event, reported by another source" in held.out
    other = tmp_path / "again.csv"
    other.write_text(ROWS.replace("2025-12-02", "2025-12-03"))
    linked = cli(
        "chronology", "import", case_path, other, "--case", "DEMO-0001", "--link-duplicates"
    )
    assert linked.code == 0 and "Imported 2 entries." in linked.out, linked.out
    assert "linked to it (counted once)" in linked.out
    assert "were not imported" not in linked.out
