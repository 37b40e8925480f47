"""The Actions & deadlines tab: every action with its owner, due date and state (overdue
ones first, in red: 'agreed but not done' is how disguised compliance shows), and the
case's deadlines with their state."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.actions import Action
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.deadline_changes import DeadlineChange, Timescales
from casedesk.domain.timescales import Deadline, DeadlineStatus
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.domain.working_days import WorkingCalendar
from casedesk.ui.dates import shown_date
from casedesk.ui.models.record_table_model import ColumnSpec, RecordTableModel


@dataclass(frozen=True)
class ActionRow:
    """An action with its owner in words and its state on the day shown."""

    action: Action
    owner: str
    state: str
    overdue: bool
    family: bool
    origin: str


@dataclass(frozen=True)
class DeadlineRow:
    """A recorded deadline and its state on the day shown, in working days."""

    deadline: Deadline
    state: str
    overdue: bool
    basis: str  # the rule's note, the reason given, or "recorded by hand"

    @property
    def name(self) -> str:
        """What must happen."""
        return self.deadline.name


def _state(
    done: date | None, due: date, today: date, calendar: WorkingCalendar | None = None
) -> tuple[str, bool]:
    """Done (and how late), overdue, or open: in working days when the case file's
    ``calendar`` is given, as the work tray counts them."""

    def count(a: date, b: date) -> int:
        return (b - a).days if calendar is None else calendar.working_days_between(a, b)

    def between(a: date, b: date) -> str:
        return _days(count(a, b)) if calendar is None else _working_days(count(a, b))

    if done is not None:
        if done > due:
            return (
                translate("actions_tab", "done {day} ({late} late)").format(
                    day=shown_date(done), late=between(due, done)
                ),
                False,
            )
        return (translate("actions_tab", "done {day}").format(day=shown_date(done)), False)
    if today > due:
        if count(due, today) == 0:
            return (
                translate("actions_tab", "OVERDUE (was due {day})").format(
                    day=shown_date(due, weekday=True)
                ),
                True,
            )
        return (
            translate("actions_tab", "OVERDUE by {late}").format(late=between(due, today)),
            True,
        )
    return (
        translate("actions_tab", "due today")
        if today == due
        else translate("actions_tab", "open, due in {ahead}").format(ahead=between(today, due)),
        False,
    )


def _days(count: int) -> str:
    if count == 1:
        return translate("actions_tab", "1 day")
    return translate("actions_tab", "%n days", None, count)


def action_rows(
    record: CaseRecord, today: date, calendar: WorkingCalendar | None = None
) -> list[ActionRow]:
    """Overdue first, then open by due date, then done (latest first)."""
    entries: dict[str, ChronologyEntry] = {e.id: e for e in record.entries}
    supervisions = {s.id: s for s in record.supervisions}
    rows = []
    for action in record.actions:
        state, late = _state(action.completed_on, action.due_on, today, calendar)
        entry = entries.get(action.entry) if action.entry else None
        supervision = supervisions.get(action.supervision) if action.supervision else None
        origin = (
            f"{shown_value(entry.category)}, {shown_date(entry.occurred_on)}"
            if entry
            else translate("actions_tab", "supervision, {day}").format(
                day=shown_date(supervision.held_on)
            )
            if supervision
            else (translate("actions_tab", "identification attempt") if action.attempt else "")
        )
        rows.append(
            ActionRow(
                action,
                record.owner_name(action.owner),
                state,
                late,
                record.is_family(action.owner),
                origin,
            )
        )
    return sorted(
        rows,
        key=lambda r: (
            not r.overdue,
            r.action.completed_on is not None,
            r.action.due_on if r.action.completed_on is None else date.max - r.action.completed_on,
        ),
    )


def _working_days(count: int) -> str:
    if count == 1:
        return translate("actions_tab", "1 working day")
    return translate("actions_tab", "%n working days", None, count)


def deadline_state(deadline: Deadline, today: date, timescales: Timescales | None) -> str:
    """Where a deadline stands, in words (lateness in working days, as timescales are set)."""
    late = timescales.working_days_late(deadline, today) if timescales else 0
    status = deadline.status(today)
    if status is DeadlineStatus.CANCELLED:
        return translate("actions_tab", "cancelled {day}").format(
            day=shown_date(deadline.cancelled_on)
        )
    if status is DeadlineStatus.MET:
        met_on = shown_date(deadline.met_on)
        if not late:
            return translate("actions_tab", "met {day}").format(day=met_on)
        if deadline.late_without_reason:
            return translate("actions_tab", "met {day}, {late} late — say why").format(
                day=met_on, late=_working_days(late)
            )
        return translate("actions_tab", "met {day}, {late} late").format(
            day=met_on, late=_working_days(late)
        )
    if status is DeadlineStatus.OVERDUE:
        if not late:  # due on a Friday, looked at on the Saturday
            return translate("actions_tab", "OVERDUE (was due {day})").format(
                day=shown_date(deadline.due, weekday=True)
            )
        return translate("actions_tab", "OVERDUE by {late}").format(late=_working_days(late))
    ahead = timescales.calendar.working_days_between(today, deadline.due) if timescales else 0
    due = (
        translate("actions_tab", "due today")
        if deadline.due == today
        else translate("actions_tab", "due in {ahead}").format(ahead=_working_days(ahead))
    )
    if status is DeadlineStatus.EXTENDED:
        return translate("actions_tab", "extended to {day}; {due}").format(
            day=shown_date(deadline.due), due=due
        )
    return translate("actions_tab", "open, {due}").format(due=due)


def deadline_rows(
    record: CaseRecord, today: date, timescales: Timescales | None = None
) -> list[DeadlineRow]:
    """The case's recorded deadlines: overdue first, then open by due date, then those met
    or cancelled (latest first)."""
    rules = {r.id: r for r in timescales.pack.rules} if timescales else {}
    rows = []
    for deadline in record.deadlines:
        rule = rules.get(deadline.rule)
        if deadline.reason:
            basis = deadline.reason
        elif rule is not None:
            basis = rule.note or f"{rule.amount} {shown_value(rule.unit)}"
        else:
            basis = (
                translate("actions_tab", "from the rule pack")
                if deadline.rule
                else translate("actions_tab", "recorded by hand")
            )
        if deadline.statutory:
            basis = translate("actions_tab", "statutory; {basis}").format(basis=basis)
        rows.append(
            DeadlineRow(
                deadline,
                deadline_state(deadline, today, timescales),
                deadline.is_overdue(today) or deadline.late_without_reason,
                basis,
            )
        )
    return sorted(
        rows,
        key=lambda r: (
            not (r.deadline.is_overdue(today) or r.deadline.late_without_reason),
            r.deadline.closed,
            r.deadline.due if not r.deadline.closed else date.max - r.deadline.due,
        ),
    )


ACTION_COLUMNS: list[ColumnSpec[ActionRow]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "Action"), lambda r: r.action.what, context="actions_tab"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "Who"),
        lambda r: r.owner + (translate("actions_tab", " (family)") if r.family else ""),
        context="actions_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "Agreed"),
        lambda r: f"{shown_date(r.action.agreed_on)}",
        context="actions_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "Due"),
        lambda r: f"{shown_date(r.action.due_on)}",
        context="actions_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "State"),
        lambda r: r.state,
        warn=lambda r: r.overdue,
        context="actions_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "Outcome"),
        lambda r: r.action.outcome,
        context="actions_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "Agreed in"), lambda r: r.origin, context="actions_tab"
    ),
]

DEADLINE_COLUMNS: list[ColumnSpec[DeadlineRow]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "Deadline"), lambda r: r.name, context="actions_tab"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "From"),
        lambda r: f"{shown_date(r.deadline.started_on)}",
        context="actions_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "Due"),
        lambda r: f"{shown_date(r.deadline.due)}",
        context="actions_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("actions_tab", "State"),
        lambda r: r.state,
        warn=lambda r: r.overdue,
        context="actions_tab",
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("actions_tab", "Why"), lambda r: r.basis, context="actions_tab"),
]


def _table(model: RecordTableModel[object], name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    # Fitting columns reads only the first rows: a sharing log of hundreds stays quick.
    table.horizontalHeader().setResizeContentsPrecision(60)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class ActionsTab(QWidget):
    """Actions (add, mark done) above the case's deadlines (add, met, extend, cancel, and
    the changes its events call for, each confirmed by the worker)."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    add_requested = Signal()
    done_requested = Signal(object)  # the Action
    deadline_requested = Signal(str, object)  # the step ("add", "meet", ...), the Deadline
    confirm_requested = Signal(object)  # the DeadlineChange
    deadline_history_requested = Signal(object)  # the Deadline

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_model: RecordTableModel[ActionRow] = RecordTableModel(ACTION_COLUMNS)
        self.deadlines_model: RecordTableModel[DeadlineRow] = RecordTableModel(DEADLINE_COLUMNS)
        self.actions_table = _table(self.actions_model, translate("actions_tab", "Actions"))  # type: ignore[arg-type]
        self.deadlines_table = _table(self.deadlines_model, translate("actions_tab", "Deadlines"))  # type: ignore[arg-type]
        self.add_button = QPushButton(translate("actions_tab", "Add action…"))
        self.add_button.clicked.connect(self.add_requested)
        self.done_button = QPushButton(translate("actions_tab", "Mark done…"))
        self.done_button.clicked.connect(self._emit_done)
        self.actions_table.doubleClicked.connect(lambda _index: self._emit_done())
        self.actions_table.selectionModel().currentChanged.connect(
            lambda *_args: self._update_buttons()
        )
        self.deadline_buttons: dict[str, QPushButton] = {}
        deadline_buttons = QHBoxLayout()
        for step, text in (
            ("add", translate("actions_tab", "Add deadline…")),
            ("meet", translate("actions_tab", "Mark met…")),
            ("extend", translate("actions_tab", "Extend…")),
            ("cancel", translate("actions_tab", "Cancel deadline…")),
            ("explain", translate("actions_tab", "Why late…")),
            ("history", translate("actions_tab", "History…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=step: self._emit_deadline(s))
            deadline_buttons.addWidget(button)
            self.deadline_buttons[step] = button
        deadline_buttons.addStretch()
        self.deadlines_table.selectionModel().currentChanged.connect(
            lambda *_args: self._update_buttons()
        )
        self.changes: list[DeadlineChange] = []
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_list = QListWidget()
        self.changes_list.setAccessibleName(translate("actions_tab", "Deadline changes to confirm"))
        self.changes_list.setWordWrap(True)
        self.changes_list.setMaximumHeight(110)
        self.confirm_button = QPushButton(translate("actions_tab", "Confirm change"))
        self.confirm_button.setToolTip(
            translate(
                "actions_tab",
                "Accept the dates the events now call for "
                "(the earlier ones are kept in the history)",
            )
        )
        self.confirm_button.clicked.connect(self._emit_confirm)
        self.changes_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.read_only = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.actions_table, 3)
        layout.addWidget(
            QLabel(
                translate(
                    "actions_tab",
                    "Deadlines (timescales and those added by hand; lateness in working days):",
                )
            )
        )
        layout.addLayout(deadline_buttons)
        layout.addWidget(self.deadlines_table, 3)
        self.changes_box = QWidget()
        changes = QVBoxLayout(self.changes_box)
        changes.setContentsMargins(0, 0, 0, 0)
        changes.addWidget(self.changes_label)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.changes_list, 1)
        confirm_row.addWidget(self.confirm_button)
        changes.addLayout(confirm_row)
        layout.addWidget(self.changes_box)
        self.changes_box.hide()

    def show_record(
        self,
        record: CaseRecord,
        today: date,
        timescales: Timescales | None = None,
        changes: Sequence[DeadlineChange] | None = None,
    ) -> None:
        """Show the record's actions and deadlines as they stand on ``today``, and what its
        events now say differently of any recorded deadline (``changes``, when the caller
        has already worked them out)."""
        calendar = timescales.calendar if timescales else None
        self.actions_model.set_rows(action_rows(record, today, calendar))
        self.deadlines_model.set_rows(deadline_rows(record, today, timescales))
        for table in (self.actions_table, self.deadlines_table):
            table.resizeColumnsToContents()
        if changes is None:
            changes = timescales.reconcile(record, today).changes if timescales else []
        self.changes = list(changes)
        self.changes_list.clear()
        for change in self.changes:
            self.changes_list.addItem(f"{change.deadline.name}: {change.why}.")
        count = len(self.changes)
        if count == 1:
            sentence = translate(
                "actions_tab",
                "<b>⚠ 1 deadline to confirm:</b> the events they count from have changed. "
                "Nothing is counted again until you confirm.",
            )
        else:
            sentence = translate(
                "actions_tab",
                "<b>⚠ %n deadlines to confirm:</b> the events they count from have changed. "
                "Nothing is counted again until you confirm.",
                None,
                count,
            )
        self.changes_label.setText(sentence)
        self.changes_box.setVisible(bool(self.changes))
        if self.changes:
            self.changes_list.setCurrentRow(0)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """No adding or marking done in a file opened read-only."""
        self.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_action()
        self.add_button.setEnabled(not self.read_only)
        # "Mark done…" only for an action chosen that is not done yet.
        self.done_button.setEnabled(
            not self.read_only and chosen is not None and chosen.completed_on is None
        )
        deadline = self.selected_deadline()
        open_one = deadline is not None and not deadline.closed and not self.read_only
        self.deadline_buttons["add"].setEnabled(not self.read_only)
        for step in ("meet", "extend", "cancel"):
            self.deadline_buttons[step].setEnabled(open_one)
        # A timescale met late can be given its reason (it stays met when it was).
        self.deadline_buttons["explain"].setEnabled(
            deadline is not None and deadline.met_late and not self.read_only
        )
        self.deadline_buttons["history"].setEnabled(deadline is not None)
        self.confirm_button.setEnabled(
            not self.read_only and self.changes_list.currentRow() >= 0 and bool(self.changes)
        )

    def selected_action(self) -> Action | None:
        """The action selected in the table."""
        index = self.actions_table.currentIndex()
        return self.actions_model.row_at(index.row()).action if index.isValid() else None

    def selected_deadline(self) -> Deadline | None:
        """The deadline selected in its table."""
        index = self.deadlines_table.currentIndex()
        return self.deadlines_model.row_at(index.row()).deadline if index.isValid() else None

    def _emit_done(self) -> None:
        action = self.selected_action()
        if action is not None and action.completed_on is None:
            self.done_requested.emit(action)

    def _emit_deadline(self, step: str) -> None:
        deadline = self.selected_deadline()
        if step == "history":
            if deadline is not None:
                self.deadline_history_requested.emit(deadline)
        elif step == "add" or deadline is not None:
            self.deadline_requested.emit(step, deadline)

    def _emit_confirm(self) -> None:
        row = self.changes_list.currentRow()
        if 0 <= row < len(self.changes):
            self.confirm_requested.emit(self.changes[row])

    def clear(self) -> None:
        """Drop every row (locking)."""
        self.actions_model.clear()
        self.deadlines_model.clear()
        self.changes = []
        self.changes_list.clear()
        self.changes_box.hide()
