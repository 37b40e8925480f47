"""An action's fields: what is to be done, who is to do it (chosen from the case's people,
its team and its workers; never typed), and by when. Used wherever an action is agreed: a
chronology entry, a visit, an identification attempt's next step, the Actions tab."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from casedesk.domain.actions import Action, action_problems, worker_owner
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.ids import CaseId
from casedesk.domain.team import active_team
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.ui.dates import shown_date
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.date_field import DateField


def owner_choices(record: CaseRecord, workers: Sequence[str], today: date) -> list[tuple[str, str]]:
    """(text, owner value) for everyone who can own an action on this case."""
    choices = [
        (translate("action_fields", "{name} (worker)").format(name=name), worker_owner(name))
        for name in dict.fromkeys(workers)
        if name
    ]

    choices += [
        (f"{m.name}, {m.role} ({m.agency})", str(m.id))
        for m in active_team(record.professionals, today)
    ]
    roles = {record.case.subject_child: translate("action_fields", "subject child")}
    roles.update({k.person.id: k.role for k in record.key_adults()})
    choices += [
        (f"{p.display_name}" + (f" ({roles[p.id]})" if p.id in roles else ""), str(p.id))
        for p in record.people
        if p.died_on is None and not p.is_unborn
    ]
    return choices


class ActionFields(QWidget):
    """What, who and by when; blank means no action (when ``optional``)."""

    def __init__(
        self,
        record: CaseRecord,
        workers: Sequence[str],
        today: date,
        optional: bool = True,
        what_label: str = QT_TRANSLATE_NOOP("action_fields", "Action agreed:"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record, self.today, self.optional = record, today, optional
        self.what = QLineEdit()
        self.what.setPlaceholderText(
            translate("action_fields", "what is to be done (optional)")
            if optional
            else translate("action_fields", "what is to be done")
        )
        self.what.setAccessibleName(translate("action_fields", "What is to be done"))
        self.owner = QComboBox()
        self.owner.setAccessibleName(translate("action_fields", "Who is to do it"))
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner.setMinimumContentsLength(24)
        self.owner.addItem(translate("action_fields", "(choose who)"), "")
        for text, value in owner_choices(record, workers, today):
            self.owner.addItem(text, value)
        self.due = DateField()
        # The example in the worker's own way of writing a date; ISO is read too.
        self.due.setPlaceholderText(
            translate("action_fields", "due date, e.g. {iso} or {day}").format(
                day=shown_date(date(2026, 12, 14)), iso="2026-12-14"
            )
        )
        self.due.setAccessibleName(translate("action_fields", "Due date"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("action_fields", what_label), self.what)
        form.addRow(translate("action_fields", "Who:"), self.owner)
        form.addRow(translate("action_fields", "Due by:"), self.due)

    def is_blank(self) -> bool:
        """True when nothing is entered (no action)."""
        return not self.what.text().strip() and not self.owner.currentData()

    def action(
        self, case: CaseId, agreed_on: date, entry: str = "", attempt: str = ""
    ) -> Action | str | None:
        """The action as entered; None when blank and optional; a sentence when it cannot be
        read."""
        if self.optional and self.is_blank() and not self.due.text().strip():
            return None
        if not self.due.text().strip():
            return translate("action_fields", "Say when the action is due.")
        try:
            due, _precision = self.due.read()
        except DateFormatError as error:
            return translate("action_fields", "Due date: {problem}").format(problem=error)
        return Action(
            "",  # given when it is written
            case,
            self.what.text().strip(),
            str(self.owner.currentData() or ""),
            agreed_on,
            due,
            entry=entry,
            attempt=attempt,
        )

    def problems(self, case: CaseId, agreed_on: date) -> list[str]:
        """What stops the action being kept (empty when fine, or blank and optional)."""
        action = self.action(case, agreed_on)
        if action is None:
            return []
        if isinstance(action, str):
            return [action]
        return [sentence for _field, sentence in action_problems(action, self.today)]

    def set_action(self, action: Action) -> None:
        """Show an existing action."""
        self.what.setText(action.what)
        index = index_of(self.owner, action.owner)
        if index < 0:
            self.owner.addItem(self.record.owner_name(action.owner), action.owner)
            index = self.owner.count() - 1
        self.owner.setCurrentIndex(index)
        self.due.set_date(action.due_on)
