"""Rotating the data key: re-encrypt into a new case file, verify it, swap atomically.

Used when a user is removed who may have kept a copy of the file: their old keyslot
would still open an old copy, but nothing written after the rotation. Steps:

1. copy the database with SQLite's backup API (same key) into a private staging folder;
2. ``PRAGMA rekey`` the copy to a fresh data key (every page is rewritten);
3. write a key file with new slots: the owner's passphrase and a new recovery key (other
   users must be added again: only their own passphrase can wrap the new key);
4. open the staging copy with the passphrase and check it clean;
5. swap: rename the case file aside, rename the copy into place, delete the old one.

A crash before step 5 leaves the original untouched (the staging folder is deleted on
the next rotation). A crash between the two renames leaves ``.NAME.old-*``, which
``recover_interrupted_swap`` puts back on the next open.
"""

from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casedesk.storage import keyslots as ks
from casedesk.storage.atomic import fsync_dir, make_private_dir
from casedesk.storage.engine import connect_raw, key_pragma
from casedesk.storage.layout import DB_NAME, KEYS_NAME
from casedesk.storage.signing import SigningKey


@dataclass(frozen=True)
class RotationResult:
    """What a rotation changed: the new recovery key and the users who must be re-added."""

    recovery_key: str
    dropped_users: list[str]


def old_copies(folder: Path) -> list[Path]:
    """Case files set aside by an interrupted swap."""
    return sorted(folder.parent.glob(f".{folder.name}.old-*"))


def recover_interrupted_swap(folder: Path) -> bool:
    """If a crash came between the two renames, put the original back; True if it did."""
    if folder.exists():
        return False
    for old in old_copies(folder):
        if (old / KEYS_NAME).exists():
            old.rename(folder)
            fsync_dir(folder.parent)
            return True
    return False


def build_rotated_copy(
    source: Any,
    folder: Path,
    key_file: ks.KeyFile,
    owner_slot: ks.Keyslot,
    passphrase: str,
    data_key: bytes,
    kdf: ks.KdfParams,
    keys: tuple[SigningKey | None, SigningKey],
) -> tuple[Path, RotationResult]:
    """Steps 1-3: a re-encrypted copy of the open database ``source`` in a staging folder."""
    staging = folder.with_name(f".{folder.name}.rotating-{secrets.token_hex(4)}")
    make_private_dir(staging)
    db = staging / DB_NAME
    os.close(os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    new_key = secrets.token_bytes(ks.DATA_KEY_BYTES)
    target = connect_raw(db, data_key)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # rekey rewrites pages in place
        target.execute(key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey"))
        target.execute("PRAGMA journal_mode = WAL")
    finally:
        target.close()
    # The owner keeps their signing key; the new recovery key's was recorded beforehand.
    slots, recovery_key = ks.owner_and_recovery_slots(
        new_key,
        passphrase,
        file_id=key_file.file_id,
        owner=owner_slot.user,
        kdf=kdf,
        owner_key=keys[0],
        recovery_signing_key=keys[1],
    )
    dropped = [s.user for s in key_file.slots if s.role not in ("owner", "recovery")]
    ks.write_key_file(staging / KEYS_NAME, key_file.with_slots(slots))
    fsync_dir(staging)
    return staging, RotationResult(recovery_key, dropped)


def swap_into_place(staging: Path, folder: Path) -> None:
    """Step 5: replace ``folder`` by ``staging`` (see the module notes on crashes)."""
    old = folder.with_name(f".{folder.name}.old-{secrets.token_hex(4)}")
    folder.rename(old)
    staging.rename(folder)
    fsync_dir(folder.parent)
    shutil.rmtree(old)
