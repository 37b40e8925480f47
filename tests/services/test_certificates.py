"""Certificates for signed summaries: what they say, how they are shared, how an agency
root is kept (encrypted, owner-only, never written over), and the sentences a user meets
when a certificate file is wrong."""

from __future__ import annotations

import hashlib
import re
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from casedesk.domain.errors import CaseDeskError, WrongPassphraseError
from casedesk.services import certificates as certs
from casedesk.services.certificates import Identity

NOW = datetime(2026, 11, 30, 14, 2, 7, 123456, tzinfo=UTC)
WORKER = Identity("Sam Patel", "worker", "Northside Family Service")


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _parsed(der: bytes) -> x509.Certificate:
    return x509.load_der_x509_certificate(der)


def test_a_self_signed_certificate_names_its_signer_and_may_only_sign() -> None:
    key = _key()
    cert = _parsed(certs.self_signed(key, WORKER, NOW))

    assert cert.subject == cert.issuer
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Sam Patel"
    assert cert.subject.get_attributes_for_oid(NameOID.TITLE)[0].value == "worker"
    assert cert.public_key() == key.public_key()
    assert cert.not_valid_before_utc == NOW.replace(microsecond=0)
    assert cert.not_valid_after_utc - cert.not_valid_before_utc == timedelta(days=5 * 365)
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert not usage.key_cert_sign
    assert cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    assert isinstance(cert.signature_hash_algorithm, hashes.SHA256)
    key.public_key().verify(cert.signature, cert.tbs_certificate_bytes, ec.ECDSA(hashes.SHA256()))


def test_serial_numbers_are_random() -> None:
    key = _key()
    serials = {_parsed(certs.self_signed(key, WORKER, NOW)).serial_number for _ in range(3)}
    assert len(serials) == 3


def test_identity_round_trips_and_an_empty_agency_is_left_out() -> None:
    key = _key()
    assert certs.identity_of(certs.self_signed(key, WORKER, NOW)) == WORKER
    loner = Identity("Łukasz Dvořák", "supervisor", "")
    der = certs.self_signed(key, loner, NOW)
    assert certs.identity_of(der) == loner
    assert not _parsed(der).subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        certs.self_signed(_key(), WORKER, datetime(2026, 1, 1))


def test_fingerprint_is_sha256_in_pairs_to_read_aloud() -> None:
    der = certs.self_signed(_key(), WORKER, NOW)
    printed = certs.fingerprint(der)
    assert re.fullmatch(r"([0-9A-F]{2}:){31}[0-9A-F]{2}", printed)
    assert printed.replace(":", "").lower() == hashlib.sha256(der).hexdigest()


def test_an_agency_root_is_a_ca_that_issues_worker_certificates() -> None:
    root_key, root_der = certs.new_agency_root("Northside Family Service", NOW)
    root = _parsed(root_der)
    constraints = root.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert constraints.ca is True
    assert constraints.path_length == 0
    usage = root.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    assert certs.identity_of(root_der).agency == "Northside Family Service"

    worker_key = _key()
    issued = _parsed(certs.issue(root_key, root_der, worker_key.public_key(), WORKER, NOW))
    assert issued.issuer == root.subject
    assert issued.public_key() == worker_key.public_key()
    assert issued.not_valid_after_utc - issued.not_valid_before_utc == timedelta(days=730)
    assert issued.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    authority = issued.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    root_ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert authority.key_identifier == root_ski.digest
    root_key.public_key().verify(
        issued.signature, issued.tbs_certificate_bytes, ec.ECDSA(hashes.SHA256())
    )


def test_an_issued_certificate_never_outlives_its_root() -> None:
    root_key, root_der = certs.new_agency_root("Northside", NOW, years=1)
    issued = _parsed(certs.issue(root_key, root_der, _key().public_key(), WORKER, NOW, 5000))
    assert issued.not_valid_after_utc == _parsed(root_der).not_valid_after_utc


def test_load_certificates_reads_pem_bundles_and_der(tmp_path: Path) -> None:
    one = certs.self_signed(_key(), WORKER, NOW)
    two = certs.new_agency_root("Northside", NOW)[1]
    (tmp_path / "one.pem").write_bytes(certs.to_pem(one))
    (tmp_path / "both.pem").write_bytes(b"a note first\n" + certs.to_pem(one) + certs.to_pem(two))
    (tmp_path / "one.der").write_bytes(one)

    assert certs.to_pem(one).startswith(b"-----BEGIN CERTIFICATE-----")
    assert certs.load_certificates(tmp_path / "one.pem") == [one]
    assert certs.load_certificates(tmp_path / "both.pem") == [one, two]
    assert certs.load_certificates(tmp_path / "one.der") == [one]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("garbage.pem", b"this is not a certificate at all"),
        ("empty.der", b""),
        ("broken.pem", b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
        ("missing.pem", None),
        ("folder", "dir"),
    ],
)
def test_a_bad_certificate_file_is_one_sentence_naming_it(
    tmp_path: Path, name: str, content: bytes | str | None
) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)

    with pytest.raises(CaseDeskError) as caught:
        certs.load_certificates(path)
    message = str(caught.value)
    assert str(path) in message
    assert "\n" not in message
    assert "Traceback" not in message
    assert caught.value.exit_code == 1


def test_an_agency_root_is_saved_encrypted_and_owner_only(tmp_path: Path) -> None:
    key, cert = certs.new_agency_root("Northside Family Service", NOW)
    cert_path, key_path = certs.write_agency_root(tmp_path, key, cert, "root passphrase 42")

    assert cert_path == tmp_path / "agency-root.pem"
    assert key_path == tmp_path / "agency-root-key.pem"
    for path in (cert_path, key_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in key_path.read_bytes()
    assert certs.load_certificates(cert_path) == [cert]

    loaded_key, loaded_cert = certs.load_agency_root(tmp_path, "root passphrase 42")
    assert loaded_cert == cert
    assert loaded_key.public_key() == key.public_key()
    # the loaded key still issues certificates the root vouches for
    issued = certs.issue(loaded_key, loaded_cert, _key().public_key(), WORKER, NOW)
    assert _parsed(issued).issuer == _parsed(cert).subject


def test_a_wrong_passphrase_is_named_as_such(tmp_path: Path) -> None:
    key, cert = certs.new_agency_root("Northside", NOW)
    certs.write_agency_root(tmp_path, key, cert, "the right one here")
    with pytest.raises(WrongPassphraseError, match="passphrase is not right"):
        certs.load_agency_root(tmp_path, "the wrong one")


def test_an_agency_root_is_never_written_over(tmp_path: Path) -> None:
    key, cert = certs.new_agency_root("Northside", NOW)
    certs.write_agency_root(tmp_path, key, cert, "first passphrase")
    before = (tmp_path / "agency-root-key.pem").read_bytes()
    other_key, other_cert = certs.new_agency_root("Northside", NOW)
    with pytest.raises(CaseDeskError, match="already exists"):
        certs.write_agency_root(tmp_path, other_key, other_cert, "second passphrase")
    assert (tmp_path / "agency-root-key.pem").read_bytes() == before


def test_an_empty_passphrase_is_refused(tmp_path: Path) -> None:
    key, cert = certs.new_agency_root("Northside", NOW)
    with pytest.raises(CaseDeskError, match="passphrase"):
        certs.write_agency_root(tmp_path, key, cert, "")
    with pytest.raises(CaseDeskError, match="at least 12 characters"):
        certs.write_agency_root(tmp_path, key, cert, "a")
    assert not (tmp_path / "agency-root.pem").exists()
    assert not (tmp_path / "agency-root-key.pem").exists()


def test_a_missing_agency_root_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(CaseDeskError) as caught:
        certs.load_agency_root(tmp_path / "nowhere", "anything")
    assert "agency-root.pem" in str(caught.value)
    assert not isinstance(caught.value, WrongPassphraseError)


def test_a_root_key_that_does_not_match_its_certificate_is_refused(tmp_path: Path) -> None:
    key, cert = certs.new_agency_root("Northside", NOW)
    certs.write_agency_root(tmp_path, key, cert, "pass for the root")
    other = certs.new_agency_root("Elsewhere", NOW)[1]
    (tmp_path / "agency-root.pem").write_bytes(certs.to_pem(other))
    with pytest.raises(CaseDeskError, match="is not the certificate of the key"):
        certs.load_agency_root(tmp_path, "pass for the root")


def test_a_root_whose_certificate_cannot_be_written_leaves_no_key(tmp_path: Path) -> None:
    key, cert = certs.new_agency_root("Northside", NOW)
    (tmp_path / "agency-root.pem").mkdir()  # in the way: the certificate cannot be written
    with pytest.raises(CaseDeskError):
        certs.write_agency_root(tmp_path, key, cert, "a long root passphrase")
    assert not (tmp_path / "agency-root-key.pem").exists()


def test_names_longer_than_a_certificate_allows_are_cut_short_not_refused() -> None:
    from cryptography.hazmat.primitives.asymmetric import ec

    identity = certs.Identity("Y" * 70, "supervisor", "N" * 100)
    der = certs.self_signed(ec.generate_private_key(ec.SECP256R1()), identity, NOW)
    named = certs.identity_of(der)
    assert len(named.name) == 64 and named.name.startswith("YYYY")
    _key, root = certs.new_agency_root("N" * 100, NOW)
    assert len(certs.identity_of(root).agency) == 64
