"""Signing keys: each user's own ECDSA P-256 key pair, and what it signs.

The private key is wrapped (AES-256-GCM) under the key derived from that user's own
passphrase, in their keyslot beside the wrapped data key, so only their passphrase opens
it: anyone else who can open the case file (with their own passphrase, or with the data key
alone) can read every record but cannot sign as them. The public key, with the user's name
and role, is in the case file (``signing_keys``), so anyone who can open the file can check
a signature. A key id is the first 32 hex digits of the SHA-256 of the public key (DER).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first used: start-up need not load them
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def key_id_of(public_der: bytes) -> str:
    """The key's id: the start of the SHA-256 of its public key."""
    return hashlib.sha256(public_der).hexdigest()[:32]


@dataclass(frozen=True)
class SigningKey:
    """A user's private signing key, in memory only while the file is open."""

    private: EllipticCurvePrivateKey = field(repr=False)

    @cached_property  # worked out once: every audit row of a unit of work names the key
    def public_der(self) -> bytes:
        """The public key (SubjectPublicKeyInfo, DER)."""
        from cryptography.hazmat.primitives import serialization

        return self.private.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    @cached_property
    def key_id(self) -> str:
        """Its id (see ``key_id_of``)."""
        return key_id_of(self.public_der)

    def sign(self, message: bytes) -> str:
        """An ECDSA (SHA-256) signature of ``message``, base64."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec

        return _b64(self.private.sign(message, ec.ECDSA(hashes.SHA256())))

    def private_der(self) -> bytes:
        """The private key (PKCS#8, DER, unencrypted: it is wrapped before it is stored)."""
        from cryptography.hazmat.primitives import serialization

        return self.private.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def new_signing_key() -> SigningKey:
    """A fresh P-256 key pair."""
    from cryptography.hazmat.primitives.asymmetric import ec

    return SigningKey(ec.generate_private_key(ec.SECP256R1()))


def wrap_signing_key(key: SigningKey, kek: bytes, associated: bytes) -> tuple[bytes, bytes]:
    """The private key encrypted under ``kek`` (nonce, ciphertext)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return nonce, AESGCM(kek).encrypt(nonce, key.private_der(), associated)


def unwrap_signing_key(
    nonce: bytes, wrapped: bytes, kek: bytes, associated: bytes
) -> SigningKey | None:
    """The private key, or None when ``kek`` does not open it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        der = AESGCM(kek).decrypt(nonce, wrapped, associated)
    except InvalidTag:
        return None
    private = serialization.load_der_private_key(der, password=None)
    if not isinstance(private, ec.EllipticCurvePrivateKey):
        return None
    return SigningKey(private)


class Verifier:
    """Checks signatures against public keys, loading each key once."""

    def __init__(self) -> None:
        self._keys: dict[str, object] = {}

    def verify(self, public_b64: str, signature_b64: str, message: bytes) -> bool:
        """True when ``signature_b64`` is the key's signature of ``message``."""
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        key = self._keys.get(public_b64)
        if key is None:
            try:
                key = serialization.load_der_public_key(base64.b64decode(public_b64))
            except ValueError:
                return False
            self._keys[public_b64] = key
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return False
        try:
            key.verify(base64.b64decode(signature_b64), message, ec.ECDSA(hashes.SHA256()))
        except (InvalidSignature, ValueError):
            return False
        return True
