"""Checking a signed summary: the PDF and the certificates the user chose, nothing else.

Kept apart from making summaries so that ``casedesk verify`` loads no case-file code (no
database, no storage): a recipient verifying a summary has no case file, and should not
wait for one to load.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

from casedesk.domain.errors import CaseDeskError, plain_os_error
from casedesk.domain.wording import translate
from casedesk.export import pdf_signatures as sig


def read_pdf(path: Path) -> bytes:
    """A PDF's bytes, or one plain sentence saying why it cannot be read."""
    if path.is_dir():
        raise CaseDeskError(
            translate("verification", "{path} is a folder; give the PDF file to check.").format(
                path=path
            )
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise plain_os_error(error, path) or CaseDeskError(
            translate("verification", "{path} cannot be read.").format(path=path)
        ) from None


def verify_file(path: Path, trusted: Sequence[bytes]) -> sig.Verification:
    """Check a signed summary against the certificates the user chose to trust."""
    return sig.verify_pdf(read_pdf(path), trusted)


def skip_signing_code() -> None:
    """For a process that only verifies (``casedesk verify``): make ``pyhanko.sign`` a
    package whose ``__init__`` has not run. That ``__init__`` loads pyHanko's signing code
    and, through its timestamp client, an HTTP library: 0.2 s of the command's 0.4 s, for
    code verification never calls (it imports only ``pyhanko.sign``'s submodules). Does
    nothing once ``pyhanko.sign`` is loaded; a process that also signs must not call it."""
    if "pyhanko.sign" in sys.modules:
        return
    spec = importlib.util.find_spec("pyhanko.sign")
    if spec is None or spec.submodule_search_locations is None:
        return
    sys.modules["pyhanko.sign"] = importlib.util.module_from_spec(spec)
