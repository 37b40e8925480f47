"""X.509 certificates for signed PDF summaries: who a key belongs to, and who vouches for it.

A worker's certificate binds their own signing key (ECDSA P-256, the key of
``storage/signing.py``) to their name, role and agency. It is either self-signed, when a
reader who trusts it has compared its fingerprint with the signer by phone, or issued by
an *agency root*: a small certificate authority an agency keeps on one computer, whose
certificate it hands to partners once so they trust every worker it certifies.

Certificates are handled as DER bytes everywhere, so callers never meet ``cryptography``
objects; the library is imported when first used, not at start-up.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from casedesk.domain.errors import CaseDeskError, WrongPassphraseError
from casedesk.domain.wording import translate

if TYPE_CHECKING:  # imported when first used: start-up need not load them
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec

ROOT_CERTIFICATE_FILE = "agency-root.pem"
ROOT_KEY_FILE = "agency-root-key.pem"
ROOT_ROLE = "agency root"  # i18n: written into the root certificate (a file shared with others)


@dataclass(frozen=True)
class Identity:
    """Who a certificate names: its subject's common name, title and organisation."""

    name: str
    role: str
    agency: str


def _utc(moment: datetime) -> datetime:
    """``moment`` in UTC, to the second (X.509 times carry no fractions)."""
    if moment.tzinfo is None:
        raise ValueError("certificate times must be timezone-aware")  # i18n: programming error
    return moment.astimezone(UTC).replace(microsecond=0)


def _name(identity: Identity) -> x509.Name:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    # X.509 allows at most 64 characters in each of these: a longer name is cut short in
    # the certificate (the signature block and the case file keep it whole).
    parts = [
        x509.NameAttribute(NameOID.COMMON_NAME, _fit(identity.name)),
        x509.NameAttribute(NameOID.TITLE, _fit(identity.role)),
    ]
    if identity.agency:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, _fit(identity.agency)))
    return x509.Name(parts)


def _fit(text: str, limit: int = 64) -> str:
    """``text`` within X.509's 64 (counted in UTF-8 bytes by the library), cut short
    with "..." when longer."""
    text = " ".join(text.split()) or "(no name)"  # i18n: certificate content, not the screen
    if len(text.encode("utf-8")) <= limit:
        return text
    while len(text.encode("utf-8")) > limit - 3:
        text = text[:-1]
    return text.rstrip() + "..."


def _signer_usage(builder: x509.CertificateBuilder) -> x509.CertificateBuilder:
    """The key usage of a signing certificate: signatures that the signer stands behind.

    Non-repudiation is what PDF signature validators (pyHanko by default) require of a
    document signer; digital signature is what everything else expects.
    """
    from cryptography import x509

    return builder.add_extension(
        x509.KeyUsage(
            digital_signature=True,
            content_commitment=True,  # nonRepudiation
            key_encipherment=False,
            data_encipherment=False,
            key_agreement=False,
            key_cert_sign=False,
            crl_sign=False,
            encipher_only=False,
            decipher_only=False,
        ),
        critical=True,
    )


def self_signed(
    key: ec.EllipticCurvePrivateKey, identity: Identity, now: datetime, years: int = 5
) -> bytes:
    """A self-signed certificate for ``key`` naming ``identity`` (DER), valid from ``now``.

    It is an end-entity certificate (CA false) that a reader trusts directly as its own
    anchor: pyHanko's certificate validator and poppler's ``pdfsig`` both accept that,
    and a CA flag would let the key vouch for other certificates, which a worker's key
    must never do.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    start = _utc(now)
    name = _name(identity)
    public = key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
    )
    return _der(_signer_usage(builder).sign(key, hashes.SHA256()))


def new_agency_root(
    agency: str, now: datetime, years: int = 10
) -> tuple[ec.EllipticCurvePrivateKey, bytes]:
    """A new agency root: a fresh P-256 key and its self-signed CA certificate (DER).

    Its path length is 0: it certifies workers' keys directly and nothing else.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    start = _utc(now)
    name = _name(Identity(f"{agency} CaseDesk root", ROOT_ROLE, agency))  # i18n: certificate
    public = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, _der(certificate)


def issue(
    root_key: ec.EllipticCurvePrivateKey,
    root_cert_der: bytes,
    public_key: ec.EllipticCurvePublicKey,
    identity: Identity,
    now: datetime,
    days: int = 730,
) -> bytes:
    """A certificate for ``public_key`` naming ``identity``, issued by the agency root (DER).

    It never outlives the root that issued it.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    root = _load(root_cert_der)
    start = _utc(now)
    end = min(start + timedelta(days=days), root.not_valid_after_utc)
    try:
        root_ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        authority = x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_ski)
    except x509.ExtensionNotFound:
        authority = x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key())
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(identity))
        .issuer_name(root.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(authority, critical=False)
    )
    return _der(_signer_usage(builder).sign(root_key, hashes.SHA256()))


def fingerprint(cert_der: bytes) -> str:
    """The certificate's SHA-256 fingerprint, "AB:CD:...", to read aloud and compare by phone."""
    digest = hashlib.sha256(cert_der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def identity_of(cert_der: bytes) -> Identity:
    """Who the certificate names (empty strings for parts it leaves out)."""
    from cryptography.x509.oid import NameOID

    subject = _load(cert_der).subject

    def part(oid: x509.ObjectIdentifier) -> str:
        # A hostile certificate's name may not decode: it is shown as such, never trusted.
        try:
            values = subject.get_attributes_for_oid(oid)
        except ValueError:
            return translate("certificates", "(a name that cannot be read)")
        value = values[0].value if values else ""
        text = value if isinstance(value, str) else value.decode("utf-8", "replace")
        return "".join(ch if ch.isprintable() else " " for ch in text)

    return Identity(part(NameOID.COMMON_NAME), part(NameOID.TITLE), part(NameOID.ORGANIZATION_NAME))


def to_pem(cert_der: bytes) -> bytes:
    """The certificate as PEM text, the form people attach to an email."""
    from cryptography.hazmat.primitives.serialization import Encoding

    return _load(cert_der).public_bytes(Encoding.PEM)


def load_certificates(path: Path) -> list[bytes]:
    """Every certificate in a PEM file (one or several) or a DER file, as DER.

    Anything else is refused with one sentence naming the file.
    """
    from cryptography import x509

    data = _read(path, is_key=False)
    try:
        if b"-----BEGIN" in data:
            found = [_der(c) for c in x509.load_pem_x509_certificates(data)]
        else:
            found = [_der(x509.load_der_x509_certificate(data))]
        for der in found:
            identity_of(der)  # a name that cannot be read is refused here, not later
    except (ValueError, UnicodeDecodeError):
        found = []
    if not found:
        raise CaseDeskError(
            translate(
                "certificates",
                "{path} does not hold a certificate (a .pem or .der file); ask its sender for "
                "the certificate file again.",
            ).format(path=path)
        )
    return found


def write_agency_root(
    folder: Path, key: ec.EllipticCurvePrivateKey, cert_der: bytes, passphrase: str
) -> tuple[Path, Path]:
    """Save an agency root: its certificate (to share) and its key, encrypted with ``passphrase``.

    Both files are written atomically and readable by their owner only; existing files
    are never written over, since losing a root key orphans every certificate it issued.
    Returns the certificate's path and the key's path.
    """
    from cryptography.hazmat.primitives import serialization

    # imported here: verifying a signed PDF needs this module but never storage's writer
    from casedesk.services.files import write_private_file

    if len(passphrase) < 12:
        raise CaseDeskError(
            translate(
                "certificates",
                "Choose a passphrase of at least 12 characters to protect the agency root key "
                "(it issues every certificate your recipients trust).",
            )
        )
    certificate_path = folder / ROOT_CERTIFICATE_FILE
    key_path = folder / ROOT_KEY_FILE
    for path in (certificate_path, key_path):
        if path.exists():
            raise CaseDeskError(
                translate(
                    "certificates",
                    "{path} already exists, so the agency root was not saved (nothing was "
                    "written over); choose another folder.",
                ).format(path=path)
            )
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    write_private_file(key_path, encrypted)
    try:
        write_private_file(certificate_path, to_pem(cert_der))
    except BaseException:
        key_path.unlink(missing_ok=True)  # a key without its certificate is no root
        raise
    return certificate_path, key_path


def load_agency_root(folder: Path, passphrase: str) -> tuple[ec.EllipticCurvePrivateKey, bytes]:
    """The agency root's key (opened with ``passphrase``) and its certificate (DER)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    certificate_path = folder / ROOT_CERTIFICATE_FILE
    key_path = folder / ROOT_KEY_FILE
    certificates = load_certificates(certificate_path)
    data = _read(key_path, is_key=True)
    if b"ENCRYPTED PRIVATE KEY" not in data:
        raise CaseDeskError(
            translate("certificates", "{path} is not an encrypted agency root key.").format(
                path=key_path
            )
        )
    try:
        key = serialization.load_pem_private_key(data, password=passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise WrongPassphraseError(
            translate("certificates", "The agency root key's passphrase is not right.")
        ) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise CaseDeskError(
            translate("certificates", "{path} is not a CaseDesk agency root key.").format(
                path=key_path
            )
        )
    certificate = certificates[0]
    if _load(certificate).public_key() != key.public_key():
        raise CaseDeskError(
            translate(
                "certificates", "{certificate} is not the certificate of the key in {key}."
            ).format(certificate=certificate_path, key=key_path)
        )
    return key, certificate


def _load(cert_der: bytes) -> x509.Certificate:
    from cryptography import x509

    return x509.load_der_x509_certificate(cert_der)


def _der(certificate: x509.Certificate) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    return certificate.public_bytes(Encoding.DER)


def _read(path: Path, is_key: bool) -> bytes:
    """A certificate file's bytes, or (``is_key``) the agency root key's."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if is_key:
            missing = translate("certificates", "There is no agency root key at {path}.").format(
                path=path
            )
        else:
            missing = translate("certificates", "There is no certificate file at {path}.").format(
                path=path
            )
        raise CaseDeskError(missing) from None
    except IsADirectoryError:
        if is_key:
            folder = translate(
                "certificates", "{path} is a folder; give the agency root key itself."
            ).format(path=path)
        else:
            folder = translate(
                "certificates", "{path} is a folder; give the certificate file itself."
            ).format(path=path)
        raise CaseDeskError(folder) from None
    except OSError as error:
        reason = (error.strerror or translate("certificates", "it could not be read")).lower()
        if is_key:
            unreadable = translate(
                "certificates", "The agency root key {path} could not be read ({reason})."
            ).format(path=path, reason=reason)
        else:
            unreadable = translate(
                "certificates", "The certificate file {path} could not be read ({reason})."
            ).format(path=path, reason=reason)
        raise CaseDeskError(unreadable) from None
