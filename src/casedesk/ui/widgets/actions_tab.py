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
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.actions import Action
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.deadline_rules import Due
from casedesk.domain.working_days import WorkingCalendar
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
    """A deadline (from the rule pack, or recorded by hand) and its state on the day shown."""

    name: str
    started_on: date
    due_on: date
    state: str
    overdue: bool
    basis: str  # the rule's note, or "recorded by hand"


def _state(done: date | None, due: date, today: date) -> tuple[str, bool]:
    if done is not None:
        late = (done - due).days
        return (f"done {done:%d %b %Y}" + (f" ({_days(late)} late)" if late > 0 else ""), False)
    days = (due - today).days
    if days < 0:
        return (f"OVERDUE by {_days(-days)}", True)
    return ("due today" if days == 0 else f"open, due in {_days(days)}", False)


def _days(count: int) -> str:
    return f"{count} day" + ("" if count == 1 else "s")


def action_rows(record: CaseRecord, today: date) -> list[ActionRow]:
    """Overdue first, then open by due date, then done (latest first)."""
    entries: dict[str, ChronologyEntry] = {e.id: e for e in record.entries}
    rows = []
    for action in record.actions:
        state, late = _state(action.completed_on, action.due_on, today)
        entry = entries.get(action.entry) if action.entry else None
        origin = (
            f"{entry.category.value}, {entry.occurred_on:%d %b %Y}"
            if entry
            else ("identification attempt" if action.attempt else "")
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


def deadline_rows(
    record: CaseRecord,
    today: date,
    running: Sequence[Due] = (),
    calendar: WorkingCalendar | None = None,
) -> list[DeadlineRow]:
    """The case's deadlines: those its events call for under the rule pack (``running``)
    and those recorded by hand, overdue first; lateness in working days when the
    region's ``calendar`` is given (timescales are set in working days)."""
    rows = []
    for due in running:
        state, late = _state(due.met_on, due.due_on, today)
        if late and calendar is not None:
            days = due.days_late(calendar, today)
            state = f"OVERDUE by {days} working day" + ("" if days == 1 else "s")
        statutory = "statutory; " if due.rule.statutory else ""
        rows.append(
            DeadlineRow(
                due.rule.name,
                due.started_on,
                due.due_on,
                state.replace("done", "met"),
                late,
                statutory + (due.rule.note or f"{due.rule.amount} {due.rule.unit.value}"),
            )
        )
    for deadline in record.deadlines:
        state, late = _state(deadline.met_on, deadline.due_on, today)
        rows.append(
            DeadlineRow(
                deadline.name,
                deadline.started_on,
                deadline.due_on,
                state.replace("done", "met"),
                late,
                "recorded by hand",
            )
        )
    return sorted(rows, key=lambda r: (not r.overdue, r.due_on))


ACTION_COLUMNS: list[ColumnSpec[ActionRow]] = [
    ColumnSpec("Action", lambda r: r.action.what),
    ColumnSpec("Who", lambda r: r.owner + (" (family)" if r.family else "")),
    ColumnSpec("Agreed", lambda r: f"{r.action.agreed_on:%d %b %Y}"),
    ColumnSpec("Due", lambda r: f"{r.action.due_on:%d %b %Y}"),
    ColumnSpec("State", lambda r: r.state, warn=lambda r: r.overdue),
    ColumnSpec("Outcome", lambda r: r.action.outcome),
    ColumnSpec("Agreed in", lambda r: r.origin),
]

DEADLINE_COLUMNS: list[ColumnSpec[DeadlineRow]] = [
    ColumnSpec("Deadline", lambda r: r.name),
    ColumnSpec("From", lambda r: f"{r.started_on:%d %b %Y}"),
    ColumnSpec("Due", lambda r: f"{r.due_on:%d %b %Y}"),
    ColumnSpec("State", lambda r: r.state, warn=lambda r: r.overdue),
    ColumnSpec("Why", lambda r: r.basis),
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
    """Actions (add, mark done) above the case's deadlines."""

    add_requested = Signal()
    done_requested = Signal(object)  # the Action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_model: RecordTableModel[ActionRow] = RecordTableModel(ACTION_COLUMNS)
        self.deadlines_model: RecordTableModel[DeadlineRow] = RecordTableModel(DEADLINE_COLUMNS)
        self.actions_table = _table(self.actions_model, "Actions")  # type: ignore[arg-type]
        self.deadlines_table = _table(self.deadlines_model, "Deadlines")  # type: ignore[arg-type]
        self.add_button = QPushButton("Add action…")
        self.add_button.clicked.connect(self.add_requested)
        self.done_button = QPushButton("Mark done…")
        self.done_button.clicked.connect(self._emit_done)
        self.actions_table.doubleClicked.connect(lambda _index: self._emit_done())
        self.actions_table.selectionModel().currentChanged.connect(
            lambda *_args: self._update_buttons()
        )
        self.read_only = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.actions_table, 3)
        layout.addWidget(QLabel("Deadlines (statutory timescales, in working days):"))
        layout.addWidget(self.deadlines_table, 2)

    def show_record(
        self,
        record: CaseRecord,
        today: date,
        running: Sequence[Due] = (),
        calendar: WorkingCalendar | None = None,
    ) -> None:
        """Show the record's actions and deadlines as they stand on ``today``."""
        self.actions_model.set_rows(action_rows(record, today))
        self.deadlines_model.set_rows(deadline_rows(record, today, running, calendar))
        for table in (self.actions_table, self.deadlines_table):
            table.resizeColumnsToContents()
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

    def selected_action(self) -> Action | None:
        """The action selected in the table."""
        index = self.actions_table.currentIndex()
        return self.actions_model.row_at(index.row()).action if index.isValid() else None

    def _emit_done(self) -> None:
        action = self.selected_action()
        if action is not None and action.completed_on is None:
            self.done_requested.emit(action)

    def clear(self) -> None:
        """Drop every row (locking)."""
        self.actions_model.clear()
        self.deadlines_model.clear()
