"""Writing a file a worker asked for (an export): atomically, and readable by them only.

The export layer has no business with storage, but it needs storage's careful way of
writing a file; this is the one door to it.
"""

from __future__ import annotations

from pathlib import Path

from casedesk.storage.atomic import write_atomic


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once (temp file, fsync, rename), mode 0600."""
    write_atomic(path, data)
