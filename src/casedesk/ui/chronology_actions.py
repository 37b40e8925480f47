"""The controller's work on a case's chronology: entries, the 'who might need to know?'
prompt, imports from CSV and JSON, categories, the CSV template and entry history."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from casedesk.domain import record_kinds as k
from casedesk.domain.actions import Action
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChildSeen, ChronologyEntry
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.ids import EntryId, new_id
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.team import Professional
from casedesk.domain.wording import shown_value, translate
from casedesk.services.case_file import CaseFile
from casedesk.ui.busy import Busy
from casedesk.ui.case_actions import CaseActions
from casedesk.ui.dates import shown_date


class ChronologyActions(CaseActions):
    """Mixed into ``Controller``: the chronology tab's requests."""

    def _workers(self) -> list[str]:
        """The workers of the case file (who can own an action), the current one first."""
        if self.case_file is None:
            return []
        others = (u.name for u in self.case_file.users() if u.role != "recovery")
        return [self.case_file.user, *others]

    def add_entry(self) -> None:
        """Add a chronology entry; after a significant one, ask who might need to know."""
        from casedesk.ui.dialogs.entry import EntryDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None or self.editor is None:
            return
        dialog = EntryDialog(
            record,
            self.case_file.user,
            self._today(),
            parent=self.window,
            categories=self.case_file.categories(),
            workers=self._workers(),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        entry = dialog.entry()
        if isinstance(entry, str):
            return
        agreed = dialog.agreed_action()
        self._add_with_sharing(entry, [agreed] if agreed else [])

    def record_visit(self) -> None:
        """Record a visit or contact (a button on the case and Ctrl+Shift+V)."""
        from casedesk.ui.dialogs.visit import VisitDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None or self.case_file.read_only:
            return
        now = datetime.combine(self._today(), datetime.now().time())
        dialog = VisitDialog(
            record,
            self.case_file.user,
            now,
            self.case_file.categories(),
            self._workers(),
            parent=self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        entry = dialog.entry()
        if isinstance(entry, str):
            return
        next_step = dialog.next_action()
        self._add_with_sharing(entry, [next_step] if next_step else [])

    def _add_with_sharing(self, entry: ChronologyEntry, actions: list[Action]) -> None:
        """Write an entry with its actions; if it is significant, first ask who might need
        to know: the decisions, or a pending item if the worker decides later, and anyone
        added to the team, are written with it (one unit of work, one undo step)."""
        from casedesk.domain.sharing import asks_who_needs_to_know

        record = self.window.case_view.record
        if record is None or self.case_file is None:
            return
        decisions: list[SharingDecision] = []
        team: list[Professional] = []
        if asks_who_needs_to_know(entry):
            # The dialog names the entry: give it its id now (the editor keeps a given id).
            entry = replace(entry, id=EntryId(new_id(k.ENTRIES.id_prefix)))
            decisions, team = self._ask_who_needs_to_know(record, entry)
        self._run_edit(lambda e: e.add_entry(record, entry, decisions, team, actions))

    def _ask_who_needs_to_know(
        self, record: CaseRecord, entry: ChronologyEntry
    ) -> tuple[list[SharingDecision], list[Professional]]:
        """The sharing prompt; 'Decide later' (or closing it) gives a pending item."""
        from casedesk.ui.dialogs.sharing import SharingDialog

        assert self.case_file is not None
        sharing = SharingDialog(record, entry, self.case_file.user, self._today(), self.window)
        if sharing.exec() == QDialog.DialogCode.Accepted:
            decisions = sharing.decisions()
            if not isinstance(decisions, str):
                return decisions, sharing.new_team()
        return sharing.pending(), []

    def decide_sharing(self, entries: object) -> None:
        """Decide who needs to know about significant entries still undecided (one, or
        several chosen together on the Information sharing tab)."""
        chosen = (
            [e for e in entries if isinstance(e, ChronologyEntry)]
            if isinstance(entries, list)
            else []
        )
        if chosen:
            self._record_sharing(chosen)

    def record_share(self) -> None:
        """Record by hand something shared (or not) with anyone, not tied to an entry."""
        self._record_sharing([])

    def _record_sharing(self, entries: list[ChronologyEntry]) -> None:
        """Ask, and record the decisions (and anyone who joined the team) as one step."""
        from casedesk.ui.dialogs.sharing import SharingDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None:
            return
        first = entries[0] if entries else None
        dialog = SharingDialog(
            record, first, self.case_file.user, self._today(), self.window, entries[1:]
        )
        if first is None:
            dialog.setWindowTitle(
                translate("chronology_actions", "Record information shared (or not)")
            )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        decisions = dialog.decisions()
        if not isinstance(decisions, str):
            team = dialog.new_team()
            self._run_edit(lambda e: e.record_sharing(decisions, team))

    def add_action(self) -> None:
        """Add an action: what, who (chosen), agreed and due."""
        from casedesk.ui.dialogs.action import ActionDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None:
            return
        dialog = ActionDialog(record, self._workers(), self._today(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            action = dialog.action()
            if isinstance(action, Action):
                self._run_edit(lambda e: e.add_action(record, action))

    def complete_action(self, action: object) -> None:
        """Record that an action was done, and what came of it."""
        from casedesk.ui.dialogs.action import ActionDoneDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None or not isinstance(action, Action):
            return
        dialog = ActionDoneDialog(record, action, self._today(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            done = dialog.action()
            if isinstance(done, Action):
                self._run_edit(lambda e: e.complete_action(action, done))

    def edit_entry(self, entry: object) -> None:
        """Change a chronology entry (a visit in the visit dialog), with the reason; the
        earlier values are kept. An entry that now needs a sharing decision asks for one."""
        from casedesk.ui.dialogs.entry import EntryDialog
        from casedesk.ui.dialogs.visit import VisitDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None or not isinstance(entry, ChronologyEntry):
            return
        if self.case_file.read_only:
            return
        dialog: EntryDialog | VisitDialog
        if entry.child_seen is not ChildSeen.NOT_RECORDED:
            now = datetime.combine(self._today(), datetime.now().time())
            dialog = VisitDialog(
                record,
                self.case_file.user,
                now,
                self.case_file.categories(),
                self._workers(),
                existing=entry,
                parent=self.window,
            )
        else:
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
        if isinstance(new, str):
            return
        # Made significant by this change, with no decision yet: who might need to know now?
        # Asked first, so the change and the decisions are one step (one Undo).
        from casedesk.domain.sharing import asks_who_needs_to_know

        raised = asks_who_needs_to_know(new) and not asks_who_needs_to_know(entry)
        decided = {d.entry for d in record.sharing if not d.pending}
        decisions: list[SharingDecision] = []
        team: list[Professional] = []
        if raised and entry.id not in decided:
            decisions, team = self._ask_who_needs_to_know(record, new)
        self._run_edit(lambda e: e.amend_entry(record, entry, new, reason, decisions, team))

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
            translate("chronology_actions", "Import chronology"),
            str(Path.home()),
            translate(
                "chronology_actions",
                "Chronologies (*.csv *.json);;CSV files (*.csv);;CaseDesk JSON (*.json)",
            ),
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
            QMessageBox.warning(self.window, translate("chronology_actions", "Import"), str(error))
            return
        if not report.ok:
            QMessageBox.warning(
                self.window,
                translate("chronology_actions", "Nothing was imported"),
                translate(
                    "chronology_actions",
                    "The CSV has problems; fix them and import it again:\n{problems}",
                ).format(problems="\n".join(report.problems[:30])),
            )
            return
        include = link = False
        if report.duplicates:
            from casedesk.ui.dialogs.duplicates import DuplicatesDialog

            choose = DuplicatesDialog(report.rows, report.duplicates, self.window)
            if choose.exec() != QDialog.DialogCode.Accepted:
                return
            include = choose.choice == DuplicatesDialog.IMPORT_ALL
            link = choose.choice == DuplicatesDialog.LINK
        undecided = len(record.undecided_sharing())
        self._run_edit(
            lambda _e: import_csv(
                case_file, reference, Path(path), include_duplicates=include, link_duplicates=link
            )
        )
        self._say_what_is_undecided(undecided)

    def _say_what_is_undecided(self, before: int) -> None:
        """After an import: the significant entries it brought that no one has decided
        about yet are said, and the Information sharing tab shows them."""
        record = self.window.case_view.record
        if record is None:
            return
        added = len(record.undecided_sharing()) - before
        if added > 0:
            if added == 1:
                said = translate(
                    "chronology_actions",
                    "%n of the imported entries is significant and no one has decided yet who "
                    "else needs to know. They are listed under Information sharing until "
                    "someone does.",
                    None,
                    added,
                )
            else:
                said = translate(
                    "chronology_actions",
                    "%n of the imported entries are significant and no one has decided yet who "
                    "else needs to know. They are listed under Information sharing until "
                    "someone does.",
                    None,
                    added,
                )
            QMessageBox.information(
                self.window, translate("chronology_actions", "Who might need to know?"), said
            )
            self.window.case_view.show_sharing()

    def show_entry_history(self, entry: object) -> None:
        """The history of a chronology entry: when, who, what it was, and why it changed."""
        from casedesk.domain.chronology import ChronologyEntry
        from casedesk.ui.dialogs.simple_records import HistoryDialog

        if self.editor is None or not isinstance(entry, ChronologyEntry):
            return
        history = self.editor.history(k.ENTRIES.name, entry.id)
        title = f"{shown_date(entry.occurred_on)} {shown_value(entry.category)}"
        HistoryDialog(title, list(history), self.window).exec()

    def save_csv_template(self) -> None:
        """Save the CSV template other agencies can fill in."""
        from casedesk.services.chronology_csv import template
        from casedesk.services.files import write_private_file

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("chronology_actions", "Save the chronology CSV template"),
            str(Path.home() / "chronology-template.csv"),
            translate("chronology_actions", "CSV files (*.csv)"),
        )
        if path:
            try:
                write_private_file(Path(path), template().encode("utf-8"))
            except CaseDeskError as error:
                QMessageBox.warning(
                    self.window, translate("chronology_actions", "Template not saved"), str(error)
                )
                return
            self.window.statusBar().showMessage(
                translate("chronology_actions", "Template saved to {path}").format(path=path), 8000
            )

    def add_category(self) -> None:
        """Add a chronology category to this case file's list."""
        from PySide6.QtWidgets import QInputDialog

        if self.case_file is None:
            return
        existing = ", ".join(shown_value(c) for c in self.case_file.categories())
        name, ok = QInputDialog.getText(
            self.window,
            translate("chronology_actions", "Add a chronology category"),
            translate(
                "chronology_actions", "The categories now are: {existing}.\n\nNew category:"
            ).format(existing=existing),
        )
        if ok and name.strip():
            case_file = self.case_file
            self._run_edit(lambda _e: case_file.add_category(name))

    def _import_json_chronology(self, case_file: CaseFile, reference: str, path: Path) -> None:
        """Another agency's JSON export: checked whole, likely duplicates shown side by side
        (as a CSV's are), then imported, or nothing."""
        from casedesk.services.chronology_json import import_json_entries
        from casedesk.services.json_input import read_json_document
        from casedesk.ui.dialogs.duplicates import DuplicatesDialog

        record = self.window.case_view.record
        try:
            with Busy():
                data = read_json_document(path)
                check = import_json_entries(case_file, reference, data, check_only=True)
        except (CaseDeskError, OSError, ValueError) as error:
            QMessageBox.warning(
                self.window, translate("chronology_actions", "Nothing was imported"), str(error)
            )
            return
        include = link = False
        if check.duplicates:
            choose = DuplicatesDialog(check.rows, check.duplicates, self.window)
            if choose.exec() != QDialog.DialogCode.Accepted:
                return
            include = choose.choice == DuplicatesDialog.IMPORT_ALL
            link = choose.choice == DuplicatesDialog.LINK
        undecided = len(record.undecided_sharing()) if record is not None else 0
        self._run_edit(
            lambda _e: import_json_entries(
                case_file, reference, data, include_duplicates=include, link_duplicates=link
            )
        )
        self._say_what_is_undecided(undecided)
