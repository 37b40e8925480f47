"""Opening a case file without writing anything: is it a case file, is its database whole,
is it a version this CaseDesk reads. Each failure is one plain error; the files are left
exactly as they were (SQLite opens the database immutable when no crash left a -wal).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casedesk.domain.errors import (
    CaseDeskError,
    DamagedCaseFileError,
    NewerVersionError,
    NotACaseFileError,
)
from casedesk.domain.wording import translate
from casedesk.storage import rotation
from casedesk.storage.engine import DatabaseError, connect_raw
from casedesk.storage.layout import KEYS_NAME, db_path
from casedesk.storage.migrations import CURRENT_VERSION

PAGE_SIZE = 4096
BACKUP_MAGIC = b"CASEDESK-BACKUP\x00"


@dataclass(frozen=True)
class CheckReport:
    """The result of ``casedesk check``: each finding, and whether all is well."""

    findings: list[str]
    problems: list[str]

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


def classify(folder: Path) -> None:
    """Raise the right error when ``folder`` is not a case file."""
    if rotation.recover_interrupted_swap(folder):
        pass  # a key rotation was interrupted between its renames: the original is back
    if not folder.exists():
        raise CaseDeskError(
            translate("opening", "There is no case file at {path}.").format(path=folder)
        )
    if folder.is_file():
        with folder.open("rb") as handle:
            head = handle.read(len(BACKUP_MAGIC))
        if head == BACKUP_MAGIC:
            raise NotACaseFileError(
                translate(
                    "opening",
                    "This is a CaseDesk backup, not a case file. Restore it with "
                    "'casedesk restore BACKUP NEW-CASE-FILE'.",
                )
            )
        raise NotACaseFileError(
            translate("opening", "{name} is not a CaseDesk case file.").format(name=folder.name)
        )
    if not (folder / KEYS_NAME).exists():
        if db_path(folder).exists():
            raise DamagedCaseFileError(
                translate(
                    "opening",
                    "The case file has lost its key file (keys.json), so it cannot be opened. "
                    "Restore it from a backup.",
                )
            )
        raise NotACaseFileError(
            translate("opening", "{name} is not a CaseDesk case file.").format(name=folder.name)
        )
    for name in (KEYS_NAME, db_path(folder).name):
        if (folder / name).is_symlink():
            # Writing through a link would change a file outside the case file.
            raise DamagedCaseFileError(
                translate(
                    "opening",
                    "The case file's {name} is a symbolic link to another place, so CaseDesk "
                    "will not open it. Put the real file in its place, or restore from a backup.",
                ).format(name=name)
            )


def damaged_pages_error(bad: list[str]) -> DamagedCaseFileError:
    """The error for pages whose authentication code fails."""
    return DamagedCaseFileError(
        translate(
            "opening",
            "The case file's database is damaged: %n page(s) fail their integrity check "
            "({pages}). Restore it from a backup.",
            None,
            len(bad),
        ).format(pages="; ".join(bad[:3]))
    )


def check_database_readonly(
    folder: Path, data_key: bytes, file_id: str, verify_pages: bool = True
) -> None:
    """Check the database without writing to it; raise a plain error for each problem.

    ``verify_pages`` checks every page's HMAC (~600 MB/s here); without it only page 1,
    the schema and the version are read, and ``CaseStore.verify_pages`` must follow.
    """
    db = db_path(folder)
    if not db.exists():
        raise DamagedCaseFileError(
            translate(
                "opening",
                "The case file's database (case.db) is missing. Restore it from a backup.",
            )
        )
    size = db.stat().st_size
    if size == 0:
        raise DamagedCaseFileError(
            translate(
                "opening",
                "The case file's database is empty (0 bytes): it was cut short, perhaps when a "
                "disk filled up or a copy stopped. Restore it from a backup.",
            )
        )
    if size % PAGE_SIZE:
        raise DamagedCaseFileError(
            translate(
                "opening",
                "The case file's database is cut short or has extra bytes ({size} bytes is "
                "not a whole number of pages). Restore it from a backup.",
            ).format(size=f"{size:,}")
        )
    try:
        # With no -wal left by a crash, open immutable: SQLite then creates no -shm/-wal
        # either, so a failed open leaves the folder exactly as it was.
        wal = db.with_name(db.name + "-wal")
        hot_wal = wal.exists() and wal.stat().st_size > 0
        connection = connect_raw(db, data_key, read_only=True, immutable=not hot_wal)
    except DatabaseError:
        raise DamagedCaseFileError(
            translate("opening", "The case file's database cannot be read.")
        ) from None
    try:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as error:
            # The passphrase already opened the key, so an unreadable first page is damage.
            if "not a database" in str(error):
                raise DamagedCaseFileError(
                    translate(
                        "opening",
                        "The case file's database is damaged at its start (page 1 cannot be "
                        "decrypted although the passphrase is right). Restore it from a backup.",
                    )
                ) from None
            raise DamagedCaseFileError(
                translate(
                    "opening",
                    "The case file's database is damaged ({error}); part of it may have been "
                    "cut off. Restore it from a backup.",
                ).format(error=error)
            ) from None
        if verify_pages:
            bad = [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
            if bad:
                raise damaged_pages_error(bad)
        try:
            rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        except DatabaseError:
            raise DamagedCaseFileError(
                translate(
                    "opening",
                    "The case file's database has lost its version record. Restore it from a "
                    "backup.",
                )
            ) from None
    finally:
        connection.close()
    if rows.get("file_id") != file_id:
        raise DamagedCaseFileError(
            translate(
                "opening",
                "The case file's key file and database do not belong together (they come from "
                "different case files). Restore the case file from a backup.",
            )
        )
    version = int(rows.get("schema_version", "0"))
    if version > CURRENT_VERSION:
        raise NewerVersionError(
            translate(
                "opening",
                "This case file was written by a newer version of CaseDesk (schema {version}; "
                "this version reads up to {supported}). Update CaseDesk to open it.",
            ).format(version=version, supported=CURRENT_VERSION)
        )
