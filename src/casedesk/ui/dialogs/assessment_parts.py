"""The pieces of the assessment dialog that repeat: a row for each source asked, a row for
each adult considered, and the chronology list whose ticks are the history considered.

Each row shows what it still lacks in words on the row itself ("not asked"), because the
review found agencies never asked and fathers never seen: a gap must be visible where it
is filled in, not only in the list beside the pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.assessment_gaps import Gap
from casedesk.domain.assessments import AdultConsidered, SourceConsulted
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.evidence import Significance
from casedesk.domain.ids import CaseId
from casedesk.domain.people import Person
from casedesk.domain.team import Professional
from casedesk.domain.wording import shown_value, translate
from casedesk.ui.dates import date_edit_format, shown_date, shown_fuzzy
from casedesk.ui.dialogs.person import OptionalDate
from casedesk.ui.look import warning_colour
from casedesk.ui.widgets.text_box import text_box

SHOWN_CHARS = 120  # of an entry's description in the history list (the tooltip has it all)


def day_text(day: date) -> str:
    """``day`` as the worker's locale writes it ('30/11/2026' in the UK), like every
    other date on screen."""
    return shown_date(day)


def kept(text: str, before: str) -> str:
    """``text`` tidied, or ``before`` when only spacing differs: reopening and saving a
    record written elsewhere must not count a trailing newline as a change."""
    return before if text.strip() == before.strip() else text.strip()


def quiet_label(text: str = "") -> QLabel:
    """A smaller, word-wrapped line in the palette's placeholder colour, so it reads as a
    hint in light and dark themes alike."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def attention(label: QLabel, text: str, urgent: bool) -> None:
    """Show ``text`` on ``label``, bold and red when ``urgent`` (a lighter red on a dark
    palette, where the house red would be hard to read)."""
    label.setText(text)
    if not urgent:
        label.setStyleSheet("")
        return
    label.setStyleSheet(f"color: {warning_colour(label.palette()).name()}; font-weight: 600;")


def scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area, so a long page still fits a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def day_edit(day: date, name: str) -> QDateEdit:
    """A required day, as the house's date edits show one (calendar pop-up, '01 Sep 2026')."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    edit.setAccessibleName(name)
    return edit


def day_value(edit: QDateEdit) -> date:
    """The day a date edit shows."""
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


def labelled(form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None) -> None:
    """A form row whose label names its field for a screen reader too."""
    label = QLabel(text)
    label.setBuddy(buddy or field)
    form.addRow(label, field)


def lock(page: QWidget, keep: Sequence[QWidget] = ()) -> None:
    """Make every field on ``page`` unchangeable, except ``keep``. Text is made read-only
    rather than disabled: a disabled box cannot scroll, so a long analysis could not be
    read to its end, nor copied."""
    for widget in page.findChildren(QWidget):
        if any(widget is k for k in keep) or isinstance(widget, QToolButton):
            continue  # a tool button here is the tab bar's scroll arrow, not a field
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            if not isinstance(widget.parent(), QAbstractSpinBox):  # a date's own line
                widget.setReadOnly(True)
        elif isinstance(widget, QComboBox | QAbstractSpinBox | QAbstractButton):
            widget.setEnabled(False)


def optional_day(label: str, name: str, today: date, value: date | None) -> OptionalDate:
    """The house's may-be-unknown date (tick box and date), named for a screen reader,
    offering ``today`` when first ticked rather than the computer's own date."""
    field = OptionalDate(label)
    field.set_value(today)
    field.set_value(value)
    field.known.setAccessibleName(translate("assessment_parts", "{name}: known").format(name=name))
    field.edit.setAccessibleName(name)
    return field


class SourceRow(QGroupBox):
    """One member of the team around the family, or another source: when they were asked,
    when they answered, and what they said."""

    changed = Signal()

    def __init__(
        self,
        today: date,
        professional: Professional | None = None,
        existing: SourceConsulted | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.professional, self.existing = professional, existing
        old = existing or SourceConsulted("", CaseId(""), "")
        self.who = QLineEdit(old.source)
        self.who.setCursorPosition(0)
        grid = QGridLayout(self)
        self.marker = QLabel()
        if professional is not None:
            self.setTitle(professional.name)
            about = QLabel(f"{professional.role}, {professional.agency}")
            about.setWordWrap(True)
            grid.addWidget(about, 0, 0, 1, 3)
            self.who.hide()
        else:
            self.setTitle(translate("assessment_parts", "Another source"))
            self.who.setPlaceholderText(
                translate("assessment_parts", "who: e.g. Eastgate Surgery (GP), a police check")
            )
            self.who.setAccessibleName(translate("assessment_parts", "Who was asked"))
            who_label = QLabel(translate("assessment_parts", "Who:"))
            who_label.setBuddy(self.who)
            grid.addWidget(who_label, 0, 0)
            grid.addWidget(self.who, 0, 1, 1, 2)
        grid.addWidget(self.marker, 0, 3, Qt.AlignmentFlag.AlignRight)
        name = self.name()
        self.asked = optional_day(
            translate("assessment_parts", "Asked on"),
            translate("assessment_parts", "{name}: asked on").format(name=name),
            today,
            old.asked_on,
        )
        self.answered = optional_day(
            translate("assessment_parts", "Answered on"),
            translate("assessment_parts", "{name}: answered on").format(name=name),
            today,
            old.answered_on,
        )
        grid.addWidget(self.asked, 1, 0, 1, 2)
        grid.addWidget(self.answered, 1, 2, 1, 2)
        self.said = text_box(
            translate("assessment_parts", "what they said (or that they gave no answer)"), 2
        )
        self.said.setPlainText(old.said)
        self.said.setAccessibleName(
            translate("assessment_parts", "What {name} said").format(name=name)
        )
        said_label = QLabel(translate("assessment_parts", "Said:"))
        said_label.setBuddy(self.said)
        grid.addWidget(said_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.said, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.setFocusProxy(self.asked.known if professional is not None else self.who)
        for day in (self.asked, self.answered):
            day.known.toggled.connect(self._changed)
            day.edit.dateChanged.connect(self._changed)
        self.said.textChanged.connect(self._changed)
        self.who.textChanged.connect(self._changed)
        self._mark()

    def name(self) -> str:
        """Who the row is about, in words."""
        if self.professional is not None:
            return f"{self.professional.name} ({self.professional.agency})"
        return self.who.text().strip() or translate("assessment_parts", "another source")

    def has_anything(self) -> bool:
        """True when something is recorded (a stored row always counts)."""
        typed = self.said.toPlainText().strip() or self.who.text().strip()
        dated = self.asked.value() or self.answered.value()
        return self.existing is not None or bool(typed or dated)

    def value(self, case: CaseId, assessment: str) -> SourceConsulted:
        """The row as a source consulted (id "" when new)."""
        old = self.existing or SourceConsulted(
            "", case, assessment, self.professional.id if self.professional else ""
        )
        return replace(
            old,
            source="" if self.professional else kept(self.who.text(), old.source),
            asked_on=self.asked.value(),
            answered_on=self.answered.value(),
            said=kept(self.said.toPlainText(), old.said),
        )

    def _changed(self) -> None:
        self._mark()
        self.changed.emit()

    def _mark(self) -> None:
        asked, answered = self.asked.value(), self.answered.value()
        if asked is None:
            attention(self.marker, translate("assessment_parts", "not asked"), True)
        elif answered is None and not self.said.toPlainText().strip():
            attention(
                self.marker,
                translate("assessment_parts", "asked {day}: no answer recorded").format(
                    day=day_text(asked)
                ),
                True,
            )
        else:
            said = (
                translate("assessment_parts", "answered {day}").format(day=day_text(answered))
                if answered
                else translate("assessment_parts", "asked {day}").format(day=day_text(asked))
            )
            attention(self.marker, said, False)


class AdultRow(QGroupBox):
    """An adult of the household or a significant adult: how they were identified, when
    seen (or why not), and the checks made on them."""

    changed = Signal()

    def __init__(
        self,
        today: date,
        person: Person,
        why: str,
        existing: AdultConsidered | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.person, self.existing = person, existing
        self.set_why(why)
        old = existing or AdultConsidered("", CaseId(""), "", person.id)
        name = person.display_name
        self.marker = QLabel()
        self.how = QLineEdit(old.how_identified)
        self.how.setPlaceholderText(
            translate("assessment_parts", "e.g. named by mother; ID seen; GP registration")
        )
        self.how.setAccessibleName(
            translate("assessment_parts", "How {name} was identified").format(name=name)
        )
        self.seen = optional_day(
            translate("assessment_parts", "Seen on"),
            translate("assessment_parts", "{name}: seen on").format(name=name),
            today,
            old.seen_on,
        )
        self.not_seen = QLineEdit(old.not_seen_because)
        self.not_seen.setPlaceholderText(translate("assessment_parts", "or, why not seen"))
        self.not_seen.setAccessibleName(
            translate("assessment_parts", "Why {name} was not seen").format(name=name)
        )
        self.checks = QLineEdit(old.checks)
        self.checks.setPlaceholderText(
            translate("assessment_parts", "police, probation, adult services…: what they found")
        )
        self.checks.setAccessibleName(
            translate("assessment_parts", "Checks made on {name}").format(name=name)
        )
        self.checked = optional_day(
            translate("assessment_parts", "Checked on"),
            translate("assessment_parts", "{name}: checked on").format(name=name),
            today,
            old.checked_on,
        )
        grid = QGridLayout(self)
        grid.addWidget(self.marker, 0, 0, 1, 4)
        # Label, field, and what goes beside it (why not seen; the day of the checks).
        rows: tuple[tuple[str, QWidget, QWidget | None], ...] = (
            (translate("assessment_parts", "How identified:"), self.how, None),
            (translate("assessment_parts", "Seen:"), self.seen, self.not_seen),
            # the whole width: what they found is long
            (translate("assessment_parts", "Checks made:"), self.checks, None),
            ("", self.checked, None),
        )
        for row, (text, field, beside) in enumerate(rows, start=1):
            label = QLabel(text)
            label.setBuddy(field.known if isinstance(field, OptionalDate) else field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1, 1, 3 if beside is None else 2)
            if beside is not None:
                grid.addWidget(beside, row, 3)
        self.checked.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.how)
        for line in (self.how, self.not_seen, self.checks):
            line.setCursorPosition(0)  # a long entry reopens at its start, not its end
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for field in (self.how, self.not_seen, self.checks):
            field.textChanged.connect(self._changed)
        for day in (self.seen, self.checked):
            day.known.toggled.connect(self._changed)
            day.edit.dateChanged.connect(self._changed)
        self._mark()

    def name(self) -> str:
        """The adult as the missing list names them: 'Jason Bradbury (mother's partner)'."""
        return self.title()

    def set_why(self, why: str) -> None:
        """Say why the adult is considered (their role or their home)."""
        self.why = why
        self.setTitle(f"{self.person.display_name} ({why})" if why else self.person.display_name)

    def has_anything(self) -> bool:
        """True when something is recorded (a stored row always counts)."""
        typed = (self.how, self.not_seen, self.checks)
        return (
            self.existing is not None
            or any(f.text().strip() for f in typed)
            or bool(self.seen.value() or self.checked.value())
        )

    def value(self, case: CaseId, assessment: str) -> AdultConsidered:
        """The row as an adult considered (id "" when new)."""
        old = self.existing or AdultConsidered("", case, assessment, self.person.id)
        return replace(
            old,
            how_identified=kept(self.how.text(), old.how_identified),
            seen_on=self.seen.value(),
            not_seen_because=kept(self.not_seen.text(), old.not_seen_because),
            checks=kept(self.checks.text(), old.checks),
            checked_on=self.checked.value(),
        )

    def _changed(self) -> None:
        self._mark()
        self.changed.emit()

    def _mark(self) -> None:
        missing = []
        if not self.how.text().strip():
            missing.append(translate("assessment_parts", "how identified"))
        if self.seen.value() is None and not self.not_seen.text().strip():
            missing.append(translate("assessment_parts", "seen, or why not"))
        if not self.checks.text().strip():
            missing.append(translate("assessment_parts", "checks"))
        if not self.has_anything():
            attention(self.marker, translate("assessment_parts", "not considered yet"), True)
        elif missing:
            attention(
                self.marker,
                translate("assessment_parts", "still to record: {missing}").format(
                    missing=", ".join(missing)
                ),
                True,
            )
        else:
            attention(
                self.marker,
                translate("assessment_parts", "identified, seen (or why not) and checked"),
                False,
            )


def _entry_text(entry: ChronologyEntry) -> str:
    when = shown_fuzzy(FuzzyDate(entry.occurred_on, entry.precision))
    weight = ""
    if entry.significance >= Significance.SIGNIFICANT:
        weight = f" · {entry.significance.label}"
    about = " ".join(entry.description.split())
    if len(about) > SHOWN_CHARS:
        about = about[: SHOWN_CHARS - 1].rstrip() + "…"
    return f"{when} · {shown_value(entry.category)}{weight} — {about}"


class HistoryList(QWidget):
    """The case's chronology, newest first, each entry ticked when the assessment relies
    on it; a filter, because a case has hundreds of entries."""

    changed = Signal()

    def __init__(
        self,
        entries: Sequence[ChronologyEntry],
        ticked: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.before = tuple(ticked)  # kept in its order, so reopening changes nothing
        self.started = date.max
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            translate("assessment_parts", "filter: words from the date, category or description")
        )
        self.filter.setAccessibleName(translate("assessment_parts", "Filter the chronology"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(translate("assessment_parts", "&Filter:"))
        filter_label.setBuddy(self.filter)
        self.only_ticked = QCheckBox(translate("assessment_parts", "Only those &ticked"))
        self.list = QListWidget()
        self.list.setAccessibleName(
            translate(
                "assessment_parts", "History considered: tick each entry the assessment relies on"
            )
        )
        self.list.setUniformItemSizes(True)  # hundreds of rows: one height, laid out at once
        bold = QFont(self.list.font())
        bold.setBold(True)
        chosen = set(ticked)
        self._dates: dict[str, date] = {}
        ordered = sorted(entries, key=lambda e: (e.occurred_on, e.time), reverse=True)
        for entry in ordered:
            item = QListWidgetItem(_entry_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.description)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if entry.id in chosen else Qt.CheckState.Unchecked
            )
            if entry.significance >= Significance.SIGNIFICANT:
                item.setFont(bold)
            self._dates[entry.id] = entry.occurred_on
            self.list.addItem(item)
        self._order = [e.id for e in reversed(ordered)]  # oldest first, for new ticks
        top = QGridLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(filter_label, 0, 0)
        top.addWidget(self.filter, 0, 1)
        top.addWidget(self.only_ticked, 0, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._apply_filter)
        self.only_ticked.toggled.connect(self._apply_filter)
        self.list.itemChanged.connect(self._ticked)

    def ticked(self) -> tuple[str, ...]:
        """The entries relied on: those already linked in their order, then new ones
        oldest first."""
        on = {
            self.list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.list.count())
            if self.list.item(r).checkState() is Qt.CheckState.Checked
        }
        kept_ids = [i for i in self.before if i in on]
        return (*kept_ids, *(i for i in self._order if i in on and i not in self.before))

    def set_started(self, started: date) -> None:
        """Count the ticked entries from before ``started``."""
        self.started = started
        self._summarise()

    def set_read_only(self) -> None:
        """Still scrolls and filters, but the ticks cannot change."""
        for row in range(self.list.count()):
            self.list.item(row).setFlags(Qt.ItemFlag.ItemIsEnabled)

    def _ticked(self) -> None:
        self._summarise()
        self._apply_filter()
        self.changed.emit()

    def _summarise(self) -> None:
        ids = self.ticked()
        earlier = sum(1 for d in self._dates.values() if d < self.started)
        ticked_earlier = sum(1 for i in ids if self._dates.get(i, date.max) < self.started)
        attention(
            self.summary,
            translate(
                "assessment_parts",
                "{ticked} of {total} entries ticked; {ticked_earlier} of the {earlier} from "
                "before the assessment began ({day}).",
            ).format(
                ticked=len(ids),
                total=len(self._dates),
                ticked_earlier=ticked_earlier,
                earlier=earlier,
                day=day_text(self.started),
            ),
            bool(earlier) and not ticked_earlier,
        )

    def _apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        only = self.only_ticked.isChecked()
        for row in range(self.list.count()):
            item = self.list.item(row)
            text = item.text().casefold()
            hidden = any(w not in text for w in words) or (
                only and item.checkState() is not Qt.CheckState.Checked
            )
            item.setHidden(hidden)


class MissingPanel(QWidget):
    """ "Missing before sign-off": each gap's sentence; activating one asks to go to the
    page (``part``) where it is filled in."""

    chosen = Signal(str, str)  # part, sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)  # wrapped sentences must not run into one another
        self.list.setAccessibleName(translate("assessment_parts", "Missing before sign-off"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading = QLabel()
        self.heading.setBuddy(self.list)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(
            quiet_label(
                translate(
                    "assessment_parts", "Double-click a line, or press Enter on it, to go there."
                )
            )
        )
        self.setMinimumWidth(220)
        # Double-click activates on most styles, but not all (a single click does on some
        # desktops): going to a page twice is harmless, missing the gesture is not.
        self.list.itemActivated.connect(self._chosen)
        self.list.itemDoubleClicked.connect(self._chosen)

    def show_gaps(self, found: Sequence[Gap]) -> None:
        """List ``found``, or say that nothing is missing."""
        self.list.clear()
        for gap in found:
            item = QListWidgetItem(gap.sentence)
            item.setData(Qt.ItemDataRole.UserRole, gap.part)
            item.setToolTip(
                translate(
                    "assessment_parts", "Double-click, or press Enter, to go where it is filled in"
                )
            )
            self.list.addItem(item)
        if not found:
            item = QListWidgetItem(translate("assessment_parts", "Nothing is missing."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.heading.setText(
            translate("assessment_parts", "Missing before si&gn-off ({count})").format(
                count=len(found)
            )
        )

    def sentences(self) -> list[str]:
        """The gaps shown (empty when nothing is missing)."""
        items = (self.list.item(r) for r in range(self.list.count()))
        return [i.text() for i in items if i.data(Qt.ItemDataRole.UserRole)]

    def _chosen(self, item: QListWidgetItem) -> None:
        part = item.data(Qt.ItemDataRole.UserRole)
        if part:
            self.chosen.emit(str(part), item.text())
