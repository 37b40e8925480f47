"""Which help page explains the screen in front of the user, and F1 wherever they are.

A screen says which page explains it with a ``help_page`` attribute: a string on a dialog
class or a tab's page, or a property on a screen with tabs (the case view answers with its
current tab's page). ``help_page_of`` walks from the widget with the focus up its parents
and takes the first answer, so a new dialog needs one line to get its own help, and a
dialog that has none gets the help of the screen it was opened over.

F1 in the main window is Help > CaseDesk Help. A dialog open over the window blocks the
window's shortcuts (as it does Ctrl+L's), so ``HelpWatcher`` watches for F1 in every
other window and opens the help over that window: a help window over the main window
would sit behind a modal dialog, unusable until the dialog is closed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QToolButton,
    QWidget,
)

from casedesk.domain.wording import translate
from casedesk.ui import accessibility
from casedesk.ui.tool_tips import qt_button_tip

INDEX = "index"
KEYBOARD = "keyboard"


def declared_page(widget: QObject | None) -> str | None:
    """The help page ``widget`` declares, if any."""
    page = getattr(widget, "help_page", None)
    return page if isinstance(page, str) and page else None


def help_page_of(widget: QWidget | None) -> str:
    """The help page for ``widget``: its own, or its nearest parent's (the index if none)."""
    while widget is not None:
        page = declared_page(widget)
        if page is not None:
            return page
        widget = widget.parentWidget()
    return INDEX


def focus_in(window: QWidget) -> QWidget:
    """The widget of ``window`` that has the focus (the window itself when none has)."""
    focus = QApplication.focusWidget()
    return focus if focus is not None and focus.window() is window else window


@contextmanager
def help_topic(window: QWidget, page: str) -> Iterator[None]:
    """While a file chooser or message of ``window`` is open, F1 there opens ``page``.

    Qt's own dialogs (choosing where a backup goes, say) cannot carry a ``help_page``; they
    are opened over ``window``, whose ``help_topic`` the walk up from them finds first.
    """
    before = getattr(window, "help_topic", None)
    window.help_topic = page  # type: ignore[attr-defined]
    try:
        yield
    finally:
        window.help_topic = before  # type: ignore[attr-defined]


# -- the keyboard shortcuts, read from the window itself ------------------------------------


@dataclass(frozen=True)
class ShortcutRow:
    """One shortcut as the keyboard page lists it."""

    keys: str  # as the user's platform writes them: "Ctrl+Shift+V"
    does: str  # the action's name as its menu shows it, without the & and the dots
    where: str  # the menu it is in ("File"), or "" for a window-wide key


def plain_text(text: str) -> str:
    """A menu item's text as a sentence shows it: no mnemonic '&', no trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def _keys(sequences: list[QKeySequence]) -> str:
    texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return " or ".join(t for t in texts if t)


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every shortcut the window defines: its menus' actions in menu order, then the keys
    that belong to no menu (actions added to the window, ``QShortcut`` objects)."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} > {plain_text(submenu.title())}")
            elif not action.isSeparator() and id(action) not in seen:
                seen.add(id(action))
                keys = _keys(action.shortcuts())
                if keys:
                    rows.append(ShortcutRow(keys, plain_text(action.text()), path))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_text(menu.title()))
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and id(action) not in seen and action.text():
            seen.add(id(action))
            rows.append(ShortcutRow(keys, plain_text(action.text()), ""))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        if keys:
            rows.append(
                ShortcutRow(keys, shortcut.whatsThis() or translate("help", "(unnamed)"), "")
            )
    return rows


def shortcuts_markdown(rows: list[ShortcutRow]) -> str:
    """The rows as a Markdown table (the keyboard page's generated part)."""
    header = translate("help", "| Keys | What it does | Menu |")
    lines = [header, "| --- | --- | --- |"]
    lines += [f"| {r.keys} | {r.does} | {r.where} |" for r in rows]
    return "\n".join(lines)


# -- F1 --------------------------------------------------------------------------------------


def show_help(page: str, over: QWidget, shortcuts: Callable[[], list[ShortcutRow]]) -> QWidget:
    """Open the help at ``page`` over ``over``'s window (reusing a help window it has)."""
    from casedesk.ui.dialogs.help import HelpDialog

    window = over.window()
    viewer: HelpDialog | None = window if isinstance(window, HelpDialog) else None
    if viewer is None:
        viewer = window.findChild(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if viewer is None:
        viewer = HelpDialog(shortcuts, window)
    viewer.open_page(page)
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer


class HelpWatcher(QObject):
    """Opens the help for the dialog in front when F1 is pressed in it (the main window's
    own F1 is its Help > CaseDesk Help action), gives Qt's own tool buttons their
    tooltips as they are polished (``ui.tool_tips``), and applies the keyboard habits of
    ``ui.accessibility`` (Tab leaves tables; Alt+letters) to every window and page as it is
    polished or shown. One filter for all: it sees every event of the application, so each
    filter costs every event a Python call."""

    def __init__(self, window: QMainWindow, shortcuts: Callable[[], list[ShortcutRow]]) -> None:
        super().__init__(window)
        self._window = window
        self._shortcuts = shortcuts
        self._keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F1 in another window than the main one: the help for what has the focus there.
        A tool button of Qt's about to be shown for the first time: its words."""
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QToolButton):
            if not watched.toolTip():
                watched.setToolTip(qt_button_tip(watched))
            return False
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            accessibility.leave_by_tab(watched)
            return False
        if kind == QEvent.Type.Show and isinstance(watched, (QDialog, QMainWindow)):
            accessibility.name_by_form_labels(watched)
            accessibility.give_mnemonics(watched)
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QWidget):
            if accessibility.is_page(watched):
                accessibility.give_mnemonics(watched)
            return False
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and watched.window() is not self._window
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in self._keys
        ):
            window = watched.window()
            page = help_page_of(focus_in(window))
            # After the key is handled: the help window must not take this key press.
            QTimer.singleShot(0, lambda: show_help(page, window, self._shortcuts))
            return True
        return False
