"""Users' X.509 certificates, kept in the case file beside their public signing keys.

A certificate names the user (and their role and agency) for a recipient of a signed
summary, who has no access to the case file: self-signed by the user's own key, or issued
by their agency's root, in which case the root travels with it (``chain``) so a recipient
who trusts the root can check the signer. The certificate must be for the key it is filed
under; ``record_certificate``'s caller checks that.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from sqlalchemy import Connection, select

from casedesk.storage import tables as t
from casedesk.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class StoredCertificate:
    """A user's certificate for one signing key, with the certificates that issued it."""

    key_id: str
    user: str
    certificate: bytes  # DER
    chain: tuple[bytes, ...]  # issuers' DER (the agency root), nearest first
    fingerprint: str


@dataclass(frozen=True)
class PublicKey:
    """A user's public signing key as the case file lists it."""

    key_id: str
    user: str
    role: str
    public_der: bytes


def _encode(chain: tuple[bytes, ...]) -> str:
    return ",".join(base64.b64encode(der).decode("ascii") for der in chain)


def read_certificate(connection: Connection, key_id: str) -> StoredCertificate | None:
    """The certificate filed for ``key_id``, if any."""
    row = connection.execute(
        select(t.certificates).where(t.certificates.c.key_id == key_id)
    ).first()
    if row is None:
        return None
    return StoredCertificate(
        key_id=row.key_id,
        user=row.user,
        certificate=base64.b64decode(row.certificate),
        chain=tuple(base64.b64decode(part) for part in row.chain.split(",") if part),
        fingerprint=row.fingerprint,
    )


def all_certificates(connection: Connection) -> list[StoredCertificate]:
    """Every certificate in the file (for trusting its own users' signatures)."""
    keys = connection.execute(select(t.certificates.c.key_id)).scalars().all()
    found = [read_certificate(connection, key) for key in keys]
    return [c for c in found if c is not None]


def public_keys(connection: Connection) -> list[PublicKey]:
    """Every public signing key ever issued in the file, newest last."""
    rows = connection.execute(select(t.signing_keys).order_by(t.signing_keys.c.issued_at))
    return [PublicKey(r.key_id, r.user, r.role, base64.b64decode(r.public_key)) for r in rows]


def record_certificate(work: UnitOfWork, stored: StoredCertificate, reason: str) -> None:
    """File (or replace) the certificate of a key, audited in ``work``."""
    values = {
        "user": stored.user,
        "certificate": base64.b64encode(stored.certificate).decode("ascii"),
        "chain": _encode(stored.chain),
        "fingerprint": stored.fingerprint,
        "added_at": work.now,
        "added_by": work.actor,
    }
    if work.read(lambda c: read_certificate(c, stored.key_id)) is None:
        work.insert(t.certificates, {"key_id": stored.key_id, **values}, reason)
    else:
        work.amend(t.certificates, stored.key_id, values, reason)
