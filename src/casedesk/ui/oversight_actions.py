"""The controller's work on oversight: the Oversight tab shown from what changed, an
assessment opened and saved (and submitted), a sign-off with the supervisor's own
passphrase, supervision recorded on every case discussed, and escalation step by step."""

from __future__ import annotations

from collections.abc import Set

from PySide6.QtWidgets import QDialog, QMessageBox

from casedesk.domain import record_kinds as k
from casedesk.domain.approval import working_days_late
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.errors import CaseDeskError, WrongPassphraseError
from casedesk.domain.wording import translate
from casedesk.services.oversight import AssessmentView, EscalationView, oversight_of
from casedesk.services.record_editor import RecordEditor
from casedesk.services.sign_off import SIGNING_ROLES, sign_off
from casedesk.ui.case_actions import CaseActions
from casedesk.ui.widgets.oversight_tab import ApprovalRow

# Kinds whose change the Oversight tab shows (entries: plans and history; the team and the
# people: what an assessment is missing).
OVERSIGHT_KINDS = frozenset(
    kind.name
    for kind in (
        k.CASE,
        k.ASSESSMENTS,
        k.SOURCES_CONSULTED,
        k.ADULTS_CONSIDERED,
        k.SUPERVISIONS,
        k.ESCALATIONS,
        k.SIGN_OFFS,
        k.ENTRIES,
        k.PROFESSIONALS,
        k.PEOPLE,
        k.RELATIONSHIPS,
        k.HOUSEHOLDS,
    )
) | {k.MEMBERSHIP}


class OversightActions(CaseActions):
    """Mixed into ``Controller``: the Oversight tab's requests."""

    def connect_oversight(self) -> None:
        """Wire the Oversight tab's requests."""
        tab = self.window.case_view.oversight_tab
        tab.assessment_requested.connect(self.open_assessment)
        tab.sign_off_requested.connect(self.sign_off)
        tab.supervision_requested.connect(self.record_supervision)
        tab.escalation_requested.connect(self.escalate)

    def case_shown(self, record: CaseRecord, touched: Set[str] | None) -> None:
        """Show the case's oversight when what changed feeds it (None: all of it)."""
        if self.case_file is None or (touched is not None and not touched & OVERSIGHT_KINDS):
            return
        try:
            oversight = oversight_of(self.case_file, record)
        except CaseDeskError as error:
            QMessageBox.warning(
                self.window, translate("oversight_actions", "Oversight"), str(error)
            )
            return
        self.window.case_view.oversight_tab.show_oversight(
            oversight, self.case_file.today(), self.case_file.read_only
        )

    def _supervisors(self) -> list[str]:
        """Who can supervise and sign off: supervisors first, then the owner; the user at
        the desk last (no one signs off their own work)."""
        assert self.case_file is not None
        me = self.case_file.user.casefold()
        users = [u for u in self.case_file.users() if u.role in SIGNING_ROLES]
        users.sort(key=lambda u: (u.name.casefold() == me, u.role != "supervisor"))
        return [u.name for u in users]

    def _workers(self) -> list[str]:
        assert self.case_file is not None
        return [u.name for u in self.case_file.users() if u.role != "recovery"]

    # -- assessments ----------------------------------------------------------------------

    def open_assessment(self, view: object) -> None:
        """Start an assessment, or open one: save it, and submit it for sign-off."""
        from casedesk.ui.dialogs.assessment import AssessmentDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None:
            return
        shown = view if isinstance(view, AssessmentView) else None
        timescales = self.case_file.timescales().timescales
        dialog = AssessmentDialog(
            record, shown, self._today(), timescales, self.case_file.read_only, self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or self.case_file.read_only:
            return
        edit = dialog.edit()
        old = shown.assessment if shown is not None else None

        def save(editor: RecordEditor) -> object:
            changes = editor.save_assessment(
                record, old, edit.assessment, edit.sources, edit.adults, edit.reason
            )
            if not edit.submit:
                return changes
            if changes is not None:
                self.apply(changes)
            assert self.case_file is not None
            fresh = self.case_file.case_record(record.case.reference)
            made = changes.records.get(k.ASSESSMENTS.name, set()) if changes else set()
            wanted = old.id if old is not None else next(iter(made), "")
            saved = next(a for a in fresh.assessments if a.id == wanted)
            return editor.submit_assessment(fresh, saved)

        self._run_edit(save)

    # -- sign-off -------------------------------------------------------------------------

    def sign_off(self, row: object) -> None:
        """A supervisor signs off (or returns) an assessment or a plan with their own
        passphrase, typed at this desk."""
        from casedesk.ui.dialogs.sign_off import SignOffDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None or not isinstance(row, ApprovalRow):
            return
        if self.case_file.read_only:
            QMessageBox.information(
                self.window,
                translate("oversight_actions", "Sign off"),
                translate(
                    "oversight_actions", "This case file is open read-only: nothing can be signed."
                ),
            )
            return
        today = self._today()
        calendar = self.case_file.timescales().timescales.calendar
        if row.assessment is not None:
            view = row.assessment
            missing = [g.sentence for g in view.gaps]
            due = view.sign_off_due
            if view.assessment.submitted_on is None:
                QMessageBox.information(
                    self.window,
                    translate("oversight_actions", "Sign off"),
                    translate(
                        "oversight_actions",
                        "This assessment has not been submitted for sign-off yet: the worker "
                        "submits it from its screen once nothing is missing.",
                    ),
                )
                return
        else:
            missing, due = [], row.due
        dialog = SignOffDialog(
            row.target_type,
            row.target_id,
            row.what,
            row.status,
            missing,
            due,
            working_days_late(due, today, calendar),
            self._supervisors(),
            self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request, user, secret = dialog.request(), dialog.user(), dialog.secret()
        try:
            changes = sign_off(self.case_file, record, request, secret, user)
        except WrongPassphraseError:
            QMessageBox.warning(
                self.window,
                translate("oversight_actions", "Not signed"),
                translate(
                    "oversight_actions",
                    "That passphrase is not {user}'s: nothing was signed. The supervisor types "
                    "their own passphrase.",
                ).format(user=user),
            )
            return
        except CaseDeskError as error:
            QMessageBox.warning(
                self.window, translate("oversight_actions", "Not signed"), str(error)
            )
            return
        self.apply(changes)

    # -- supervision ----------------------------------------------------------------------

    def record_supervision(self) -> None:
        """Record a supervision on this case and every other case it discussed."""
        from casedesk.ui.dialogs.supervision import SupervisionDialog

        record = self.window.case_view.record
        if record is None or self.case_file is None or self.case_file.read_only:
            return
        others = [
            (row.reference, row.child_name)
            for row in self.case_file.case_summaries()
            if row.reference != record.case.reference
        ]
        dialog = SupervisionDialog(
            record, others, self._supervisors(), self._workers(), self._today(), self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        supervision = dialog.supervision()
        agreed = dialog.agreed()
        if isinstance(supervision, str) or isinstance(agreed, str):
            return
        case_file = self.case_file
        references = dialog.references()

        def save(editor: RecordEditor) -> object:
            records = [record] + [
                case_file.case_record(r, with_chronology=False) for r in references[1:]
            ]
            return editor.record_supervision(
                supervision, records, [(record.case.id, a) for a in agreed]
            )

        self._run_edit(save)

    # -- escalation -----------------------------------------------------------------------

    def escalate(self, step: str, view: object) -> None:
        """Raise an escalation, record a response, take it further, or resolve it."""
        from casedesk.ui.dialogs.escalation import EscalationDialog, EscalationStep

        record = self.window.case_view.record
        if record is None or self.case_file is None or self.case_file.read_only:
            return
        what = {
            "raise": EscalationStep.RAISE,
            "respond": EscalationStep.RESPOND,
            "next": EscalationStep.NEXT,
            "resolve": EscalationStep.RESOLVE,
        }[step]
        earlier = view.step if isinstance(view, EscalationView) else None
        if what is not EscalationStep.RAISE and earlier is None:
            return
        dialog = EscalationDialog(
            what,
            record,
            self.case_file.timescales().timescales,
            self._today(),
            self.case_file.user,
            earlier,
            self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        entry = dialog.entry()
        if isinstance(entry, str):
            return

        def save(editor: RecordEditor) -> object:
            if what is EscalationStep.RAISE:
                return editor.raise_escalation(record, entry.step)
            assert earlier is not None
            if what is EscalationStep.RESPOND:
                assert entry.step.responded_on is not None
                return editor.record_escalation_response(
                    earlier, entry.step.responded_on, entry.step.response
                )
            if what is EscalationStep.RESOLVE:
                return editor.resolve_escalation(earlier, entry.step.outcome)
            assert entry.raised_on is not None
            return editor.escalate_further(
                record, earlier, entry.raised_on, entry.with_whom, entry.outcome, entry.professional
            )

        self._run_edit(save)
