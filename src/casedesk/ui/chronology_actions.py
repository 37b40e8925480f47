"""The controller's work on a case's chronology: entries, the 'who might need to know?'
prompt, imports from CSV and JSON, categories, the CSV template and entry history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from casedesk.domain import record_kinds as k
from casedesk.domain.errors import CaseDeskError
from casedesk.services.case_file import CaseFile
from casedesk.ui.busy import Busy
from casedesk.ui.case_actions import CaseActions


class ChronologyActions(CaseActions):
    """Mixed into ``Controller``: the chronology tab's requests."""

    def add_entry(self) -> None:
        """Add a chronology entry; after a significant one, ask who might need to know."""
        from casedesk.domain.sharing import asks_who_needs_to_know
        from casedesk.domain.team import active_team
        from casedesk.ui.dialogs.entry import EntryDialog, SharingDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None or self.editor is None:
            return
        dialog = EntryDialog(
            record,
            self.case_file.user,
            self._today(),
            parent=self.window,
            categories=self.case_file.categories(),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        entry = dialog.entry()
        if isinstance(entry, str):
            return
        decisions = []
        if asks_who_needs_to_know(entry) and active_team(record.professionals, self._today()):
            sharing = SharingDialog(record, entry, self.case_file.user, self._today(), self.window)
            if sharing.exec() == QDialog.DialogCode.Accepted:
                decisions = sharing.decisions()
        # The entry and who was told of it: one unit of work, one undo step.
        self._run_edit(lambda e: e.add_entry(record, entry, decisions))

    def edit_entry(self, entry: object) -> None:
        """Change a chronology entry, with the reason; the earlier values are kept."""
        from casedesk.domain.chronology import ChronologyEntry
        from casedesk.ui.dialogs.entry import EntryDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None or not isinstance(entry, ChronologyEntry):
            return
        if self.case_file.read_only:
            return
        dialog = EntryDialog(
            record,
            self.case_file.user,
            self._today(),
            existing=entry,
            parent=self.window,
            categories=self.case_file.categories(),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new, reason = dialog.entry(), dialog.reason.text()
        if not isinstance(new, str):
            self._run_edit(lambda e: e.amend_entry(record, entry, new, reason))

    def import_csv(self) -> None:
        """Import a multi-agency chronology from CSV: check it all first, ask about likely
        duplicates, then import everything or nothing."""
        from casedesk.services.chronology_csv import check_csv, import_csv

        record = self.window.case_view.record
        case_file = self.case_file
        if record is None or case_file is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            "Import chronology",
            str(Path.home()),
            "Chronologies (*.csv *.json);;CSV files (*.csv);;CaseDesk JSON (*.json)",
        )
        if not path:
            return
        reference = record.case.reference
        if path.lower().endswith(".json"):
            self._import_json_chronology(case_file, reference, Path(path))
            return
        try:
            with Busy():
                report = check_csv(case_file, reference, Path(path))
        except (CaseDeskError, OSError) as error:
            QMessageBox.warning(self.window, "Import", str(error))
            return
        if not report.ok:
            QMessageBox.warning(
                self.window,
                "Nothing was imported",
                "The CSV has problems; fix them and import it again:\n"
                + "\n".join(report.problems[:30]),
            )
            return
        include = False
        if report.duplicates:
            rows = ", ".join(str(r) for r, _ in report.duplicates[:20])
            box = QMessageBox(self.window)
            box.setWindowTitle("Possible duplicates")
            box.setText(
                f"{report.rows} entries are ready. {len(report.duplicates)} of them look "
                "like entries already recorded (same date and source, same or very "
                f"similar text): rows {rows}."
            )
            skip = box.addButton("Import without them", QMessageBox.ButtonRole.AcceptRole)
            everything = box.addButton("Import them too", QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() not in (skip, everything):
                return
            include = box.clickedButton() is everything
        self._run_edit(
            lambda _e: import_csv(case_file, reference, Path(path), include_duplicates=include)
        )

    def show_entry_history(self, entry: object) -> None:
        """The history of a chronology entry: when, who, what it was, and why it changed."""
        from casedesk.domain.chronology import ChronologyEntry
        from casedesk.ui.dialogs.simple_records import HistoryDialog

        if self.editor is None or not isinstance(entry, ChronologyEntry):
            return
        history = self.editor.history(k.ENTRIES.name, entry.id)
        title = f"{entry.occurred_on:%d %b %Y} {entry.category.value}"
        HistoryDialog(title, list(history), self.window).exec()

    def save_csv_template(self) -> None:
        """Save the CSV template other agencies can fill in."""
        from casedesk.services.chronology_csv import template
        from casedesk.services.files import write_private_file

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            "Save the chronology CSV template",
            str(Path.home() / "chronology-template.csv"),
            "CSV files (*.csv)",
        )
        if path:
            try:
                write_private_file(Path(path), template().encode("utf-8"))
            except CaseDeskError as error:
                QMessageBox.warning(self.window, "Template not saved", str(error))
                return
            self.window.statusBar().showMessage(f"Template saved to {path}", 8000)

    def add_category(self) -> None:
        """Add a chronology category to this case file's list."""
        from PySide6.QtWidgets import QInputDialog

        if self.case_file is None:
            return
        existing = ", ".join(c.value for c in self.case_file.categories())
        name, ok = QInputDialog.getText(
            self.window,
            "Add a chronology category",
            f"The categories now are: {existing}.\n\nNew category:",
        )
        if ok and name.strip():
            case_file = self.case_file
            self._run_edit(lambda _e: case_file.add_category(name))

    def _import_json_chronology(self, case_file: CaseFile, reference: str, path: Path) -> None:
        from casedesk.services.chronology_json import import_json_entries
        from casedesk.services.json_input import read_json_document

        try:
            data = read_json_document(path)
            report = import_json_entries(case_file, reference, data)
        except (CaseDeskError, OSError, ValueError) as error:
            QMessageBox.warning(self.window, "Nothing was imported", str(error))
            return
        held = len(report.duplicates)
        QMessageBox.information(
            self.window,
            "Chronology imported",
            f"Imported {report.rows - held} entries."
            + (f" {held} looked like entries already recorded and were left out." if held else ""),
        )
        self.apply(report.changes)
