"""Carries out what the main window asks: new, open, lock, unlock, close, users, backup.

Holds the one open ``CaseFile``. Locking closes it (the key and every decrypted row are
dropped from the window's models), clears case text this app put on the clipboard, and
asks for the passphrase again; unlocking returns to the same case file and view.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.people import NHS_NUMBER, Identifier
from casedesk.domain.relationships import (
    EmotionalLink,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
)
from casedesk.services.app_dirs import app_dirs, login_name
from casedesk.services.case_file import CaseFile, should_defer_page_check, with_suffix
from casedesk.services.record_editor import RecordEditor
from casedesk.ui.idle import IdleWatcher
from casedesk.ui.main_window import MainWindow


class Controller(QObject):
    """The GUI's use of the services layer."""

    # Emitted from the background page check; delivered on the GUI thread.
    _page_check_failed = Signal(object, str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.case_file: CaseFile | None = None
        self.editor: RecordEditor | None = None
        self.current_reference: str | None = None
        self._locked_reference: str | None = None
        self.locked_path: Path | None = None
        self._locked_read_only = False
        self._locked_row = -1
        self._copied_text: str | None = None
        self.idle = IdleWatcher(window.settings.idle_lock_minutes(), self)
        window.case_view.thresholds = window.settings.pattern_thresholds()
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        QApplication.clipboard().dataChanged.connect(self._note_clipboard)
        window.new_case_file_requested.connect(self.new_case_file)
        window.open_case_file_requested.connect(self.choose_and_open)
        window.recent_case_file_requested.connect(self.open_case_file)
        window.close_case_file_requested.connect(self.close_case_file)
        window.lock_requested.connect(self.lock)
        window.users_requested.connect(self.show_users)
        window.backup_requested.connect(self.back_up)
        window.check_requested.connect(self.check)
        window.preferences_requested.connect(self.edit_preferences)
        window.destroyed.connect(self._close_quietly)
        self._page_check_failed.connect(self._on_page_check_failed)
        window.case_chosen.connect(self.show_case)
        window.new_case_action.triggered.connect(self.new_case)
        window.undo_action.triggered.connect(self.undo)
        window.redo_action.triggered.connect(self.redo)
        window.case_view.back_requested.connect(self._left_case)
        window.case_view.add_person_requested.connect(self.add_person)
        window.case_view.edit_person_requested.connect(self.edit_person)
        window.case_view.history_requested.connect(self.show_history)
        window.case_view.record_attempt_requested.connect(self.record_attempt)
        window.case_view.add_concern_requested.connect(self.add_concern)
        window.case_view.add_relationship_requested.connect(self.add_relationship)
        window.case_view.edit_case_requested.connect(self.edit_case)
        window.case_view.merge_requested.connect(self.merge_people)
        window.case_view.chronology.add_entry_requested.connect(self.add_entry)
        window.case_view.chronology.edit_entry_requested.connect(self.edit_entry)
        window.case_view.chronology.import_csv_requested.connect(self.import_csv)
        window.case_view.chronology.add_category_requested.connect(self.add_category)
        window.case_view.chronology.history_requested.connect(self.show_entry_history)
        window.case_view.chronology.template_requested.connect(self.save_csv_template)
        window.add_entry_action.triggered.connect(self.add_entry)
        window.case_view.edit_place_requested.connect(self.edit_place)
        window.case_view.edit_professional_requested.connect(self.edit_professional)
        window.case_view.edit_relationship_requested.connect(self.edit_relationship)
        window.case_view.add_address_requested.connect(lambda: self.add_place(household=False))
        window.case_view.add_household_requested.connect(lambda: self.add_place(household=True))
        window.case_view.add_professional_requested.connect(self.add_professional)

    # -- creating and opening -------------------------------------------------------------

    def new_case_file(self) -> None:
        """File > New Case File, then the recovery-key step."""
        from casedesk.ui.dialogs.new_case_file import NewCaseFileDialog
        from casedesk.ui.dialogs.recovery_key import RecoveryKeyDialog

        recovery: list[str] = []

        def create(path: Path, owner: str, passphrase: str) -> str | None:
            self.close_case_file()
            try:
                with _Busy():
                    case_file, key = CaseFile.create(with_suffix(path), passphrase, owner)
            except CaseDeskError as error:
                return str(error)
            self._opened(case_file)
            recovery.append(key)
            return None

        folder = Path.home() / "Documents"
        dialog = NewCaseFileDialog(
            create, folder if folder.is_dir() else Path.home(), login_name(), self.window
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and recovery and self.case_file:
            RecoveryKeyDialog(recovery[0], self.case_file.path.name, self.window).exec()

    def choose_and_open(self) -> None:
        """File > Open Case File: choose a case file (a folder ending .casedesk)."""
        path = QFileDialog.getExistingDirectory(
            self.window, "Open case file (a folder ending .casedesk)", str(Path.home())
        )
        if path:
            self.open_case_file(Path(path))

    def open_case_file(self, path: Path, locked: bool = False) -> bool:
        """Ask for the passphrase and open ``path``; True if it opened."""
        from casedesk.ui.dialogs.unlock import UnlockDialog

        defer = should_defer_page_check(path)

        def attempt(secret: str, read_only: bool) -> str | None:
            try:
                with _Busy():
                    case_file = CaseFile.open(
                        path, secret, read_only=read_only, defer_page_check=defer
                    )
            except CaseDeskError as error:
                return str(error)
            if not locked:
                self.close_case_file()
            self._opened(case_file)
            if defer:
                self._check_pages_in_background(case_file)
            return None

        dialog = UnlockDialog(path, attempt, locked=locked, parent=self.window)
        if locked:
            dialog.read_only.setChecked(self._locked_read_only)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _opened(self, case_file: CaseFile) -> None:
        self.case_file = case_file
        self.editor = RecordEditor(case_file)
        self.locked_path = None
        self.window.settings.add_recent_file(case_file.path)
        self.refresh()
        self.idle.start()

    def _check_pages_in_background(self, case_file: CaseFile) -> None:
        """Large files open at once; every page is then checked on another thread."""

        def work() -> None:
            try:
                case_file.verify_pages()
            except CaseDeskError as error:
                self._page_check_failed.emit(case_file, str(error))

        threading.Thread(target=work, name="casedesk-page-check", daemon=True).start()

    def _on_page_check_failed(self, case_file: object, message: str) -> None:
        if case_file is self.case_file:
            self.close_case_file()
            QMessageBox.critical(self.window, "Case file damaged", message)

    def refresh(self) -> None:
        """Show the open case file's current contents."""
        if self.case_file is None:
            return
        case_file = self.case_file
        self.window.show_case_file(
            case_file.path.name,
            case_file.user,
            case_file.role,
            case_file.read_only,
            case_file.case_summaries(),
        )

    # -- closing and locking ----------------------------------------------------------------

    def close_case_file(self) -> None:
        """File > Close Case File."""
        self.idle.stop()
        if self.case_file is not None:
            self.case_file.close()
            self.case_file = None
        self.editor = None
        self.current_reference = None
        self._clear_copied_text()
        self.window.show_no_case_file()

    def lock(self) -> None:
        """Ctrl+L or idle: close the database, clear the screen, ask to unlock."""
        if self.case_file is None:
            return
        path = self.case_file.path
        self._locked_read_only = self.case_file.read_only
        self._locked_row = self.window.case_page.table.currentIndex().row()
        self._locked_reference = self.current_reference
        self.close_case_file()
        self.locked_path = path
        self.window.case_status.setText(f"{path.name} is locked")
        if self.open_case_file(path, locked=True):
            if self._locked_row >= 0:
                self.window.case_page.table.selectRow(self._locked_row)
            if self._locked_reference:
                self.show_case(self._locked_reference)

    def _note_clipboard(self) -> None:
        clipboard = QApplication.clipboard()
        if self.case_file is not None and (clipboard.ownsClipboard() or _app_active()):
            self._copied_text = clipboard.text()

    def _clear_copied_text(self) -> None:
        clipboard = QApplication.clipboard()
        if self._copied_text and clipboard.text() == self._copied_text:
            clipboard.clear()
        self._copied_text = None

    def _close_quietly(self) -> None:
        if self.case_file is not None:
            self.case_file.close()
            self.case_file = None

    # -- one case ------------------------------------------------------------------------------

    def show_case(self, reference: str) -> None:
        """Open one case's record in the case view."""
        if self.case_file is None:
            return
        try:
            record = self.case_file.case_record(reference)
        except CaseDeskError as error:
            QMessageBox.warning(self.window, "Case", str(error))
            return
        self.current_reference = reference
        case_file, case_id = self.case_file, record.case.id
        self.window.case_view.chronology.search_function = lambda text: case_file.search_chronology(
            case_id, text
        )
        self.window.show_case(record, date.today(), self.case_file.read_only)

    def _left_case(self) -> None:
        self.current_reference = None
        self.refresh()

    def _after_edit(self) -> None:
        if self.editor is not None:
            self.window.set_undo_redo(self.editor.undo_label, self.editor.redo_label)
        if self.current_reference:
            self.show_case(self.current_reference)

    def _run_edit(self, edit: Callable[[RecordEditor], object]) -> None:
        if self.editor is None:
            return
        try:
            edit(self.editor)
        except CaseDeskError as error:
            QMessageBox.warning(self.window, "Not saved", str(error))
        self._after_edit()

    def new_case(self) -> None:
        """Case > New Case."""
        from casedesk.ui.dialogs.new_case import NewCaseDialog

        if self.case_file is None or self.editor is None:
            return
        dialog = NewCaseDialog(self.case_file.user, date.today(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        child = dialog.child()
        case = dialog.case(child)
        try:
            self.editor.add_case(case, child)
        except CaseDeskError as error:
            QMessageBox.warning(self.window, "Case not opened", str(error))
            return
        self.refresh()
        self.show_case(case.reference)

    def add_person(self) -> None:
        """Add a person; a similar person already in the case is offered first."""
        from casedesk.ui.dialogs.person import PersonDialog

        record = self.window.case_view.record
        if record is None or self.editor is None:
            return
        dialog = PersonDialog(None, date.today(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person = dialog.person()
        nhs = dialog.nhs_number.text().strip()
        result = self.editor.add_person(record, person)
        if result.duplicates:
            in_case = {p.id for p in record.people}
            others = [d.first if d.second.id == person.id else d.second for d in result.duplicates]
            names = "\n".join(
                f"• {o.display_name}"
                + ("" if o.id in in_case else " (in another case)")
                + f" — {d.reason}"
                for o, d in zip(others, result.duplicates, strict=True)
            )
            outside = next((o for o in others if o.id not in in_case), None)
            box = QMessageBox(self.window)
            box.setWindowTitle("Possibly the same person")
            box.setText(f"Someone already recorded may be the same person:\n{names}")
            link = (
                box.addButton(
                    f"Link {outside.display_name} to this case", QMessageBox.ButtonRole.AcceptRole
                )
                if outside
                else None
            )
            different = box.addButton(
                "Add as a different person", QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if link is not None and box.clickedButton() is link and outside is not None:
                self._run_edit(lambda e: e.link_person(record, outside))
                return
            if box.clickedButton() is not different:
                return
            self._run_edit(lambda e: e.add_person(record, person, not_a_duplicate=True))
        if nhs and self.case_file is not None:
            # The identifier belongs to the person just added: check against the fresh record.
            fresh = self.case_file.case_record(record.case.reference, with_chronology=False)
            identifier = Identifier(person.id, NHS_NUMBER, nhs)
            self._run_edit(lambda e: e.add_identifier(fresh, identifier))
        self._after_edit()

    def edit_person(self, row: object) -> None:
        """Edit a person; the reason and the earlier values are kept."""
        from casedesk.ui.dialogs.person import PersonDialog

        person = getattr(row, "person", None)
        if person is None or self.editor is None:
            return
        record = self.window.case_view.record
        dialog = PersonDialog(
            person, date.today(), self.window, nhs_number=getattr(row, "nhs_number", "")
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or record is None:
            return
        edited, reason = dialog.person(), dialog.reason.text()
        self._run_edit(lambda e: e.amend_person(person, edited, reason))
        nhs = dialog.nhs_number.text().strip()
        if nhs and nhs.replace(" ", "") != getattr(row, "nhs_number", "").replace(" ", ""):
            self._run_edit(
                lambda e: e.add_identifier(record, Identifier(person.id, NHS_NUMBER, nhs))
            )

    def show_history(self, row: object) -> None:
        """The history of a person's record."""
        from casedesk.ui.dialogs.simple_records import HistoryDialog

        person = getattr(row, "person", None)
        if person is None or self.editor is None:
            return
        history = self.editor.history("people", person.id)
        HistoryDialog(person.display_name, list(history), self.window).exec()

    def record_attempt(self) -> None:
        """Record an attempt to identify a father or significant adult."""
        from casedesk.ui.dialogs.simple_records import AttemptDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None:
            return
        dialog = AttemptDialog(record, self.case_file.user, date.today(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            attempt = dialog.attempt()
            self._run_edit(lambda e: e.add_identification_attempt(attempt))

    def add_concern(self) -> None:
        """Add a later concern beside the pinned original one."""
        from casedesk.ui.dialogs.simple_records import ConcernDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None:
            return
        dialog = ConcernDialog(record, self.case_file.user, date.today(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            concern = dialog.concern()
            self._run_edit(lambda e: e.add_concern(concern))

    def add_relationship(self) -> None:
        """Add a relationship between two people of the case."""
        from casedesk.ui.dialogs.links import RelationshipDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = RelationshipDialog(record, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        value = dialog.value()
        if isinstance(value, EmotionalLink):
            self._run_edit(lambda e: e.add_emotional_link(record, value))
        elif isinstance(value, ParentalResponsibility):
            self._run_edit(lambda e: e.add_parental_responsibility(record, value))
        else:
            self._run_edit(lambda e: e.add_relationship(record, value))

    def edit_relationship(self, row: object) -> None:
        """Change a relationship (it ended, say), with the reason; earlier values are kept."""
        from casedesk.ui.dialogs.links import RelationshipDialog

        record = self.window.case_view.record
        old = getattr(row, "value", None)
        if record is None or not isinstance(
            old, Relationship | EmotionalLink | ParentalResponsibility
        ):
            return
        dialog = RelationshipDialog(record, existing=old, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new, reason = dialog.value(), dialog.reason.text()
        if isinstance(old, Relationship) and isinstance(new, Relationship):
            self._run_edit(lambda e: e.amend_relationship(old, new, reason))
        elif not isinstance(old, Relationship) and not isinstance(new, Relationship):
            self._run_edit(lambda e: e.amend_link(old, new, reason))

    def add_place(self, household: bool) -> None:
        """Add an address, or a household membership, with dates and source."""
        from casedesk.ui.dialogs.links import PlaceDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = PlaceDialog(record, household, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        value = dialog.value()
        if isinstance(value, HouseholdMembership):
            self._run_edit(lambda e: e.add_household_membership(record, value))
        else:
            self._run_edit(lambda e: e.add_address(record, value))

    def add_professional(self) -> None:
        """Add someone to the team around the family."""
        from casedesk.ui.dialogs.links import ProfessionalDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = ProfessionalDialog(record, date.today(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            professional = dialog.professional()
            self._run_edit(lambda e: e.add_professional(professional))

    def edit_place(self, value: object) -> None:
        """Change an address or a household membership (an end date, say), with the reason."""
        from casedesk.domain.people import Address
        from casedesk.ui.dialogs.links import PlaceDialog

        record = self.window.case_view.record
        if record is None or not isinstance(value, Address | HouseholdMembership):
            return
        dialog = PlaceDialog(
            record, isinstance(value, HouseholdMembership), self.window, existing=value
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new, reason = dialog.value(), dialog.reason.text()
            self._run_edit(lambda e: e.amend_place(value, new, reason))

    def add_entry(self) -> None:
        """Add a chronology entry; after a significant one, ask who might need to know."""
        from casedesk.domain.evidence import Significance
        from casedesk.ui.dialogs.entry import EntryDialog, SharingDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None or self.editor is None:
            return
        dialog = EntryDialog(
            record,
            self.case_file.user,
            date.today(),
            parent=self.window,
            categories=self.case_file.categories(),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        entry = dialog.entry()
        if isinstance(entry, str):
            return
        try:
            self.editor.add_entry(record, entry)
        except CaseDeskError as error:
            QMessageBox.warning(self.window, "Entry not saved", str(error))
            return
        if entry.significance >= Significance.SIGNIFICANT and record.professionals:
            sharing = SharingDialog(record, entry, self.case_file.user, date.today(), self.window)
            if sharing.exec() == QDialog.DialogCode.Accepted:
                decisions = sharing.decisions()
                self._run_edit(lambda e: e.record_sharing(decisions))
        self._after_edit()

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
            date.today(),
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
            with _Busy():
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
        history = self.editor.history("chronology_entries", entry.id)
        title = f"{entry.occurred_on:%d %b %Y} {entry.category.value}"
        HistoryDialog(title, list(history), self.window).exec()

    def save_csv_template(self) -> None:
        """Save the CSV template other agencies can fill in."""
        from casedesk.services.chronology_csv import template

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            "Save the chronology CSV template",
            str(Path.home() / "chronology-template.csv"),
            "CSV files (*.csv)",
        )
        if path:
            Path(path).write_text(template(), encoding="utf-8")
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
        import json

        from casedesk.services.chronology_csv import import_json_entries

        try:
            data = json.loads(path.read_text(encoding="utf-8"))
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
        self._after_edit()

    def merge_people(self) -> None:
        """Merge a confirmed duplicate person into the record kept."""
        from casedesk.ui.dialogs.links import MergeDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = MergeDialog(record, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        keep = record.person(dialog.keep.currentData())
        duplicate = record.person(dialog.duplicate.currentData())
        reason = dialog.reason.text()
        self._run_edit(lambda e: e.merge_people(record, keep, duplicate, reason))

    def edit_case(self) -> None:
        """Change a case's legal status, worker or closing date, with the reason."""
        from casedesk.ui.dialogs.new_case import EditCaseDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = EditCaseDialog(record.case, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new, reason = dialog.case(), dialog.reason.text()
            self._run_edit(lambda e: e.amend_case(record.case, new, reason))

    def edit_professional(self, professional: object) -> None:
        """Change a team member's details, with the reason."""
        from casedesk.domain.team import Professional
        from casedesk.ui.dialogs.links import ProfessionalDialog

        record = self.window.case_view.record
        if record is None or not isinstance(professional, Professional):
            return
        dialog = ProfessionalDialog(record, date.today(), self.window, existing=professional)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new, reason = dialog.professional(), dialog.reason.text()
            self._run_edit(lambda e: e.amend_professional(professional, new, reason))

    def undo(self) -> None:
        """Edit > Undo."""
        self._run_edit(lambda e: e.undo())

    def redo(self) -> None:
        """Edit > Redo."""
        self._run_edit(lambda e: e.redo())

    # -- keys, backups, checks ----------------------------------------------------------------

    def show_users(self) -> None:
        """Case > Users & Keys."""
        from casedesk.ui.dialogs.users import UsersDialog

        if self.case_file is not None:
            UsersDialog(self.case_file, self.window).exec()

    def back_up(self) -> None:
        """File > Back Up: one encrypted file, openable with the same passphrase."""
        if self.case_file is None:
            return
        default = app_dirs().data / f"{self.case_file.path.stem}.cdbackup"
        target, _ = QFileDialog.getSaveFileName(
            self.window, "Back up the case file to", str(default), "CaseDesk backups (*.cdbackup)"
        )
        if not target:
            return
        try:
            with _Busy():
                self.case_file.backup(Path(target))
        except (CaseDeskError, OSError) as error:
            QMessageBox.warning(self.window, "Back up", f"The backup was not written: {error}")
            return
        self.window.statusBar().showMessage(f"Backed up to {target}", 8000)

    def edit_preferences(self) -> None:
        """Edit > Preferences; a new idle timeout applies at once."""
        from casedesk.ui.dialogs.preferences import PreferencesDialog

        if PreferencesDialog(self.window.settings, self.window).exec():
            self.idle.timer.setInterval(self.window.settings.idle_lock_minutes() * 60_000)
            self.window.case_view.thresholds = self.window.settings.pattern_thresholds()
            if self.current_reference:
                self.show_case(self.current_reference)
            if self.case_file is not None:
                self.idle.start()

    def check(self) -> None:
        """File > Check Case File."""
        if self.case_file is None:
            return
        with _Busy():
            report = self.case_file.check()
        lines = [f"✓ {f}" for f in report.findings] + [f"✗ {p}" for p in report.problems]
        verdict = "All is well." if report.ok else "Problems were found; restore from a backup."
        box = QMessageBox.information if report.ok else QMessageBox.warning
        box(self.window, "Check case file", "\n".join([*lines, "", verdict]))


def _app_active() -> bool:
    return QApplication.activeWindow() is not None


class _Busy:
    """A wait cursor for the half-second a key derivation takes."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()
