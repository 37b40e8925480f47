"""One-file encrypted backups of a case file, and restoring them.

A backup is ``MAGIC | version (4 bytes) | key-file length (8) | database length (8) |
SHA-256 of both (32) | key file | database``. The database is a consistent copy made with
SQLite's backup API under the same data key, so the backup opens with the same
passphrase or recovery key, and nothing in it is plaintext.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import struct
from pathlib import Path
from typing import Any, BinaryIO

from casedesk.domain.errors import CaseDeskError, DamagedCaseFileError, UsageError
from casedesk.domain.wording import translate
from casedesk.storage import keyslots as ks
from casedesk.storage.atomic import atomic_writer, fsync_dir, make_private_dir
from casedesk.storage.engine import connect_raw
from casedesk.storage.layout import DB_NAME, KEYS_NAME

MAGIC = b"CASEDESK-BACKUP\x00"
# Version 2: the checksum covers the header's version and lengths too (version 1 covered
# only the key file and the database, so a flipped version bit went unnoticed).
VERSION = 2
_HEADER = struct.Struct(">IQQ32s")
_COVERED = struct.Struct(">IQQ")
# A version this far above ours is a damaged header, not a newer CaseDesk.
_IMPLAUSIBLE_VERSION = 1000
_CHUNK = 1 << 20


def write_backup(out: Path, key_file: ks.KeyFile, source: Any, data_key: bytes) -> None:
    """Copy the open database ``source`` and its key file into one backup file at ``out``."""
    out = out.resolve()
    snapshot = out.with_name(f".{out.name}.{secrets.token_hex(6)}.snapshot")
    try:
        os.close(os.open(snapshot, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        target = connect_raw(snapshot, data_key)
        try:
            source.backup(target)
        finally:
            target.close()
        keys = key_file.to_bytes()
        db_size = snapshot.stat().st_size
        digest = hashlib.sha256(_COVERED.pack(VERSION, len(keys), db_size))
        digest.update(keys)
        with snapshot.open("rb") as handle:
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                digest.update(chunk)
        with atomic_writer(out) as writer, snapshot.open("rb") as handle:
            writer.write(MAGIC)
            writer.write(_HEADER.pack(VERSION, len(keys), db_size, digest.digest()))
            writer.write(keys)
            shutil.copyfileobj(handle, writer, _CHUNK)
    finally:
        for leftover in (snapshot, snapshot.with_name(snapshot.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _whole_digest(handle: BinaryIO, version: int, keys_len: int, db_len: int) -> bytes:
    """The version-2 checksum of the rest of an open backup (header fields, then data)."""
    digest = hashlib.sha256(_COVERED.pack(version, keys_len, db_len))
    for chunk in iter(lambda: handle.read(_CHUNK), b""):
        digest.update(chunk)
    return digest.digest()


def read_backup_into(backup: Path, folder: Path) -> None:
    """Check a backup file and unpack it into the new folder ``folder``."""
    if backup.is_dir():
        raise UsageError(
            translate(
                "backup", "{path} is a folder; give the backup file (it ends in .cdbackup)."
            ).format(path=backup)
        )
    if not backup.is_file():
        raise UsageError(
            translate("backup", "There is no backup file at {path}.").format(path=backup)
        )
    with backup.open("rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise CaseDeskError(
                translate("backup", "{name} is not a CaseDesk backup.").format(name=backup.name)
            )
        header = handle.read(_HEADER.size)
        if len(header) != _HEADER.size:
            raise DamagedCaseFileError(
                translate("backup", "The backup is cut short; it cannot be restored.")
            )
        version, keys_len, db_len, expected = _HEADER.unpack(header)
        if version == 0 or version > _IMPLAUSIBLE_VERSION:
            raise DamagedCaseFileError(
                translate(
                    "backup",
                    "The backup is damaged (its header is not one CaseDesk writes); it cannot be "
                    "restored.",
                )
            )
        if backup.stat().st_size != len(MAGIC) + _HEADER.size + keys_len + db_len:
            raise DamagedCaseFileError(
                translate(
                    "backup", "The backup is cut short or has extra bytes; it cannot be restored."
                )
            )
        if version > VERSION:
            # Later versions keep this header and checksum: if it holds, the backup really
            # is newer; if not, its version was damaged.
            if _whole_digest(handle, version, keys_len, db_len) != expected:
                raise DamagedCaseFileError(
                    translate(
                        "backup",
                        "The backup is damaged (its checksum does not match); it cannot be "
                        "restored.",
                    )
                )
            raise CaseDeskError(
                translate(
                    "backup", "This backup was written by a newer CaseDesk; update to restore it."
                )
            )
        digest = hashlib.sha256()
        if version >= 2:
            digest.update(_COVERED.pack(version, keys_len, db_len))
        keys = handle.read(keys_len)
        digest.update(keys)
        make_private_dir(folder)
        with atomic_writer(folder / DB_NAME) as out:
            remaining = db_len
            while remaining:
                chunk = handle.read(min(_CHUNK, remaining))
                if not chunk:
                    raise DamagedCaseFileError(
                        translate("backup", "The backup is cut short; it cannot be restored.")
                    )
                digest.update(chunk)
                out.write(chunk)
                remaining -= len(chunk)
        if digest.digest() != expected:
            raise DamagedCaseFileError(
                translate(
                    "backup",
                    "The backup is damaged (its checksum does not match); it cannot be restored.",
                )
            )
        ks.write_key_file(folder / KEYS_NAME, ks.parse_key_file(keys))
        fsync_dir(folder)
