"""Errors a user can meet, each carrying a plain sentence that says what to do.

Every error that reaches a person derives from ``CaseDeskError``; the command line prints
its message and the GUI shows it in a dialog. Messages never contain case content, so
they are safe to print, log, or show in crash output.
"""

from __future__ import annotations

import errno

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate


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


class OlderVersionError(CaseFileOpenError):
    """A case file of an earlier schema, opened read-only, so it cannot be upgraded."""


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
        if len(problems) > 50:
            shown += "\n  " + translate("errors", "... and {more} more").format(
                more=len(problems) - 50
            )
        super().__init__(
            translate(
                "errors",
                "The document was not imported; nothing was written. It has %n problem:\n{list}",
                None,
                len(problems),
            ).format(list=shown)
            if len(problems) == 1
            else translate(
                "errors",
                "The document was not imported; nothing was written. It has %n problems:\n{list}",
                None,
                len(problems),
            ).format(list=shown)
        )
        self.problems = problems


class FileAccessError(CaseDeskError):
    """A file could not be written or read: the disk is full, permission is refused..."""

    exit_code = 9


_OS_ERROR_SENTENCES = {
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "errors",
        "The disk is full, so {path} was not written (nothing partial was left). "
        "Free some space and try again.",
    ),
    errno.EDQUOT: QT_TRANSLATE_NOOP(
        "errors",
        "Your disk quota is used up, so {path} was not written (nothing partial "
        "was left). Free some space and try again.",
    ),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "errors",
        "Permission to use {path} was refused. Choose a place you can write to, "
        "or ask whoever manages this computer.",
    ),
    errno.EPERM: QT_TRANSLATE_NOOP(
        "errors",
        "Permission to use {path} was refused. Choose a place you can write to, "
        "or ask whoever manages this computer.",
    ),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "errors", "{path} is on a disk that cannot be written to (read-only). Choose another place."
    ),
    errno.ENOENT: QT_TRANSLATE_NOOP("errors", "There is no file or folder at {path}."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP(
        "errors", "Part of {path} is a file where a folder should be."
    ),
    errno.EISDIR: QT_TRANSLATE_NOOP("errors", "{path} is a folder; give the name of a file."),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("errors", "The name {path} is too long for this disk."),
    errno.ELOOP: QT_TRANSLATE_NOOP("errors", "{path} goes through a loop of symbolic links."),
}


def plain_os_error(error: OSError, path: object = None) -> FileAccessError | None:
    """The plain sentence for an operating-system error a user can cause, or None.

    ``path`` names the file the user asked for when the error names a temporary file
    (or none). Only the path is named (it is the user's own), never the file's content.
    """
    template = _OS_ERROR_SENTENCES.get(error.errno or 0)
    if template is None:
        return None
    shown = path if path is not None else error.filename
    sentence = translate("errors", template)
    if shown is None:
        return FileAccessError(sentence.format(path=translate("errors", "the file")))
    return FileAccessError(sentence.format(path=shown))
