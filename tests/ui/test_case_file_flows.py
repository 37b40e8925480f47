"""New, open, lock and unlock in the GUI, driven as a user would (dialogs patched)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from casedesk.domain.errors import DamagedCaseFileError
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.new_case_file import NewCaseFileDialog
from casedesk.ui.dialogs.recovery_key import RecoveryKeyDialog
from casedesk.ui.dialogs.unlock import UnlockDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings

PASSPHRASE = "kettle mango violin harbour"


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=3, cases=4, entries=40))
    return path


def answer_unlock(monkeypatch: pytest.MonkeyPatch, *secrets: str) -> list[str]:
    """Make UnlockDialog.exec type each secret in turn; record the errors it showed."""
    errors: list[str] = []

    def fake_exec(dialog: UnlockDialog) -> int:
        for secret in secrets:
            dialog.secret.setText(secret)
            dialog.unlock_button.click()
            if dialog.result() == QDialog.DialogCode.Accepted:
                return int(QDialog.DialogCode.Accepted)
            errors.append(dialog.error.text())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(UnlockDialog, "exec", fake_exec)
    return errors


def test_open_shows_the_cases_and_a_wrong_passphrase_is_said_inline(
    gui: tuple[MainWindow, Controller], case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    errors = answer_unlock(monkeypatch, "wrong passphrase", PASSPHRASE)
    assert controller.open_case_file(case_path)
    assert errors == [
        "The passphrase is not right. Check Caps Lock and the keyboard layout, then try "
        "again; if it is lost, use the recovery key."
    ]
    assert window.pages.currentWidget() is window.case_page
    assert window.case_page.model.rowCount() == 4
    assert window.lock_action.isEnabled() and window.users_action.isEnabled()
    assert "Sam Worker" in window.case_status.text()
    assert window.settings.recent_files() == [case_path.resolve()]


def test_lock_clears_the_screen_and_clipboard_and_unlock_returns(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    window, controller = gui
    answer_unlock(monkeypatch, PASSPHRASE)
    controller.open_case_file(case_path)
    window.case_page.table.selectRow(2)
    QApplication.clipboard().setText("DEMO-0003 case text")
    controller._copied_text = "DEMO-0003 case text"

    seen_while_locked: dict[str, object] = {}

    def unlock_dialog(dialog: UnlockDialog) -> int:
        seen_while_locked["rows"] = window.case_page.model.rowCount()
        seen_while_locked["clipboard"] = QApplication.clipboard().text()
        seen_while_locked["open"] = controller.case_file
        seen_while_locked["title"] = dialog.windowTitle()
        dialog.secret.setText(PASSPHRASE)
        dialog.unlock_button.click()
        return int(dialog.result())

    monkeypatch.setattr(UnlockDialog, "exec", unlock_dialog)
    window.lock_action.trigger()
    assert seen_while_locked == {
        "rows": 0,
        "clipboard": "",
        "open": None,
        "title": "Unlock case file",
    }
    assert window.case_page.model.rowCount() == 4
    assert window.case_page.table.currentIndex().row() == 2


def test_locking_hides_an_open_dialog_and_unlocking_brings_it_back_as_it_was(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from casedesk.ui.dialogs.entry import EntryDialog

    window, controller = gui
    answer_unlock(monkeypatch, PASSPHRASE)
    controller.open_case_file(case_path)
    controller.show_case("DEMO-0001")
    record = window.case_view.record
    assert record is not None
    typing = EntryDialog(record, "Sam Worker", date(2026, 1, 5), parent=window)
    typing.description.setPlainText("Mother said the bruise came from the cot (half typed")
    typing.show()
    shown_while_locked: list[bool] = []

    def unlock(dialog: UnlockDialog) -> int:
        shown_while_locked.append(typing.isVisible())
        dialog.secret.setText(PASSPHRASE)
        dialog.unlock_button.click()
        return int(dialog.result())

    monkeypatch.setattr(UnlockDialog, "exec", unlock)
    window.lock_action.trigger()
    assert shown_while_locked == [False], "nothing typed is on screen behind the prompt"
    assert typing.isVisible()
    assert typing.description.toPlainText().endswith("(half typed")

    def stay_locked(dialog: UnlockDialog) -> int:
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(UnlockDialog, "exec", stay_locked)
    window.lock_action.trigger()
    assert not typing.isVisible() and typing.result() == QDialog.DialogCode.Rejected


def test_cancelling_unlock_leaves_the_file_closed(
    gui: tuple[MainWindow, Controller], case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    answer_unlock(monkeypatch, PASSPHRASE)
    controller.open_case_file(case_path)
    answer_unlock(monkeypatch)  # the user presses Cancel
    controller.lock()
    assert controller.case_file is None
    # The lock screen stays, naming the file, with Unlock and Close file.
    assert window.pages.currentWidget() is controller.lock_screen
    assert window.case_page.model.rowCount() == 0


def test_idle_timeout_locks_and_input_postpones_it(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """The real wiring: the idle watcher's timeout runs the controller's own lock, which
    closes the file, clears the screen and asks for the passphrase."""
    window, controller = gui
    answer_unlock(monkeypatch, PASSPHRASE)
    controller.open_case_file(case_path)
    controller.show_case("DEMO-0001")
    # Untimed: input restarts the countdown (its remaining time goes back up), and the
    # countdown's end runs the lock. A busy machine cannot make either fail.
    controller.idle.timer.setInterval(600_000)
    # Precise, so its remaining time is read to the millisecond (a coarse one rounds).
    controller.idle.timer.setTimerType(Qt.TimerType.PreciseTimer)
    controller.idle.start()
    asked: list[tuple[bool, bool]] = []

    def still_locked(dialog: UnlockDialog) -> int:
        # What the screen holds while the unlock prompt is up: no open file, no case.
        asked.append((controller.case_file is None, window.case_view.record is None))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(UnlockDialog, "exec", still_locked)
    qtbot.waitUntil(lambda: controller.idle.timer.remainingTime() < 600_000 - 20)
    before = controller.idle.timer.remainingTime()
    QApplication.sendEvent(
        window,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    assert controller.idle.timer.remainingTime() > before, "input postpones the lock"
    assert asked == [], "input keeps the file open"
    assert controller.case_file is not None
    controller.idle.timer.timeout.emit()  # the countdown runs out
    qtbot.waitUntil(lambda: asked == [(True, True)], timeout=3000)
    assert controller.locked_path == case_path
    assert "is locked" in window.case_status.text()


def test_new_case_file_refuses_weak_passphrases_then_shows_the_recovery_key(
    gui: tuple[MainWindow, Controller], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    monkeypatch.setattr("casedesk.services.case_file.CALIBRATED", FLOOR)
    shown: dict[str, object] = {}

    def fill_new(dialog: NewCaseFileDialog) -> int:
        dialog.location.setText(str(tmp_path / "mine"))
        dialog.owner.setText("Sam Worker")
        dialog.fields.passphrase.setText("password123")
        dialog.fields.confirmation.setText("password123")
        shown["weak_enabled"] = dialog.create_button.isEnabled()
        shown["weak_advice"] = dialog.fields.meter.label.text()
        dialog.fields.passphrase.setText(PASSPHRASE)
        dialog.fields.confirmation.setText(PASSPHRASE + "x")
        shown["mismatch_enabled"] = dialog.create_button.isEnabled()
        dialog.fields.confirmation.setText(PASSPHRASE)
        shown["strong_enabled"] = dialog.create_button.isEnabled()
        dialog.create_button.click()
        return int(dialog.result())

    def confirm_recovery(dialog: RecoveryKeyDialog) -> int:
        shown["finish_before"] = dialog.finish.isEnabled()
        rejected: list[bool] = []
        dialog.rejected.connect(lambda: rejected.append(True))
        dialog.reject()  # Escape must not skip the recovery key
        shown["escape_skipped"] = bool(rejected)
        dialog.kept.setChecked(True)
        dialog.last_group.setText(dialog._key.rsplit("-", 1)[-1].lower())
        shown["finish_after"] = dialog.finish.isEnabled()
        shown["key"] = dialog._key
        dialog.finish.click()
        return int(dialog.result())

    monkeypatch.setattr(NewCaseFileDialog, "exec", fill_new)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", confirm_recovery)
    controller.new_case_file()
    assert shown["weak_enabled"] is False and "common password" in str(shown["weak_advice"])
    assert shown["mismatch_enabled"] is False and shown["strong_enabled"] is True
    assert shown["finish_before"] is False and shown["finish_after"] is True
    assert shown["escape_skipped"] is False
    assert controller.case_file is not None
    assert controller.case_file.path == tmp_path / "mine.casedesk"
    assert window.pages.currentWidget() is window.case_page
    controller.close_case_file()
    with CaseFile.open(tmp_path / "mine.casedesk", str(shown["key"])) as reopened:
        assert reopened.role == "recovery"


def test_users_dialog_lists_every_key(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    from casedesk.ui.dialogs.users import UsersDialog

    _window, controller = gui
    answer_unlock(monkeypatch, PASSPHRASE)
    controller.open_case_file(case_path)
    assert controller.case_file is not None
    dialog = UsersDialog(controller.case_file)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert names == ["Sam Worker", "Recovery key"]
    assert dialog.add_button.isEnabled()


def test_a_large_file_opens_at_once_and_damage_found_later_closes_it(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    no_modal: list[str],
) -> None:
    window, controller = gui
    monkeypatch.setattr("casedesk.ui.controller.should_defer_page_check", lambda _p: True)
    # A page opening never reads: the root of the search index's data (read by a search).
    _damage_root_page(case_path, "chronology_fts_data")
    answer_unlock(monkeypatch, PASSPHRASE)
    assert controller.open_case_file(case_path), "the damaged page is not read on open"
    qtbot.waitUntil(lambda: controller.case_file is None, timeout=5000)
    assert window.pages.currentWidget() is window.start_page
    assert any("fail their integrity check" in text for text in no_modal)


def _damage_root_page(case_path: Path, table: str) -> bytes:
    """Flip one bit of the first page of ``table`` in the file, as damage on a disk
    would; the file's bytes as they then are."""
    with CaseFile.open(case_path, PASSPHRASE) as case_file, case_file._store.connect() as c:
        page = c.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).scalar_one()
    db = case_path / "case.db"
    data = bytearray(db.read_bytes())
    data[(page - 1) * 4096 + 500] ^= 1
    db.write_bytes(bytes(data))
    return bytes(data)


def test_damage_first_met_by_a_search_closes_the_file_then(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    no_modal: list[str],
) -> None:
    """A large file is used before its background page check has reached every page. A
    search that meets a damaged page of the search index says so in the file's sentence,
    and the file is closed then (back at the start page, its lock given up), as the page
    check would close it: not left open to say it again at each use until the check
    ends."""
    window, controller = gui
    monkeypatch.setattr("casedesk.ui.controller.should_defer_page_check", lambda _p: True)
    # The page check has not reached the damaged page yet.
    monkeypatch.setattr(Controller, "_check_pages_in_background", lambda _self, _file: None)
    _damage_root_page(case_path, "chronology_fts_data")
    answer_unlock(monkeypatch, PASSPHRASE)
    assert controller.open_case_file(case_path)
    reference = controller.case_file.case_references()[0]  # type: ignore[union-attr]
    controller.show_case(reference)
    view = window.case_view.chronology
    with qtbot.capture_exceptions() as raised:  # the app says these in a warning
        qtbot.keyClicks(view.search, "v")
    assert [type(error) for _kind, error, _trace in raised] == [DamagedCaseFileError]
    qtbot.waitUntil(lambda: controller.case_file is None)
    assert window.pages.currentWidget() is window.start_page
    said = [text for text in no_modal if text.startswith("Case file damaged: ")]
    assert len(said) == 1 and "a part of it just read fails its integrity check" in said[0]
    assert not (case_path / "lock").exists() or (case_path / "lock").read_bytes() == b""


def test_a_large_file_damaged_where_its_case_list_reads_is_refused_in_one_sentence(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large file opens before its pages are checked, so listing its cases is the first
    read of a damaged page: the unlock dialog says so, and the file is left closed and as
    it was."""
    window, controller = gui
    monkeypatch.setattr("casedesk.ui.controller.should_defer_page_check", lambda _p: True)
    damaged = _damage_root_page(case_path, "cases")
    errors = answer_unlock(monkeypatch, PASSPHRASE)
    assert not controller.open_case_file(case_path)
    assert len(errors) == 1
    assert errors[0].startswith("The case file's database is damaged: a part of it just read ")
    assert errors[0].endswith("Restore it from a backup.")
    assert controller.case_file is None
    assert window.pages.currentWidget() is window.start_page
    assert (case_path / "case.db").read_bytes() == damaged
    assert not (case_path / "lock").exists() or (case_path / "lock").read_bytes() == b""


def test_a_disk_that_cannot_be_read_as_the_file_unlocks_is_said_and_the_file_let_go(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The USB stick is pulled as the file unlocks: listing its cases cannot be read. The
    unlock dialog says so, and the file is closed again, its lock given up: unlocking it
    once the stick is back opens it (not "already open by" the worker themselves)."""
    import sqlcipher3

    from casedesk.storage.snapshot import Snapshot

    window, controller = gui
    listing = Snapshot.case_summaries

    def pulled(*_args: object, **_kwargs: object) -> object:
        raise sqlcipher3.OperationalError("disk I/O error")  # what SQLite says then

    monkeypatch.setattr(Snapshot, "case_summaries", pulled)
    errors = answer_unlock(monkeypatch, PASSPHRASE)
    assert not controller.open_case_file(case_path)
    assert len(errors) == 1 and errors[0].startswith("The disk holding ")
    assert "could not be read" in errors[0]
    assert controller.case_file is None
    monkeypatch.setattr(Snapshot, "case_summaries", listing)
    errors = answer_unlock(monkeypatch, PASSPHRASE)
    assert controller.open_case_file(case_path), errors
    assert window.case_page.model.rowCount() == 4


def test_preferences_change_the_idle_timeout(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    from casedesk.ui.dialogs.preferences import PreferencesDialog

    window, controller = gui
    assert controller.idle.timer.interval() == 10 * 60_000  # the default

    def choose_three(dialog: PreferencesDialog) -> int:
        dialog.idle_minutes.setValue(3)
        dialog._save()
        return int(dialog.result())

    monkeypatch.setattr(PreferencesDialog, "exec", choose_three)
    window.preferences_action.trigger()
    assert controller.idle.timer.interval() == 3 * 60_000
    assert UiSettings().idle_lock_minutes() == 3


def test_settings_hold_no_case_content_after_a_session(
    gui: tuple[MainWindow, Controller],
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    isolated_dirs: dict[str, Path],
) -> None:
    window, controller = gui
    answer_unlock(monkeypatch, PASSPHRASE)
    controller.open_case_file(case_path)
    window.case_page.table.selectRow(1)
    answer_unlock(monkeypatch, PASSPHRASE)
    controller.lock()
    controller.close_case_file()
    window.close()
    window.settings.sync()
    text = b"".join(p.read_bytes() for p in isolated_dirs["config"].rglob("*") if p.is_file())
    assert str(case_path.resolve()).encode() in text, "the recent list holds the path"
    for content in (b"DEMO-000", b"FICTIONAL", b"Demo Worker", b"Sam Worker"):
        assert content not in text
    assert window.settings.path.stat().st_mode & 0o777 == 0o600, "readable by its owner only"
