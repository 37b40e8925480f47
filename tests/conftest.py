"""Suite-wide fixtures: Qt offscreen, and every CaseDesk folder under the test's tmp_path."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Generator, Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

import pytest

# Set before anything imports Qt: tests never open a real window.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("CASEDESK_PASSPHRASE", None)
# Dates on screen follow the locale (casedesk.ui.dates): the tests read British ones.
os.environ["LC_ALL"] = os.environ["LANG"] = "en_GB.UTF-8"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After each test, delete at once what it left to be deleted (pytest-qt closes a
    test's windows with ``deleteLater``, which waits for an event loop that may never run
    again). Each window left alive kept its application-wide event filters: every event
    of every later test went through them (half the time of the GUI tests), and a window
    of an earlier test did for a new one what its own filters missed, hiding a bug that a
    worker's only window had (four tables that Tab could not leave)."""
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    _collector_let_go(item)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Keep each phase's report on the test (its teardown asks whether it passed)."""
    report = yield
    setattr(item, f"casedesk_{call.when}_report", report)
    return report


def _collector_let_go(item: pytest.Item) -> None:
    """No hold of the cyclic collector outlives a test (``services.gc_pause``). A test
    that failed half way through reading a case keeps the reading's steps alive in its
    traceback, and with them their hold: every later test would run with the collector
    off, and those that check it fail too, hiding which one failed first. The holds are
    let go; a test that passed and left one is a leak, and errs."""
    from casedesk.services import gc_pause

    if not gc_pause._holds:
        return
    while gc_pause._holds:
        gc_pause.release()
    called = getattr(item, "casedesk_call_report", None)
    if called is not None and called.passed:
        raise AssertionError("the test left the cyclic garbage collector held off")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    """Point config, data, cache, log, temp and documents folders under tmp_path for
    every test."""
    folders = {}
    for kind in ("config", "data", "cache", "log", "tmp"):
        folder = tmp_path / f"_{kind}"
        folder.mkdir()
        folders[kind] = folder
    for kind in ("config", "data", "cache", "log"):
        monkeypatch.setenv(f"CASEDESK_{kind.upper()}_DIR", str(folders[kind]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folders["config"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(folders["data"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folders["cache"]))
    monkeypatch.setenv("TMPDIR", str(folders["tmp"]))
    # Where case files live by default (Documents/CaseDesk): never the real Documents.
    documents = tmp_path / "_documents"
    documents.mkdir()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    monkeypatch.setattr(tempfile, "tempdir", str(folders["tmp"]))
    yield folders


@pytest.fixture
def count_whole_reads(monkeypatch: pytest.MonkeyPatch) -> Callable[[], list[str]]:
    """Called, it counts the whole reads of a case from its file from then on (each
    case's id): what a kept or read-ahead record spares
    (``storage.loading.load_case_record``)."""
    from casedesk.storage import loading

    def start() -> list[str]:
        read: list[str] = []
        load = loading.load_case_record

        def counted(connection: Any, case_id: str, with_entries: bool = True) -> Any:
            read.append(case_id)
            return load(connection, case_id, with_entries)

        monkeypatch.setattr(loading, "load_case_record", counted)
        return read

    return start


@pytest.fixture
def no_modal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Patch modal dialogs so a test never blocks; record what would have been shown."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    shown: list[str] = []

    def fake_exec(self: QDialog) -> int:
        shown.append(self.windowTitle())
        return int(QDialog.DialogCode.Rejected)

    def fake_box(_parent: object, title: str, text: str, *args: object, **kw: object) -> object:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake_box))
    return shown


# The day the oversight and sign-off tests set their case files' clocks to.
CLOCKS_DAY = datetime(2026, 11, 30, 12, tzinfo=UTC)


class _OnTheClocksDay(datetime):
    """``datetime`` whose ``now`` is always ``CLOCKS_DAY``."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _OnTheClocksDay:
        return cls.fromtimestamp(CLOCKS_DAY.timestamp(), tz)


@pytest.fixture
def audit_on_the_clocks_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The audit trail's entries dated on ``CLOCKS_DAY``, the day these tests set their
    case files' clocks to. A sign-off refuses a computer date more than a day before the
    file's last change (read from the trail), and the trail is dated by the real clock: so
    from 2 December 2026 every test signing off on a clock of 30 November failed."""
    from casedesk.storage import audit  # (after the environment above is set)

    monkeypatch.setattr(audit, "datetime", _OnTheClocksDay)
