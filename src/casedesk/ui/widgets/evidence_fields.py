"""Who said so, what kind of source it is, and whether another source bears it out: the
three fields every disputable fact carries (learning theme 2)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from casedesk.domain.evidence import Corroboration, Evidence, SourceType
from casedesk.ui.widgets.combo import index_of


class EvidenceFields(QWidget):
    """A source, its type and a 'corroborated' tick, on one line."""

    def __init__(
        self, placeholder: str = "who said so (person or agency)", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source = QLineEdit()
        self.source.setPlaceholderText(placeholder)
        self.source.setMinimumWidth(180)
        self.source_type = QComboBox()
        for source_type in SourceType:
            self.source_type.addItem(source_type.value, source_type)
        self.corroborated = QCheckBox("Corroborated by another source")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source, 1)
        layout.addWidget(self.source_type)
        layout.addWidget(self.corroborated)
        self._loaded = Evidence()

    def value(self) -> Evidence:
        """The evidence as entered. What these fields do not show (what bears the fact out,
        a 'contradicted') is kept from the evidence they were loaded with, unless the tick
        was changed: an amendment must never drop it unseen."""
        ticked = self.corroborated.isChecked()
        was_ticked = self._loaded.corroboration is Corroboration.CORROBORATED
        if ticked == was_ticked:
            corroboration = self._loaded.corroboration
            corroborated_by = self._loaded.corroborated_by
        else:
            corroboration = Corroboration.CORROBORATED if ticked else Corroboration.UNVERIFIED
            corroborated_by = ""
        return Evidence(
            self.source.text().strip(),
            self.source_type.currentData(),
            corroboration,
            corroborated_by,
        )

    def set_value(self, evidence: Evidence) -> None:
        """Show ``evidence``."""
        self._loaded = evidence
        self.source.setText(evidence.source)
        self.source_type.setCurrentIndex(index_of(self.source_type, evidence.source_type))
        self.corroborated.setChecked(evidence.corroboration is Corroboration.CORROBORATED)

    def has_source(self) -> bool:
        """True once a source is named."""
        return bool(self.source.text().strip())
