"""The assessment dialog as a worker uses it: a new assessment lists what it lacks and
cannot be submitted; filling every page empties the list and Submit is offered; a team
member not asked is named, and marked on their row; an assessment reopened from the case
file shows its history, sources and adults, and saving it unchanged changes nothing; a
read-only one can only be closed; the dialog fits a 1024x700 screen and names every
field for a screen reader."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casedesk.domain.assessment_gaps import adults_to_consider
from casedesk.domain.assessments import (
    DOMAINS,
    AdultConsidered,
    Assessment,
    AssessmentKind,
    ConcernAnswered,
    SourceConsulted,
)
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.wording import shown_day
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.oversight import AssessmentView, assessment_views, default_due
from casedesk.services.record_editor import RecordEditor
from casedesk.services.synthetic import generate
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.assessment import PARTS, AssessmentDialog
from casedesk.ui.dialogs.person import OptionalDate
from casedesk.ui.widgets.combo import index_of

PASSPHRASE = "kettle mango violin harbour"
TODAY = date(2026, 11, 30)
POLICE = "Emma Dunn (Northvale Police Public Protection Unit)"


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[RecordEditor]:
    """The demo's first case (a six-strong team, a father not named, the mother, her
    partner and a lodger), opened today."""
    path = tmp_path / "a.casedesk"
    created, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with created:
        write_data(created, generate(seed=5, cases=2, entries=60, as_of=date(2026, 6, 1)))
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.set_clock(lambda: datetime(2026, 11, 30, 12, tzinfo=UTC))
        yield RecordEditor(case_file)


def _record(editor: RecordEditor) -> CaseRecord:
    return editor.case_file.case_record("DEMO-0001")


def _open(
    qtbot: QtBot, editor: RecordEditor, view: AssessmentView | None = None, read_only: bool = False
) -> AssessmentDialog:
    timescales = editor.case_file.timescales().timescales
    dialog = AssessmentDialog(_record(editor), view, TODAY, timescales, read_only)
    qtbot.addWidget(dialog)
    return dialog


def _day(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def _tick_day(field: OptionalDate, day: date) -> None:
    field.known.setChecked(True)
    _day(field.edit, day)


def _type(qtbot: QtBot, box: QWidget, text: str) -> None:
    qtbot.keyClicks(box, text)


def _page(dialog: AssessmentDialog) -> str:
    return PARTS[dialog.tabs.currentIndex()]


def _activate(dialog: AssessmentDialog, starting: str) -> None:
    """Double-click the first line of the missing list that starts with ``starting``."""
    items = [dialog.missing.list.item(r) for r in range(dialog.missing.list.count())]
    item = next(i for i in items if i.text().startswith(starting))
    dialog.missing.list.itemDoubleClicked.emit(item)


def _fill_every_page(qtbot: QtBot, dialog: AssessmentDialog, record: CaseRecord) -> None:
    """What a worker records, page by page, through the dialog's own fields."""
    _day(dialog.started, date(2026, 9, 1))
    _tick_day(dialog.completed, TODAY)
    for field, _title, _covers in DOMAINS:
        _type(qtbot, dialog.domains[field], f"Analysis of {field}.")
    history = dialog.history.list
    for row in range(history.count()):
        item = history.item(row)
        if item.text().startswith((shown_date(date(2020, 8, 17)), shown_date(date(2024, 7, 24)))):
            item.setCheckState(Qt.CheckState.Checked)
    for source in dialog.team_rows:
        if not source.isHidden():
            _tick_day(source.asked, date(2026, 9, 3))
            _tick_day(source.answered, date(2026, 9, 10))
            _type(qtbot, source.said, "No concerns beyond attendance.")
    for adult in dialog.adult_rows.values():
        if adult.isHidden():
            continue
        _type(qtbot, adult.how, "Named by mother; ID seen")
        if adult.person.given_names:
            _tick_day(adult.seen, date(2026, 9, 15))
        else:
            _type(qtbot, adult.not_seen, "Not identified: mother will not name him")
        _type(qtbot, adult.checks, "Police and probation: nothing recorded")
        _tick_day(adult.checked, date(2026, 9, 20))
    dialog.answered.setCurrentIndex(index_of(dialog.answered, ConcernAnswered.PARTLY))
    _type(qtbot, dialog.answer, "The adult in the household is Jason; his order is checked.")
    _type(qtbot, dialog.decision, "Child in need plan; review in three months.")


def test_a_new_assessment_lists_what_it_lacks_and_cannot_be_submitted(
    qtbot: QtBot, editor: RecordEditor
) -> None:
    dialog = _open(qtbot, editor)
    record = _record(editor)
    timescales = editor.case_file.timescales().timescales
    assert dialog.windowTitle() == "New assessment"
    assert dialog.kind.currentData() is AssessmentKind.CHILD_AND_FAMILY
    assessment = dialog.edit().assessment
    assert assessment.id == "" and assessment.started_on == TODAY
    assert assessment.due_on == default_due(
        timescales, record, AssessmentKind.CHILD_AND_FAMILY, TODAY
    )
    missing = dialog.missing.sentences()
    assert "Write the analysis of the child's developmental needs." in missing
    assert "Record the decision." in missing
    assert "(name not known) (biological father) is not considered." in missing
    assert "Record the date the assessment was completed." in missing
    assert dialog.missing.heading.text() == f"Missing before si&gn-off ({len(missing)})"
    assert not dialog.submit.isEnabled()
    assert f"{len(missing)} things are missing" in dialog.submit.toolTip()
    assert dialog.save.isEnabled()
    assert dialog.tabs.tabText(PARTS.index("domains")) == "Do&mains (3)"
    # Nothing recorded yet: no row is handed back, and a new one needs no reason.
    edit = dialog.edit()
    assert edit.sources == [] and edit.adults == [] and edit.reason == ""
    assert dialog.reason.isHidden()


def test_a_team_member_not_asked_is_named_and_marked_on_their_row(
    qtbot: QtBot, editor: RecordEditor
) -> None:
    dialog = _open(qtbot, editor)
    assert f"{POLICE} was not asked." in dialog.missing.sentences()
    police = next(r for r in dialog.team_rows if r.name() == POLICE)
    assert police.marker.text() == "not asked"
    _activate(dialog, POLICE)
    assert _page(dialog) == "sources"
    assert dialog.focusWidget() is police.asked.known  # at their row, ready to tick
    _tick_day(police.asked, date(2026, 11, 23))
    assert police.marker.text() == f"asked {shown_date(date(2026, 11, 23))}: no answer recorded"
    assert (
        f"{POLICE} was asked on 23 Nov 2026: record their answer, or that they gave none."
        in dialog.missing.sentences()
    )
    qtbot.keyClicks(police.said, "No record of Jason at this address.")
    assert not any(s.startswith(POLICE) for s in dialog.missing.sentences())
    (source,) = dialog.edit().sources
    assert police.professional is not None and source.professional == police.professional.id
    assert source.asked_on == date(2026, 11, 23) and source.answered_on is None
    assert source.said == "No record of Jason at this address."


def test_a_gap_opens_the_page_where_it_is_filled_in(qtbot: QtBot, editor: RecordEditor) -> None:
    dialog = _open(qtbot, editor)
    for starting, part in (
        ("Record the decision.", "decision"),
        ("Write the analysis of parenting", "domains"),
        ("Link the chronology", "history"),
        ("Jason Bradbury (mother's partner)", "adults"),
        ("Say whether the original concern", "concern"),
        ("Record the date the assessment was completed", "details"),
    ):
        _activate(dialog, starting)
        assert _page(dialog) == part, starting


def test_the_due_date_follows_kind_and_start_until_set_by_hand(
    qtbot: QtBot, editor: RecordEditor
) -> None:
    dialog = _open(qtbot, editor)
    record = _record(editor)
    timescales = editor.case_file.timescales().timescales
    _day(dialog.started, date(2026, 10, 1))
    dialog.kind.setCurrentIndex(index_of(dialog.kind, AssessmentKind.SECTION_47))
    expected = default_due(timescales, record, AssessmentKind.SECTION_47, date(2026, 10, 1))
    assert dialog.edit().assessment.due_on == expected
    _day(dialog.due, date(2026, 12, 18))
    dialog.kind.setCurrentIndex(index_of(dialog.kind, AssessmentKind.CHILD_AND_FAMILY))
    assert dialog.edit().assessment.due_on == date(2026, 12, 18)
    assert dialog.due_hint.text().startswith("Set by hand")
    dialog.rule_due.click()
    assert dialog.edit().assessment.due_on == default_due(
        timescales, record, AssessmentKind.CHILD_AND_FAMILY, date(2026, 10, 1)
    )


def test_filling_every_page_empties_the_list_and_the_assessment_is_saved_and_submitted(
    qtbot: QtBot, editor: RecordEditor
) -> None:
    dialog = _open(qtbot, editor)
    record = _record(editor)
    calendar = editor.case_file.timescales().timescales.calendar
    _fill_every_page(qtbot, dialog, record)
    # Started 1 Sep, completed today: well past its 45 working days, so why is asked.
    due = dialog.edit().assessment.due_on
    late = calendar.working_days_between(due, TODAY)
    assert dialog.missing.sentences() == [
        f"It was completed {late} working days after its due date: record why it was late."
    ]
    assert f"Completed {late} working days after its due date" in dialog.late.text()
    assert dialog.late_reason.isEnabled() and not dialog.submit.isEnabled()
    _activate(dialog, "It was completed")
    assert _page(dialog) == "details"
    qtbot.keyClicks(dialog.late_reason, "Police checks took six weeks to come back.")
    assert dialog.missing.sentences() == []
    assert dialog.missing.list.item(0).text().startswith("Nothing is missing")
    assert dialog.submit.isEnabled()
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    edit = dialog.edit()
    assert edit.submit and edit.reason == ""
    changes = editor.save_assessment(
        record, None, edit.assessment, edit.sources, edit.adults, edit.reason
    )
    assert changes is not None
    saved = _record(editor)
    (stored,) = saved.assessments
    assert stored.started_on == date(2026, 9, 1) and stored.completed_on == TODAY
    assert stored.parenting_capacity == "Analysis of parenting_capacity."
    assert stored.late_reason == "Police checks took six weeks to come back."
    assert stored.concern_answered is ConcernAnswered.PARTLY
    assert stored.decision == "Child in need plan; review in three months."
    linked = {e.id: e for e in saved.entries if e.id in stored.history}
    assert sorted(e.occurred_on for e in linked.values()) == [
        date(2020, 8, 17),
        date(2024, 7, 24),
    ]
    assert len(saved.sources_consulted) == len(saved.professionals)
    assert all(s.said == "No concerns beyond attendance." for s in saved.sources_consulted)
    to_consider = adults_to_consider(saved, TODAY)
    assert {a.person for a in saved.adults_considered} == {a.person.id for a in to_consider}
    editor.submit_assessment(saved, stored)
    assert _record(editor).assessments[0].submitted_on == TODAY


def _stored(editor: RecordEditor) -> AssessmentView:
    """An assessment in progress, saved through the service: two entries relied on, the
    police asked, a GP surgery asked, the mother considered."""
    record = _record(editor)
    police = next(p for p in record.professionals if p.name == "Emma Dunn")
    mother = next(a for a in adults_to_consider(record, TODAY) if a.why == "biological mother")
    history = tuple(e.id for e in record.entries[:2])
    editor.save_assessment(
        record,
        None,
        Assessment(
            "",
            record.case.id,
            AssessmentKind.CHILD_AND_FAMILY,
            date(2026, 10, 1),
            date(2026, 12, 3),
            developmental_needs="Speech delayed.",
            history=history,
        ),
        [
            SourceConsulted("", record.case.id, "", police.id, "", date(2026, 10, 2)),
            SourceConsulted("", record.case.id, "", "", "Eastgate Surgery (GP)", date(2026, 10, 5)),
        ],
        [AdultConsidered("", record.case.id, "", mother.person.id, "Mother", date(2026, 10, 3))],
    )
    (view,) = assessment_views(editor.case_file, _record(editor))
    return view


def test_an_existing_assessment_reopens_with_its_values_and_unchanged_changes_nothing(
    qtbot: QtBot, editor: RecordEditor
) -> None:
    view = _stored(editor)
    dialog = _open(qtbot, editor, view)
    # The day as the worker's locale writes it (issue 19): not a fixed English form.
    started = shown_day(date(2026, 10, 1))
    assert dialog.windowTitle() == f"Child and family assessment, started {started}"
    assert dialog.status.text() == view.status
    assert dialog.edit().assessment == view.assessment
    assert dialog.history.ticked() == view.assessment.history
    police = next(r for r in dialog.team_rows if r.name() == POLICE)
    assert police.asked.value() == date(2026, 10, 2) and not police.isHidden()
    (surgery,) = dialog.other_rows
    assert surgery.who.text() == "Eastgate Surgery (GP)"
    (mother,) = (r for r in dialog.adult_rows.values() if r.existing is not None)
    assert mother.how.text() == "Mother" and mother.seen.value() == date(2026, 10, 3)
    edit = dialog.edit()
    assert sorted(edit.sources, key=lambda s: s.id) == sorted(view.sources, key=lambda s: s.id)
    assert edit.adults == list(view.adults)
    assert dialog.reason.isHidden()
    record = _record(editor)
    assert (
        editor.save_assessment(
            record, view.assessment, edit.assessment, edit.sources, edit.adults, edit.reason
        )
        is None
    )
    # A change asks why (the earlier values are kept), and is stored as an amendment.
    qtbot.keyClicks(dialog.decision, "Continue; review at the CIN meeting.")
    qtbot.keyClicks(surgery.said, "Missed two appointments.")
    assert not dialog.reason.isHidden() and dialog.reason.text() == "assessment updated"
    dialog.reason.setText("decision recorded")
    edit = dialog.edit()
    assert edit.reason == "decision recorded"
    assert editor.save_assessment(
        record, view.assessment, edit.assessment, edit.sources, edit.adults, edit.reason
    )
    saved = _record(editor)
    assert saved.assessments[0].decision == "Continue; review at the CIN meeting."
    assert len(saved.sources_consulted) == 2 and len(saved.adults_considered) == 1
    gp = next(s for s in saved.sources_consulted if not s.professional)
    assert gp.said == "Missed two appointments."


def test_another_source_is_added_by_name(qtbot: QtBot, editor: RecordEditor) -> None:
    dialog = _open(qtbot, editor)
    dialog.add_source.click()
    (row,) = dialog.other_rows
    qtbot.keyClicks(row.who, "Eastgate Surgery (GP)")
    assert "Say when Eastgate Surgery (GP) was asked." in dialog.missing.sentences()
    _tick_day(row.asked, date(2026, 11, 24))
    (source,) = dialog.edit().sources
    assert source.professional == "" and source.source == "Eastgate Surgery (GP)"
    assert source.asked_on == date(2026, 11, 24)
    # An answer before the question cannot be kept: Save waits, and says why.
    _tick_day(row.answered, date(2026, 11, 20))
    assert not dialog.save.isEnabled()
    assert "An answer cannot come before the question." in dialog.problems.text()


def test_a_read_only_assessment_can_only_be_read_and_closed(
    qtbot: QtBot, editor: RecordEditor
) -> None:
    view = _stored(editor)
    dialog = _open(qtbot, editor, view, read_only=True)
    assert dialog.windowTitle().endswith("(read only)")
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert [b.text() for b in buttons.buttons()] == ["Close"]
    assert not dialog.kind.isEnabled() and not dialog.started.isEnabled()
    assert not dialog.completed.known.isEnabled() and not dialog.add_source.isEnabled()
    assert dialog.decision.isReadOnly()
    assert all(not r.asked.known.isEnabled() for r in dialog.team_rows)
    item = dialog.history.list.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.history.filter.isEnabled()  # still searchable


def test_it_fits_a_small_screen_and_every_field_has_a_name(
    qtbot: QtBot, editor: RecordEditor
) -> None:
    dialog = _open(qtbot, editor, _stored(editor))
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 980 and hint.height() <= 640
    dialog.resize(980, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 980 and dialog.height() <= 640
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy()}
    unnamed = []
    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QCheckBox, QListWidget):
        for field in dialog.findChildren(kind):
            if field.isHidden() or isinstance(field.parent(), QAbstractSpinBox):
                continue
            text = field.text() if isinstance(field, QCheckBox) else ""
            if not (field.accessibleName() or text or id(field) in buddies):
                unnamed.append(field)
    assert unnamed == []
