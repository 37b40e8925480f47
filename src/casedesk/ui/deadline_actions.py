"""The controller's work on deadlines: adding one by hand, marking one met, extending or
cancelling it with the reason, confirming what a changed event calls for, its history, and
the case file's region and closure days they are counted by."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QMessageBox

from casedesk.domain import record_kinds as k
from casedesk.domain.deadline_changes import DeadlineChange
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.timescales import Deadline
from casedesk.domain.wording import translate
from casedesk.services.record_editor import RecordEditor
from casedesk.ui.case_actions import CaseActions
from casedesk.ui.dates import shown_date
from casedesk.ui.widgets.actions_tab import deadline_state


class DeadlineActions(CaseActions):
    """Mixed into ``Controller``: the Actions & deadlines tab's deadline requests."""

    def connect_deadlines(self) -> None:
        """Wire the tab's requests and File > Region and Closure Days."""
        tab = self.window.case_view.actions_tab
        tab.deadline_requested.connect(self.change_deadline)
        tab.confirm_requested.connect(self.confirm_deadline_change)
        tab.deadline_history_requested.connect(self.show_deadline_history)
        self.window.case_page.tray.within_changed.connect(lambda _n: self.show_tray_summary())
        self.window.timescale_settings_action.triggered.connect(self.edit_timescale_settings)

    def change_deadline(self, step: str, deadline: object) -> None:
        """Add a deadline, or mark one met, extend or cancel it (each asks what it needs)."""
        from casedesk.ui.dialogs.deadline import DeadlineDialog, DeadlineStep

        record = self.window.case_view.record
        if record is None or self.case_file is None or self.case_file.read_only:
            return
        chosen = deadline if isinstance(deadline, Deadline) else None
        what = {
            "add": DeadlineStep.ADD,
            "meet": DeadlineStep.MEET,
            "extend": DeadlineStep.EXTEND,
            "cancel": DeadlineStep.CANCEL,
            "explain": DeadlineStep.EXPLAIN,
        }[step]
        if what is not DeadlineStep.ADD and chosen is None:
            return
        shown = None if what is DeadlineStep.ADD else chosen  # a new one is about nothing yet
        dialog = DeadlineDialog(what, self._today(), shown, record.case.id, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        result = dialog.deadline()
        if isinstance(result, str):
            return
        reason = result.reason

        def edit(editor: RecordEditor) -> object:
            if what is DeadlineStep.ADD:
                return editor.add_deadline(record, result)
            assert chosen is not None and not isinstance(result, str)
            if what is DeadlineStep.MEET:
                assert result.met_on is not None
                return editor.meet_deadline(chosen, result.met_on, reason)
            if what is DeadlineStep.EXTEND:
                assert result.extended_to is not None
                return editor.extend_deadline(chosen, result.extended_to, reason)
            if what is DeadlineStep.EXPLAIN:
                return editor.explain_lateness(chosen, reason)
            return editor.cancel_deadline(chosen, reason)

        self._run_edit(edit)

    def confirm_deadline_change(self, change: object) -> None:
        """Accept what the events now call for, after saying what it is."""
        if not isinstance(change, DeadlineChange) or self.case_file is None:
            return
        before, after = change.deadline, change.proposed
        today = self._today()
        timescales = self.window.case_view.timescales
        lines = [f"<b>{html.escape(before.name)}</b>", html.escape(change.why) + "."]
        if after.due != before.due:
            lines.append(
                translate("deadline_actions", "Due: {before} → {after}.").format(
                    before=shown_date(before.due), after=shown_date(after.due)
                )
            )
        if after.cancelled_on and not before.cancelled_on:
            lines.append(translate("deadline_actions", "It will be cancelled."))
        else:
            # What it will then say, in the tab's own words (overdue by how much, met late).
            lines.append(
                translate("deadline_actions", "It will then show: {state}.").format(
                    state=html.escape(deadline_state(after, today, timescales))
                )
            )
            if before.reason and (after.met_late or after.is_overdue(today)):
                lines.append(
                    translate(
                        "deadline_actions",
                        "The reason recorded before stays: “{reason}” "
                        "(change it with Why late… if it no longer fits).",
                    ).format(reason=html.escape(before.reason))
                )
        answer = QMessageBox.question(
            self.window,
            translate("deadline_actions", "Confirm deadline change"),
            translate(
                "deadline_actions", "{lines}<br><br>The earlier dates are kept in its history."
            ).format(lines="<br>".join(lines)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run_edit(lambda e: e.confirm_deadline_change(change))

    def show_deadline_history(self, deadline: object) -> None:
        """Who recorded the deadline, and every change to it since, with why."""
        from casedesk.ui.dialogs.simple_records import HistoryDialog

        if self.editor is None or not isinstance(deadline, Deadline):
            return
        history = self.editor.history(k.DEADLINES.name, str(deadline.record_id))
        HistoryDialog(deadline.name, list(history), self.window).exec()

    def edit_timescale_settings(self) -> None:
        """File > Region and Closure Days: whose bank holidays count, and when the agency
        is closed."""
        from casedesk.ui.dialogs.timescale_settings import TimescaleSettingsDialog

        if self.case_file is None:
            return
        loaded = self.case_file.timescales()
        dialog = TimescaleSettingsDialog(
            loaded.settings, loaded.timescales.pack.name, self.case_file.read_only, self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or self.case_file.read_only:
            return
        new = dialog.settings()
        if isinstance(new, str) or new == loaded.settings:
            return
        case_file = self.case_file
        try:
            case_file.set_timescale_settings(new, dialog.reason())
            if self.editor is not None:
                self.editor.record_all_arising()
        except CaseDeskError as error:
            QMessageBox.warning(self.window, translate("deadline_actions", "Not saved"), str(error))
            return
        self.window.case_view.timescales = case_file.timescales().timescales
        if self.current_reference is not None:
            self.show_case(self.current_reference)  # read again: deadlines were recorded
            self.show_tray_summary()
        else:
            self.refresh()
