"""The case file on disk: a folder that behaves as one item, opened with a passphrase.

    NAME.casedesk/
        keys.json   the key file: wrapped data keys (keyslots), checksummed
        case.db     the SQLCipher 4 database (and its -wal / -shm while open)
        lock        who has it open for writing (an OS lock; cleared by a crash)

Opening checks, in order and without writing anything: that this is a case file, the key
file's checksum and version, the passphrase (on the keyslot, before the database is
touched), the database's size, first page, page HMACs and schema version. Only then is
the writer lock taken and the database opened for writing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable, Generator, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError

from casedesk.domain.errors import (
    CaseDeskError,
    CaseFileExistsError,
    CaseFileInUseError,
    DamagedCaseFileError,
    OlderVersionError,
    WrongPassphraseError,
)
from casedesk.domain.wording import translate
from casedesk.storage import keyslots as ks
from casedesk.storage import loading, rotation
from casedesk.storage.atomic import fsync_dir, make_private_dir
from casedesk.storage.audit import AuditWriter, signed_from
from casedesk.storage.engine import (
    DatabaseError,
    make_engine,
    read_refused,
    write_refused,
)
from casedesk.storage.integrity import (
    append_rewrites,
    sign_content_as_it_stands,
)
from casedesk.storage.layout import KEYS_NAME, LOCK_NAME, db_path
from casedesk.storage.loading import PagedRecord
from casedesk.storage.lock import WriterLock
from casedesk.storage.migrations import CURRENT_VERSION, SIGNING_VERSION, Rewrite, upgrade
from casedesk.storage.opening import (
    CheckReport,
    check_database_readonly,
    classify,
)
from casedesk.storage.records import CaseWrites
from casedesk.storage.signing import SigningKey, new_signing_key
from casedesk.storage.snapshot import Snapshot
from casedesk.storage.store_checks import Checking, signed_structure
from casedesk.storage.store_keys import (
    KeyManagement,
    record_public_key,
    record_signing_key,
    record_user,
)
from casedesk.storage.tables import meta, signing_keys
from casedesk.storage.unit_of_work import Changes, UnitOfWork


class CaseStore(KeyManagement, Checking):
    """An open case file: its key, its database, and (unless read-only) the writer lock."""

    def __init__(
        self,
        folder: Path,
        key_file: ks.KeyFile,
        data_key: bytes,
        slot: ks.Keyslot,
        read_only: bool,
        signing_key: SigningKey | None = None,
        kek: bytes | None = None,
    ) -> None:
        self.folder = folder
        # The user's own signing key (only their passphrase opened it), while open.
        self.signing_key = signing_key
        self._kek = kek  # kept only until a slot without a signing key has been given one
        # "Now" for every record written; tests set it (see ``CaseFile.clock``).
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.key_file = key_file
        self.slot = slot
        self.read_only = read_only
        self._data_key: bytes | None = data_key
        self._lock = WriterLock(folder / LOCK_NAME)
        self._engine: Engine | None = None
        self._immutable = False  # read held still: no -wal or -shm file is made
        # What a read found damaged, once one has: SQLCipher keeps the connection that met
        # it in an error state (its next BEGIN says "readonly"), and a damaged file is
        # restored from a backup, not used on; every later use is refused in its words.
        self._damage: str | None = None
        # Told the sentence once, when a read or write first meets damage (``CaseFile.
        # when_damaged``): the window closes the file then, not at each use after it.
        self.on_damage: Callable[[str], None] | None = None

    # -- creating and opening ---------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        owner: str,
        kdf: ks.KdfParams | None = None,
    ) -> tuple[CaseStore, str]:
        """Create a new case file; return it (open) and its recovery key (show it once)."""
        if folder.exists():
            raise CaseFileExistsError(
                translate("case_store", "{path} already exists; choose another name.").format(
                    path=folder
                )
            )
        key_file, data_key = ks.new_key_file()
        params = kdf or ks.calibrate()
        owner_key = new_signing_key()
        slots, recovery_key = ks.owner_and_recovery_slots(
            data_key,
            passphrase,
            file_id=key_file.file_id,
            owner=owner,
            kdf=params,
            owner_key=owner_key,
        )
        owner_slot = slots[0]
        key_file = key_file.with_slots(slots)
        staging = folder.with_name(f".{folder.name}.creating")
        shutil.rmtree(staging, ignore_errors=True)
        make_private_dir(staging)
        try:
            # SQLite gives -wal and -shm the database file's mode, so create it private.
            os.close(os.open(db_path(staging), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            engine = make_engine(db_path(staging), data_key)
            with engine.begin() as connection:
                upgrade(connection, key_file.file_id)
                now = owner_slot.created_at
                audit = AuditWriter(
                    connection, owner, translate("case_store", "Create case file"), owner_key
                )
                record_user(audit, owner, "owner", now)
                created = translate("case_store", "case file created")
                for slot in slots:  # the owner's key is the first: it signs its own issue
                    record_signing_key(audit, slot, now, owner, created)
                audit.append("case_file", key_file.file_id, None, {"owner": owner})
                audit.finish()
            engine.dispose()
            ks.write_key_file(staging / KEYS_NAME, key_file)
            fsync_dir(staging)
            staging.rename(folder)
            fsync_dir(folder.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        store = cls(folder, key_file, data_key, owner_slot, False, owner_key)
        store._start()
        return store, recovery_key

    @classmethod
    def open(
        cls,
        folder: Path,
        secret: str,
        user: str | None = None,
        read_only: bool = False,
        verify_pages: bool = True,
        allow_older: bool = False,
        brief: bool = False,
    ) -> CaseStore:
        """Open an existing case file; every failure leaves its files untouched.

        An older file opened for writing is upgraded (after a backup). Opened read-only it
        cannot be, so it is refused with a sentence saying what to do, unless
        ``allow_older`` (for ``check``, which reads no records).
        """
        classify(folder)
        key_file = ks.read_key_file(folder / KEYS_NAME)
        unlocked = key_file.unlock(secret, user)
        return cls.open_with_key(
            folder, key_file, unlocked, read_only, verify_pages, allow_older, brief
        )

    @classmethod
    def open_with_key(
        cls,
        folder: Path,
        key_file: ks.KeyFile,
        unlocked: ks.Unlocked,
        read_only: bool = False,
        verify_pages: bool = True,
        allow_older: bool = False,
        brief: bool = False,
    ) -> CaseStore:
        """Open once the key is known (after ``unlock``): the checks, the lock, the engine.
        ``brief`` (read-only): a command's short read (see ``_hold_still``)."""
        check_database_readonly(folder, unlocked.data_key, key_file.file_id, verify_pages)
        store = cls(
            folder,
            key_file,
            unlocked.data_key,
            unlocked.slot,
            read_only,
            unlocked.signing_key,
            unlocked.kek,
        )
        store._start(allow_older, brief)
        return store

    def _start(self, allow_older: bool = False, brief: bool = False) -> None:
        immutable = False
        self._immutable = False
        if not self.read_only:
            recovery = translate("case_store", "the recovery key")
            self._lock.acquire(self.user if self.slot.role != "recovery" else recovery)
        elif brief:
            immutable = self._immutable = self._hold_still()
        try:
            assert self._data_key is not None
            self._engine = make_engine(
                db_path(self.folder), self._data_key, self.read_only, immutable
            )
            version = self._schema_version()
            if version < SIGNING_VERSION and not allow_older:  # check reads it, and says so
                with self.connect() as connection:
                    if signed_structure(connection):
                        raise DamagedCaseFileError(
                            translate(
                                "case_store",
                                "This case file's schema version was changed outside CaseDesk "
                                "(its records are signed, its version says they are not). "
                                "Restore it from a backup.",
                            )
                        )
            if not self.read_only:
                self._upgrade_if_needed(version)
                if self._schema_version() >= SIGNING_VERSION:
                    self._ensure_signing_key()
            elif version < CURRENT_VERSION and not allow_older:
                raise OlderVersionError(
                    translate(
                        "case_store",
                        "This case file was written by an earlier version of CaseDesk (schema "
                        "{version}) and must be upgraded before it can be read, which opening "
                        "it read-only cannot do. Open it once normally (not read-only): "
                        "CaseDesk upgrades it and keeps a backup of it as it was.",
                    ).format(version=version)
                )
            if not brief and self._schema_version() == CURRENT_VERSION:  # (check reads older)
                # Only a head start: whatever it cannot read fails, and is reported, when
                # a case is first read for real.
                with contextlib.suppress(OperationalError), self.connect() as connection:
                    loading.prepare_case_reads(connection)
        except BaseException:
            self.close()
            raise
        finally:
            self._kek = None

    def _hold_still(self) -> bool:
        """For a brief read (a command): when nobody has the file open for writing, hold
        the writer lock while reading, so the database cannot change and is read without
        making -wal and -shm files beside it (which read-only commands used to leave).
        True when held; with a writer at work, the read goes on as an ordinary reader."""
        database = db_path(self.folder)
        if any(database.with_name(database.name + s).exists() for s in ("-wal", "-shm")):
            return False
        try:
            self._lock.acquire(translate("case_store", "a command reading the case file"))
        except CaseFileInUseError:
            return False
        return True

    def _schema_version(self) -> int:
        with self.connect() as connection:
            return int(
                connection.execute(
                    select(meta.c.value).where(meta.c.key == "schema_version")
                ).scalar_one()
            )

    def _upgrade_if_needed(self, version: int) -> None:
        """Upgrade an older file in one transaction (after a backup): the schema steps, the
        upgrading user's first signing key if their slot has none, the upgrade record and,
        on the way to signed records, every record's content as it stands, signed. A crash
        leaves the file as it was before the upgrade."""
        if version >= CURRENT_VERSION:
            return
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.backup(self.folder.with_name(f"{self.folder.stem}-before-upgrade-{stamp}.cdbackup"))
        key_file = self.key_file
        rewrites: list[Rewrite] = []
        with self._begin() as connection:
            upgrade(connection, self.key_file.file_id, rewrites)
            signs = signed_structure(connection)
            issued: ks.Keyslot | None = None
            if signs and self.slot.signing is None and self._kek is not None:
                issued, self.signing_key = ks.with_signing(
                    self.slot, self._kek, self.key_file.file_id
                )
            audit = AuditWriter(
                connection,
                self.user,
                translate("case_store", "Upgrade case file"),
                self.signing_key,
                signed=signs,
            )
            if issued is not None:
                now = self.clock().astimezone(UTC).isoformat(timespec="seconds")
                reason = translate(
                    "case_store", "first key, at the first opening since records are signed"
                )
                record_signing_key(audit, issued, now, self.user, reason)
                key_file = key_file.with_slots(
                    tuple(issued if s.slot_id == issued.slot_id else s for s in key_file.slots)
                )
            audit.append(
                "case_file",
                self.key_file.file_id,
                {"schema_version": version},
                {"schema_version": CURRENT_VERSION},
            )
            append_rewrites(connection, audit, rewrites)
            if signs and version < SIGNING_VERSION:
                sign_content_as_it_stands(connection, audit)
            audit.finish()
            if issued is not None:  # inside the transaction: a failed write rolls it back
                ks.write_key_file(self.folder / KEYS_NAME, key_file)
        if issued is not None:
            self.key_file, self.slot = key_file, issued

    def _ensure_signing_key(self) -> None:
        """A slot made before records were signed gets its user's own signing key at their
        first opening (only now is their passphrase-derived key at hand); a key not yet in
        the case file is recorded there. Both are signed with the key itself."""
        slot = self.slot
        issued = ""
        if slot.signing is None:
            with self.connect() as connection:
                had = connection.execute(
                    select(signing_keys.c.key_id).where(signing_keys.c.user == slot.user)
                ).first()
            if had is not None:
                # A user who had a key has lost it from the key file: not a first opening.
                raise DamagedCaseFileError(
                    translate(
                        "case_store",
                        "The signing key of {user} is missing from the case file's key file, "
                        "which was changed. Restore the key file from a backup, or ask the "
                        "owner to set a new passphrase for you (that issues a new key).",
                    ).format(user=slot.user)
                )
            if self._kek is None:
                return
            self._refuse_unissued(slot)
            slot, self.signing_key = ks.with_signing(slot, self._kek, self.key_file.file_id)
            issued = translate(
                "case_store", "first key, at the first opening since records are signed"
            )
        assert slot.signing is not None
        with self.connect() as connection:
            known = connection.execute(
                select(signing_keys.c.key_id).where(signing_keys.c.key_id == slot.signing.key_id)
            ).first()
        if known is not None and not issued:
            return
        if not issued:
            self._refuse_unissued(slot)
        now = self.clock().astimezone(UTC).isoformat(timespec="seconds")
        key_file = self.key_file.with_slots(
            tuple(slot if s.slot_id == slot.slot_id else s for s in self.key_file.slots)
        )
        with self._begin() as connection:
            audit = AuditWriter(
                connection,
                self.user,
                translate("case_store", "Record signing key"),
                self.signing_key,
            )
            reason = issued or translate("case_store", "recorded at opening")
            record_signing_key(audit, slot, now, self.user, reason)
            audit.finish()
            if issued:
                ks.write_key_file(self.folder / KEYS_NAME, key_file)
        self.key_file, self.slot = key_file, slot

    def _refuse_unissued(self, slot: ks.Keyslot) -> None:
        """In a file created with signing the owner issues every user's key when adding
        them: a slot whose key the file never recorded was put in the key file by hand."""
        with self.connect() as connection:
            born_signed = signed_from(connection) == 1
        if born_signed:
            raise DamagedCaseFileError(
                translate(
                    "case_store",
                    "The key file holds a passphrase for {user} that the case file's owner "
                    "never issued (the key file was changed outside CaseDesk). Restore the key "
                    "file from a backup, or ask the owner to add the user properly.",
                ).format(user=slot.user)
            )

    # -- using ----------------------------------------------------------------------

    @property
    def file_id(self) -> str:
        """The case file's own id (from its key file)."""
        return self.key_file.file_id

    @property
    def role(self) -> str:
        """The role of the key that opened the file (owner, supervisor, recovery ...)."""
        return self.slot.role

    def users(self) -> list[tuple[str, str, str]]:
        """(name, role, added at) of everyone with a key, the recovery key included."""
        return [(s.user, s.role, s.created_at) for s in self.key_file.slots]

    @property
    def is_open(self) -> bool:
        """False once closed (or locked)."""
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        """The engine; raises if the case file is closed."""
        if self._engine is None:
            raise CaseDeskError(
                translate("case_store", "The case file is closed (or locked); open it again.")
            )
        if self._damage is not None:
            raise DamagedCaseFileError(self._damage)
        return self._engine

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for storage's own reading (checks, backups); not for services."""
        with self._refused_in_words(), self.engine.connect() as connection:
            yield connection

    @contextlib.contextmanager
    def read(self) -> Iterator[Snapshot]:
        """A snapshot to read records from (the door services read through)."""
        with self._refused_in_words(), self.engine.connect() as connection:
            yield Snapshot(connection)

    @contextlib.contextmanager
    def _refused_in_words(self, writing: bool = False) -> Iterator[None]:
        """What the database refuses is said in one sentence: a write the disk refuses
        (``write_refused``), a read of a damaged page or a disk gone (``read_refused``);
        damage, for every use after it too."""
        try:
            yield
        except (SQLAlchemyDatabaseError, DatabaseError) as error:
            refused = write_refused(error, self.folder) if writing else error
            if refused is error:
                refused = read_refused(error, self.folder)
            if refused is error:
                raise
            if isinstance(refused, DamagedCaseFileError):
                first = self._damage is None
                self._damage = str(refused)
                if first and self.on_damage is not None:
                    self.on_damage(self._damage)
            raise refused from None

    def case_record_in_pages(
        self, reference: str
    ) -> Generator[PagedRecord | None, bool | None, None]:
        """The case's whole record read a page at a time, each page a brief read of its
        own (``loading.CaseReading``; no connection is held between pages, so nothing
        waits on it): None after each page, the record last, with the change of the file
        every page was read at; no record when the file changed between two pages.
        Sent True after a page, the next page is all that is left (the case is being
        opened: on by pages, it would only take longer)."""
        reading = loading.CaseReading(reference)
        rest = False
        while True:
            try:
                with self.read() as snapshot:
                    record = snapshot.read_case_page(reading, rest)
            except loading.FileChangedError:
                return
            if record is None:
                rest = bool((yield None))
                continue
            assert reading.change is not None  # set by the first page
            yield PagedRecord(reading.change, record)
            return

    @contextlib.contextmanager
    def _begin(self) -> Iterator[Connection]:
        if self.read_only:
            raise CaseDeskError(
                translate(
                    "case_store", "This case file is open read-only, so nothing can be changed."
                )
            )
        with self.engine.begin() as connection:
            yield connection

    @contextlib.contextmanager
    def transaction(self, name: str, signer: ks.Unlocked | None = None) -> Iterator[CaseWrites]:
        """One named, audited unit of work; commits on success, rolls back on error.
        ``signer``: another user of the file (``unlock_user``) makes and signs it, in
        front of the one who has it open (a supervisor signing off)."""
        now = self.clock().astimezone(UTC).isoformat(timespec="seconds")
        user, role, key = (self.user, self.slot.role, self.signing_key)
        if signer is not None:
            user, role, key = signer.slot.user, signer.slot.role, signer.signing_key
        with self._refused_in_words(writing=True), self._begin() as connection:
            work = UnitOfWork(connection, user, name, now, key)
            yield CaseWrites(work, role, self.file_id)
            work.finish()

    def unlock_user(self, secret: str, user: str | None = None) -> ks.Unlocked:
        """What another user's own passphrase opens in this file's key file (their slot and
        signing key), or WrongPassphraseError."""
        return self.key_file.unlock(secret, user)

    def close(self) -> None:
        """Close the database, drop the key from this object, and release the lock."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._data_key = None
        self._lock.release()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- keys and users ---------------------------------------------------------------

    def _require_key(self) -> bytes:
        if self._data_key is None:
            raise CaseDeskError(
                translate("case_store", "The case file is closed (or locked); open it again.")
            )
        return self._data_key

    def rotate_data_key(
        self, passphrase: str, kdf: ks.KdfParams | None = None
    ) -> rotation.RotationResult:
        """Re-encrypt under a new data key; only the owner's passphrase and a new recovery
        key open the result (see ``storage.rotation``)."""
        if self.read_only or self.slot.role != "owner":
            raise CaseDeskError(
                translate(
                    "case_store", "Only the owner, with their passphrase, can rotate the data key."
                )
            )
        data_key = self._require_key()
        if ks.unwrap(self.slot, passphrase, self.key_file.file_id) != data_key:
            raise WrongPassphraseError(
                translate("case_store", "The passphrase is not right; nothing was changed.")
            )
        for leftover in self.folder.parent.glob(f".{self.folder.name}.rotating-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        recovery_key = new_signing_key()
        with self._begin() as connection:
            audit = AuditWriter(
                connection, self.user, translate("case_store", "Rotate data key"), self.signing_key
            )
            audit.append("case_file", self.key_file.file_id, None, {"rotated_by": self.user})
            rotated = translate("case_store", "data key rotated")
            record_public_key(audit, recovery_key, ks.RECOVERY_USER, "recovery", self.user, rotated)
            audit.finish()
        with self.connect() as connection:
            staging, result = rotation.build_rotated_copy(
                connection.connection.dbapi_connection,
                self.folder,
                self.key_file,
                self.slot,
                passphrase,
                data_key,
                kdf or ks.calibrate(),
                (self.signing_key, recovery_key),
            )
        try:
            with CaseStore.open(staging, passphrase) as verified:
                report = verified.check()
            if not report.ok:
                raise DamagedCaseFileError(
                    translate(
                        "case_store",
                        "The re-encrypted copy did not check clean, so the case file was left "
                        "as it was: {problems}",
                    ).format(problems="; ".join(report.problems))
                )
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        (staging / LOCK_NAME).unlink(missing_ok=True)
        self.close()
        rotation.swap_into_place(staging, self.folder)
        reopened = CaseStore.open(self.folder, passphrase)
        self.key_file, self.slot = reopened.key_file, reopened.slot
        self.signing_key = reopened.signing_key
        self._data_key, self._engine, self._lock = (
            reopened._data_key,
            reopened._engine,
            reopened._lock,
        )
        return result


__all__ = ["CaseStore", "CaseWrites", "Changes", "CheckReport", "Snapshot", "classify"]
