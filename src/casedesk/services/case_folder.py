"""Where a person's case files live: their Documents folder by default, never CaseDesk's own.

An installed program's folder is replaced by the next update (and on many systems cannot
be written by its user at all), so a case file saved there is one update away from being
lost: such a folder is refused, as is one CaseDesk cannot write to.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from casedesk.domain.errors import UsageError, plain_os_error
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate

CASE_FILE_FOLDER_NAME = "CaseDesk"
EMPTY_FOLDER = QT_TRANSLATE_NOOP("case_folder", "Choose a folder for your case files.")


def documents_folder() -> Path:
    """The person's documents folder (``XDG_DOCUMENTS_DIR`` and the platform's own
    conventions through platformdirs), or their home when there is none."""
    import platformdirs

    found = Path(platformdirs.user_documents_dir())
    return found if found.is_dir() else Path.home()


def default_case_file_folder() -> Path:
    """Documents/CaseDesk: where case files live until the person chooses elsewhere."""
    return documents_folder() / CASE_FILE_FOLDER_NAME


def application_folders() -> list[Path]:
    """CaseDesk's own folders: the bundle's (when frozen by PyInstaller) and the package's."""
    import casedesk

    folders = [Path(casedesk.__file__).resolve().parent]
    if getattr(sys, "frozen", False):
        folders.append(Path(sys.executable).resolve().parent)
    return folders


def folder_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot hold case files, in one sentence, or None when it can (as far
    as can be told without writing there)."""
    if not str(folder).strip():
        return translate("case_folder", EMPTY_FOLDER)
    try:
        return _folder_problem(folder.expanduser())
    except OSError as error:
        # Looking at the disk can fail too (a name too long, permission refused on a
        # parent, an I/O error): that is the folder's problem, said, not CaseDesk's.
        return unusable_folder(folder, error)


def unusable_folder(folder: Path, error: OSError) -> str:
    """One sentence for an operating-system error met while looking at ``folder``."""
    plain = plain_os_error(error, path=folder)
    if plain is not None:
        return str(plain)
    reason = (error.strerror or translate("case_folder", "the disk could not be read")).lower()
    return translate(
        "case_folder",
        "CaseDesk cannot use {folder} ({reason}): choose another folder for your case files.",
    ).format(folder=folder, reason=reason)


def _folder_problem(folder: Path) -> str | None:
    if not folder.is_absolute():
        return translate(
            "case_folder", "Give the whole path of the folder, for example {example}."
        ).format(example=default_case_file_folder())
    resolved = folder.resolve()
    for own in application_folders():
        if resolved == own or own in resolved.parents:
            return translate(
                "case_folder",
                "{folder} is inside CaseDesk's own program folder, which an update replaces: "
                "choose a folder of your own, such as your Documents folder.",
            ).format(folder=folder)
    existing = resolved
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return translate(
            "case_folder",
            "{path} is a file, not a folder: choose a folder for your case files.",
        ).format(path=existing)
    if not os.access(existing, os.W_OK | os.X_OK):
        return _cannot_write(folder)
    return None


def prepare_case_file_folder(folder: Path) -> Path:
    """Check ``folder``, create it if need be and prove a file can be written there;
    return it whole (UsageError with one sentence when it cannot hold case files)."""
    problem = folder_problem(folder)
    if problem:
        raise UsageError(problem)
    folder = folder.expanduser().resolve()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".casedesk-probe-"):
            pass
    except OSError:
        raise UsageError(_cannot_write(folder)) from None
    return folder


def _cannot_write(folder: Path) -> str:
    return translate(
        "case_folder",
        "CaseDesk cannot save files in {folder}: choose a folder of your own, such as your "
        "Documents folder.",
    ).format(folder=folder)
