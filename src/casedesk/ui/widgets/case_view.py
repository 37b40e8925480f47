"""One case: the original concern pinned at the top, what needs attention, and the record.

The view only presents a ``CaseRecord``; buttons emit signals that the controller turns
into edits. ``clear`` drops every row and text (locking).
"""

from __future__ import annotations

import functools
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import record_kinds as k
from casedesk.domain.ages import is_adult
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.disclosures import Disclosure
from casedesk.domain.patterns import Pattern, Thresholds, find_patterns
from casedesk.domain.sharing import shown_decisions
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.services.gc_pause import gc_paused
from casedesk.ui.accessibility import name_tables_by_tab
from casedesk.ui.dates import shown_date
from casedesk.ui.models.chronology_model import rows_for
from casedesk.ui.models.record_table_model import ColumnSpec, RecordTableModel
from casedesk.ui.widgets import record_views as rv
from casedesk.ui.widgets.actions_tab import ActionsTab
from casedesk.ui.widgets.chronology_view import ChronologyView
from casedesk.ui.widgets.elided_label import ElidedLabel
from casedesk.ui.widgets.health_tab import HealthLine, HealthTab
from casedesk.ui.widgets.oversight_tab import OversightTab
from casedesk.ui.widgets.record_tabs import (
    PEOPLE_HELP,
    fit_columns,
    homes_tab,
    record_tab,
    record_table,
)
from casedesk.ui.widgets.waiting_pages import WaitingPages

# Kinds whose change redraws the family: people, links, households and the genogram.
FAMILY_KINDS = frozenset(
    {
        k.CASE.name,
        k.MEMBERSHIP,
        *(
            kind.name
            for kind in (
                k.PEOPLE,
                k.RELATIONSHIPS,
                k.HOUSEHOLDS,
                k.ADDRESSES,
                k.IDENTIFIERS,
                k.EMOTIONAL_LINKS,
                k.PARENTAL_RESPONSIBILITY,
                k.IDENTIFICATION_ATTEMPTS,
            )
        ),
    }
)
# Everything: a case shown afresh.
EVERY_KIND = frozenset({*FAMILY_KINDS, *(kind.name for kind in k.CASE_RECORD_KINDS)})

# The case's information-sharing log of signed summaries (Information sharing tab).
SUMMARY_COLUMNS: list[ColumnSpec[Disclosure]] = [
    ColumnSpec(
        QT_TRANSLATE_NOOP("case_view", "Date"),
        lambda d: f"{shown_date(d.made_on)}",
        sort_key=lambda d: d.made_on,
        context="case_view",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("case_view", "Recipient"), lambda d: d.recipient, context="case_view"
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("case_view", "Purpose"), lambda d: d.purpose, context="case_view"),
    ColumnSpec(
        QT_TRANSLATE_NOOP("case_view", "Document"),
        lambda d: d.document_id,
        tooltip=lambda d: d.sentence,
        context="case_view",
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("case_view", "Countersigned"),
        lambda d: (
            translate("case_view", "by {worker} on {day}").format(
                worker=d.countersigned_by, day=shown_date(d.countersigned_on)
            )
            if d.countersigned_by and d.countersigned_on
            else translate("case_view", "not yet")
        ),
        context="case_view",
    ),
]

# The help pages (resources/help/) that explain the tabs F1 is pressed on.
FACTS_HELP = "chronology"
SHARING_HELP = "share-summary"

if TYPE_CHECKING:
    from collections.abc import Mapping, Set

    from casedesk.domain.case_record import CaseRecord
    from casedesk.domain.diagram import Point
    from casedesk.domain.ids import PersonId
    from casedesk.ui.widgets.diagram_tabs import EcomapTab, GenogramTab


class CaseView(QWidget):
    """The case record of one case."""

    back_requested = Signal()
    add_person_requested = Signal()
    edit_person_requested = Signal(object)
    history_requested = Signal(object)
    record_attempt_requested = Signal()
    add_concern_requested = Signal()
    add_relationship_requested = Signal()
    edit_relationship_requested = Signal(object)
    add_address_requested = Signal()
    add_household_requested = Signal()
    edit_case_requested = Signal()
    merge_requested = Signal()
    edit_place_requested = Signal(object)
    edit_professional_requested = Signal(object)
    add_professional_requested = Signal()
    record_visit_requested = Signal()
    decide_sharing_requested = Signal(object)  # the ChronologyEntry still to decide
    record_share_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: CaseRecord | None = None
        self.thresholds = Thresholds()
        self.timescales: Timescales | None = None  # the case file's rule pack and calendar
        back = QPushButton(translate("case_view", "← All cases"))
        back.clicked.connect(self.back_requested)
        self.visit_button = QPushButton(translate("case_view", "Record a visit…"))
        self.visit_button.setToolTip(
            translate(
                "case_view",
                "A visit or contact: the child seen (alone?), who else was there, the child's "
                "own words, the home (Ctrl+Shift+V)",
            )
        )
        self.visit_button.clicked.connect(self.record_visit_requested)
        # The header keeps to four short lines, each cut short with … (whole in its
        # tooltip), so a 700-pixel screen keeps room for the record; "Details" shows
        # every line whole.
        self.title = ElidedLabel()
        self.title.setObjectName("CaseTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.subtitle = ElidedLabel()
        self.concern = ElidedLabel()
        self.concern.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        concern_box = QFrame()
        concern_box.setObjectName("PinnedConcern")
        concern_layout = QHBoxLayout(concern_box)
        concern_layout.setContentsMargins(8, 3, 8, 3)
        pinned = QLabel(translate("case_view", "Original concern:"))
        pinned.setObjectName("PinnedHeading")
        pinned.setToolTip(
            translate("case_view", "Pinned: later concerns are added beside it, never over it")
        )
        concern_layout.addWidget(pinned, 0, Qt.AlignmentFlag.AlignTop)
        concern_layout.addWidget(self.concern, 1)
        self.attention = ElidedLabel()
        self.attention.setObjectName("AttentionBanner")
        self.details = QPushButton(translate("case_view", "&Details"))
        self.details.setCheckable(True)
        self.details.setToolTip(
            translate(
                "case_view",
                "Show the header's lines whole: the case, the original concern "
                "and what needs attention",
            )
        )
        self.details.toggled.connect(self._show_details)

        self.people_model: RecordTableModel[rv.PersonRow] = RecordTableModel(rv.PEOPLE_COLUMNS)
        self.relationships_model: RecordTableModel[rv.LinkRow] = RecordTableModel(rv.LINK_COLUMNS)
        self.households_model: RecordTableModel[rv.LinkRow] = RecordTableModel(rv.LINK_COLUMNS)
        self.addresses_model: RecordTableModel[rv.LinkRow] = RecordTableModel(rv.LINK_COLUMNS)
        self.attempts_model: RecordTableModel[rv.AttemptRow] = RecordTableModel(rv.ATTEMPT_COLUMNS)
        self.team_model: RecordTableModel[object] = RecordTableModel(rv.TEAM_COLUMNS)  # type: ignore[arg-type]
        self.people_table = record_table(self.people_model)  # type: ignore[arg-type]
        self.people_table.doubleClicked.connect(
            lambda _i: self._emit_person(self.edit_person_requested)
        )
        add_person = QPushButton(translate("case_view", "Add person…"))
        add_person.clicked.connect(self.add_person_requested)
        edit_person = QPushButton(translate("case_view", "Edit…"))
        edit_person.clicked.connect(lambda: self._emit_person(self.edit_person_requested))
        merge = QPushButton(translate("case_view", "Merge duplicates…"))
        merge.clicked.connect(self.merge_requested)
        history = QPushButton(translate("case_view", "History…"))
        history.clicked.connect(lambda: self._emit_person(self.history_requested))
        record_attempt = QPushButton(translate("case_view", "Record identification attempt…"))
        record_attempt.clicked.connect(self.record_attempt_requested)
        add_concern = QPushButton(translate("case_view", "Add a later concern…"))
        add_concern.clicked.connect(self.add_concern_requested)
        add_relationship = QPushButton(translate("case_view", "Add relationship…"))
        add_relationship.clicked.connect(self.add_relationship_requested)
        edit_relationship = QPushButton(translate("case_view", "Change…"))
        self.relationships_table = record_table(self.relationships_model)  # type: ignore[arg-type]
        edit_relationship.clicked.connect(self._emit_relationship)
        add_address = QPushButton(translate("case_view", "Add address…"))
        add_address.clicked.connect(self.add_address_requested)
        self.households_table = record_table(self.households_model)  # type: ignore[arg-type]
        self.addresses_table = record_table(self.addresses_model)  # type: ignore[arg-type]
        edit_household = QPushButton(translate("case_view", "Change…"))
        edit_household.clicked.connect(
            lambda: self._emit_place(self.households_table, self.households_model)
        )
        edit_address = QPushButton(translate("case_view", "Change…"))
        edit_address.clicked.connect(
            lambda: self._emit_place(self.addresses_table, self.addresses_model)
        )
        add_household = QPushButton(translate("case_view", "Add to a household…"))
        add_household.clicked.connect(self.add_household_requested)
        edit_case = QPushButton(translate("case_view", "Change case…"))
        edit_case.setToolTip(
            translate("case_view", "Legal status, allocated worker, closing (with the reason)")
        )
        edit_case.clicked.connect(self.edit_case_requested)
        edit_professional = QPushButton(translate("case_view", "Change…"))
        self.team_table = record_table(self.team_model)
        edit_professional.clicked.connect(self._emit_professional)
        add_professional = QPushButton(translate("case_view", "Add to team…"))
        add_professional.clicked.connect(self.add_professional_requested)
        self.edit_buttons: tuple[QPushButton, ...] = (
            add_person,
            edit_person,
            record_attempt,
            add_concern,
            add_relationship,
            add_professional,
            edit_relationship,
            add_address,
            add_household,
            edit_case,
            edit_professional,
            merge,
            edit_household,
            edit_address,
            self.visit_button,
        )

        self.concerns_list = QListWidget()
        self.self_report_list = QListWidget()
        facts = QWidget()
        facts.help_page = FACTS_HELP  # type: ignore[attr-defined]
        facts_layout = QVBoxLayout(facts)
        facts_row = QHBoxLayout()
        facts_row.addWidget(add_concern)
        facts_row.addStretch()
        facts_layout.addLayout(facts_row)
        facts_layout.addWidget(QLabel(translate("case_view", "Later concerns, with their dates:")))
        facts_layout.addWidget(self.concerns_list, 1)
        # Side by side: what rests on one person's word, and what another source disputes.
        self.contradicted_list = QListWidget()
        self.contradicted_list.setAccessibleName(translate("case_view", "Contradicted facts"))
        disputed = QHBoxLayout()
        for heading, box in (
            (
                translate("case_view", "Facts that rest only on self-report (check them):"),
                self.self_report_list,
            ),
            (translate("case_view", "Facts another source contradicts:"), self.contradicted_list),
        ):
            column = QVBoxLayout()
            label = QLabel(heading)
            label.setWordWrap(True)
            column.addWidget(label)
            column.addWidget(box, 1)
            disputed.addLayout(column, 1)
        facts_layout.addLayout(disputed, 1)
        self.concerns_list.setAccessibleName(translate("case_view", "Later concerns"))
        self.self_report_list.setAccessibleName(
            translate("case_view", "Facts resting only on self-report")
        )

        self.chronology = ChronologyView()
        self.tabs = QTabWidget()
        self.tabs.addTab(
            record_tab(self.people_table, add_person, edit_person, history, merge),
            translate("case_view", "People"),
        )
        self.tabs.addTab(
            record_tab(self.relationships_table, add_relationship, edit_relationship),
            translate("case_view", "Relations"),
        )
        self.tabs.setTabToolTip(
            self.tabs.count() - 1,
            translate("case_view", "Relationships, emotional links and parental responsibility"),
        )
        self.tabs.addTab(
            homes_tab(
                record_tab(self.households_table, add_household, edit_household),
                record_tab(self.addresses_table, add_address, edit_address),
            ),
            translate("case_view", "Homes"),
        )
        self.tabs.setTabToolTip(
            self.tabs.count() - 1, translate("case_view", "Households and addresses")
        )
        self.tabs.addTab(
            record_tab(record_table(self.attempts_model), record_attempt),  # type: ignore[arg-type]
            translate("case_view", "ID attempts"),
        )
        self.tabs.setTabToolTip(
            self.tabs.count() - 1, translate("case_view", "Identification attempts")
        )
        self.tabs.addTab(
            record_tab(self.team_table, add_professional, edit_professional),
            translate("case_view", "Team"),
        )
        self.tabs.setTabToolTip(
            self.tabs.count() - 1, translate("case_view", "Team around the family")
        )
        self.facts_page = facts
        self.tabs.addTab(facts, translate("case_view", "Concerns"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1, translate("case_view", "Concerns and self-report")
        )
        self.sharing_model: RecordTableModel[object] = RecordTableModel(rv.SHARING_COLUMNS)  # type: ignore[arg-type]
        self.summaries_model: RecordTableModel[Disclosure] = RecordTableModel(SUMMARY_COLUMNS)
        self.tabs.addTab(self._sharing_tab(), translate("case_view", "Sharing"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1, translate("case_view", "Information sharing")
        )
        self.actions_tab = ActionsTab()

        self.tabs.addTab(self.actions_tab, translate("case_view", "Actions"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1, translate("case_view", "Actions and deadlines")
        )
        self.oversight_tab = OversightTab()
        self.tabs.addTab(self.oversight_tab, translate("case_view", "Oversight"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1, translate("case_view", "Supervision, sign-off and escalation")
        )
        self.health_tab = HealthTab()
        self.tabs.addTab(self.health_tab, translate("case_view", "Health"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1, translate("case_view", "Health check: what fails and what next")
        )
        # Every tab in view on a 1024-pixel screen: no scroll arrows to hide the last
        # ones (a narrower screen or a larger font cuts the names short, with …, instead).
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        # The header's count of failed checks opens the tab that says what to do.
        self.health_line = HealthLine()
        self.health_line.clicked.connect(lambda: self.tabs.setCurrentWidget(self.health_tab))
        self.tabs.insertTab(1, self.chronology, translate("case_view", "Chronology"))
        name_tables_by_tab(self.tabs)  # "People", "Relationships": for a screen reader
        # The Genogram and Ecomap tabs are made on first use (see ``genogram``), after the
        # window's first paint: start-up need not wait for them.
        self._diagrams: tuple[GenogramTab, EcomapTab] | None = None

        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.health_line)
        header.addWidget(self.details)
        header.addWidget(self.visit_button)
        header.addWidget(edit_case)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addWidget(concern_box)
        layout.addWidget(self.attention)
        layout.addWidget(self.tabs, 1)
        self._pages = WaitingPages(self.tabs)
        self.clear()

    def _show_details(self, whole: bool) -> None:
        """The header's lines whole and wrapped, or each on one line (the title stays on
        its row beside the buttons: a very long name is whole in its tooltip)."""
        for label in (self.subtitle, self.concern, self.attention):
            label.set_wrapped(whole)

    def _sharing_tab(self) -> QWidget:
        """Decisions recorded, and the significant entries still to decide."""
        self.undecided_list = QListWidget()
        self.undecided_list.setAccessibleName(
            translate("case_view", "Significant entries with no sharing decision")
        )
        self.undecided_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.undecided_list.itemDoubleClicked.connect(lambda _item: self._emit_undecided())
        self.decide_button = QPushButton(translate("case_view", "Decide who needs to know…"))
        self.decide_button.setToolTip(
            translate(
                "case_view",
                "For the entries chosen (Ctrl- or Shift-click to choose several; none chosen: the "
                "first)",
            )
        )
        self.decide_button.clicked.connect(self._emit_undecided)
        self.share_button = QPushButton(translate("case_view", "Record a share by hand…"))
        self.share_button.clicked.connect(self.record_share_requested)
        self.edit_buttons += (self.decide_button, self.share_button)
        page = self.sharing_page = QWidget()
        page.help_page = SHARING_HELP  # type: ignore[attr-defined]
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(self.decide_button)
        row.addWidget(self.share_button)
        row.addStretch()
        layout.addLayout(row)
        self.undecided_label = QLabel()
        layout.addWidget(self.undecided_label)
        layout.addWidget(self.undecided_list, 1)
        sharing_table = record_table(self.sharing_model)
        sharing_table.setAccessibleName(translate("case_view", "Sharing decisions"))
        # The decisions and the signed summaries share the room below (one 700-pixel
        # screen has no room for three lists one above another).
        self.summaries_table = record_table(self.summaries_model)  # type: ignore[arg-type]
        self.summaries_table.setAccessibleName(translate("case_view", "Summaries shared"))
        self.sharing_logs = QTabWidget()
        self.sharing_logs.addTab(sharing_table, translate("case_view", "Decisions recorded"))
        self.sharing_logs.addTab(self.summaries_table, translate("case_view", "Summaries shared"))
        self.sharing_logs.setTabToolTip(
            1, translate("case_view", "Signed PDFs made with File > Share a Signed Summary")
        )
        layout.addWidget(self.sharing_logs, 2)
        return page

    @property
    def help_page(self) -> str:
        """The help for the tab shown (F1 on the case's header too)."""
        page = getattr(self.tabs.currentWidget(), "help_page", None)
        return page if isinstance(page, str) else PEOPLE_HELP

    def _show_summaries(self, record: CaseRecord) -> None:
        """The case's log of signed summaries, newest first; their count on its tab."""
        self.summaries_model.set_rows(list(record.disclosures)[::-1])
        self.sharing_logs.setTabText(
            1,
            translate("case_view", "Summaries shared ({count})").format(
                count=len(record.disclosures)
            ),
        )

    def show_sharing(self, summaries: bool = False) -> None:
        """Bring the Information sharing tab forward (``summaries``: its signed summaries)."""
        self.tabs.setCurrentWidget(self.sharing_page)
        if summaries:
            self.sharing_logs.setCurrentWidget(self.summaries_table)

    def _emit_undecided(self) -> None:
        items = self.undecided_list.selectedItems() or [self.undecided_list.item(0)]
        entries = [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]
        if entries:
            self.decide_sharing_requested.emit(entries)

    def show_record(
        self,
        record: CaseRecord,
        today: date,
        read_only: bool = False,
        by_hand: Mapping[PersonId, Point] | None = None,
    ) -> None:
        """Show ``record`` whole (``by_hand``: genogram positions the worker set); keep the
        selected tab and person where possible."""
        # The health check and oversight are filled by the controller on the turn after
        # the paint (they read the case file too). The count is worked out afresh every
        # time (new thresholds, deadlines just recorded); the tabs say nothing of another
        # case meanwhile.
        self.health_line.show_checking()
        if self.record is None or self.record.case.id != record.case.id:
            self.health_tab.clear()
            self.oversight_tab.clear()
        with gc_paused():  # thousands of rows made at once (see gc_pause)
            self.update_record(record, EVERY_KIND, today, read_only, by_hand)

    def update_record(
        self,
        record: CaseRecord,
        touched: Set[str],
        today: date,
        read_only: bool = False,
        by_hand: Mapping[PersonId, Point] | None = None,
        changed_entries: Set[str] = frozenset(),
    ) -> None:
        """Show ``record`` where the kinds named in ``touched`` feed the view, and leave
        the rest as it is (an added entry does not redraw the people or the genogram);
        of the chronology, only ``changed_entries`` are put in or taken out."""
        whole = touched is EVERY_KIND
        self.record = record
        # What the events now say differently of the recorded deadlines: worked out once
        # a refresh, for the banner and the Actions & deadlines tab both.
        changes = (
            self.timescales.reconcile(record, today).changes
            if self.timescales is not None and record.case.closed_on is None
            else []
        )
        self._show_header(record, today, len(changes))
        if touched & FAMILY_KINDS:
            self.people_model.set_rows(rv.people_rows(record, today))
            self.relationships_model.set_rows(rv.relationship_rows(record))
            self.households_model.set_rows(rv.household_rows(record))
            self.addresses_model.set_rows(rv.address_rows(record))
            self.attempts_model.set_rows(rv.attempt_rows(record))
        elif k.ACTIONS.name in touched:
            self.attempts_model.set_rows(rv.attempt_rows(record))  # next steps done
        if touched & FAMILY_KINDS or k.PROFESSIONALS.name in touched:
            self.team_model.set_rows(list(record.professionals))
        if touched & (FAMILY_KINDS | {k.SUPPORTS.name, k.PROFESSIONALS.name}):
            genogram, ecomap = self.genogram, self.ecomap
            positions = by_hand if by_hand is not None else genogram.by_hand
            self._pages.when_shown(
                genogram, "diagram", lambda: genogram.show_record(record, positions, read_only)
            )
            self._pages.when_shown(ecomap, "diagram", lambda: ecomap.show_record(record, read_only))
        if whole or touched & FAMILY_KINDS:
            self._show_chronology(record, today)
        elif k.ENTRIES.name in touched:
            self._show_chronology(record, today, changed_entries)
        if touched & {k.SHARING.name, k.ENTRIES.name}:
            self.sharing_model.set_rows(shown_decisions(record.sharing))
            self._show_undecided(record)
        if whole or k.DISCLOSURES.name in touched:
            self._show_summaries(record)
        if whole or touched & {k.ACTIONS.name, k.DEADLINES.name, k.ENTRIES.name, *FAMILY_KINDS}:
            self._pages.when_shown(
                self.actions_tab,
                "actions",
                lambda: self.actions_tab.show_record(record, today, self.timescales, changes),
            )
        if k.CONCERNS.name in touched:
            self.concerns_list.clear()
            for concern in record.concerns:
                self.concerns_list.addItem(f"{shown_date(concern.raised_on)}: {concern.text}")
        if touched & (FAMILY_KINDS | {k.ENTRIES.name}):
            self._pages.when_shown(self.facts_page, "facts", lambda: self._show_facts(record))
        if whole:
            self._set_read_only(read_only)
        if touched & (FAMILY_KINDS | {k.PROFESSIONALS.name}):
            # Columns fitted to their text, each table's when its tab is shown (the
            # chronology's thousands of rows are sized by hand).
            for index in range(self.tabs.count()):
                page = self.tabs.widget(index)
                if page is not None and page is not self.chronology:
                    self._pages.when_shown(page, "columns", functools.partial(fit_columns, page))

    def _show_facts(self, record: CaseRecord) -> None:
        """The facts that rest only on self-report, and those another source contradicts."""
        self.self_report_list.clear()
        for fact in record.self_report_only():
            self.self_report_list.addItem(f"{fact.description} — {rv.evidence_text(fact.evidence)}")
        self.contradicted_list.clear()
        for fact in record.contradicted():
            self.contradicted_list.addItem(
                translate("case_view", "{fact} — contradicted by {source}").format(
                    fact=fact.description, source=fact.evidence.corroborated_by
                )
            )

    def _show_undecided(self, record: CaseRecord) -> None:
        undecided = record.undecided_sharing()
        self.undecided_list.clear()
        for entry in undecided:
            item = QListWidgetItem(
                f"{shown_date(entry.occurred_on)} {shown_value(entry.category)}: "
                f"{entry.description[:150]}"
            )
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.undecided_list.addItem(item)
        if not undecided:
            sentence = translate("case_view", "Every significant entry has a sharing decision.")
        elif len(undecided) == 1:
            sentence = translate(
                "case_view",
                "<b>Still to decide</b>: 1 significant entry has no decision on who else "
                "needs to know.",
            )
        else:
            sentence = translate(
                "case_view",
                "<b>Still to decide</b>: %n significant entries have no decision on who else "
                "needs to know.",
                None,
                len(undecided),
            )
        self.undecided_label.setText(sentence)
        self.decide_button.setEnabled(bool(undecided) and self.share_button.isEnabled())

    def _show_header(self, record: CaseRecord, today: date, waiting: int = 0) -> None:
        child = record.subject_child
        case = record.case
        self.title.setText(f"{case.reference} — {child.display_name}")
        seen = record.child_last_seen()
        parts = [
            shown_value(case.legal_status).capitalize(),
            translate("case_view", "allocated to {worker}").format(worker=case.allocated_worker),
            translate("case_view", "opened {day}, closed {closed}").format(
                day=shown_date(case.opened_on), closed=shown_date(case.closed_on)
            )
            if case.closed_on
            else translate("case_view", "opened {day}").format(day=shown_date(case.opened_on)),
            translate("case_view", "child last seen {day}").format(day=shown_date(seen))
            if seen
            else translate("case_view", "child last seen not recorded"),
        ]
        next_due = record.next_due(today)
        if next_due is not None:
            what, day = next_due
            what = what[:60].rstrip(".")
            if day < today:
                next_text = translate("case_view", "next: {what}, OVERDUE, was due {day}").format(
                    what=what, day=shown_date(day)
                )
            else:
                next_text = translate("case_view", "next: {what}, due {day}").format(
                    what=what, day=shown_date(day)
                )
            parts.append(next_text)

        self.subtitle.setText(" · ".join(parts))
        self.concern.setText(case.original_concern)
        lines = record.attention(today, shown_date)
        if waiting:
            if waiting == 1:
                waits = translate(
                    "case_view",
                    "1 deadline waits for you to confirm a change to the events it counts "
                    "from (Actions & deadlines).",
                )
            else:
                waits = translate(
                    "case_view",
                    "%n deadlines wait for you to confirm a change to the events it counts "
                    "from (Actions & deadlines).",
                    None,
                    waiting,
                )
            lines.append(waits)
        self.attention.setText("⚠ " + "  ⚠ ".join(lines) if lines else "")
        self.attention.setToolTip("\n".join(f"⚠ {line}" for line in lines))
        self.attention.setVisible(bool(lines))

    def _set_read_only(self, read_only: bool) -> None:
        for button in (
            self.chronology.add_button,
            self.chronology.edit_button,
            self.chronology.import_button,
            self.chronology.category_button,
            *self.edit_buttons,
        ):
            button.setEnabled(not read_only)
        self.actions_tab.set_read_only(read_only)
        self.decide_button.setEnabled(not read_only and self.undecided_list.count() > 0)

    def _show_chronology(
        self, record: CaseRecord, today: date, changed: Set[str] | None = None
    ) -> None:
        """The chronology and its patterns; with ``changed`` (ids of entries an operation
        touched), only those are put in or taken out of the table."""
        child = record.subject_child
        if changed is not None:
            patterns = self._patterns(record, today)
            self.chronology.update_entries(record.entries, child, changed, patterns)
            return
        people = [(str(p.id), p.display_name) for p in record.people]
        # The patterns of a large case take a tenth of opening it: the entries are painted
        # first, and the patterns listed on the next turn of the event loop.
        self.chronology.show_entries(rows_for(record.entries, child), people, None)
        case_id = record.case.id
        self._pages.after_paint(
            self.chronology, "patterns", lambda: self._show_patterns_of(case_id, today)
        )

    def _show_patterns_of(self, case_id: str, today: date) -> None:
        """The patterns of the case shown, as it now stands (an undo or another change
        may have refreshed it since); not if another case is shown (its own wait)."""
        record = self.record
        if record is not None and record.case.id == case_id:
            self.chronology.show_patterns(self._patterns(record, today))

    def _patterns(self, record: CaseRecord, today: date) -> list[Pattern]:
        """What the chronology's entries show together (see ``domain.patterns``)."""
        child = record.subject_child
        adults = {str(p.id) for p in record.people if p.id != child.id and is_adult(p, today)}
        return find_patterns(
            record.entries,
            today,
            self.thresholds,
            memberships=record.households,
            adults=adults,
            names={p.id: p.display_name for p in record.people},
            contact_since=record.case.opened_on,
            write=shown_date,
        )

    @property
    def genogram(self) -> GenogramTab:
        """The Genogram tab (made on first use)."""
        return self._diagram_tabs()[0]

    @property
    def ecomap(self) -> EcomapTab:
        """The Ecomap tab (made on first use)."""
        return self._diagram_tabs()[1]

    def _diagram_tabs(self) -> tuple[GenogramTab, EcomapTab]:
        if self._diagrams is None:
            from casedesk.ui.widgets.diagram_tabs import EcomapTab, GenogramTab

            genogram, ecomap = GenogramTab(), EcomapTab()
            genogram.open_entries_requested.connect(self.show_entries_of)
            self.tabs.insertTab(2, genogram, translate("case_view", "Genogram"))
            self.tabs.insertTab(3, ecomap, translate("case_view", "Ecomap"))
            self._diagrams = (genogram, ecomap)
        return self._diagrams

    def show_entries_of(self, person: str) -> None:
        """Open the chronology filtered to one person's entries."""
        self.chronology.show_person(person)
        self.tabs.setCurrentWidget(self.chronology)

    def selected_person(self) -> rv.PersonRow | None:
        """The person selected in the people table."""
        index = self.people_table.currentIndex()
        return self.people_model.row_at(index.row()) if index.isValid() else None

    def _emit_place(self, table: QTableView, model: RecordTableModel[rv.LinkRow]) -> None:
        index = table.currentIndex()
        if index.isValid():
            self.edit_place_requested.emit(model.row_at(index.row()).value)

    def _emit_professional(self) -> None:
        index = self.team_table.currentIndex()
        if index.isValid():
            self.edit_professional_requested.emit(self.team_model.row_at(index.row()))

    def _emit_relationship(self) -> None:
        index = self.relationships_table.currentIndex()
        if index.isValid():
            self.edit_relationship_requested.emit(self.relationships_model.row_at(index.row()))

    def _emit_person(self, signal: SignalInstance) -> None:
        row = self.selected_person()
        if row is not None:
            signal.emit(row)

    def clear(self) -> None:
        """Drop every piece of case data from the view."""
        self.record = None
        self._pages.clear()
        for label in (self.title, self.subtitle, self.concern, self.attention):
            label.clear()
        self.attention.setVisible(False)
        for model in (
            self.people_model,
            self.relationships_model,
            self.households_model,
            self.addresses_model,
            self.attempts_model,
            self.team_model,
        ):
            model.clear()
        self.concerns_list.clear()
        self.self_report_list.clear()
        self.contradicted_list.clear()
        self.undecided_list.clear()
        self.undecided_label.clear()
        self.actions_tab.clear()
        self.oversight_tab.clear()
        self.health_tab.clear()
        self.health_line.clear()
        self.chronology.clear()
        if self._diagrams is not None:
            for tab in self._diagrams:
                tab.clear()
        self.sharing_model.clear()
        self.summaries_model.clear()
        self.sharing_logs.setTabText(1, translate("case_view", "Summaries shared"))
