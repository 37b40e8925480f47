"""``CaseFile``: the one door to an open case file for the GUI, the command line and exports.

It hides the engine and the keys (they stay in ``storage``); callers create, open, lock,
check, back up and change keys through it, and write only inside named units of work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import DEFAULT_CATEGORIES, Category
from casedesk.domain.errors import CaseDeskError, InvalidDocumentError
from casedesk.domain.ids import PersonId
from casedesk.services import interchange, interchange_reading
from casedesk.services.passphrase_policy import require_strong
from casedesk.storage import keyslots, loading, queries
from casedesk.storage import records as records_module
from casedesk.storage.case_store import CaseStore, CheckReport
from casedesk.storage.queries import CaseSummaryRow
from casedesk.storage.restore import restore as restore_backup
from casedesk.storage.rotation import RotationResult
from casedesk.storage.unit_of_work import Changes, UnitOfWork

SUFFIX = ".casedesk"


@dataclass(frozen=True)
class UserInfo:
    """A user who can open the case file (no key material)."""

    name: str
    role: str
    added_at: str


# Above this size, checking every page on open takes longer than a person should wait
# (~600 MB/s here), so the GUI checks in the background instead.
DEFER_PAGE_CHECK_BYTES = 16 * 1024 * 1024


def should_defer_page_check(path: Path) -> bool:
    """True when the case file is large enough for a background page check."""
    database = path / "case.db"
    return database.exists() and database.stat().st_size > DEFER_PAGE_CHECK_BYTES


def with_suffix(path: Path) -> Path:
    """``path`` with the .casedesk suffix added when it has none."""
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


@dataclass(frozen=True)
class KdfChoice:
    """How hard to make each passphrase's key derivation (tests use the floor)."""

    minimum: bool = False

    def params(self) -> keyslots.KdfParams:
        """The parameters: calibrated to ~0.5 s here, or the floor."""
        return keyslots.KdfParams.minimum() if self.minimum else keyslots.calibrate()


CALIBRATED = KdfChoice()
FLOOR = KdfChoice(minimum=True)


class CaseFile:
    """An open case file."""

    def __init__(self, store: CaseStore) -> None:
        self._store = store

    # -- lifecycle ----------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        owner: str,
        kdf: KdfChoice = CALIBRATED,
        check_strength: bool = True,
    ) -> tuple[CaseFile, str]:
        """Create a case file; return it and the recovery key to show once."""
        if not owner.strip():
            raise CaseDeskError("The owner's name cannot be empty.")
        if check_strength:
            require_strong(passphrase, (owner, path.stem))
        store, recovery_key = CaseStore.create(path, passphrase, owner.strip(), kdf.params())
        return cls(store), recovery_key

    @classmethod
    def open(
        cls,
        path: Path,
        secret: str,
        user: str | None = None,
        read_only: bool = False,
        defer_page_check: bool = False,
        allow_older: bool = False,
    ) -> CaseFile:
        """Open with a passphrase or the recovery key.

        Every page's authentication code is checked before the file opens, unless
        ``defer_page_check``: then the caller must run ``verify_pages`` straight after
        (the GUI does, in the background, for large files). A file of an earlier schema
        opened read-only is refused (it cannot be upgraded) unless ``allow_older``, which
        only ``check`` may use: it reads no records.
        """
        return cls(CaseStore.open(path, secret, user, read_only, not defer_page_check, allow_older))

    def verify_pages(self) -> None:
        """Check every page; raise DamagedCaseFileError if any fails (any thread)."""
        self._store.verify_pages()

    def close(self) -> None:
        """Close the database and forget the key."""
        self._store.close()

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        """Where the case file is."""
        return self._store.folder

    @property
    def user(self) -> str:
        """Who opened it."""
        return self._store.user

    @property
    def role(self) -> str:
        """The role of the key that opened it (owner, supervisor, recovery ...)."""
        return self._store.slot.role

    @property
    def read_only(self) -> bool:
        """True when opened read-only."""
        return self._store.read_only

    @property
    def is_open(self) -> bool:
        """False after close or lock."""
        return self._store.is_open

    # -- writing --------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self, name: str) -> Iterator[UnitOfWork]:
        """A named, audited unit of work (``work.changes`` says what changed)."""
        with self._store.transaction(name) as work:
            yield work

    # -- keys and users -----------------------------------------------------------------

    def users(self) -> list[UserInfo]:
        """Everyone with a key, the recovery key included."""
        return [UserInfo(s.user, s.role, s.created_at) for s in self._store.key_file.slots]

    def change_passphrase(
        self,
        new_passphrase: str,
        user: str | None = None,
        kdf: KdfChoice = CALIBRATED,
        check_strength: bool = True,
    ) -> None:
        """Change a passphrase without re-encrypting the case file."""
        if check_strength:
            require_strong(new_passphrase, (user or self.user,))
        self._store.change_passphrase(new_passphrase, user, kdf.params())

    def add_user(
        self,
        name: str,
        role: str,
        passphrase: str,
        kdf: KdfChoice = CALIBRATED,
        check_strength: bool = True,
    ) -> None:
        """Give another person (a supervisor, say) their own passphrase."""
        if check_strength:
            require_strong(passphrase, (name,))
        self._store.add_user(name.strip(), role, passphrase, kdf.params())

    def remove_user(self, name: str) -> None:
        """Take a person's key away."""
        self._store.remove_user(name)

    def rotate_data_key(self, passphrase: str, kdf: KdfChoice = CALIBRATED) -> RotationResult:
        """Re-encrypt under a new data key (after removing someone who may keep a copy).

        Returns the new recovery key (show it once) and the users who must be added again.
        """
        return self._store.rotate_data_key(passphrase, kdf.params())

    # -- reading -----------------------------------------------------------------------

    def case_summaries(self) -> list[CaseSummaryRow]:
        """Every case in the file, for the case list."""
        with self._store.read() as connection:
            return queries.case_summaries(connection)

    def case_references(self) -> list[str]:
        """Every case reference in the file."""
        with self._store.read() as connection:
            return loading.case_references(connection)

    def case_record(self, reference: str, with_chronology: bool = True) -> CaseRecord:
        """The whole record of the case with this reference."""
        with self._store.read() as connection:
            case_id = loading.find_case_id(connection, reference)
            if case_id is None:
                raise CaseDeskError(f"There is no case with the reference '{reference}'.")
            return loading.load_case_record(connection, case_id, with_chronology)

    def diagram_positions(self, case_id: str, diagram: str) -> dict[PersonId, tuple[float, float]]:
        """Where the worker placed people by hand on one of a case's diagrams."""
        with self._store.read() as connection:
            return loading.diagram_positions(connection, case_id, diagram)

    def categories(self) -> list[Category]:
        """The chronology categories of this file: the defaults, then those it added."""
        with self._store.read() as connection:
            added = loading.custom_categories(connection)
        return [*DEFAULT_CATEGORIES, *(Category(name) for name in added)]

    def add_category(self, name: str) -> Category:
        """Add a category to this file's list (names are case- and space-insensitive)."""
        try:
            category = Category(name)
        except ValueError as error:
            raise CaseDeskError(f"That category cannot be added: {error}.") from None
        if category in self.categories():
            raise CaseDeskError(f"'{category.value}' is already a category.")
        with self.transaction("Add chronology category") as work:
            records_module.add_categories(work, [category.value], self.user)
        return category

    def search_chronology(self, case_id: str, text: str) -> set[str]:
        """Ids of the case's entries matching every word of ``text`` (full-text index)."""
        with self._store.read() as connection:
            return queries.search_entries(connection, case_id, text)

    def export_document(self, references: list[str]) -> dict[str, Any]:
        """The interchange document for these cases."""
        return interchange.to_document([self.case_record(ref) for ref in references])

    def import_document(self, data: Any, today: date | None = None) -> list[str]:
        """Validate a whole interchange document, then write it in one unit of work.

        Raises InvalidDocumentError listing every problem (nothing written). People
        already in the file (same id) are linked, not duplicated. Returns the references.
        """
        records, problems = interchange_reading.from_document(data, today or date.today())
        messages = [str(p) for p in problems]
        with self._store.read() as connection:
            messages += _conflicts(connection, records)
            known = loading.known_person_ids(connection, [p.id for r in records for p in r.people])
        if messages:
            raise InvalidDocumentError(messages)
        known_categories = set(self.categories())
        new_categories = sorted(
            {
                e.category.value
                for r in records
                for e in r.entries
                if e.category not in known_categories
            }
        )
        with self.transaction("Import cases") as work:
            records_module.add_categories(work, new_categories, self.user)
            for record in records:
                records_module.add_case_record(work, record, known)
                known.update(p.id for p in record.people)
        return [r.case.reference for r in records]

    # -- checks and backups --------------------------------------------------------------

    def check(self) -> CheckReport:
        """Encryption, structure and audit-trail checks."""
        return self._store.check()

    def backup(self, out: Path) -> None:
        """Write one self-contained encrypted backup atomically."""
        self._store.backup(out)


def _ids_to_check(record: CaseRecord) -> list[tuple[str, str, list[str], str]]:
    """(table, column, values, what) for every id the record would add."""
    return [
        ("cases", "reference", [record.case.reference], "a case with this reference"),
        ("cases", "id", [record.case.id], "a case with this id"),
        ("relationships", "id", [x.id for x in record.relationships], "a relationship id"),
        ("chronology_entries", "id", [x.id for x in record.entries], "a chronology entry id"),
        ("professionals", "id", [x.id for x in record.professionals], "a team member id"),
        ("concerns", "id", [x.id for x in record.concerns], "a concern id"),
        ("information_sharing", "id", [x.id for x in record.sharing], "a sharing decision id"),
        (
            "identification_attempts",
            "id",
            [x.id for x in record.identification_attempts],
            "an identification attempt id",
        ),
    ]


def _conflicts(connection: Any, records: list[CaseRecord]) -> list[str]:
    """Problems where the document would collide with what the file already holds."""
    found: list[str] = []
    for index, record in enumerate(records):
        for table, column, values, what in _ids_to_check(record):
            for clash in sorted(loading.existing_values(connection, table, column, values)):
                found.append(f"/cases/{index}: {what} ('{clash}') is already in the case file")
    return found


def restore(backup: Path, path: Path, secret: str, force: bool = False) -> list[str]:
    """Restore a backup to ``path``; it must open with ``secret`` and check clean."""
    return restore_backup(backup, path, secret, force)


__all__ = [
    "CaseFile",
    "CaseSummaryRow",
    "Changes",
    "CheckReport",
    "KdfChoice",
    "UserInfo",
    "restore",
]
