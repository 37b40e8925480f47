"""The first run: what a case file is, where case files will live, the first one or the demo.

Shown in place of the start page until a case file has been made or opened on this
computer. The folder is checked as it is typed (one sentence when it cannot be used); the
buttons are enabled only for a folder that can.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.services.case_folder import EMPTY_FOLDER, folder_problem
from casedesk.ui.look import warning_colour

WHAT_A_CASE_FILE_IS = QT_TRANSLATE_NOOP(
    "welcome_page",
    "A case file is one encrypted folder on this computer that holds all your cases: the "
    "people, the chronology, deadlines, supervision and the summaries you share. "
    "Only your passphrase, or the recovery key you are given when you make it, opens it. "
    "If both are lost nobody can open it again, not your agency and not CaseDesk's makers, "
    "so keep the recovery key somewhere safe.",
)


class WelcomePanel(QWidget):
    """The three sentences, the case-file folder, and the first steps as buttons."""

    create_requested = Signal(Path)  # the folder chosen for case files
    demo_requested = Signal(Path)
    open_requested = Signal()

    def __init__(self, folder: Path, demo_passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(translate("welcome_page", "Welcome to CaseDesk"))
        title.setObjectName("StartTitle")
        about = QLabel(translate("welcome_page", WHAT_A_CASE_FILE_IS))

        about.setObjectName("StartTagline")
        about.setWordWrap(True)

        where = QLabel(translate("welcome_page", "&Where your case files will live:"))
        where.setObjectName("SectionHeading")
        self.folder = QLineEdit(str(folder))
        self.folder.setAccessibleName(translate("welcome_page", "Where your case files will live"))
        where.setBuddy(self.folder)
        choose = QPushButton(translate("welcome_page", "Choose…"))
        choose.setToolTip(translate("welcome_page", "Choose another folder for your case files"))
        choose.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.problem = QLabel()
        self.problem.setObjectName("FolderProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {warning_colour().name()};")
        self.problem.setAccessibleName(translate("welcome_page", "Problem with the folder"))

        self.create_button = QPushButton(translate("welcome_page", "Create my first case file…"))
        self.create_button.setObjectName("StartAction")
        self.create_button.setDefault(True)
        self.create_button.setToolTip(
            translate(
                "welcome_page", "Choose a passphrase; then write down or print the recovery key"
            )
        )
        self.create_button.clicked.connect(lambda: self.create_requested.emit(self.chosen()))
        self.demo_button = QPushButton(
            translate("welcome_page", "Try the demo case file (fictional people)")
        )
        self.demo_button.setObjectName("StartAction")
        self.demo_button.setToolTip(
            translate("welcome_page", "Made-up families to practise on; nothing in it is real")
        )
        self.demo_button.clicked.connect(lambda: self.demo_requested.emit(self.chosen()))
        self.open_button = QPushButton(
            translate("welcome_page", "Open a case file I already have…")
        )
        self.open_button.setObjectName("StartAction")
        self.open_button.clicked.connect(self.open_requested)
        demo_note = QLabel(
            translate(
                "welcome_page",
                "The demo is for training: every person in it is invented, and its passphrase "
                "is public (“{passphrase}”), so never record a real family in it.",
            ).format(passphrase=demo_passphrase)
        )
        demo_note.setObjectName("EmptyHint")
        demo_note.setWordWrap(True)

        buttons = QVBoxLayout()
        for button in (self.create_button, self.demo_button, self.open_button):
            buttons.addWidget(button)
        buttons.addWidget(demo_note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addSpacing(16)
        layout.addWidget(where)
        layout.addLayout(folder_row)
        layout.addWidget(self.problem)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.folder.textChanged.connect(self._check)
        self._check()

    def chosen(self) -> Path:
        """The folder as typed."""
        return Path(self.folder.text().strip()).expanduser()

    def show_problem(self, sentence: str) -> None:
        """Say why the folder cannot be used (found only on trying to write there); the
        buttons that would use it stay off until the folder is changed."""
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))
        self.create_button.setEnabled(not sentence)
        self.demo_button.setEnabled(not sentence)

    def _check(self) -> None:
        empty = translate("case_folder", EMPTY_FOLDER)
        problem = folder_problem(self.chosen()) if self.folder.text().strip() else empty
        self.show_problem(problem or "")

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("welcome_page", "Where your case files will live"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)


def centred(widget: QWidget, width: int = 760) -> QWidget:
    """``widget`` in a column no wider than ``width`` (long lines are hard to read)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(48, 40, 48, 24)
    widget.setMaximumWidth(width)
    row.addWidget(widget, 1, Qt.AlignmentFlag.AlignHCenter)
    return holder
