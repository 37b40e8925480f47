"""Health check figures: the check of 200 cases (target 200 ms), their records already
loaded, against the attention sentences the case list and case header already work out
for the same records; and one case as it was recorded on a past day (target 100 ms):
rebuilt from the audit trail and checked, against reading that case as it is now.

The file is the generator's 200 cases and 100,000 entries, with assessments, supervision
and sign-offs, written on 1 Oct 2026 by the audit trail's clock; on 20 Nov 2,000 entries
are added to one case, one unit of work each, and the past day asked about is 1 Nov, so
the rebuild undoes 2,000 insertions.
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

from bench_signing import _entry
from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.health import HealthInputs, health_check
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.health import record_as_recorded
from casedesk.services.oversight import newly_qualified
from casedesk.services.sign_off import sign_off_checks
from casedesk.services.synthetic import generate
from casedesk.storage import audit
from runner import Figure

PASSPHRASE = "benchmark passphrase health"
PAST = date(2026, 11, 1)


class _Clock:
    moment = datetime(2026, 10, 1, 9, tzinfo=UTC)

    @classmethod
    def now(cls, tz: object = None) -> datetime:
        return cls.moment


@cache
def _file() -> tuple[Path, str]:
    path = Path(tempfile.mkdtemp(prefix="casedesk-health-")) / "big.casedesk"
    real = audit.datetime
    audit.datetime = _Clock  # type: ignore[assignment, misc]
    try:
        case_file, _ = CaseFile.create(path, PASSPHRASE, "Bench", kdf=FLOOR, check_strength=False)
        with case_file:
            data = generate(
                seed=13, cases=200, entries=100_000, as_of=date(2026, 9, 30), oversight=True
            )
            write_data(case_file, data)
            _Clock.moment = datetime(2026, 11, 20, 9, tzinfo=UTC)
            case = data.cases[0]
            for n in range(2000):
                with case_file.transaction("Add chronology entry") as work:
                    work.add(k.ENTRIES, [_entry(case.id, n)])
    finally:
        audit.datetime = real  # type: ignore[misc]
    return path, case.reference


@cache
def _opened() -> CaseFile:
    return CaseFile.open(_file()[0], PASSPHRASE, read_only=True)


@cache
def _inputs() -> list[HealthInputs]:
    case_file = _opened()
    loaded = case_file.timescales().timescales
    workers = newly_qualified(case_file)
    today = date(2026, 11, 30)
    found = []
    for reference in case_file.case_references():
        record: CaseRecord = case_file.case_record(reference)
        found.append(
            HealthInputs(
                record,
                today,
                loaded.pack,
                loaded.calendar,
                workers,
                sign_off_checks(case_file, record),
            )
        )
    return found


def two_hundred_cases() -> float:
    inputs = _inputs()
    start = time.perf_counter()
    for item in inputs:
        health_check(item)
    return time.perf_counter() - start


def attention_of_200() -> float:
    inputs = _inputs()
    start = time.perf_counter()
    for item in inputs:
        item.record.attention(item.today)
    return time.perf_counter() - start


def one_case_as_recorded() -> float:
    case_file = _opened()
    _, reference = _file()
    loaded = case_file.timescales().timescales
    start = time.perf_counter()
    record = record_as_recorded(case_file, reference, PAST)
    health_check(HealthInputs(record, PAST, loaded.pack, loaded.calendar))
    return time.perf_counter() - start


def one_case_now() -> float:
    case_file = _opened()
    _, reference = _file()
    start = time.perf_counter()
    case_file.case_record(reference)
    return time.perf_counter() - start


FIGURES = [
    Figure(
        "health check, 200 cases (records loaded)",
        two_hundred_cases,
        target=0.2,
        baseline=attention_of_200,
        baseline_name="the case header's attention sentences, 200 cases",
    ),
    Figure(
        "one case as recorded on a past day, checked",
        one_case_as_recorded,
        target=0.1,
        baseline=one_case_now,
        baseline_name="reading that case as it is now",
    ),
]
