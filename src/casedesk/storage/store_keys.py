"""Who can open a case file: passphrases, users and their roles, kept in the key file.

``CaseStore`` takes these from ``KeyManagement``; each change rewrites the key file
atomically inside an audited transaction, so a failed write rolls the audit row back too.
The database is never re-encrypted for them (rotating the data key is ``CaseStore``'s).
"""

from __future__ import annotations

import base64
import contextlib
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, insert, select, update

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.wording import translate
from casedesk.storage import keyslots as ks
from casedesk.storage.audit import AuditWriter, content_hash
from casedesk.storage.layout import KEYS_NAME
from casedesk.storage.signing import SigningKey
from casedesk.storage.tables import signing_keys, users


def record_signing_key(
    audit: AuditWriter,
    slot: ks.Keyslot,
    issued_at: str,
    issued_by: str,
    reason: str,
) -> None:
    """Put a slot's public signing key, with its user's name and role, in the case file
    (audited and signed in the unit of work that issued it)."""
    assert slot.signing is not None
    row = {
        "key_id": slot.signing.key_id,
        "user": slot.user,
        "role": slot.role,
        "public_key": slot.signing.public,
        "issued_at": issued_at,
        "issued_by": issued_by,
        "reason": reason,
    }
    audit.connection.execute(insert(signing_keys).values(**row))
    audit.append("signing_keys", row["key_id"], None, row, reason, content_hash(signing_keys, row))


def record_public_key(
    audit: AuditWriter, key: SigningKey, user: str, role: str, issued_by: str, reason: str
) -> None:
    """Put a public key issued outside any slot yet (a rotation's new recovery key)."""
    public = base64.b64encode(key.public_der).decode("ascii")
    row = {
        "key_id": key.key_id,
        "user": user,
        "role": role,
        "public_key": public,
        "issued_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "issued_by": issued_by,
        "reason": reason,
    }
    audit.connection.execute(insert(signing_keys).values(**row))
    audit.append("signing_keys", row["key_id"], None, row, reason, content_hash(signing_keys, row))


def record_user(audit: AuditWriter, name: str, role: str, added_at: str) -> None:
    """Add a user's row (audited, its content hashed like any record); a user removed
    before and added again gets their row back, with the new role."""
    existing = (
        audit.connection.execute(select(users).where(users.c.name == name)).mappings().first()
    )
    row = {"name": name, "role": role, "added_at": added_at, "removed_at": None}
    if existing is None:
        audit.connection.execute(insert(users).values(**row))
        audit.append("users", name, None, row, "", content_hash(users, row))
        return
    before = {k: existing[k] for k in ("role", "added_at", "removed_at")}
    audit.connection.execute(update(users).where(users.c.name == name).values(**row))
    changed = {k: row[k] for k in before}
    again = translate("store_keys", "added again")
    audit.append("users", name, before, changed, again, content_hash(users, row))


class KeyManagement:
    """Passphrases and users of an open case file (mixed into ``CaseStore``)."""

    folder: Path
    key_file: ks.KeyFile
    slot: ks.Keyslot
    signing_key: SigningKey | None

    @property
    def user(self) -> str:
        """The user whose key opened the file."""
        return self.slot.user

    def _begin(self) -> contextlib.AbstractContextManager[Connection]:
        raise NotImplementedError

    def _require_key(self) -> bytes:
        raise NotImplementedError

    def _save_keys(
        self,
        key_file: ks.KeyFile,
        action: str,
        detail: dict[str, str],
        issued: ks.Keyslot | None = None,
    ) -> None:
        with self._begin() as connection:
            audit = AuditWriter(connection, self.user, action, self.signing_key)
            audit.append("keyslot", detail.get("user", ""), None, detail)
            if issued is not None:  # a new signing key for someone else: said and kept
                record_signing_key(
                    audit,
                    issued,
                    issued.created_at,
                    self.user,
                    translate("store_keys", "re-issued: passphrase set by {user}").format(
                        user=self.user
                    ),
                )
            audit.finish()
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
            raise CaseDeskError(
                translate("store_keys", "{user} is not a user of this case file.").format(
                    user=target
                )
            )
        if target.casefold() != self.user.casefold() and self.slot.role not in (
            "owner",
            "recovery",
        ):
            raise CaseDeskError(
                translate("store_keys", "Only the owner can change another user's passphrase.")
            )
        own = target.casefold() == self.user.casefold() and self.slot.role != "recovery"
        # A user changing their own passphrase keeps their signing key. Anyone else's
        # (set by the owner, or with the recovery key, when it was lost) is re-issued:
        # their old key cannot be opened without their old passphrase; records it signed
        # still verify, and the re-issue is itself recorded and signed.
        slot = ks.wrap(
            self._require_key(),
            new_passphrase,
            file_id=self.key_file.file_id,
            user=old[0].user,
            role=old[0].role,
            kdf=kdf or ks.calibrate(),
            signing_key=self.signing_key if own else None,
        )
        slots = tuple(slot if s is old[0] else s for s in self.key_file.slots)
        self._save_keys(
            self.key_file.with_slots(slots),
            translate("store_keys", "Change passphrase"),
            {"user": slot.user},
            issued=None if own else slot,
        )

    def add_user(
        self, name: str, role: str, passphrase: str, kdf: ks.KdfParams | None = None
    ) -> None:
        """Add a user with their own passphrase and role."""
        if self.slot.role not in ("owner", "recovery"):
            raise CaseDeskError(
                translate("store_keys", "Only the owner of a case file can add users.")
            )
        if role not in ("worker", "supervisor", "agency"):
            raise CaseDeskError(
                translate(
                    "store_keys", "'{role}' is not a role; use worker, supervisor or agency."
                ).format(role=role)
            )
        if any(s.user.casefold() == name.casefold() for s in self.key_file.slots):
            raise CaseDeskError(
                translate("store_keys", "{user} is already a user of this case file.").format(
                    user=name
                )
            )
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
            audit = AuditWriter(
                connection, self.user, translate("store_keys", "Add user"), self.signing_key
            )
            record_user(audit, name, role, slot.created_at)
            first_key = translate("store_keys", "first key")
            record_signing_key(audit, slot, slot.created_at, self.user, first_key)
            audit.finish()
            ks.write_key_file(self.folder / KEYS_NAME, key_file)
        self.key_file = key_file

    def remove_user(self, name: str) -> None:
        """Remove a user's keyslot (their history stays in the audit trail)."""
        if self.slot.role not in ("owner", "recovery"):
            raise CaseDeskError(
                translate("store_keys", "Only the owner of a case file can remove users.")
            )
        remaining = tuple(
            s
            for s in self.key_file.slots
            if s.role == "recovery" or s.user.casefold() != name.casefold()
        )
        if len(remaining) == len(self.key_file.slots):
            raise CaseDeskError(
                translate("store_keys", "{user} is not a user of this case file.").format(user=name)
            )
        if not any(s.role == "owner" for s in remaining):
            raise CaseDeskError(
                translate("store_keys", "The owner cannot be removed from a case file.")
            )
        key_file = self.key_file.with_slots(remaining)
        now = time.strftime("%Y-%m-%dT%H:%M:%S")
        # The user as the file names them (typed in another case, it is the same user).
        name = next(
            s.user
            for s in self.key_file.slots
            if s.role != "recovery" and s.user.casefold() == name.casefold()
        )
        with self._begin() as connection:
            row = connection.execute(select(users).where(users.c.name == name)).mappings().first()
            connection.execute(update(users).where(users.c.name == name).values(removed_at=now))
            audit = AuditWriter(
                connection, self.user, translate("store_keys", "Remove user"), self.signing_key
            )
            after = dict(row or {"name": name}) | {"removed_at": now}
            audit.append(
                "users",
                name,
                {"removed_at": None},
                {"removed_at": now},
                "",
                content_hash(users, after),
            )
            audit.finish()
            ks.write_key_file(self.folder / KEYS_NAME, key_file)
        self.key_file = key_file
