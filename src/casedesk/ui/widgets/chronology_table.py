"""The chronology's table: the description painted with the searched words marked, and
columns sized to their usual text with the description taking the width left."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
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

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Plain painting unless there is a query; then the matches are highlighted."""
        if not self.query:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        document = QTextDocument()
        width = option.rect.width() - 2 * document.documentMargin()
        marked = self.marked(option.text, option.font, int(width))
        if marked is None:
            # What the plain paint does once the option is filled in (not twice).
            if style:
                style.drawControl(
                    QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget
                )
            return
        document.setDefaultFont(option.font)
        document.setHtml(marked)
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        document.documentLayout().draw(painter, context)
        painter.restore()

    def marked(self, text: str, font: QFont, width: int) -> str | None:
        """``text`` as the cell shows it, in ``width`` pixels of ``font``, with the searched
        words marked (markup), or None when nothing it shows is marked. Cut short with … as
        the other cells are: the marks are only where the words can be seen."""
        spans = match_spans(text, self.query) if self.query else []
        if not spans:
            return None
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        kept, tail = len(text), ""
        if shown != text and text.startswith(shown[:-1]):
            kept, tail = len(shown) - 1, shown[-1]
        seen = [(start, min(end, kept)) for start, end in spans if start < kept]
        if not seen:
            return None  # the words are past what the column shows: painted plainly
        parts, last = [], 0
        for start, end in seen:
            parts.append(html.escape(text[last:start]))
            parts.append(
                f"<span style='background:{MARKED_BACK}; color:{MARKED_TEXT}'>"  # i18n: markup
                f"{html.escape(text[start:end])}</span>"
            )
            last = end
        parts.append(html.escape(text[last:kept]) + tail)
        return "".join(parts)


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
