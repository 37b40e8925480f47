"""Keyslots: the data key, wrapped under each user's passphrase and the recovery key.

A random 256-bit data key opens the SQLCipher database. Each slot wraps it with
AES-256-GCM under a key derived from a passphrase by Argon2id; the KDF parameters live in
the slot, and the wrap's associated data binds the file id, the slot id, its role and the
KDF parameters, so a slot cannot be moved to another file or have its parameters lowered.
The whole key file carries a SHA-256 checksum: a changed byte is reported as damage, not
as a wrong passphrase. See docs/file-format.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import secrets
import time
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from casedesk.domain.errors import (
    DamagedCaseFileError,
    NewerVersionError,
    NotACaseFileError,
    WrongPassphraseError,
)
from casedesk.domain.wording import translate
from casedesk.storage import signing
from casedesk.storage.atomic import write_atomic

FORMAT = "casedesk-case-file"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32

# Floors (DESIGN.md / issue 3) and ceilings: a hostile file must not make us spend
# gigabytes of memory or minutes of time before we can say "wrong passphrase".
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_LANES = 4
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
DEFAULT_TARGET_SECONDS = 0.5

ROLES = ("owner", "worker", "supervisor", "agency", "recovery")
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"  # Crockford-like: no I, L, O, U
RECOVERY_BYTES = 20
RECOVERY_USER = "Recovery key"  # i18n: the recovery slot's user name, stored in the file


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError(translate("keyslots", "not base64 text"))
    return base64.b64decode(text.encode("ascii"), validate=True)


# json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True), byte for
# byte, with the C encoder made once: ``check`` hashes 300,000 of these in a large file,
# and json.dumps builds its encoder anew on every call (a third of the time).
_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_CANONICAL = (
    _MAKE_ENCODER(
        None,
        json.JSONEncoder().default,
        json.encoder.encode_basestring_ascii,
        None,
        ":",
        ",",
        True,  # sort_keys
        False,  # skipkeys
        True,  # allow_nan
    )
    if _MAKE_ENCODER is not None
    else None
)


def canonical_json(value: object) -> bytes:
    """Deterministic JSON bytes, for checksums, hashes and associated data."""
    if _CANONICAL is None:  # no C accelerator (not CPython): the same bytes, slower
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    return "".join(_CANONICAL(value, 0)).encode()


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters of one slot."""

    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def to_json(self) -> dict[str, Any]:
        """The JSON form stored in the key file."""
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": _b64(self.salt),
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> KdfParams:
        """Read and bound-check parameters; out-of-range values are damage."""
        if not isinstance(value, dict) or value.get("name") != "argon2id":
            raise ValueError(translate("keyslots", "unknown key derivation"))
        numbers = [value[name] for name in ("memory_kib", "iterations", "lanes")]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            raise ValueError(
                translate("keyslots", "key derivation settings that are not whole numbers")
            )
        memory, iterations, lanes = numbers
        params = cls(memory, iterations, lanes, _unb64(value["salt"]))
        if not (
            MIN_MEMORY_KIB <= params.memory_kib <= MAX_MEMORY_KIB
            and MIN_ITERATIONS <= params.iterations <= MAX_ITERATIONS
            and MIN_LANES <= params.lanes <= MAX_LANES
            and len(params.salt) >= 16
        ):
            raise ValueError(
                translate("keyslots", "key derivation settings outside the range CaseDesk allows")
            )
        return params

    @classmethod
    def minimum(cls) -> KdfParams:
        """The floor: m=64 MiB, t=3, p=4, with a fresh salt."""
        return cls(MIN_MEMORY_KIB, MIN_ITERATIONS, MIN_LANES, secrets.token_bytes(16))


def derive_key(secret: str, params: KdfParams) -> bytes:
    """Argon2id of the NFC-normalised secret (so a name typed two ways derives the same)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    normalised = unicodedata.normalize("NFC", secret).encode("utf-8")
    return Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(normalised)


def calibrate(target_seconds: float = DEFAULT_TARGET_SECONDS) -> KdfParams:
    """Parameters that take about ``target_seconds`` here, never below the floor."""
    params = KdfParams.minimum()
    derive_key("calibration", params)  # the first run also pays for page faults

    def timed(iterations: int) -> float:
        started = time.perf_counter()
        derive_key("calibration", replace(params, iterations=iterations))
        return time.perf_counter() - started

    # Cost is a fixed part (filling memory) plus a part per pass: fit both.
    low, high = timed(params.iterations), timed(params.iterations * 2)
    per_iteration = max((high - low) / params.iterations, 1e-6)
    fixed = max(low - per_iteration * params.iterations, 0.0)
    iterations = math.ceil((target_seconds - fixed) / per_iteration)
    return replace(params, iterations=max(MIN_ITERATIONS, min(MAX_ITERATIONS, iterations)))


@dataclass(frozen=True)
class SlotSigning:
    """A slot's signing key: the public key, and the private key wrapped under the same
    passphrase-derived key as the data key (so only that passphrase opens it)."""

    public: str  # base64 DER
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        """The JSON form stored in the key file."""
        return {"public": self.public, "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, value: object) -> SlotSigning:
        """Read it; anything malformed is damage."""
        if not isinstance(value, dict) or not isinstance(value.get("public"), str):
            raise ValueError(translate("keyslots", "a signing key that is not readable"))
        _unb64(value["public"])
        nonce = _unb64(value["nonce"])
        if len(nonce) != 12:
            raise ValueError(translate("keyslots", "a signing key of the wrong shape"))
        return cls(value["public"], nonce, _unb64(value["wrapped"]))

    @property
    def key_id(self) -> str:
        """The id records signed with it name."""
        return signing.key_id_of(base64.b64decode(self.public))


@dataclass(frozen=True)
class Keyslot:
    """One way into the case file: a wrapped copy of the data key, and the user's own
    signing key (slots made before version 12 have none until their user next opens)."""

    slot_id: str
    user: str
    role: str
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes
    created_at: str
    signing: SlotSigning | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON form stored in the key file."""
        found = {
            "slot_id": self.slot_id,
            "user": self.user,
            "role": self.role,
            "kdf": self.kdf.to_json(),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "created_at": self.created_at,
        }
        if self.signing is not None:
            found["signing"] = self.signing.to_json()
        return found

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Keyslot:
        """Read one slot."""
        if not isinstance(value, dict):
            raise ValueError(translate("keyslots", "a keyslot that is not an object"))
        role = value["role"]
        if role not in ROLES:
            raise ValueError(translate("keyslots", "unknown role"))
        if not all(isinstance(value[name], str) for name in ("slot_id", "user", "created_at")):
            raise ValueError(translate("keyslots", "a keyslot's names that are not text"))
        nonce, wrapped = _unb64(value["nonce"]), _unb64(value["wrapped"])
        if len(nonce) != 12 or len(wrapped) != DATA_KEY_BYTES + 16:
            raise ValueError(translate("keyslots", "a wrapped key of the wrong length"))
        return cls(
            value["slot_id"],
            value["user"],
            role,
            KdfParams.from_json(value["kdf"]),
            nonce,
            wrapped,
            value["created_at"],
            SlotSigning.from_json(value["signing"]) if "signing" in value else None,
        )


def _associated_data(
    file_id: str, slot_id: str, role: str, kdf: KdfParams, purpose: str = ""
) -> bytes:
    bound = {"file_id": file_id, "slot_id": slot_id, "role": role, "kdf": kdf.to_json()}
    if purpose:  # the signing key's wrap is bound to its public key too
        bound["purpose"] = purpose
    return canonical_json(bound)


def _signing_part(
    key: signing.SigningKey, kek: bytes, file_id: str, slot_id: str, role: str, kdf: KdfParams
) -> SlotSigning:
    public = _b64(key.public_der)
    nonce, wrapped = signing.wrap_signing_key(
        key, kek, _associated_data(file_id, slot_id, role, kdf, f"signing {public}")
    )
    return SlotSigning(public, nonce, wrapped)


def wrap(
    data_key: bytes,
    secret: str,
    *,
    file_id: str,
    user: str,
    role: str,
    kdf: KdfParams,
    slot_id: str | None = None,
    signing_key: signing.SigningKey | None = None,
) -> Keyslot:
    """A new slot wrapping ``data_key`` and the user's signing key (a new one unless
    ``signing_key`` is kept, as when a passphrase changes) under ``secret``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    slot_id = slot_id or secrets.token_hex(8)
    nonce = secrets.token_bytes(12)
    kek = derive_key(secret, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _associated_data(file_id, slot_id, role, kdf))
    key = signing_key or signing.new_signing_key()
    created = datetime.now(UTC).isoformat(timespec="seconds")
    part = _signing_part(key, kek, file_id, slot_id, role, kdf)
    return Keyslot(slot_id, user, role, kdf, nonce, wrapped, created, part)


def with_signing(slot: Keyslot, kek: bytes, file_id: str) -> tuple[Keyslot, signing.SigningKey]:
    """A slot made before version 12 given a signing key of its own (at its user's next
    opening, when their passphrase-derived key is at hand)."""
    key = signing.new_signing_key()
    part = _signing_part(key, kek, file_id, slot.slot_id, slot.role, slot.kdf)
    return replace(slot, signing=part), key


def owner_and_recovery_slots(
    data_key: bytes,
    passphrase: str,
    *,
    file_id: str,
    owner: str,
    kdf: KdfParams,
    owner_key: signing.SigningKey | None = None,
    recovery_signing_key: signing.SigningKey | None = None,
) -> tuple[tuple[Keyslot, Keyslot], str]:
    """The two slots every new data key starts with, and the recovery key (show it once).
    The owner keeps ``owner_key`` (a rotation) or is given a new one; so is the recovery
    key's slot (``recovery_signing_key``)."""
    recovery_key = generate_recovery_key()
    owner_slot = wrap(
        data_key,
        passphrase,
        file_id=file_id,
        user=owner,
        role="owner",
        kdf=kdf,
        signing_key=owner_key,
    )
    recovery_slot = wrap(
        data_key,
        normalise_recovery_key(recovery_key),
        file_id=file_id,
        user=RECOVERY_USER,
        role="recovery",
        kdf=KdfParams.minimum(),
        signing_key=recovery_signing_key,
    )
    return (owner_slot, recovery_slot), recovery_key


@dataclass(frozen=True)
class Unlocked:
    """What a passphrase opened: the data key, its slot, the user's signing key (None for a
    slot made before version 12), and the passphrase-derived key (kept only while opening,
    to give such a slot a signing key)."""

    data_key: bytes = field(repr=False)  # never in a log or a traceback's locals
    slot: Keyslot
    signing_key: signing.SigningKey | None = field(repr=False)
    kek: bytes = field(repr=False)


def open_slot(slot: Keyslot, secret: str, file_id: str) -> Unlocked | None:
    """What ``secret`` opens in ``slot``, or None. A signing key that does not open with the
    passphrase that opens the data key is damage (the key file was changed)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = derive_key(secret, slot.kdf)
    try:
        key = AESGCM(kek).decrypt(
            slot.nonce, slot.wrapped, _associated_data(file_id, slot.slot_id, slot.role, slot.kdf)
        )
    except InvalidTag:
        return None
    if len(key) != DATA_KEY_BYTES:
        return None
    own: signing.SigningKey | None = None
    if slot.signing is not None:
        associated = _associated_data(
            file_id, slot.slot_id, slot.role, slot.kdf, f"signing {slot.signing.public}"
        )
        own = signing.unwrap_signing_key(slot.signing.nonce, slot.signing.wrapped, kek, associated)
        if own is None or _b64(own.public_der) != slot.signing.public:
            raise DamagedCaseFileError(
                translate(
                    "keyslots",
                    "The signing key of {user} in the case file's key file does not open with "
                    "their passphrase: the key file was changed. Restore it from a backup.",
                ).format(user=slot.user)
            )
    return Unlocked(key, slot, own, kek)


def unwrap(slot: Keyslot, secret: str, file_id: str) -> bytes | None:
    """The data key if ``secret`` opens ``slot``, else None."""
    opened = open_slot(slot, secret, file_id)
    return opened.data_key if opened else None


@dataclass(frozen=True)
class KeyFile:
    """The key file of a case file: its id and its slots."""

    file_id: str
    created_at: str
    slots: tuple[Keyslot, ...]

    def body(self) -> dict[str, Any]:
        """Everything the checksum covers."""
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "file_id": self.file_id,
            "created_at": self.created_at,
            "slots": [s.to_json() for s in self.slots],
        }

    def to_bytes(self) -> bytes:
        """The file's bytes: readable JSON plus a checksum of its canonical form."""
        body = self.body()
        document = dict(body, checksum="sha256:" + hashlib.sha256(canonical_json(body)).hexdigest())
        return json.dumps(document, indent=2, ensure_ascii=True).encode() + b"\n"

    def with_slots(self, slots: tuple[Keyslot, ...]) -> KeyFile:
        """A copy with other slots."""
        return replace(self, slots=slots)

    def slots_for(self, user: str | None, recovery: bool) -> list[Keyslot]:
        """The slots to try for this user (all passphrase slots when no user is named)."""
        if recovery:
            return [s for s in self.slots if s.role == "recovery"]
        candidates = [s for s in self.slots if s.role != "recovery"]
        if user is not None:
            folded = user.casefold()
            candidates = [s for s in candidates if s.user.casefold() == folded]
        return candidates

    def unlock(self, secret: str, user: str | None = None) -> Unlocked:
        """What the secret opens (the data key, the slot, the user's signing key), or
        WrongPassphraseError."""
        recovery = looks_like_recovery_key(secret)
        tries = [(slot, secret) for slot in self.slots_for(user, recovery=False)]
        if recovery:
            # A recovery-shaped secret is tried on the recovery slots first; a passphrase
            # that merely looks like one still gets its turn afterwards.
            normalised = normalise_recovery_key(secret)
            tries = [(s, normalised) for s in self.slots_for(None, recovery=True)] + tries
        for slot, candidate in tries:
            opened = open_slot(slot, candidate, self.file_id)
            if opened is not None:
                return opened
        if recovery:
            raise WrongPassphraseError(
                translate(
                    "keyslots",
                    "That recovery key does not open this case file. Check each group of "
                    "characters against the printed recovery sheet.",
                )
            )
        if user:
            raise WrongPassphraseError(
                translate(
                    "keyslots",
                    "The passphrase for {user} is not right. Check Caps Lock and the keyboard "
                    "layout, then try again; if it is lost, use the recovery key.",
                ).format(user=user)
            )
        raise WrongPassphraseError(
            translate(
                "keyslots",
                "The passphrase is not right. Check Caps Lock and the keyboard layout, then "
                "try again; if it is lost, use the recovery key.",
            )
        )


def new_key_file() -> tuple[KeyFile, bytes]:
    """A key file with no slots yet, and a fresh data key."""
    created = datetime.now(UTC).isoformat(timespec="seconds")
    return KeyFile(secrets.token_hex(16), created, ()), secrets.token_bytes(DATA_KEY_BYTES)


def parse_key_file(data: bytes) -> KeyFile:
    """Read a key file's bytes, telling damage, newer versions and strangers apart."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        # Not JSON, nested past the stack, or a number too long to read.
        if b"casedesk" in data[:200]:
            raise DamagedCaseFileError(
                translate(
                    "keyslots",
                    "The case file's key file is damaged (it is no longer readable). Restore "
                    "the case file from a backup.",
                )
            ) from None
        raise NotACaseFileError(
            translate("keyslots", "This is not a CaseDesk case file.")
        ) from None
    if not isinstance(document, dict) or "checksum" not in document:
        raise NotACaseFileError(translate("keyslots", "This is not a CaseDesk case file."))
    checksum = document.pop("checksum")
    expected = "sha256:" + hashlib.sha256(canonical_json(document)).hexdigest()
    if checksum != expected:
        raise DamagedCaseFileError(
            translate(
                "keyslots",
                "The case file's key file is damaged: its checksum does not match its "
                "contents, so a key may have been changed. Restore the case file from a backup.",
            )
        )
    if document.get("format") != FORMAT:
        raise NotACaseFileError(translate("keyslots", "This is not a CaseDesk case file."))
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version < 1:
        raise DamagedCaseFileError(
            translate(
                "keyslots",
                "The case file's key file is damaged (format version {version}). Restore it "
                "from a backup.",
            ).format(version=version)
        )
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise NewerVersionError(
            translate(
                "keyslots",
                "This case file was written by a newer version of CaseDesk (file format "
                "{version}; this version reads up to {supported}). Update CaseDesk to open it.",
            ).format(version=version, supported=FORMAT_VERSION)
        )
    try:
        slots = tuple(Keyslot.from_json(s) for s in document["slots"])
        if not slots or len({s.slot_id for s in slots}) != len(slots):
            raise ValueError(translate("keyslots", "its keyslots are missing or repeated"))
        return KeyFile(str(document["file_id"]), str(document["created_at"]), slots)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
        raise DamagedCaseFileError(
            translate(
                "keyslots",
                "The case file's key file is damaged ({error}). Restore it from a backup.",
            ).format(error=error)
        ) from None


def read_key_file(path: Path) -> KeyFile:
    """Read and check the key file at ``path``."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotACaseFileError(
            translate("keyslots", "This is not a CaseDesk case file (it has no keys).")
        ) from None
    if not data:
        raise DamagedCaseFileError(
            translate(
                "keyslots",
                "The case file's key file is empty. Restore the case file from a backup.",
            )
        )
    return parse_key_file(data)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Replace the key file atomically: a crash leaves the old or the new one."""
    write_atomic(path, key_file.to_bytes())


def generate_recovery_key() -> str:
    """A random recovery key in readable groups, e.g. ``K7QM-2XWA-...`` (160 bits)."""
    number = int.from_bytes(secrets.token_bytes(RECOVERY_BYTES), "big")
    chars = []
    for _ in range(RECOVERY_BYTES * 8 // 5):
        number, index = divmod(number, 32)
        chars.append(RECOVERY_ALPHABET[index])
    text = "".join(chars)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str:
    """Uppercase, without spaces or dashes, with look-alikes mapped (O->0, I/L->1)."""
    cleaned = text.upper().replace("-", "").replace(" ", "")
    return cleaned.translate(str.maketrans("OILU", "011V"))


def looks_like_recovery_key(text: str) -> bool:
    """True when ``text`` has the shape of a recovery key rather than a passphrase."""
    cleaned = normalise_recovery_key(text)
    # Typed in lower case without its dashes it is still the recovery key: it is tried
    # on the recovery slots too (one more derivation, never a false "wrong passphrase").
    return len(cleaned) == RECOVERY_BYTES * 8 // 5 and all(c in RECOVERY_ALPHABET for c in cleaned)
