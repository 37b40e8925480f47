"""What the main window shows while a case file is locked: which file (its name only,
never a case detail), and the two ways on: unlock it, or close it.

Locking used to drop to the start page under the unlock dialog, so a worker coming back
to the laptop could not tell that a file was locked, nor which; cancelling the dialog
left them on the start page with no way back but File > Open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casedesk.domain.wording import translate


class LockScreen(QWidget):
    """A locked file's name with Unlock and Close file; nothing of the cases behind it."""

    unlock_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.heading = QLabel()
        self.heading.setObjectName("lockHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel(
            translate(
                "lock_screen",
                "The case file is closed and nothing of it is on screen. Unlock it with your "
                "passphrase (or the recovery key) to return to where you were.",
            )
        )
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation.setWordWrap(True)
        self.unlock_button = QPushButton(translate("lock_screen", "&Unlock…"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.setAccessibleDescription(
            translate("lock_screen", "Type the passphrase to unlock the file")
        )
        self.close_button = QPushButton(translate("lock_screen", "&Close file"))
        self.close_button.setAutoDefault(True)
        self.close_button.setAccessibleDescription(
            translate("lock_screen", "Close the locked file and show the start page")
        )
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addSpacing(12)
        column.addLayout(buttons)
        box = QWidget()
        box.setMinimumWidth(420)  # wrapped text needs a width to wrap at
        box.setMaximumWidth(560)
        box.setLayout(column)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box, 4)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)

    def show_locked(self, file_name: str) -> None:
        """Say which file is locked: its name only, nothing from inside it."""
        locked = translate("lock_screen", "{file} is locked").format(file=file_name)
        self.heading.setText(locked)
        self.setAccessibleName(locked)

        self.unlock_button.setFocus()
