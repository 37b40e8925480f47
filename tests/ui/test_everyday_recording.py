"""Everyday recording through the screens a worker uses: a visit by keyboard alone, the
sharing prompt with no team, decide later, actions and their owners, corroboration."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casedesk.domain.actions import Action
from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry
from casedesk.domain.dates import FuzzyDate
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId, RelationshipId
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.relationships import HouseholdMembership, Relationship, RelationshipKind
from casedesk.domain.working_days import WorkingCalendar
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.record_editor import RecordEditor
from casedesk.ui.controller import Controller
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.action import ActionDialog, ActionDoneDialog
from casedesk.ui.dialogs.entry import EntryDialog
from casedesk.ui.dialogs.sharing import SharingDialog, SomeoneElseDialog
from casedesk.ui.dialogs.simple_records import AttemptDialog
from casedesk.ui.dialogs.visit import VisitDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings

PASSPHRASE = "kettle mango violin harbour"
TODAY = date.today()
CHILD = Person(PersonId("p-ellie"), "Ellie", "Carter", Sex.FEMALE, FuzzyDate(date(2021, 4, 2)))
MOTHER = Person(PersonId("p-jade"), "Jade", "Carter", Sex.FEMALE, FuzzyDate(date(1998, 6, 1)))
FATHER = Person(PersonId("p-dad"), "", "", Sex.MALE, identification=Identification.NOT_IDENTIFIED)


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller]]:
    """A case as a worker would have set it up: the child, her mother, an unknown father,
    one household, no team around the family yet, one entry recorded last week."""
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        editor = RecordEditor(case_file)
        case = Case(
            CaseId("c-ellie"),
            "ELLIE-1",
            CHILD.id,
            LegalStatus.CHILD_IN_NEED,
            "Nursery: Ellie says mummy's friend shouts; name not known.",
            TODAY - timedelta(days=30),
            "Sam Worker",
        )
        editor.add_case(case, CHILD)
        for person in (MOTHER, FATHER):
            editor.add_person(case_file.case_record("ELLIE-1"), person, not_a_duplicate=True)
        record = case_file.case_record("ELLIE-1")
        for rel_id, parent in (("r-1", MOTHER), ("r-2", FATHER)):
            editor.add_relationship(
                record,
                Relationship(
                    RelationshipId(rel_id), RelationshipKind.BIOLOGICAL_PARENT, parent.id, CHILD.id
                ),
            )
        for person in (CHILD, MOTHER):
            editor.add_household_membership(
                record, HouseholdMembership(person.id, "Jade's flat, 12 Elm Road", date(2023, 1, 1))
            )
        editor.add_entry(
            record,
            ChronologyEntry(
                EntryId(""),
                case.id,
                TODAY - timedelta(days=7),
                Category.OTHER,
                "Mother says her friend no longer visits.",
                Evidence("Mother", SourceType.SELF_REPORTED),
                "Sam Worker",
            ),
        )
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    controller = Controller(window)
    controller._opened(CaseFile.open(path, PASSPHRASE))
    controller.show_case("ELLIE-1")
    yield window, controller
    controller.close_case_file()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def test_a_home_visit_is_recorded_with_the_keyboard_alone(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """Ctrl+Shift+V; date, time, home visit, the worker as source and the child ticked are
    already there; Tab moves between fields (never inserting a tab); Enter saves."""
    window, _controller = gui
    seen: dict[str, object] = {}

    def by_keyboard(dialog: VisitDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        seen["first_field"] = focused().accessibleName()
        hint = dialog.sizeHint()
        seen["size"] = (max(hint.width(), dialog.width()), max(hint.height(), dialog.height()))
        seen["save_before"] = dialog.ok.isEnabled()
        press(Qt.Key.Key_Down)  # seen alone
        press(Qt.Key.Key_Tab)
        type_text("Jade (mother)")
        press(Qt.Key.Key_Tab)
        type_text("I like my new bed. Mummy's friend is loud.")
        press(Qt.Key.Key_Tab)
        type_text("Ellie seen alone in her bedroom; clean, appropriately dressed.")
        press(Qt.Key.Key_Tab)
        type_text("Warm, food in the fridge, new bed in Ellie's room.")
        press(Qt.Key.Key_Tab)  # significance
        press(Qt.Key.Key_Tab)  # source: the worker's name is already there
        seen["last_field"] = focused().accessibleName()
        press(Qt.Key.Key_Return)
        seen["problems"] = dialog.problems.text()
        return dialog.result()

    monkeypatch.setattr(VisitDialog, "exec", by_keyboard)
    before = window.case_view.chronology.model.total()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.case_view.setFocus()
    QTest.keyClick(
        window.case_view,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen["save_before"] is False, "Save waits for 'was the child seen?'"
    width, height = seen["size"]  # type: ignore[misc]
    assert width <= 1366 and height <= 700, "fits a 1366x768 laptop screen with its title bar"
    assert seen["first_field"] == "Was Ellie Carter seen?", "the dialog opens on the question"
    assert seen["last_field"] == "Source" and not seen["problems"]
    assert window.case_view.chronology.model.total() == before + 1
    record = window.case_view.record
    assert record is not None
    visit = next(e for e in record.entries if e.child_seen is not ChildSeen.NOT_RECORDED)
    assert visit.category == Category.HOME_VISIT and visit.occurred_on == TODAY
    assert visit.child_seen is ChildSeen.SEEN_ALONE and visit.others_present == "Jade (mother)"
    assert visit.child_words == "I like my new bed. Mummy's friend is loud."
    assert visit.description.startswith("Ellie seen alone in her bedroom")
    assert "\t" not in visit.child_words + visit.description + visit.home_observations
    assert visit.home_observations.startswith("Warm, food in the fridge")
    assert visit.source == "Sam Worker"
    assert visit.source_type is SourceType.PROFESSIONAL_OBSERVATION
    assert visit.people == (CHILD.id,) and visit.time


def test_a_child_not_seen_is_a_fact_the_chronology_counts_and_a_visit_changes_in_its_dialog(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui

    def not_seen(dialog: VisitDialog) -> int:
        dialog.seen.setCurrentIndex(3)  # not seen
        dialog.present.setText("Jade, at the door")
        dialog.account.setPlainText("Mother said Ellie was asleep; I was not let in.")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(VisitDialog, "exec", not_seen)
    window.case_view.visit_button.click()
    patterns = window.case_view.chronology.patterns
    texts = [patterns.item(i).text() for i in range(patterns.count())]
    assert any("not seen at 1" in t and "never recorded as seen alone" in t for t in texts)
    # Change… on the visit as loaded from the case file opens the visit dialog, with
    # everything it found, and keeps it.
    assert controller.case_file is not None
    loaded = next(
        e
        for e in controller.case_file.case_record("ELLIE-1").entries
        if e.child_seen is ChildSeen.NOT_SEEN
    )
    shown: dict[str, object] = {}

    def change(dialog: VisitDialog) -> int:
        shown["seen"] = dialog.seen.currentData()
        shown["present"] = dialog.present.text()
        dialog.words.setPlainText("(shouted from upstairs) I'm not tired")
        dialog.reason.setText("Added what Ellie called out")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(VisitDialog, "exec", change)
    window.case_view.chronology.edit_entry_requested.emit(loaded)
    assert shown == {"seen": ChildSeen.NOT_SEEN, "present": "Jade, at the door"}
    changed = next(
        e for e in controller.case_file.case_record("ELLIE-1").entries if e.id == loaded.id
    )
    assert changed.child_words == "(shouted from upstairs) I'm not tired"
    assert (
        changed.others_present == "Jade, at the door" and changed.child_seen is ChildSeen.NOT_SEEN
    )


def test_with_no_team_the_sharing_prompt_asks_who_else_is_involved_and_adds_them(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    asked: dict[str, object] = {}

    def significant(dialog: EntryDialog) -> int:
        dialog.description.setPlainText("Ellie told nursery staff the friend hit mummy.")
        dialog.source.setText("Brookfield Nursery")
        dialog.source_type.setCurrentIndex(2)  # agency record
        dialog.significance.setCurrentIndex(2)
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    def someone(ask: SomeoneElseDialog) -> int:
        asked["joins_by_default"] = ask.join.isChecked()
        ask.name.setText("Priya Shah")
        ask.agency.setText("Brookfield Nursery")
        ask.role.setText("designated safeguarding lead")
        return int(QDialog.DialogCode.Accepted)

    def share(dialog: SharingDialog) -> int:
        asked["no_team_said"] = "No team around the family is recorded" in "".join(
            label.text() for label in dialog.findChildren(type(dialog.problems))
        )
        asked["rows_at_first"] = len(dialog.recipients)
        dialog.someone_else.click()
        priya = dialog.recipients[0]
        priya.told.setChecked(True)
        priya.consent.setCurrentIndex(3)  # consent refused
        asked["needs_basis"] = (dialog.ok.isEnabled(), dialog.problems.text())
        priya.basis.setText("to protect Ellie (Children Act 1989 s.47)")
        priya.method.setText("phone")
        police = dialog.add_recipient("", "Police", join_team=False)
        asked["needs_reason"] = dialog.ok.isEnabled()
        police.why_not.setText("nursery is reporting it to police itself")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(EntryDialog, "exec", significant)
    monkeypatch.setattr(SomeoneElseDialog, "exec", someone)
    monkeypatch.setattr(SharingDialog, "exec", share)
    window.add_entry_action.trigger()
    assert asked["no_team_said"] and asked["rows_at_first"] == 0
    assert asked["joins_by_default"] is True
    enabled, problem = asked["needs_basis"]  # type: ignore[misc]
    assert enabled is False and "lawful basis" in problem
    assert asked["needs_reason"] is False
    assert controller.case_file is not None
    record = controller.case_file.case_record("ELLIE-1")
    assert [m.name for m in record.professionals] == ["Priya Shah"]
    told = {d.shared_with: d for d in record.sharing}
    priya = told["Priya Shah (Brookfield Nursery)"]
    assert priya.shared and priya.lawful_basis.startswith("to protect") and priya.method == "phone"
    assert priya.shared_on == TODAY
    assert not told["Police"].shared and told["Police"].reason.startswith("nursery is reporting")
    assert record.undecided_sharing() == []
    window.undo_action.trigger()  # one step: the entry, the decisions and the new member
    record = controller.case_file.case_record("ELLIE-1")
    assert record.professionals == () and record.sharing == ()


def test_decide_later_leaves_a_pending_item_until_someone_decides(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    view = window.case_view

    def significant(dialog: EntryDialog) -> int:
        dialog.description.setPlainText("Bruise on Ellie's cheek seen at nursery.")
        dialog.source.setText("Nursery")
        dialog.significance.setCurrentIndex(3)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(EntryDialog, "exec", significant)
    monkeypatch.setattr(SharingDialog, "exec", lambda d: int(QDialog.DialogCode.Rejected))
    window.add_entry_action.trigger()
    assert controller.case_file is not None
    record = controller.case_file.case_record("ELLIE-1")
    assert [d.pending for d in record.sharing] == [True], "the deferral is itself recorded"
    assert len(record.undecided_sharing()) == 1
    assert view.undecided_list.count() == 1 and view.decide_button.isEnabled()
    assert "no decision yet on who else needs to know" in view.attention.text()

    def decide(dialog: SharingDialog) -> int:
        dialog.nobody.setText("The GP and HV already know: they saw it")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(SharingDialog, "exec", decide)
    view.decide_button.click()
    assert controller.case_file.case_record("ELLIE-1").undecided_sharing() == []
    assert view.undecided_list.count() == 0 and not view.decide_button.isEnabled()
    assert "no decision yet" not in view.attention.text()


def test_raising_an_entrys_significance_in_the_change_dialog_asks_who_needs_to_know(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    assert controller.case_file is not None
    loaded = controller.case_file.case_record("ELLIE-1").entries[0]
    asked: list[str] = []

    def raise_it(dialog: EntryDialog) -> int:
        dialog.significance.setCurrentIndex(2)
        dialog.reason.setText("The friend is the man the nursery named")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    def share(dialog: SharingDialog) -> int:
        asked.append(dialog.what.toPlainText())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(EntryDialog, "exec", raise_it)
    monkeypatch.setattr(SharingDialog, "exec", share)
    window.case_view.chronology.edit_entry_requested.emit(loaded)
    assert asked == ["Mother says her friend no longer visits."]
    assert [d.pending for d in controller.case_file.case_record("ELLIE-1").sharing] == [True]
    # The change and what was asked because of it are one step: one Undo takes back both.
    window.undo_action.trigger()
    undone = controller.case_file.case_record("ELLIE-1")
    assert undone.sharing == () and undone.entries[0].significance == loaded.significance


def test_corroborated_needs_what_bears_it_out_in_the_entry_dialog(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    assert controller.case_file is not None
    loaded = controller.case_file.case_record("ELLIE-1").entries[0]
    seen: dict[str, object] = {}

    def corroborate(dialog: EntryDialog) -> int:
        dialog.reason.setText("Checked with the health visitor")
        dialog.corroboration.setCurrentIndex(2)  # contradicted
        seen["refused"] = (dialog.ok.isEnabled(), dialog.problems.text())
        dialog.corroborating_source.setText("Health visitor saw him at the flat on Monday")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(EntryDialog, "exec", corroborate)
    window.case_view.chronology.edit_entry_requested.emit(loaded)
    enabled, problems = seen["refused"]  # type: ignore[misc]
    assert enabled is False and "Say which entry or other source contradicts it." in problems
    view = window.case_view
    view.tabs.setCurrentWidget(view.facts_page)
    assert view.contradicted_list.count() == 1
    assert "Health visitor saw him" in view.contradicted_list.item(0).text()


def test_actions_have_an_owner_chosen_a_due_date_and_show_when_overdue(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _controller = gui
    tab = window.case_view.actions_tab
    window.case_view.tabs.setCurrentWidget(tab)

    def agree(dialog: ActionDialog) -> int:
        dialog.fields.what.setText("Register Ellie with a GP")
        owners = [dialog.fields.owner.itemText(i) for i in range(dialog.fields.owner.count())]
        assert "Sam Worker (worker)" in owners and any("Jade Carter" in o for o in owners)
        dialog.fields.owner.setCurrentIndex(owners.index(next(o for o in owners if "Jade" in o)))
        dialog.agreed.setText((TODAY - timedelta(days=21)).isoformat())
        dialog.fields.due.setText((TODAY - timedelta(days=7)).isoformat())
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(ActionDialog, "exec", agree)
    tab.add_button.click()
    assert tab.actions_model.rowCount() == 1
    row = tab.actions_model.row_at(0)
    late = WorkingCalendar("England").working_days_between(TODAY - timedelta(days=7), TODAY)
    assert row.overdue and row.family and row.state == f"OVERDUE by {late} working days"
    assert "1 action overdue, 1 of them agreed by the family and not done" in (
        window.case_view.attention.text()
    )
    tab.actions_table.selectRow(0)

    def done(dialog: ActionDoneDialog) -> int:
        dialog.outcome.setPlainText("GP registration letter seen at the visit")
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(ActionDoneDialog, "exec", done)
    tab.done_button.click()
    row = tab.actions_model.row_at(0)
    assert row.action.completed_on == TODAY and row.state.startswith("done")
    assert "action overdue" not in window.case_view.attention.text()


def test_an_identification_attempts_next_step_is_an_action_and_refusals_are_counted(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui

    def attempt(dialog: AttemptDialog) -> int:
        dialog.method.setText("asked at the home visit")
        dialog.asked_whom.setText("Jade Carter")
        dialog.answer.setPlainText("Won't say who Ellie's dad is.")
        dialog.reluctance.setText("refused: 'it's none of your business'")
        dialog.next_step.what.setText("Ask the health visitor what the birth records say")
        dialog.next_step.owner.setCurrentIndex(1)  # the worker
        dialog.next_step.due.setText((TODAY + timedelta(days=10)).isoformat())
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(AttemptDialog, "exec", attempt)
    for _ in range(2):
        controller.record_attempt()
    assert controller.case_file is not None
    record = controller.case_file.case_record("ELLIE-1")
    assert len(record.actions) == 2 and all(a.attempt for a in record.actions)
    assert {a.owner for a in record.actions} == {"worker:Sam Worker"}
    assert "met refusal or reluctance 2 times" in window.case_view.attention.text()
    rows = window.case_view.attempts_model
    assert rows.row_at(1).refusals == 2 and "Sam Worker, due" in rows.row_at(1).next_step


def test_a_share_is_recorded_by_hand_to_anyone_with_how_and_when(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    view = window.case_view

    def by_hand(dialog: SharingDialog) -> int:
        dialog.what.setPlainText("The plan agreed at the meeting of 3 November")
        nan = dialog.add_recipient("Margaret Carter", "maternal grandmother")
        nan.told.setChecked(True)
        nan.consent.setCurrentIndex(1)  # consent given
        nan.method.setText("in person")
        nan.shared_on.setText((TODAY - timedelta(days=1)).isoformat())
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(SharingDialog, "exec", by_hand)
    view.share_button.click()
    assert controller.case_file is not None
    [share] = controller.case_file.case_record("ELLIE-1").sharing
    assert share.shared_with == "Margaret Carter (maternal grandmother)" and share.shared
    assert share.method == "in person" and share.shared_on == TODAY - timedelta(days=1)
    assert share.entry == "" and share.consent.value == "given"
    assert view.sharing_model.rowCount() == 1
    assert controller.case_file.case_record("ELLIE-1").professionals == (), "not team by default"


def test_significant_entries_imported_from_csv_are_said_and_listed_as_undecided(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from casedesk.services.chronology_csv import COLUMNS

    window, _controller = gui
    path = tmp_path / "police.csv"
    row = [
        (TODAY - timedelta(days=3)).isoformat(),
        "police call-out",
        "Police called to the flat: shouting, a man left before officers arrived.",
        "Police",
        "agency record",
        "significant",
    ]
    path.write_text(",".join(COLUMNS) + "\n" + ",".join(f'"{c}"' for c in row) + "\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _parent, _title, text: said.append(text))
    )
    window.case_view.chronology.import_csv_requested.emit()
    assert said and "no one has decided yet who else needs to know" in said[-1]
    view = window.case_view
    assert view.tabs.currentWidget() is view.sharing_page
    assert view.undecided_list.count() == 1
    assert "Police called to the flat" in view.undecided_list.item(0).text()


def test_the_add_entry_dialog_fits_a_laptop_screen_and_keeps_its_buttons_in_view(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, _controller = gui
    assert window.case_view.record is not None
    dialog = EntryDialog(
        window.case_view.record, "Sam Worker", TODAY, parent=window, workers=["Sam Worker"]
    )
    assert dialog.minimumSizeHint().height() <= 700 and dialog.height() <= 700
    assert dialog.width() <= 1366


def test_decided_entries_lose_their_decide_later_and_several_are_decided_together(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    view = window.case_view
    texts = iter(["Bruise on Ellie's cheek seen at nursery.", "Ellie says the friend hit her."])

    def significant(dialog: EntryDialog) -> int:
        dialog.description.setPlainText(next(texts))
        dialog.source.setText("Nursery")
        dialog.significance.setCurrentIndex(3)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(EntryDialog, "exec", significant)
    monkeypatch.setattr(SharingDialog, "exec", lambda d: int(QDialog.DialogCode.Rejected))
    window.add_entry_action.trigger()
    window.add_entry_action.trigger()
    assert view.undecided_list.count() == 2
    view.undecided_list.selectAll()
    asked: list[int] = []

    def decide(dialog: SharingDialog) -> int:
        asked.append(len(dialog.entries))
        dialog.nobody.setText("The GP and HV already know: they saw it")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SharingDialog, "exec", decide)
    view.decide_button.click()
    assert asked == [2] and view.undecided_list.count() == 0
    model = view.sharing_model
    shown = [str(model.data(model.index(r, 2))) for r in range(model.rowCount())]
    assert shown == ["not shared", "not shared"], "'decide later' drops out once decided"
    assert controller.case_file is not None
    assert len(controller.case_file.case_record("ELLIE-1").sharing) == 4, "kept in the file"


def test_an_entry_linked_to_a_withdrawn_entry_can_still_be_changed(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    assert controller.case_file is not None and controller.editor is not None
    record = controller.case_file.case_record("ELLIE-1")
    target = record.entries[0]
    linked = ChronologyEntry(
        EntryId("e-linked"),
        CaseId(record.case.id),
        target.occurred_on,
        Category.OTHER,
        "Mother told the health visitor her friend no longer visits.",
        Evidence("Health visitor", SourceType.AGENCY_RECORD),
        "x",
        same_event_as=target.id,
    )
    controller.editor.add_entry(record, linked)
    # As after Undo of the entry another agency's import was linked to.
    with controller.case_file.transaction("Undo: Add chronology entry") as work:
        work.mark_entered_in_error("chronology_entries", target.id, "undone")
    controller.show_case("ELLIE-1")
    assert window.case_view.record is not None
    stored = next(e for e in window.case_view.record.entries if e.id == "e-linked")
    seen: dict[str, object] = {}

    def change(dialog: EntryDialog) -> int:
        dialog.description.setPlainText(stored.description + " (by phone)")
        dialog.reason.setText("how it was said")
        seen["ok"], seen["problems"] = dialog.ok.isEnabled(), dialog.problems.text()
        return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(EntryDialog, "exec", change)
    window.case_view.chronology.edit_entry_requested.emit(stored)
    assert seen["ok"], seen["problems"]
    changed = next(
        e for e in controller.case_file.case_record("ELLIE-1").entries if e.id == "e-linked"
    )
    assert changed.description.endswith("(by phone)") and changed.same_event_as == target.id


def test_ctrl_l_in_an_open_dialog_locks_hides_it_and_brings_it_back(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from casedesk.ui.dialogs.unlock import UnlockDialog

    window, controller = gui
    seen: dict[str, object] = {}

    def while_locked(unlock: UnlockDialog) -> int:
        visit = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VisitDialog))
        seen["hidden"] = not visit.isVisible()
        seen["case on screen"] = window.case_view.record is not None
        unlock.secret.setText(PASSPHRASE)
        unlock.unlock_button.click()
        return unlock.result()

    def visit_then_lock(dialog: VisitDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        dialog.present.setFocus()
        type_text("Jade (mother)")
        press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "hidden" in seen)
        qtbot.waitUntil(dialog.isVisible)
        seen["kept"] = dialog.present.text()
        return 0

    monkeypatch.setattr(UnlockDialog, "exec", while_locked)
    monkeypatch.setattr(VisitDialog, "exec", visit_then_lock)
    window.show()
    window.case_view.visit_button.click()
    assert seen == {"hidden": True, "case on screen": False, "kept": "Jade (mother)"}
    assert controller.case_file is not None and window.case_view.record is not None


def test_tab_moves_on_from_every_text_box_and_an_attempt_says_what_it_lacks(
    gui: tuple[MainWindow, Controller],
) -> None:
    """A keyboard user is never trapped in a box (the pinned concern, an attempt's answer,
    notes); and OK never stays greyed out without a reason said beside it."""
    from PySide6.QtWidgets import QPlainTextEdit

    from casedesk.ui.dialogs.action import ActionDoneDialog
    from casedesk.ui.dialogs.new_case import NewCaseDialog
    from casedesk.ui.dialogs.person import PersonDialog
    from casedesk.ui.dialogs.simple_records import ConcernDialog

    window, _controller = gui
    record = window.case_view.record
    assert record is not None
    done = Action("a", record.case.id, "x", "worker:Sam Worker", TODAY, TODAY)
    dialogs: list[QWidget] = [
        EntryDialog(record, "Sam Worker", TODAY, parent=window),
        VisitDialog(record, "Sam Worker", datetime.now(), parent=window),
        AttemptDialog(record, "Sam Worker", TODAY, window),
        ConcernDialog(record, "Sam Worker", TODAY, window),
        NewCaseDialog("Sam Worker", TODAY, window),
        PersonDialog(None, TODAY, window),
        ActionDoneDialog(record, done, TODAY, window),
        SharingDialog(record, record.entries[0], "Sam Worker", TODAY, window),
    ]
    for dialog in dialogs:
        boxes = dialog.findChildren(QPlainTextEdit)
        assert boxes and all(box.tabChangesFocus() for box in boxes), type(dialog).__name__
    attempt = dialogs[2]
    assert isinstance(attempt, AttemptDialog)
    assert not attempt.ok.isEnabled() and "Say how you asked" in attempt.problems.text()


def test_the_sharing_prompt_says_every_problem_and_asks_consent_each_time(
    gui: tuple[MainWindow, Controller],
) -> None:
    window, _controller = gui
    record = window.case_view.record
    assert record is not None
    dialog = SharingDialog(record, record.entries[0], "Sam Worker", TODAY, window)
    police = dialog.add_recipient("", "Police")
    school = dialog.add_recipient("", "Brookfield Nursery")
    police.told.setChecked(True)
    police.consent.setCurrentIndex(3)  # refused, no lawful basis yet
    assert police.consent.currentData() is not None
    problems = dialog.problems.text()
    assert "lawful basis for sharing with Police" in problems
    assert "Say why it was not shared with Brookfield Nursery" in problems
    school.told.setChecked(True)
    assert "Say whether Brookfield Nursery was told with consent" in dialog.problems.text()
    assert dialog.width() <= 1024


def test_a_referral_shows_its_deadlines_counted_in_working_days_with_bank_holidays(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    from casedesk.domain.working_days import WorkingCalendar

    window, controller = gui
    assert controller.case_file is not None and controller.editor is not None
    record = controller.case_file.case_record("ELLIE-1")
    referred = TODAY - timedelta(days=20)
    referral = ChronologyEntry(
        EntryId(""),
        record.case.id,
        referred,
        Category.REFERRAL,
        "Nursery refers: Ellie says mummy's friend shouts.",
        Evidence("Little Acorns Nursery", SourceType.AGENCY_RECORD),
        "Sam Worker",
    )
    controller.editor.add_entry(record, referral)
    controller.show_case("ELLIE-1")
    tab = window.case_view.actions_tab
    window.case_view.tabs.setCurrentWidget(tab)
    # The case opened ten days before its referral was recorded: its deadlines counted
    # from the opening day until now, and the worker confirms they count from the referral.
    assert tab.changes and all("was the day the case opened" in c.why for c in tab.changes)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    while tab.changes:
        tab.changes_list.setCurrentRow(0)
        tab.confirm_button.click()
    rows = window.case_view.actions_tab.deadlines_model
    shown = {rows.row_at(r).name: rows.row_at(r) for r in range(rows.rowCount())}
    assessment = shown["Child and family assessment"]
    assert assessment.deadline.due_on == WorkingCalendar("England").add_working_days(referred, 45)
    assert assessment.basis.startswith("statutory")
    decision = shown["Referral decision"]
    late = WorkingCalendar("England").working_days_between(decision.deadline.due_on, TODAY)
    assert decision.overdue and decision.state == f"OVERDUE by {late} working days"


def test_a_visit_in_a_pre_birth_case_asks_nothing_an_unborn_child_cannot_answer(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = gui
    assert controller.editor is not None
    unborn = Person(
        PersonId("p-unborn"), "", "Carter", Sex.UNKNOWN, expected_on=TODAY + timedelta(days=60)
    )
    case = Case(
        CaseId("c-unborn"),
        "BABY-1",
        unborn.id,
        LegalStatus.PRE_BIRTH,
        "Midwife worried about domestic abuse in pregnancy.",
        TODAY - timedelta(days=10),
        "Sam Worker",
    )
    controller.editor.add_case(case, unborn)
    controller.show_case("BABY-1")
    seen: dict[str, object] = {}

    def record_it(dialog: VisitDialog) -> int:
        seen["asked seen"] = dialog.seen.isVisibleTo(dialog)
        seen["asked words"] = dialog.words.isVisibleTo(dialog)
        dialog.present.setText("Jade (mother)")
        dialog.account.setPlainText("Jade 30 weeks pregnant; nursery ready; calm at home.")
        seen["problems"] = dialog.problems.text()
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(VisitDialog, "exec", record_it)
    window.visit_action.trigger()
    assert seen == {"asked seen": False, "asked words": False, "problems": ""}
    record = window.case_view.record
    assert record is not None and record.case.reference == "BABY-1"
    (visit,) = [e for e in record.entries if e.category == Category.HOME_VISIT]
    assert visit.child_seen is ChildSeen.NOT_RECORDED and visit.child_words == ""
    assert visit.others_present == "Jade (mother)"


def test_a_visit_to_a_born_child_still_waits_for_whether_they_were_seen(
    gui: tuple[MainWindow, Controller], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _controller = gui
    seen: dict[str, object] = {}

    def try_it(dialog: VisitDialog) -> int:
        seen["asked"] = dialog.seen.isVisibleTo(dialog) and dialog.words.isVisibleTo(dialog)
        dialog.account.setPlainText("Ellie at nursery.")
        seen["save"] = dialog.ok.isEnabled()
        seen["problems"] = dialog.problems.text()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(VisitDialog, "exec", try_it)
    window.visit_action.trigger()
    assert seen["asked"] is True and seen["save"] is False
    assert "Say whether Ellie Carter was seen, and alone." in str(seen["problems"])


@pytest.mark.parametrize(
    ("country", "example", "written", "typed"),
    [
        # The worker's own short form first, ISO and day/month/year still read.
        (QLocale.Country.UnitedKingdom, "14/12/2026", "09/03/{year}", ["10/3/{year}"]),
        (QLocale.Country.UnitedStates, "12/14/2026", "3/9/{year}", ["{year}-03-10"]),
    ],
)
def test_a_due_date_is_shown_and_read_the_way_the_workers_locale_writes_it(
    gui: tuple[MainWindow, Controller],
    monkeypatch: pytest.MonkeyPatch,
    country: QLocale.Country,
    example: str,
    written: str,
    typed: list[str],
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, country))
    try:
        window, _controller = gui
        tab = window.case_view.actions_tab
        window.case_view.tabs.setCurrentWidget(tab)
        year = TODAY.year + 1
        shown: list[str] = []
        answers = iter([written.format(year=year), *(t.format(year=year) for t in typed)])

        prefilled: list[str] = []

        def agree(dialog: ActionDialog) -> int:
            shown.append(dialog.fields.due.placeholderText())
            prefilled.append(dialog.agreed.text())
            # A date the dialog fills in is read back as the day it wrote, either locale.
            dialog.agreed.set_date(date(year - 1, 3, 9))
            dialog.fields.what.setText("Book the child protection review")
            dialog.fields.owner.setCurrentIndex(1)  # the worker
            # 3 and 9 either way round are both days: only the locale says which is which.
            dialog.fields.due.setText(next(answers))
            return int(QDialog.DialogCode.Accepted) if dialog.ok.isEnabled() else 0

        monkeypatch.setattr(ActionDialog, "exec", agree)
        tab.add_button.click()
        tab.add_button.click()
        assert example in shown[0]
        due = sorted(tab.actions_model.row_at(i).action.due_on for i in range(2))
        assert due == [date(year, 3, 9), date(year, 3, 10)]
        assert prefilled[0] == shown_date(TODAY)  # the agreed day starts as today, as shown
        agreed = {tab.actions_model.row_at(i).action.agreed_on for i in range(2)}
        assert agreed == {date(year - 1, 3, 9)}
        # The Actions tab shows the day the way the field was typed in.
        model = tab.actions_model
        column = next(
            c
            for c in range(model.columnCount())
            if model.headerData(c, Qt.Orientation.Horizontal) == "Due"
        )
        assert written.format(year=year) in [
            model.data(model.index(r, column)) for r in range(model.rowCount())
        ]
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
