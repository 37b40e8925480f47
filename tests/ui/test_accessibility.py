"""What a screen reader hears: every control a keyboard user can reach, in the main window
with a case open (every tab, the case list, the work tray) and in every dialog the app
opens, has a name; and no two buttons of one window share a mnemonic.

Names are asked of Qt's accessibility layer (``ui.accessibility.spoken_name``), as a
screen reader asks: an explicit name, a button's text or a buddy label's text all count; a
placeholder does not, nor a combo box's current choice (that is its value, not its name).
Dialogs are opened the way a user opens them, by every button on every tab and every menu
item, with ``exec`` patched to look at the dialog and close it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from casedesk.ui.accessibility import (
    describe,
    focusable_controls,
    mnemonic_clashes,
    unnamed_controls,
)
from casedesk.ui.controller import Controller
from casedesk.ui.main_window import MainWindow
from tests.ui.walk import (
    NOT_OPENED,
    demo_window,
    dialog_classes,
    open_by_hand,
    open_dialogs_with,
    walk_everything,
)


class Audit:
    """What the walk found: each window's nameless controls and mnemonic clashes."""

    def __init__(self) -> None:
        self.unnamed: dict[str, list[str]] = {}
        self.clashes: dict[str, list[str]] = {}
        self.seen: set[int] = set()
        self.reported: set[int] = set()
        self.controls = 0
        self.dialogs: set[str] = set()

    def look(self, where: str, root: QWidget) -> None:
        QApplication.processEvents()
        for widget in focusable_controls(root):
            if id(widget) not in self.seen:
                self.seen.add(id(widget))
                self.controls += 1
        for widget in unnamed_controls(root):
            if id(widget) not in self.reported:
                self.reported.add(id(widget))
                self.unnamed.setdefault(where, []).append(describe(widget))
        clashes = mnemonic_clashes(root)
        if clashes:
            self.clashes[where] = clashes

    def total_unnamed(self) -> int:
        return sum(len(v) for v in self.unnamed.values())


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller]]:
    """The main window on a laptop screen, the demo case file open."""
    yield from demo_window(qtbot, tmp_path)


@pytest.fixture
def audit(monkeypatch: pytest.MonkeyPatch) -> Audit:
    """What the walk finds, every dialog looked at."""
    found = Audit()
    open_dialogs_with(monkeypatch, found)
    return found


def test_every_control_in_the_window_and_every_dialog_has_a_name_and_keys_do_not_clash(
    gui: tuple[MainWindow, Controller], audit: Audit, capsys: pytest.CaptureFixture[str]
) -> None:
    window, controller = gui
    walk_everything(window, controller, audit)
    never = set(dialog_classes()) - audit.dialogs
    assert never == set(NOT_OPENED), f"dialogs the walk never opened: {sorted(never)}"
    open_by_hand(audit, window)
    with capsys.disabled():
        print(
            f"\n{audit.controls} focusable controls in the window and "
            f"{len(audit.dialogs)} dialogs; {audit.total_unnamed()} without a name"
        )
    assert not audit.unnamed, "\n".join(
        f"{where}: {', '.join(names)}" for where, names in audit.unnamed.items()
    )
    assert set(dialog_classes()) <= audit.dialogs
    clashes = audit.clashes  # in each dialog, and on each screen and tab of the window
    assert not clashes, "\n".join(f"{where}: {'; '.join(c)}" for where, c in clashes.items())
