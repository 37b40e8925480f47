"""The last few case records read, kept while the file is open, so opening a case again
(back from the case list, or switching between two) does not read and decode it again.

A record is kept with the number of the newest change in the file's audit trail when it
was read. Every change to anything a record holds writes to the audit trail in the same
transaction, so a record whose number is still the newest is exactly what reading again
would give; any change, by this window or another program, makes it read afresh. Records
are frozen, so handing out the same one twice is safe. Only a few are kept (a 5,000-entry
case is some megabytes), and all are dropped when the file closes or locks.

Beside them, one record read ahead: the case a worker has chosen on the case list, read
before they open it (``CaseFile.read_ahead``). It is kept apart so that reading ahead
never pushes out a case the worker has had open, and holds one record more at most: the
next open takes it among the recent ones if it is the case opened, and drops it if not,
as does reading another case ahead.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from casedesk.domain.case_record import CaseRecord

KEPT = 3

_Key = tuple[str, bool]  # a case's reference, and whether its chronology is read
_Kept = tuple[int, CaseRecord]  # a record, and the change it was read at


class RecentRecords:
    """Case records by (reference, with chronology), each with the change it was read at."""

    def __init__(self) -> None:
        self._kept: OrderedDict[_Key, _Kept] = OrderedDict()
        self._ahead: tuple[_Key, _Kept] | None = None

    def get(
        self,
        key: _Key,
        last_change: int,
        read: Callable[[], CaseRecord],
        keep: bool = True,
    ) -> CaseRecord:
        """The record for ``key`` as of ``last_change`` (read it only if not kept).
        ``last_change`` must be taken before ``read`` runs: a change that lands between
        the two then only makes the next call read again. ``keep=False``: a record read
        is not kept, and one kept is not made the most recent (a pass over every case,
        such as the background health check, would otherwise push out the cases the
        worker has open). ``keep=True`` (a case opened) also ends what was read ahead:
        it becomes one of the recent records if it is this one, and is dropped if not."""
        kept = self._found(key)
        if keep:
            self._ahead = None
        if kept is not None and kept[0] == last_change:
            if keep:
                self._remember(key, kept)
            return kept[1]
        record = read()
        if keep:
            self._remember(key, (last_change, record))
        return record

    def keep_ahead(self, key: _Key, change: int, record: CaseRecord) -> None:
        """Keep ``record``, read at ``change`` before it was asked for, as the one read
        ahead (in place of any other)."""
        self._ahead = (key, (change, record))

    def peek(self, key: _Key, last_change: int) -> CaseRecord | None:
        """The record kept for ``key`` (or read ahead) if it is still as of
        ``last_change``, not made the most recent; None otherwise."""
        kept = self._found(key)
        return kept[1] if kept is not None and kept[0] == last_change else None

    def clear(self) -> None:
        """Forget every record (the file is closing or locking)."""
        self._kept.clear()
        self._ahead = None

    def drop_ahead(self) -> None:
        """Forget the record read ahead (another case is being read ahead instead)."""
        self._ahead = None

    def _found(self, key: _Key) -> _Kept | None:
        """The record kept for ``key``: of a recent one and the one read ahead, the later
        read (a recent one made stale by a change is no reason to read again one read
        ahead since)."""
        kept = self._kept.get(key)
        ahead = self._ahead
        if ahead is not None and ahead[0] == key and (kept is None or ahead[1][0] > kept[0]):
            kept = ahead[1]
        return kept

    def _remember(self, key: _Key, kept: _Kept) -> None:
        """Keep as the most recent, and forget the least recent beyond ``KEPT``."""
        self._kept[key] = kept
        self._kept.move_to_end(key)
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)
