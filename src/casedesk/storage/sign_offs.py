"""Sealing and verifying sign-offs: a supervisor's signature, with their own key, over
what they approved and the head of the audit chain.

The signed bytes name the case file, the case, the record approved, the decision, the hash
of the content approved and the chain's head when it was signed, so a sign-off copied from
another case (or another case file), altered, or made with any key but a supervisor's own
does not verify. The key must be one the audit trail shows a supervisor (or the owner)
holding when the sign-off was recorded (``integrity.sign_off_signers``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, select

from casedesk.domain.sign_offs import SignOff
from casedesk.domain.wording import shown_day, translate
from casedesk.storage import tables as t
from casedesk.storage.integrity import (
    SignatureChecker,
    SignOffTrail,
    current_content_hashes,
    sign_off_trail,
)
from casedesk.storage.keyslots import canonical_json
from casedesk.storage.signing import SigningKey, Verifier

# Who may sign off: a supervisor, or the case file's owner (a small agency's manager).
SIGNING_ROLES = ("supervisor", "owner")


def approved_hash(approved: str) -> str:
    """The SHA-256 of the content approved (as its canonical JSON text)."""
    return hashlib.sha256(approved.encode()).hexdigest()


def canonical_text(content: object) -> str:
    """Content as the canonical JSON text a sign-off keeps."""
    return canonical_json(content).decode()


def signed_bytes(file_id: str, sign_off: SignOff) -> bytes:
    """What the supervisor's signature covers."""
    return canonical_json(
        {
            "purpose": "casedesk sign-off",  # i18n: signed content, part of the signature
            "file_id": file_id,
            "id": sign_off.id,
            "case": sign_off.case,
            "target_type": sign_off.target_type,
            "target_id": sign_off.target_id,
            "decision": sign_off.decision.value,
            "signed_on": sign_off.signed_on.isoformat(),
            "signed_by": sign_off.signed_by,
            "role": sign_off.role,
            "key_id": sign_off.key_id,
            "content_hash": sign_off.content_hash,
            "head_seq": sign_off.head_seq,
            "head_hash": sign_off.head_hash,
            "comment": sign_off.comment,
            "due_on": sign_off.due_on.isoformat() if sign_off.due_on else None,
            "late_by": sign_off.late_by,
            "late_reason": sign_off.late_reason,
        }
    )


def seal(
    sign_off: SignOff,
    key: SigningKey,
    file_id: str,
    head: tuple[int, str],
    user: str,
    role: str,
) -> SignOff:
    """The sign-off completed by its signer, and signed."""
    sealed = replace(
        sign_off,
        signed_by=user,
        role=role,
        key_id=key.key_id,
        content_hash=approved_hash(sign_off.approved),
        head_seq=head[0],
        head_hash=head[1],
        signature="",
    )
    return replace(sealed, signature=key.sign(signed_bytes(file_id, sealed)))


def verify_sign_offs(
    connection: Connection, file_id: str, sign_offs: Sequence[SignOff]
) -> dict[str, str]:
    """For each sign-off, "" when it holds, else why it does not (one plain clause).

    It holds when: its row is as its audit entry recorded it, and that entry's unit of work
    is signed by the key the sign-off names; that key's row is as the audit trail issued it
    (a signed entry), the owner issued it (``integrity.sign_off_trail``) and it was a
    supervisor's or the owner's then; the supervisor's own signature covers the sign-off;
    the content it approved is what it says; and the chain's head it names is in the
    chain before it, on or before the day it is dated. Whether it approved the current
    version is the caller's to compare."""
    if not sign_offs:
        return {}
    trail = sign_off_trail(connection)
    if trail.marker_missing:
        why = translate(
            "sign_offs",
            "it cannot be verified: where signing begins was removed outside CaseDesk",
        )
        return {s.id: why for s in sign_offs}
    wanted = {("sign_offs", s.id) for s in sign_offs}
    wanted |= {("signing_keys", s.key_id) for s in sign_offs}
    current = current_content_hashes(connection, wanted)
    keys = {row.key_id: row for row in connection.execute(select(t.signing_keys))}
    checker = SignatureChecker(connection)
    verifier = Verifier()
    return {
        s.id: _why_not(connection, file_id, s, trail, current, keys, checker, verifier)
        for s in sign_offs
    }


def _why_not(
    connection: Connection,
    file_id: str,
    sign_off: SignOff,
    trail: SignOffTrail,
    current: dict[tuple[str, str], str | None],
    keys: dict[str, Any],
    checker: SignatureChecker,
    verifier: Verifier,
) -> str:
    recorded = trail.signers.get(sign_off.id)
    last = trail.last.get(("sign_offs", sign_off.id))
    if recorded is None or last is None:
        return translate("sign_offs", "it is not in the audit trail: it was added outside CaseDesk")
    if current.get(("sign_offs", sign_off.id)) != last[1]:
        return translate(
            "sign_offs", "it was changed outside CaseDesk (it no longer matches its audit entry)"
        )
    unit_key, role, seq = recorded
    if role is None:
        return translate(
            "sign_offs",
            "it was recorded with a key that may not sign (not issued by the case file's owner)",
        )
    if role not in SIGNING_ROLES:
        return translate(
            "sign_offs", "it was recorded with a {role}'s key, not a supervisor's"
        ).format(role=role)
    key = keys.get(sign_off.key_id)
    issued = trail.last.get(("signing_keys", sign_off.key_id))
    if sign_off.key_id != unit_key or key is None or issued is None:
        return translate("sign_offs", "it names a key other than the one that recorded it")
    if current.get(("signing_keys", sign_off.key_id)) != issued[1]:
        return translate("sign_offs", "the key it names was changed outside CaseDesk")
    for entry in (issued[0], seq):
        verified, why = checker.of(entry)
        if verified is not True:
            return translate("sign_offs", "its audit entry is not validly signed ({why})").format(
                why=why
            )
    if str(key.user).casefold() != sign_off.signed_by.casefold() or key.role != sign_off.role:
        return translate("sign_offs", "it names {signer} but was signed with {user}'s key").format(
            signer=sign_off.signed_by, user=key.user
        )
    if not verifier.verify(
        str(key.public_key), sign_off.signature, signed_bytes(file_id, sign_off)
    ):
        return translate(
            "sign_offs",
            "its signature does not verify: it was changed after it was signed, or copied "
            "from another case or case file",
        )
    if approved_hash(sign_off.approved) != sign_off.content_hash:
        return translate("sign_offs", "the content it approved was changed after it was signed")
    head = connection.execute(
        select(t.audit_log.c.hash, t.audit_log.c.at).where(t.audit_log.c.seq == sign_off.head_seq)
    ).first()
    if head is None or head.hash != sign_off.head_hash or sign_off.head_seq >= seq:
        return translate(
            "sign_offs",
            "it does not belong to this case file's history (its audit chain head differs)",
        )
    changed_on = date.fromisoformat(str(head.at)[:10])
    if sign_off.signed_on < changed_on - timedelta(days=1):
        return translate(
            "sign_offs",
            "it is dated {day}, before the record it signed was last changed ({changed}): "
            "backdated",
        ).format(day=shown_day(sign_off.signed_on), changed=shown_day(changed_on))
    return ""
