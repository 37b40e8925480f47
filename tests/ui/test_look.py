"""The look follows the system: every colour pair CaseDesk sets reads at 4.5:1 (WCAG 2
text contrast) in a light and in a dark palette, and fonts follow the system's size."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStyleFactory
from pytestqt.qtbot import QtBot

from casedesk.services.resources import resource
from casedesk.ui import look
from casedesk.ui.widgets.start_page import StartPage

Role = QPalette.ColorRole
ROLES = {
    "window": Role.Window,
    "window-text": Role.WindowText,
    "base": Role.Base,
    "alternate-base": Role.AlternateBase,
    "text": Role.Text,
    "button": Role.Button,
    "button-text": Role.ButtonText,
    "highlight": Role.Highlight,
    "mid": Role.Mid,
}


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark_palette() -> QPalette:
    """A dark palette of the kind KDE's Breeze Dark and Windows' dark mode give."""
    palette = QPalette()
    for role, colour in (
        (Role.Window, "#2a2e32"),
        (Role.WindowText, "#fcfcfc"),
        (Role.Base, "#1b1e20"),
        (Role.AlternateBase, "#232629"),
        (Role.Text, "#fcfcfc"),
        (Role.Button, "#31363b"),
        (Role.ButtonText, "#fcfcfc"),
        (Role.Mid, "#5a6068"),
        (Role.Highlight, "#3daee9"),
        (Role.HighlightedText, "#fcfcfc"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {"light": light_palette, "dark": dark_palette}


def colour(value: str, palette: QPalette) -> QColor:
    found = re.fullmatch(r"palette\(([a-z-]+)\)", value.strip())
    return palette.color(ROLES[found.group(1)]) if found else QColor(value.strip())


def rules(sheet: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Each rule of a stylesheet: its selector and its declarations."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip()] = value.strip()
        yield " ".join(selector.split()), declarations


def sheet_pairs(palette: QPalette) -> list[tuple[str, QColor, QColor]]:
    """Every text colour the stylesheet sets, with the background it is read on (its
    own, or the palette's window where it sets none)."""
    template = resource("style.qss").read_text(encoding="utf-8")
    sheet = look.style_sheet(template, palette, 10.0)
    pairs = []
    for selector, declarations in rules(sheet):
        if "color" not in declarations:
            continue
        back = declarations.get("background", "palette(window)")
        pairs.append((selector, colour(declarations["color"], palette), colour(back, palette)))
    return pairs


def code_pairs(palette: QPalette) -> list[tuple[str, QColor, QColor]]:
    """The colours code sets on table cells and text: on the base and on the alternate
    rows' base."""
    pairs = []
    for name, text in (
        ("warning red (overdue, self-report, not identified)", look.warning_colour(palette)),
        ("muted grey (family history, placeholders, passed checks)", look.muted_colour(palette)),
        ("amber (a doubt beside a form)", look.caution_colour(palette)),
    ):
        for back in (Role.Base, Role.AlternateBase, Role.Window):
            pairs.append((f"{name} on {back.name}", text, palette.color(back)))
    pairs.append(("searched words", QColor(look.MARKED_TEXT), QColor(look.MARKED_BACK)))
    return pairs


@pytest.mark.parametrize("name", PALETTES)
def test_every_colour_pair_reads_at_4_5_to_1_in_a_light_and_a_dark_palette(name: str) -> None:
    palette = PALETTES[name]()
    assert look.is_dark(palette) is (name == "dark")
    pairs = sheet_pairs(palette) + code_pairs(palette)
    selectors = {selector for selector, _text, _back in pairs}
    # The ones the issue found unreadable in a dark palette are among those measured.
    for needed in (
        "QLabel#CaseTitle",
        "QFrame#PinnedConcern QLabel",
        "QPushButton#StartAction",
        "QLabel#AttentionBanner",
        "QLabel#DemoBanner",
        "QLabel#EmptyHint",
    ):
        assert needed in selectors
    poor = {
        selector: round(look.contrast(text, back), 2)
        for selector, text, back in pairs
        if look.contrast(text, back) < 4.5
    }
    assert not poor, f"under 4.5:1 in the {name} palette: {poor}"


def test_the_stylesheet_fixes_no_colour_of_its_own_and_no_size_in_pixels_or_points() -> None:
    """Colours are palette roles or tokens chosen for both palettes; font sizes are
    multiples of the system's."""
    template = re.sub(r"/\*.*?\*/", "", resource("style.qss").read_text("utf-8"), flags=re.S)
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b", template)
    sizes = re.findall(r"font-size:\s*([^;}]+)", template)
    assert sizes and all(size.strip().startswith("@size-") for size in sizes)
    # No widget's font in pixels (the genogram's names are sized in the drawing's own
    # units, which its zoom scales: they are not a widget's font).
    ui = Path(look.__file__).parent
    for source in ui.rglob("*.py"):
        if "genogram" not in source.parts:
            assert "setPixelSize" not in source.read_text("utf-8"), source


def test_a_larger_system_font_makes_the_start_page_larger(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (app.font(), app.styleSheet(), app.palette())
    try:
        sizes = []
        for points in (9.0, 14.0):
            font = QFont(before[0])
            font.setPointSizeF(points)
            app.setFont(font)
            look.apply_look(app)
            page = StartPage()
            qtbot.addWidget(page)
            page.ensurePolished()
            title = page.findChild(QLabel, "StartTitle")
            button = page.findChildren(QPushButton, "StartAction")[0]
            assert title is not None
            title.ensurePolished()
            button.ensurePolished()
            sizes.append((title.font().pointSizeF(), button.font().pointSizeF()))
            # Placeholders: the quieter grey, still 4.5:1 on the base.
            palette = app.palette()
            placeholder = palette.color(Role.PlaceholderText)
            assert look.contrast(placeholder, palette.color(Role.Base)) >= 4.5
        (small_title, small_button), (large_title, large_button) = sizes
        assert large_title == pytest.approx(small_title * 14 / 9, rel=0.05)
        assert large_button == pytest.approx(small_button * 14 / 9, rel=0.05)
        assert large_button > 14.0  # never smaller than the system's own text
    finally:
        app.setFont(before[0])
        app.setStyleSheet(before[1])
        app.setPalette(before[2])


def test_contrast_is_measured_as_wcag_says() -> None:
    assert look.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert look.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", PALETTES)
def test_the_unlock_dialogs_refusal_reads_in_a_light_and_a_dark_palette(
    qtbot: QtBot, name: str
) -> None:
    """What the unlock dialog refuses (a wrong passphrase, a damaged file) is in the
    warning red of the palette in use: the light palette's red was 2.5:1 on a dark
    window."""
    from casedesk.ui.dialogs.unlock import UnlockDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        app.setPalette(PALETTES[name]())
        dialog = UnlockDialog(Path("work.casedesk"), lambda _secret, _read_only: "Refused.")
        qtbot.addWidget(dialog)
        dialog.secret.setText("a passphrase")
        dialog.unlock_button.click()
        assert dialog.error.text() == "Refused."
        found = re.search(r"color:\s*(#[0-9a-fA-F]{6})", dialog.error.styleSheet())
        assert found is not None
        window = dialog.palette().color(Role.Window)
        assert look.contrast(QColor(found.group(1)), window) >= 4.5
    finally:
        app.setPalette(before)
