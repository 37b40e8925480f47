"""The Oversight tab: a case's assessments and plans with where each sign-off stands, its
supervision with every gap past the agency's interval, and its escalations step by step.

It only presents a ``CaseOversight`` (``services.oversight``) worked out by the controller;
its buttons emit requests the controller turns into edits and sign-offs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.escalation import EscalationStatus
from casedesk.domain.sign_offs import ASSESSMENT, PLAN, SignOffState
from casedesk.domain.supervision import Supervision

if TYPE_CHECKING:  # the case view is made at start-up; the database stack can wait
    from casedesk.services.oversight import (
        AssessmentView,
        CaseOversight,
        EscalationView,
        PlanView,
    )
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.ui.dates import shown_date
from casedesk.ui.models.record_table_model import ColumnSpec, RecordTableModel


@dataclass(frozen=True)
class ApprovalRow:
    """An assessment or a plan, as one line of the approvals table."""

    target_type: str
    target_id: str
    what: str
    started: date
    due: date | None
    status: str
    warn: bool
    assessment: AssessmentView | None = None
    plan: PlanView | None = None


def approval_rows(oversight: CaseOversight, today: date) -> list[ApprovalRow]:
    """Assessments (newest first), then plans awaiting or given a sign-off."""
    rows = []
    for view in reversed(oversight.assessments):
        a = view.assessment
        awaiting_late = (
            view.sign_off is None and view.sign_off_due is not None and today > view.sign_off_due
        )
        state = view.sign_off.state if view.sign_off else None
        rows.append(
            ApprovalRow(
                ASSESSMENT,
                a.id,
                a.title,
                a.started_on,
                a.due_on,
                view.status,
                awaiting_late
                or (view.days_late > 0 and a.completed_on is None)
                or (view.days_late > 0 and not a.late_reason.strip())
                or state in (SignOffState.NOT_VALID, SignOffState.EARLIER_VERSION),
                assessment=view,
            )
        )
    for plan in reversed(oversight.plans):
        e = plan.entry
        if plan.sign_off is not None:
            status = plan.sign_off.sentence()
        elif plan.due is not None:
            if plan.days_late:
                status = translate(
                    "oversight_tab", "Awaiting sign-off, due by {day}, {late} working days late."
                ).format(day=shown_date(plan.due), late=plan.days_late)
            else:
                status = translate("oversight_tab", "Awaiting sign-off, due by {day}.").format(
                    day=shown_date(plan.due)
                )
        else:
            status = translate("oversight_tab", "Awaiting sign-off.")
        state = plan.sign_off.state if plan.sign_off else None
        rows.append(
            ApprovalRow(
                PLAN,
                e.id,
                translate("oversight_tab", "Plan: {category} {day}").format(
                    category=shown_value(e.category), day=shown_date(e.occurred_on)
                ),
                e.occurred_on,
                plan.due,
                status,
                (plan.sign_off is None and plan.days_late > 0)
                or state in (SignOffState.NOT_VALID, SignOffState.EARLIER_VERSION),
                plan=plan,
            )
        )
    return rows


def _escalation_state(view: EscalationView) -> str:
    """Where an escalation stands, and by how many working days a response is overdue."""
    status = shown_value(view.status)
    if not view.days_overdue:
        return status
    if view.days_overdue == 1:
        return translate("oversight_tab", "{status} by 1 working day").format(status=status)
    return translate(
        "oversight_tab", "{status} by %n working days", None, view.days_overdue
    ).format(status=status)


APPROVAL_COLUMNS: list[ColumnSpec[ApprovalRow]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Assessment or plan"),
        lambda r: r.what,
        sort_key=lambda r: r.started,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Due"),
        lambda r: f"{shown_date(r.due)}" if r.due else "",
        sort_key=lambda r: r.due or date.max,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Where it stands"),
        lambda r: r.status,
        warn=lambda r: r.warn,
        tooltip=lambda r: r.status,
        context="oversight_tab",
    ),
]

SUPERVISION_COLUMNS: list[ColumnSpec[Supervision]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Held"),
        lambda s: f"{shown_date(s.held_on)}",
        sort_key=lambda s: s.held_on,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Recorded"),
        lambda s: shown_date(date.fromisoformat(s.recorded_at[:10])) if s.recorded_at else "",
        tooltip=lambda s: translate(
            "oversight_tab", "when it was typed (it is dated when it was held)"
        ),
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Supervisor"),
        lambda s: s.supervisor,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Worker"), lambda s: s.worker, context="oversight_tab"
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Decisions"),
        lambda s: " ".join(s.decisions.split())[:120],
        tooltip=lambda s: s.decisions,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Decided not to act"),
        lambda s: " ".join(s.not_to_act.split())[:120],
        tooltip=lambda s: s.not_to_act,
        context="oversight_tab",
    ),
]

ESCALATION_COLUMNS: list[ColumnSpec[EscalationView]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Raised"),
        lambda v: f"{shown_date(v.step.raised_on)}",
        sort_key=lambda v: v.step.raised_on,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Stage"),
        lambda v: f"{v.step.stage}: {v.stage_name}",
        sort_key=lambda v: v.step.stage,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "With"),
        lambda v: v.step.with_whom,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Where it stands"),
        _escalation_state,
        warn=lambda v: v.status is EscalationStatus.RESPONSE_OVERDUE,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Response due"),
        lambda v: f"{shown_date(v.step.response_due)}",
        sort_key=lambda v: v.step.response_due,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Response"),
        lambda v: (
            f"{shown_date(v.step.responded_on)}: {' '.join(v.step.response.split())[:80]}"
            if v.step.responded_on
            else ""
        ),
        tooltip=lambda v: v.step.response or v.step.outcome,
        context="oversight_tab",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("oversight_tab", "Concern"),
        lambda v: " ".join(v.step.concern.split())[:120],
        tooltip=lambda v: v.step.concern,
        context="oversight_tab",
    ),
]


def _table(model: RecordTableModel[object], name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as a keyboard user expects
    table.verticalHeader().setVisible(False)
    # Three tables share the tab: each may shrink to a few rows (the splitter between them
    # gives one more room), so the window keeps the small minimum a laptop needs.
    table.setMinimumHeight(table.fontMetrics().lineSpacing() * 3)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _selected(table: QTableView, model: RecordTableModel[object]) -> object | None:
    rows = table.selectionModel().selectedRows()
    if rows:
        return model.row_at(rows[0].row())
    return model.row_at(0) if model.rowCount() == 1 else None


class OversightTab(QWidget):
    """Assessments and plans, supervision, and escalations of one case."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    assessment_requested = Signal(object)  # an AssessmentView, or None to start one
    sign_off_requested = Signal(object)  # an ApprovalRow
    supervision_requested = Signal()
    escalation_requested = Signal(str, object)  # "raise", "respond", "next", "resolve"; view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.approvals: RecordTableModel[ApprovalRow] = RecordTableModel(APPROVAL_COLUMNS)
        self.supervisions: RecordTableModel[Supervision] = RecordTableModel(SUPERVISION_COLUMNS)
        self.escalations: RecordTableModel[EscalationView] = RecordTableModel(ESCALATION_COLUMNS)
        plans = translate("oversight_tab", "Assessments and plans")
        held = translate("oversight_tab", "Supervision of this case")
        raised = translate("oversight_tab", "Escalations")
        self.approvals_table = _table(self.approvals, plans)  # type: ignore[arg-type]
        self.supervision_table = _table(self.supervisions, held)  # type: ignore[arg-type]
        self.escalation_table = _table(self.escalations, raised)  # type: ignore[arg-type]

        self.approvals_table.doubleClicked.connect(lambda _i: self._open_approval())

        self.start_button = QPushButton(translate("oversight_tab", "Start assessment…"))
        self.start_button.clicked.connect(lambda: self.assessment_requested.emit(None))
        self.open_button = QPushButton(translate("oversight_tab", "Open…"))
        self.open_button.setToolTip(
            translate("oversight_tab", "Open the assessment chosen (what it is missing is listed)")
        )
        self.open_button.clicked.connect(self._open_approval)
        self.sign_button = QPushButton(translate("oversight_tab", "Sign off…"))
        self.sign_button.setToolTip(
            translate(
                "oversight_tab",
                "A supervisor signs off (or returns) the assessment or plan chosen with their own "
                "passphrase",
            )
        )
        self.sign_button.clicked.connect(self._sign)
        self.supervise_button = QPushButton(translate("oversight_tab", "Record supervision…"))
        self.supervise_button.clicked.connect(self.supervision_requested)
        self.raise_button = QPushButton(translate("oversight_tab", "Raise escalation…"))
        self.raise_button.clicked.connect(lambda: self.escalation_requested.emit("raise", None))
        self.respond_button = QPushButton(translate("oversight_tab", "Record response…"))
        self.respond_button.clicked.connect(lambda: self._escalate("respond"))
        self.next_button = QPushButton(translate("oversight_tab", "Next stage…"))
        self.next_button.clicked.connect(lambda: self._escalate("next"))
        self.resolve_button = QPushButton(translate("oversight_tab", "Resolve…"))
        self.resolve_button.clicked.connect(lambda: self._escalate("resolve"))
        self.edit_buttons = (
            self.start_button,
            self.supervise_button,
            self.raise_button,
            self.respond_button,
            self.next_button,
            self.resolve_button,
        )

        self.supervision_summary = QLabel()
        self.supervision_summary.setWordWrap(True)
        self.supervision_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.supervision_summary.setAccessibleName(
            translate("oversight_tab", "Supervision interval and gaps")
        )

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(
            self._section(
                translate("oversight_tab", "Assessments and plans"),
                self.approvals_table,
                self.start_button,
                self.open_button,
                self.sign_button,
            )
        )
        splitter.addWidget(
            self._section(
                translate("oversight_tab", "Supervision"),
                self.supervision_table,
                self.supervise_button,
                summary=self.supervision_summary,
            )
        )
        splitter.addWidget(
            self._section(
                translate("oversight_tab", "Escalations"),
                self.escalation_table,
                self.raise_button,
                self.respond_button,
                self.next_button,
                self.resolve_button,
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)

    @staticmethod
    def _section(
        title: str, table: QTableView, *buttons: QPushButton, summary: QLabel | None = None
    ) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        heading = QLabel(f"<b>{title}</b>")
        row.addWidget(heading)
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        if summary is not None:
            layout.addWidget(summary)
        layout.addWidget(table, 1)
        return page

    def show_oversight(
        self, oversight: CaseOversight, today: date, read_only: bool = False
    ) -> None:
        """Show the case's oversight as worked out now."""
        self.approvals.set_rows(approval_rows(oversight, today))
        view = oversight.supervision
        self.supervisions.set_rows(list(reversed(view.supervisions)))
        day, every = shown_date(view.next_due), view.interval.every
        if not view.supervisions:
            first = translate(
                "oversight_tab", "Not supervised yet; first due {day} (at least every {every})."
            ).format(day=day, every=every)
        elif view.next_due < today:
            first = translate(
                "oversight_tab", "At least every {every}; overdue since {day}."
            ).format(every=every, day=day)
        else:
            first = translate("oversight_tab", "At least every {every}; next due {day}.").format(
                every=every, day=day
            )
        lines = [first]
        lines += [f"⚠ {gap.sentence()}" for gap in view.gaps[-3:]]
        if len(view.gaps) > 3:
            lines.insert(
                1,
                translate(
                    "oversight_tab",
                    "⚠ %n gaps past the interval; the latest:",
                    None,
                    len(view.gaps),
                ),
            )
        self.supervision_summary.setText("\n".join(lines))
        self.escalations.set_rows(list(reversed(oversight.escalations)))
        for table in (self.approvals_table, self.supervision_table, self.escalation_table):
            table.resizeColumnsToContents()
            header = table.horizontalHeader()
            for column in range(header.count() - 1):
                header.resizeSection(column, min(header.sectionSize(column), 320))
        for button in self.edit_buttons:
            button.setEnabled(not read_only)

    def clear(self) -> None:
        """Drop every row and text (locking)."""
        for model in (self.approvals, self.supervisions, self.escalations):
            model.clear()
        self.supervision_summary.clear()

    def _open_approval(self) -> None:
        row = _selected(self.approvals_table, self.approvals)  # type: ignore[arg-type]
        if isinstance(row, ApprovalRow):
            if row.assessment is not None:
                self.assessment_requested.emit(row.assessment)
            else:
                self.sign_off_requested.emit(row)

    def _sign(self) -> None:
        row = _selected(self.approvals_table, self.approvals)  # type: ignore[arg-type]
        if isinstance(row, ApprovalRow):
            self.sign_off_requested.emit(row)

    def _escalate(self, step: str) -> None:
        view = _selected(self.escalation_table, self.escalations)  # type: ignore[arg-type]
        if view is None:
            return
        status = view.status  # type: ignore[attr-defined]
        if status.value in ("taken to the next stage", "resolved"):
            QMessageBox.information(
                self,
                translate("oversight_tab", "Escalation"),
                translate(
                    "oversight_tab",
                    "This step is {status}: choose the latest step of the escalation.",
                ).format(status=shown_value(status)),
            )
            return
        self.escalation_requested.emit(step, view)
