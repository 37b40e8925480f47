"""Python's cyclic garbage collector held off while a case is read and shown.

Opening a 5,000-entry case makes some 60,000 small objects in a tenth of a second. Each
700 allocations start a collection, and every so often one of the oldest generation,
which walks every object the process holds (the GUI's own are some 100,000): on a first
open after unlocking, the profile put a quarter of a second in one record reader that
had only been the one running when such a collection began. Records, rows and the
views' items hold no reference cycles, so nothing the collector could free is kept
waiting: it runs again, as usual, once the case is on screen. An import of 100,000
entries (the document's millions of parsed values, then 150,000 records) spent 2 to 3 s
of CPU in such collections, for nothing: it holds the collector off too, as the demo does.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Holds in force now. They nest and may overlap (the background health check holds the
# collector off while it checks a case, across turns of the event loop, and a case opened
# meanwhile holds it until its paint): it comes back on when the last one ends, and only
# if it was on when the first began.
_holds = 0
_was_enabled = False


@contextmanager
def gc_paused(resume: Callable[[Callable[[], None]], None] | None = None) -> Iterator[None]:
    """No cyclic collection inside the block (reference counting frees as ever); the
    hold ends after it, at once or, given ``resume``, when ``resume`` calls the function
    it is handed (the desktop waits for the paint: ``ui.collector_hold``)."""
    hold()
    try:
        yield
    finally:
        (resume or _now)(release)


def hold() -> None:
    """One more hold: no cyclic collection until every hold is released."""
    global _holds, _was_enabled
    if _holds == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _holds += 1


def release() -> None:
    """One hold fewer: the collector is on again once none is left, if it was on
    before the first."""
    global _holds
    if _holds == 0:
        return  # nothing is held: one release too many changes nothing
    _holds -= 1
    if _holds == 0 and _was_enabled:
        gc.enable()


def _now(function: Callable[[], None]) -> None:
    function()
