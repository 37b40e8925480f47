"""Merge two records of the same person (the duplicate's row is kept, marked merged)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.wording import translate
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.relationship import people_combo
from casedesk.ui.widgets.combo import index_of


class MergeDialog(QDialog):
    """Merge a duplicate person into the record kept: suggestions first, never silently."""

    help_page = "people-and-fathers"  # what F1 opens (ui/help.py)

    def __init__(self, record: CaseRecord, parent: QWidget | None = None) -> None:
        from casedesk.domain.duplicates import likely_duplicates

        super().__init__(parent)
        self.setWindowTitle(translate("merge", "Merge duplicate people"))
        self.record = record
        suggestions = likely_duplicates(record.people)
        text = "<br>".join(
            f"• {d.first.display_name} / {d.second.display_name}: {d.reason}"
            for d in suggestions[:8]
        ) or translate("merge", "No likely duplicates found; you can still choose two records.")
        hint = QLabel(
            "<b>" + translate("merge", "Possible duplicates in this case") + f"</b><br>{text}"
        )
        hint.setWordWrap(True)
        self.keep = people_combo(record)
        self.duplicate = people_combo(record)
        if suggestions:
            self.keep.setCurrentIndex(index_of(self.keep, suggestions[0].first.id))
            self.duplicate.setCurrentIndex(index_of(self.duplicate, suggestions[0].second.id))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            translate("merge", "why they are the same person (what was checked)")
        )
        warning = QLabel(
            translate(
                "merge",
                "Everything recorded about the second person moves to the first; their "
                "names become aliases. The second record is kept, marked as merged, "
                "and the merge cannot be undone with Edit > Undo.",
            )
        )
        warning.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(translate("merge", "Keep:"), self.keep)
        form.addRow(translate("merge", "Merge into it:"), self.duplicate)
        form.addRow(translate("merge", "Reason:"), self.reason)
        form.addRow(warning)
        buttons, self.ok = ok_cancel(self, translate("merge", "Merge"))
        form.addRow(buttons)
        self.keep.currentIndexChanged.connect(self._refresh)
        self.duplicate.currentIndexChanged.connect(self._refresh)
        self.reason.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        self.ok.setEnabled(
            bool(self.reason.text().strip())
            and self.keep.currentData() != self.duplicate.currentData()
        )
