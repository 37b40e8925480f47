"""The Health check tab: a case's checks (``domain.health``) grouped by the review's five
themes, each with what was found, what to do next and a way to the records behind it;
and the one line in the case's header that counts what fails.

Nineteen red lines teach a worker to stop reading them (alarm fatigue). So the tab opens
on what fails, each theme says in one line how it stands, a failure is marked by a
symbol, a word and a thin bar (never colour alone, never a red block), and what passes
is greyed, shown when asked for. The checks are one document, not a widget each: laid
out in a few milliseconds, so an edit that changes a check stays quick.

It only presents a ``CaseHealth`` (``services.health``) that the controller worked out,
now or as the case was recorded on a past day; choosing a day and asking for a check's
records go back to it as signals.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.health import CheckResult, Status, Theme
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.ui.dates import date_edit_format, shown_date
from casedesk.ui.look import muted_colour as quiet_colour
from casedesk.ui.look import warning_colour

if TYPE_CHECKING:  # the case view is made at start-up; the database stack can wait
    from casedesk.services.health import CaseHealth

# A status in a symbol and a word: a colour-blind reader, a screen reader and a printout
# all get the same answer.
MARKS = {
    Status.FAIL: ("✖", QT_TRANSLATE_NOOP("health_tab", "Fails")),
    Status.PASS: ("✔", QT_TRANSLATE_NOOP("health_tab", "Passes")),
    Status.NOT_APPLICABLE: ("–", QT_TRANSLATE_NOOP("health_tab", "Does not apply")),
}

# Where each check's records are: the case view's tab, named as its tab says.
PLACE_TABS = {
    "people": QT_TRANSLATE_NOOP("health_tab", "People"),
    "identification attempts": QT_TRANSLATE_NOOP("health_tab", "ID attempts"),  # i18n: a place key
    "chronology": QT_TRANSLATE_NOOP("health_tab", "Chronology"),
    "oversight": QT_TRANSLATE_NOOP("health_tab", "Oversight"),
    "actions": QT_TRANSLATE_NOOP("health_tab", "Actions"),
    "team": QT_TRANSLATE_NOOP("health_tab", "Team"),
    "sharing": QT_TRANSLATE_NOOP("health_tab", "Sharing"),
}


def mark(status: Status) -> str:
    """The status as its symbol and its word: '✖ Fails'."""
    symbol, word = MARKS[status]
    return f"{symbol} {translate('health_tab', word)}"


def fails_sentence(failed: int, checks: int) -> str:
    """'7 of 19 checks fail', '1 of 19 checks fails', 'none of the 19 checks fails'."""
    if not failed:
        return translate("health_tab", "none of the {checks} checks fails").format(checks=checks)
    if failed == 1:
        return translate("health_tab", "1 of {checks} checks fails").format(checks=checks)
    return translate("health_tab", "%n of {checks} checks fail", None, failed).format(checks=checks)


def header_text(health: CaseHealth) -> str:
    """The line in the case's header: 'Health check: 7 of 19 checks fail', its symbol first."""
    symbol = MARKS[Status.FAIL if health.failed else Status.PASS][0]
    fails = fails_sentence(health.failed, len(health.results))
    return f"{symbol} " + translate("health_tab", "Health check: {fails}").format(fails=fails)


def _count(results: Sequence[CheckResult], status: Status) -> int:
    return sum(1 for r in results if r.status is status)


def _counted(n: int, status: Status) -> str:
    """A count and its verb, one and many: "1 fails", "2 fail"."""
    if status is Status.FAIL:
        return (
            translate("health_tab", "1 fails")
            if n == 1
            else translate("health_tab", "%n fail", None, n)
        )
    if status is Status.PASS:
        return (
            translate("health_tab", "1 passes")
            if n == 1
            else translate("health_tab", "%n pass", None, n)
        )
    if n == 1:
        return translate("health_tab", "1 does not apply")
    return translate("health_tab", "%n do not apply", None, n)


def summary_text(results: Sequence[CheckResult]) -> str:
    """The tab's first line: how many fail and in how many themes, then the rest."""
    failed = [r for r in results if r.failed]
    rest = ", ".join(
        _counted(n, status)
        for status in (Status.PASS, Status.NOT_APPLICABLE)
        if (n := _count(results, status))
    )
    if not failed:
        return f"{MARKS[Status.PASS][0]} " + translate(
            "health_tab", "None of the {checks} checks fails ({rest})."
        ).format(checks=len(results), rest=rest)
    themes = len({r.theme for r in failed})
    return f"{MARKS[Status.FAIL][0]} " + translate(
        "health_tab", "{fails}, in {themes} of the {all_themes} themes; {rest}."
    ).format(
        fails=fails_sentence(len(failed), len(results)).capitalize(),
        themes=themes,
        all_themes=len(Theme),
        rest=rest,
    )


def theme_text(theme: Theme, results: Sequence[CheckResult]) -> str:
    """A theme in one line: 'Sharing information: ✖ 1 fails, ✔ 2 pass'."""
    parts = [
        f"{MARKS[status][0]} {_counted(n, status)}"
        for status in (Status.FAIL, Status.PASS, Status.NOT_APPLICABLE)
        if (n := _count(results, status))
    ]
    if not _count(results, Status.FAIL):
        parts.insert(0, translate("health_tab", "nothing fails"))
    return f"{theme.title}: " + ", ".join(parts)


def ordered(results: Sequence[CheckResult]) -> list[tuple[Theme, list[CheckResult]]]:
    """The checks by theme (the review's order), what fails first within each."""
    rank = {Status.FAIL: 0, Status.PASS: 1, Status.NOT_APPLICABLE: 2}
    return [
        (theme, sorted((r for r in results if r.theme is theme), key=lambda r: rank[r.status]))
        for theme in Theme
        if any(r.theme is theme for r in results)
    ]


def muted_colour() -> str:
    """Grey text for what passes, 4.5:1 or more against the light or the dark base."""
    return quiet_colour().name()


def records_link(result: CheckResult) -> str:
    """The link to a check's records ('records:<check>'), or '' when it has none."""
    return f"records:{result.check}" if result.records else ""


def _check_row(result: CheckResult, mark_width: int, red: str, muted: str) -> str:
    """One check: a thin bar and its mark, then its words, each escaped (names
    are never markup), then the link to its records."""
    failed = result.failed
    question = html.escape(result.question)
    found = html.escape(result.explanation)
    words = [
        f"<b>{question}</b>" if failed else question,
        found if failed else f"<span style='color:{muted}'>{found}</span>",  # i18n: markup
    ]
    if result.next_step:
        words.append(
            translate("health_tab", "<b>What to do next:</b> {step}").format(
                step=html.escape(result.next_step)
            )
        )
    if result.records:
        where = translate("health_tab", PLACE_TABS.get(result.place, result.place))
        shown = translate("health_tab", "Show the records ({count}) in {where}").format(
            count=len(result.records), where=where
        )
        words.append(f"<a href='{records_link(result)}'>{html.escape(shown)}</a>")
    symbol, word = MARKS[result.status]
    word = translate("health_tab", word)
    mark_html = f"{symbol}&nbsp;{word.replace(' ', '&nbsp;')}"
    bar = f" bgcolor='{red}'" if failed else ""
    mark_cell = f"<b style='color:{red}'>{mark_html}</b>" if failed else mark_html
    # A table a check, apart from the next: the bars stay short, one to a failure.
    return (
        "<table width='100%' cellspacing='0' cellpadding='2' style='margin-bottom:6px'>"
        f"<tr><td width='1'{bar}></td><td width='4'></td>"  # i18n: markup
        f"<td width='{mark_width}' valign='top'>{mark_cell}</td>"
        f"<td valign='top'>{'<br>'.join(words)}</td></tr></table>"
    )


def checks_html(results: Sequence[CheckResult], only_failing: bool, mark_width: int) -> str:
    """The checks by theme, each theme's count first, as one document (laid out in a few
    milliseconds, where a widget for each check cost some twenty)."""
    red, muted = warning_colour().name(), muted_colour()
    parts = []
    for theme, checks in ordered(results):
        parts.append(
            f"<p style='margin-top:10px; margin-bottom:2px'><b>"  # i18n: markup
            f"{html.escape(theme_text(theme, checks))}</b></p>"
        )
        parts += [
            _check_row(r, mark_width, red, muted) for r in checks if r.failed or not only_failing
        ]
    hidden = sum(1 for r in results if not r.failed) if only_failing else 0
    if hidden:
        if hidden == 1:
            sentence = translate(
                "health_tab",
                "1 check that passes or does not apply is not shown: untick "
                "“Show only what fails” to see them.",
            )
        else:
            sentence = translate(
                "health_tab",
                "%n checks that pass or do not apply are not shown: untick "
                "“Show only what fails” to see them.",
                None,
                hidden,
            )
        style = f"margin-top:12px; color:{muted}"  # i18n: markup
        parts.append(f"<p style='{style}'>{html.escape(sentence)}</p>")

    return "".join(parts)


def _bold(font: QFont) -> QFont:
    font.setWeight(QFont.Weight.DemiBold)
    return font


def mark_width(font: QFont, statuses: Collection[Status]) -> int:
    """The width of the widest mark of ``statuses`` (bold), so the questions line up."""
    metrics = QFontMetrics(_bold(QFont(font)))
    return max((metrics.horizontalAdvance(mark(s)) for s in statuses), default=0) + 12


class HealthTab(QWidget):
    """The checks of one case, now or as recorded on a chosen day."""

    help_page = "health-check"  # what F1 opens (ui/help.py)

    as_at_changed = Signal(object)  # the day chosen, or None for today
    records_requested = Signal(str, object, str)  # the place, the record ids, the question

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.health: CaseHealth | None = None
        self.past = False  # showing the case as recorded on a past day
        self._shown: tuple[object, ...] | None = None  # what the document was made from
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("health_tab", "Health check summary"))
        font = self.summary.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.summary.setFont(font)
        self.as_at = QDateEdit()
        self.as_at.setCalendarPopup(True)
        self.as_at.setDisplayFormat(date_edit_format())
        self.as_at.setMinimumDate(QDate(2000, 1, 1))
        self.as_at.setAccessibleName(translate("health_tab", "As recorded on"))
        self.as_at.setToolTip(
            translate(
                "health_tab",
                "Check the case as it was recorded at the end of this day (its history keeps "
                "every earlier version)",
            )
        )
        self.today_button = QPushButton(translate("health_tab", "Today"))
        self.today_button.setToolTip(translate("health_tab", "Check the case as it is now"))
        self.only_failing = QCheckBox(translate("health_tab", "Show only what fails"))
        self.only_failing.setChecked(True)
        self.only_failing.setToolTip(
            translate("health_tab", "Untick to see every check, what passes as well")
        )
        self.only_failing.toggled.connect(lambda _on: self._build(now=True))
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("health_tab", "Which day is checked"))
        self.note.hide()
        # A typed date changes with each key: the check waits until typing stops.
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.setInterval(500)
        self._wait.timeout.connect(self._day_chosen)
        self.as_at.dateChanged.connect(lambda _d: self._wait.start())
        self.as_at.editingFinished.connect(self._day_chosen)
        self.today_button.clicked.connect(self.show_today)

        # One document: Tab moves from link to link in it, Enter follows one.
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setAccessibleName(translate("health_tab", "Health checks"))
        self.body.anchorClicked.connect(self._follow)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("health_tab", "As recorded on:")))
        controls.addWidget(self.as_at)
        controls.addWidget(self.today_button)
        controls.addSpacing(16)
        controls.addWidget(self.only_failing)
        controls.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 0)
        layout.addWidget(self.summary)
        layout.addLayout(controls)
        layout.addWidget(self.note)
        layout.addWidget(self.body, 1)
        self._requested_day: date | None = None

    # -- what the controller gives it ---------------------------------------------------

    def set_today(self, today: date) -> None:
        """Check the case as it is now, ``today`` by the case file's clock (no signal)."""
        self.as_at.blockSignals(True)
        self.as_at.setMaximumDate(QDate(today.year, today.month, today.day))
        self.as_at.setDate(QDate(today.year, today.month, today.day))
        self.as_at.blockSignals(False)
        self._wait.stop()
        self._requested_day = None

    def day(self) -> date | None:
        """The day chosen, or None when it is today (the case as it is now)."""
        chosen = self.as_at.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        maximum = self.as_at.maximumDate()
        return None if chosen >= maximum else day

    def show_health(self, health: CaseHealth, past: bool = False) -> None:
        """Show a case's checks: as it is now, or (``past``) as recorded on a past day."""
        self.health, self.past = health, past
        if past:
            self.note.setText(
                translate(
                    "health_tab",
                    "As the case was recorded at the end of {day}, rebuilt from its history. "
                    "The other tabs show the case as it is now.",
                ).format(day=shown_date(health.as_at))
            )

        self.note.setVisible(past)
        self.summary.setText(summary_text(health.results))
        self._build()

    def show_refusal(self, sentence: str) -> None:
        """Say in one sentence why the chosen day cannot be checked; no checks shown."""
        self.health = None
        self.past = True
        self.summary.setText(sentence)
        self.note.setText(
            translate("health_tab", "Choose a later day, or Today for the case as it is now.")
        )
        self.note.show()
        self._build()

    def show_today(self) -> None:
        """Back to the case as it is now."""
        maximum = self.as_at.maximumDate()
        self.as_at.blockSignals(True)
        self.as_at.setDate(maximum)
        self.as_at.blockSignals(False)
        self._wait.stop()
        self._requested_day = None
        self.as_at_changed.emit(None)

    def choose_day(self, day: date) -> None:
        """Check the case as recorded on ``day`` (what typing a date and waiting does)."""
        self.as_at.blockSignals(True)
        self.as_at.setDate(QDate(day.year, day.month, day.day))
        self.as_at.blockSignals(False)
        self._day_chosen()

    def clear(self) -> None:
        """Drop every check and text (locking)."""
        self.health = None
        self.past = False
        self._wait.stop()
        self._requested_day = None
        self.summary.clear()
        self.note.clear()
        self.note.hide()
        self._shown = None
        self.body.clear()

    def shown(self) -> list[CheckResult]:
        """The checks listed, in order (laid out now if the tab has not been seen yet)."""
        self._build(now=True)
        if self.health is None:
            return []
        only = self.only_failing.isChecked()
        return [
            r for _t, checks in ordered(self.health.results) for r in checks if r.failed or not only
        ]

    def text(self) -> str:
        """The checks as the tab says them, in plain text."""
        self._build(now=True)
        return self.body.toPlainText()

    # -- building ------------------------------------------------------------------------

    def _day_chosen(self) -> None:
        self._wait.stop()
        day = self.day()
        if day == self._requested_day and (day is not None or not self.past):
            return  # the same day again (editing finished after the wait ran)
        self._requested_day = day
        self.as_at_changed.emit(day)

    def showEvent(self, event: QShowEvent) -> None:
        """Lay out the checks when the tab is looked at (an edit need not wait for them)."""
        super().showEvent(event)
        self._build(now=True)

    def _build(self, now: bool = False) -> None:
        """Lay out the checks, unless they are what is shown already; out of sight, only
        when ``now`` (``showEvent`` and ``shown`` lay them out when looked at)."""
        results = tuple(self.health.results) if self.health is not None else ()
        key = (results, self.only_failing.isChecked())
        if key == self._shown or not (now or self.isVisible()):
            return
        self._shown = key
        scroll = self.body.verticalScrollBar().value()
        width = mark_width(self.font(), {r.status for r in results if r.failed or not key[1]})
        self.body.setHtml(checks_html(results, key[1], width))
        self.body.verticalScrollBar().setValue(scroll)

    def _follow(self, url: QUrl) -> None:
        """A 'Show the records' link: ask for the records of its check."""
        check = url.toString().removeprefix("records:")
        found = [r for r in (self.health.results if self.health else ()) if r.check == check]
        if found:
            self.records_requested.emit(found[0].place, found[0].records, found[0].question)


class HealthLine(QPushButton):
    """The case header's count of failed checks; it opens the Health check tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QPushButton { text-align: left; padding: 2px 4px; }")
        self.setToolTip(
            translate("health_tab", "Open the Health check tab: what fails and what to do next")
        )
        self.setAccessibleName(translate("health_tab", "Health check"))
        self.checking = False  # it says "checking…": the count follows the paint
        self.clear()

    def show_health(self, health: CaseHealth) -> None:
        """Say how many checks fail."""
        self.setText(header_text(health) + "  ›")
        self.setVisible(True)
        self.checking = False

    def show_checking(self) -> None:
        """Say the check is being worked out (a case just shown: it follows the paint);
        the line keeps its place in the header, so nothing moves when the count comes."""
        self.setText(translate("health_tab", "Health check: checking…"))
        self.setVisible(True)
        self.checking = True

    def clear(self) -> None:
        """Say nothing (no case, or locked)."""
        self.setText("")
        self.setVisible(False)
        self.checking = False
