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


@contextmanager
def gc_paused(resume: Callable[[Callable[[], None]], None] | None = None) -> Iterator[None]:
    """No cyclic collection inside the block (reference counting frees as ever); the
    collector is enabled again after it only if it was enabled before (blocks nest), at
    once or, given ``resume``, when ``resume`` calls the function it is handed (the
    desktop waits for the paint: ``ui.collector_hold``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            (resume or _now)(gc.enable)


def _now(function: Callable[[], None]) -> None:
    function()
