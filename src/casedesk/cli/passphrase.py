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
from casedesk.domain.wording import translate

ENVIRONMENT_VARIABLE = "CASEDESK_PASSPHRASE"


def _read_file(path: str) -> str:
    try:
        # utf-8-sig: a byte-order mark some editors add is not part of the passphrase.
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise UsageError(
            translate("passphrase", "Cannot read the passphrase file {path}: {problem}.").format(
                path=path, problem=error.strerror
            )
        ) from None
    except UnicodeDecodeError:
        raise UsageError(
            translate(
                "passphrase",
                "The passphrase file {path} is not UTF-8 text; save it as UTF-8 and try again.",
            ).format(path=path)
        ) from None
    if not text:
        raise UsageError(
            translate("passphrase", "The passphrase file {path} is empty.").format(path=path)
        )
    first_line = text.splitlines()[0] if text.splitlines() else ""
    if not first_line:
        raise UsageError(
            translate(
                "passphrase",
                "The first line of the passphrase file {path} is blank; CaseDesk reads the "
                "passphrase from the first line only.",
            ).format(path=path)
        )
    return first_line


def _prompt(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            translate(
                "passphrase",
                "A passphrase is needed. Give it with --passphrase-file FILE or the "
                "{variable} environment variable, or run the command in a terminal.",
            ).format(variable=ENVIRONMENT_VARIABLE)
        )
    return getpass.getpass(prompt)


def existing_passphrase(file_option: str | None, prompt: str | None = None) -> str:
    """The passphrase (or recovery key) that opens a case file (``prompt``: what the
    prompt says, when not "Passphrase: ")."""
    if file_option:
        return _read_file(file_option)
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return from_environment
    return _prompt(prompt or translate("passphrase", "Passphrase: "))


def new_passphrase(file_option: str | None, prompt: str | None = None) -> str:
    """A new passphrase: from a file, or typed twice at the prompt (``prompt``: the
    whole first prompt, when not "Choose the new passphrase: ")."""
    if file_option:
        return _read_file(file_option)
    first = _prompt(prompt or translate("passphrase", "Choose the new passphrase: "))
    second = _prompt(translate("passphrase", "Type it again: "))
    if first != second:
        raise UsageError(
            translate("passphrase", "The two passphrases were different; nothing was changed.")
        )
    return first
