"""Edit > Copy, Edit > Find and the way back from a case: what each does depends on where
the keyboard focus is and which screen is in front, so each is worked out here, once.

- **Copy** copies what is chosen in the control with the focus: a table's or list's chosen
  rows as text, one line a row and a tab between cells, as they are shown (columns in the
  order the user has them, hidden ones left out), or the text chosen in a field. It is
  enabled only when something is chosen. Copied case text is cleared from the clipboard
  on lock (``ui.controller``).
- **Find** (Ctrl+F) puts the focus in the search box of the screen in front: the case
  list's search, or a case's chronology search; it is enabled while one exists.
- **Back** (Alt+Left, or Escape) leaves a case for the case list. Escape in a search box
  that holds words clears them first; neither key leaves while the focus is in a field
  holding typed text, which leaving would lose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from casedesk.domain.wording import translate

if TYPE_CHECKING:
    from casedesk.ui.main_window import MainWindow


def rows_as_text(view: QAbstractItemView) -> str:
    """The rows chosen in ``view`` as shown: cells joined by tabs, one line a row."""
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None:
        return ""
    rows = sorted({index.row() for index in selection.selectedIndexes()})
    header = getattr(view, "horizontalHeader", lambda: None)()
    if header is not None:
        columns = [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]
    else:
        columns = [getattr(view, "modelColumn", lambda: 0)()]
    lines = []
    for row in rows:
        cells = [model.index(row, column).data(Qt.ItemDataRole.DisplayRole) for column in columns]
        lines.append("\t".join("" if c is None else str(c).replace("\t", " ") for c in cells))
    return "\n".join(lines)


def _chosen_text(widget: QWidget | None) -> str:
    """What Copy would copy from ``widget`` ('' when nothing is chosen there)."""
    if isinstance(widget, QAbstractItemView):
        return rows_as_text(widget)
    if isinstance(widget, QLineEdit):
        return "" if widget.echoMode() != QLineEdit.EchoMode.Normal else widget.selectedText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.textCursor().selectedText().replace("\u2029", "\n")
    return ""


def holds_typing(widget: QWidget | None) -> bool:
    """True when ``widget`` is a field with typed text in it that is not a search box."""
    if isinstance(widget, QLineEdit):
        return bool(widget.text()) and not widget.isReadOnly() and not is_search_box(widget)
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly() and bool(widget.toPlainText())
    if isinstance(widget, QAbstractSpinBox):
        return False  # a value, kept by the view it sets
    return False


def is_search_box(widget: QWidget | None) -> bool:
    """A search or filter box: a one-line field with a clear button."""
    return isinstance(widget, QLineEdit) and widget.isClearButtonEnabled()


class EditActions(QObject):
    """Keeps Edit > Copy and Edit > Find enabled when they can act, and acts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._watched: QWidget | None = None
        window.copy_action.triggered.connect(self.copy)
        window.find_action.triggered.connect(self.find)
        window.back_action.triggered.connect(lambda: self.back(clear_search=False))
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        escape.setWhatsThis(
            translate("edit_actions", "Back to the case list (a search box: clear it first)")
        )
        escape.activated.connect(lambda: self.back(clear_search=True))
        self.escape = escape
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        window.pages.currentChanged.connect(self.update)
        self.update()

    # -- what can be done -----------------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self._window) or not isValid(self._window.pages):
            return  # the window is closing: the application outlives it
        if new is not None and new.window() is not self._window:
            return  # a dialog: the window's Edit menu is not in use there
        self._watch(new)
        self.update()

    def _watch(self, widget: QWidget | None) -> None:
        """Follow the choosing in ``widget`` so Copy is enabled as soon as there is some."""
        if self._watched is widget:
            return
        self._watched = widget
        if isinstance(widget, QAbstractItemView) and widget.selectionModel() is not None:
            widget.selectionModel().selectionChanged.connect(self._from_watched)
        elif isinstance(widget, QLineEdit):
            widget.selectionChanged.connect(self._from_watched)
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            widget.copyAvailable.connect(self._from_watched)

    def _from_watched(self, *_args: object) -> None:
        if self.sender() is self._watched or (
            isinstance(self._watched, QAbstractItemView)
            and self.sender() is self._watched.selectionModel()
        ):
            self.update()

    def update(self) -> None:
        """Enable Copy, Find and Back for what is in front and has the focus."""
        window = self._window
        focus = QApplication.focusWidget()
        mine = focus if focus is not None and focus.window() is window else None
        window.copy_action.setEnabled(bool(_chosen_text(mine)))
        window.find_action.setEnabled(self.search_box() is not None)
        in_case = window.pages.currentWidget() is window.case_view
        window.back_action.setEnabled(in_case)
        self.escape.setEnabled(in_case)

    def search_box(self) -> QLineEdit | None:
        """The search box of the screen in front, if it has one."""
        window = self._window
        shown = window.pages.currentWidget()
        if shown is window.case_page:
            return window.case_page.search
        if shown is window.case_view:
            return window.case_view.chronology.search
        return None

    # -- doing it ---------------------------------------------------------------------------

    def copy(self) -> None:
        """Edit > Copy: what is chosen in the control with the focus, as text."""
        text = _chosen_text(QApplication.focusWidget())
        if text:
            QGuiApplication.clipboard().setText(text)

    def find(self) -> None:
        """Edit > Find: to the search box of the screen in front, its words chosen."""
        window = self._window
        box = self.search_box()
        if box is None:
            return
        if box is window.case_page.search:
            window.case_page.tabs.setCurrentIndex(0)
            if not box.isVisible():
                return  # no cases yet: nothing to search
        else:
            window.case_view.tabs.setCurrentWidget(window.case_view.chronology)
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def back(self, clear_search: bool) -> None:
        """Leave the case for the case list, unless typing would be lost."""
        window = self._window
        if window.pages.currentWidget() is not window.case_view:
            return
        focus = QApplication.focusWidget()
        if holds_typing(focus):
            return
        if clear_search and is_search_box(focus) and focus.text():  # type: ignore[union-attr]
            focus.clear()  # type: ignore[union-attr]
            return
        window.case_view.back_requested.emit()
