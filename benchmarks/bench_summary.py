"""Signed summary figures: a whole signed summary of a case with 1,000 chronology entries
and a 60-person genogram, gathered, redacted, laid out, signed, written and logged
(target 1.5 s), against the same chronology as a bare reportlab table (no signing, no
redaction, no other section); and ``casedesk verify`` of it in a new process, start-up
included (target 0.4 s), against ``casedesk --version`` (the command line's own start).

The case is the synthetic generator's, with 1,000 entries; its family is widened to 60
people (the grandparents' other children and their children) through the record editor,
as a worker adds people.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from functools import cache
from io import BytesIO
from pathlib import Path

from casedesk.domain.dates import FuzzyDate
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.people import Person, Sex
from casedesk.domain.redaction import SummaryChoices
from casedesk.domain.relationships import Relationship, RelationshipKind
from casedesk.export.sharing import make_summary
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.record_editor import RecordEditor
from casedesk.services.sharing import user_certificate
from casedesk.services.synthetic import generate
from runner import Figure

PASSPHRASE = "benchmark passphrase summary"
CHOICES = SummaryChoices("Riverside Primary School (DSL)", "child protection conference")


def _widen(case_file: CaseFile, reference: str, people: int) -> None:
    """Add the grandparents' other children and grandchildren until the case has
    ``people`` people."""
    editor = RecordEditor(case_file)
    record = case_file.case_record(reference)
    elders = sorted((p for p in record.people if p.birth is not None), key=lambda p: p.birth.value)
    parent = elders[0]
    n = 0
    while len(record.people) < people:
        n += 1
        assert parent.birth is not None
        year = min(parent.birth.value.year + 22 + n % 8, 2025)
        born = date(year, 1 + n % 12, 1 + n % 27)
        person = Person(
            PersonId(f"p-bench-{n}"),
            f"Relative{n}",
            parent.family_name,
            Sex.FEMALE if n % 2 else Sex.MALE,
        )
        person = replace(person, birth=FuzzyDate(born))
        editor.add_person(record, person, not_a_duplicate=True)
        record = case_file.case_record(reference)
        editor.add_relationship(
            record,
            Relationship(
                RelationshipId(f"r-bench-{n}"),
                RelationshipKind.BIOLOGICAL_PARENT,
                parent.id,
                person.id,
            ),
        )
        record = case_file.case_record(reference)
        if n % 3 == 0 and year < 2000:
            parent = replace(person)  # the next ones are this relative's children
        elif n % 7 == 0:
            parent = elders[0]


@cache
def _file() -> tuple[Path, str]:
    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-summary-"))
    path = folder / "summary.casedesk"
    case_file, _ = CaseFile.create(path, PASSPHRASE, "Bench Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=11, cases=1, entries=1000, as_of=date(2026, 11, 1)))
        reference = case_file.case_references()[0]
        _widen(case_file, reference, 60)
        record = case_file.case_record(reference)
        assert len(record.entries) >= 1000 and len(record.people) >= 60
    return path, reference


@cache
def _opened() -> CaseFile:
    path, _ = _file()
    return CaseFile.open(path, PASSPHRASE)


def signed_summary() -> float:
    case_file = _opened()
    _, reference = _file()
    out = Path(tempfile.mkdtemp(prefix="casedesk-bench-out-")) / "summary.pdf"
    start = time.perf_counter()
    make_summary(case_file, reference, CHOICES, out)
    elapsed = time.perf_counter() - start
    out.unlink()
    return elapsed


def bare_table() -> float:
    """The same chronology rows as one plain reportlab table: the layout floor."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    case_file = _opened()
    _, reference = _file()
    start = time.perf_counter()
    record = case_file.case_record(reference)
    rows = [
        (f"{e.occurred_on:%d %b %Y}", e.category.value, e.description[:90], e.source)
        for e in record.entries
    ]
    SimpleDocTemplate(BytesIO(), pagesize=A4).build([Table(rows, repeatRows=0)])
    return time.perf_counter() - start


@cache
def _signed_pdf() -> tuple[Path, Path]:
    case_file = _opened()
    _, reference = _file()
    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-verify-"))
    pdf = folder / "summary.pdf"
    make_summary(case_file, reference, CHOICES, pdf)
    cert = folder / "worker.pem"
    from casedesk.services.certificates import to_pem

    cert.write_bytes(to_pem(user_certificate(case_file, "Bench Worker").certificate))
    return pdf, cert


def _run(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "casedesk", *args], check=False, capture_output=True)
    return time.perf_counter() - start


def verify_command() -> float:
    pdf, cert = _signed_pdf()
    return _run("verify", str(pdf), "--trust", str(cert))


def version_command() -> float:
    return _run("--version")


FIGURES = [
    Figure(
        "signed summary, 1,000 entries, 60 people",
        signed_summary,
        target=1.5,
        baseline=bare_table,
        baseline_name="the chronology as a bare reportlab table",
    ),
    Figure(
        "casedesk verify (new process)",
        verify_command,
        target=0.4,
        baseline=version_command,
        baseline_name="casedesk --version",
    ),
]
