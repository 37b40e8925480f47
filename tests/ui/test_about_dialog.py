"""Help > About: every bundled component with its licence, and its licence text on demand."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from casedesk.ui.dialogs.about import AboutDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings


def test_help_about_lists_the_components_and_shows_a_licence_text(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)

    window.about_action.trigger()

    (dialog,) = opened
    qtbot.addWidget(dialog)
    listing = dialog.licences.toPlainText()
    for name in ("SQLAlchemy", "sqlcipher3", "SQLCipher", "reportlab", "DejaVu (font)", "Qt"):
        assert name in listing
    assert any("GPL-3.0-or-later" in label.text() for label in dialog.findChildren(QLabel))

    dialog.show_licence_of("SQLAlchemy")

    text = dialog.licence_text.toPlainText()
    assert text.startswith("SQLAlchemy ")
    assert "Permission is hereby granted" in text
