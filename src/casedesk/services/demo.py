"""``casedesk demo``: a case file of clearly fictional cases, for trying CaseDesk out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casedesk.domain import record_kinds as k
from casedesk.services.case_file import CALIBRATED, CaseFile, KdfChoice
from casedesk.services.deadlines import (
    COUNTED_BY,
    TimescaleSettings,
    fingerprint,
    load_timescales,
)
from casedesk.services.synthetic import SyntheticData, generate

# Published in the README on purpose: the demo holds fictional people only.
DEMO_PASSPHRASE = "demo case file - fictional people only"  # noqa: S105
DEMO_OWNER = "Demo Worker"


def write_data(case_file: CaseFile, data: SyntheticData) -> None:
    """Write generated data into an open case file as one unit of work."""
    with case_file.transaction("Add demonstration cases") as work:
        work.add_cases(data.cases, data.people, data.case_people, imported=True)
        work.add(k.RELATIONSHIPS, data.relationships)
        work.add(k.HOUSEHOLDS, data.households)
        work.add(k.PROFESSIONALS, data.professionals)
        work.add(k.CONCERNS, data.concerns)
        work.add(k.IDENTIFICATION_ATTEMPTS, data.identification_attempts)
        # Generated entries say who recorded them and when, as an import's do.
        work.add(k.ENTRIES, data.entries, imported=True)
        # After the entries and attempts they name; recorded by whoever made the demo.
        work.add(k.SHARING, data.sharing)
        work.add(k.ACTIONS, data.actions)
        work.add(k.DEADLINES, data.deadlines)
        work.add(k.EMOTIONAL_LINKS, data.emotional_links)
        work.add(k.SUPPORTS, data.supports)
        # The demo's deadlines are those England's shipped pack calls for: an agency's own
        # pack (or another region) is applied to them when the file is next opened.
        shipped = load_timescales(TimescaleSettings(), shipped=True).timescales
        work.set_setting(COUNTED_BY, fingerprint(shipped), "Demonstration cases written")


def create_demo(
    path: Path,
    seed: int = 1,
    cases: int = 3,
    entries: int | None = None,
    as_of: date | None = None,
    kdf: KdfChoice = CALIBRATED,
) -> tuple[SyntheticData, str]:
    """Create a demo case file at ``path``; return its data and its recovery key."""
    data = generate(seed=seed, cases=cases, entries=entries, as_of=as_of or date.today())
    case_file, recovery_key = CaseFile.create(
        path, DEMO_PASSPHRASE, DEMO_OWNER, kdf=kdf, check_strength=False
    )
    with case_file:
        write_data(case_file, data)
    return data, recovery_key
