"""'Who might need to know what I know?' (theme 1 of the review).

One row per recipient: each member of the team around the family, and anyone else the
worker adds (another professional or agency, a person). For each: told or not; if told,
consent, the lawful basis when shared without it, how and when; if not, why not, for that
recipient alone. With no team recorded it asks who else is involved and offers to add them
to the team. Closing the dialog without deciding ("Decide later") leaves a pending item on
the case until someone decides.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.ids import CaseId, ProfessionalId
from casedesk.domain.sharing import Consent, SharingDecision, sharing_problem
from casedesk.domain.team import Professional, active_team
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.date_field import read_date
from casedesk.ui.widgets.problems import show_problems

CONSENT_TEXT = {
    Consent.NOT_RECORDED: QT_TRANSLATE_NOOP("sharing", "(consent?)"),
    Consent.GIVEN: QT_TRANSLATE_NOOP("sharing", "consent given"),
    Consent.NOT_SOUGHT: QT_TRANSLATE_NOOP("sharing", "consent not sought"),
    Consent.REFUSED: QT_TRANSLATE_NOOP("sharing", "consent refused"),
}
# Recorded as the recipient of a decision that no one else needs to know, in the worker's
# language like the rest of what they record.
NOBODY = QT_TRANSLATE_NOOP("sharing", "no one else")
# How much an entry matters (Significance, in its order), as the question says it.
LEVELS = (
    QT_TRANSLATE_NOOP("sharing", "routine"),
    QT_TRANSLATE_NOOP("sharing", "notable"),
    QT_TRANSLATE_NOOP("sharing", "significant"),
    QT_TRANSLATE_NOOP("sharing", "critical"),
)


@dataclass
class Recipient:
    """One row of the dialog: who, and the fields of the decision about them."""

    name: str
    told: QCheckBox
    consent: QComboBox
    basis: QLineEdit
    method: QLineEdit
    shared_on: QLineEdit
    why_not: QLineEdit
    joins_team: Professional | None = None  # someone added here, to be added to the team


class SomeoneElseDialog(QDialog):
    """Another professional, agency or person who might need to know."""

    help_page = "share-summary"  # what F1 opens (ui/help.py)

    def __init__(self, team_is_empty: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("sharing", "Someone else who might need to know"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("sharing", "name, e.g. Priya Shah (or the service)"))
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(
            translate("sharing", "agency, e.g. Brookfield Primary School")
        )
        self.role = QLineEdit()
        self.role.setPlaceholderText(
            translate("sharing", "role, e.g. designated safeguarding lead")
        )
        self.join = QCheckBox(translate("sharing", "Add to the team around the family"))
        self.join.setChecked(team_is_empty)
        form = QFormLayout(self)
        form.addRow(translate("sharing", "Name:"), self.name)
        form.addRow(translate("sharing", "Agency:"), self.agency)
        form.addRow(translate("sharing", "Role:"), self.role)
        form.addRow(self.join)
        buttons, self.ok = ok_cancel(self, translate("sharing", "Add"))
        form.addRow(buttons)
        for line in (self.name, self.agency, self.role):
            line.textChanged.connect(self._check)
        self.join.toggled.connect(self._check)
        self._check()

    def _check(self, *_args: object) -> None:
        named = bool(self.name.text().strip() or self.agency.text().strip())
        complete = all(x.text().strip() for x in (self.name, self.agency, self.role))
        self.ok.setEnabled(named and (complete or not self.join.isChecked()))


class SharingDialog(QDialog):
    """Record who was told about an entry (or something else), and why not for the rest."""

    help_page = "share-summary"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        entry: ChronologyEntry | None,
        worker: str,
        today: date,
        parent: QWidget | None = None,
        also: Sequence[ChronologyEntry] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("sharing", "Who might need to know what you know?"))
        self.record, self.entry, self.worker, self.today = record, entry, worker, today
        # Entries decided together (chosen together on the Information sharing tab): each
        # gets the same decisions.
        self.entries = ([entry] if entry is not None else []) + list(also)
        self.team = active_team(record.professionals, today)
        if len(self.entries) > 1:
            listed = "".join(
                f"<li>{shown_date(e.occurred_on)}: {html.escape(e.description[:120])}</li>"
                for e in self.entries[:8]
            )
            more = (
                translate("sharing", "<p>… and {count} more.</p>").format(
                    count=len(self.entries) - 8
                )
                if len(self.entries) > 8
                else ""
            )
            text = translate(
                "sharing",
                "<p>Decide together for {count} significant entries:</p><ul>{listed}</ul>"
                "{more}<p>Tick each person or agency you have told (or will now). For anyone "
                "you do not tell, say why.</p>",
            ).format(count=len(self.entries), listed=listed, more=more)
        elif entry is not None:
            level = translate("sharing", LEVELS[int(entry.significance)])
            said = html.escape(entry.description[:200])
            text = translate(
                "sharing",
                "<p>You recorded a <b>{level}</b> event: {said}</p><p>Tick each person or "
                "agency you have told (or will now). For anyone you do not tell, say why.</p>",
            ).format(level=level, said=said)
        else:
            text = translate(
                "sharing", "<p>Record what was shared, with whom, how and when; or why not.</p>"
            )
        if not self.team:
            text += translate(
                "sharing",
                "<p><b>No team around the family is recorded.</b> Who else is involved with "
                "this family: a school or nursery, health visitor, GP, midwife, police, "
                "housing? Add each one with <i>Someone else…</i>; they can join the team.</p>",
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.what = QPlainTextEdit(
            "; ".join(e.description[:200] for e in self.entries)[:500] if self.entries else ""
        )
        self.what.setTabChangesFocus(True)
        self.what.setFixedHeight(self.what.fontMetrics().lineSpacing() * 2 + 14)
        self.what.setAccessibleName(translate("sharing", "What is shared"))
        self.grid = QGridLayout()
        for column, header in enumerate(
            (
                translate("sharing", "Recipient"),
                translate("sharing", "Told?"),
                translate("sharing", "Consent"),
                translate("sharing", "Lawful basis (if no consent)"),
                translate("sharing", "How"),
                translate("sharing", "When"),
                translate("sharing", "Why not told"),
            )
        ):
            self.grid.addWidget(QLabel(f"<b>{header}</b>"), 0, column)
        self.recipients: list[Recipient] = []
        grid_host = QWidget()
        grid_layout = QVBoxLayout(grid_host)
        grid_layout.addLayout(self.grid)
        grid_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.someone_else = QPushButton(translate("sharing", "Someone else…"))
        self.someone_else.clicked.connect(self._ask_someone_else)
        self.nobody = QLineEdit()
        self.nobody.setPlaceholderText(
            translate("sharing", "if no one else needs to know, say why")
        )
        self.nobody.setAccessibleName(translate("sharing", "Why no one else needs to know"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            translate("sharing", "Record decisions"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        later = buttons.addButton(
            translate("sharing", "Decide later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        later.setToolTip(
            translate("sharing", "Leaves a pending item on the case until someone decides")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(translate("sharing", "What:"), self.what)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.someone_else)
        nobody_form = QFormLayout()
        nobody_form.addRow(translate("sharing", "No one else:"), self.nobody)
        layout.addLayout(nobody_form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        for member in self.team:
            # Consent is asked each time (a consent recorded for the team once is not consent
            # to share this); the team list says whether one is on record.
            on_record = (
                translate("sharing", "consent to share: {consent}").format(
                    consent=member.consent_to_share.text()
                )
                if member.consent_to_share.settled
                else ""
            )
            self._add_row(f"{member.name} ({member.agency})", Consent.NOT_RECORDED, note=on_record)
        self.nobody.textChanged.connect(self.validate)
        self.what.textChanged.connect(self.validate)
        if len(self.entries) > 1:
            # Each entry's decisions say what that entry says.
            self.what.setPlainText(translate("sharing", "(each entry's own description)"))
            self.what.setEnabled(False)
        self.resize(1000, 560)
        self.validate()

    def _add_row(
        self,
        name: str,
        consent: Consent,
        joins_team: Professional | None = None,
        note: str = "",
    ) -> Recipient:
        told = QCheckBox()
        told.setAccessibleName(translate("sharing", "Told {name}").format(name=name))
        consent_box = QComboBox()
        consent_box.setAccessibleName(translate("sharing", "Consent for {name}").format(name=name))
        for value, text in CONSENT_TEXT.items():
            consent_box.addItem(translate("sharing", text), value)
        consent_box.setCurrentIndex(index_of(consent_box, consent))
        basis, method, shared_on, why_not = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        basis.setPlaceholderText(translate("sharing", "e.g. to protect the child"))
        method.setPlaceholderText(translate("sharing", "phone, secure email …"))
        shared_on.setPlaceholderText(shown_date(self.today))
        why_not.setPlaceholderText(translate("sharing", "why not told"))
        for widget, what in (
            (basis, translate("sharing", "Lawful basis, {name}").format(name=name)),
            (method, translate("sharing", "How it was shared, {name}").format(name=name)),
            (shared_on, translate("sharing", "Date shared, {name}").format(name=name)),
            (why_not, translate("sharing", "Why not told, {name}").format(name=name)),
        ):
            widget.setAccessibleName(what)
            widget.textChanged.connect(self.validate)
        recipient = Recipient(
            name, told, consent_box, basis, method, shared_on, why_not, joins_team
        )
        row = len(self.recipients) + 1
        who = QLabel(html.escape(name) + (f"<br><small>{note}</small>" if note else ""))
        cells: tuple[QWidget, ...] = (who, told, consent_box, basis, method)
        for column, cell in enumerate((*cells, shared_on, why_not)):
            self.grid.addWidget(cell, row, column)
        told.toggled.connect(lambda _on: self._told_changed(recipient))
        consent_box.currentIndexChanged.connect(self.validate)
        self.recipients.append(recipient)
        self._told_changed(recipient)
        return recipient

    def add_recipient(
        self, name: str, agency: str = "", role: str = "", join_team: bool = False
    ) -> Recipient:
        """Someone else who might need to know (and, if asked, a new team member)."""
        label = f"{name} ({agency})" if name and agency else (name or agency)
        member = (
            Professional(
                ProfessionalId(""),
                CaseId(self.record.case.id),
                name or agency,
                agency,
                role,
                self.today,
            )
            if join_team
            else None
        )
        return self._add_row(label, Consent.NOT_RECORDED, member)

    def _ask_someone_else(self) -> None:
        ask = SomeoneElseDialog(not self.team, self)
        if ask.exec() == QDialog.DialogCode.Accepted:
            recipient = self.add_recipient(
                ask.name.text().strip(),
                ask.agency.text().strip(),
                ask.role.text().strip(),
                ask.join.isChecked(),
            )
            recipient.told.setFocus()

    def _told_changed(self, recipient: Recipient) -> None:
        told = recipient.told.isChecked()
        for widget in (recipient.consent, recipient.basis, recipient.method, recipient.shared_on):
            widget.setEnabled(told)
        recipient.why_not.setEnabled(not told)
        if told and not recipient.shared_on.text():
            recipient.shared_on.setText(shown_date(self.today))
        self.validate()

    def decisions(self) -> list[SharingDecision] | str:
        """One decision per recipient (or 'no one else') and entry, or what is wrong."""
        found = self._decisions()
        if isinstance(found, str) or len(self.entries) < 2:
            return found
        return [
            replace(d, entry=e.id, what=e.description[:500]) for e in self.entries for d in found
        ]

    def _decisions(self) -> list[SharingDecision] | str:
        """The decisions, or every problem found (one line each)."""
        problems: list[str] = []
        what = self.what.toPlainText().strip()
        if not what:
            problems.append(translate("sharing", "Say what is (or is not) shared."))
        entry_id = self.entry.id if self.entry is not None else ""
        found: list[SharingDecision] = []
        for r in self.recipients:
            told = r.told.isChecked()
            shared_on = None
            if told and r.shared_on.text().strip():
                try:
                    shared_on = read_date(r.shared_on.text())[0]
                except DateFormatError as error:
                    problems.append(f"{r.name}: {error}")
                    continue
            decision = SharingDecision(
                "",  # given by the unit of work
                CaseId(self.record.case.id),
                # Shared before today (recorded afterwards): decided by then at the latest.
                min(self.today, shared_on) if shared_on else self.today,
                r.name,
                told,
                what,
                "" if told else r.why_not.text().strip(),
                self.worker,
                entry_id,
                consent=r.consent.currentData() if told else Consent.NOT_RECORDED,
                lawful_basis=r.basis.text().strip() if told else "",
                method=r.method.text().strip() if told else "",
                shared_on=shared_on,
            )
            if told and decision.consent is Consent.NOT_RECORDED:
                problems.append(
                    translate(
                        "sharing", "Say whether {name} was told with consent (or without, and why)."
                    ).format(name=r.name)
                )
            elif problem := sharing_problem(decision):
                problems.append(problem)
            elif shared_on is not None and shared_on > self.today:
                problems.append(
                    translate("sharing", "{name}: the date shared is in the future.").format(
                        name=r.name
                    )
                )
            found.append(decision)
        if self.nobody.text().strip():
            found.append(
                SharingDecision(
                    "",
                    CaseId(self.record.case.id),
                    self.today,
                    translate("sharing", NOBODY),
                    False,
                    what,
                    self.nobody.text().strip(),
                    self.worker,
                    entry_id,
                )
            )
        if not found:
            problems.append(
                translate(
                    "sharing",
                    "Add who you told (Someone else…), or say why no one else needs to know.",
                )
            )
        return "\n".join(problems) if problems else found

    def pending(self) -> list[SharingDecision]:
        """'Decide later': a pending item for each entry not already waiting (nothing to
        leave for a share typed by hand)."""
        waiting = {d.entry for d in self.record.sharing if d.pending}
        return [
            SharingDecision(
                "",
                CaseId(self.record.case.id),
                self.today,
                "",
                False,
                entry.description[:500],
                "",
                self.worker,
                entry.id,
                pending=True,
            )
            for entry in self.entries
            if entry.id not in waiting
        ]

    def new_team(self) -> list[Professional]:
        """People added here who join the team around the family."""
        return [r.joins_team for r in self.recipients if r.joins_team is not None]

    def validate(self, *_args: object) -> None:
        """Say what stops the decisions being recorded; Record is disabled until fixed."""
        decisions = self.decisions()
        problems = decisions.splitlines() if isinstance(decisions, str) else []
        show_problems(self.problems, self.ok, problems)
