"""The last few case records read, kept while the file is open, so opening a case again
(back from the case list, or switching between two) does not read and decode it again.

A record is kept with the number of the newest change in the file's audit trail when it
was read. Every change to anything a record holds writes to the audit trail in the same
transaction, so a record whose number is still the newest is exactly what reading again
would give; any change, by this window or another program, makes it read afresh. Records
are frozen, so handing out the same one twice is safe. Only a few are kept (a 5,000-entry
case is some megabytes), and all are dropped when the file closes or locks.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from casedesk.domain.case_record import CaseRecord

KEPT = 3


class RecentRecords:
    """Case records by (reference, with chronology), each with the change it was read at."""

    def __init__(self) -> None:
        self._kept: OrderedDict[tuple[str, bool], tuple[int, CaseRecord]] = OrderedDict()

    def get(
        self,
        key: tuple[str, bool],
        last_change: int,
        read: Callable[[], CaseRecord],
        keep: bool = True,
    ) -> CaseRecord:
        """The record for ``key`` as of ``last_change`` (read it only if not kept).
        ``last_change`` must be taken before ``read`` runs: a change that lands between
        the two then only makes the next call read again. ``keep=False``: a record read
        is not kept, and one kept is not made the most recent (a pass over every case,
        such as the background health check, would otherwise push out the cases the
        worker has open)."""
        kept = self._kept.get(key)
        if kept is not None and kept[0] == last_change:
            if keep:
                self._kept.move_to_end(key)
            return kept[1]
        record = read()
        if not keep:
            return record
        self._kept[key] = (last_change, record)
        self._kept.move_to_end(key)
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        return record

    def peek(self, key: tuple[str, bool], last_change: int) -> CaseRecord | None:
        """The record kept for ``key`` if it is still as of ``last_change`` (not made
        the most recent); None otherwise."""
        kept = self._kept.get(key)
        return kept[1] if kept is not None and kept[0] == last_change else None

    def clear(self) -> None:
        """Forget every record (the file is closing or locking)."""
        self._kept.clear()
