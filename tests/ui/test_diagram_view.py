"""The Genogram and Ecomap tabs on a laptop screen and in a dark palette: the drawing fits
the window when it can, names stay readable when it cannot, the worker's zoom is kept,
and lines, names and the key are drawn in the palette's colours (issue 19)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from casedesk.domain import diagram as d
from casedesk.domain import ecomap_drawing
from casedesk.domain.names import isolated
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.ui.controller import Controller
from casedesk.ui.genogram.painting import TEXT_SCALE, font, label_width, paint
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings
from casedesk.ui.widgets.diagram_tabs import READABLE_PX, sections_html

PASSPHRASE = "kettle mango violin harbour"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2d2f31"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def open_window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Controller]:
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=11, cases=2, entries=20, as_of=date(2026, 11, 1)))
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    controller = Controller(window)
    controller._opened(CaseFile.open(path, PASSPHRASE))
    controller.show_case("DEMO-0001")
    return window, controller


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller]]:
    window, controller = open_window(qtbot, tmp_path)
    yield window, controller
    controller.close_case_file()


def showing(window: MainWindow, tab_name: str, size: tuple[int, int]) -> None:
    view = window.case_view
    window.resize(*size)
    window.show()
    view.tabs.setCurrentWidget(getattr(view, tab_name))
    QApplication.processEvents()


def test_the_genogram_fits_readably_on_a_laptop_screen_and_follows_resizing(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, _ = gui
    tab = window.case_view.genogram
    for size in ((1024, 700), (1366, 768), (1920, 1080)):
        showing(window, "genogram", size)
        scale = tab.view.transform().m11()
        assert scale * d.FONT_SIZE >= READABLE_PX - 1e-6, f"names readable at {size}"
        family = tab.view.mapFromScene(tab.fit_area()).boundingRect()
        # Within a pixel: the family's top is the drawing's top, which the view cannot
        # scroll past to centre it, and the mapping rounds outwards.
        fits = tab.view.viewport().rect().adjusted(-1, -1, 1, 1).contains(family)
        assert fits or abs(scale * d.FONT_SIZE - READABLE_PX) < 1e-6, "fitted, or readable"
        subject = tab.genogram_scene.people[window.case_view.record.case.subject_child]  # type: ignore[union-attr]
        at = tab.view.mapFromScene(subject.pos())
        assert tab.view.viewport().rect().contains(at), "the child the case is about is shown"
    assert fits, "on a large screen the whole family shows"


def test_the_workers_zoom_is_kept_until_they_fit_again(gui: tuple[MainWindow, Controller]) -> None:
    window, _ = gui
    tab = window.case_view.genogram
    showing(window, "genogram", (1366, 768))
    fitted = tab.view.transform().m11()
    middle = QPointF(tab.view.viewport().rect().center())
    wheel = QWheelEvent(
        middle,
        QPointF(tab.view.viewport().mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(tab.view.viewport(), wheel)
    zoomed = tab.view.transform().m11()
    assert zoomed > fitted
    window.resize(1100, 720)
    QApplication.processEvents()
    assert tab.view.transform().m11() == zoomed, "resizing keeps the worker's zoom"
    tab.fit()
    assert tab.view.transform().m11() != zoomed


def test_the_ecomaps_labels_are_readable(gui: tuple[MainWindow, Controller]) -> None:
    window, _ = gui
    showing(window, "ecomap", (1024, 700))
    scale = window.case_view.ecomap.view.transform().m11()
    assert scale * ecomap_drawing.LABEL_SIZE >= READABLE_PX - 1e-6


def lightness(image: QImage, area: QRect) -> tuple[float, float]:
    """The darkest and the lightest pixel in an area of the image (0 to 1)."""
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(max(0, area.left()), min(image.width(), area.right()))
        for y in range(max(0, area.top()), min(image.height(), area.bottom()))
    ]
    return min(values), max(values)


def test_in_a_dark_palette_lines_names_and_key_are_light_on_dark(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark_palette())
    try:
        window, controller = open_window(qtbot, tmp_path)
        showing(window, "genogram", (1366, 768))
        tab = window.case_view.genogram
        image = tab.view.viewport().grab().toImage()
        assert image.pixelColor(3, 3).lightnessF() < 0.2, "the background is the palette's"
        child = window.case_view.record.case.subject_child  # type: ignore[union-attr]
        symbol = tab.genogram_scene.people[child]
        outline = tab.view.mapFromScene(symbol.sceneBoundingRect()).boundingRect()
        darkest, lightest = lightness(image, outline)
        assert darkest < 0.2 and lightest > 0.75, "the symbol and its name are light on dark"
        key = tab.genogram_scene.key
        assert key is not None
        tab.view.ensureVisible(key.sceneBoundingRect())
        QApplication.processEvents()
        image = tab.view.viewport().grab().toImage()
        area = tab.view.mapFromScene(key.sceneBoundingRect()).boundingRect()
        darkest, lightest = lightness(image, area)
        assert darkest < 0.2 and lightest > 0.75, "the key is light on dark"
        controller.close_case_file()
    finally:
        app.setPalette(before)


def test_a_sentence_that_begins_with_an_arabic_name_reads_as_an_english_sentence(
    qtbot: QtBot,
) -> None:
    listing = QTextBrowser()
    qtbot.addWidget(listing)
    line = isolated("سارة علي") + " is biological parent of Adam."
    listing.setHtml(sections_html([("Parents and children", [line])]))
    block = listing.document().lastBlock()
    assert block.text().endswith("biological parent of Adam.")
    assert block.textDirection() == Qt.LayoutDirection.LeftToRight


def drawn(label: d.Label, layout: Qt.LayoutDirection | None = None) -> QImage:
    """The label painted on white: by the genogram's painter, or with ``layout`` forced."""
    image = QImage(400, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    if layout is None:
        paint(painter, [label])
    else:
        painter.translate(label.at[0], label.at[1])
        painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
        painter.setFont(font(label.size, label.bold))
        painter.setPen(QColor(label.colour))
        option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        option.setTextDirection(layout)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        metrics = QFontMetricsF(font(label.size, label.bold))
        width = label_width(label) * TEXT_SCALE + 1
        painter.drawText(QRectF(0, -metrics.ascent(), width, metrics.height()), label.text, option)
    painter.end()
    return image


def test_a_name_written_right_to_left_is_laid_out_right_to_left_on_screen(qtbot: QtBot) -> None:
    arabic_first = d.Label((10.0, 30.0), "سارة Smith", 20.0, centred=False)
    assert drawn(arabic_first) == drawn(arabic_first, Qt.LayoutDirection.RightToLeft)
    assert drawn(arabic_first) != drawn(arabic_first, Qt.LayoutDirection.LeftToRight)
    english_first = d.Label((10.0, 30.0), "Adam شريف", 20.0, centred=False)
    assert drawn(english_first) == drawn(english_first, Qt.LayoutDirection.LeftToRight)
