"""Files a user asks for (exports, backups, templates): never inside a case file, written
atomically, readable by the owner only, and nothing left behind when writing fails.

An export holds case content in plaintext, so a half-written one left by a full disk is
a leak, and one written over ``case.db`` or ``keys.json`` destroys the case file; both
happened before every output went through here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from casedesk.domain.errors import UsageError, plain_os_error
from casedesk.domain.wording import translate
from casedesk.storage.atomic import atomic_writer
from casedesk.storage.layout import case_file_containing


def check_output_path(path: Path) -> None:
    """Refuse, with one sentence, a place CaseDesk must not write a file to."""
    holder = case_file_containing(path)
    if holder is not None:
        if holder == Path.absolute(path):
            refusal = translate(
                "output",
                "{path} is a case file; writing there would destroy it. Choose a place "
                "outside the case file.",
            ).format(path=path)
        else:
            refusal = translate(
                "output",
                "{path} is inside the case file {name}; writing there would destroy it. "
                "Choose a place outside the case file.",
            ).format(path=path, name=holder.name)
        raise UsageError(refusal)
    if path.is_dir():
        raise UsageError(
            translate("output", "{path} is a folder; give the name of a file to write.").format(
                path=path
            )
        )
    if not path.parent.is_dir():
        raise UsageError(
            translate(
                "output", "The folder {folder} does not exist; create it first or choose another."
            ).format(folder=path.parent)
        )


@contextlib.contextmanager
def output_file(path: Path) -> Iterator[BinaryIO]:
    """A private temporary file that replaces ``path`` when the block ends without error.

    A file already at ``path`` keeps its content until then, and is replaced by a new
    file of mode 0600 whatever its own mode was.
    """
    check_output_path(path)
    try:
        with atomic_writer(path) as handle:
            yield handle
    except OSError as error:
        plain = plain_os_error(error, path)
        if plain is None:
            raise
        raise plain from None


def write_output(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once, as ``output_file`` does."""
    with output_file(path) as handle:
        handle.write(data)
