"""The Genogram and Ecomap tabs: the drawing, an "as at" date, export, and the same
content as text beside it (for screen readers, and for anyone who prefers to read it).

The genogram tab lets a worker drag people (kept in the case file), return to the
automatic layout, and select a person to see their chronology entries.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import diagram as d
from casedesk.domain import ecomap as em
from casedesk.domain import ecomap_drawing, genogram_drawing
from casedesk.domain import genogram as gm
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.diagram_listing import Section, ecomap_text, genogram_text
from casedesk.domain.ids import PersonId
from casedesk.domain.names import isolated
from casedesk.domain.team import Support
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.ui.dates import date_edit_format, shown_date
from casedesk.ui.genogram.painting import PrimitivesItem
from casedesk.ui.genogram.scene import GenogramScene
from casedesk.ui.models.record_table_model import ColumnSpec, RecordTableModel


def sections_html(sections: list[Section]) -> str:
    """The text listing as simple HTML: a heading and a list per section.

    Each block takes the direction of the interface's language: Qt would otherwise take a
    sentence that begins with an Arabic name for a right-to-left paragraph (it does not
    look past the name's isolate) and turn the English sentence round."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    way = "rtl" if rtl else "ltr"
    parts = []
    for heading, lines in sections:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        heading_html = f'<h4 dir="{way}">{html.escape(heading)}</h4>'  # i18n: markup
        parts.append(f'{heading_html}<ul dir="{way}">{items}</ul>')  # i18n: markup
    return "".join(parts)


# The smallest a name may be on screen, in pixels: smaller is unreadable for many, on a
# laptop at arm's length. Names are drawn at d.FONT_SIZE points of the scene.
READABLE_PX = 11.0
LARGEST_FIT = 2.5  # a small family is not blown up past this on a large screen


class ZoomingView(QGraphicsView):
    """A graphics view that zooms with Ctrl + wheel, and with Ctrl + plus and minus.

    Until the worker zooms, it fits the drawing to the window whenever it is shown or
    resized, but never smaller than names can be read (READABLE_PX): a family too large
    for the window is shown at a readable size, from its top, and scrolls.
    """

    def __init__(self, scene: QGraphicsScene, smallest_text: float = d.FONT_SIZE) -> None:
        super().__init__(scene)
        self.smallest_text = smallest_text
        self.user_zoomed = False
        self.focus_on: QRectF | None = None  # what to keep in view when it cannot all fit
        self.setBackgroundBrush(self.palette().base())

    def readable_scale(self) -> float:
        """The least zoom at which the drawing's names are READABLE_PX high on screen."""
        return READABLE_PX / self.smallest_text

    def fit_readably(self, area: QRectF | None = None) -> None:
        """Zoom to show ``area`` (the whole drawing) if that keeps names readable."""
        rect = area if area is not None else self.scene().itemsBoundingRect()
        if rect.isEmpty() or self.viewport().width() < 10:
            return
        room = self.viewport().rect().adjusted(4, 4, -4, -4)
        fit = min(room.width() / rect.width(), room.height() / rect.height(), LARGEST_FIT)
        scale = max(fit, self.readable_scale())
        self.resetTransform()
        self.scale(scale, scale)
        if scale <= fit + 1e-9:
            self.centerOn(rect.center())
            return
        # Too large to fit readably: from the top, centred on what matters most (the
        # child the case is about); scrolled down only as far as it takes to show them,
        # so the parents above stay in view.
        focus = self.focus_on or QRectF(rect.center().x(), rect.top(), 0, 0)
        visible_height = room.height() / scale
        middle_y = max(rect.top(), focus.bottom() + 8 - visible_height) + visible_height / 2
        self.centerOn(focus.center().x(), middle_y)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.setBackgroundBrush(self.palette().base())
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.user_zoomed:
            self.refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.user_zoomed:
            self.refit()

    def refit(self) -> None:
        """Fit again (the tab says what to fit: overridden by the tab)."""
        self.fit_readably()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Plus,
            Qt.Key.Key_Equal,
            Qt.Key.Key_Minus,
        ):
            self.zoom(1 / 1.15 if event.key() == Qt.Key.Key_Minus else 1.15)
            event.accept()
            return
        super().keyPressEvent(event)

    def zoom(self, factor: float) -> None:
        """Scale the drawing about the mouse (within sensible limits)."""
        current = self.transform().m11()
        if 0.1 <= current * factor <= 8:
            self.user_zoomed = True
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self.scale(factor, factor)


# Each kind of drawing by the name a person reads in a sentence (the kind itself is a key).
DIAGRAM_NAMES = {
    "genogram": QT_TRANSLATE_NOOP("diagram_tabs", "genogram"),
    "ecomap": QT_TRANSLATE_NOOP("diagram_tabs", "ecomap"),
}


class DiagramTab(QWidget):
    """What both tabs share: the toolbar, the view and the text listing."""

    export_requested = Signal(str)

    def __init__(self, kind: str, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.record: CaseRecord | None = None
        self.scene = scene
        self.view = ZoomingView(scene)
        self.view.refit = self.refit  # type: ignore[method-assign]
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # The kind is a key (the export asks for it); its name is what a person reads.
        diagram = translate("diagram_tabs", DIAGRAM_NAMES.get(kind, kind))
        self.view.setAccessibleName(diagram.capitalize())
        self.view.setAccessibleDescription(
            translate("diagram_tabs", "The {diagram}; the same content is listed as text.").format(
                diagram=diagram
            )
        )
        self.as_at = QDateEdit()
        self.as_at.setCalendarPopup(True)
        self.as_at.setDisplayFormat(date_edit_format())
        self.as_at.setAccessibleName(translate("diagram_tabs", "As at"))
        self.as_at.setToolTip(
            translate("diagram_tabs", "Show the {diagram} as it was on this date").format(
                diagram=diagram
            )
        )
        self.as_at.dateChanged.connect(lambda _d: self.redraw())
        today = QPushButton(translate("diagram_tabs", "Today"))
        today.setToolTip(
            translate("diagram_tabs", "Show the {diagram} as it is today").format(diagram=diagram)
        )
        today.clicked.connect(lambda: self.as_at.setDate(QDate.currentDate()))
        fit = QPushButton(translate("diagram_tabs", "Fit to window"))
        fit.setToolTip(
            translate(
                "diagram_tabs",
                "Zoom so the whole drawing shows, or as much as fits with names readable "
                "(Ctrl + mouse wheel, or Ctrl + plus and minus, zoom in and out)",
            )
        )
        fit.clicked.connect(self.fit)
        export = QPushButton(translate("diagram_tabs", "Export…"))
        export.setToolTip(
            translate(
                "diagram_tabs", "Save as SVG, PNG or PDF, with the key and the date (not encrypted)"
            )
        )
        export.clicked.connect(lambda: self.export_requested.emit(kind))
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(QLabel(translate("diagram_tabs", "As at:")))
        self.toolbar.addWidget(self.as_at)
        self.toolbar.addWidget(today)
        self.toolbar.addWidget(fit)
        self.toolbar.addWidget(export)
        self.toolbar.addStretch()
        self.listing = QTextBrowser()
        self.listing.setAccessibleName(
            translate("diagram_tabs", "The {diagram} as text").format(diagram=diagram)
        )
        self.listing.setMinimumHeight(40)
        self.side = QVBoxLayout()
        self.side.addWidget(
            QLabel(translate("diagram_tabs", "The {diagram} as text:").format(diagram=diagram))
        )
        self.side.addWidget(self.listing, 1)
        side = QWidget()
        side.setLayout(self.side)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(splitter, 1)
        self.as_at.setDate(QDate.currentDate())

    def day(self) -> date:
        """The chosen "as at" date."""
        chosen = self.as_at.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def fit(self) -> None:
        """Zoom so the whole drawing is visible, or as much as fits readably; from now on
        the drawing follows the window's size again until the worker zooms."""
        self.view.user_zoomed = False
        self.refit()

    def refit(self) -> None:
        """Fit the drawing to the view, readably (see ZoomingView)."""
        self.view.fit_readably(self.fit_area())

    def fit_area(self) -> QRectF:
        """What "fit" shows: the whole drawing (the genogram leaves its key below)."""
        return self.scene.itemsBoundingRect()

    def redraw(self) -> None:
        """Draw the record again for the chosen date (overridden by each tab)."""

    def drawing(self) -> tuple[d.Drawing, list[Section]] | None:
        """What an export writes: the drawing as shown, and its text listing."""
        return None

    def clear(self) -> None:
        """Forget the case (locking)."""
        self.record = None
        self.scene.clear()
        self.listing.clear()


class GenogramTab(DiagramTab):
    """The genogram, draggable, with "Re-layout" and a person's chronology entries."""

    help_page = "genogram"  # what F1 opens (ui/help.py)

    relayout_requested = Signal()
    person_placed = Signal(str, float, float)
    open_entries_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.genogram_scene = GenogramScene()
        super().__init__("genogram", self.genogram_scene, parent)
        self.by_hand: dict[PersonId, d.Point] = {}
        self.relayout = QPushButton(translate("diagram_tabs", "Re-layout"))
        self.relayout.setToolTip(
            translate(
                "diagram_tabs",
                "Put everyone moved by hand back where the automatic layout puts them",
            )
        )
        self.relayout.clicked.connect(self.relayout_requested)
        self.toolbar.insertWidget(self.toolbar.count() - 1, self.relayout)
        self.person_heading = QLabel(
            translate(
                "diagram_tabs",
                "Drag a person to move them. Select a person to see their chronology entries.",
            )
        )
        self.person_heading.setWordWrap(True)
        self.person_entries = QListWidget()
        self.person_entries.setAccessibleName(
            translate("diagram_tabs", "Chronology entries of the selected person")
        )
        self.person_entries.setMinimumHeight(30)
        self.person_entries.setToolTip(
            translate("diagram_tabs", "Double-click an entry to see the family as it was that day")
        )
        self.person_entries.itemDoubleClicked.connect(self._as_at_entry)
        self.open_entries = QPushButton(translate("diagram_tabs", "Open in the chronology"))
        self.open_entries.setEnabled(False)
        self.open_entries.clicked.connect(self._open_entries)
        self.side.addWidget(self.person_heading)
        self.side.addWidget(self.person_entries, 1)
        self.side.addWidget(self.open_entries)
        self.selected: PersonId | None = None
        self.genogram_scene.person_selected.connect(self.show_person)
        self.genogram_scene.person_placed.connect(self._placed)

    def show_record(
        self, record: CaseRecord, by_hand: Mapping[PersonId, d.Point], read_only: bool
    ) -> None:
        """Draw ``record`` with the positions the worker gave people."""
        self.record = record
        self.by_hand = dict(by_hand)
        self.relayout.setEnabled(not read_only and bool(by_hand))
        for item in self.genogram_scene.people.values():
            item.setFlag(item.GraphicsItemFlag.ItemIsMovable, not read_only)
        self.read_only = read_only
        self.redraw()

    def redraw(self) -> None:
        """Draw the genogram for the chosen date."""
        if self.record is None:
            return
        genogram = gm.build(self.record, self.day(), self.by_hand)
        self.genogram_scene.show(genogram)
        if not self.view.user_zoomed:
            self.refit()
        for item in self.genogram_scene.people.values():
            item.setFlag(item.GraphicsItemFlag.ItemIsMovable, not getattr(self, "read_only", False))
        self.listing.setHtml(sections_html(genogram_text(genogram)))
        self.show_person(None)

    def fit_area(self) -> QRectF:
        """The family and its title; the key is below, a scroll away if need be."""
        area = QRectF()
        for item in self.genogram_scene.items():
            if item is not self.genogram_scene.key and item.parentItem() is None:
                area = area.united(item.sceneBoundingRect())
        subject = self.record.case.subject_child if self.record else None
        person = self.genogram_scene.people.get(subject) if subject else None
        self.view.focus_on = person.sceneBoundingRect() if person else None
        return area

    def _placed(self, person: str, x: float, y: float) -> None:
        self.by_hand[PersonId(person)] = (x, y)
        self.relayout.setEnabled(True)
        self.person_placed.emit(person, x, y)

    def show_person(self, person: object) -> None:
        """List the chronology entries that involve the selected person."""
        self.person_entries.clear()
        self.selected = PersonId(str(person)) if person else None
        self.open_entries.setEnabled(self.selected is not None)
        if self.record is None or self.selected is None:
            self.person_heading.setText(
                translate(
                    "diagram_tabs",
                    "Drag a person to move them. Select a person to see their chronology entries.",
                )
            )
            return
        name = self.record.person(self.selected).display_name
        entries = [e for e in self.record.entries if self.selected in e.people]
        entries.sort(key=lambda e: e.occurred_on)
        self.person_heading.setText(
            translate("diagram_tabs", "{name}: %n chronology entries", None, len(entries)).format(
                name=isolated(name)
            )
        )

        for entry in entries[-200:]:
            item = QListWidgetItem(f"{shown_date(entry.occurred_on)} — {entry.description}")
            item.setData(Qt.ItemDataRole.UserRole, entry.occurred_on)
            self.person_entries.addItem(item)

    def _as_at_entry(self, item: QListWidgetItem) -> None:
        """Show the genogram as it was on the day of the chosen entry."""
        day = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(day, date):
            chosen = self.selected
            self.as_at.setDate(QDate(day.year, day.month, day.day))
            if chosen is not None and chosen in self.genogram_scene.people:
                self.genogram_scene.people[chosen].setSelected(True)

    def _open_entries(self) -> None:
        if self.selected is not None:
            self.open_entries_requested.emit(str(self.selected))

    def drawing(self) -> tuple[d.Drawing, list[Section]] | None:
        genogram = self.genogram_scene.genogram
        if genogram is None:
            return None
        return genogram_drawing.drawing(genogram), genogram_text(genogram)

    def clear(self) -> None:
        super().clear()
        self.by_hand = {}
        self.show_person(None)  # the heading names the person: cleared too


SUPPORT_COLUMNS: list[ColumnSpec[Support]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("diagram_tabs", "Who or what"), lambda s: s.name, context="diagram_tabs"
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("diagram_tabs", "Kind"), lambda s: s.kind, context="diagram_tabs"),
    ColumnSpec(
        QT_TRANSLATE_NOOP("diagram_tabs", "Link"),
        lambda s: shown_value(s.strength),
        warn=lambda s: s.strength.value == "stressful",
        context="diagram_tabs",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("diagram_tabs", "From"),
        lambda s: f"{shown_date(s.from_date)}" if s.from_date else "",
        context="diagram_tabs",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("diagram_tabs", "To"),
        lambda s: f"{shown_date(s.to_date)}" if s.to_date else "",
        context="diagram_tabs",
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("diagram_tabs", "Note"), lambda s: s.note, context="diagram_tabs"),
]


class EcomapTab(DiagramTab):
    """The ecomap, and the list of its links with Add and Change."""

    help_page = "genogram"  # what F1 opens (ui/help.py)

    add_support_requested = Signal()
    edit_support_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ecomap", QGraphicsScene(), parent)
        self.view.smallest_text = ecomap_drawing.LABEL_SIZE
        self.ecomap: em.Ecomap | None = None
        self.supports_model: RecordTableModel[Support] = RecordTableModel(SUPPORT_COLUMNS)
        self.supports_table = QTableView()
        self.supports_table.setModel(self.supports_model)
        self.supports_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.supports_table.setAccessibleName(translate("diagram_tabs", "Ecomap links"))
        self.supports_table.setMinimumHeight(40)
        self.supports_table.doubleClicked.connect(lambda _i: self._emit_edit())
        self.add_support = QPushButton(translate("diagram_tabs", "Add link…"))
        self.add_support.clicked.connect(self.add_support_requested)
        self.edit_support = QPushButton(translate("diagram_tabs", "Change…"))
        self.edit_support.clicked.connect(self._emit_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_support)
        buttons.addWidget(self.edit_support)
        buttons.addStretch()
        self.side.addWidget(QLabel(translate("diagram_tabs", "Links (every date):")))
        self.side.addLayout(buttons)
        self.side.addWidget(self.supports_table, 1)

    def show_record(self, record: CaseRecord, read_only: bool) -> None:
        """Draw ``record``'s ecomap and list its links."""
        self.record = record
        self.supports_model.set_rows(list(record.supports))
        self.add_support.setEnabled(not read_only)
        self.edit_support.setEnabled(not read_only)
        self.redraw()

    def redraw(self) -> None:
        """Draw the ecomap for the chosen date."""
        if self.record is None:
            return
        self.ecomap = em.build(self.record, self.day())
        self.scene.clear()
        self.scene.addItem(PrimitivesItem(ecomap_drawing.drawing(self.ecomap).primitives))
        if not self.view.user_zoomed:
            self.refit()
        self.listing.setHtml(sections_html(ecomap_text(self.ecomap)))

    def _emit_edit(self) -> None:
        index = self.supports_table.currentIndex()
        if index.isValid():
            self.edit_support_requested.emit(self.supports_model.row_at(index.row()))

    def drawing(self) -> tuple[d.Drawing, list[Section]] | None:
        if self.ecomap is None:
            return None
        return ecomap_drawing.drawing(self.ecomap), ecomap_text(self.ecomap)

    def clear(self) -> None:
        super().clear()
        self.ecomap = None
        self.supports_model.clear()
