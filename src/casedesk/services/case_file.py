"""``CaseFile``: the one door to an open case file for the GUI, the command line and exports.

It hides the engine and the keys (they stay in ``storage``); callers create, open, lock,
check, back up and change keys through it, and write only inside named units of work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casedesk.domain.errors import CaseDeskError
from casedesk.services.passphrase_policy import require_strong
from casedesk.storage import keyslots, queries
from casedesk.storage.backup import restore as restore_backup
from casedesk.storage.case_store import CaseStore, CheckReport
from casedesk.storage.queries import CaseSummaryRow
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
    ) -> CaseFile:
        """Open with a passphrase or the recovery key.

        Every page's authentication code is checked before the file opens, unless
        ``defer_page_check``: then the caller must run ``verify_pages`` straight after
        (the GUI does, in the background, for large files).
        """
        return cls(CaseStore.open(path, secret, user, read_only, not defer_page_check))

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

    # -- checks and backups --------------------------------------------------------------

    def check(self) -> CheckReport:
        """Encryption, structure and audit-trail checks."""
        return self._store.check()

    def backup(self, out: Path) -> None:
        """Write one self-contained encrypted backup atomically."""
        self._store.backup(out)


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
