"""Sign off an assessment or a plan: the supervisor reads what they approve (and what it
is missing), decides, and signs with their own passphrase at the worker's desk. The
passphrase opens their own signing key for this one sign-off; it is never kept."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from casedesk.domain.sign_offs import SignOffDecision
from casedesk.domain.wording import translate
from casedesk.services.sign_off import SignOffRequest
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.passphrase_fields import PassphraseEntry
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box


class SignOffDialog(QDialog):
    """What is signed off, the decision, and the supervisor's own passphrase."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        target_type: str,
        target_id: str,
        what: str,
        status: str,
        missing: Sequence[str],
        due: date | None,
        late_by: int,
        supervisors: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        """``late_by``: working days past ``due`` if signed today (0: in time)."""
        super().__init__(parent)
        self.setWindowTitle(translate("sign_off", "Sign off"))
        self.target_type, self.target_id, self.late_by = target_type, target_id, late_by
        self.missing = list(missing)
        lines = [f"<b>{html.escape(what)}</b>", html.escape(status)]
        if due is not None:
            if late_by:
                lines.append(
                    translate(
                        "sign_off",
                        "Sign-off due by {day}: <b>%n working days late</b> today.",
                        None,
                        late_by,
                    ).format(day=shown_date(due))
                )
            else:
                lines.append(
                    translate("sign_off", "Sign-off due by {day}.").format(day=shown_date(due))
                )
        if missing:
            lines.append(
                translate("sign_off", "<b>Missing</b> (it can only be returned for more work):")
            )
            lines += [f"• {html.escape(m)}" for m in missing[:8]]
            if len(missing) > 8:
                lines.append(
                    translate("sign_off", "… and {count} more").format(count=len(missing) - 8)
                )
        about = QLabel("<br>".join(lines))
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.RichText)
        self.approve = QRadioButton(translate("sign_off", "&Approve"))
        self.give_back = QRadioButton(translate("sign_off", "&Return for more work"))
        group = QButtonGroup(self)
        group.addButton(self.approve)
        group.addButton(self.give_back)
        (self.give_back if missing else self.approve).setChecked(True)
        self.approve.setEnabled(not missing)
        self.comment = text_box(
            translate("sign_off", "what you say with the decision (for a return: what is needed)"),
            3,
        )
        self.comment.setAccessibleName(translate("sign_off", "Comment"))
        self.late_reason = text_box(translate("sign_off", "why the sign-off is late"), 2)
        self.late_reason.setAccessibleName(translate("sign_off", "Why the sign-off is late"))
        self.late_reason.setVisible(late_by > 0)
        self.supervisor = QComboBox()
        self.supervisor.setAccessibleName(translate("sign_off", "Supervisor signing"))
        self.supervisor.addItems(list(dict.fromkeys(supervisors)))
        self.passphrase_entry = PassphraseEntry(
            translate("sign_off", "The supervisor's own passphrase")
        )
        self.passphrase = self.passphrase_entry.field
        self.passphrase.setPlaceholderText(
            translate("sign_off", "the supervisor's own passphrase (not the worker's)")
        )
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(translate("sign_off", "Decision:"), self.approve)
        form.addRow("", self.give_back)
        form.addRow(translate("sign_off", "Comment:"), self.comment)
        if late_by:
            form.addRow(translate("sign_off", "Why late:"), self.late_reason)
        form.addRow(translate("sign_off", "Supervisor:"), self.supervisor)
        form.addRow(translate("sign_off", "Passphrase:"), self.passphrase_entry)
        form.addRow(self.problems)
        buttons, self.ok = ok_cancel(self, translate("sign_off", "Sign"))
        form.addRow(buttons)
        for box in (self.comment, self.late_reason):
            box.textChanged.connect(self.validate)
        self.passphrase.textChanged.connect(self.validate)
        self.approve.toggled.connect(self.validate)
        self.resize(600, 480)
        self.validate()

    def request(self) -> SignOffRequest:
        """The decision as entered."""
        decision = (
            SignOffDecision.APPROVED if self.approve.isChecked() else (SignOffDecision.RETURNED)
        )
        return SignOffRequest(
            self.target_type,
            self.target_id,
            decision,
            self.comment.toPlainText().strip(),
            self.late_reason.toPlainText().strip(),
        )

    def user(self) -> str:
        """The supervisor who signs."""
        return self.supervisor.currentText()

    def secret(self) -> str:
        """The passphrase typed (read once, then the field is emptied)."""
        typed = self.passphrase.text()
        self.passphrase.clear()
        return typed

    def validate(self, *_args: object) -> None:
        """Say what is missing; Sign is disabled until it is there."""
        request = self.request()
        problems = []
        if not self.supervisor.currentText():
            problems.append(
                translate("sign_off", "No supervisor can sign: add one in Case > Users & Keys.")
            )
        if request.decision is SignOffDecision.RETURNED and not request.comment:
            problems.append(translate("sign_off", "Say what more is needed."))
        if self.late_by and not request.late_reason:
            problems.append(
                translate(
                    "sign_off",
                    "It is %n working days past its timescale: say why.",
                    None,
                    self.late_by,
                )
            )
        if not self.passphrase.text():
            problems.append(
                translate("sign_off", "The supervisor types their own passphrase to sign.")
            )
        show_problems(self.problems, self.ok, problems)
