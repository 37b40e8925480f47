"""Record an assessment page by page, with what it still lacks always in view.

The review found an assessment built on self-report, without history, other agencies or
the father (OVERSIGHT_FACTS.md section 6; learning theme 3). So the pages follow what a
good assessment records: the three domains of the Assessment Framework, the history it
relies on, every member of the team around the family asked, every significant adult
identified, seen and checked, the original concern answered, and a decision. Beside the
pages, "Missing before sign-off" is ``gaps()`` applied to what is on screen, updated as the
worker types; Submit waits until it is empty. Everything fits a 1024x700 screen: long
pages scroll inside themselves.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.assessment_gaps import adults_to_consider, gaps
from casedesk.domain.assessments import (
    DOMAINS,
    AdultConsidered,
    Assessment,
    AssessmentKind,
    ConcernAnswered,
    SourceConsulted,
)
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.ids import PersonId
from casedesk.domain.record_rules import record_problems
from casedesk.domain.sign_offs import SignOffDecision
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.services.oversight import AssessmentView, default_due
from casedesk.ui.dialogs.assessment_parts import (
    AdultRow,
    HistoryList,
    MissingPanel,
    SourceRow,
    attention,
    day_edit,
    day_text,
    day_value,
    kept,
    labelled,
    lock,
    optional_day,
    quiet_label,
    scrolled,
)
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box

# The pages, by the ``part`` a gap names; the ampersands are the pages' Alt+ keys.
PAGES = (
    (
        "details",
        QT_TRANSLATE_NOOP("assessment", "&Details"),
        QT_TRANSLATE_NOOP("assessment", "Kind, dates, and where it stands"),
    ),
    (
        "domains",
        QT_TRANSLATE_NOOP("assessment", "Do&mains"),
        QT_TRANSLATE_NOOP("assessment", "The three domains of the Assessment Framework"),
    ),
    (
        "history",
        QT_TRANSLATE_NOOP("assessment", "&History"),
        QT_TRANSLATE_NOOP("assessment", "The history considered: the chronology entries relied on"),
    ),
    (
        "sources",
        QT_TRANSLATE_NOOP("assessment", "S&ources"),
        QT_TRANSLATE_NOOP("assessment", "Sources consulted: the team around the family and others"),
    ),
    (
        "adults",
        QT_TRANSLATE_NOOP("assessment", "&Adults"),
        QT_TRANSLATE_NOOP(
            "assessment", "Adults considered: parents, significant adults, the household"
        ),
    ),
    (
        "concern",
        QT_TRANSLATE_NOOP("assessment", "&Concern"),
        QT_TRANSLATE_NOOP("assessment", "Whether the original concern is answered"),
    ),
    (
        "decision",
        QT_TRANSLATE_NOOP("assessment", "Decisio&n"),
        QT_TRANSLATE_NOOP("assessment", "The decision"),
    ),
)
PARTS = tuple(part for part, _tab, _about in PAGES)
REASON = QT_TRANSLATE_NOOP("assessment", "assessment updated")
ANALYSIS_HINT = QT_TRANSLATE_NOOP(
    "assessment",
    "your analysis: what you found, the evidence for and against, the assumptions "
    "tested, and what is not yet known",
)


@dataclass(frozen=True)
class AssessmentEdit:
    """What the dialog's screen holds when the worker saves or submits it."""

    assessment: Assessment  # the values on screen (id "" for a new one)
    sources: list[SourceConsulted]  # every source row with anything recorded (id "" if new)
    adults: list[AdultConsidered]  # every adult row with anything recorded (id "" if new)
    reason: str  # why it changed (amendments only; "" for a new one)
    submit: bool  # the worker pressed "Submit for sign-off"


class AssessmentDialog(QDialog):
    """A new or existing assessment of a case, page by page, with its gaps beside it."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        view: AssessmentView | None,
        today: date,
        timescales: Timescales,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record, self.view, self.today = record, view, today
        self.timescales, self.read_only = timescales, read_only
        kind = AssessmentKind.CHILD_AND_FAMILY
        self.before = (
            view.assessment
            if view is not None
            else Assessment(
                "", record.case.id, kind, today, default_due(timescales, record, kind, today)
            )
        )
        # A new assessment's due date follows its kind and start until set by hand.
        self._due_by_hand = view is not None
        self._setting_due = False
        self._submit = False
        title = self.before.title if view is not None else translate("assessment", "New assessment")
        self.setWindowTitle(
            translate("assessment", "{title} (read only)").format(title=title)
            if read_only
            else title
        )
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        pages = (
            scrolled(self._details_page()),
            scrolled(self._domains_page()),
            self._history_page(),
            self._sources_page(),
            self._adults_page(),
            scrolled(self._concern_page()),
            self._decision_page(),
        )
        for index, (page, (_part, name, about)) in enumerate(zip(pages, PAGES, strict=True)):
            self.tabs.addTab(page, translate("assessment", name))
            self.tabs.setTabToolTip(index, translate("assessment", about))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tabs)
        self.missing = MissingPanel()
        split.addWidget(self.missing)
        split.setStretchFactor(0, 1)
        split.setSizes([680, 280])
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.reason = QLineEdit(translate("assessment", REASON))
        self.reason.setAccessibleName(
            translate("assessment", "Why it changed (kept in the history)")
        )
        self.reason_label = QLabel(
            translate("assessment", "&Why it changed (kept in the history):")
        )
        self.reason_label.setBuddy(self.reason)
        why = QHBoxLayout()
        why.addWidget(self.reason_label)
        why.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.problems)
        layout.addLayout(why)
        layout.addWidget(self._buttons())
        self._sync_rows()
        self._connect()
        if read_only:
            self._lock()
        self.refresh()
        self.resize(980, 640)

    # -- pages ------------------------------------------------------------------------

    def _details_page(self) -> QWidget:
        a = self.before
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("assessment", "Kind of assessment"))
        for kind in AssessmentKind:
            self.kind.addItem(shown_value(kind), kind)
        self.kind.setCurrentIndex(max(0, index_of(self.kind, a.kind)))
        self.started = day_edit(a.started_on, translate("assessment", "Started on"))
        self.due = day_edit(a.due_on, translate("assessment", "Due on"))
        self.due_hint = quiet_label()
        self.rule_due = QPushButton(translate("assessment", "Use the rule pack's date"))
        self.rule_due.setToolTip(
            translate("assessment", "Work the due date out again from the kind and the start")
        )
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.rule_due)
        due_row.addStretch(1)
        self.completed = optional_day(
            translate("assessment", "Completed on"),
            translate("assessment", "Completed on"),
            self.today,
            a.completed_on,
        )
        self.late = QLabel()
        self.late.setWordWrap(True)
        self.late_reason = text_box(
            translate("assessment", "why it was completed after its due date"), 3
        )
        self.late_reason.setPlainText(a.late_reason)
        self.late_reason.setAccessibleName(translate("assessment", "Why it was late"))
        status = (
            self.view.status
            if self.view is not None
            else translate("assessment", "New: not saved yet.")
        )
        self.status = QLabel(status)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(translate("assessment", "Where it stands"))
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        labelled(form, translate("assessment", "Kind:"), self.kind)
        labelled(form, translate("assessment", "Started:"), self.started)
        label = QLabel(translate("assessment", "Due:"))
        label.setBuddy(self.due)
        form.addRow(label, due_row)
        form.addRow("", self.due_hint)
        labelled(form, translate("assessment", "Completed:"), self.completed, self.completed.known)
        form.addRow("", self.late)
        labelled(form, translate("assessment", "Why it was late:"), self.late_reason)
        labelled(form, translate("assessment", "Where it stands:"), self.status)
        # A wrapped line takes the row's width (else it wraps at a guess and is cut short);
        # the optional date keeps its own width, like the dates above it.
        for line in (self.due_hint, self.late, self.status):
            line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.completed.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return page

    def _domains_page(self) -> QWidget:
        self.domains: dict[str, QPlainTextEdit] = {}
        page = QWidget()
        layout = QVBoxLayout(page)
        for field, domain_title, domain_covers in DOMAINS:
            # Marked for translation where domain/assessments.py defines them.
            title = translate("assessments", domain_title)
            covers = translate("assessments", domain_covers)
            box = text_box(translate("assessment", ANALYSIS_HINT))
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 4 + 14)
            box.setPlainText(getattr(self.before, field))
            box.setAccessibleName(title)
            box.setAccessibleDescription(
                translate("assessment", "Covers {covers}").format(covers=covers)
            )
            heading = QLabel(f"<b>{html.escape(title)}</b>")
            heading.setBuddy(box)
            layout.addWidget(heading)
            layout.addWidget(
                quiet_label(translate("assessment", "Covers {covers}.").format(covers=covers))
            )
            layout.addWidget(box, 1)
            self.domains[field] = box
        return page

    def _history_page(self) -> QWidget:
        self.history = HistoryList(self.record.entries, self.before.history)
        return self.history

    def _sources_page(self) -> QWidget:
        stored = self.view.sources if self.view is not None else ()
        by_member = {s.professional: s for s in stored if s.professional}
        self.team_rows = [
            SourceRow(self.today, p, by_member.get(p.id)) for p in self.record.professionals
        ]
        members = {p.id for p in self.record.professionals}
        self.other_rows = [
            SourceRow(self.today, None, s) for s in stored if s.professional not in members
        ]
        self.add_source = QPushButton(translate("assessment", "Add another source…"))
        self.add_source.setToolTip(
            translate("assessment", "A source outside the team: a GP surgery, a police check…")
        )
        page = QWidget()
        self.source_list = QVBoxLayout(page)
        self.source_list.addWidget(
            quiet_label(
                translate(
                    "assessment",
                    "Everyone in the team around the family during the assessment is to be asked "
                    "what they know; record when, and what they said.",
                )
            )
        )
        for row in (*self.team_rows, *self.other_rows):
            self.source_list.addWidget(row)
        self.source_list.addWidget(self.add_source, 0, Qt.AlignmentFlag.AlignLeft)
        self.source_list.addStretch(1)
        self.sources_area = scrolled(page)
        return self.sources_area

    def _adults_page(self) -> QWidget:
        self.adult_rows: dict[PersonId, AdultRow] = {}
        page = QWidget()
        self.adult_list = QVBoxLayout(page)
        self.adult_list.addWidget(
            quiet_label(
                translate(
                    "assessment",
                    "Every parent and significant adult, and every adult in the child's household, "
                    "by role rather than legal status: each spoken to directly, and checked.",
                )
            )
        )
        self.adult_list.addStretch(1)
        wanted = {a.person.id: a.why for a in adults_to_consider(self.record, self._on())}
        for adult in self.view.adults if self.view is not None else ():
            if adult.person in {p.id for p in self.record.people}:
                why = wanted.get(adult.person, "recorded for this assessment")
                self._adult_row(adult.person, why, adult)
        self.adults_area = scrolled(page)
        return self.adults_area

    def _adult_row(self, person: PersonId, why: str, existing: AdultConsidered | None) -> AdultRow:
        row = AdultRow(self.today, self.record.person(person), why, existing)
        row.changed.connect(self.refresh)
        self.adult_rows[person] = row
        self.adult_list.insertWidget(self.adult_list.count() - 1, row)  # before the stretch
        return row

    def _concern_page(self) -> QWidget:
        case = self.record.case
        concern = QLabel(case.original_concern or translate("assessment", "(none recorded)"))
        concern.setTextFormat(Qt.TextFormat.PlainText)  # a worker's words, never markup
        concern.setWordWrap(True)
        concern.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        concern.setFrameShape(QFrame.Shape.StyledPanel)
        concern.setMargin(8)
        concern.setAccessibleName(translate("assessment", "The concern that opened the case"))
        self.answered = QComboBox()
        self.answered.setAccessibleName(
            translate("assessment", "Is the original concern answered?")
        )
        for answer in ConcernAnswered:
            self.answered.addItem(shown_value(answer), answer)
        self.answered.setCurrentIndex(max(0, index_of(self.answered, self.before.concern_answered)))
        self.answer = text_box(
            translate("assessment", "how the assessment answers it, or why it does not (yet)")
        )
        self.answer.setMinimumHeight(self.answer.fontMetrics().lineSpacing() * 4 + 14)
        self.answer.setPlainText(self.before.concern_answer)
        self.answer.setAccessibleName(
            translate("assessment", "How the original concern is answered")
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(
                translate("assessment", "<b>The concern that opened the case</b> ({day}):").format(
                    day=day_text(case.opened_on)
                )
            )
        )
        layout.addWidget(concern)
        form = QFormLayout()
        labelled(form, translate("assessment", "Is it answered?"), self.answered)
        labelled(form, translate("assessment", "How:"), self.answer)
        layout.addLayout(form, 1)
        return page

    def _decision_page(self) -> QWidget:
        self.decision = text_box(
            translate(
                "assessment",
                "what happens next, and why (e.g. child in need plan; review in 3 months)",
            )
        )
        self.decision.setPlainText(self.before.decision)
        self.decision.setAccessibleName(translate("assessment", "Decision"))
        heading = QLabel(translate("assessment", "<b>The decision</b>"))
        heading.setBuddy(self.decision)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(
            quiet_label(
                translate("assessment", "What the assessment concludes and what happens next.")
            )
        )
        layout.addWidget(self.decision, 1)
        return page

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        buttons.rejected.connect(self.reject)
        if self.read_only:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
            return buttons
        self.save = buttons.addButton(
            translate("assessment", "&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit = buttons.addButton(
            translate("assessment", "Su&bmit for sign-off"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter in a field (or on a line of the missing list) must not save a half-typed
        # assessment: no button is the default; Save and Submit are pressed on purpose.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.save.clicked.connect(lambda: self._accept(False))
        self.submit.clicked.connect(lambda: self._accept(True))
        return buttons

    # -- behaviour --------------------------------------------------------------------

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._dates_changed)
        self.started.dateChanged.connect(self._dates_changed)
        self.completed.known.toggled.connect(self._dates_changed)
        self.completed.edit.dateChanged.connect(self._dates_changed)
        self.due.dateChanged.connect(self._due_edited)
        self.rule_due.clicked.connect(self._due_from_rules)
        self.add_source.clicked.connect(self._add_source)
        self.history.changed.connect(self.refresh)
        self.answered.currentIndexChanged.connect(self.refresh)
        self.reason.textChanged.connect(self.refresh)
        for box in (*self.domains.values(), self.late_reason, self.answer, self.decision):
            box.textChanged.connect(self.refresh)
        for row in (*self.team_rows, *self.other_rows):  # adult rows connect as they are made
            row.changed.connect(self.refresh)
        self.missing.chosen.connect(self._go_to)

    def _on(self) -> date:
        """The day the adults to consider are taken on (as ``gaps`` takes them)."""
        return self.completed.value() or day_value(self.started)

    def _dates_changed(self) -> None:
        if not self._due_by_hand:
            self._set_due(self._rule_due())
        self._sync_rows()
        self.refresh()

    def _rule_due(self) -> date:
        return default_due(
            self.timescales, self.record, self.kind.currentData(), day_value(self.started)
        )

    def _set_due(self, day: date) -> None:
        self._setting_due = True
        self.due.setDate(QDate(day.year, day.month, day.day))
        self._setting_due = False

    def _due_edited(self) -> None:
        if not self._setting_due:
            self._due_by_hand = True
        self.refresh()

    def _due_from_rules(self) -> None:
        self._due_by_hand = False
        self._set_due(self._rule_due())
        self.refresh()

    def _sync_rows(self) -> None:
        """Show the team members involved during the assessment and the adults to consider
        on its dates; a row with anything recorded stays, whatever the dates."""
        start = day_value(self.started)
        end = self.completed.value() or max(start, self.today)
        for row in self.team_rows:
            p = row.professional
            assert p is not None
            involved = p.involved_from <= end and (p.involved_to is None or p.involved_to >= start)
            row.setVisible(involved or row.has_anything())
        wanted = {a.person.id: a.why for a in adults_to_consider(self.record, self._on())}
        for person, why in wanted.items():
            if person in self.adult_rows:
                self.adult_rows[person].set_why(why)
            else:
                self._adult_row(person, why, None)
        for person, adult in self.adult_rows.items():
            adult.setVisible(person in wanted or adult.has_anything())

    def _add_source(self) -> None:
        row = SourceRow(self.today)
        row.changed.connect(self.refresh)
        self.other_rows.append(row)
        self.source_list.insertWidget(self.source_list.indexOf(self.add_source), row)
        row.who.setFocus()
        # Once laid out (the row has no place yet), and never after the dialog is gone.
        QTimer.singleShot(0, self.sources_area, lambda: self.sources_area.ensureWidgetVisible(row))
        self.refresh()

    def _go_to(self, part: str, sentence: str) -> None:
        """Open the page where a gap is filled in, at the row or box it names."""
        self.tabs.setCurrentIndex(PARTS.index(part))
        rows: list[SourceRow] | list[AdultRow] = []
        area = self.sources_area if part == "sources" else self.adults_area
        if part == "sources":
            rows = self._source_rows()
        elif part == "adults":
            rows = [r for r in self.adult_rows.values() if not r.isHidden()]
        row = next((r for r in rows if r.name() in sentence), None)
        if row is not None:
            area.ensureWidgetVisible(row)
            row.setFocus()  # its first field: the row's focus proxy
            return
        said = sentence.lower()
        boxes = {
            "domains": next(
                (b for b in self.domains.values() if b.accessibleName().lower() in said), None
            ),
            "details": self.late_reason if "late" in said else self.completed.known,
            "history": self.history.list,
            "concern": self.answered,
            "decision": self.decision,
        }
        box = boxes.get(part)
        if box is not None:
            box.setFocus()

    def _source_rows(self) -> list[SourceRow]:
        return [r for r in (*self.team_rows, *self.other_rows) if not r.isHidden()]

    # -- the values on screen ---------------------------------------------------------

    def assessment(self) -> Assessment:
        """The assessment as it stands on screen."""
        b = self.before
        return replace(
            b,
            kind=self.kind.currentData(),
            started_on=day_value(self.started),
            due_on=day_value(self.due),
            completed_on=self.completed.value(),
            history=self.history.ticked(),
            concern_answered=self.answered.currentData(),
            concern_answer=kept(self.answer.toPlainText(), b.concern_answer),
            decision=kept(self.decision.toPlainText(), b.decision),
            late_reason=kept(self.late_reason.toPlainText(), b.late_reason),
            developmental_needs=self._analysis("developmental_needs"),
            parenting_capacity=self._analysis("parenting_capacity"),
            family_and_environment=self._analysis("family_and_environment"),
        )

    def _analysis(self, field: str) -> str:
        return kept(self.domains[field].toPlainText(), getattr(self.before, field))

    def sources(self) -> list[SourceConsulted]:
        """Every source row with anything recorded."""
        case, a = self.record.case.id, self.before.id
        return [r.value(case, a) for r in self._source_rows() if r.has_anything()]

    def adults(self) -> list[AdultConsidered]:
        """Every adult row with anything recorded."""
        case, a = self.record.case.id, self.before.id
        rows = [r for r in self.adult_rows.values() if not r.isHidden() and r.has_anything()]
        return [r.value(case, a) for r in rows]

    def changed(self) -> bool:
        """True when an existing assessment differs from what was loaded."""
        if self.view is None:
            return False
        rows: list[SourceConsulted | AdultConsidered] = [*self.sources(), *self.adults()]
        stored: dict[str, SourceConsulted | AdultConsidered] = {s.id: s for s in self.view.sources}
        stored |= {a.id: a for a in self.view.adults}
        return self.assessment() != self.before or any(stored.get(r.id) != r for r in rows)

    def edit(self) -> AssessmentEdit:
        """What to save, after ``exec()`` returns Accepted."""
        reason = (
            (self.reason.text().strip() or translate("assessment", REASON))
            if self.view is not None
            else ""
        )
        return AssessmentEdit(
            self.assessment(), self.sources(), self.adults(), reason, self._submit
        )

    def _accept(self, submit: bool) -> None:
        self._submit = submit
        self.accept()

    # -- what the screen says ---------------------------------------------------------

    def refresh(self) -> None:
        """Work out again what is missing and what stops saving, and say so."""
        a, sources, adults = self.assessment(), self.sources(), self.adults()
        found = gaps(a, self.record, sources, adults, self.timescales.calendar)
        self.missing.show_gaps(found)
        for index, (part, name, _about) in enumerate(PAGES):
            count = sum(1 for g in found if g.part == part)
            shown = translate("assessment", name)
            self.tabs.setTabText(
                index,
                translate("assessment", "{page} ({count})").format(page=shown, count=count)
                if count
                else shown,
            )
        self.history.set_started(a.started_on)
        self._show_dates(a)
        errors = [p.message for p in record_problems(a, self.today)]
        for row in self._source_rows():
            if row.has_anything():
                value = row.value(a.case, a.id)
                errors += [f"{row.name()}: {p.message}" for p in record_problems(value, self.today)]
        for adult in adults:
            name = self.adult_rows[adult.person].person.display_name
            errors += [f"{name}: {p.message}" for p in record_problems(adult, self.today)]
        changed = self.changed()
        self.reason.setVisible(changed)
        self.reason_label.setVisible(changed)
        if self.read_only:
            return
        show_problems(self.problems, self.save, errors)
        submitted = a.submitted_on
        decided = self._returned_on()
        if submitted is not None and decided is not None and decided >= submitted:
            submitted = None  # returned for more work: submitted again once done
        if submitted is not None:
            why = translate("assessment", "It was submitted for sign-off on {day}.").format(
                day=day_text(submitted)
            )
        elif errors:
            why = translate("assessment", "Mend what stops it being saved (below the pages) first.")
        elif found:
            n = len(found)
            why = (
                translate(
                    "assessment", "%n thing is missing before sign-off: see the list.", None, n
                )
                if n == 1
                else translate(
                    "assessment", "%n things are missing before sign-off: see the list.", None, n
                )
            )
        else:
            why = translate("assessment", "Save it and submit it to your supervisor for sign-off.")
        self.submit.setEnabled(submitted is None and not errors and not found)
        self.submit.setToolTip(why)

    def _returned_on(self) -> date | None:
        """The day its latest sign-off returned it for more work (None: it was not)."""
        check = self.view.sign_off if self.view is not None else None
        if check is None or check.sign_off.decision is not SignOffDecision.RETURNED:
            return None
        return check.sign_off.signed_on

    def _show_dates(self, a: Assessment) -> None:
        rule = self._rule_due()
        if self._due_by_hand and a.due_on != rule:
            hint = translate("assessment", "Set by hand; the rule pack gives {day}.").format(
                day=day_text(rule)
            )
        else:
            hint = translate(
                "assessment", "Worked out from the rule pack for a {kind} assessment."
            ).format(kind=shown_value(a.kind))
        self.due_hint.setText(hint)
        late = a.completed_on is not None and a.completed_on > a.due_on
        self.late_reason.setEnabled(late or self.read_only)  # read only: still scrolls
        if a.completed_on is None:
            attention(self.late, translate("assessment", "Not completed yet."), False)
        elif late:
            assert a.completed_on is not None
            days = self.timescales.calendar.working_days_between(a.due_on, a.completed_on)
            due = day_text(a.due_on)
            sentence = (
                translate(
                    "assessment",
                    "Completed %n working day after its due date ({day}): say why it was late.",
                    None,
                    days,
                ).format(day=due)
                if days == 1
                else translate(
                    "assessment",
                    "Completed %n working days after its due date ({day}): say why it was late.",
                    None,
                    days,
                ).format(day=due)
            )
            attention(
                self.late,
                sentence,
                not a.late_reason.strip(),
            )
        else:
            attention(self.late, translate("assessment", "Completed in time."), False)

    def _lock(self) -> None:
        lock(self.tabs, (self.history.filter, self.history.only_ticked))
        self.history.set_read_only()
