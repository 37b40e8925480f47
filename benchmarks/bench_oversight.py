"""Oversight figures: a case's Oversight tab worked out and painted, as it is after every
edit that feeds it (target 50 ms), against the Actions & deadlines tab of the same case;
and a sign-off verified the first time it is shown, in the 100,000-entry file of the
signing figures (its key's validity is followed through the audit trail; target 250 ms),
against reading that case's record.

The tab's case is one of 5,000 entries with three assessments (two with their domains
begun, one not), eleven months of supervision, an escalation in two steps and its latest
plan signed off by a supervisor, all made through the services as a worker and a
supervisor would. (Its sign-off is verified once, then kept: as the tab is after an edit.)
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench_signing import PASSPHRASE, _big
from casedesk.domain.assessments import Assessment, AssessmentKind, ConcernAnswered
from casedesk.domain.escalation import Escalation
from casedesk.domain.ids import CaseId
from casedesk.domain.sign_offs import PLAN
from casedesk.domain.supervision import Supervision
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.oversight import oversight_of
from casedesk.services.record_editor import RecordEditor
from casedesk.services.sign_off import SignOffRequest, sign_off, sign_off_checks
from casedesk.services.synthetic import generate
from casedesk.ui.widgets.actions_tab import ActionsTab
from casedesk.ui.widgets.oversight_tab import OversightTab
from runner import Figure

SUPERVISOR = "Bench Supervisor"
SUPERVISOR_PASSPHRASE = "benchmark supervisor passphrase"
CLOCK = datetime(2026, 11, 30, 12, tzinfo=UTC)


def _oversee(case_file: CaseFile, reference: str) -> None:
    """Assessments, supervision, an escalation and a signed-off plan on one case."""
    editor = RecordEditor(case_file)
    record = case_file.case_record(reference)
    case = record.case.id
    history = tuple(e.id for e in record.entries[:40])
    for n, started in enumerate((date(2026, 3, 2), date(2026, 7, 1), date(2026, 10, 1))):
        editor.add_assessment(
            record,
            Assessment(
                "",
                case,
                AssessmentKind.CHILD_AND_FAMILY,
                started,
                date(2026, 12, 3),
                developmental_needs="Needs" if n < 2 else "",
                history=history,
                concern_answered=ConcernAnswered.PARTLY if n < 2 else ConcernAnswered.NOT_YET,
            ),
        )
    for month in range(1, 12):
        editor.record_supervision(
            Supervision(
                "",
                CaseId(""),
                date(2026, month, 3),
                SUPERVISOR,
                record.case.allocated_worker,
                "Reflection.",
                "Decisions.",
            ),
            [case_file.case_record(reference, with_chronology=False)],
        )
    record = case_file.case_record(reference)
    editor.raise_escalation(
        record,
        Escalation("", case, date(2026, 11, 2), "Bench", "School", "No reply.", 0, CLOCK.date()),
    )
    step = case_file.case_record(reference).escalations[0]
    editor.escalate_further(
        case_file.case_record(reference), step, date(2026, 11, 9), "Head", "No reply"
    )
    record = case_file.case_record(reference)
    rules = case_file.timescales().timescales.pack.oversight.sign_off
    plan = [e for e in record.entries if e.category.value in rules.plan_categories][-1]
    request = SignOffRequest(PLAN, plan.id, late_reason="benchmark: signed late")
    sign_off(case_file, record, request, SUPERVISOR_PASSPHRASE)


@cache
def _tab_file() -> CaseFile:
    path = Path(tempfile.mkdtemp(prefix="casedesk-oversight-")) / "tab.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Bench", kdf=FLOOR, check_strength=False)
    write_data(case_file, generate(seed=21, cases=2, entries=10_000, as_of=date(2026, 11, 1)))
    case_file.add_user(SUPERVISOR, "supervisor", SUPERVISOR_PASSPHRASE, FLOOR, False)
    case_file.set_clock(lambda: CLOCK)
    _oversee(case_file, "DEMO-0001")
    return case_file


@cache
def _widgets() -> tuple[OversightTab, ActionsTab]:
    QApplication.instance() or QApplication([])
    oversight, actions = OversightTab(), ActionsTab()
    for widget in (oversight, actions):
        widget.resize(1300, 600)
        widget.show()
    return oversight, actions


def _painted(widget: object) -> None:
    widget.repaint()  # type: ignore[attr-defined]
    app = QApplication.instance()
    assert app is not None
    app.processEvents()


def oversight_tab() -> float:
    """The case's oversight worked out (sign-offs verified) and the tab painted."""
    case_file = _tab_file()
    record = case_file.case_record("DEMO-0001")
    tab = _widgets()[0]
    started = time.perf_counter()
    tab.show_oversight(oversight_of(case_file, record), CLOCK.date())
    _painted(tab)
    return time.perf_counter() - started


def actions_tab() -> float:
    """Baseline: the Actions & deadlines tab of the same case shown and painted."""
    case_file = _tab_file()
    record = case_file.case_record("DEMO-0001")
    tab = _widgets()[1]
    timescales = case_file.timescales().timescales
    started = time.perf_counter()
    tab.show_record(record, CLOCK.date(), timescales, [])
    _painted(tab)
    return time.perf_counter() - started


@cache
def _big_signed() -> tuple[Path, str]:
    """The signing figures' 100,000-entry file with its first case's latest plan signed
    off by a supervisor."""
    path = _big()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.add_user(SUPERVISOR, "supervisor", SUPERVISOR_PASSPHRASE, FLOOR, False)
        reference = case_file.case_references()[0]
        record = case_file.case_record(reference)
        rules = case_file.timescales().timescales.pack.oversight.sign_off
        plan = [e for e in record.entries if e.category.value in rules.plan_categories][-1]
        request = SignOffRequest(PLAN, plan.id, late_reason="benchmark: signed late")
        sign_off(case_file, record, request, SUPERVISOR_PASSPHRASE)
    return path, reference


def first_verification() -> float:
    """A sign-off verified the first time it is shown (a newly opened file)."""
    path, reference = _big_signed()
    with CaseFile.open(path, PASSPHRASE, read_only=True) as case_file:
        record = case_file.case_record(reference, with_chronology=True)
        started = time.perf_counter()
        (check,) = sign_off_checks(case_file, replace(record))
        elapsed = time.perf_counter() - started
    assert check.state.value == "signed off", check.why
    return elapsed


def read_record() -> float:
    """Baseline: reading that case's whole record."""
    path, reference = _big_signed()
    with CaseFile.open(path, PASSPHRASE, read_only=True) as case_file:
        started = time.perf_counter()
        case_file.case_record(reference)
        return time.perf_counter() - started


FIGURES = [
    Figure(
        "oversight tab: 5,000-entry case worked out and painted",
        oversight_tab,
        target=0.050,
        baseline=actions_tab,
        baseline_name="the Actions & deadlines tab of the same case",
    ),
    Figure(
        "a sign-off verified when first shown (100,000-entry file)",
        first_verification,
        target=0.250,
        baseline=read_record,
        baseline_name="reading that case's record",
    ),
]
