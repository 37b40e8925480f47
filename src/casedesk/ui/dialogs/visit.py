"""Record a visit or contact in under a minute, with the keyboard alone.

Date and time default to now, the category to a home visit, the worker to the source and
"professional observation" to its type, the subject child to the people involved. What the
child said is kept apart from the worker's account; "not seen" and "seen, not alone" are
facts the chronology shows and its patterns count. Tab moves between fields (never inserts
a tab) and the dialog fits a 1366x768 laptop screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.actions import Action
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import (
    Category,
    ChildSeen,
    ChronologyEntry,
    asks_if_seen,
    child_seen_problem,
)
from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.evidence import Evidence, Significance, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_value, translate
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.entry import form_problems
from casedesk.ui.widgets.action_fields import ActionFields
from casedesk.ui.widgets.combo import index_of
from casedesk.ui.widgets.date_field import DateField, read_date
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box

SEEN_CHOICES = (
    (QT_TRANSLATE_NOOP("visit", "(choose: was the child seen?)"), None),
    (QT_TRANSLATE_NOOP("visit", "seen alone"), ChildSeen.SEEN_ALONE),
    (QT_TRANSLATE_NOOP("visit", "seen, not alone"), ChildSeen.SEEN_NOT_ALONE),
    (QT_TRANSLATE_NOOP("visit", "not seen"), ChildSeen.NOT_SEEN),
)


class VisitDialog(QDialog):
    """A visit or contact: when, seen (alone?), who else, the child's words, the home."""

    help_page = "record-a-visit"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        record: CaseRecord,
        worker: str,
        now: datetime,
        categories: Sequence[Category] = (),
        workers: Sequence[str] = (),
        existing: ChronologyEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("visit", "Change visit")
            if existing
            else translate("visit", "Record a visit or contact")
        )
        self.record, self.worker, self.existing = record, worker, existing
        self.today = now.date()
        child = record.subject_child
        self.when = DateField(now.date())
        self.when.setAccessibleName(translate("visit", "Date of the visit"))
        self.time = QLineEdit(f"{now:%H:%M}")
        self.time.setAccessibleName(translate("visit", "Time of the visit"))
        self.time.setPlaceholderText(translate("visit", "HH:MM"))
        known = list(categories or Category)
        if existing is not None and existing.category not in known:
            known.append(existing.category)
        self.category = QComboBox()
        self.category.setAccessibleName(translate("visit", "Kind of visit or contact"))
        for category in known:
            self.category.addItem(shown_value(category), category)
        self.category.setCurrentIndex(max(0, index_of(self.category, Category.HOME_VISIT)))
        self.seen = QComboBox()
        self.seen.setAccessibleName(
            translate("visit", "Was {name} seen?").format(name=child.display_name)
        )
        for text, value in SEEN_CHOICES:
            self.seen.addItem(translate("visit", text), value)
        self.present = QLineEdit()
        self.present.setAccessibleName(translate("visit", "Who else was present"))
        self.present.setPlaceholderText(
            translate("visit", "who else was there (names, or 'no one')")
        )
        self.words = text_box(
            translate("visit", "what {name} said, in their own words").format(
                name=child.display_name
            ),
            3,
        )
        self.words.setAccessibleName(translate("visit", "The child's own words"))
        self.account = text_box(
            translate("visit", "what happened and what you saw: your account, as fact"), 3
        )
        self.account.setAccessibleName(translate("visit", "Your account"))
        self.home = text_box(
            translate("visit", "the home: conditions, food, sleeping, safety, who lives there"), 2
        )
        self.home.setAccessibleName(translate("visit", "Observations of the home"))
        self.significance = QComboBox()
        self.third_party = QCheckBox(translate("visit", "Holds third-party information"))
        self.third_party.setAccessibleName(translate("visit", "Holds third-party information"))
        self.third_party.setToolTip(
            translate(
                "visit",
                "What someone outside the family told you, or about them (a neighbour, a "
                "relative's health): withheld from a shared summary unless you choose to "
                "include it.",
            )
        )
        self.significance.setAccessibleName(translate("visit", "Significance"))
        for level in Significance:  # the scale's own words (Significance.label)
            self.significance.addItem(level.label, int(level))
        self.source = QLineEdit(worker)
        self.source.setAccessibleName(translate("visit", "Source"))
        self.source_type = QComboBox()
        self.source_type.setAccessibleName(translate("visit", "Source type"))
        for source_type in SourceType:
            self.source_type.addItem(shown_value(source_type), source_type)
        self.source_type.setCurrentIndex(
            index_of(self.source_type, SourceType.PROFESSIONAL_OBSERVATION)
        )
        self.next_step = ActionFields(
            record,
            [worker, *workers],
            self.today,
            what_label=translate("visit", "Next step agreed:"),
        )
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("visit", "Reason for the change"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = self.form = QFormLayout()
        form.addRow(translate("visit", "Date:"), self.when)
        form.addRow(translate("visit", "Time:"), self.time)
        form.addRow(translate("visit", "Kind:"), self.category)
        form.addRow(translate("visit", "{name} seen?").format(name=child.display_name), self.seen)
        form.addRow(translate("visit", "Also present:"), self.present)
        form.addRow(translate("visit", "Child's own words:"), self.words)
        form.addRow(translate("visit", "Your account:"), self.account)
        form.addRow(translate("visit", "The home:"), self.home)
        form.addRow(translate("visit", "Significance:"), self.significance)
        form.addRow(translate("visit", "Source:"), self.source)
        form.addRow(translate("visit", "Source type:"), self.source_type)
        form.addRow("", self.third_party)  # after the source: a neighbour's report, say
        if existing is None:
            form.addRow(self.next_step)
        else:
            self.next_step.hide()
            form.addRow(translate("visit", "Reason for the change:"), self.reason)
            self._load(existing)
        buttons, self.ok = ok_cancel(self, translate("visit", "Save visit"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        for line in (
            self.when,
            self.time,
            self.source,
            self.reason,
            self.next_step.what,
            self.next_step.due,
        ):
            line.textChanged.connect(self.validate)
        self.account.textChanged.connect(self.validate)
        self.seen.currentIndexChanged.connect(self.validate)
        self.next_step.owner.currentIndexChanged.connect(self.validate)
        self.resize(640, self.sizeHint().height())
        self.validate()
        (self.seen if self.asks_if_seen() else self.when).setFocus()

    def _load(self, e: ChronologyEntry) -> None:
        self.when.setText(str(FuzzyDate(e.occurred_on, e.precision)))
        self.time.setText(e.time)
        self.category.setCurrentIndex(max(0, index_of(self.category, e.category)))
        self.seen.setCurrentIndex(max(0, index_of(self.seen, e.child_seen)))
        self.present.setText(e.others_present)
        self.words.setPlainText(e.child_words)
        self.account.setPlainText(e.description)
        self.home.setPlainText(e.home_observations)
        self.significance.setCurrentIndex(int(e.significance))
        self.third_party.setChecked(e.third_party)
        self.source.setText(e.source)
        self.source_type.setCurrentIndex(index_of(self.source_type, e.source_type))

    def entry(self) -> ChronologyEntry | str:
        """The visit as a chronology entry, or the sentence saying what cannot be read."""
        try:
            when, precision = read_date(self.when.text())
        except DateFormatError as error:
            return str(error)
        asked = asks_if_seen(self.record.subject_child, when)
        seen = self.seen.currentData() if asked else None
        if not isinstance(seen, ChildSeen):
            seen = ChildSeen.NOT_RECORDED
        problem = child_seen_problem(self.record.subject_child, when, seen)
        if problem:
            return problem
        base = self.existing or ChronologyEntry(
            EntryId(""),  # given when it is written
            CaseId(self.record.case.id),
            when,
            Category.HOME_VISIT,
            "",
            Evidence(),
            self.worker,
            people=(PersonId(self.record.case.subject_child),),
            recorded_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        # What this dialog does not show (corroboration, analysis, people) is kept as it was.
        return replace(
            base,
            occurred_on=when,
            precision=precision,
            time=self.time.text().strip(),
            category=self.category.currentData(),
            description=self.account.toPlainText().strip(),
            evidence=replace(
                base.evidence,
                source=self.source.text().strip(),
                source_type=self.source_type.currentData(),
            ),
            significance=Significance(self.significance.currentData()),
            third_party=self.third_party.isChecked(),
            child_seen=seen,
            others_present=self.present.text().strip(),
            child_words=self.words.toPlainText().strip() if asked else "",
            home_observations=self.home.toPlainText().strip(),
        )

    def next_action(self, entry: str = "") -> Action | None:
        """The next step agreed, if any (checked by ``validate``)."""
        action = self.next_step.action(CaseId(self.record.case.id), self.today, entry=entry)
        return action if isinstance(action, Action) else None

    def asks_if_seen(self) -> bool:
        """Whether the visit's date (today's until one can be read) is after the subject
        child's birth, so that whether they were seen, and their own words, are asked."""
        try:
            when, _precision = read_date(self.when.text())
        except DateFormatError:
            when = self.today
        return asks_if_seen(self.record.subject_child, when)

    def validate(self) -> None:
        """Say what stops the visit being recorded, and disable Save until it is fixed."""
        asked = self.asks_if_seen()
        self.form.setRowVisible(self.seen, asked)
        self.form.setRowVisible(self.words, asked)
        # The chronology's own sentence (domain/chronology.py), said the way this form asks.
        described = translate("chronology", "Describe what happened.")
        errors = [
            translate("visit", "Write your account of the visit.") if e == described else e
            for e in form_problems(self.entry(), self.record, self.today, self.existing)
        ]
        if self.existing is None:
            errors += self.next_step.problems(CaseId(self.record.case.id), self.today)
        elif not self.reason.text().strip():
            errors.append(
                translate(
                    "visit", "Say why the visit record is changing; the earlier values are kept."
                )
            )
        show_problems(self.problems, self.ok, errors)
