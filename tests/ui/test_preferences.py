"""Edit > Preferences as a worker uses it, and the marker scan: after opening a case file,
recent files, preferences, verifying with a trusted certificate and locking, no name,
reference or other case content is in any of CaseDesk's own folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

import casedesk
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.preferences import PreferencesDialog
from casedesk.ui.dialogs.unlock import UnlockDialog
from casedesk.ui.dialogs.verify import VerifyDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings
from tests.storage.test_no_plaintext import MARKERS, fill_every_kind_of_record, leaks

PASSPHRASE = "kettle mango violin harbour"


@pytest.fixture
def gui(qtbot: QtBot) -> Iterator[tuple[MainWindow, Controller]]:
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    controller = Controller(window)
    yield window, controller
    controller.close_case_file()


@pytest.fixture
def marked_file(tmp_path: Path) -> Path:
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        fill_every_kind_of_record(case_file)
    return path


def unlock_with(monkeypatch: pytest.MonkeyPatch, secret: str) -> None:
    def fake_exec(dialog: UnlockDialog) -> int:
        dialog.secret.setText(secret)
        dialog.unlock_button.click()
        return int(dialog.result())

    monkeypatch.setattr(UnlockDialog, "exec", fake_exec)


def run_preferences(monkeypatch: pytest.MonkeyPatch, act: object) -> dict[str, object]:
    """Make Edit > Preferences run ``act(dialog)`` then press OK; return what it saw."""
    seen: dict[str, object] = {}

    def fake_exec(dialog: PreferencesDialog) -> int:
        act(dialog, seen)  # type: ignore[operator]
        dialog.findChild(type(dialog.tabs))  # the dialog is whole
        dialog._save()
        seen["error"] = dialog.error.text()
        return int(dialog.result())

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)
    return seen


def test_preferences_keep_the_idle_lock_folder_region_and_patterns(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window, controller = gui
    folder = tmp_path / "Case files"

    def act(dialog: PreferencesDialog, seen: dict[str, object]) -> None:
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        seen["signing"] = dialog.signing_page.details.text()
        dialog.idle_minutes.setValue(3)
        dialog.folder.setText(str(folder))
        region = dialog.region_page.region
        region.setCurrentIndex(region.findData("Northern Ireland"))
        dialog.pattern_fields["avoidance_count"].setValue(6)

    seen = run_preferences(monkeypatch, act)
    window.preferences_action.trigger()
    assert seen["error"] == ""
    assert seen["tabs"] == [
        "&General",
        "&Region",
        "&Signing",
        "&Trusted certificates",
        "Chronology &patterns",
    ]
    assert "Open a case file" in str(seen["signing"])
    kept = UiSettings()
    assert kept.idle_lock_minutes() == 3
    assert controller.idle.timer.interval() == 3 * 60_000
    assert kept.case_file_folder() == folder and folder.is_dir()
    assert kept.default_region() == "Northern Ireland"
    assert kept.pattern_thresholds().avoidance_count == 6


def test_a_folder_inside_the_program_is_refused_and_nothing_is_kept(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ = gui

    def act(dialog: PreferencesDialog, seen: dict[str, object]) -> None:
        dialog.idle_minutes.setValue(5)
        dialog.folder.setText(str(Path(casedesk.__file__).parent / "cases"))
        seen["as typed"] = dialog.error.text()

    seen = run_preferences(monkeypatch, act)
    window.preferences_action.trigger()
    assert "inside CaseDesk's own program folder" in str(seen["as typed"])
    assert "inside CaseDesk's own program folder" in str(seen["error"])
    assert UiSettings().idle_lock_minutes() == 10, "Cancel-like: nothing kept"


def test_a_folder_name_too_long_for_the_disk_is_said_and_ok_waits(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window, _ = gui
    too_long = tmp_path / ("c" * 300)

    def act(dialog: PreferencesDialog, seen: dict[str, object]) -> None:
        dialog.idle_minutes.setValue(5)
        dialog.folder.setText(str(too_long))
        seen["as typed"] = dialog.error.text()
        seen["ok enabled"] = dialog.ok_button.isEnabled()

    seen = run_preferences(monkeypatch, act)
    window.preferences_action.trigger()
    assert seen["as typed"] == f"The name {too_long} is too long for this disk."
    assert seen["ok enabled"] is False
    assert "is too long for this disk" in str(seen["error"])  # OK forced: refused in words
    kept = UiSettings()
    assert kept.idle_lock_minutes() == 10 and kept.case_file_folder() != too_long


def test_the_signing_page_shows_and_makes_the_users_certificate(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch, marked_file: Path
) -> None:
    window, controller = gui
    unlock_with(monkeypatch, PASSPHRASE)
    assert controller.open_case_file(marked_file)

    def act(dialog: PreferencesDialog, seen: dict[str, object]) -> None:
        page = dialog.signing_page
        seen["before"] = page.details.text()
        page.make.click()
        seen["after"] = page.details.text()
        seen["region"] = dialog.region_page.file_region.text()

    seen = run_preferences(monkeypatch, act)
    window.preferences_action.trigger()
    assert "has no certificate in this case file yet" in str(seen["before"])
    after = str(seen["after"])
    assert "Sam Worker" in after and "self-signed" in after and "Fingerprint" in after
    assert controller.case_file is not None
    from casedesk.services.sharing import signing_identity

    assert signing_identity(controller.case_file).fingerprint[:47] in after
    assert "work.casedesk counts deadlines by England" in str(seen["region"])


def test_no_case_content_reaches_settings_data_cache_or_logs(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
    marked_file: Path,
    tmp_path: Path,
    isolated_dirs: dict[str, Path],
) -> None:
    from casedesk.domain.redaction import SummaryChoices
    from casedesk.export.sharing import make_summary
    from casedesk.services.certificates import to_pem
    from casedesk.services.sharing import credentials

    window, controller = gui
    unlock_with(monkeypatch, PASSPHRASE)
    assert controller.open_case_file(marked_file)
    assert controller.case_file is not None
    reference = MARKERS["reference"]
    controller.show_case(reference)
    assert reference in window.windowTitle()  # the case is on screen

    # A signed summary of the case, and the worker's certificate, trusted in Preferences.
    summary = tmp_path / "summary.pdf"
    choices = SummaryChoices(recipient="Riverside Primary School", purpose="Conference")
    make_summary(controller.case_file, reference, choices, summary)
    cert = tmp_path / "worker.pem"
    cert.write_bytes(to_pem(credentials(controller.case_file).certificate))

    def act(dialog: PreferencesDialog, seen: dict[str, object]) -> None:
        dialog.trust_page.add_path(cert)
        dialog.signing_page.make.click()

    run_preferences(monkeypatch, act)
    window.preferences_action.trigger()
    assert [t.path for t in UiSettings().trusted_files()] == [cert]

    # File > Verify starts from the certificates trusted in Preferences.
    verdicts: list[str] = []

    def verify_exec(dialog: VerifyDialog) -> int:
        verdicts.append(str([dialog.trusted.paths()]))
        dialog.choose_pdf(summary)
        verdicts.append(dialog.verdict.sentence.text())
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(VerifyDialog, "exec", verify_exec)
    controller.close_case_file()  # verified as a recipient would: no case file open
    controller.verify_summary()
    assert verdicts[0] == str([[cert]])
    assert verdicts[1].startswith("Valid"), verdicts

    # Open again from the recent list, lock, unlock, close the window.
    assert window.settings.recent_files() == [marked_file.resolve()]
    window.recent_menu.actions()[0].trigger()
    controller.show_case(reference)
    controller.lock()
    assert controller.case_file is not None  # unlocked again (the dialog answered)
    controller.close_case_file()
    window.close()

    folders = list(isolated_dirs.values())
    assert window.settings.path.is_file()
    assert leaks(folders) == []
    # Sanity: the scan finds a marker that is there.
    probe = isolated_dirs["config"] / "probe.ini"
    probe.write_text(MARKERS["given"])
    assert leaks(folders) == [f"given in {probe}"]
