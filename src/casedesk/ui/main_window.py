"""The main window: menus, the start page or the open case file, and a status bar.

The window only presents; what New, Open and Lock do is wired in ``casedesk.app`` and
arrives here through signals, so this module never touches a case file itself.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from casedesk.domain.demonstration import DEMO_TITLE, is_demo_reference
from casedesk.domain.wording import translate
from casedesk.services.resources import resource
from casedesk.ui import help as help_pages
from casedesk.ui.edit_actions import EditActions
from casedesk.ui.settings import UiSettings
from casedesk.ui.widgets.case_file_page import CaseFilePage
from casedesk.ui.widgets.case_view import CaseView
from casedesk.ui.widgets.start_page import StartPage

if TYPE_CHECKING:
    # Only for annotations: importing it loads the database stack, which start-up
    # should not wait for.
    from collections.abc import Mapping
    from datetime import date

    from casedesk.domain.case_record import CaseRecord
    from casedesk.domain.diagram import Point
    from casedesk.domain.ids import PersonId
    from casedesk.services.case_file import CaseSummaryRow

# Fits a 1024x700 screen with the window's frame and a task bar (a laptop's smallest).
DEFAULT_SIZE = (1000, 640)


class MainWindow(QMainWindow):
    """CaseDesk's one main window."""

    new_case_file_requested = Signal()
    open_case_file_requested = Signal()
    recent_case_file_requested = Signal(Path)
    close_case_file_requested = Signal()
    lock_requested = Signal()
    users_requested = Signal()
    backup_requested = Signal()
    check_requested = Signal()
    preferences_requested = Signal()
    case_chosen = Signal(str)
    first_painted = Signal()
    # Set while a file chooser or message of the window is open (ui.help.help_topic).
    help_topic: str | None = None

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._painted = False
        self.setWindowTitle("CaseDesk")
        self.setWindowIcon(QIcon(str(resource("icons/casedesk.svg"))))
        # F1 in a dialog (which blocks the window's own F1) opens the dialog's help; Qt's
        # own tool buttons (tab scroll arrows, a search box's clear button) get words; Tab
        # leaves every table. Watching before any page is made: a table polished while the
        # window is built (the case list, People, Sharing, Health) was missed when the
        # watcher came later, and Tab went from cell to cell in it instead of leaving.
        help_pages.HelpWatcher(self, self.shortcut_rows)

        self.start_page = StartPage()
        self.start_page.help_page = "open-and-lock"  # type: ignore[attr-defined]
        self.start_page.new_requested.connect(self.new_case_file_requested)
        self.start_page.open_requested.connect(self.open_case_file_requested)
        self.start_page.recent_chosen.connect(self.recent_case_file_requested)
        self.case_page = CaseFilePage()
        self.case_page.table.activated.connect(self._on_case_activated)
        self.case_page.tray.case_chosen.connect(self._on_tray_case_chosen)
        self.case_view = CaseView()
        self.case_view.back_requested.connect(self.show_case_list)
        self.case_view.chronology.set_newest_first(settings.chronology_newest_first())
        self.case_view.chronology.order_changed.connect(settings.set_chronology_newest_first)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.case_page)
        self.pages.addWidget(self.case_view)
        self.setCentralWidget(self.pages)

        self._build_actions()
        self._build_menus()
        # Copy, Find and Back act on what has the focus (ui/edit_actions.py).
        self.edit_actions = EditActions(self)
        self.case_status = QLabel()
        self.statusBar().addPermanentWidget(self.case_status)
        self.show_no_case_file()
        self._restore_geometry()

    # -- building -------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(
            translate("main_window", "&New Case File…"),
            key.New,
            translate("main_window", "Create a new encrypted case file"),
        )
        self.new_action.triggered.connect(self.new_case_file_requested)
        self.open_action = self._action(
            translate("main_window", "&Open Case File…"),
            key.Open,
            translate("main_window", "Open an existing case file"),
        )
        self.open_action.triggered.connect(self.open_case_file_requested)
        self.close_action = self._action(
            translate("main_window", "&Close Case File"),
            key.Close,
            translate("main_window", "Close the open case file"),
        )
        self.close_action.triggered.connect(self.close_case_file_requested)
        self.lock_action = self._action(
            translate("main_window", "&Lock"),
            QKeySequence("Ctrl+L"),
            translate("main_window", "Lock now: close the case file and clear the screen"),
        )
        self.lock_action.triggered.connect(self.lock_requested)
        # A dialog open over the window blocks the window's shortcuts; Ctrl+L must still lock
        # (a worker called away mid-form), so the key is also watched in every dialog.
        LockKeyWatcher(self)
        self.backup_action = self._action(
            translate("main_window", "&Back Up…"),
            None,
            translate("main_window", "Write an encrypted backup file"),
        )
        self.backup_action.triggered.connect(self.backup_requested)
        self.check_action = self._action(
            translate("main_window", "C&heck Case File"),
            None,
            translate("main_window", "Check encryption and audit trail"),
        )
        self.check_action.triggered.connect(self.check_requested)
        self.quit_action = self._action(
            translate("main_window", "&Quit"), key.Quit, translate("main_window", "Quit CaseDesk")
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.undo_action = self._action(translate("main_window", "&Undo"), key.Undo)
        self.redo_action = self._action(translate("main_window", "&Redo"), key.Redo)
        self.copy_action = self._action(
            translate("main_window", "&Copy"),
            key.Copy,
            translate("main_window", "Copy the chosen rows or text (rows: a tab between cells)"),
        )
        self.find_action = self._action(
            translate("main_window", "&Find…"),
            key.Find,
            translate(
                "main_window", "To the search box: the case list's, or the case's chronology"
            ),
        )
        self.preferences_action = self._action(
            translate("main_window", "&Preferences…"), key.Preferences
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.preferences_requested)
        # Copy and Find follow the focus and the screen (EditActions enables them).
        for action in (self.undo_action, self.redo_action, self.copy_action, self.find_action):
            action.setEnabled(False)

        self.start_page_action = self._action(
            translate("main_window", "&Start Page"),
            None,
            translate("main_window", "Show the start page"),
        )
        self.start_page_action.triggered.connect(
            lambda: self.pages.setCurrentWidget(self.start_page)
        )
        self.back_action = self._action(
            translate("main_window", "&Back to Case List"),
            QKeySequence("Alt+Left"),
            translate("main_window", "Leave the case for the list of cases (or Escape)"),
        )
        self.full_screen_action = self._action(
            translate("main_window", "&Full Screen"), key.FullScreen
        )
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self._set_full_screen)

        self.new_case_action = self._action(
            translate("main_window", "&New Case…"),
            QKeySequence("Ctrl+Shift+N"),
            translate("main_window", "Open a new case"),
        )
        # The empty case file's next step is the same action (and off when it is).
        self.case_page.new_case_button.clicked.connect(self.new_case_action.trigger)
        self.new_case_action.changed.connect(
            lambda: self.case_page.new_case_button.setEnabled(self.new_case_action.isEnabled())
        )
        self.add_entry_action = self._action(
            translate("main_window", "Add Chronology &Entry…"), QKeySequence("Ctrl+E")
        )
        self.visit_action = self._action(
            translate("main_window", "Record a &Visit…"),
            QKeySequence("Ctrl+Shift+V"),
            translate("main_window", "A visit or contact: the child seen, and alone?"),
        )
        self.add_person_action = self._action(
            translate("main_window", "Add &Person…"),
            QKeySequence("Ctrl+Shift+P"),
            translate("main_window", "Add a person to the case shown"),
        )
        self.add_person_action.triggered.connect(self.case_view.add_person_requested)
        self.users_action = self._action(
            translate("main_window", "&Users && Keys…"),
            None,
            translate("main_window", "Who can open this case file"),
        )
        self.users_action.triggered.connect(self.users_requested)
        self.timescale_settings_action = self._action(
            translate("main_window", "Region and Closure &Days…"),
            None,
            translate(
                "main_window",
                "Whose bank holidays and which closure days the deadlines are counted by",
            ),
        )
        self.work_tray_action = self._action(
            translate("main_window", "&Work Tray"),
            QKeySequence("Ctrl+Shift+W"),
            translate("main_window", "What is overdue and due soon across every case"),
        )
        self.work_tray_action.triggered.connect(self.show_work_tray)
        self.case_actions = (
            self.new_case_action,
            self.add_entry_action,
            self.visit_action,
            self.add_person_action,
        )
        # What belongs to one case: enabled while a case is shown (show_case).
        self.in_case_actions = (self.add_entry_action, self.visit_action, self.add_person_action)
        self.file_actions = (
            self.close_action,
            self.lock_action,
            self.backup_action,
            self.check_action,
            self.users_action,
            self.timescale_settings_action,
            self.work_tray_action,
        )

        self.help_action = self._action(
            translate("main_window", "CaseDesk &Help"),
            key.HelpContents,
            translate("main_window", "Help for the screen in front of you"),
        )
        self.help_action.triggered.connect(self.show_help)
        self.shortcuts_action = self._action(
            translate("main_window", "&Keyboard Shortcuts"),
            None,
            translate("main_window", "Every key that does something in CaseDesk"),
        )
        self.shortcuts_action.triggered.connect(
            lambda: help_pages.show_help(help_pages.KEYBOARD, self, self.shortcut_rows)
        )
        self.about_action = self._action(
            translate("main_window", "&About CaseDesk"),
            None,
            translate("main_window", "Version and licences"),
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(translate("main_window", "&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu(translate("main_window", "Open &Recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.check_action])
        file_menu.addAction(self.timescale_settings_action)
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.lock_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(translate("main_window", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.copy_action, self.find_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(translate("main_window", "&View"))
        view_menu.addActions([self.back_action, self.start_page_action, self.work_tray_action])
        view_menu.addAction(self.full_screen_action)

        case_menu = bar.addMenu(translate("main_window", "&Case"))
        case_menu.addActions(list(self.case_actions))
        case_menu.addSeparator()
        case_menu.addAction(self.users_action)

        help_menu = bar.addMenu(translate("main_window", "&Help"))
        help_menu.addActions([self.help_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    # -- state ----------------------------------------------------------------------

    def show_no_case_file(self) -> None:
        """Return to the start page with every case action disabled."""
        self.case_page.clear()
        self.case_view.clear()
        self.set_undo_redo(None, None)
        self.pages.setCurrentWidget(self.start_page)
        for action in (*self.case_actions, *self.file_actions):
            action.setEnabled(False)
        self.case_status.setText(translate("main_window", "No case file open"))
        self.setWindowTitle("CaseDesk")
        self.demo = False
        self.refresh_recent_files()
        self.start_page.show_welcome(self.settings.first_run(), self.settings.case_file_folder())

    def show_case_file(
        self,
        file_name: str,
        user: str,
        role: str,
        read_only: bool,
        rows: list[CaseSummaryRow] | None,
        today: date | None = None,
        demo: bool = False,
    ) -> None:
        """Show an open case file and its cases (``demo``: the fictional demonstration,
        said in the title bar and above the case list). ``rows`` None: the cases follow
        (``Controller.unlock``, back to a case), and the page in front stays."""
        self.demo = demo
        self.case_page.show_case_file(file_name, user, role, read_only, demo)
        if rows is not None:
            self.case_page.model.set_rows(rows, today)
            self.pages.setCurrentWidget(self.case_page)
            # The keyboard starts on the list of cases (or the first case's button).
            first = self.case_page.table if rows else self.case_page.new_case_button
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        for action in self.file_actions:
            action.setEnabled(True)
        self.new_case_action.setEnabled(not read_only)
        # An entry belongs to a case: enabled once a case is open (show_case).
        for action in self.in_case_actions:
            action.setEnabled(False)
        self.backup_action.setEnabled(True)
        if read_only:
            status = translate("main_window", "{file} — {user} — read-only").format(
                file=file_name, user=user
            )
        else:
            status = translate("main_window", "{file} — {user}").format(file=file_name, user=user)
        self.case_status.setText(status)
        self.setWindowTitle(demo_title(file_name, demo))

    def show_case(
        self,
        record: CaseRecord,
        today: date,
        read_only: bool,
        by_hand: Mapping[PersonId, Point] | None = None,
    ) -> None:
        """Show one case's record (``by_hand``: genogram positions set by the worker)."""
        self.case_view.show_record(record, today, read_only, by_hand)
        for action in self.in_case_actions:
            action.setEnabled(not read_only)
        self.pages.setCurrentWidget(self.case_view)
        reference = record.case.reference
        self.setWindowTitle(demo_title(reference, self.demo or is_demo_reference(reference)))

    def show_work_tray(self) -> None:
        """View > Work Tray: the tray of the open case file, across its cases."""
        self.show_case_list()
        self.case_page.tabs.setCurrentWidget(self.case_page.tray)
        self.case_page.tray.table.setFocus()

    def show_case_list(self) -> None:
        """Back from a case to the list of cases."""
        self.case_view.clear()
        for action in self.in_case_actions:
            action.setEnabled(False)
        self.pages.setCurrentWidget(self.case_page)
        # Back by the keyboard lands on the list, on the case left.
        self.case_page.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_undo_redo(self, undo: str | None, redo: str | None) -> None:
        """Name what Edit > Undo and Redo would do (disabled when nothing)."""
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(
            translate("main_window", "&Undo {action}").format(action=undo)
            if undo
            else translate("main_window", "&Undo")
        )
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(
            translate("main_window", "&Redo {action}").format(action=redo)
            if redo
            else translate("main_window", "&Redo")
        )

    def _on_tray_case_chosen(self, reference: str, kind: str = "deadline") -> None:
        """A line of the work tray opens its case where the item is: Actions & deadlines,
        Oversight for supervision, sign-off and escalation, Health check for a health line."""
        self.case_chosen.emit(reference)
        if self.pages.currentWidget() is self.case_view:
            oversight = kind in ("supervision", "sign-off", "escalation")
            tab: QWidget = self.case_view.oversight_tab if oversight else self.case_view.actions_tab
            if kind == "health":
                tab = self.case_view.health_tab
            self.case_view.tabs.setCurrentWidget(tab)

    def _on_case_activated(self, index: QModelIndex) -> None:
        source = self.case_page.proxy.mapToSource(index)
        self.case_chosen.emit(self.case_page.model.row_at(source.row()).reference)

    def refresh_recent_files(self) -> None:
        """Re-read the recent files into the start page and the File menu."""
        recent = self.settings.recent_files()
        self.start_page.set_recent_files(recent)
        self.recent_menu.clear()
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setStatusTip(str(path))
            action.triggered.connect(
                lambda _checked=False, p=path: self.recent_case_file_requested.emit(p)
            )
        self.recent_menu.setEnabled(bool(recent))

    def show_about(self) -> None:
        """Show Help > About."""
        from casedesk.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    @property
    def help_page(self) -> str:
        """The help for the screen shown (or for the file chooser open over it)."""
        shown = help_pages.declared_page(self.pages.currentWidget())
        return self.help_topic or shown or help_pages.INDEX

    def shortcut_rows(self) -> list[help_pages.ShortcutRow]:
        """Every shortcut of this window, for Help > Keyboard Shortcuts."""
        return help_pages.shortcut_rows(self)

    def show_help(self) -> None:
        """Help > CaseDesk Help (F1): the page for what has the focus."""
        page = help_pages.help_page_of(help_pages.focus_in(self))
        help_pages.show_help(page, self, self.shortcut_rows)

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)

    # -- events ---------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Report the first paint once (for the start-up benchmark and for tests)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return handled

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window geometry before closing."""
        self.settings.save_window_geometry(self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)


def demo_title(shown: str, demo: bool) -> str:
    """The title bar: what is shown, marked when it is the fictional demonstration."""
    if demo:
        demonstration = translate("demonstration", DEMO_TITLE)
        return f"{shown} — {demonstration} — CaseDesk"
    return f"{shown} — CaseDesk"


class LockKeyWatcher(QObject):
    """Triggers Lock when its key is pressed in a dialog or another window of the app (where
    the main window's own shortcut cannot reach). Lock hides the dialog and brings it back."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+L in another window than the main one: lock (once the key is handled)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and watched.window() is not self._window
            and self._window.lock_action.isEnabled()
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == self._window.lock_action.shortcut()
        ):
            QTimer.singleShot(0, self._window.lock_action.trigger)
            return True
        return False


class PaintReporter(QObject):
    """Prints the time from process start to first paint, then quits (benchmarks only)."""

    def __init__(self, window: MainWindow, started: float) -> None:
        super().__init__(window)
        self._started = started
        window.first_painted.connect(self._report)

    def _report(self) -> None:
        from PySide6.QtWidgets import QApplication

        print(f"painted {time.perf_counter() - self._started:.4f}", flush=True)
        QApplication.instance().quit()  # type: ignore[union-attr]


def paint_benchmark_requested() -> bool:
    """True when the start-up benchmark asked the app to quit after its first paint."""
    return os.environ.get("CASEDESK_BENCH_EXIT_ON_PAINT") == "1"
