"""The background health check reads and checks a case a step at a time, other work
running between the steps: what it gives is always the case as one version of the file
holds it, whatever changed between the steps."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.health import CHECKS
from casedesk.domain.ids import CaseId, EntryId
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
from casedesk.services.health import (
    BEGIN_AGAIN,
    CaseHealth,
    case_health,
    case_health_in_steps,
)
from casedesk.services.record_editor import RecordEditor
from casedesk.storage import loading

REFERENCE = "DEMO-0001"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two fictional cases (seed 1: DEMO-0001 has a lead professional)."""
    path = tmp_path_factory.mktemp("steps") / "demo.casedesk"
    create_demo(path, seed=1, cases=2, as_of=date(2026, 11, 2), kdf=FLOOR)
    return path


@pytest.fixture
def case_file(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CaseFile]:
    """The demo, opened afresh, read seven rows a page (so a case takes many pages)."""
    monkeypatch.setattr(loading, "PAGE_ROWS", 7)
    copy = tmp_path / demo.name
    copy.mkdir()
    for part in demo.iterdir():
        (copy / part.name).write_bytes(part.read_bytes())
    with CaseFile.open(copy, DEMO_PASSPHRASE) as opened:
        yield opened


def _pages(steps: Iterator[CaseRecord | None], count: int) -> None:
    for _ in range(count):
        assert next(steps) is None


def _finish(steps: Iterator[CaseHealth | None]) -> CaseHealth:
    for health in steps:
        if health is not None:
            return health
    raise AssertionError("the steps ended without a health check")


def _earliest_entry(record: CaseRecord) -> ChronologyEntry:
    """A new entry dated before every other: it is listed first, so every row after it
    moves down a place."""
    return ChronologyEntry(
        EntryId(""),
        CaseId(record.case.id),
        min(e.occurred_on for e in record.entries),
        Category.HOME_VISIT,
        "Home visit: the child was seen alone in her room",
        Evidence("Sam Okafor", SourceType.PROFESSIONAL_OBSERVATION),
        "Sam Okafor",
    )


def test_a_case_read_by_pages_is_the_case_a_whole_read_gives(case_file: CaseFile) -> None:
    pages = list(case_file.case_record_in_pages(REFERENCE))
    whole = case_file.case_record(REFERENCE, keep=False)
    assert len(whole.entries) > 3 * loading.PAGE_ROWS  # the chronology alone takes pages
    assert len(pages) > len(whole.entries) // loading.PAGE_ROWS
    assert pages[:-1] == [None] * (len(pages) - 1)
    assert pages[-1] == whole
    # A record kept at the newest change is given at once.
    kept = case_file.case_record(REFERENCE)
    assert list(case_file.case_record_in_pages(REFERENCE)) == [kept]
    assert next(iter(case_file.case_record_in_pages(REFERENCE))) is kept


def test_a_reading_by_pages_ends_without_a_record_when_an_entry_is_added_between_pages(
    case_file: CaseFile,
) -> None:
    """Read on, the pages after the new entry would hold one row read twice (every row
    after it moved down a place): no record is given, and the check begins again."""
    record = case_file.case_record(REFERENCE, keep=False)
    pages = len(list(case_file.case_record_in_pages(REFERENCE)))
    steps = case_file.case_record_in_pages(REFERENCE)
    _pages(steps, pages // 2)  # half the chronology read
    RecordEditor(case_file).add_entry(record, _earliest_entry(record))
    assert list(steps) == []
    read = list(case_file.case_record_in_pages(REFERENCE))[-1]  # begun again
    assert read == case_file.case_record(REFERENCE, keep=False)
    assert len(read.entries) == len(record.entries) + 1


def test_a_check_begun_before_an_edit_gives_the_case_as_edited(case_file: CaseFile) -> None:
    """The worker changes the case while the check of it is between steps (its record
    already read, some checks worked out): the check begins again, and what it gives is
    the case as changed, not as it was when the check began."""
    before = case_health(case_file, REFERENCE)
    record = case_file.case_record(REFERENCE, keep=False)
    pages = len(list(case_file.case_record_in_pages(REFERENCE)))
    steps = case_health_in_steps(case_file, REFERENCE)
    _pages(steps, pages + 3)  # the record read, and the first checks worked out
    lead = next(p for p in record.professionals if p.lead)
    RecordEditor(case_file).amend_professional(
        lead, replace(lead, lead=False), "the core group chose the lead again"
    )
    after = _finish(steps)
    assert after.results == case_health(case_file, REFERENCE).results
    assert after.failed == before.failed + 1
    team = next(r for r in after.results if r.check == "team-lead")
    assert team.failed


def test_the_health_worked_out_in_steps_is_the_health_worked_out_at_once(
    case_file: CaseFile,
) -> None:
    for reference in case_file.case_references():
        steps = list(case_health_in_steps(case_file, reference))
        assert len(steps) > len(CHECKS)  # a step a check, and the pages before them
        assert steps[:-1] == [None] * (len(steps) - 1)
        assert steps[-1] == case_health(case_file, reference)


def test_a_file_that_keeps_changing_still_has_the_case_checked(case_file: CaseFile) -> None:
    """Something is written between every two steps (a worker arranging another case's
    genogram, say): the check begins again a few times in steps, then takes the case in
    one go, and ends. The collector is off while a try is under way, on after."""
    one_try = len(list(case_health_in_steps(case_file, REFERENCE)))
    other = case_file.case_record("DEMO-0002")
    editor = RecordEditor(case_file)
    steps = case_health_in_steps(case_file, REFERENCE)
    taken = 0
    for found in steps:
        if found is not None:
            break
        assert not gc.isenabled()
        taken += 1
        editor.place_person(other, "genogram", other.subject_child.id, (float(taken), 0.0))
    else:
        raise AssertionError("the check never ended")
    assert gc.isenabled()
    assert taken <= (BEGIN_AGAIN + 1) * one_try
    assert found.results == case_health(case_file, REFERENCE).results


def test_steps_dropped_half_way_leave_the_collector_on(case_file: CaseFile) -> None:
    steps = case_health_in_steps(case_file, REFERENCE)
    _pages(steps, 5)
    assert not gc.isenabled()
    steps.close()  # the case list was closed, or the file locked
    assert gc.isenabled()


# -- the case chosen on the case list, read ahead of its opening ------------------------


def test_a_case_read_ahead_opens_without_being_read_again(
    case_file: CaseFile,
    count_whole_reads: Callable[[], list[str]],
) -> None:
    """Read ahead a page at a time (the collector off meanwhile), the case opens as a
    whole read gives it, reading nothing more; a case opened before is still kept."""
    opened = case_file.case_record("DEMO-0002")
    whole = case_file.case_record(REFERENCE, keep=False)
    pages = 0
    for page in case_file.read_ahead(REFERENCE):
        assert page is None and not gc.isenabled()
        pages += 1
    assert pages > len(whole.entries) // loading.PAGE_ROWS  # a step a page
    assert gc.isenabled()
    reads = count_whole_reads()
    record = case_file.case_record(REFERENCE)
    assert reads == [] and record == whole
    # What opening asks next, the deadlines its events call for, is worked out and kept.
    remembered = case_file.timescales().timescales._last
    assert remembered and remembered[0][0]() is record
    assert case_file.case_record("DEMO-0002") is opened  # not pushed out
    assert list(case_file.read_ahead(REFERENCE)) == []  # kept already: nothing read


def test_a_case_read_ahead_and_changed_before_it_is_opened_opens_as_changed(
    case_file: CaseFile,
) -> None:
    record = case_file.case_record(REFERENCE, keep=False)
    for _ in case_file.read_ahead(REFERENCE):
        pass
    RecordEditor(case_file).add_entry(record, _earliest_entry(record))
    opened = case_file.case_record(REFERENCE)
    assert len(opened.entries) == len(record.entries) + 1
    assert opened == case_file.case_record(REFERENCE, keep=False)


def test_a_case_changed_while_it_is_read_ahead_is_not_kept(
    case_file: CaseFile,
    count_whole_reads: Callable[[], list[str]],
) -> None:
    """Pages read before and after a change would mix two versions of the case: nothing
    is kept, and opening it reads it whole."""
    record = case_file.case_record(REFERENCE, keep=False)
    steps = case_file.read_ahead(REFERENCE)
    _pages(steps, 3)
    RecordEditor(case_file).add_entry(record, _earliest_entry(record))
    assert list(steps) == []
    assert gc.isenabled()
    reads = count_whole_reads()
    opened = case_file.case_record(REFERENCE)
    assert len(reads) == 1 and len(opened.entries) == len(record.entries) + 1


def test_a_case_read_ahead_and_not_opened_is_dropped_when_another_is_opened(
    case_file: CaseFile,
    count_whole_reads: Callable[[], list[str]],
) -> None:
    """The worker chose one case on the list and opened another: the one read ahead is
    not kept (reading ahead holds one record more at most), and going to it later reads
    it."""
    for _ in case_file.read_ahead(REFERENCE):
        pass
    case_file.case_record("DEMO-0002")
    reads = count_whole_reads()
    case_file.case_record(REFERENCE)
    assert len(reads) == 1


def test_a_read_ahead_dropped_half_way_leaves_the_collector_on_and_nothing_kept(
    case_file: CaseFile,
    count_whole_reads: Callable[[], list[str]],
) -> None:
    steps = case_file.read_ahead(REFERENCE)
    _pages(steps, 3)
    assert not gc.isenabled()
    steps.close()  # another case chosen, the case opened, or the file locked
    assert gc.isenabled()
    reads = count_whole_reads()
    case_file.case_record(REFERENCE)
    assert len(reads) == 1


def test_a_case_opened_while_it_is_read_ahead_has_the_rest_read_at_once(
    case_file: CaseFile,
    count_whole_reads: Callable[[], list[str]],
) -> None:
    """Opened half way through its reading ahead, the rest of the case is read in one
    page: the record is the one a whole read gives, and the open reads nothing more."""
    whole = case_file.case_record(REFERENCE, keep=False)
    steps = case_file.read_ahead(REFERENCE)
    _pages(steps, 3)
    with pytest.raises(StopIteration):
        steps.send(True)
    assert gc.isenabled()
    reads = count_whole_reads()
    assert case_file.case_record(REFERENCE) == whole and reads == []


def test_a_case_opened_at_any_point_of_its_reading_ahead_is_the_case_a_whole_read_gives(
    case_file: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whichever page the open comes after (inside a kind paged by its order, or by
    offset, or between kinds), the rest read at once completes the same record: no row
    read twice, none left out."""
    monkeypatch.setattr(loading, "PAGE_ROWS", 3)
    whole = case_file.case_record(REFERENCE, keep=False)
    pages = sum(1 for _ in case_file.read_ahead(REFERENCE)) - 1  # the last step reconciles
    for opened_after in range(1, pages):
        case_file._records.drop_ahead()
        steps = case_file.read_ahead(REFERENCE)
        _pages(steps, opened_after)
        with pytest.raises(StopIteration):
            steps.send(True)
        assert case_file._records.peek((REFERENCE, True), case_file.last_change()) == whole


def test_reading_another_case_ahead_lets_the_first_go(case_file: CaseFile) -> None:
    """The worker's cursor moved on from one case to another: the first is kept no longer
    (one record read ahead at most), whether the second is read to its end or not."""
    for _ in case_file.read_ahead(REFERENCE):
        pass
    steps = case_file.read_ahead("DEMO-0002")
    _pages(steps, 2)
    steps.close()
    assert case_file._records.peek((REFERENCE, True), case_file.last_change()) is None
