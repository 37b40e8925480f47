"""Restoring a backup: unpack it beside the target, prove it opens and checks clean, then
swap it into place while holding the target's writer lock.

The lock is the point: a case file open in CaseDesk (which holds the lock) must never be
replaced underneath it, or everything it saves afterwards goes into a file that is about
to be deleted. And only a case file is ever replaced: ``--force`` on any other folder is
refused, so a slip of the keyboard cannot delete someone's documents.
"""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

from casedesk.domain.errors import (
    CaseFileExistsError,
    CaseFileInUseError,
    DamagedCaseFileError,
    UsageError,
)
from casedesk.domain.wording import translate
from casedesk.storage.atomic import fsync_dir
from casedesk.storage.backup import read_backup_into
from casedesk.storage.case_store import CaseStore
from casedesk.storage.layout import LOCK_NAME, case_file_containing, holds_case_file
from casedesk.storage.lock import WriterLock


def _check_target(folder: Path, force: bool) -> None:
    if not folder.parent.is_dir():
        raise UsageError(
            translate(
                "restore", "The folder {folder} does not exist; create it first or choose another."
            ).format(folder=folder.parent)
        )
    holder = case_file_containing(folder.parent)
    if holder is not None:
        raise UsageError(
            translate(
                "restore",
                "{path} is inside the case file {name}; restore to a place outside it.",
            ).format(path=folder, name=holder.name)
        )
    if folder.exists() or folder.is_symlink():
        if not force:
            raise CaseFileExistsError(
                translate(
                    "restore",
                    "{path} already exists. Choose another name, or use --force to replace it.",
                ).format(path=folder)
            )
        if folder.is_symlink() or not holds_case_file(folder):
            raise UsageError(
                translate(
                    "restore",
                    "{path} is not a case file, so it was not replaced; choose another name.",
                ).format(path=folder)
            )


def _lock_for_replacing(folder: Path) -> WriterLock:
    lock = WriterLock(folder / LOCK_NAME)
    try:
        lock.acquire(translate("restore", "a restore from a backup"))
    except CaseFileInUseError as error:
        raise CaseFileInUseError(
            translate(
                "restore",
                "{name} is open in CaseDesk by {holder} since {since}, so it was not "
                "replaced. Ask them to close it, then restore again.",
            ).format(name=folder.name, holder=error.holder, since=error.since),
            error.holder,
            error.since,
        ) from None
    return lock


def restore(backup: Path, folder: Path, secret: str, force: bool = False) -> list[str]:
    """Restore ``backup`` to ``folder``, verify it opens and checks clean; return findings."""
    _check_target(folder, force)
    staging = folder.with_name(f".{folder.name}.restoring-{secrets.token_hex(4)}")
    try:
        read_backup_into(backup, staging)
        try:
            with CaseStore.open(staging, secret) as store:
                report = store.check()
        except DamagedCaseFileError:
            raise DamagedCaseFileError(
                translate(
                    "restore",
                    "The backup's database is damaged, so it cannot be restored; nothing was "
                    "changed. Try another backup.",
                )
            ) from None
        if not report.ok:
            raise DamagedCaseFileError(
                translate(
                    "restore", "The restored case file does not check clean: {problems}"
                ).format(problems="; ".join(report.problems))
            )
        (staging / LOCK_NAME).unlink(missing_ok=True)
        if folder.exists():
            lock = _lock_for_replacing(folder)
            try:
                replaced = folder.with_name(f".{folder.name}.replaced-{secrets.token_hex(4)}")
                folder.rename(replaced)
                try:
                    staging.rename(folder)
                except BaseException:
                    replaced.rename(folder)  # put the original back where it was
                    raise
            finally:
                lock.release()
            shutil.rmtree(replaced)
        else:
            staging.rename(folder)
        fsync_dir(folder.parent)
        return report.findings
    finally:
        shutil.rmtree(staging, ignore_errors=True)
