"""The forms a worker fills about people and the team, through the dialogs as a user does:
a relationship to the child that places the person (grandmother above the mother), one sex
default (never Male), and consent to share as a state that survives reopening the file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from casedesk.domain.child_relation import ChildRelation
from casedesk.domain.consent import ConsentState
from casedesk.domain.genogram_layout import layout
from casedesk.domain.people import Sex
from casedesk.domain.team import Professional
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.synthetic import generate
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.new_case import NewCaseDialog
from casedesk.ui.dialogs.person import PersonDialog
from casedesk.ui.dialogs.professional import ProfessionalDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings

PASSPHRASE = "kettle mango violin harbour"


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Controller, Path]]:
    path = tmp_path / "work.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=11, cases=2, entries=10, as_of=date(2026, 11, 1)))
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    controller = Controller(window)
    controller._opened(CaseFile.open(path, PASSPHRASE))
    yield window, controller, path
    controller.close_case_file()


def reopen(controller: Controller, path: Path) -> None:
    """Close the file and open it again, as a user does the next day."""
    controller.close_case_file()
    controller._opened(CaseFile.open(path, PASSPHRASE))


def answering(
    monkeypatch: pytest.MonkeyPatch, dialog_type: type[QDialog], fill: Callable[..., None]
) -> list[QDialog]:
    """Make ``dialog_type.exec`` fill the form and press OK (nothing happens if it is
    disabled, as for a user); the dialogs shown are returned for a look."""
    shown: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        ok = dialog.ok  # type: ignore[attr-defined]
        if ok.isEnabled():
            QtBot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(dialog_type, "exec", run)
    return shown


def add_person(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    controller: Controller,
    given: str,
    relation: ChildRelation,
    sex: Sex | None = None,
) -> None:
    def fill(dialog: PersonDialog) -> None:
        qtbot.keyClicks(dialog.given, given)
        qtbot.keyClicks(dialog.family, "Okafor")
        qtbot.keyClicks(dialog.name_evidence.source, "birth certificate")
        dialog.identification.setCurrentIndex(1)  # identified
        dialog.relation.setCurrentIndex(dialog.relation.findData(relation))
        if sex is not None:
            dialog.sex.setCurrentIndex(dialog.sex.findData(sex))

    answering(monkeypatch, PersonDialog, fill)
    controller.add_person()


def roles(window: MainWindow) -> dict[str, str]:
    model = window.case_view.people_model
    return {
        model.row_at(r).person.given_names: model.row_at(r).role for r in range(model.rowCount())
    }


def new_case(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, controller: Controller) -> None:
    def fill(dialog: NewCaseDialog) -> None:
        qtbot.keyClicks(dialog.reference, "NEW-1")
        dialog.concern.setPlainText("Bruising seen at nursery.")
        qtbot.keyClicks(dialog.given, "Ada")
        qtbot.keyClicks(dialog.family, "Okafor")
        dialog.born.known.setChecked(True)
        dialog.born.edit.setDate(dialog.born.edit.date().addYears(-2))

    answering(monkeypatch, NewCaseDialog, fill)
    controller.new_case()


def test_a_maternal_grandmother_is_placed_above_the_mother_and_named_everywhere(
    app: tuple[MainWindow, Controller, Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller, path = app
    new_case(qtbot, monkeypatch, controller)
    add_person(
        qtbot, monkeypatch, controller, "Grace", ChildRelation.MATERNAL_GRANDPARENT, Sex.FEMALE
    )
    # No mother yet: she is still named, linked to the child as a significant adult.
    assert roles(window)["Grace"] == "maternal grandmother"
    add_person(qtbot, monkeypatch, controller, "Ngozi", ChildRelation.MOTHER)
    add_person(
        qtbot, monkeypatch, controller, "Esther", ChildRelation.MATERNAL_GRANDPARENT, Sex.FEMALE
    )
    add_person(qtbot, monkeypatch, controller, "Tunde", ChildRelation.SIBLING, Sex.MALE)
    expected = {
        "Ada": "subject child",
        "Ngozi": "biological mother",  # picking Mother drew her as female (sex was unknown)
        "Esther": "maternal grandmother",
        "Grace": "maternal grandmother",
        "Tunde": "brother",
    }
    assert roles(window) == expected
    reopen(controller, path)
    controller.show_case("NEW-1")
    assert roles(window) == expected
    record = window.case_view.record
    assert record is not None
    ids = {p.given_names: p.id for p in record.people}
    generation = layout(record.people, record.relationships).generation
    assert generation[ids["Esther"]] == generation[ids["Ngozi"]] - 1 == generation[ids["Ada"]] - 2
    assert generation[ids["Tunde"]] == generation[ids["Ada"]]
    # The interchange document carries it (as the relationships it is) both ways.
    assert controller.case_file is not None
    document = controller.case_file.export_document(["NEW-1"])
    other_path = path.with_name("b.casedesk")
    other, _ = CaseFile.create(other_path, PASSPHRASE, "O", kdf=FLOOR)
    with other:
        assert other.import_document(document) == ["NEW-1"]
    reopen(controller, other_path)
    controller.show_case("NEW-1")
    assert roles(window) == expected


def test_changing_a_person_shows_and_changes_their_relationship_to_the_child(
    app: tuple[MainWindow, Controller, Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller, _ = app
    new_case(qtbot, monkeypatch, controller)
    add_person(qtbot, monkeypatch, controller, "Kemi", ChildRelation.UNKNOWN, Sex.FEMALE)
    assert roles(window)["Kemi"] == ""
    seen: list[ChildRelation] = []

    def fill(dialog: PersonDialog) -> None:
        seen.append(dialog.relation.currentData())
        dialog.relation.setCurrentIndex(dialog.relation.findData(ChildRelation.OTHER))
        assert not dialog.ok.isEnabled(), "'other' needs the words"
        qtbot.keyClicks(dialog.relation_other, "childminder")
        qtbot.keyClicks(dialog.reason, "mother explained who Kemi is")

    answering(monkeypatch, PersonDialog, fill)
    model = window.case_view.people_model
    row = next(model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).role == "")
    controller.edit_person(row)
    assert roles(window)["Kemi"] == "childminder"
    controller.edit_person(
        next(
            model.row_at(r)
            for r in range(model.rowCount())
            if model.row_at(r).role == "childminder"
        )
    )
    assert seen == [ChildRelation.UNKNOWN, ChildRelation.OTHER]


def test_every_dialog_that_asks_the_sex_starts_at_unknown(
    app: tuple[MainWindow, Controller, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, controller, _ = app
    found: dict[str, Sex] = {}
    answering(monkeypatch, NewCaseDialog, lambda d: found.update(new_case=d.sex.currentData()))
    controller.new_case()
    controller.show_case(controller.case_file.case_references()[0])  # type: ignore[union-attr]
    answering(monkeypatch, PersonDialog, lambda d: found.update(add_person=d.sex.currentData()))
    controller.add_person()
    assert found == {"new_case": Sex.UNKNOWN, "add_person": Sex.UNKNOWN}
    # Every dialog with a sex choice is one of these two (a new one must join this test).
    sources = Path(__file__).parents[2] / "src" / "casedesk" / "ui"
    asking = sorted(
        p.name for p in sources.rglob("*.py") if "sex_choice()" in p.read_text(encoding="utf-8")
    )
    assert asking == ["new_case.py", "person.py"]


def test_consent_refused_and_shared_without_consent_are_recorded_with_who_and_why(
    app: tuple[MainWindow, Controller, Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller, path = app
    reference = controller.case_file.case_references()[0]  # type: ignore[union-attr]
    controller.show_case(reference)
    member: Professional = window.case_view.team_model.row_at(0)  # type: ignore[assignment]
    blocked: list[bool] = []

    def share_without(dialog: ProfessionalDialog) -> None:
        dialog.consent.state.setCurrentIndex(
            dialog.consent.state.findData(ConsentState.SHARED_WITHOUT)
        )
        qtbot.keyClicks(dialog.consent.by, "Jo Manager")
        qtbot.keyClicks(dialog.reason, "strategy discussion decided to share")
        blocked.append(not dialog.ok.isEnabled())  # no lawful basis yet
        assert "lawful basis" in dialog.problems.text()
        qtbot.keyClicks(dialog.consent.basis, "to protect the child from significant harm")
        dialog.consent.on.known.setChecked(True)

    shown = answering(monkeypatch, ProfessionalDialog, share_without)
    controller.edit_professional(member)
    assert blocked == [True] and shown[0].result() == QDialog.DialogCode.Accepted
    reopen(controller, path)
    controller.show_case(reference)
    again = next(
        p
        for p in window.case_view.record.professionals  # type: ignore[union-attr]
        if p.id == member.id
    )
    assert (again.consent, again.consent_by, again.consent_basis) == (
        ConsentState.SHARED_WITHOUT,
        "Jo Manager",
        "to protect the child from significant harm",
    )
    assert again.consent_on is not None
    cell = window.case_view.team_model.index(0, 5).data()
    assert str(cell).startswith("shared without consent (decided by Jo Manager)")

    def refuse(dialog: ProfessionalDialog) -> None:
        assert dialog.consent.value().state is ConsentState.SHARED_WITHOUT  # shown as recorded
        dialog.consent.state.setCurrentIndex(dialog.consent.state.findData(ConsentState.REFUSED))
        assert dialog.consent.basis.isHidden()
        dialog.consent.by.clear()
        qtbot.keyClicks(dialog.consent.by, "Leanne Price (mother)")
        qtbot.keyClicks(dialog.reason, "mother refused at the visit")

    answering(monkeypatch, ProfessionalDialog, refuse)
    controller.edit_professional(again)
    reopen(controller, path)
    controller.show_case(reference)
    final = next(
        p
        for p in window.case_view.record.professionals  # type: ignore[union-attr]
        if p.id == member.id
    )
    assert (final.consent, final.consent_by, final.consent_basis) == (
        ConsentState.REFUSED,
        "Leanne Price (mother)",
        "",
    )


def test_opening_a_person_never_changes_their_sex(
    app: tuple[MainWindow, Controller, Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller, _ = app
    new_case(qtbot, monkeypatch, controller)
    # A father whose sex the worker leaves unknown (picking Father suggests male; undone).
    add_person(qtbot, monkeypatch, controller, "Sol", ChildRelation.FATHER, Sex.UNKNOWN)
    model = window.case_view.people_model
    row = next(
        model.row_at(r)
        for r in range(model.rowCount())
        if model.row_at(r).person.given_names == "Sol"
    )
    assert row.person.sex is Sex.UNKNOWN
    opened: list[tuple[Sex, ChildRelation]] = []

    def look(dialog: PersonDialog) -> None:
        opened.append((dialog.sex.currentData(), dialog.relation.currentData()))
        qtbot.keyClicks(dialog.reason, "checked the details")

    answering(monkeypatch, PersonDialog, look)
    controller.edit_person(row)
    assert opened == [(Sex.UNKNOWN, ChildRelation.FATHER)]
    again = next(
        model.row_at(r)
        for r in range(model.rowCount())
        if model.row_at(r).person.given_names == "Sol"
    )
    assert again.person.sex is Sex.UNKNOWN and again.role == "biological father"
