"""Likely duplicates found in an import, each shown beside the entry it resembles, and
what to do with them: link those another source reported as one event (both kept, the
event counted once), leave them out, or import them as separate entries."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.entry_duplicates import Likeness
from casedesk.domain.wording import shown_value, translate
from casedesk.services.chronology_csv import DuplicateRow
from casedesk.ui.dates import shown_date


def _describe(entry: ChronologyEntry) -> str:
    return (
        f"{shown_date(entry.occurred_on)} · {shown_value(entry.category)} · {entry.source}\n"
        f"{entry.description}"
    )


def _likeness_sentence(found: int, same_event: int) -> str:
    """How many look like entries already recorded, and how many of those like the same
    event; one whole sentence for each way English agrees its verbs with the counts."""
    if found == 1 and same_event == 1:
        return translate(
            "duplicates",
            "%n of them looks like entries already recorded; {same_event} of those looks like "
            "the same event reported by another agency. Compare them and choose.",
            None,
            found,
        ).format(same_event=same_event)
    if found == 1:
        return translate(
            "duplicates",
            "%n of them looks like entries already recorded; {same_event} of those look like "
            "the same event reported by another agency. Compare them and choose.",
            None,
            found,
        ).format(same_event=same_event)
    if same_event == 1:
        return translate(
            "duplicates",
            "%n of them look like entries already recorded; {same_event} of those looks like "
            "the same event reported by another agency. Compare them and choose.",
            None,
            found,
        ).format(same_event=same_event)
    return translate(
        "duplicates",
        "%n of them look like entries already recorded; {same_event} of those look like "
        "the same event reported by another agency. Compare them and choose.",
        None,
        found,
    ).format(same_event=same_event)


class DuplicatesDialog(QDialog):
    """Side by side: what would be imported, and what is already recorded."""

    help_page = "chronology"  # what F1 opens (ui/help.py)

    LINK, LEAVE_OUT, IMPORT_ALL = "link", "leave out", "import all"  # i18n: choices, not shown

    def __init__(
        self,
        rows: int,
        duplicates: Sequence[DuplicateRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("duplicates", "Possible duplicates"))
        self.choice = ""
        same_event = sum(1 for d in duplicates if d.likeness is Likeness.SAME_EVENT)
        intro = QLabel(
            translate("duplicates", "%n entries are ready.", None, rows)
            + " "
            + _likeness_sentence(len(duplicates), same_event)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(duplicates), 3)
        self.table.setAccessibleName(translate("duplicates", "Possible duplicates, side by side"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("duplicates", "Row"),
                translate("duplicates", "To be imported"),
                translate("duplicates", "Already recorded"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for index, duplicate in enumerate(duplicates):
            row = QTableWidgetItem(f"{duplicate.row}\n({shown_value(duplicate.likeness)})")
            self.table.setItem(index, 0, row)
            self.table.setItem(index, 1, QTableWidgetItem(_describe(duplicate.entry)))
            self.table.setItem(index, 2, QTableWidgetItem(_describe(duplicate.counterpart)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        self.link = QPushButton(translate("duplicates", "&Link same events, leave out the rest"))
        self.link.setToolTip(
            translate(
                "duplicates",
                "Entries another agency recorded of the same event are imported and linked: both "
                "sources kept, the event counted once. Entries already recorded are left out.",
            )
        )
        self.link.setEnabled(same_event > 0)
        self.leave_out = QPushButton(translate("duplicates", "Leave them all &out"))
        self.import_all = QPushButton(
            translate("duplicates", "&Import them all as separate entries")
        )
        for button, choice in (
            (self.link, self.LINK),
            (self.leave_out, self.LEAVE_OUT),
            (self.import_all, self.IMPORT_ALL),
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        # No default: Enter must not decide what happens to another agency's record.
        for button in (self.link, self.leave_out, self.import_all):
            button.setAutoDefault(False)
        self.resize(1000, 520)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
