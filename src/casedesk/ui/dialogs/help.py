"""The help window: CaseDesk's bundled pages, with contents, search, back and forward.

The pages are Markdown files in ``resources/help/`` (plain text a worker or trainer can
edit, rendered by Qt's own Markdown reader). Nothing is fetched from anywhere: a link to
another page of the help opens it, and a link to anything else is refused with a sentence
(CaseDesk works offline, and a case file's screen must not open a browser).
The keyboard page's table is made from the main window's own actions when it is shown,
so it lists the shortcuts the window really has.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.services.resources import resource
from casedesk.ui.dialogs.verify import fit_to_screen
from casedesk.ui.help import INDEX, KEYBOARD, ShortcutRow, shortcuts_markdown

# The contents, in the order a worker meets the tasks.
PAGES = (
    INDEX,
    "open-and-lock",
    "cases",
    "record-a-visit",
    "people-and-fathers",
    "genogram",
    "chronology",
    "deadlines-and-supervision",
    "health-check",
    "share-summary",
    "verify-summary",
    "backup-and-restore",
    "recovery-key",
    "damaged-file",
    "preferences",
    KEYBOARD,
)
# Where the keyboard page's generated table goes.
SHORTCUTS_MARK = "<!-- shortcuts -->"
# Alt+Left and Alt+Right, as in a web browser (QKeySequence's Back is Ctrl+[ on a Mac).
BACK = QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)
FORWARD = QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right)
OFFLINE = QT_TRANSLATE_NOOP(
    "help",
    "That link leads outside CaseDesk's help, so it was not opened: CaseDesk works offline.",
)


def help_dir() -> Path:
    """The folder of the bundled help pages."""
    return resource("help")


@cache
def page_source(name: str) -> str:
    """The Markdown of page ``name`` as bundled ('' when there is no such page)."""
    path = help_dir() / f"{name}.md"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def page_title(name: str) -> str:
    """A page's title: its first heading."""
    for line in page_source(name).splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return name


def page_name(url: QUrl) -> str | None:
    """The help page a link names (``chronology.md``), or None for anything else."""
    if url.scheme() not in ("", "help") or url.host():
        return None
    path = url.path().rsplit("/", 1)[-1]
    name = path.removesuffix(".md")
    return name if path.endswith(".md") and page_source(name) else None


class HelpBrowser(QTextBrowser):
    """Reads pages from the bundled help only; never follows a link by itself."""

    def __init__(self, shortcuts: Callable[[], list[ShortcutRow]]) -> None:
        super().__init__()
        self._shortcuts = shortcuts
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)  # every link goes through HelpDialog._follow
        self.setAccessibleName(translate("help", "Help page"))

    def markdown_of(self, name: str) -> str:
        """Page ``name`` as shown: the keyboard page with the window's shortcuts filled in."""
        text = page_source(name)
        if SHORTCUTS_MARK in text:
            text = text.replace(SHORTCUTS_MARK, shortcuts_markdown(self._shortcuts()))
        return text

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """A help page by name; nothing else is ever loaded (no files, no network)."""
        page = page_name(QUrl(name))
        return self.markdown_of(page) if page is not None else ""


class HelpDialog(QDialog):
    """CaseDesk Help: the contents or search results beside the page."""

    help_page = INDEX  # F1 in the help itself: back to the contents

    def __init__(
        self, shortcuts: Callable[[], list[ShortcutRow]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("help", "CaseDesk Help"))
        self.browser = HelpBrowser(shortcuts)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.sourceChanged.connect(self._on_page_shown)
        self.back_button = self._tool_button(
            translate("help", "Back"),
            translate("help", "The page seen before"),
            QStyle.StandardPixmap.SP_ArrowBack,
            BACK,
        )
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = self._tool_button(
            translate("help", "Forward"),
            translate("help", "The page left by Back"),
            QStyle.StandardPixmap.SP_ArrowForward,
            FORWARD,
        )
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.contents_button = self._tool_button(
            translate("help", "Contents"),
            translate("help", "The list of help pages"),
            QStyle.StandardPixmap.SP_DirHomeIcon,
            None,
        )
        self.contents_button.clicked.connect(lambda: self.open_page(INDEX))
        for button in (self.back_button, self.forward_button):
            button.setEnabled(False)

        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("help", "Search help"))
        self.search.setAccessibleName(translate("help", "Search help"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._list_pages)
        self.pages = QListWidget()
        self.pages.setAccessibleName(translate("help", "Help pages"))
        # Titles wrap rather than hide behind a sideways scroll bar.
        self.pages.setWordWrap(True)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.itemActivated.connect(self._open_item)
        self.pages.itemClicked.connect(self._open_item)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAccessibleName(translate("help", "Help message"))

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.search)
        side_layout.addWidget(self.pages, 1)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 600])
        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button):
            bar.addWidget(button)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        fit_to_screen(self, 900, 640)
        self._list_pages("")

    def _tool_button(
        self, text: str, tip: str, icon: QStyle.StandardPixmap, key: QKeySequence | None
    ) -> QToolButton:
        """A button of the help's bar, its tooltip naming its key."""
        button = QToolButton()
        button.setText(text)
        button.setIcon(self.style().standardIcon(icon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        if key is not None:
            button.setShortcut(key)
            tip = f"{tip} ({key.toString(QKeySequence.SequenceFormat.NativeText)})"
        button.setToolTip(tip)
        return button

    # -- pages ---------------------------------------------------------------------------

    def open_page(self, name: str) -> None:
        """Show page ``name`` (the contents when there is no such page)."""
        if not page_source(name):
            name = INDEX
        self.note.clear()
        self.browser.setSource(QUrl(f"{name}.md"), QTextDocument.ResourceType.MarkdownResource)

    def current_page(self) -> str:
        """The name of the page shown."""
        return page_name(self.browser.source()) or INDEX

    def _follow(self, url: QUrl) -> None:
        """A link: another help page opens; anything else is refused, said in words."""
        name = page_name(url)
        if name is None:
            self.note.setText(translate("help", OFFLINE))
            return
        self.open_page(name)

    def _on_page_shown(self, url: QUrl) -> None:
        # The page from the signal: Qt says the source changed before source() says so.
        name = page_name(url) or INDEX
        title = page_title(name)
        self.setWindowTitle(
            title
            if name == INDEX
            else translate("help", "CaseDesk Help — {title}").format(title=title)
        )
        if not self.search.text():
            self._select(name)

    def _select(self, name: str) -> None:
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.pages.setCurrentItem(item)
                return

    # -- contents and search -------------------------------------------------------------

    def matching_pages(self, query: str) -> list[str]:
        """The pages holding every word of ``query`` (most mentions first)."""
        words = [w for w in re.split(r"\s+", query.casefold()) if w]
        found: list[tuple[int, int, str]] = []
        for order, name in enumerate(PAGES):
            text = self.browser.markdown_of(name).casefold()
            counts = [text.count(word) for word in words]
            if all(counts):
                found.append((-sum(counts), order, name))
        return [name for _count, _order, name in sorted(found)]

    def _list_pages(self, query: str) -> None:
        """The contents, or the pages that match what was typed."""
        names = self.matching_pages(query) if query.strip() else list(PAGES)
        self.pages.clear()
        for name in names:
            item = QListWidgetItem(page_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.pages.addItem(item)
        if query.strip():
            asked = query.strip()
            if not names:
                said = translate("help", "No help page mentions “{query}”.").format(query=asked)
            elif len(names) == 1:
                said = translate("help", "%n page mention “{query}”.", None, 1).format(query=asked)
            else:
                said = translate("help", "%n pages mention “{query}”.", None, len(names)).format(
                    query=asked
                )
            self.note.setText(said)
        else:
            self.note.clear()
            self._select(self.current_page())

    def _open_item(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if name != self.current_page():
            self.open_page(name)
        query = self.search.text().split()
        if query:
            # The first mention of the first word is selected and scrolled into view.
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(query[0])
