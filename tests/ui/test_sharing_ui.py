"""Signed summaries as a worker, a supervisor and a recipient meet them in the window: a
summary shared from the File menu with a person withheld (and a third-party entry the
worker chose to include), verified (not trusted, trusted, changed after signing) with or
without a case file open, countersigned by the supervisor at the worker's desk, and the
countersigned copy recorded on the case."""

from __future__ import annotations

import dataclasses
import html
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.domain.redaction import SummaryChoices
from casedesk.export.pdf_signatures import TRUSTED
from casedesk.export.sharing import make_summary, verify_file
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.certificates import to_pem
from casedesk.services.demo import (
    DEMO_OWNER,
    DEMO_PASSPHRASE,
    DEMO_SUPERVISOR,
    DEMO_SUPERVISOR_PASSPHRASE,
    create_demo,
)
from casedesk.services.record_editor import RecordEditor
from casedesk.services.sharing import trusted_in_file, user_certificate
from casedesk.ui.controller import Controller
from casedesk.ui.dialogs.countersign import CountersignDialog
from casedesk.ui.dialogs.share_summary import EntryChoices, ShareSummaryDialog
from casedesk.ui.dialogs.verify import VerifyDialog
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import UiSettings

REFERENCE = "DEMO-0001"
WITHHELD = "Nathan Langby"  # an adult of the demo family (seed 2)
RECIPIENT = "Neil Blake, Northvale Academy"


@dataclass(frozen=True)
class Prepared:
    """A demo case file; a copy of it that has shared ``pdf``; the signer's certificate."""

    fresh: Path
    shared: Path
    pdf: Path
    certificate: Path


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    folder = tmp_path_factory.mktemp("sharing-ui")
    fresh = folder / "demo.casedesk"
    create_demo(fresh, seed=2, cases=1, kdf=FLOOR)
    with CaseFile.open(fresh, DEMO_PASSPHRASE) as case_file:
        record = case_file.case_record(REFERENCE)
        entry = record.entries[-1]
        marked = dataclasses.replace(entry, third_party=True)
        RecordEditor(case_file).amend_entry(record, entry, marked, "told by a neighbour")
    shared = folder / "shared.casedesk"
    shutil.copytree(fresh, shared)
    pdf, certificate = folder / "summary.pdf", folder / "worker.pem"
    with CaseFile.open(shared, DEMO_PASSPHRASE) as case_file:
        choices = SummaryChoices(recipient=RECIPIENT, purpose="Core group")
        make_summary(case_file, REFERENCE, choices, pdf)
        certificate.write_bytes(to_pem(user_certificate(case_file, DEMO_OWNER).certificate))
    return Prepared(fresh, shared, pdf, certificate)


def _copy(source: Path, tmp_path: Path) -> Path:
    copy = tmp_path / source.name
    shutil.copytree(source, copy) if source.is_dir() else shutil.copy(source, copy)
    return copy


@pytest.fixture
def gui(qtbot: QtBot) -> Iterator[tuple[MainWindow, Controller]]:
    """The main window with no case file open."""
    window = MainWindow(UiSettings())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    controller = Controller(window)
    yield window, controller
    controller.close_case_file()


def _open(controller: Controller, path: Path, read_only: bool = False) -> CaseFile:
    case_file = CaseFile.open(path, DEMO_PASSPHRASE, read_only=read_only)
    controller._opened(case_file)
    controller.show_case(REFERENCE)
    return case_file


def _summaries(window: MainWindow) -> list[list[str]]:
    model = window.case_view.summaries_model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_summary_is_shared_from_the_file_menu_withholding_a_person(
    gui: tuple[MainWindow, Controller],
    prepared: Prepared,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, controller = gui
    case_file = _open(controller, _copy(prepared.fresh, tmp_path))
    window.file_menu.aboutToShow.emit()
    assert controller.share_action in window.file_menu.actions()
    assert controller.share_action.isEnabled()
    assert _summaries(window) == []
    assert window.case_view.sharing_logs.tabText(1) == "Summaries shared (0)"
    out = tmp_path / "to-school.pdf"
    seen: dict[str, object] = {}

    def fill(dialog: ShareSummaryDialog) -> int:
        # The child the case is about cannot be ticked; nothing is made until the
        # recipient and purpose are said, and the reasons are said in words.
        child_row = dialog._row_ids.index(dialog.record.case.subject_child)
        assert not dialog._cell(child_row, dialog.WHOLE).flags() & Qt.ItemFlag.ItemIsEnabled
        seen["ok before"] = dialog.ok.isEnabled()
        seen["problems"] = dialog.problems.text()
        # The third-party entry starts withheld; the worker finds it and includes it.
        assert dialog.entries.withheld == dialog.entries.third_party() != set()
        dialog.entry_filter.setText("[third-party]")
        assert dialog.shown_entries.rowCount() == 1
        dialog.entry_filter.clear()
        dialog.only_left_out.setChecked(True)
        assert dialog.shown_entries.rowCount() == 1
        shown = dialog.shown_entries.index(0, 0)
        assert shown.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        assert shown.data(Qt.ItemDataRole.FontRole).strikeOut()
        dialog.shown_entries.setData(shown, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        assert dialog.shown_entries.rowCount() == 1  # it stays in view once unticked
        seen["count"] = dialog.entry_count.text()
        dialog.recipient.setEditText(RECIPIENT)
        dialog.purpose.setText("Child protection conference on 12 Dec")
        dialog.basis.setEditText("Children Act 1989 s.47 (enquiries into significant harm)")
        dialog.withhold_person(WITHHELD)
        dialog.path.setText(str(case_file.path / "inside.pdf"))
        seen["inside"] = dialog.problems.text()
        dialog.path.setText(str(out))
        seen["ok after"] = dialog.ok.isEnabled()
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(ShareSummaryDialog, "exec", fill)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    controller.share_action.trigger()

    assert seen["ok before"] is False
    assert "Say who the summary is for (the recipient)." in str(seen["problems"])
    assert str(seen["count"]).startswith("No entries left out.")
    assert "inside the case file" in str(seen["inside"])
    assert seen["ok after"] is True
    assert out.exists()
    result = verify_file(out, trusted_in_file(case_file))
    assert result.code == TRUSTED, result.sentence
    (logged,) = case_file.case_record(REFERENCE, with_chronology=False).disclosures
    assert f"{WITHHELD} (withheld entirely)" in logged.withheld
    assert not any("third-party" in w for w in logged.withheld)  # the worker included it
    assert logged.recipient == RECIPIENT
    # The result says where, which document, the fingerprint, and that it is logged.
    (message,) = said
    assert "to-school.pdf" in message and logged.document_id in message
    assert logged.fingerprint[:47] in message
    assert "logged in the case's sharing log" in message
    # The Information sharing tab is brought forward and lists it, not yet countersigned.
    view = window.case_view
    assert view.tabs.currentWidget() is view.sharing_page
    assert view.sharing_logs.currentWidget() is view.summaries_table
    assert view.sharing_logs.tabText(1) == "Summaries shared (1)"
    ((_day, recipient, purpose, document, countersigned),) = _summaries(window)
    assert (recipient, document, countersigned) == (RECIPIENT, logged.document_id, "not yet")
    assert purpose == "Child protection conference on 12 Dec"

    # Verified from the File menu: valid and trusted (its signer is a user of the open
    # file); a copy with something added after signing says it changed.
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(out.read_bytes() + b"\n% appended after signing\n")
    verdicts: list[str] = []

    def look(dialog: VerifyDialog) -> int:
        for pdf in (out, changed):
            dialog.choose_pdf(pdf)
            verdicts.append(dialog.verdict.words.text())
        return 0

    monkeypatch.setattr(VerifyDialog, "exec", look)
    controller.verify_action.trigger()
    assert verdicts == ["Valid and trusted", "Changed after signing"]


def test_sharing_is_disabled_for_a_read_only_file_but_verifying_is_not(
    gui: tuple[MainWindow, Controller], prepared: Prepared, tmp_path: Path
) -> None:
    window, controller = gui
    window.file_menu.aboutToShow.emit()
    assert controller.verify_action.isEnabled()  # no case file open
    assert not controller.share_action.isEnabled()
    _open(controller, _copy(prepared.fresh, tmp_path), read_only=True)
    window.file_menu.aboutToShow.emit()
    assert not controller.share_action.isEnabled()
    assert not controller.countersign_action.isEnabled()
    assert not controller.record_countersigned_action.isEnabled()
    assert controller.verify_action.isEnabled()


def test_verify_says_not_trusted_then_trusted_then_changed_after_signing(
    gui: tuple[MainWindow, Controller],
    prepared: Prepared,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, controller = gui
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(prepared.pdf.read_bytes() + b"\n% appended after signing\n")
    seen: list[tuple[str, str, bool]] = []
    notes: list[str] = []

    def look(dialog: VerifyDialog) -> int:
        notes.append(dialog.file_note.text())
        verdict = dialog.verdict
        if not dialog.trusted.paths():
            dialog.choose_pdf(prepared.pdf)
            seen.append((verdict.words.text(), verdict.fingerprint.text(), _shown(verdict)))
            dialog.trusted.add_path(prepared.certificate)
            dialog.verify()
            seen.append((verdict.words.text(), verdict.details.text(), _shown(verdict)))
        dialog.choose_pdf(changed)
        seen.append((verdict.words.text(), verdict.sentence.text(), _shown(verdict)))
        return 0

    monkeypatch.setattr(VerifyDialog, "exec", look)
    controller.verify_action.trigger()
    (untrusted, fingerprint, compare), (trusted, details, _), (broken, sentence, _) = seen
    assert "No case file is open" in notes[0]
    assert untrusted == "Valid, but the signer is not trusted" and compare
    report = verify_file(prepared.pdf, []).signatures[0]
    assert fingerprint.replace("\n", ":") == report.fingerprint
    assert trusted == "Valid and trusted"
    assert f"Signed by {DEMO_OWNER}" in details and "as the signer claims" in details
    assert broken == "Changed after signing"
    assert sentence.startswith("Changed after it was signed")
    # The certificate chosen is remembered for the session.
    assert controller.trusted_paths == [prepared.certificate]
    seen.clear()
    controller.verify_action.trigger()
    assert seen[0][0] == "Changed after signing"


def test_with_its_case_file_open_a_summary_its_users_signed_is_trusted(
    gui: tuple[MainWindow, Controller],
    prepared: Prepared,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, controller = gui
    _open(controller, _copy(prepared.shared, tmp_path))
    seen: list[str] = []

    def look(dialog: VerifyDialog) -> int:
        seen.append(dialog.file_note.text())
        dialog.choose_pdf(prepared.pdf)
        seen.append(dialog.verdict.words.text())
        return 0

    monkeypatch.setattr(VerifyDialog, "exec", look)
    controller.verify_action.trigger()
    assert seen[0].startswith("Also trusted: the users of the open case file shared.casedesk")
    assert seen[1] == "Valid and trusted"


def _shown(verdict: object) -> bool:
    return not verdict.compare.isHidden()  # type: ignore[attr-defined]


def test_a_supervisor_countersigns_at_the_workers_desk_and_the_worker_records_it(
    gui: tuple[MainWindow, Controller],
    prepared: Prepared,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, controller = gui
    case_file = _open(controller, _copy(prepared.shared, tmp_path))
    pdf = _copy(prepared.pdf, tmp_path)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(pdf.read_bytes() + b"\n% appended after signing\n")
    seen: dict[str, object] = {}

    def sign(dialog: CountersignDialog) -> int:
        dialog.choose_pdf(changed)
        seen["changed"] = (dialog.verdict.words.text(), dialog.ok.isEnabled())
        dialog.choose_pdf(pdf)
        seen["verdict"] = dialog.verdict.words.text()
        seen["first choice"] = dialog.supervisor.currentText()
        seen["out"] = dialog.out.text()
        dialog.comment.setPlainText("Agreed: proportionate to share with the school.")
        dialog.passphrase.setText("not the supervisor's passphrase")
        dialog.ok.click()
        seen["wrong"] = html.unescape(dialog.problems.text())
        seen["wrong result"] = dialog.result()
        dialog.passphrase.setText(DEMO_SUPERVISOR_PASSPHRASE)
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(CountersignDialog, "exec", sign)
    asked: list[str] = []

    def later(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", later)
    controller.countersign_action.trigger()
    words, could_sign = seen["changed"]  # type: ignore[misc]
    assert (words, could_sign) == ("Changed after signing", False)
    assert seen["verdict"] == "Valid and trusted"
    assert seen["first choice"] == DEMO_SUPERVISOR
    assert f"That passphrase is not {DEMO_SUPERVISOR}'s" in str(seen["wrong"])
    assert seen["wrong result"] == 0
    countersigned = tmp_path / "summary-countersigned.pdf"
    assert seen["out"] == str(countersigned)
    assert countersigned.exists() and "Record the review in this case file now?" in asked[0]
    checked = verify_file(countersigned, trusted_in_file(case_file))
    assert checked.code == TRUSTED and len(checked.signatures) == 2

    # Later, the worker records the countersigned copy from the File menu.
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(countersigned), ""))
    )
    controller.record_countersigned_action.trigger()
    assert said and said[0].startswith(f"Recorded: {DEMO_SUPERVISOR} reviewed and countersigned")
    assert f"case {REFERENCE}" in said[0]
    ((*_columns, countersigned_text),) = _summaries(window)
    assert countersigned_text.startswith(f"by {DEMO_SUPERVISOR} on ")
    record = window.case_view.record
    assert record is not None
    assert any(s.session.startswith("summary ") for s in record.supervisions)
    assert any("countersigned the case summary" in e.description for e in record.entries)


def test_the_entry_choices_model_is_a_sound_qt_model(prepared: Prepared) -> None:
    with CaseFile.open(prepared.fresh, DEMO_PASSPHRASE, read_only=True) as case_file:
        entries = case_file.case_record(REFERENCE).entries
    model = EntryChoices(entries)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy.setFilterFixedString("third-party")
    assert proxy.rowCount() == 1


def test_entry_choices_start_with_third_party_withheld_and_follow_the_ticks(
    prepared: Prepared,
) -> None:
    with CaseFile.open(prepared.fresh, DEMO_PASSPHRASE, read_only=True) as case_file:
        entries = case_file.case_record(REFERENCE).entries
    model = EntryChoices(entries)
    third = {e.id for e in entries if e.third_party}
    assert len(third) == 1 and model.withheld == third and model.chosen() == set()
    first = model.index(0, 0)
    assert model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.chosen() == {entries[0].id}
    assert not model.setData(first, "text", Qt.ItemDataRole.EditRole)
    last = model.index(model.rowCount() - 1, 0)
    assert "[third-party]" in model.data(last)
    model.setData(last, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.withheld == {entries[0].id}
