"""Adding chronology entries: the one use case for every way an entry arrives (typed in the
GUI, given to ``casedesk chronology add``, imported from CSV or from another agency's
document).

Each entry is checked against the case by the domain's rules as it is written, and the
entries are written inside the caller's named unit of work with the decisions about who
was told of them and the deadlines they start or meet; one that breaks a rule stops the
whole unit of work, so nothing is written. Entries may come as a stream (a large CSV is
never held in memory whole).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChronologyEntry, entry_problems
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.sharing import SharingDecision
from casedesk.services import undo
from casedesk.services.deadlines import record_arising, triggers

if TYPE_CHECKING:  # the protocol is for type checking only
    from casedesk.services.store import Writes


@dataclass(frozen=True)
class AddedEntries:
    """How many entries were written, and what would undo the deadlines they met."""

    count: int
    deadline_steps: list[undo.Amendment] = field(default_factory=list)


def add_entries(
    work: Writes,
    record: CaseRecord,
    entries: Iterable[ChronologyEntry],
    today: date,
    timescales: Timescales,
    sharing: Sequence[SharingDecision] = (),
    imported: bool = False,
) -> AddedEntries:
    """Write ``entries`` (and ``sharing``) into ``record``'s case, with the deadlines they
    start and meet by ``timescales``. ``imported`` entries keep who recorded them and when,
    as their source says."""
    ids: set[str] = {str(e.id) for e in record.entries}
    before = set(ids)
    people: set[str] = {str(p.id) for p in record.people}
    categories = triggers(timescales)
    # Only the entries that start or meet a timescale are kept (a large CSV is not).
    timed: list[ChronologyEntry] = []

    def checked() -> Iterator[ChronologyEntry]:
        for entry in entries:
            problems = entry_problems(entry, today, ids, people)
            if problems:
                raise CaseDeskError(" ".join(problems))
            ids.add(entry.id)
            if entry.category.value in categories:
                timed.append(entry)
            yield entry

    count = work.add(k.ENTRIES, checked(), imported=imported)
    work.add(k.SHARING, sharing)
    steps = record_arising(work, record, timescales, today, timed, only_entries=ids - before)
    return AddedEntries(count, steps)
