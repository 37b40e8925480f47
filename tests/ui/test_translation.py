"""Every word the application shows is one a translator can change.

The walk of ``tests/ui/walk.py`` goes through the main window with the demo case file
open (every screen, tab, menu and dialog) with a pseudo-translation installed, as Qt
Linguist's would be: each sentence comes back marked. Words on screen without the mark
were never given to the translator: a German worker would see them in English. The
worker's own words (names, what was recorded) are case data, not the application's, and
are told apart by the case file they came from.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import casedesk.domain
from casedesk.domain.chronology import DEFAULT_CATEGORIES
from casedesk.domain.wording import use_translator
from casedesk.services.interchange import case_to_json
from casedesk.ui.controller import Controller
from casedesk.ui.dates import shown_date
from casedesk.ui.main_window import MainWindow
from tests.ui.walk import (
    EXAMPLE_RECOVERY_KEY,
    demo_window,
    open_by_hand,
    open_dialogs_with,
    walk_everything,
)

MARK = "⟦"


class PseudoTranslation(QTranslator):
    """A language in which every sentence starts with a mark: what Linguist's translation
    would change, the test can see changed. The mark goes in front only, so a sentence's
    ending ('Change…') is as the code expects."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return MARK + source

    def isEmpty(self) -> bool:
        return False


def _plain(text: str) -> str:
    if "<" in text and ">" in text:  # rich text: the words, not the tags
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def shown_words(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for each piece of the application's own wording in ``root``: window
    titles, labels, buttons, group titles, tabs, placeholders, tooltips, names a screen
    reader speaks, table headings, menus."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        kind = type(widget).__name__
        if widget.isWindow():
            yield f"{kind} title", widget.windowTitle()
        for what, text in (
            ("tooltip", widget.toolTip()),
            ("spoken name", widget.accessibleName()),
            ("spoken description", widget.accessibleDescription()),
        ):
            yield f"{kind} {what}", text
        if isinstance(widget, QLabel):
            yield "label", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield "button", widget.text()
        elif isinstance(widget, QGroupBox):
            yield "group", widget.title()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox) and widget.count() <= 12:
            for index in range(widget.count()):
                yield "choice", widget.itemText(index)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
                yield "tab tooltip", widget.tabToolTip(index)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header = getattr(widget, "horizontalHeader", None)
            columns = header().count() if header is not None else 1
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    heading = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(heading, str):
                        yield "table heading", heading
    if isinstance(root, QMainWindow):
        for top in root.menuBar().actions():
            yield "menu", top.text()
            menu = top.menu()
            for action in menu.actions() if menu is not None else ():
                yield "menu item", action.text()
                yield "menu item tooltip", action.toolTip()


WORDS = re.compile(r"[^\W\d_]{2,}")


class Untranslated:
    """Each window's wording that came back without the translator's mark."""

    def __init__(self, case_data: set[str]) -> None:
        self.case_data = case_data
        self.found: dict[str, set[str]] = {}
        self.checked = 0
        self.dialogs: set[str] = set()

    def look(self, where: str, root: QWidget) -> None:
        """Note what in ``root`` a translator could not have changed."""
        QApplication.processEvents()
        for what, raw in shown_words(root):
            text = _plain(raw)
            if not WORDS.search(text):
                continue  # no words: a number, a date, a symbol
            self.checked += 1
            if MARK in text or self._is_case_data(text):
                continue
            self.found.setdefault(where, set()).add(f"{what}: {text[:80]!r}")

    def _is_case_data(self, text: str) -> bool:
        rest = text
        for value in sorted(self.case_data, key=len, reverse=True):
            if value and value in rest:
                rest = rest.replace(value, " ")
        return not WORDS.search(rest)


@pytest.fixture
def pseudo_language(qapp: QApplication) -> Iterator[None]:
    """The pseudo-translation installed as the application installs a real one."""
    translator = PseudoTranslation(qapp)
    qapp.installTranslator(translator)
    use_translator(QCoreApplication.translate, shown_date)
    yield
    qapp.removeTranslator(translator)
    use_translator(None)


@pytest.fixture
def gui(
    pseudo_language: None, qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[MainWindow, Controller]]:
    """The main window on a laptop screen, the demo case file open, in pseudo-language."""
    yield from demo_window(qtbot, tmp_path)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _application_words() -> set[str]:
    """The values of the domain's enumerations and default categories: stored in the file,
    but the application's words, shown translated."""
    words = {category.value for category in DEFAULT_CATEGORIES}
    for info in pkgutil.iter_modules(casedesk.domain.__path__):
        module = importlib.import_module(f"casedesk.domain.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, enum.Enum) and cls.__module__ == module.__name__:
                words.update(m.value for m in cls if isinstance(m.value, str))
    return words


def case_data(controller: Controller) -> set[str]:
    """What the demo case file holds that the worker typed (names, places, what was
    recorded; everything of each case in its interchange form but the application's own
    words), and the file's own name."""
    case_file = controller.case_file
    assert case_file is not None
    found: set[str] = {case_file.path.name, case_file.path.stem}
    for reference in case_file.case_references():
        found.update(_strings(case_to_json(case_file.case_record(reference), date.today())))
    return {text for text in found if len(text) > 1} - _application_words()


def test_every_word_on_every_screen_and_dialog_goes_to_the_translator(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window, controller = gui
    # The recovery key a new file shows is the file's data too, not the application's words.
    missed = Untranslated(case_data(controller) | set(EXAMPLE_RECOVERY_KEY.split("-")))
    open_dialogs_with(monkeypatch, missed)
    walk_everything(window, controller, missed)
    open_by_hand(missed, window)
    with capsys.disabled():
        untranslated = sum(len(v) for v in missed.found.values())
        print(
            f"\n{missed.checked} pieces of wording in the window and {len(missed.dialogs)} "
            f"dialogs; {untranslated} not given to the translator"
        )
    assert not missed.found, "\n".join(
        f"{where}:\n  " + "\n  ".join(sorted(texts)) for where, texts in missed.found.items()
    )
