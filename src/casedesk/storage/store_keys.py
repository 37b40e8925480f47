"""Who can open a case file: passphrases, users and their roles, kept in the key file.

``CaseStore`` takes these from ``KeyManagement``; each change rewrites the key file
atomically inside an audited transaction, so a failed write rolls the audit row back too.
The database is never re-encrypted for them (rotating the data key is ``CaseStore``'s).
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from sqlalchemy import Connection, insert, update

from casedesk.domain.errors import CaseDeskError
from casedesk.storage import keyslots as ks
from casedesk.storage.audit import AuditWriter
from casedesk.storage.layout import KEYS_NAME
from casedesk.storage.tables import users


class KeyManagement:
    """Passphrases and users of an open case file (mixed into ``CaseStore``)."""

    folder: Path
    key_file: ks.KeyFile
    slot: ks.Keyslot

    @property
    def user(self) -> str:
        """The user whose key opened the file."""
        return self.slot.user

    def _begin(self) -> contextlib.AbstractContextManager[Connection]:
        raise NotImplementedError

    def _require_key(self) -> bytes:
        raise NotImplementedError

    def _save_keys(self, key_file: ks.KeyFile, action: str, detail: dict[str, str]) -> None:
        with self._begin() as connection:
            AuditWriter(connection, self.user, action).append(
                "keyslot", detail.get("user", ""), None, detail
            )
            # The key file is replaced atomically inside the audited transaction: if the
            # write fails, the audit row is rolled back with it.
            ks.write_key_file(self.folder / KEYS_NAME, key_file)
        self.key_file = key_file

    def change_passphrase(
        self, new_passphrase: str, user: str | None = None, kdf: ks.KdfParams | None = None
    ) -> None:
        """Re-wrap the data key under a new passphrase; the database is not re-encrypted."""
        target = user or self.user
        old = [
            s
            for s in self.key_file.slots
            if s.role != "recovery" and s.user.casefold() == target.casefold()
        ]
        if not old:
            raise CaseDeskError(f"{target} is not a user of this case file.")
        if target.casefold() != self.user.casefold() and self.slot.role not in (
            "owner",
            "recovery",
        ):
            raise CaseDeskError("Only the owner can change another user's passphrase.")
        slot = ks.wrap(
            self._require_key(),
            new_passphrase,
            file_id=self.key_file.file_id,
            user=old[0].user,
            role=old[0].role,
            kdf=kdf or ks.calibrate(),
        )
        slots = tuple(slot if s is old[0] else s for s in self.key_file.slots)
        self._save_keys(self.key_file.with_slots(slots), "Change passphrase", {"user": slot.user})

    def add_user(
        self, name: str, role: str, passphrase: str, kdf: ks.KdfParams | None = None
    ) -> None:
        """Add a user with their own passphrase and role."""
        if self.slot.role not in ("owner", "recovery"):
            raise CaseDeskError("Only the owner of a case file can add users.")
        if role not in ("worker", "supervisor", "agency"):
            raise CaseDeskError(f"'{role}' is not a role; use worker, supervisor or agency.")
        if any(s.user.casefold() == name.casefold() for s in self.key_file.slots):
            raise CaseDeskError(f"{name} is already a user of this case file.")
        slot = ks.wrap(
            self._require_key(),
            passphrase,
            file_id=self.key_file.file_id,
            user=name,
            role=role,
            kdf=kdf or ks.calibrate(),
        )
        key_file = self.key_file.with_slots((*self.key_file.slots, slot))
        with self._begin() as connection:
            connection.execute(insert(users).values(name=name, role=role, added_at=slot.created_at))
            AuditWriter(connection, self.user, "Add user").append(
                "user", name, None, {"name": name, "role": role}
            )
            ks.write_key_file(self.folder / KEYS_NAME, key_file)
        self.key_file = key_file

    def remove_user(self, name: str) -> None:
        """Remove a user's keyslot (their history stays in the audit trail)."""
        if self.slot.role not in ("owner", "recovery"):
            raise CaseDeskError("Only the owner of a case file can remove users.")
        remaining = tuple(
            s
            for s in self.key_file.slots
            if s.role == "recovery" or s.user.casefold() != name.casefold()
        )
        if len(remaining) == len(self.key_file.slots):
            raise CaseDeskError(f"{name} is not a user of this case file.")
        if not any(s.role == "owner" for s in remaining):
            raise CaseDeskError("The owner cannot be removed from a case file.")
        key_file = self.key_file.with_slots(remaining)
        now = time.strftime("%Y-%m-%dT%H:%M:%S")
        with self._begin() as connection:
            connection.execute(update(users).where(users.c.name == name).values(removed_at=now))
            AuditWriter(connection, self.user, "Remove user").append(
                "user", name, {"name": name}, None
            )
            ks.write_key_file(self.folder / KEYS_NAME, key_file)
        self.key_file = key_file
