"""The first run, as a new user meets it: the welcome page, the case-file folder, the first
case file with its recovery key, and the demo marked as a demo wherever it shows."""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

import casedesk
from casedesk.domain.demonstration import DEMO_MARK, DEMO_PASSPHRASE
from casedesk.services import demo as demo_module
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.chronology_csv import export_csv
from casedesk.services.demo import DEMO_FILE_NAME
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.new_case_file import NewCaseFileDialog
from casedesk.ui.dialogs.recovery_key import RecoveryKeyDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings
from casedesk.ui.widgets.welcome_page import WHAT_A_CASE_FILE_IS, WelcomePanel

PASSPHRASE = "kettle mango violin harbour"
REAL_CREATE_DEMO = demo_module.create_demo


@pytest.fixture
def gui(qtbot: QtBot) -> Iterator[tuple[MainWindow, Controller]]:
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    controller = Controller(window)
    yield window, controller
    controller.close_case_file()


def welcome_of(window: MainWindow) -> WelcomePanel:
    welcome = window.start_page.welcome
    assert welcome is not None, "the first run shows the welcome page"
    assert window.start_page.pages.currentWidget() is not window.start_page.usual
    return welcome


def test_the_welcome_page_says_what_a_case_file_is_and_suggests_documents(
    gui: tuple[MainWindow, Controller], isolated_dirs: dict[str, Path], tmp_path: Path
) -> None:
    window, _ = gui
    welcome = welcome_of(window)
    words = " ".join(label.text() for label in welcome.findChildren(type(window.case_status)))
    assert "A case file is one encrypted folder" in words
    assert "Only your passphrase, or the recovery key" in words
    assert "nobody can open it again" in words and "not CaseDesk's makers" in words
    assert len(re.findall(r"[.!?](?:\s|$)", WHAT_A_CASE_FILE_IS)) == 3, "three sentences"
    # The usual start page says the same: one case file for all the cases.
    usual = " ".join(label.text() for label in window.start_page.usual.findChildren(QLabel))
    assert "One encrypted case file holds all your cases" in usual
    assert welcome.chosen() == tmp_path / "_documents" / "CaseDesk"
    assert welcome.create_button.isEnabled() and welcome.demo_button.isEnabled()
    assert not welcome.problem.isVisibleTo(welcome)


def test_the_first_case_file_is_made_in_the_folder_chosen_with_its_recovery_key(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window, controller = gui
    folder = tmp_path / "My case files"
    seen: dict[str, object] = {}

    def fill_new(dialog: NewCaseFileDialog) -> int:
        seen["offered"] = dialog.location.text()
        dialog.owner.setText("Sam Worker")
        dialog.fields.passphrase.setText(PASSPHRASE)
        dialog.fields.confirmation.setText(PASSPHRASE)
        dialog.create_button.click()
        return int(dialog.result())

    def keep_key(dialog: RecoveryKeyDialog) -> int:
        seen["recovery step"] = True
        dialog.kept.setChecked(True)
        dialog.last_group.setText(dialog._key.rsplit("-", 1)[-1].lower())
        dialog.finish.click()
        return int(dialog.result())

    monkeypatch.setattr(NewCaseFileDialog, "exec", fill_new)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", keep_key)
    welcome = welcome_of(window)
    welcome.folder.setText(str(folder))
    welcome.create_button.click()

    assert seen["offered"] == str(folder / "My cases.casedesk")
    assert seen["recovery step"] is True
    assert (folder / "My cases.casedesk").is_dir()
    assert controller.case_file is not None and not controller.case_file.is_demo()
    assert "DEMONSTRATION" not in window.windowTitle()
    assert window.settings.case_file_folder() == folder
    controller.close_case_file()
    assert window.start_page.pages.currentWidget() is window.start_page.usual, (
        "once a case file is made, the usual start page"
    )
    # New and Open start in the folder chosen, in a later run too.
    assert UiSettings().case_file_folder() == folder
    opened_in: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda _parent, _title, start: opened_in.append(start) or ""),
    )
    window.open_action.trigger()
    assert opened_in == [str(folder)]


def test_a_new_case_file_starts_with_the_region_chosen_in_preferences(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window, controller = gui
    window.settings.set_default_region("Wales")

    def fill_new(dialog: NewCaseFileDialog) -> int:
        dialog.location.setText(str(tmp_path / "wales.casedesk"))
        dialog.fields.passphrase.setText(PASSPHRASE)
        dialog.fields.confirmation.setText(PASSPHRASE)
        dialog.create_button.click()
        return int(dialog.result())

    monkeypatch.setattr(NewCaseFileDialog, "exec", fill_new)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda _d: int(QDialog.DialogCode.Accepted))
    controller.new_case_file()
    assert controller.case_file is not None
    assert controller.case_file.timescales().settings.region == "Wales"


@pytest.mark.parametrize("where", ["package", "frozen bundle"])
def test_a_folder_inside_the_application_is_refused_in_one_sentence(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    where: str,
) -> None:
    window, _ = gui
    if where == "package":
        inside = Path(casedesk.__file__).parent / "cases"
    else:
        bundle = tmp_path / "CaseDesk-app"
        bundle.mkdir()
        monkeypatch.setattr(sys, "frozen", True, raising=False)
        monkeypatch.setattr(sys, "executable", str(bundle / "casedesk"))
        inside = bundle / "_internal" / "cases"
    welcome = welcome_of(window)
    welcome.folder.setText(str(inside))
    assert welcome.problem.isVisibleTo(welcome)
    assert "inside CaseDesk's own program folder" in welcome.problem.text()
    assert welcome.problem.text().count(".") <= 2  # one sentence (a path may hold a dot)
    assert not welcome.create_button.isEnabled() and not welcome.demo_button.isEnabled()
    assert not inside.exists()


def test_a_folder_name_too_long_for_the_disk_is_said_and_nothing_is_made(
    gui: tuple[MainWindow, Controller], tmp_path: Path
) -> None:
    window, controller = gui
    welcome = welcome_of(window)
    too_long = tmp_path / ("c" * 300) / "cases"
    welcome.folder.setText(str(too_long))
    assert welcome.problem.isVisibleTo(welcome)
    assert welcome.problem.text() == f"The name {too_long} is too long for this disk."
    assert not welcome.create_button.isEnabled() and not welcome.demo_button.isEnabled()
    # Asked for all the same (the button's signal), the folder is refused in words.
    controller.start_first_case_file(too_long)
    controller.try_demo(too_long)
    assert "is too long for this disk" in welcome.problem.text()
    assert controller.case_file is None
    assert window.settings.case_file_folder() != too_long
    # A usable folder typed next gives the buttons back.
    welcome.folder.setText(str(tmp_path / "cases"))
    assert not welcome.problem.isVisibleTo(welcome)
    assert welcome.create_button.isEnabled() and welcome.demo_button.isEnabled()


def test_a_folder_that_cannot_be_written_is_said_when_tried_and_nothing_is_kept(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, controller = gui
    welcome = welcome_of(window)
    welcome.folder.setText("/proc/casedesk-cases")  # no one can make a folder here
    welcome.create_button.click()
    assert "cannot save files in /proc/casedesk-cases" in welcome.problem.text()
    assert controller.case_file is None
    assert window.settings.case_file_folder() != Path("/proc/casedesk-cases")


def test_the_demo_is_made_opened_and_marked_as_a_demo_everywhere(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
    no_modal: list[str],
    tmp_path: Path,
) -> None:
    window, controller = gui
    # Only the key derivation is made quick: the demo is the one the button makes.
    made: list[Path] = []

    def quick_demo(path: Path) -> object:
        made.append(path)
        return REAL_CREATE_DEMO(path, kdf=FLOOR)

    monkeypatch.setattr(demo_module, "create_demo", quick_demo)
    folder = tmp_path / "Cases"
    welcome = welcome_of(window)
    welcome.folder.setText(str(folder))
    welcome.demo_button.click()

    demo = folder / DEMO_FILE_NAME
    assert demo.is_dir()
    assert controller.case_file is not None and controller.case_file.is_demo()
    assert any(DEMO_PASSPHRASE in shown for shown in no_modal), "its passphrase is said"
    # The title bar and the case list say it, in words.
    assert "DEMONSTRATION (fictional people)" in window.windowTitle()
    banner = window.case_page.demo_banner
    assert banner.isVisibleTo(window.case_page) and DEMO_MARK in banner.text()
    reference = controller.case_file.case_references()[0]
    controller.show_case(reference)
    assert "DEMONSTRATION" in window.windowTitle() and reference in window.windowTitle()

    # The genogram the worker exports carries the mark.
    picture = tmp_path / "genogram.svg"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(picture), ""))
    )
    window.case_view.tabs.setCurrentWidget(window.case_view.genogram)
    controller.export_diagram("genogram")
    assert DEMO_MARK in picture.read_text(encoding="utf-8")
    # So does the chronology export.
    chronology = tmp_path / "chronology.csv"
    export_csv(controller.case_file, reference, chronology)
    with chronology.open(encoding="utf-8", newline="") as rows:
        assert next(csv.reader(rows)) == [f"# {DEMO_MARK}"]

    # A file of one's own is not a demo: the marks go with the demo.
    controller.close_case_file()
    assert "DEMONSTRATION" not in window.windowTitle()
    assert not window.case_page.demo_banner.isVisibleTo(window.case_page)
    own, _ = CaseFile.create(tmp_path / "own.casedesk", PASSPHRASE, "Sam", kdf=FLOOR)
    own.close()
    with CaseFile.open(tmp_path / "own.casedesk", PASSPHRASE) as opened:
        assert not opened.is_demo()

    # Trying the demo again opens the same file: no second one is made.
    controller.try_demo(folder)
    assert controller.case_file is not None and controller.case_file.path == demo
    assert made == [demo]


def test_the_welcome_page_stays_after_the_demo_until_a_case_file_of_ones_own(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
    no_modal: list[str],
    tmp_path: Path,
) -> None:
    window, controller = gui
    monkeypatch.setattr(demo_module, "create_demo", lambda path: REAL_CREATE_DEMO(path, kdf=FLOOR))
    folder = tmp_path / "Cases"
    welcome = welcome_of(window)
    welcome.folder.setText(str(folder))
    welcome.demo_button.click()
    assert controller.case_file is not None and controller.case_file.is_demo()
    controller.close_case_file()
    assert welcome_of(window) is welcome, "trying the demo is not making a case file"
    assert UiSettings().recent_files() == [folder / DEMO_FILE_NAME]  # it stays in the list
    assert UiSettings().first_run(), "the next run welcomes too"

    def fill_new(dialog: NewCaseFileDialog) -> int:
        dialog.owner.setText("Sam Worker")
        dialog.fields.passphrase.setText(PASSPHRASE)
        dialog.fields.confirmation.setText(PASSPHRASE)
        dialog.create_button.click()
        return int(dialog.result())

    monkeypatch.setattr(NewCaseFileDialog, "exec", fill_new)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda _d: int(QDialog.DialogCode.Accepted))
    welcome.create_button.click()
    assert controller.case_file is not None and not controller.case_file.is_demo()
    controller.close_case_file()
    assert window.start_page.pages.currentWidget() is window.start_page.usual
    assert not UiSettings().first_run()


def test_a_recent_file_from_an_earlier_version_is_not_a_first_run(tmp_path: Path) -> None:
    own, _ = CaseFile.create(tmp_path / "own.casedesk", PASSPHRASE, "Sam", kdf=FLOOR)
    own.close()
    settings = UiSettings()
    assert settings.first_run()
    settings.add_recent_file(tmp_path / "own.casedesk")  # as earlier versions kept it
    assert not settings.first_run()


@pytest.mark.parametrize("typed", ["w0r1", "WOR1", "W0RI", "wOrl", "W0 R1", " w0-r1 "])
def test_the_recovery_key_is_confirmed_as_written_down(qtbot: QtBot, typed: str) -> None:
    # Opening a file reads O as 0, I or L as 1, and ignores case, spaces and dashes: the
    # confirmation reads what the person wrote down the same way.
    dialog = RecoveryKeyDialog("K7QM-2XWA-BCDE-FGHJ-KMNP-QRST-VXYZ-W0R1", "My cases")
    qtbot.addWidget(dialog)
    assert not dialog.finish.isEnabled()
    assert dialog.waiting_for.text() == "Tick the box once the key is written down or printed."
    dialog.kept.setChecked(True)
    assert dialog.waiting_for.text() == "Type the last group of the key to finish."
    qtbot.keyClicks(dialog.last_group, typed)
    assert dialog.finish.isEnabled()
    assert dialog.waiting_for.text() == ""


def test_a_wrong_last_group_keeps_finish_off_and_says_why(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog("K7QM-2XWA-BCDE-FGHJ-KMNP-QRST-VXYZ-W0R1", "My cases")
    qtbot.addWidget(dialog)
    dialog.kept.setChecked(True)
    qtbot.keyClicks(dialog.last_group, "W0R2")
    assert not dialog.finish.isEnabled()
    assert "not the last group" in dialog.waiting_for.text()


def test_a_new_case_file_with_no_cases_offers_the_first_case(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from casedesk.ui.dialogs.new_case import NewCaseDialog

    window, controller = gui
    path = tmp_path / "mine.casedesk"
    made, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    made.close()
    controller._opened(CaseFile.open(path, PASSPHRASE))
    page = window.case_page
    assert page.no_cases.isVisibleTo(page) and "no cases yet" in page.no_cases_text.text()
    assert not page.table.isVisibleTo(page), "no column headings over nothing"
    assert page.new_case_button.isEnabled()

    def fill(dialog: NewCaseDialog) -> int:
        dialog.reference.setText("FIRST-1")
        dialog.concern.setPlainText("School worried about bruising.")
        dialog.given.setText("Alex")
        dialog.family.setText("Example")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(NewCaseDialog, "exec", fill)
    page.new_case_button.click()
    assert window.pages.currentWidget() is window.case_view
    assert "FIRST-1" in window.case_view.title.text()
    window.show_case_list()
    assert not page.no_cases.isVisibleTo(page)
    assert page.table.isVisibleTo(page) and page.model.rowCount() == 1


def test_cancel_in_new_case_file_keeps_the_folder_unchanged(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window, controller = gui
    before = window.settings.case_file_folder()
    offered: list[str] = []

    def cancel(dialog: NewCaseFileDialog) -> int:
        offered.append(dialog.location.text())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(NewCaseFileDialog, "exec", cancel)
    welcome = welcome_of(window)
    welcome.folder.setText(str(tmp_path / "Elsewhere"))
    welcome.create_button.click()
    assert offered == [str(tmp_path / "Elsewhere" / "My cases.casedesk")]
    assert controller.case_file is None
    assert UiSettings().case_file_folder() == before, "Cancel keeps nothing"
    assert welcome_of(window) is welcome
