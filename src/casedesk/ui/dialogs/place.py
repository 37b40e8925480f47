"""Add or change an address or a household membership, over time, with its evidence."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.people import Address
from casedesk.domain.relationships import (
    HouseholdMembership,
)
from casedesk.domain.wording import translate
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.person import OptionalDate
from casedesk.ui.dialogs.relationship import people_combo
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.evidence_fields import EvidenceFields


class PlaceDialog(QDialog):
    """An address in someone's history, or their membership of a household, over time.
    Given ``existing``, it changes that record and asks why."""

    help_page = "people-and-fathers"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        household: bool,
        parent: QWidget | None = None,
        existing: Address | HouseholdMembership | None = None,
    ) -> None:
        super().__init__(parent)
        self.household = household
        self.existing = existing
        self.setWindowTitle(
            (
                translate("place", "Change household membership")
                if household
                else translate("place", "Change address")
            )
            if existing
            else (
                translate("place", "Add to a household")
                if household
                else translate("place", "Add an address")
            )
        )
        self.person = people_combo(record)
        self.place = QComboBox()
        self.place.setEditable(True)
        known = sorted({h.household for h in record.households}) if household else []
        self.place.addItems(known)
        self.place.setCurrentText(known[0] if known else "")
        self.started = OptionalDate(translate("place", "Known:"))
        self.ended = OptionalDate(translate("place", "Left:"))
        self.evidence = EvidenceFields()
        self.reason = QLineEdit()
        form = QFormLayout(self)
        form.addRow(translate("place", "Person:"), self.person)
        form.addRow(
            translate("place", "Household:") if household else translate("place", "Address:"),
            self.place,
        )
        form.addRow(translate("place", "From:"), self.started)
        form.addRow(translate("place", "Until:"), self.ended)
        form.addRow(translate("place", "Source:"), self.evidence)
        if existing is not None:
            form.addRow(translate("place", "Reason for the change:"), self.reason)
            self._load(existing)
        buttons, self.ok = ok_cancel(self)
        form.addRow(buttons)
        self.place.currentTextChanged.connect(self._refresh)
        self.reason.textChanged.connect(self._refresh)
        self.evidence.changed.connect(lambda: self._refresh())
        self._refresh()

    def _load(self, value: Address | HouseholdMembership) -> None:
        self.person.setCurrentIndex(index_of(self.person, value.person))
        self.person.setEnabled(False)
        text = value.household if isinstance(value, HouseholdMembership) else value.address
        self.place.setCurrentText(text)
        self.started.set_value(value.from_date)
        self.ended.set_value(value.to_date)
        self.evidence.set_value(value.evidence)

    def _refresh(self) -> None:
        needs_reason = self.existing is not None and not self.reason.text().strip()
        self.ok.setEnabled(
            bool(self.place.currentText().strip())
            and not needs_reason
            and self.evidence.problem() is None
        )

    def value(self) -> Address | HouseholdMembership:
        """The address or membership as entered."""
        evidence = self.evidence.value()
        place = self.place.currentText().strip()
        record_id = self.existing.record_id if self.existing else None
        if self.household:
            return HouseholdMembership(
                self.person.currentData(),
                place,
                self.started.value(),
                self.ended.value(),
                evidence,
                record_id,
            )
        return Address(
            self.person.currentData(),
            place,
            self.started.value(),
            self.ended.value(),
            evidence,
            record_id,
        )
