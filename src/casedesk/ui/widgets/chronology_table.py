"""The chronology's table: the description painted with the searched words marked, and
columns sized to their usual text with the description taking the width left."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from casedesk.domain.names import match_spans
from casedesk.domain.wording import translate
from casedesk.ui.look import MARKED_BACK, MARKED_TEXT
from casedesk.ui.models.chronology_model import Column


class HighlightDelegate(QStyledItemDelegate):
    """Paints the description with the searched words marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self._marking = QTextCharFormat()
        self._marking.setBackground(QColor(MARKED_BACK))
        self._marking.setForeground(QColor(MARKED_TEXT))
        self._areas: dict[tuple[int, ...], QRect] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Plain painting unless there is a query; then the matches are highlighted.
        The cell is drawn as any other (background, selection, focus) without its text,
        then its text as one line laid out with the marks as formats: a marked text
        document a cell (its markup parsed at every paint) made a search's repaint half
        as long again."""
        if not self.query:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        text = option.text
        spans = match_spans(text, self.query)
        if not spans:
            # What the plain paint does once the option is filled in (not twice).
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
            return
        area = self._text_area(style, option, widget)
        # The inner margin Qt's own item text keeps on either side.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = area.width() - 2 * margin
        # Most descriptions fit their column: laid out whole once, and cut short with …
        # (measured again) only when they do not, as Qt cuts the other cells.
        layout, line = self._one_line(text, spans, option, width)
        # Too wide, or more than one line (a line break typed in the description).
        if line.naturalTextWidth() > width or line.textLength() < len(text):
            cut = self._cut(text, spans, option.font, width)
            if cut is None:
                style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
                return
            layout, line = self._one_line(*cut, option, width)
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if option.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(group, role))  # the row's grey, if it has one
        painter.setClipRect(area)
        top = area.top() + (area.height() - line.height()) / 2
        layout.draw(painter, QPointF(area.left() + margin, top))
        painter.restore()

    def _text_area(
        self, style: QStyle, option: QStyleOptionViewItem, widget: QWidget | None
    ) -> QRect:
        """Where the style puts a cell's text: asking it lays the text out to measure it
        (a tenth of a marked cell's paint), and the answer depends only on the cell's
        size and what else it shows, so it is asked once for each of those."""
        rect = option.rect
        key = (
            id(style),
            rect.width(),
            rect.height(),
            int(option.features.value),
            option.direction.value,
            option.decorationSize.width(),
            option.decorationSize.height(),
        )
        found = self._areas.get(key)
        if found is None:
            area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
            found = self._areas[key] = area.translated(-rect.topLeft())
            if len(self._areas) > 64:  # columns resized many times
                self._areas = {key: found}
        return found.translated(rect.topLeft())

    def _one_line(
        self, text: str, spans: list[tuple[int, int]], option: QStyleOptionViewItem, width: int
    ) -> tuple[QTextLayout, QTextLine]:
        """``text`` laid out in one line of ``width`` pixels, the ``spans`` marked."""
        layout = QTextLayout(text, option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        text_option.setTextDirection(option.direction)
        layout.setTextOption(text_option)
        ranges = []
        for start, end in spans:
            marking = QTextLayout.FormatRange()
            marking.start, marking.length, marking.format = start, end - start, self._marking
            ranges.append(marking)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width)
        layout.endLayout()
        return layout, line

    def marked(
        self, text: str, font: QFont, width: int
    ) -> tuple[str, list[tuple[int, int]]] | None:
        """``text`` as the cell shows it in ``width`` pixels of ``font`` (cut short with …
        as the other cells are) and the spans of it that mark the searched words, or None
        when nothing it shows is marked: the marks are only where the words can be seen."""
        spans = match_spans(text, self.query) if self.query else []
        if not spans:
            return None
        return self._cut(text, spans, font, width)

    @staticmethod
    def _cut(
        text: str, spans: list[tuple[int, int]], font: QFont, width: int
    ) -> tuple[str, list[tuple[int, int]]] | None:
        """``marked`` once the spans are found."""
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        if not shown:
            return None  # not even … fits
        kept = len(text)
        # Qt keeps the direction marks of what it cut after the … (a right-to-left
        # mark typed in Hebrew or Arabic text).
        cut = shown.rfind("…")
        if shown != text and cut >= 0 and text.startswith(shown[:cut]):
            kept = cut
        else:
            shown = text
        seen = [(start, min(end, kept)) for start, end in spans if start < kept]
        return (shown, seen) if seen else None


class ChronologyTable(QTableView):
    """The entries' table: every column but the description as wide as its usual text,
    the description the rest (so at 1280 pixels nothing needs a sideways scroll)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the description whatever width the other columns leave."""
        super().resizeEvent(event)
        self.fit_description()

    def fit_description(self) -> None:
        """The description takes the width left, but never less than some 32 letters."""
        header = self.horizontalHeader()
        others = (
            sum(header.sectionSize(c) for c in Column if c != Column.DESCRIPTION)
            + self.frameWidth() * 2
        )
        least = self.fontMetrics().averageCharWidth() * 32
        header.resizeSection(Column.DESCRIPTION, max(least, self.viewport().width() - others + 2))

    def fit_columns(self) -> None:
        """Each column as wide as its usual text, in the font in use; the longer texts
        are cut short with … and whole in their tooltips."""
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        widest_date = QFontMetrics(bold).horizontalAdvance("28/12/2023")
        for column, sample in (
            (Column.SIGNIFICANCE, "★★"),
            (Column.AGE, translate("chronology_table", "pregnancy week 40")),
            (Column.CATEGORY, translate("chronology_table", "information shared")),
            (Column.SOURCE, "Northvale Health Visit"),  # i18n: a sample source, only measured
            (Column.EVIDENCE, translate("chronology_table", "⚠ self-reported, contradicted")),
        ):
            self.setColumnWidth(column, metrics.horizontalAdvance(sample) + 18)
        self.setColumnWidth(
            Column.DATE, max(widest_date, metrics.horizontalAdvance("about 2026")) + 18
        )
        self.fit_description()
