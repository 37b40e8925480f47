"""Carries out what the main window asks: new, open, lock, unlock, close, users, backup.

Holds the one open ``CaseFile``. Locking closes it (the key and every decrypted row are
dropped from the window's models), clears case text this app put on the clipboard, and
asks for the passphrase again; unlocking returns to the same case file and view.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.rule_packs import PackProblem
from casedesk.domain.wording import translate
from casedesk.services.app_dirs import app_dirs, login_name
from casedesk.services.case_file import CaseFile, should_defer_page_check, with_suffix
from casedesk.services.record_editor import RecordEditor
from casedesk.ui.after_paint import after_next_paint
from casedesk.ui.busy import Busy
from casedesk.ui.chronology_actions import ChronologyActions
from casedesk.ui.deadline_actions import DeadlineActions
from casedesk.ui.diagram_actions import DiagramActions
from casedesk.ui.first_run_actions import FirstRunActions
from casedesk.ui.health_actions import HealthActions
from casedesk.ui.help import help_topic
from casedesk.ui.idle import IdleWatcher
from casedesk.ui.main_window import MainWindow
from casedesk.ui.oversight_actions import OversightActions
from casedesk.ui.sharing_actions import SharingActions
from casedesk.ui.widgets.lock_screen import LockScreen


class Controller(
    QObject,
    ChronologyActions,
    DiagramActions,
    DeadlineActions,
    SharingActions,
    HealthActions,
    OversightActions,
    FirstRunActions,
):
    """The GUI's use of the services layer."""

    # Emitted from the background page check; delivered on the GUI thread.
    _page_check_failed = Signal(object, str)
    # A read or write met a damaged page (``CaseFile.when_damaged``): handled as a failed
    # page check, after the read that met it has ended (queued).
    _damage_met = Signal(object, str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.case_file: CaseFile | None = None
        self.editor: RecordEditor | None = None
        self.current_reference: str | None = None
        self._locked_reference: str | None = None
        self.locked_path: Path | None = None
        self._locked_read_only = False
        self._locked_row = -1
        self._locked_tab = -1
        # What the open file's rule pack could not use, said with the work tray's counts.
        self._rule_pack_problems: list[PackProblem] = []
        self._locked_dialogs: list[QWidget] = []
        # Shown in the main window while a file is locked (instead of the start page).
        self.lock_screen = LockScreen()
        window.pages.addWidget(self.lock_screen)
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.lock_screen.close_requested.connect(self.close_locked_file)
        self._copied_text: str | None = None
        self.idle = IdleWatcher(window.settings.idle_lock_minutes(), self)
        window.case_view.thresholds = window.settings.pattern_thresholds()
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        QApplication.clipboard().dataChanged.connect(self._note_clipboard)
        window.new_case_file_requested.connect(self.new_case_file)
        window.open_case_file_requested.connect(self.choose_and_open)
        window.recent_case_file_requested.connect(self.open_case_file)
        window.close_case_file_requested.connect(self.close_case_file)
        window.lock_requested.connect(self.lock)
        window.users_requested.connect(self.show_users)
        window.backup_requested.connect(self.back_up)
        window.check_requested.connect(self.check)
        window.preferences_requested.connect(self.edit_preferences)
        window.destroyed.connect(self._close_quietly)
        self._page_check_failed.connect(self._on_page_check_failed)
        self._damage_met.connect(self._on_page_check_failed, Qt.ConnectionType.QueuedConnection)
        window.case_chosen.connect(self.show_case)
        window.new_case_action.triggered.connect(self.new_case)
        window.undo_action.triggered.connect(self.undo)
        window.redo_action.triggered.connect(self.redo)
        self.connect_diagrams()
        self.connect_deadlines()
        self.connect_oversight()
        self.connect_sharing()
        self.connect_health()
        self.connect_first_run()
        window.case_view.back_requested.connect(self._left_case)
        window.case_view.add_person_requested.connect(self.add_person)
        window.case_view.edit_person_requested.connect(self.edit_person)
        window.case_view.history_requested.connect(self.show_history)
        window.case_view.record_attempt_requested.connect(self.record_attempt)
        window.case_view.add_concern_requested.connect(self.add_concern)
        window.case_view.add_relationship_requested.connect(self.add_relationship)
        window.case_view.edit_case_requested.connect(self.edit_case)
        window.case_view.merge_requested.connect(self.merge_people)
        window.case_view.chronology.add_entry_requested.connect(self.add_entry)
        window.case_view.chronology.edit_entry_requested.connect(self.edit_entry)
        window.case_view.chronology.import_csv_requested.connect(self.import_csv)
        window.case_view.chronology.add_category_requested.connect(self.add_category)
        window.case_view.chronology.history_requested.connect(self.show_entry_history)
        window.case_view.chronology.template_requested.connect(self.save_csv_template)
        window.add_entry_action.triggered.connect(self.add_entry)
        window.visit_action.triggered.connect(self.record_visit)
        window.case_view.record_visit_requested.connect(self.record_visit)
        window.case_view.decide_sharing_requested.connect(self.decide_sharing)
        window.case_view.record_share_requested.connect(self.record_share)
        window.case_view.actions_tab.add_requested.connect(self.add_action)
        window.case_view.actions_tab.done_requested.connect(self.complete_action)
        window.case_view.edit_place_requested.connect(self.edit_place)
        window.case_view.edit_professional_requested.connect(self.edit_professional)
        window.case_view.edit_relationship_requested.connect(self.edit_relationship)
        window.case_view.add_address_requested.connect(lambda: self.add_place(household=False))
        window.case_view.add_household_requested.connect(lambda: self.add_place(household=True))
        window.case_view.add_professional_requested.connect(self.add_professional)

    # -- creating and opening -------------------------------------------------------------

    def new_case_file(self, folder: Path | None = None) -> bool:
        """File > New Case File, then the recovery-key step; offered in ``folder`` (the
        folder chosen for case files, by default). True when a case file was made."""
        from casedesk.ui.dialogs.new_case_file import NewCaseFileDialog
        from casedesk.ui.dialogs.recovery_key import RecoveryKeyDialog

        recovery: list[str] = []

        def create(path: Path, owner: str, passphrase: str) -> str | None:
            self.close_case_file()
            try:
                with Busy():
                    case_file, key = CaseFile.create(with_suffix(path), passphrase, owner)
            except CaseDeskError as error:
                return str(error)
            self._start_region(case_file)
            self._opened(case_file)
            recovery.append(key)
            return None

        dialog = NewCaseFileDialog(create, folder or self._folder(), login_name(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and recovery and self.case_file:
            RecoveryKeyDialog(recovery[0], self.case_file.path.name, self.window).exec()
        return bool(recovery)

    def _folder(self) -> Path:
        """Where New and Open start: the case-file folder (made if need be), or home."""
        from casedesk.services.case_folder import prepare_case_file_folder

        try:
            return prepare_case_file_folder(self.window.settings.case_file_folder())
        except CaseDeskError:
            return Path.home()

    def _start_region(self, case_file: CaseFile) -> None:
        """A new case file counts deadlines by the region chosen in Preferences."""
        from casedesk.services.deadlines import TimescaleSettings

        region = self.window.settings.default_region()
        if region != case_file.timescales().settings.region:
            case_file.set_timescale_settings(
                TimescaleSettings(region),
                "the region chosen for new case files",  # i18n: stored in the file's history
            )

    def choose_and_open(self) -> None:
        """File > Open Case File: choose a case file (a folder ending .casedesk)."""
        path = QFileDialog.getExistingDirectory(
            self.window,
            translate("controller", "Open case file (a folder ending .casedesk)"),
            str(self._folder()),
        )
        if path:
            self.open_case_file(Path(path))

    def open_case_file(self, path: Path, locked: bool = False, list_later: bool = False) -> bool:
        """Ask for the passphrase and open ``path``; True if it opened. ``list_later``:
        the case list is left empty, for the caller to fill (``unlock``)."""
        from casedesk.ui.dialogs.unlock import UnlockDialog

        defer = should_defer_page_check(path)

        def attempt(secret: str, read_only: bool) -> str | None:
            try:
                with Busy():
                    case_file = CaseFile.open(
                        path, secret, read_only=read_only, defer_page_check=defer
                    )
            except CaseDeskError as error:
                return str(error)
            if not locked:
                self.close_case_file()
            try:
                self._opened(case_file, list_later)
            except CaseDeskError as error:
                # A large file opens before its pages are checked: the reads of opening
                # it (the case list) may be the first to find one damaged; or its disk
                # went. Said here, and the file closed again (its lock given up).
                self.close_case_file()
                case_file.close()
                return str(error)
            if defer:
                self._check_pages_in_background(case_file)
            return None

        dialog = UnlockDialog(path, attempt, locked=locked, parent=self.window)
        if locked:
            dialog.read_only.setChecked(self._locked_read_only)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _opened(self, case_file: CaseFile, list_later: bool = False) -> None:
        self.case_file = case_file
        # Damage first met by a use of the file (before its background page check has
        # reached that page) closes it, as the page check would: not a warning at each
        # use until then.
        case_file.when_damaged(lambda message: self._damage_met.emit(case_file, message))
        self.editor = RecordEditor(case_file)
        # The file's region's timescales, or the agency's own pack (a broken one: its last
        # good copy, and the problem said).
        loaded = case_file.timescales()
        self.window.case_view.timescales = loaded.timescales
        if not case_file.read_only and not case_file.deadlines_current():
            # After an upgrade, or a changed rule pack, region or closure days: every
            # case's deadlines are looked at once (what would move waits to be confirmed).
            try:
                with Busy():
                    self.editor.record_all_arising()
            except CaseDeskError as error:  # said, and the file opens all the same
                self.window.statusBar().showMessage(
                    translate("controller", "Deadlines not recorded: {error}").format(error=error),
                    15000,
                )
        self.locked_path = None
        self.window.settings.add_recent_file(case_file.path)
        if case_file.is_demo():
            self.window.settings.note_demo_opened(case_file.path)  # the welcome page stays
        else:
            self.window.settings.note_case_file_made()  # the welcome page has done its work
        self.idle.start()
        self._rule_pack_problems = loaded.problems
        if list_later:
            self.show_case_file(None)
        else:
            self.refresh()
            self._say_opened()

    def _say_opened(self) -> None:
        """The work tray's counts in the status bar, or why the rule pack was not used."""
        message = self.window.case_page.tray_summary.text()
        for problem in self._rule_pack_problems:
            message = translate("controller", "Rule pack not used: {problem}").format(
                problem=problem
            )
        self.window.statusBar().showMessage(message, 15000)

    def _check_pages_in_background(self, case_file: CaseFile) -> None:
        """Large files open at once; every page is then checked on another thread."""

        def work() -> None:
            try:
                case_file.verify_pages()
            except CaseDeskError as error:
                self._page_check_failed.emit(case_file, str(error))

        threading.Thread(target=work, name="casedesk-page-check", daemon=True).start()

    def _on_page_check_failed(self, case_file: object, message: str) -> None:
        if case_file is self.case_file:
            self.close_case_file()
            with help_topic(self.window, "damaged-file"):
                QMessageBox.critical(
                    self.window, translate("controller", "Case file damaged"), message
                )

    def close_case_file(self) -> None:
        """File > Close Case File."""
        self.idle.stop()
        self.stop_reading_ahead()
        self.forget_health()
        if self.case_file is not None:
            self.case_file.close()
            self.case_file = None
        self.editor = None
        self.current_reference = None
        self._clear_copied_text()
        self.window.show_no_case_file()

    def lock(self) -> None:
        """Ctrl+L or idle: close the database, clear the screen, ask to unlock."""
        if self.case_file is None:
            return
        path = self.case_file.path
        self._locked_read_only = self.case_file.read_only
        self._locked_row = self.window.case_page.table.currentIndex().row()
        self._locked_reference = self.current_reference
        self._locked_tab = self.window.case_view.tabs.currentIndex()
        # Every other window and dialog is hidden while locked (what was typed stays in
        # memory, never on screen) and comes back after unlock.
        self._locked_dialogs = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self.window and widget.isVisible()
        ]
        for widget in self._locked_dialogs:
            widget.hide()
        self.close_case_file()
        self.locked_path = path
        self.window.case_status.setText(
            translate("controller", "{file} is locked").format(file=path.name)
        )
        self.window.statusBar().clearMessage()  # "14 overdue." is the file's, too
        self.lock_screen.show_locked(path.name)
        self.window.pages.setCurrentWidget(self.lock_screen)
        if not self.unlock():
            # Still locked: a dialog of the closed file has nothing to save to.
            for widget in self._locked_dialogs:
                if isinstance(widget, QDialog):
                    widget.reject()
            self._locked_dialogs = []

    def unlock(self) -> bool:
        """The lock screen's Unlock: ask for the passphrase; back to the same case and tab.
        True if it opened."""
        path = self.locked_path
        if path is None:
            return False
        back_to = self._locked_reference
        # Back to a case: the worker sees it first, and the case list (every case read
        # for its counts: a third of a second for twenty 5,000-entry cases here, the
        # unlock's longest wait after the passphrase) is filled behind it once it is
        # painted.
        if not self.open_case_file(path, locked=True, list_later=bool(back_to)):
            return False
        if back_to:
            self.show_case(back_to)
        if self.current_reference == back_to and back_to:
            if self._locked_tab >= 0:
                self.window.case_view.tabs.setCurrentIndex(self._locked_tab)
            case_file = self.case_file
            after_next_paint(self.window, lambda: self._list_behind_the_case(case_file))
        else:
            if back_to:  # it could not be shown (said): the case list, as before
                self.refresh()
                self._say_opened()
            if self._locked_row >= 0:
                self.window.case_page.table.selectRow(self._locked_row)
        for widget in self._locked_dialogs:
            widget.show()
        self._locked_dialogs = []
        return True

    def _list_behind_the_case(self, case_file: CaseFile | None) -> None:
        """After unlocking back to a case, once it is painted: the case list behind it, the
        work tray and its counts (not if the file was locked or closed again first)."""
        if case_file is None or case_file is not self.case_file:
            return
        if self.window.case_page.model.rowCount():
            return  # the worker went back to the list first: it was read then
        try:
            self.fill_case_list_behind()
        except CaseDeskError as error:
            # A damaged page or a disk gone: said, and the file closed, as an unlock
            # that cannot list the cases leaves it.
            self.close_case_file()
            QMessageBox.warning(self.window, translate("controller", "Case list"), str(error))
            return
        self._say_opened()

    def close_locked_file(self) -> None:
        """The lock screen's Close file: forget the locked file, show the start page."""
        self.locked_path = None
        self._locked_reference = None
        self.window.show_no_case_file()

    def _note_clipboard(self) -> None:
        clipboard = QApplication.clipboard()
        if self.case_file is not None and (clipboard.ownsClipboard() or _app_active()):
            self._copied_text = clipboard.text()

    def _clear_copied_text(self) -> None:
        clipboard = QApplication.clipboard()
        if self._copied_text and clipboard.text() == self._copied_text:
            clipboard.clear()
        self._copied_text = None

    def _close_quietly(self) -> None:
        # The check and the read ahead under way end, and their holds of the collector
        # (the window's widgets are going, its timer with them).
        self._end_check()
        self.stop_reading_ahead()
        if self.case_file is not None:
            self.case_file.close()
            self.case_file = None

    # -- keys, backups, checks ----------------------------------------------------------------

    def show_users(self) -> None:
        """Case > Users & Keys."""
        from casedesk.ui.dialogs.users import UsersDialog

        if self.case_file is not None:
            UsersDialog(self.case_file, self.window).exec()

    def back_up(self) -> None:
        """File > Back Up: one encrypted file, openable with the same passphrase."""
        if self.case_file is None:
            return
        default = app_dirs().data / f"{self.case_file.path.stem}.cdbackup"
        with help_topic(self.window, "backup-and-restore"):
            target, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("controller", "Back up the case file to"),
                str(default),
                translate("controller", "CaseDesk backups (*.cdbackup)"),
            )
        if not target:
            return
        try:
            with Busy():
                self.case_file.backup(Path(target))
        except (CaseDeskError, OSError) as error:
            QMessageBox.warning(
                self.window,
                translate("controller", "Back up"),
                translate("controller", "The backup was not written: {error}").format(error=error),
            )
            return
        self.window.statusBar().showMessage(
            translate("controller", "Backed up to {file}").format(file=target), 8000
        )

    def edit_preferences(self) -> None:
        """Edit > Preferences; a new idle timeout applies at once."""
        from casedesk.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(
            self.window.settings,
            self.window,
            self.case_file,
            self.window.timescale_settings_action.trigger,
        )
        if dialog.exec():
            self.idle.timer.setInterval(self.window.settings.idle_lock_minutes() * 60_000)
            self.window.case_view.thresholds = self.window.settings.pattern_thresholds()
            self.check_every_case()  # new thresholds: every case's health check again
            if self.current_reference:
                self.show_case(self.current_reference)
            if self.case_file is not None:
                self.idle.start()

    def check(self) -> None:
        """File > Check Case File."""
        if self.case_file is None:
            return
        with Busy():
            report = self.case_file.check()
        lines = [f"✓ {f}" for f in report.findings] + [f"✗ {p}" for p in report.problems]
        verdict = (
            translate("controller", "All is well.")
            if report.ok
            else translate("controller", "Problems were found; restore from a backup.")
        )
        box = QMessageBox.information if report.ok else QMessageBox.warning
        with help_topic(self.window, "damaged-file"):
            box(
                self.window,
                translate("controller", "Check case file"),
                "\n".join([*lines, "", verdict]),
            )


def _app_active() -> bool:
    return QApplication.activeWindow() is not None
