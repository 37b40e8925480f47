"""The page shown when no case file is open: new, open, and recent case files; on the first
run, the welcome page (``welcome_page``) in their place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.demonstration import DEMO_PASSPHRASE
from casedesk.domain.wording import translate
from casedesk.ui.widgets.welcome_page import WelcomePanel, centred


class StartPage(QWidget):
    """Big, obvious first steps: a new case file, an existing one, or a recent one."""

    new_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(Path)
    first_file_requested = Signal(Path)  # from the welcome page: the case-file folder chosen
    demo_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        title = QLabel("CaseDesk")
        title.setObjectName("StartTitle")
        tagline = QLabel(
            translate(
                "start_page",
                "One encrypted case file holds all your cases: each family and every significant "
                "adult, the chronology, timescales, supervision, and signed summaries to share.",
            )
        )
        tagline.setObjectName("StartTagline")
        tagline.setWordWrap(True)

        self.new_button = QPushButton(translate("start_page", "New case file…"))
        self.new_button.setObjectName("StartAction")
        self.new_button.setToolTip(
            translate("start_page", "Create a new encrypted case file (Ctrl+N)")
        )
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(translate("start_page", "Open case file…"))
        self.open_button.setObjectName("StartAction")
        self.open_button.setToolTip(translate("start_page", "Open an existing case file (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_requested)

        recent_heading = QLabel(translate("start_page", "Recent case files"))
        recent_heading.setObjectName("SectionHeading")
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("RecentFiles")
        self.recent_list.setAccessibleName(translate("start_page", "Recent case files"))
        self.recent_list.itemActivated.connect(self._on_recent_activated)
        self.empty_hint = QLabel(
            translate("start_page", "No case files opened yet on this computer.")
        )
        self.empty_hint.setObjectName("EmptyHint")

        actions = QVBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addStretch()
        recent = QVBoxLayout()
        recent.addWidget(recent_heading)
        recent.addWidget(self.recent_list, stretch=1)
        recent.addWidget(self.empty_hint, 1, Qt.AlignmentFlag.AlignTop)
        columns = QHBoxLayout()
        columns.addLayout(actions)
        columns.addSpacing(32)
        columns.addLayout(recent, stretch=1)

        self.usual = QWidget()
        layout = QVBoxLayout(self.usual)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(24)
        layout.addLayout(columns, stretch=1)
        self.welcome: WelcomePanel | None = None  # made on the first run only
        self._welcome_page: QWidget | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.usual)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    def show_welcome(self, first_run: bool, folder: Path) -> None:
        """The welcome page on the first run (``folder``: where case files would live),
        otherwise the usual start page."""
        if not first_run:
            self.pages.setCurrentWidget(self.usual)
            return
        if self._welcome_page is None:
            self.welcome = WelcomePanel(folder, DEMO_PASSPHRASE)
            self.welcome.create_requested.connect(self.first_file_requested)
            self.welcome.demo_requested.connect(self.demo_requested)
            self.welcome.open_requested.connect(self.open_requested)
            self._welcome_page = centred(self.welcome)
            self.pages.addWidget(self._welcome_page)
        self.pages.setCurrentWidget(self._welcome_page)

    def set_recent_files(self, paths: list[Path]) -> None:
        """Show ``paths`` (newest first) in the recent list."""
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))
        self.empty_hint.setVisible(not paths)

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
