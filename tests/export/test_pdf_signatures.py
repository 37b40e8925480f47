"""Signed PDF summaries: signing, countersigning, and the verdicts of ``verify_pdf``.

Each test names the rule it holds: 0 trusted, 20 valid but not trusted, 21 changed after
signing, 22 not signed (or a broken signature), with 22 > 21 > 20 > 0 when several apply.
Poppler's ``pdfsig`` checks the same files, so other PDF readers agree with CaseDesk.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509 as cx509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from reportlab.pdfgen.canvas import Canvas

from casedesk.domain.wording import shown_day
from casedesk.export import pdf_signatures as ps
from casedesk.export.pdf_signatures import (
    CHANGED,
    COUNTERSIGNATURE_BOX,
    NOT_SIGNED,
    NOT_TRUSTED,
    TRUSTED,
    Signer,
    countersign_pdf,
    sign_pdf,
    verify_pdf,
)
from casedesk.services import certificates as certs
from casedesk.services.certificates import Identity

SIGNED_AT = datetime(2026, 11, 30, 14, 2, tzinfo=UTC)
APPROVED_AT = SIGNED_AT + timedelta(hours=2)
ISSUED_AT = SIGNED_AT - timedelta(days=30)
WORKER = Identity("Sam Patel", "worker", "Northside Family Service")
SUPERVISOR = Identity("Łukasz Dvořák", "supervisor", "Northside Family Service")
STRANGER = Identity("Sam Patel", "worker", "Northside Family Service")  # same name, other key
DOCUMENT_ID = "CD-2026-0042"
SENTENCE = "Sam Patel met the family at home."
PDFSIG = shutil.which("pdfsig") or "/usr/bin/pdfsig"


def summary_pdf(pages: int = 2, document_id: str = DOCUMENT_ID) -> bytes:
    """A reportlab PDF like a case summary: uncompressed pages, a CaseDesk document id."""
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0, invariant=1)
    info = canvas._doc.info
    plain_format = info.format

    def format_with_id(document: Any) -> bytes:
        formatted: bytes = plain_format(document)
        head, _, tail = formatted.rpartition(b">>")
        return head + f"/CaseDeskDocumentId ({document_id}) >>".encode() + tail

    info.format = format_with_id
    for number in range(1, pages + 1):
        canvas.drawString(72, 760, f"Case summary, page {number} of {pages}")
        for line in range(30):
            canvas.drawString(72, 730 - 20 * line, f"{line + 1}. {SENTENCE}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def self_signed_signer(identity: Identity, issued: datetime = ISSUED_AT) -> Signer:
    key = _key()
    return Signer(key, certs.self_signed(key, identity, issued))


def sign(pdf: bytes, signer: Signer, at: datetime = SIGNED_AT) -> bytes:
    return sign_pdf(
        pdf,
        signer,
        field_name="Worker signature",
        reason="Case summary as recorded",
        location="Northside",
        box=(72, 40, 300, 100),
        stamp_lines=[f"Signed by {certs.identity_of(signer.certificate).name}", "30 Nov 2026"],
        signing_time=at,
    )


def countersign(pdf: bytes, signer: Signer, at: datetime = APPROVED_AT) -> bytes:
    return countersign_pdf(
        pdf,
        signer,
        field_name="Supervisor approval",
        comment="Approved: plan agreed in supervision",
        box=COUNTERSIGNATURE_BOX,
        stamp_lines=[f"Approved by {certs.identity_of(signer.certificate).name}"],
        signing_time=at,
    )


@dataclass(frozen=True)
class Files:
    original: bytes
    worker: Signer
    supervisor: Signer
    signed: bytes
    countersigned: bytes


@pytest.fixture(scope="module")
def files() -> Files:
    """One worker-signed summary and its supervisor-approved copy, shared by the tests."""
    original = summary_pdf()
    worker = self_signed_signer(WORKER)
    supervisor = self_signed_signer(SUPERVISOR)
    signed = sign(original, worker)
    return Files(original, worker, supervisor, signed, countersign(signed, supervisor))


# --- helpers that tamper with a signed file ------------------------------------------


def append_update(pdf: bytes, change: Callable[[Any], None]) -> bytes:
    """``pdf`` with one incremental update made by pyHanko, as another tool would add it."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_note(writer: Any) -> None:
    """A sticky-note annotation on the first page: pyHanko would call it an allowed change."""
    from pyhanko.pdf_utils import generic

    page_ref, _ = writer.find_page_for_modification(0)
    note = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
            generic.pdf_name("/Rect"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (100, 100, 120, 120)]
            ),
            generic.pdf_name("/Contents"): generic.TextStringObject("Not what she said"),
        }
    )
    writer.register_annotation(page_ref, writer.add_object(note))


def change_info(writer: Any) -> None:
    """Only the Info dictionary changes: another title, another document id."""
    from pyhanko.pdf_utils import generic

    info_ref = writer.trailer.raw_get("/Info")
    info = info_ref.get_object()
    info[generic.pdf_name("/Title")] = generic.TextStringObject("Another summary")
    info[generic.pdf_name("/CaseDeskDocumentId")] = generic.TextStringObject("CD-OTHER")
    writer.mark_update(info_ref)


def add_page_content(writer: Any) -> None:
    """A new content stream drawn over the first page."""
    from pyhanko.pdf_utils import generic

    page_ref, _ = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    extra = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 700 Td (Added later) Tj ET")
    )
    page[generic.pdf_name("/Contents")] = generic.ArrayObject([page.raw_get("/Contents"), extra])
    writer.update_container(page)


def corrupt_signature_value(pdf: bytes, which: int = -1) -> bytes:
    """``pdf`` with one hex digit of a signature's ECDSA value changed (its digest intact)."""
    from asn1crypto import cms

    starts = []
    position = pdf.find(b"/Contents <")
    while position != -1:
        starts.append(position + len(b"/Contents <"))
        position = pdf.find(b"/Contents <", position + 1)
    start = starts[which]
    end = pdf.index(b">", start)
    hex_digits = pdf[start:end].lower()
    signed_data = cms.ContentInfo.load(bytes.fromhex(hex_digits.decode()))  # padding ignored
    value = signed_data["content"]["signer_infos"][0]["signature"].native
    at = start + hex_digits.index(value.hex().encode()) + 10
    flipped = b"1" if pdf[at : at + 1] == b"0" else b"0"
    return pdf[:at] + flipped + pdf[at + 1 :]


def public_der(signer: Signer) -> bytes:
    return signer.key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


# --- signed once, self-signed certificate --------------------------------------------


def test_a_self_signed_summary_is_trusted_when_its_certificate_is(files: Files) -> None:
    result = verify_pdf(files.signed, [files.worker.certificate])

    assert result.code == TRUSTED
    assert result.sentence == (
        "Valid: signed by Sam Patel (worker, Northside Family Service) on 30 Nov 2026 at "
        "14:02 (as claimed by the signer)."
    )
    assert result.document_id == DOCUMENT_ID
    (report,) = result.signatures
    assert report.field_name == "Worker signature"
    assert report.identity == WORKER
    assert report.fingerprint == certs.fingerprint(files.worker.certificate)
    assert report.public_key_der == public_der(files.worker)
    assert report.signing_time == SIGNED_AT
    assert report.reason == "Case summary as recorded"
    assert (report.intact, report.valid, report.trusted) == (True, True, True)
    assert report.trust_problem == ""
    assert report.revision_sha256 == hashlib.sha256(files.signed).hexdigest()


def test_the_signature_is_an_incremental_pades_update(files: Files) -> None:
    assert files.signed.startswith(files.original)
    assert b"/SubFilter /ETSI.CAdES.detached" in files.signed
    assert b"DejaVuSans" in files.signed  # the stamp's own embedded font


def test_without_trusting_it_the_sentence_gives_the_fingerprint_to_compare(
    files: Files,
) -> None:
    result = verify_pdf(files.signed, [])

    assert result.code == NOT_TRUSTED
    fingerprint = certs.fingerprint(files.worker.certificate)
    assert result.sentence.startswith("Valid, but signed by someone you have not chosen to trust")
    assert result.sentence.endswith(f"compare this fingerprint by phone: {fingerprint}")
    (report,) = result.signatures
    assert (report.intact, report.valid, report.trusted) == (True, True, False)
    assert report.trust_problem == "no certificate you trust issued it"


def test_a_copy_resigned_by_a_stranger_is_not_trusted(files: Files) -> None:
    stranger = self_signed_signer(STRANGER)
    forged = sign(files.original, stranger)

    result = verify_pdf(forged, [files.worker.certificate])

    assert result.code == NOT_TRUSTED
    assert certs.fingerprint(stranger.certificate) in result.sentence
    assert certs.fingerprint(files.worker.certificate) not in result.sentence
    assert result.signatures[0].public_key_der != public_der(files.worker)


@pytest.mark.skipif(not Path(PDFSIG).exists(), reason="poppler's pdfsig is not installed")
def test_poppler_agrees_that_both_signatures_are_valid(files: Files, tmp_path: Path) -> None:
    for name, pdf, count in (("signed", files.signed, 1), ("both", files.countersigned, 2)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        shown = subprocess.run([PDFSIG, str(path)], capture_output=True, text=True, check=False)
        assert shown.stdout.count("Signature is Valid") == count, shown.stdout
        assert "ETSI.CAdES.detached" in shown.stdout


# --- changed after signing (21) -------------------------------------------------------


def test_one_changed_byte_in_the_signed_content_is_a_change(files: Files) -> None:
    assert files.signed.count(SENTENCE.encode()) == 60
    changed = files.signed.replace(b"met the family", b"met the fanily", 1)

    result = verify_pdf(changed, [files.worker.certificate])

    assert result.code == CHANGED
    assert result.sentence.startswith("Changed after it was signed:")
    assert result.signatures[0].intact is False


@pytest.mark.parametrize("change", [add_note, change_info, add_page_content])
def test_any_update_appended_after_signing_is_a_change(
    files: Files, change: Callable[[Any], None]
) -> None:
    updated = append_update(files.signed, change)
    assert len(updated) > len(files.signed)

    result = verify_pdf(updated, [files.worker.certificate])

    assert result.code == CHANGED
    assert "after the last signature" in result.sentence
    # the signature itself still checks out: it is the file around it that grew
    assert result.signatures[0].intact and result.signatures[0].trusted
    assert result.document_id == DOCUMENT_ID  # as signed, whatever came after


def test_bytes_after_the_end_of_the_signed_file_are_a_change(files: Files) -> None:
    assert verify_pdf(files.signed + b"\n", [files.worker.certificate]).code == CHANGED


def test_a_document_timestamp_appended_after_signing_is_a_change(files: Files) -> None:
    from asn1crypto import keys, x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers import PdfTimeStamper
    from pyhanko.sign.timestamps import DummyTimeStamper

    # pyHanko's test timestamp authority signs with RSA only
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = cx509.Name([cx509.NameAttribute(cx509.NameOID.COMMON_NAME, "Test TSA")])
    tsa_cert = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(tsa_key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(ISSUED_AT)
        .not_valid_after(ISSUED_AT + timedelta(days=365))
        .sign(tsa_key, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )
    tsa_private = tsa_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    stamper = DummyTimeStamper(
        x509.Certificate.load(tsa_cert), keys.PrivateKeyInfo.load(tsa_private)
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(files.signed))
    stamped = PdfTimeStamper(stamper).timestamp_pdf(writer, "sha256").getvalue()

    result = verify_pdf(stamped, [files.worker.certificate, tsa_cert])

    assert result.code == CHANGED
    assert [r.field_name for r in result.signatures] == ["Worker signature"]
    only_stamped = (
        PdfTimeStamper(stamper)
        .timestamp_pdf(IncrementalPdfFileWriter(io.BytesIO(files.original)), "sha256")
        .getvalue()
    )
    assert verify_pdf(only_stamped, [tsa_cert]).sentence == "Not signed."


def test_the_operating_systems_certificates_are_never_consulted(
    files: Files, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pyhanko_certvalidator import registry

    def refuse() -> None:
        raise AssertionError("the system trust store was consulted")

    monkeypatch.setattr(registry, "_system_trust_roots", refuse)
    assert verify_pdf(files.signed, []).code == NOT_TRUSTED
    assert verify_pdf(files.signed, [files.worker.certificate]).code == TRUSTED


def test_an_update_after_the_countersignature_is_a_change(files: Files) -> None:
    updated = append_update(files.countersigned, add_note)
    trusted = [files.worker.certificate, files.supervisor.certificate]

    assert verify_pdf(updated, trusted).code == CHANGED


def test_an_update_between_the_signatures_is_a_change(files: Files) -> None:
    noted = append_update(files.signed, add_note)
    both = countersign(noted, files.supervisor)
    trusted = [files.worker.certificate, files.supervisor.certificate]

    result = verify_pdf(both, trusted)

    assert result.code == CHANGED
    assert all(r.intact and r.valid and r.trusted for r in result.signatures)


@pytest.mark.parametrize("sneak", [add_note, add_page_content])
def test_a_countersignature_that_also_changes_the_summary_is_a_change(
    files: Files, monkeypatch: pytest.MonkeyPatch, sneak: Callable[[Any], None]
) -> None:
    from pyhanko.pdf_utils import incremental_writer

    honest = incremental_writer.IncrementalPdfFileWriter

    def sneaky(stream: Any, *args: Any, **kwargs: Any) -> Any:
        writer = honest(stream, *args, **kwargs)
        sneak(writer)  # in the same revision as the approval's signature
        return writer

    monkeypatch.setattr(incremental_writer, "IncrementalPdfFileWriter", sneaky)
    both = countersign(files.signed, files.supervisor)
    monkeypatch.undo()

    result = verify_pdf(both, [files.worker.certificate, files.supervisor.certificate])

    assert result.code == CHANGED
    assert "more than adding a signature" in result.sentence


# --- not signed, or a broken signature (22) -------------------------------------------


def test_a_corrupted_signature_value_is_a_broken_signature(files: Files) -> None:
    broken = corrupt_signature_value(files.signed)

    result = verify_pdf(broken, [files.worker.certificate])

    assert result.code == NOT_SIGNED
    assert result.sentence.startswith("The signature is broken:")
    assert result.signatures[0].valid is False


def test_an_unreadable_signature_container_is_a_broken_signature(files: Files) -> None:
    start = files.signed.index(b"/Contents <") + len(b"/Contents <")
    garbled = files.signed[:start] + b"ff" * 8 + files.signed[start + 16 :]

    result = verify_pdf(garbled, [files.worker.certificate])

    assert result.code == NOT_SIGNED
    assert result.sentence.startswith("The signature is broken:")


def test_a_broken_signature_outranks_a_change(files: Files) -> None:
    both = corrupt_signature_value(files.signed).replace(b"met the family", b"met the fanily", 1)
    assert verify_pdf(both, [files.worker.certificate]).code == NOT_SIGNED


def test_an_unsigned_pdf_is_not_signed(files: Files) -> None:
    result = verify_pdf(files.original, [files.worker.certificate])

    assert (result.code, result.sentence, result.signatures) == (NOT_SIGNED, "Not signed.", ())
    assert result.document_id == DOCUMENT_ID


@pytest.mark.parametrize(
    "garbage",
    [b"", b"not a pdf at all", b"%PDF-1.7\n" + bytes(range(256)) * 4, b"\x00" * 5000],
)
def test_garbage_is_not_signed_with_a_sentence(garbage: bytes) -> None:
    result = verify_pdf(garbage, [])

    assert result.code == NOT_SIGNED
    assert result.sentence.startswith("Not signed")
    assert "\n" not in result.sentence
    assert result.signatures == ()


def test_a_truncated_signed_file_is_not_trusted_as_signed(files: Files) -> None:
    result = verify_pdf(files.signed[: len(files.signed) // 2], [files.worker.certificate])
    assert result.code == NOT_SIGNED
    assert result.sentence == "Not signed: this PDF is damaged, so it cannot be read or checked."


# --- agency roots and the time of signing ---------------------------------------------


def agency_signer(root: tuple[ec.EllipticCurvePrivateKey, bytes], issued: datetime) -> Signer:
    root_key, root_cert = root
    key = _key()
    cert = certs.issue(root_key, root_cert, key.public_key(), WORKER, issued)
    return Signer(key, cert, (root_cert,))


def test_a_certificate_issued_by_a_trusted_agency_root_is_trusted(files: Files) -> None:
    root = certs.new_agency_root("Northside Family Service", ISSUED_AT)
    other_root = certs.new_agency_root("Southside Family Service", ISSUED_AT)
    signed = sign(files.original, agency_signer(root, ISSUED_AT))

    assert verify_pdf(signed, [root[1]]).code == TRUSTED
    elsewhere = verify_pdf(signed, [other_root[1]])
    assert elsewhere.code == NOT_TRUSTED
    assert elsewhere.signatures[0].trust_problem == "no certificate you trust issued it"


def test_the_agency_root_need_not_be_embedded_to_be_trusted(files: Files) -> None:
    root = certs.new_agency_root("Northside Family Service", ISSUED_AT)
    signer = agency_signer(root, ISSUED_AT)
    signed = sign(files.original, Signer(signer.key, signer.certificate))
    assert verify_pdf(signed, [root[1]]).code == TRUSTED


def test_a_certificate_expired_when_it_signed_is_not_trusted(files: Files) -> None:
    root = certs.new_agency_root("Northside Family Service", ISSUED_AT - timedelta(days=400))
    root_key, root_cert = root
    key = _key()
    short = certs.issue(root_key, root_cert, key.public_key(), WORKER, ISSUED_AT, days=7)
    signed = sign(files.original, Signer(key, short, (root_cert,)))

    result = verify_pdf(signed, [root_cert])

    assert result.code == NOT_TRUSTED
    problem = result.signatures[0].trust_problem
    assert problem.startswith("its certificate had expired when it signed")
    # The day as the worker's locale writes it (wording.shown_day), not a fixed format.
    assert f"(valid to {shown_day(date(2026, 11, 7))})" in problem
    assert "expired" in result.sentence


def test_a_certificate_not_yet_valid_when_it_signed_is_not_trusted(files: Files) -> None:
    early = self_signed_signer(WORKER, issued=SIGNED_AT + timedelta(days=1))
    result = verify_pdf(sign(files.original, early), [early.certificate])

    assert result.code == NOT_TRUSTED
    assert "not yet valid" in result.signatures[0].trust_problem


def test_validity_is_judged_at_the_claimed_signing_time_not_today(files: Files) -> None:
    old = self_signed_signer(WORKER, issued=datetime(2019, 6, 1, tzinfo=UTC))  # to 2024
    signed = sign(files.original, old, at=datetime(2020, 3, 3, 9, 30, tzinfo=UTC))

    result = verify_pdf(signed, [old.certificate])

    assert result.code == TRUSTED
    assert f"on {shown_day(date(2020, 3, 3))} at 09:30" in result.sentence


# --- countersigned ------------------------------------------------------------------


def test_a_countersigned_summary_is_trusted_when_both_signers_are(files: Files) -> None:
    result = verify_pdf(
        files.countersigned, [files.worker.certificate, files.supervisor.certificate]
    )

    assert result.code == TRUSTED
    assert result.sentence == (
        "Valid: signed by Sam Patel (worker, Northside Family Service) on 30 Nov 2026 at "
        "14:02, then approved by Łukasz Dvořák (supervisor, Northside Family Service) on "
        "30 Nov 2026 at 16:02 (times as claimed by the signers)."
    )
    first, second = result.signatures
    assert first.field_name == "Worker signature"
    assert second.field_name == "Supervisor approval"
    assert second.reason == "Approved: plan agreed in supervision"
    assert second.identity == SUPERVISOR
    assert second.signing_time == APPROVED_AT
    assert first.revision_sha256 == hashlib.sha256(files.signed).hexdigest()
    assert second.revision_sha256 == hashlib.sha256(files.countersigned).hexdigest()
    assert result.document_id == DOCUMENT_ID


def test_the_approval_leaves_the_signed_bytes_untouched(files: Files) -> None:
    assert files.countersigned.startswith(files.signed)


def test_a_countersignature_by_someone_not_trusted_is_not_trusted(files: Files) -> None:
    result = verify_pdf(files.countersigned, [files.worker.certificate])

    assert result.code == NOT_TRUSTED
    assert [r.trusted for r in result.signatures] == [True, False]
    assert certs.fingerprint(files.supervisor.certificate) in result.sentence


def test_a_changed_first_signature_outranks_an_untrusted_second(files: Files) -> None:
    changed = files.countersigned.replace(b"met the family", b"met the fanily", 1)
    assert verify_pdf(changed, [files.worker.certificate]).code == CHANGED


def test_a_broken_countersignature_is_a_broken_signature(files: Files) -> None:
    broken = corrupt_signature_value(files.countersigned, which=-1)
    trusted = [files.worker.certificate, files.supervisor.certificate]
    result = verify_pdf(broken, trusted)

    assert result.code == NOT_SIGNED
    assert "Łukasz Dvořák" in result.sentence


def test_a_certificate_for_another_key_is_refused(files: Files) -> None:
    mismatched = Signer(files.worker.key, files.supervisor.certificate)
    with pytest.raises(ValueError, match="not for the signer's key"):
        sign(files.original, mismatched)


def test_importing_the_module_loads_neither_pyhanko_nor_storage() -> None:
    """``casedesk verify`` starts fast: pyHanko loads when a PDF is checked, not before."""
    code = (
        "import sys, casedesk.export.pdf_signatures; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pyhanko', 'reportlab'}), "
        "any(m.startswith('casedesk.storage') for m in sys.modules))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert shown.split() == ["[]", "False"]


# --- the stamp ----------------------------------------------------------------------


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler's pdftotext is not installed")
def test_the_stamp_prints_any_latin_name(tmp_path: Path) -> None:
    lines = ["Approved by Łukasz Dvořák", "Şükrü Ölçer, Ærøskøbing", "王小明", "30 Nov 2026"]
    path = tmp_path / "stamp.pdf"
    path.write_bytes(ps._stamp_pdf(220, 60, lines))

    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for line in lines:
        assert line in text


def test_a_countersignature_drawn_over_the_summary_is_a_change(files: Files) -> None:
    """A later signature whose appearance covers a page could hide what was signed."""
    over = countersign_pdf(
        files.signed,
        files.supervisor,
        field_name="Supervisor approval",
        comment="Approved",
        box=(0, 0, 595, 842),
        page=0,
        stamp_lines=["No concerns. Case to be closed."],
        signing_time=APPROVED_AT,
    )
    trusted = [files.worker.certificate, files.supervisor.certificate]
    result = verify_pdf(over, trusted)
    assert result.code == CHANGED
    assert "drawn over the document" in result.sentence


def test_a_persons_own_certificate_cannot_vouch_for_one_its_key_made(files: Files) -> None:
    """Trusting a worker's self-signed certificate trusts their signatures, not
    certificates their key issues in another name."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID

    worker = x509.load_der_x509_certificate(files.worker.certificate)
    key = ec.generate_private_key(ec.SECP256R1())
    forged = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, "Jane Boss"),
                    x509.NameAttribute(NameOID.TITLE, "supervisor"),
                ]
            )
        )
        .issuer_name(worker.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(SIGNED_AT - timedelta(days=1))
        .not_valid_after(SIGNED_AT + timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(files.worker.key, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )
    approved = countersign(files.signed, Signer(key, forged, (files.worker.certificate,)))
    result = verify_pdf(approved, [files.worker.certificate])
    assert result.code == NOT_TRUSTED
    assert "may not vouch for others" in result.signatures[1].trust_problem
