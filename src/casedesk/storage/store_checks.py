"""Checking an open case file and backing it up: every page's authentication code, the
structure, the audit chain and the records against their signed entries; one encrypted
backup file. ``CaseStore`` takes these from ``Checking``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from casedesk.domain.wording import translate
from casedesk.storage import keyslots as ks
from casedesk.storage.audit import last_hash, verify_chain
from casedesk.storage.backup import write_backup
from casedesk.storage.engine import DatabaseError, connect_raw, write_refused
from casedesk.storage.integrity import verify_records
from casedesk.storage.layout import db_path
from casedesk.storage.migrations import SIGNING_VERSION
from casedesk.storage.opening import CheckReport, damaged_pages_error
from casedesk.storage.output import check_output_path
from casedesk.storage.tables import audit_log, meta


def signed_structure(connection: Connection) -> bool:
    """True when the file has the tables of signed records (whatever its version says)."""
    return (
        connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'signing_keys'"
        ).first()
        is not None
    )


class Checking:
    """Checks and backups of an open case file (mixed into ``CaseStore``)."""

    folder: Path
    key_file: ks.KeyFile
    _immutable: bool

    def _require_key(self) -> bytes:
        raise NotImplementedError

    def connect(self) -> contextlib.AbstractContextManager[Connection]:
        raise NotImplementedError

    def verify_pages(self) -> None:
        """Check every page's HMAC on a separate read-only connection (safe from any
        thread); raise DamagedCaseFileError naming the bad pages."""
        connection = connect_raw(db_path(self.folder), self._require_key(), read_only=True)
        try:
            bad = [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
        finally:
            connection.close()
        if bad:
            raise damaged_pages_error(bad)

    def check(self, anchors: Sequence[tuple[int, str]] = ()) -> CheckReport:
        """SQLCipher's integrity check, SQLite's quick_check, the audit chain, and the
        records against their signed audit entries (``anchors``: heads of the chain seen
        signed before, which it must still hold). The page and structure checks run on a
        connection of their own in a second thread (SQLite works without the GIL), while
        the records are verified here."""
        findings: list[str] = []
        problems: list[str] = []
        pages: dict[str, list[Any]] = {}

        def check_pages() -> None:
            # Read as the store reads: held still (a command's brief read), it makes no
            # -wal or -shm file beside the database either.
            pages.update(bad=[], quick=["ok"], orphans=[], failed=[])
            try:
                raw = connect_raw(
                    db_path(self.folder),
                    self._require_key(),
                    read_only=True,
                    immutable=self._immutable,
                )
                try:
                    pages["bad"] = [r[0] for r in raw.execute("PRAGMA cipher_integrity_check")]
                    pages["quick"] = [r[0] for r in raw.execute("PRAGMA quick_check")]
                    pages["orphans"] = raw.execute("PRAGMA foreign_key_check").fetchall()
                finally:
                    raw.close()
            except Exception as error:
                pages["failed"] = [str(error)]

        worker = threading.Thread(target=check_pages, name="check pages")  # i18n: thread name
        worker.start()
        with contextlib.ExitStack() as joined:
            # Ended before this returns, whatever the reading below meets: the pages'
            # check must not outlive the file's closing (it would make -wal and -shm
            # files after the lock is given up).
            joined.callback(worker.join)
            connection = joined.enter_context(self.connect())
            count = connection.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one()
            # Whether records are signed is read from the file's structure, never from the
            # version number alone (which someone with the data key could lower).
            structure_signed = signed_structure(connection)
            signed = structure_signed or self._schema_version_of(connection) >= SIGNING_VERSION
            if structure_signed and self._schema_version_of(connection) < SIGNING_VERSION:
                problems.append(
                    translate(
                        "case_store",
                        "structure: the schema version was changed outside CaseDesk (its "
                        "tables are those of signed records)",
                    )
                )
            if signed:
                records = verify_records(connection, anchors)
                chain, others = records.entries, records.problems
            else:
                chain, others = verify_chain(connection), []
        if pages["failed"]:
            problems.append(
                translate(
                    "case_store", "encryption: the pages cannot all be read ({error})"
                ).format(error=pages["failed"][0])
            )
        if pages["bad"]:
            problems.append(
                translate(
                    "case_store", "encryption: %n page(s) fail their check", None, len(pages["bad"])
                )
            )
        else:
            findings.append(
                translate("case_store", "encryption: every page's authentication code is valid")
            )
        if pages["quick"] == ["ok"]:
            findings.append(translate("case_store", "structure: SQLite quick_check reports ok"))
        else:
            problems.append(
                translate("case_store", "structure: {problems}").format(
                    problems="; ".join(str(q) for q in pages["quick"][:5])
                )
            )
        if pages["orphans"]:
            problems.append(
                translate(
                    "case_store",
                    "links: %n record(s) point at missing records",
                    None,
                    len(pages["orphans"]),
                )
            )
        if chain:
            problems.extend(
                translate("case_store", "audit trail: {problem}").format(problem=p) for p in chain
            )
        elif count == 1:
            findings.append(translate("case_store", "audit trail: 1 entry, hash chain intact"))
        else:
            findings.append(
                translate("case_store", "audit trail: {count} entries, hash chain intact").format(
                    count=f"{count:,}"
                )
            )
        if signed:
            problems.extend(
                translate("case_store", "records: {problem}").format(problem=p) for p in others
            )
            findings.extend(records.findings)
        else:
            findings.append(
                translate(
                    "case_store", "records: not signed yet (open the file once to upgrade it)"
                )
            )
        return CheckReport(findings, problems)

    @staticmethod
    def _schema_version_of(connection: Connection) -> int:
        value = connection.execute(
            select(meta.c.value).where(meta.c.key == "schema_version")
        ).scalar()
        return int(value or 0)

    def last_change_day(self) -> date | None:
        """The UTC day of the newest audit entry (None: none yet)."""
        with self.connect() as connection:
            at = connection.execute(
                select(audit_log.c.at).order_by(audit_log.c.seq.desc()).limit(1)
            ).scalar()
        return None if at is None else date.fromisoformat(str(at)[:10])

    def head(self) -> tuple[int, str]:
        """The newest audit entry's sequence number and hash (an anchor to keep)."""
        with self.connect() as connection:
            return last_hash(connection)

    def backup(self, out: Path) -> None:
        """Write one self-contained encrypted backup file atomically."""
        check_output_path(out)
        data_key = self._require_key()
        with self.connect() as connection:
            raw = connection.connection.dbapi_connection
            try:
                write_backup(out, self.key_file, raw, data_key)
            except DatabaseError as error:  # the backup's own disk, full or refusing
                refused = write_refused(error, out.parent)
                if refused is error:
                    raise  # damage met reading the case file: said by ``connect``
                raise refused from None
