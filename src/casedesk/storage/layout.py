"""What a case file looks like on disk, and how to tell a path inside one.

    NAME.casedesk/
        keys.json   the key file: wrapped data keys (keyslots), checksummed
        case.db     the SQLCipher 4 database (and its -wal / -shm while open)
        lock        who has it open for writing (an OS lock; cleared by a crash)

Nothing but CaseDesk's own storage code may write inside that folder: an export or a
backup written there would replace the database or the keys (issue: "Output paths inside
a case file destroy it"). ``case_file_containing`` is the test every output path passes.
"""

from __future__ import annotations

from pathlib import Path

SUFFIX = ".casedesk"
KEYS_NAME = "keys.json"
DB_NAME = "case.db"
LOCK_NAME = "lock"


def db_path(folder: Path) -> Path:
    """The database inside a case file."""
    return folder / DB_NAME


# The key file names its format near its start (see keyslots.KeyFile.body).
_KEY_FILE_MARK = b"casedesk-case-file"


def holds_case_file(folder: Path) -> bool:
    """True when ``folder`` holds a CaseDesk key file or database (so it is, or was, a
    case file; one renamed without its suffix is still one)."""
    if not folder.is_dir():
        return False
    if (folder / DB_NAME).exists():
        return True
    try:
        with (folder / KEYS_NAME).open("rb") as handle:
            return _KEY_FILE_MARK in handle.read(4096)
    except OSError:
        return False


def database_size(folder: Path) -> int:
    """How many bytes the case file's database takes (0 if it has none)."""
    database = db_path(folder)
    return database.stat().st_size if database.exists() else 0


def is_case_folder(folder: Path) -> bool:
    """True when ``folder`` is, or may be, a case file's folder: named ``*.casedesk`` or
    holding a case file. Used to refuse output paths, so it errs towards yes."""
    return folder.is_dir() and (folder.name.endswith(SUFFIX) or holds_case_file(folder))


def case_file_containing(path: Path) -> Path | None:
    """The case file that ``path`` is, or is inside, or None.

    Both the path as written and the path with every symbolic link followed are checked,
    so a link that leads into a case file is caught as well as a plain path.
    """
    absolute = Path.absolute(path)
    for candidate in (absolute, absolute.resolve()):
        for folder in (candidate, *candidate.parents):
            if is_case_folder(folder):
                return folder
    return None
