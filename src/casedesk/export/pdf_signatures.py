"""Signed PDF case summaries: PAdES signatures made and checked offline with pyHanko.

A summary is signed by its worker and may then be approved (countersigned) by a
supervisor. Each signature is an incremental update: the signed bytes stay exactly as they
were and the new signature is appended, so the first signature still covers the summary
as the worker signed it. Neither signature certifies the document (no DocMDP lock): a lock
only tells other PDF readers what later changes they may tolerate, and CaseDesk tolerates
nothing but a later signature, which ``verify_pdf`` checks itself, revision by revision
(a certification allowing form filling would also let others fill in forms).

What ``verify_pdf`` calls a good file, and the exit codes of ``casedesk verify``:

- every signature's digest matches what it covers, and its cryptographic signature is
  good (else 22, ``NOT_SIGNED``, for a broken signature; or 21, ``CHANGED``, for a digest
  that no longer matches);
- every revision after the first signature is exactly a later signature, adding nothing
  but that signature, and the last signature covers the whole file (else 21: even an
  annotation or a filled form field appended afterwards counts as a change);
- every signer's certificate chains to one of the certificates the reader chose to trust,
  valid at the time the signer claims to have signed (else 20, ``NOT_TRUSTED``).

Only the reader's chosen certificates are trust anchors: never the operating system's
store, and nothing is ever fetched. pyHanko is imported when a PDF is first signed or
checked, not at start-up.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, translate
from casedesk.services.certificates import Identity, fingerprint, identity_of

if TYPE_CHECKING:  # imported when first used: start-up need not load them
    from cryptography.hazmat.primitives.asymmetric import ec

TRUSTED, NOT_TRUSTED, CHANGED, NOT_SIGNED = 0, 20, 21, 22

STAMP_FONT_SIZE = 8

# Where a countersignature may be drawn: the box the summary's last page leaves for it
# (x1, y1, x2, y2 in points). A later signature anywhere else could paint over what was
# signed, so it is reported as a change.
COUNTERSIGNATURE_BOX = (305.28, 96.0, 553.28, 176.0)
_INFO_KEYS = ("/Title", "/Author", "/Subject", "/Keywords", "/CaseDeskDocumentId")
# The trust problem that asks the reader to compare fingerprints (checked by its words).
NO_TRUSTED_ISSUER = QT_TRANSLATE_NOOP("pdf_signatures", "no certificate you trust issued it")


@dataclass(frozen=True)
class Signer:
    """A signing key, its certificate (DER) and the issuers' certificates to embed."""

    key: ec.EllipticCurvePrivateKey
    certificate: bytes
    chain: tuple[bytes, ...] = ()


@dataclass(frozen=True)
class SignatureReport:
    """What one signature in a PDF says, and how it checked out."""

    field_name: str
    identity: Identity
    fingerprint: str
    public_key_der: bytes
    signing_time: datetime | None
    reason: str
    intact: bool
    valid: bool
    trusted: bool
    trust_problem: str
    revision_sha256: str


@dataclass(frozen=True)
class Verification:
    """The outcome for a whole PDF: an exit code, a sentence, and each signature's report."""

    code: int
    sentence: str
    signatures: tuple[SignatureReport, ...]
    document_id: str


# --- signing -------------------------------------------------------------------------


def sign_pdf(
    pdf: bytes,
    signer: Signer,
    *,
    field_name: str,
    reason: str,
    location: str = "",
    box: tuple[float, float, float, float],
    page: int = -1,
    stamp_lines: Sequence[str],
    signing_time: datetime,
) -> bytes:
    """``pdf`` with a visible PAdES signature appended as an incremental update.

    The signature (ECDSA P-256 with SHA-256, subfilter ETSI.CAdES.detached) goes in a
    new field ``field_name`` drawn at ``box`` (x1, y1, x2, y2 in points) on ``page``
    (-1 is the last), as a bordered box holding ``stamp_lines``. ``signing_time`` is the
    time the signer claims: PAdES keeps it in the signature dictionary's /M entry, which
    the signature covers (it forbids the CMS signing-time attribute). No timestamp
    authority is asked: CaseDesk never uses the network.
    """
    return _sign(
        pdf,
        signer,
        field_name=field_name,
        reason=reason,
        location=location,
        box=box,
        page=page,
        stamp_lines=stamp_lines,
        signing_time=signing_time,
    )


def countersign_pdf(
    pdf: bytes,
    signer: Signer,
    *,
    field_name: str,
    comment: str,
    box: tuple[float, float, float, float],
    page: int = -1,
    stamp_lines: Sequence[str],
    signing_time: datetime,
) -> bytes:
    """An approval of an already signed ``pdf``: a second signature, ``comment`` its reason.

    Appended as an incremental update, so the first signature still covers exactly the
    bytes it signed; since the first signature does not certify the document, adding
    this one is allowed by every reader, and ``verify_pdf`` accepts it because the
    revision adds nothing but this signature.
    """
    return _sign(
        pdf,
        signer,
        field_name=field_name,
        reason=comment,
        location="",
        box=box,
        page=page,
        stamp_lines=stamp_lines,
        signing_time=signing_time,
    )


def _sign(
    pdf: bytes,
    signer: Signer,
    *,
    field_name: str,
    reason: str,
    location: str,
    box: tuple[float, float, float, float],
    page: int,
    stamp_lines: Sequence[str],
    signing_time: datetime,
) -> bytes:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    if signing_time.tzinfo is None:
        raise ValueError("signing_time must be timezone-aware")  # i18n: a programming error
    certificate = asn1_x509.Certificate.load(signer.certificate)
    public_der = signer.key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    if certificate.public_key.dump() != public_der:
        raise ValueError(
            "the signer's certificate is not for the signer's key"  # i18n: a programming error
        )
    private_der = signer.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    issuers = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    issuers.register_multiple([asn1_x509.Certificate.load(der) for der in signer.chain])
    cms_signer = signers.SimpleSigner(
        signing_cert=certificate,
        signing_key=asn1_keys.PrivateKeyInfo.load(private_der),
        cert_registry=issuers,
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        reason=reason or None,
        location=location or None,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    x1, y1, x2, y2 = box
    stamp = _stamp_pdf(abs(x2 - x1), abs(y2 - y1), list(stamp_lines))
    pdf_signer = _claimed_time_signer()(
        metadata,
        signer=cms_signer,
        stamp_style=_stamp_style(stamp),
        new_field_spec=fields.SigFieldSpec(
            field_name,
            on_page=page,
            box=box,  # type: ignore[arg-type]  # pyHanko annotates ints; floats work
        ),
    )
    pdf_signer.claimed_time = signing_time
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    output = pdf_signer.sign_pdf(writer)
    return bytes(output.getvalue())


@cache
def _claimed_time_signer() -> Any:
    """pyHanko's PdfSigner, signing at the caller's claimed time rather than the clock's."""
    from pyhanko.sign.signers import PdfSigner

    class ClaimedTimeSigner(PdfSigner):
        claimed_time: datetime

        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = self.claimed_time
            return session

    return ClaimedTimeSigner


def _stamp_pdf(width: float, height: float, lines: Sequence[str]) -> bytes:
    """A one-page PDF the size of the signature box: a thin border around ``lines``.

    Drawn by reportlab in the bundled fonts (``pdf_text``: DejaVu Sans, with the CJK
    fallback for a line that needs it, right-to-left runs in visual order), so any name
    prints. pyHanko's own text stamp cannot: it writes glyph widths in the font's units
    instead of thousandths of an em, which spreads DejaVu's letters (2048 units to the
    em) to twice their width.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from casedesk.export.pdf_text import REGULAR, label_font, register_fonts, visual

    register_fonts()
    shown = [(visual(line), label_font(line)) for line in lines]
    pad = 4.0
    size = float(STAMP_FONT_SIZE)
    if shown:
        widest = max(stringWidth(text, font, size) for text, font in shown)
        room = (height - 2 * pad) / (1.2 * len(shown))
        if widest > 0:
            size = min(size, (width - 2 * pad) / widest * size)
        size = max(1.0, min(size, room))
    out = io.BytesIO()
    canvas = Canvas(
        out, pagesize=(width, height), pageCompression=1, invariant=1, initialFontName=REGULAR
    )
    canvas.setLineWidth(0.75)
    canvas.rect(0.5, 0.5, width - 1, height - 1)
    leading = 1.2 * size
    top = (height + leading * len(shown)) / 2 - size
    for index, (text, font) in enumerate(shown):
        canvas.setFont(font, size)
        canvas.drawString(pad, top - index * leading, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _stamp_style(stamp: bytes) -> Any:
    """A pyHanko stamp style whose appearance is exactly the page ``stamp``."""
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.stamp import StaticStampStyle

    return StaticStampStyle(
        background=_imported_page_class()(stamp),
        background_opacity=1.0,
        background_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MID,
            y_align=AxisAlignment.ALIGN_MID,
            margins=Margins(),
        ),
        border_width=0,
    )


@cache
def _imported_page_class() -> Any:
    """pyHanko content that draws the first page of a PDF held in memory."""
    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader

    class ImportedPage(PdfContent):
        def __init__(self, pdf: bytes) -> None:
            super().__init__()
            self.pdf = pdf

        def render(self) -> bytes:
            reader = PdfFileReader(io.BytesIO(self.pdf))
            xobject = self._ensure_writer.import_page_as_xobject(reader, page_ix=0)
            self.resources.xobject["/CaseDeskStamp"] = xobject
            x1, y1, x2, y2 = xobject.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x2 - x1), height=abs(y2 - y1))
            return b"/CaseDeskStamp Do"

    return ImportedPage


# --- verifying -----------------------------------------------------------------------


@dataclass
class _Checked:
    """One signature as checked, with what the file-level rules need besides its report."""

    report: SignatureReport
    revision: int
    covers_whole_file: bool
    adds_only_signatures: bool  # what came after it (if anything) only filled in forms
    fields_changed_after: frozenset[str]  # the form fields those later revisions touched
    drawn_where_allowed: bool = True  # its widget lies in COUNTERSIGNATURE_BOX, last page


def verify_pdf(pdf: bytes, trusted: Sequence[bytes]) -> Verification:
    """Check every signature of ``pdf`` against the ``trusted`` certificates (DER).

    Each signer's certificate is validated at the time the signer claims to have signed:
    offline there is no timestamp authority to prove when a signature was made, so the
    claim (which the signature itself covers) is the only time there is. A certificate
    that expired after that time still verifies; one that had expired by then does not.
    """
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader

    _quiet_library_logs()
    anchors = [asn1_x509.Certificate.load(der) for der in trusted]
    for anchor in anchors:
        anchor.subject.native  # noqa: B018  # parse now: a bad anchor is the caller's error
    if b"%PDF-" not in pdf[:1024]:
        return Verification(
            NOT_SIGNED, translate("pdf_signatures", "Not signed: this is not a PDF file."), (), ""
        )
    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        total_revisions = reader.xrefs.total_revisions
        document_id = _document_id(reader)
        fields = _signature_fields(reader)
    except Exception:  # any parse failure of untrusted bytes means the same
        return Verification(
            NOT_SIGNED,
            translate(
                "pdf_signatures",
                "Not signed: this PDF is damaged, so it cannot be read or checked.",
            ),
            (),
            "",
        )
    if not fields:
        return Verification(NOT_SIGNED, translate("pdf_signatures", "Not signed."), (), document_id)

    checked: list[_Checked] = []
    for name, field in fields:
        result = _check_signature(reader, pdf, name, field, anchors)
        if isinstance(result, str):
            return Verification(
                NOT_SIGNED,
                translate("pdf_signatures", "The signature is broken: {problem}").format(
                    problem=result
                ),
                (),
                document_id,
            )
        checked.append(result)
    checked.sort(key=lambda c: c.revision)
    reports = tuple(c.report for c in checked)
    # The id as the first signer signed it: a later revision cannot change what it says.
    document_id = _document_id(reader.get_historical_resolver(checked[0].revision))

    def outcome(code: int, sentence: str) -> Verification:
        return Verification(code, sentence, reports, document_id)

    for c in checked:
        if not c.report.valid:
            return outcome(
                NOT_SIGNED,
                translate(
                    "pdf_signatures",
                    "The signature is broken: the signature of {signer} does not match "
                    "its certificate.",
                ).format(signer=_who(c.report)),
            )
    for c in checked:
        if not c.report.intact:
            return outcome(
                CHANGED,
                translate(
                    "pdf_signatures",
                    "Changed after it was signed: the content signed by {signer} is no "
                    "longer what they signed.",
                ).format(signer=_who(c.report)),
            )
    problem = _revision_problem(checked, total_revisions)
    if not problem and len(checked) > 1 and _info_changed(reader, checked[0].revision):
        problem = translate(
            "pdf_signatures",
            "its title, author or other document information was changed after signing.",
        )
    if problem:
        return outcome(
            CHANGED,
            translate("pdf_signatures", "Changed after it was signed: {problem}").format(
                problem=problem
            ),
        )
    for c in checked:
        if not c.report.trusted:
            return outcome(NOT_TRUSTED, _not_trusted_sentence(c.report))
    return outcome(TRUSTED, _trusted_sentence(reports))


@cache
def _quiet_library_logs() -> None:
    """Keep pyHanko's own account of each failed check (warnings with tracebacks) quiet.

    An untrusted or changed signature is an outcome to report in one sentence, not an
    error; without a handler of their own, Python would print these to the terminal.
    """
    import logging

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _signature_fields(reader: Any) -> list[tuple[str, Any]]:
    """Every filled signature field: its full name and field dictionary.

    A document timestamp is not a signature: its revision is something added to the
    file, which the revision rules then report as a change.
    """
    from pyhanko.sign.fields import enumerate_sig_fields

    return [
        (name, field)
        for name, value, field in enumerate_sig_fields(reader, True)
        if value.get_object().get("/Type") != "/DocTimeStamp"
    ]


def _document_id(resolver: Any) -> str:
    """The Info dictionary's /CaseDeskDocumentId, or ""."""
    try:
        # resolved through ``resolver`` itself: an old revision sees its own Info dictionary
        info = resolver.get_object(resolver.trailer_view.raw_get("/Info").reference)
        value = info.get("/CaseDeskDocumentId")
    except (KeyError, AttributeError, TypeError, ValueError):
        return ""
    return str(value) if value is not None else ""


def _check_signature(
    reader: Any, pdf: bytes, name: str, field: Any, anchors: Sequence[Any]
) -> _Checked | str:
    """One signature checked by pyHanko, or a sentence saying why it cannot be."""
    from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel
    from pyhanko.sign.validation import EmbeddedPdfSignature, validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        embedded = EmbeddedPdfSignature(reader, field, name)
        if embedded.sig_object_type != "/Sig":
            return translate(
                "pdf_signatures", '"{field}" is not a signature CaseDesk can check.'
            ).format(field=name)
        claimed = embedded.self_reported_timestamp
        context = ValidationContext(
            trust_roots=list(anchors),
            allow_fetching=False,
            moment=claimed,
            best_signature_time=claimed,
        )
        status = validate_pdf_signature(embedded, context)
        start, _length, offset, tail = (int(n) for n in embedded.byte_range)
        certificate = embedded.signer_cert.dump()
        identity = identity_of(certificate)
        is_trusted, trust_problem = _trust(status, embedded, anchors, claimed)
    except Exception:  # a malformed signature (or certificate) of any kind is one outcome
        return translate("pdf_signatures", 'the signature in "{field}" cannot be read.').format(
            field=name
        )
    if start != 0:
        return translate(
            "pdf_signatures",
            'the signature in "{field}" does not start at the beginning of the file.',
        ).format(field=name)
    diff = status.diff_result
    report = SignatureReport(
        field_name=name,
        identity=identity,
        fingerprint=fingerprint(certificate),
        public_key_der=embedded.signer_cert.public_key.dump(),
        signing_time=claimed,
        reason=str(embedded.sig_object.get("/Reason", "")),
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=is_trusted,
        trust_problem=trust_problem,
        revision_sha256=hashlib.sha256(pdf[: offset + tail]).hexdigest(),
    )
    return _Checked(
        report=report,
        revision=int(embedded.signed_revision),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        adds_only_signatures=(
            status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and isinstance(diff, DiffResult)
            and diff.modification_level <= ModificationLevel.FORM_FILLING
        ),
        fields_changed_after=frozenset(
            diff.changed_form_fields if isinstance(diff, DiffResult) else ()
        ),
        drawn_where_allowed=_in_countersignature_box(reader, field),
    )


def _in_countersignature_box(reader: Any, field: Any) -> bool:
    """True when a signature's widget is on the last page, inside the countersignature's
    box (or has no area at all)."""
    try:
        obj = field.get_object()
        kids = obj.get("/Kids")
        widget = kids[0].get_object() if kids else obj
        x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
        left, bottom = min(x1, x2), min(y1, y2)
        right, top = max(x1, x2), max(y1, y2)
        if right - left <= 0 or top - bottom <= 0:
            return True
        bx1, by1, bx2, by2 = COUNTERSIGNATURE_BOX
        inside = bx1 - 1 <= left and right <= bx2 + 1 and by1 - 1 <= bottom and top <= by2 + 1
        pages = reader.root["/Pages"]
        last_index = int(pages["/Count"]) - 1
        page, _resources = reader.find_page_for_modification(last_index)
        annots = page.get_object().get("/Annots") or []
        on_last = any(
            getattr(a, "idnum", None) == getattr(widget.container_ref, "idnum", -1) for a in annots
        )
        return inside and on_last
    except Exception:  # a widget that cannot be read is not where a countersignature goes
        return False


def _info_changed(reader: Any, revision: int) -> bool:
    """True when the document information (title, author ...) differs from what was
    signed in ``revision``."""

    def info(resolver: Any) -> dict[str, str]:
        try:
            found = resolver.get_object(resolver.trailer_view.raw_get("/Info").reference)
        except (KeyError, AttributeError, TypeError, ValueError):
            return {}
        return {key: str(found.get(key, "")) for key in _INFO_KEYS}

    return info(reader.get_historical_resolver(revision)) != info(reader)


def _revision_problem(checked: Sequence[_Checked], total_revisions: int) -> str:
    """Why the file's revisions are not just its signatures, one after another; or ""."""
    last = checked[-1]
    if not last.covers_whole_file:
        return translate(
            "pdf_signatures", "something was added to the file after the last signature ({signer})."
        ).format(signer=_who(last.report))
    revisions = [c.revision for c in checked]
    if len(set(revisions)) != len(revisions):
        return translate("pdf_signatures", "two signatures claim the same revision of the file.")
    expected = set(range(revisions[0], total_revisions))
    if set(revisions) != expected:
        return translate(
            "pdf_signatures",
            "the file was updated between its signatures by something that is not one.",
        )
    for later in checked[1:]:
        if not later.drawn_where_allowed:
            return translate(
                "pdf_signatures",
                "{signer} added a signature that is drawn over the document, "
                "not in the space left for a countersignature.",
            ).format(signer=_who(later.report))
    for index, earlier in enumerate(checked[:-1]):
        later_signatures = {c.report.field_name for c in checked[index + 1 :]}
        if not (earlier.adds_only_signatures and earlier.fields_changed_after <= later_signatures):
            return translate(
                "pdf_signatures",
                "after {signer} signed, the file was changed by more than adding a signature.",
            ).format(signer=_who(earlier.report))
    return ""


def _trust(
    status: Any, embedded: Any, anchors: Sequence[Any], claimed: datetime | None
) -> tuple[bool, str]:
    """Whether the signer is trusted, and if not, one plain phrase saying why.

    pyHanko finds the path to a trusted certificate, but does not check the dates of
    the trusted certificate itself (an anchor is taken as given), and a self-signed
    worker's certificate is its own anchor: so the dates of every certificate on the
    path are checked here, at the claimed signing time.
    """
    path = status.validation_path
    if status.trusted and path is not None:
        chain = list(reversed(list(path.iter_certs(include_root=True))))
        # pyHanko takes a trusted certificate as an authority whatever it says it is: a
        # worker's own certificate, trusted for their signatures, must not vouch for a
        # certificate their key made in someone else's name. Every issuer on the path must
        # be a certificate authority allowed to sign certificates.
        for issuer in chain[1:]:
            usage = issuer.key_usage_value.native if issuer.key_usage_value else ()
            if not issuer.ca or (usage and "key_cert_sign" not in usage):
                return False, translate(
                    "pdf_signatures",
                    "its certificate was issued by a certificate that may not vouch for "
                    "others (a person's own, not an agency's root)",
                )
        problem = _date_problem(chain, claimed)
        return problem == "", problem
    chain, anchored = _chain_of(
        embedded.signer_cert, list(embedded.other_embedded_certs), list(anchors)
    )
    problem = _date_problem(chain if anchored else chain[:1], claimed)
    if problem:
        return False, problem
    if not anchored:
        return False, translate("pdf_signatures", NO_TRUSTED_ISSUER)
    indication = getattr(status.trust_problem_indic, "name", "")
    if indication.startswith("REVOKED"):
        return False, translate("pdf_signatures", "its certificate has been revoked")
    if indication == "CHAIN_CONSTRAINTS_FAILURE":
        return False, translate(
            "pdf_signatures", "its certificate is not one that may sign documents"
        )
    return False, translate(
        "pdf_signatures", "its certificate could not be checked against the certificates you trust"
    )


def _date_problem(chain: Sequence[Any], claimed: datetime | None) -> str:
    """Which certificate (signer first, then its issuers) was not valid when it signed."""
    moment = claimed or datetime.now(UTC)
    for position, cert in enumerate(chain):
        until, since = _day(cert.not_valid_after), _day(cert.not_valid_before)
        if moment > cert.not_valid_after and position == 0:
            return translate(
                "pdf_signatures", "its certificate had expired when it signed (valid to {day})"
            ).format(day=until)
        if moment > cert.not_valid_after:
            return translate(
                "pdf_signatures",
                "a certificate that vouches for it had expired when it signed (valid to {day})",
            ).format(day=until)
        if moment < cert.not_valid_before and position == 0:
            return translate(
                "pdf_signatures",
                "its certificate was not yet valid when it signed (valid from {day})",
            ).format(day=since)
        if moment < cert.not_valid_before:
            return translate(
                "pdf_signatures",
                "a certificate that vouches for it was not yet valid when it signed "
                "(valid from {day})",
            ).format(day=since)
    return ""


def _chain_of(signer: Any, others: list[Any], anchors: list[Any]) -> tuple[list[Any], bool]:
    """The certificates from ``signer`` up its issuers, and whether they reach an anchor.

    Used only to find the words for a problem pyHanko found; each step is still checked
    (the issuer's key signed the certificate), so a stranger who copies a trusted
    signer's name is not mistaken for them.
    """
    anchor_ders = {a.dump() for a in anchors}
    chain = [signer]
    current = signer
    for _ in range(8):
        if current.dump() in anchor_ders:
            return chain, True
        issuer = next((c for c in [*anchors, *others] if _issued(current, c)), None)
        if issuer is None or issuer.dump() == current.dump():
            return chain, False
        chain.append(issuer)
        current = issuer
    return chain, False


def _issued(child: Any, issuer: Any) -> bool:
    """Whether ``issuer``'s key signed ``child`` (both asn1crypto certificates)."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    try:
        x509.load_der_x509_certificate(child.dump()).verify_directly_issued_by(
            x509.load_der_x509_certificate(issuer.dump())
        )
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _who(report: SignatureReport) -> str:
    """The signer as a reader would name them: Sam Patel (worker, Northside Family Service)."""
    identity = report.identity
    details = ", ".join(part for part in (identity.role, identity.agency) if part)
    name = identity.name or translate("pdf_signatures", "an unnamed signer")
    if details:
        return translate("pdf_signatures", "{name} ({details})").format(name=name, details=details)
    return name


def _day(moment: datetime) -> str:
    return shown_day(moment.date())


def _signed(report: SignatureReport) -> str:
    """'signed by Sam Patel (worker) on 30 Nov 2026 at 16:02', as one phrase to translate."""
    moment = report.signing_time
    if moment is None:
        return translate("pdf_signatures", "signed by {signer} at a time they did not give").format(
            signer=_who(report)
        )
    return translate("pdf_signatures", "signed by {signer} on {day} at {time}").format(
        signer=_who(report), day=_day(moment), time=f"{moment:%H:%M}"
    )


def _approved(report: SignatureReport) -> str:
    moment = report.signing_time
    if moment is None:
        return translate(
            "pdf_signatures", "approved by {signer} at a time they did not give"
        ).format(signer=_who(report))
    return translate("pdf_signatures", "approved by {signer} on {day} at {time}").format(
        signer=_who(report), day=_day(moment), time=f"{moment:%H:%M}"
    )


def _trusted_sentence(reports: Sequence[SignatureReport]) -> str:
    parts = [_signed(reports[0]), *(_approved(r) for r in reports[1:])]
    # The signatures in the order they were made (a list: only its joining word is words).
    signatures = translate("pdf_signatures", ", then ").join(parts)
    if len(reports) == 1:
        return translate(
            "pdf_signatures", "Valid: {signatures} (as claimed by the signer)."
        ).format(signatures=signatures)
    return translate(
        "pdf_signatures", "Valid: {signatures} (times as claimed by the signers)."
    ).format(signatures=signatures)


def _not_trusted_sentence(report: SignatureReport) -> str:
    if report.trust_problem == translate("pdf_signatures", NO_TRUSTED_ISSUER):
        return translate(
            "pdf_signatures",
            "Valid, but signed by someone you have not chosen to trust, {signer}: "
            "compare this fingerprint by phone: {fingerprint}",
        ).format(signer=_who(report), fingerprint=report.fingerprint)
    return translate("pdf_signatures", "Valid, but {signer} is not trusted: {problem}.").format(
        signer=_who(report), problem=report.trust_problem
    )
