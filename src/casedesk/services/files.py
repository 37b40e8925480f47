"""Writing a file a worker asked for (an export, a template): through storage's careful
door, so it is never written inside a case file, is atomic, and is readable by them only.

The export layer and the command line have no business with storage, but they need its
careful way of writing a file; this is the one door to it.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from casedesk.storage.output import check_output_path, output_file, write_output


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once (temp file, fsync, rename), mode 0600."""
    write_output(path, data)


def private_binary_file(path: Path) -> contextlib.AbstractContextManager[BinaryIO]:
    """A binary stream that becomes ``path`` (mode 0600) only if the block succeeds: a
    file already there is untouched until then, and kept if the block fails."""
    return output_file(path)


@contextlib.contextmanager
def private_text_file(path: Path, newline: str | None = None) -> Iterator[TextIO]:
    """A UTF-8 text stream that becomes ``path`` (mode 0600) only if the block succeeds."""
    with output_file(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline=newline)
        try:
            yield text
            text.flush()
        finally:
            text.detach()


__all__ = [
    "check_output_path",
    "private_binary_file",
    "private_text_file",
    "write_private_file",
]
