"""``CaseFile``: the one door to an open case file for the GUI, the command line and exports.

It hides the engine and the keys (they stay in ``storage``); callers create, open, lock,
check, back up and change keys through it, and write only inside named units of work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import DEFAULT_CATEGORIES, Category
from casedesk.domain.demonstration import DEMO_MARK, is_demo_reference
from casedesk.domain.errors import CaseDeskError, InvalidDocumentError
from casedesk.domain.ids import PersonId
from casedesk.domain.wording import translate
from casedesk.services import interchange, interchange_reading
from casedesk.services.anchors import forget_heads, remember_head, seen_heads
from casedesk.services.deadlines import (
    COUNTED_BY,
    LoadedTimescales,
    TimescaleSettings,
    fingerprint,
    load_timescales,
    read_settings,
    write_settings,
)
from casedesk.services.gc_pause import gc_paused
from casedesk.services.import_conflicts import import_conflicts
from casedesk.services.passphrase_policy import require_strong
from casedesk.services.record_cache import RecentRecords
from casedesk.storage import keyslots
from casedesk.storage.case_store import CaseStore, CheckReport
from casedesk.storage.keyslots import Unlocked
from casedesk.storage.layout import database_size
from casedesk.storage.queries import CaseSummaryRow, HistoryRow, OpenItem
from casedesk.storage.restore import restore as restore_backup
from casedesk.storage.rotation import RotationResult
from casedesk.storage.signing import SigningKey
from casedesk.storage.unit_of_work import Changes

if TYPE_CHECKING:  # the protocol is for type checking; importing it costs start-up time
    from casedesk.services.store import Snapshot, Store, Writes

SUFFIX = ".casedesk"
DEMONSTRATION = "demonstration"  # the file's setting: set (to DEMO_MARK) in a demo file


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
    return database_size(path) > DEFER_PAGE_CHECK_BYTES


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

    def __init__(self, store: Store) -> None:
        self._store = store
        self._timescales: LoadedTimescales | None = None
        # Each sign-off verified once while the file is open (``services.sign_off``): its
        # verdict depends only on the audit trail up to its own unit of work, which this
        # process holds the file's lock against anyone changing.
        self.sign_off_verdicts: dict[str, tuple[object, str]] = {}
        self._records = RecentRecords()

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
            raise CaseDeskError(translate("case_file", "The owner's name cannot be empty."))
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
        brief: bool = False,
    ) -> CaseFile:
        """Open with a passphrase or the recovery key.

        Every page's authentication code is checked before the file opens, unless
        ``defer_page_check``: then the caller must run ``verify_pages`` straight after
        (the GUI does, in the background, for large files). A file of an earlier schema
        opened read-only is refused (it cannot be upgraded) unless ``allow_older``, which
        only ``check`` may use (it reads what it verifies, and says what it could not).
        ``brief`` read-only opens (a command that reads and exits) leave no -wal or -shm
        files beside the database.
        """
        return cls(
            CaseStore.open(path, secret, user, read_only, not defer_page_check, allow_older, brief)
        )

    def verify_pages(self) -> None:
        """Check every page; raise DamagedCaseFileError if any fails (any thread)."""
        self._store.verify_pages()

    def close(self) -> None:
        """Close the database and forget the key; remember the head of the audit chain
        (only its number and hash) so a later check can tell a rollback."""
        try:
            if self._store.is_open and not self._store.read_only:
                # Only a help to a later check: a file that cannot say its head (damaged,
                # its disk gone) is closed all the same, its lock given up.
                with contextlib.suppress(CaseDeskError):
                    remember_head(self._store.file_id, self.path, self._store.head())
        finally:
            self._records.clear()
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
        return self._store.role

    def when_damaged(self, tell: Callable[[str], None]) -> None:
        """Call ``tell`` with the sentence once, when a read or write first meets a damaged
        page (a large file is used before its pages are all checked); from then on every
        use of the file is refused in the same words. ``tell`` may be called from any
        thread, in the middle of the read that met it."""
        self._store.on_damage = tell

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        """Use ``clock`` for "now" and "today" from here on (tests set a fixed day)."""
        self._store.clock = clock

    def now(self) -> datetime:
        """The time by the case file's clock."""
        return self._store.clock()

    def today(self) -> date:
        """Today by the case file's clock, in local time (deadlines, ages, 'in the future')."""
        return self._store.clock().astimezone().date()

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
    def transaction(self, name: str, signer: Unlocked | None = None) -> Iterator[Writes]:
        """A named, audited unit of work (``work.changes`` says what changed); made and
        signed by ``signer`` when another user of the file unlocked it (``unlock_user``)."""
        with self._store.transaction(name, signer) as work:
            yield work

    def unlock_user(self, secret: str, user: str | None = None) -> Unlocked:
        """Another user's own passphrase opened in this file's key file (a supervisor
        signing off at the worker's desk), or WrongPassphraseError."""
        return self._store.unlock_user(secret, user)

    @property
    def file_id(self) -> str:
        """The case file's own id."""
        return self._store.file_id

    def head(self) -> tuple[int, str]:
        """The audit chain's newest entry (its number and hash): a signed summary names
        it, so a later rewrite of the file's history shows against the copy shared."""
        return self._store.head()

    @property
    def signing_key(self) -> SigningKey | None:
        """The signing key of the user who opened the file (None: a recovery key, or a
        file too old to have one)."""
        return self._store.signing_key

    def last_change_day(self) -> date | None:
        """The day (UTC) of the newest change the audit trail holds (a clock set back
        before it cannot date a sign-off)."""
        return self._store.last_change_day()

    @contextlib.contextmanager
    def read(self) -> Iterator[Snapshot]:
        """One consistent read of the file (several questions, one connection)."""
        with self._store.read() as snapshot:
            yield snapshot

    # -- keys and users -----------------------------------------------------------------

    def users(self) -> list[UserInfo]:
        """Everyone with a key, the recovery key included."""
        return [UserInfo(name, role, added) for name, role, added in self._store.users()]

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
        with self._store.read() as snapshot:
            return snapshot.case_summaries(self.today())

    def case_references(self) -> list[str]:
        """Every case reference in the file."""
        with self._store.read() as snapshot:
            return snapshot.case_references()

    def case_record(
        self, reference: str, with_chronology: bool = True, keep: bool = True
    ) -> CaseRecord:
        """The whole record of the case with this reference (kept while it is unchanged:
        ``record_cache``; ``keep=False`` for a pass over many cases, which would push the
        ones the worker has open out)."""
        with gc_paused(), self._store.read() as snapshot:
            return self._records.get(
                (reference, with_chronology),
                snapshot.last_change(),
                lambda: snapshot.case_record(reference, with_chronology),
                keep,
            )

    def case_record_in_pages(self, reference: str) -> Iterator[CaseRecord | None]:
        """The whole record of the case, read a page of rows at a time, each page a brief
        read of its own: None after each page, the record last (a check of every case in
        the background leaves the window free between pages). It ends with no record
        when the file changed between two pages. A record already kept at the file's
        newest change is given at once; one read here is not kept."""
        with self._store.read() as snapshot:
            kept = self._records.peek((reference, True), snapshot.last_change())
        if kept is not None:
            yield kept
            return
        for page in self._store.case_record_in_pages(reference):
            yield None if page is None else page.record

    def read_ahead(self, reference: str) -> Generator[None, bool | None, None]:
        """Read the case's whole record a page at a time, each page a brief read of its
        own (a step: None after each), and keep it as the record read ahead
        (``RecentRecords.keep_ahead``): the case a worker has chosen on the case list,
        read while they have not yet opened it, so that opening it reads nothing; then
        what its deadlines call for is worked out (``Timescales.reconcile``, which keeps
        its answer for the record: opening asks it first, some 14 ms for 5,000 entries).
        Sent True after a step, it reads all that is left at once (the case is being
        opened: what is left costs less than the whole). Nothing is read when the record
        is kept already at the file's newest change, and nothing kept when the file
        changed between two pages (opening the case then reads it). The cyclic collector
        is held off until the steps end or are dropped, as in the background health
        check (``services.health``)."""
        key = (reference, True)
        with self._store.read() as snapshot:
            if self._records.peek(key, snapshot.last_change()) is not None:
                return
        self._records.drop_ahead()  # the case read ahead before is chosen no longer
        with gc_paused():
            pages = self._store.case_record_in_pages(reference)
            rest: bool | None = None  # what the reader sent: True, the rest at once
            while True:
                try:
                    page = pages.send(rest)
                except StopIteration:  # the file changed between two pages
                    return
                if page is not None:
                    self._records.keep_ahead(key, page.change, page.record)
                    if not rest:  # then, a step of its own, what opening asks next
                        yield None
                        self.timescales().timescales.reconcile(page.record, self.today())
                    return
                rest = yield None

    def last_change(self) -> int:
        """The number of the newest change in the file's audit trail: every change
        writes one, so while it stays the same nothing in the file has changed."""
        with self._store.read() as snapshot:
            return snapshot.last_change()

    def diagram_positions(self, case_id: str, diagram: str) -> dict[PersonId, tuple[float, float]]:
        """Where the worker placed people by hand on one of a case's diagrams."""
        with self._store.read() as snapshot:
            return snapshot.diagram_positions(case_id, diagram)

    def categories(self) -> list[Category]:
        """The chronology categories of this file: the defaults, then those it added."""
        with self._store.read() as snapshot:
            added = snapshot.custom_categories()
        return [*DEFAULT_CATEGORIES, *(Category(name) for name in added)]

    def add_category(self, name: str) -> Category:
        """Add a category to this file's list (names are case- and space-insensitive)."""
        try:
            category = Category(name)
        except ValueError as error:
            raise CaseDeskError(
                translate("case_file", "That category cannot be added: {error}.").format(
                    error=error
                )
            ) from None
        if category in self.categories():
            raise CaseDeskError(
                translate("case_file", "'{category}' is already a category.").format(
                    category=category.value
                )
            )
        with self.transaction(translate("case_file", "Add chronology category")) as work:
            work.add_categories([category.value])
        return category

    def is_demo(self, reference: str | None = None) -> bool:
        """Whether this file holds the fictional demonstration (as ``casedesk demo`` records
        in it), or ``reference`` is a demo case carried elsewhere: the one test every
        title bar, case list, export and printout asks before marking itself a demo."""
        if reference is not None and is_demo_reference(reference):
            return True
        with self._store.read() as snapshot:
            return snapshot.setting(DEMONSTRATION) is not None

    def mark_as_demo(self) -> None:
        """Record, inside the encrypted file, that it holds fictional people only."""
        with self.transaction(translate("case_file", "Mark as a demonstration")) as work:
            work.set_setting(
                DEMONSTRATION, DEMO_MARK, translate("case_file", "made by casedesk demo")
            )

    def timescales(self) -> LoadedTimescales:
        """The rule pack and working days this case file's deadlines are counted by."""
        if self._timescales is None:
            with self._store.read() as snapshot:
                settings = read_settings(snapshot)
            self._timescales = load_timescales(settings)
        return self._timescales

    def set_timescale_settings(self, settings: TimescaleSettings, reason: str) -> Changes:
        """Change the case file's region or closure days. Deadlines already recorded are
        not counted again silently: each case shows what would change, to confirm."""
        with self.transaction(translate("case_file", "Change the region and closure days")) as work:
            write_settings(work, settings, reason)
        self._timescales = None
        return work.changes

    def deadlines_current(self) -> bool:
        """True when every case's deadlines were recorded under the timescales in use now
        (False after an upgrade, a changed rule pack, region or closure days)."""
        with self._store.read() as snapshot:
            recorded = snapshot.setting(COUNTED_BY)
        return recorded == fingerprint(self.timescales().timescales)

    def open_items(self, due_by: date | None = None) -> list[OpenItem]:
        """Every open deadline and action of every open case, due by ``due_by`` when given
        (the work tray)."""
        with self._store.read() as snapshot:
            return snapshot.open_items(due_by)

    def search_chronology(self, case_id: str, text: str) -> set[str]:
        """Ids of the case's entries matching every word of ``text`` (full-text index)."""
        with self._store.read() as snapshot:
            return snapshot.search_entries(case_id, text)

    def history(self, kind_name: str, record_id: str) -> list[HistoryRow]:
        """Every change to one record, with who, when, why and the earlier values."""
        with self._store.read() as snapshot:
            return snapshot.history(kind_name, record_id)

    def case_history(
        self, reference: str, record_id: str | None = None
    ) -> list[tuple[str, HistoryRow]]:
        """Every change to the case's records (or to one of them), oldest first, each with
        what kind of record it is and whether its signature verifies."""
        record = self.case_record(reference)
        kinds: dict[tuple[str, str], str] = {(k.CASE.name, str(record.case.id)): k.CASE.what}
        for kind in k.CASE_RECORD_KINDS:
            for item in getattr(record, kind.record_field):
                key = k.record_key(kind, item)
                if key is not None:
                    kinds[(kind.name, str(key))] = kind.what
        if record_id is not None:
            kinds = {pair: what for pair, what in kinds.items() if pair[1] == record_id}
            if not kinds:
                raise CaseDeskError(
                    translate(
                        "case_file", "The case {reference} has no record with the id '{id}'."
                    ).format(reference=reference, id=record_id)
                )
        with self._store.read() as snapshot:
            rows = snapshot.records_history(set(kinds))
        return [(kinds[(row.record_type, row.record_id)], row) for row in rows]

    def export_document(self, references: list[str]) -> dict[str, Any]:
        """The interchange document for these cases."""
        records = [self.case_record(ref) for ref in references]
        return interchange.to_document(records, self.today(), self._demo_document(references))

    def write_document(self, references: list[str], out: TextIO) -> int:
        """Write the interchange document for these cases to ``out``, reading one case at
        a time (memory stays that of the largest case); returns how many."""
        today = self.today()
        records = (self.case_record(r) for r in references)
        return interchange.write_document(out, records, today, self._demo_document(references))

    def _demo_document(self, references: list[str]) -> bool:
        """A document of demo cases says so (``is_demo``)."""
        return self.is_demo() or any(is_demo_reference(r) for r in references)

    def import_document(self, data: Any, today: date | None = None) -> list[str]:
        """Validate a whole interchange document, then write it in one unit of work.

        Raises InvalidDocumentError listing every problem (nothing written). People
        already in the file (same id) are linked, not duplicated. Returns the references.
        """
        with gc_paused():  # 150,000 records read and written (see gc_pause)
            return self._import_document(data, today)

    def _import_document(self, data: Any, today: date | None) -> list[str]:
        records, problems = interchange_reading.from_document(data, today or self.today())
        messages = [str(p) for p in problems]
        with self._store.read() as snapshot:
            messages += import_conflicts(snapshot, records)
            people = [str(p.id) for r in records for p in r.people]
            known = snapshot.existing_values(k.PEOPLE, "id", people)
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
        timescales = self.timescales().timescales
        when = today or self.today()
        label = translate("case_file", "Import cases")
        with self.transaction(label) as work, work.text_indexed_at_end():
            work.add_categories(new_categories)
            for record in records:
                # A document from another agency (or an earlier CaseDesk) may not carry
                # the deadlines its events call for here: they arrive with it.
                work.add_case_record(timescales.with_arising(record, when), known)
                known.update(p.id for p in record.people)
        return [r.case.reference for r in records]

    # -- checks and backups --------------------------------------------------------------

    def check(self) -> CheckReport:
        """Encryption, structure, the audit chain, every record against its signed audit
        entry, and the heads of the chain this computer saw before."""
        return self._store.check(seen_heads(self._store.file_id, self.path)[-1:])

    def backup(self, out: Path) -> None:
        """Write one self-contained encrypted backup atomically."""
        self._store.backup(out)


def restore(backup: Path, path: Path, secret: str, force: bool = False) -> list[str]:
    """Restore a backup to ``path``; it must open with ``secret`` and check clean. The heads
    this computer kept for a file at ``path`` are forgotten: putting an earlier copy back on
    purpose is not a rollback to warn of."""
    findings = restore_backup(backup, path, secret, force)
    with contextlib.suppress(CaseDeskError, OSError):
        file_id = keyslots.read_key_file(path / "keys.json").file_id
        forget_heads(file_id, path)
    return findings


__all__ = [
    "CaseFile",
    "CaseSummaryRow",
    "Changes",
    "CheckReport",
    "HistoryRow",
    "KdfChoice",
    "OpenItem",
    "UserInfo",
    "restore",
]
