"""Who said so, what kind of source it is, and whether another source bears it out or
contradicts it, and which: the fields every disputable fact carries (learning theme 2).
'Corroborated' or 'contradicted' must say by what; the reason is shown beside the fields."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from casedesk.domain.evidence import Corroboration, Evidence, SourceType
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.ui.look import warning_colour
from casedesk.ui.widgets.combo import index_of


class EvidenceFields(QWidget):
    """A source, its type, its corroboration and what bears it out, on one line."""

    changed = Signal()

    def __init__(
        self,
        placeholder: str = QT_TRANSLATE_NOOP("evidence_fields", "who said so (person or agency)"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = QLineEdit()
        self.source.setPlaceholderText(translate("evidence_fields", placeholder))
        self.source.setAccessibleName(translate("evidence_fields", "Who said so"))
        self.source.setMinimumWidth(160)
        self.source_type = QComboBox()
        self.source_type.setAccessibleName(translate("evidence_fields", "Kind of source"))
        for source_type in SourceType:
            self.source_type.addItem(shown_value(source_type), source_type)
        self.corroboration = QComboBox()
        self.corroboration.setAccessibleName(translate("evidence_fields", "Corroboration"))
        for corroboration in Corroboration:
            self.corroboration.addItem(shown_value(corroboration), corroboration)
        self.by_what = QLineEdit()
        self.by_what.setPlaceholderText(
            translate("evidence_fields", "by what: another source, a document, a record")
        )
        self.by_what.setAccessibleName(
            translate("evidence_fields", "What bears it out or contradicts it")
        )
        self.problem_text = QLabel()
        self.problem_text.setStyleSheet(f"color: {warning_colour().name()};")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source, 0, 0)
        layout.addWidget(self.source_type, 0, 1)
        layout.addWidget(self.corroboration, 0, 2)
        layout.addWidget(self.by_what, 1, 0, 1, 3)
        layout.addWidget(self.problem_text, 2, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        self.source.textChanged.connect(self._on_change)
        self.by_what.textChanged.connect(self._on_change)
        self.source_type.currentIndexChanged.connect(self._on_change)
        self.corroboration.currentIndexChanged.connect(self._on_change)
        self._on_change()

    def _on_change(self, *_args: object) -> None:
        unverified = self.corroboration.currentData() is Corroboration.UNVERIFIED
        self.by_what.setVisible(not unverified)
        problem = self.problem()
        self.problem_text.setText(f"✗ {problem}" if problem else "")
        self.problem_text.setVisible(bool(problem))
        self.changed.emit()

    def value(self) -> Evidence:
        """The evidence as entered (what bears it out is dropped once unverified)."""
        corroboration = self.corroboration.currentData()
        return Evidence(
            self.source.text().strip(),
            self.source_type.currentData(),
            corroboration,
            "" if corroboration is Corroboration.UNVERIFIED else self.by_what.text().strip(),
        )

    def set_value(self, evidence: Evidence) -> None:
        """Show ``evidence``."""
        self.source.setText(evidence.source)
        self.source_type.setCurrentIndex(index_of(self.source_type, evidence.source_type))
        self.corroboration.setCurrentIndex(index_of(self.corroboration, evidence.corroboration))
        self.by_what.setText(evidence.corroborated_by)

    def problem(self) -> str | None:
        """Why the evidence cannot be kept as entered (None when it can)."""
        return self.value().problem()

    def has_source(self) -> bool:
        """True once a source is named."""
        return bool(self.source.text().strip())
