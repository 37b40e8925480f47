"""Errors a user can meet, each carrying a plain sentence that says what to do.

Every error that reaches a person derives from ``CaseDeskError``; the command line prints
its message and the GUI shows it in a dialog. Messages never contain case content, so
they are safe to print, log, or show in crash output.
"""

from __future__ import annotations


class CaseDeskError(Exception):
    """An error a user can meet; ``str(error)`` is a plain-language sentence."""

    exit_code = 1


class UsageError(CaseDeskError):
    """The command was asked for something it cannot do as asked."""

    exit_code = 2


class NotAvailableYetError(CaseDeskError):
    """A command that this version of CaseDesk does not provide yet."""

    exit_code = 3


class CaseFileOpenError(CaseDeskError):
    """A case file could not be opened; nothing was written to it."""

    exit_code = 4


class WrongPassphraseError(CaseFileOpenError):
    """The passphrase (or recovery key) does not open any key of this case file."""


class DamagedCaseFileError(CaseFileOpenError):
    """The case file's bytes are not what CaseDesk wrote: say what was found."""

    exit_code = 5


class NewerVersionError(CaseFileOpenError):
    """The case file was written by a newer CaseDesk than this one."""

    exit_code = 6


class NotACaseFileError(CaseFileOpenError):
    """The path is not a CaseDesk case file at all."""

    exit_code = 7


class CaseFileInUseError(CaseFileOpenError):
    """Another CaseDesk (or another window) has the case file open for writing."""

    exit_code = 8

    def __init__(self, message: str, holder: str, since: str) -> None:
        super().__init__(message)
        self.holder = holder
        self.since = since


class CaseFileExistsError(CaseDeskError):
    """Refused to write over an existing case file."""


class WeakPassphraseError(CaseDeskError):
    """A new passphrase is too easy to guess."""


class InvalidDocumentError(CaseDeskError):
    """An import document has problems; nothing was written. ``problems`` lists them all."""

    def __init__(self, problems: list[str]) -> None:
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__(
            f"The document was not imported; nothing was written. It has {len(problems)} "
            f"{noun}:\n{shown}{more}"
        )
        self.problems = problems
