"""Where a command's passphrase comes from: a prompt, a file, or CASEDESK_PASSPHRASE.

Order: ``--passphrase-file`` if given, else the CASEDESK_PASSPHRASE environment variable
(for automation), else a prompt that does not echo. With no terminal and neither of the
others, the command stops and says how to give one.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from casedesk.domain.errors import UsageError

ENVIRONMENT_VARIABLE = "CASEDESK_PASSPHRASE"


def _read_file(path: str) -> str:
    try:
        # utf-8-sig: a byte-order mark some editors add is not part of the passphrase.
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise UsageError(f"Cannot read the passphrase file {path}: {error.strerror}.") from None
    except UnicodeDecodeError:
        raise UsageError(
            f"The passphrase file {path} is not UTF-8 text; save it as UTF-8 and try again."
        ) from None
    if not text:
        raise UsageError(f"The passphrase file {path} is empty.")
    first_line = text.splitlines()[0] if text.splitlines() else ""
    if not first_line:
        raise UsageError(
            f"The first line of the passphrase file {path} is blank; CaseDesk reads the "
            "passphrase from the first line only."
        )
    return first_line


def _prompt(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            "A passphrase is needed. Give it with --passphrase-file FILE or the "
            f"{ENVIRONMENT_VARIABLE} environment variable, or run the command in a terminal."
        )
    return getpass.getpass(prompt)


def existing_passphrase(file_option: str | None, prompt: str = "Passphrase: ") -> str:
    """The passphrase (or recovery key) that opens a case file."""
    if file_option:
        return _read_file(file_option)
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return from_environment
    return _prompt(prompt)


def new_passphrase(file_option: str | None, who: str = "the new") -> str:
    """A new passphrase: from a file, or typed twice at the prompt."""
    if file_option:
        return _read_file(file_option)
    first = _prompt(f"Choose {who} passphrase: ")
    second = _prompt("Type it again: ")
    if first != second:
        raise UsageError("The two passphrases were different; nothing was changed.")
    return first
