"""Add or change a link on the ecomap: who or what, how the link feels, since when."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.ids import CaseId
from casedesk.domain.team import SUPPORT_KINDS, LinkStrength, Support
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.person import OptionalDate
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.evidence_fields import EvidenceFields

STRENGTH_HELP = {
    LinkStrength.STRONG: QT_TRANSLATE_NOOP("support", "strong: a reliable source of support"),
    LinkStrength.TENUOUS: QT_TRANSLATE_NOOP("support", "tenuous: weak, occasional or uncertain"),
    LinkStrength.STRESSFUL: QT_TRANSLATE_NOOP(
        "support", "stressful: a source of conflict or pressure"
    ),
}


class SupportDialog(QDialog):
    """One ecomap link (an agency, a service, a relative, a group)."""

    help_page = "genogram"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        today: date,
        parent: QWidget | None = None,
        existing: Support | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("support", "Change ecomap link")
            if existing
            else translate("support", "Add a link to the ecomap")
        )
        self.record = record
        self.existing = existing
        self.professional = QComboBox()
        self.professional.addItem(translate("support", "(not a member of the team)"), None)
        for p in record.professionals:
            self.professional.addItem(f"{p.agency} — {p.role}: {p.name}", p.id)
        self.professional.currentIndexChanged.connect(self._professional_chosen)
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            translate("support", "e.g. Grandmother, St Aidan's School, Food bank")
        )
        self.kind = QComboBox()
        for kind in SUPPORT_KINDS:
            # Marked where domain/team.py defines them (context "team").
            self.kind.addItem(translate("team", kind), kind)
        self.strength = QComboBox()
        for strength, text in STRENGTH_HELP.items():
            self.strength.addItem(translate("support", text), strength)
        self.person = QComboBox()
        self.person.addItem(translate("support", "the whole family"), None)
        for person in record.people:
            self.person.addItem(person.display_name, person.id)
        self.from_date = OptionalDate(translate("support", "Since:"))
        self.from_date.set_value(today)
        self.to_date = OptionalDate(translate("support", "Ended:"))
        self.note = QLineEdit()
        self.evidence = EvidenceFields()
        self.reason = QLineEdit()
        form = QFormLayout(self)
        form.addRow(translate("support", "Team member:"), self.professional)
        form.addRow(translate("support", "Who or what:"), self.name)
        form.addRow(translate("support", "Kind:"), self.kind)
        form.addRow(translate("support", "The link is:"), self.strength)
        form.addRow(translate("support", "With:"), self.person)
        form.addRow(translate("support", "From:"), self.from_date)
        form.addRow(translate("support", "Until:"), self.to_date)
        form.addRow(translate("support", "Note:"), self.note)
        form.addRow(translate("support", "Who says so:"), self.evidence)
        if existing is not None:
            form.addRow(translate("support", "Reason for the change:"), self.reason)
            self._load(existing)
        buttons, self.ok = ok_cancel(self)
        form.addRow(buttons)
        self.name.textChanged.connect(self._refresh)
        self.reason.textChanged.connect(self._refresh)
        self.evidence.changed.connect(lambda: self._refresh())
        self._refresh()

    def _load(self, s: Support) -> None:
        self.professional.setCurrentIndex(max(0, index_of(self.professional, s.professional)))
        self.name.setText(s.name)
        self.kind.setCurrentIndex(max(0, index_of(self.kind, s.kind)))
        self.strength.setCurrentIndex(max(0, index_of(self.strength, s.strength)))
        self.person.setCurrentIndex(max(0, index_of(self.person, s.person)))
        self.from_date.set_value(s.from_date)
        self.to_date.set_value(s.to_date)
        self.note.setText(s.note)
        self.evidence.set_value(s.evidence)

    def _professional_chosen(self) -> None:
        chosen = self.professional.currentData()
        for p in self.record.professionals:
            if p.id == chosen and not self.name.text().strip():
                self.name.setText(p.agency)

    def _refresh(self) -> None:
        ready = bool(self.name.text().strip()) and self.evidence.problem() is None
        if self.existing is not None:
            ready = ready and bool(self.reason.text().strip())
        self.ok.setEnabled(ready)

    def support(self) -> Support:
        """The link as entered."""
        return Support(
            CaseId(self.record.case.id),
            self.name.text().strip(),
            self.kind.currentData(),
            self.strength.currentData(),
            self.from_date.value(),
            self.to_date.value(),
            self.person.currentData(),
            self.professional.currentData(),
            self.note.text().strip(),
            self.evidence.value(),
            self.existing.record_id if self.existing else None,
        )
