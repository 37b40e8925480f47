"""Sharing a case: who signs a summary and with what certificate, the agency's name, the
information-sharing log, and a supervisor's countersignature recorded on the case.

A user signs summaries with their own signing key (the one their passphrase opens) and a
certificate for it kept in the case file: self-signed the first time they share, unless
their agency has issued one (``issue_certificate``), in which case the agency's root goes
with it so a recipient who trusts the root can check the signer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric import ec

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.disclosures import Disclosure
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.evidence import Evidence, Significance, SourceType
from casedesk.domain.ids import EntryId, new_id
from casedesk.domain.supervision import Supervision
from casedesk.domain.wording import shown_day, translate
from casedesk.services import certificates as certs
from casedesk.services.case_file import CaseFile
from casedesk.services.sign_off import SIGNING_ROLES
from casedesk.storage.certificates import StoredCertificate
from casedesk.storage.signing import SigningKey, key_id_of

# The case file's setting: the agency its users work for.
AGENCY = "agency name"  # i18n: a settings key


@dataclass(frozen=True)
class Credentials:
    """What signs a summary: a user's private key, their certificate and its issuers."""

    user: str
    role: str
    key: ec.EllipticCurvePrivateKey
    certificate: bytes
    chain: tuple[bytes, ...]

    @property
    def identity(self) -> certs.Identity:
        """Who the certificate names."""
        return certs.identity_of(self.certificate)

    @property
    def fingerprint(self) -> str:
        """The certificate's SHA-256 fingerprint (read out over the phone to a recipient)."""
        return certs.fingerprint(self.certificate)


def agency_name(case_file: CaseFile) -> str:
    """The agency the file's users work for ("" until someone sets it)."""
    with case_file.read() as snapshot:
        return (snapshot.setting(AGENCY) or "").strip()


def set_agency_name(case_file: CaseFile, name: str) -> None:
    """Set the agency's name (it goes in each certificate made from now on)."""
    name = " ".join(name.split())
    if len(name) > 200:
        raise CaseDeskError(
            translate("sharing", "The agency's name is too long (200 characters at most).")
        )
    with case_file.transaction(translate("sharing", "Set agency name")) as work:
        work.set_setting(
            AGENCY, name, translate("sharing", "the agency's name, for signed summaries")
        )


def credentials(
    case_file: CaseFile, passphrase: str | None = None, user: str | None = None
) -> Credentials:
    """The credentials of the user who opened the file, or (with ``passphrase``) of
    another user of it, making them a self-signed certificate the first time."""
    if passphrase is not None:
        unlocked = case_file.unlock_user(passphrase, user)
        name, role, key = unlocked.slot.user, unlocked.slot.role, unlocked.signing_key
    else:
        name, role, key = case_file.user, case_file.role, case_file.signing_key
    if key is None:
        raise CaseDeskError(
            translate(
                "sharing",
                "{name} has no signing key in this case file, so cannot sign a summary: open "
                "it with your own passphrase (not the recovery key).",
            ).format(name=name)
        )
    with case_file.read() as snapshot:
        stored = snapshot.certificate(key.key_id)
    if stored is None or _identity_changed(stored, name, role, agency_name(case_file)):
        stored = _self_certify(case_file, key, name, role, stored)
    return Credentials(name, role, key.private, stored.certificate, stored.chain)


def _identity_changed(stored: StoredCertificate, name: str, role: str, agency: str) -> bool:
    """A self-signed certificate that no longer says who the user is (their role changed,
    or the agency's name was set) is made again; one an agency issued is kept."""
    if stored.chain:
        return False
    identity = certs.identity_of(stored.certificate)
    return (identity.name, identity.role, identity.agency) != (name, role, agency)


def _self_certify(
    case_file: CaseFile,
    key: SigningKey,
    name: str,
    role: str,
    before: StoredCertificate | None,
) -> StoredCertificate:
    if case_file.read_only:
        raise CaseDeskError(
            translate(
                "sharing",
                "This case file is open read-only: open it for writing to share a summary "
                "(what is shared is logged in it).",
            )
        )
    identity = certs.Identity(name=name, role=role, agency=agency_name(case_file))
    der = certs.self_signed(key.private, identity, case_file.now())
    stored = StoredCertificate(key.key_id, name, der, (), certs.fingerprint(der))
    reason = (
        translate("sharing", "self-signed certificate (who it names changed)")
        if before
        else translate("sharing", "self-signed certificate")
    )
    with case_file.transaction(translate("sharing", "File certificate")) as work:
        work.file_certificate(stored, reason)
    return stored


def issue_certificate(
    case_file: CaseFile,
    user: str,
    root_key: ec.EllipticCurvePrivateKey,
    root_certificate: bytes,
    days: int = 730,
) -> StoredCertificate:
    """Issue ``user`` a certificate from the agency's root for their current signing
    key, and file it (with the root) in the case file."""
    with case_file.read() as snapshot:
        keys = [p for p in snapshot.public_keys() if p.user.casefold() == user.casefold()]
    current = {u.name.casefold(): u for u in case_file.users()}
    if not keys or user.casefold() not in current:
        raise CaseDeskError(
            translate(
                "sharing", "{user} is not a user of this case file with a signing key."
            ).format(user=user)
        )
    public = keys[-1]  # their newest key: an earlier one went with an earlier passphrase
    if public.role == "recovery":
        raise CaseDeskError(
            translate(
                "sharing",
                "The recovery key is not a person: certificates are issued to the file's users.",
            )
        )
    loaded = _public_key(public.public_der)
    identity = certs.Identity(
        name=public.user, role=public.role, agency=_root_agency(root_certificate)
    )
    der = certs.issue(root_key, root_certificate, loaded, identity, case_file.now(), days)
    stored = StoredCertificate(
        key_id_of(public.public_der), public.user, der, (root_certificate,), certs.fingerprint(der)
    )
    with case_file.transaction(translate("sharing", "File certificate")) as work:
        work.file_certificate(
            stored,
            translate("sharing", "issued by {agency}").format(
                agency=_root_agency(root_certificate)
            ),
        )
    return stored


def _root_agency(root_certificate: bytes) -> str:
    identity = certs.identity_of(root_certificate)
    return identity.agency or identity.name


def _public_key(der: bytes) -> ec.EllipticCurvePublicKey:
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_der_public_key(der)
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise CaseDeskError(
            translate("sharing", "That user's signing key is not an elliptic-curve key.")
        )
    return key


def user_certificate(case_file: CaseFile, user: str) -> StoredCertificate:
    """A user's certificate as filed (to give to a recipient to trust)."""
    with case_file.read() as snapshot:
        keys = [p for p in snapshot.public_keys() if p.user.casefold() == user.casefold()]
        stored = snapshot.certificate(keys[-1].key_id) if keys else None
    if stored is None:
        raise CaseDeskError(
            translate(
                "sharing",
                "{user} has no certificate yet: one is made the first time they sign a summary.",
            ).format(user=user)
        )
    return stored


@dataclass(frozen=True)
class SigningIdentity:
    """Who the open file's user signs as: their certificate's name, role, agency and
    fingerprint, and whether an agency issued it (None parts: no certificate yet)."""

    user: str
    role: str
    certificate: bytes | None
    issued_by_agency: bool

    @property
    def fingerprint(self) -> str:
        """The certificate's fingerprint ("" without one)."""
        return certs.fingerprint(self.certificate) if self.certificate else ""

    @property
    def named(self) -> certs.Identity | None:
        """Who the certificate names."""
        return certs.identity_of(self.certificate) if self.certificate else None


def signing_identity(case_file: CaseFile) -> SigningIdentity:
    """The certificate the user who opened the file signs with, as filed (none yet until
    they first sign a summary, or make one in Preferences: ``credentials``)."""
    key = case_file.signing_key
    stored = None
    if key is not None:
        with case_file.read() as snapshot:
            stored = snapshot.certificate(key.key_id)
    return SigningIdentity(
        case_file.user,
        case_file.role,
        stored.certificate if stored else None,
        bool(stored and stored.chain),
    )


def trusted_in_file(case_file: CaseFile) -> list[bytes]:
    """The certificates of this file's users (and their agencies' roots): a summary the
    file's own users signed is theirs to trust."""
    with case_file.read() as snapshot:
        found = snapshot.certificates()
    anchors: list[bytes] = []
    for stored in found:
        for der in (stored.certificate, *stored.chain):
            if der not in anchors:
                anchors.append(der)
    return anchors


def file_user_of(case_file: CaseFile, public_der: bytes) -> tuple[str, str] | None:
    """The user (name, role now) of this file whose current signing key this is: a user
    still in the file, and their newest key (an earlier one went with an earlier
    passphrase, or with a removal)."""
    with case_file.read() as snapshot:
        keys = snapshot.public_keys()
    users = {u.name.casefold(): u for u in case_file.users()}
    for key in keys:
        if key.public_der != public_der:
            continue
        user = users.get(key.user.casefold())
        newest = [k for k in keys if k.user.casefold() == key.user.casefold()][-1]
        if user is None or newest.key_id != key.key_id:
            return None
        return user.name, user.role
    return None


def _logged(case_file: CaseFile, sha256: str) -> tuple[CaseRecord, Disclosure] | None:
    """The case and log entry of the summary with this SHA-256 (each case's log read,
    not its whole record)."""
    with case_file.read() as snapshot:
        for summary in snapshot.case_summaries():
            for logged in snapshot.records(k.DISCLOSURES, summary.id):
                if logged.sha256 == sha256:
                    record = snapshot.case_record(summary.reference, with_chronology=False)
                    return record, logged
    return None


def log_disclosure(case_file: CaseFile, record: CaseRecord, disclosure: Disclosure) -> Disclosure:
    """Record a summary in the information-sharing log of its case."""
    logged = replace(disclosure, id=disclosure.id or new_id(k.DISCLOSURES.id_prefix))
    label = translate("sharing", "Share summary {document}").format(document=disclosure.document_id)
    with case_file.transaction(label) as work:
        work.add(k.DISCLOSURES, [replace(logged, case=record.case.id)])
    return logged


def disclosures(case_file: CaseFile, reference: str) -> list[Disclosure]:
    """A case's information-sharing log, oldest first."""
    return list(case_file.case_record(reference, with_chronology=False).disclosures)


@dataclass(frozen=True)
class Countersignature:
    """A supervisor's approval signature on a shared summary, as read from the PDF (both
    signatures already verified whole)."""

    document_sha256: str  # of the summary as the worker signed it (the logged SHA-256)
    author_key: bytes  # the summary's signer's public key (DER)
    reviewer_key: bytes  # the countersigner's public key (DER)
    reviewer_named: str  # the name the countersigner's certificate gives (for refusals)
    signed_at: datetime
    comment: str


def record_countersignature(case_file: CaseFile, countersignature: Countersignature) -> Disclosure:
    """Record a supervisor's review of a shared summary: on its log entry, as a
    supervision record of the case, and in its chronology. Who signed is what this file
    knows of their keys, never what a certificate claims (anyone can make one naming the
    file's supervisor): refused unless the summary's signer is a user of this file and the
    countersigner a current supervisor (or the owner) who is not the signer, and when the
    summary is not one this file logged, or its review is already recorded."""
    author = file_user_of(case_file, countersignature.author_key)
    if author is None:
        raise CaseDeskError(
            translate(
                "sharing", "Not recorded: the summary was not signed by a user of this case file."
            )
        )
    reviewer = file_user_of(case_file, countersignature.reviewer_key)
    if reviewer is not None and reviewer[0] == author[0]:
        raise CaseDeskError(
            translate(
                "sharing",
                "Not recorded: {user} signed the summary, so their second signature is not a "
                "supervisor's review of it.",
            ).format(user=reviewer[0])
        )
    if reviewer is None or reviewer[1] not in SIGNING_ROLES:
        raise CaseDeskError(
            translate(
                "sharing",
                "Not recorded: the countersignature is not by a supervisor of this case file "
                "(it names {named}).",
            ).format(named=countersignature.reviewer_named or translate("sharing", "no one"))
        )
    supervisor, role = reviewer
    found = _logged(case_file, countersignature.document_sha256)
    if found is None:
        raise CaseDeskError(
            translate(
                "sharing",
                "This summary was not made from this case file (no shared summary in its log "
                "matches the one the supervisor signed), so its review cannot be recorded "
                "here.",
            )
        )
    record, logged = found
    if logged.countersigned_by:
        raise CaseDeskError(
            translate(
                "sharing", "The review of summary {document} by {user} is already recorded."
            ).format(document=logged.document_id, user=logged.countersigned_by)
        )
    day = countersignature.signed_at.astimezone().date()
    reviewed = replace(
        logged,
        countersigned_by=supervisor,
        countersigned_on=day,
        countersign_comment=countersignature.comment,
    )
    what = translate(
        "sharing",
        "Reviewed and countersigned the case summary {document} (shared with {recipient} on {day})",
    ).format(document=logged.document_id, recipient=logged.recipient, day=shown_day(logged.made_on))
    comment = countersignature.comment.strip()
    decisions = (
        translate("sharing", "{what}: {comment}").format(what=what, comment=comment)
        if comment
        else translate("sharing", "{what}.").format(what=what)
    )
    description = (
        translate("sharing", "{supervisor} ({role}): {what}. Comment: {comment}").format(
            supervisor=supervisor, role=role, what=what, comment=comment
        )
        if comment
        else translate("sharing", "{supervisor} ({role}): {what}.").format(
            supervisor=supervisor, role=role, what=what
        )
    )
    supervision = Supervision(
        id="",
        case=record.case.id,
        held_on=day,
        supervisor=supervisor,
        worker=logged.signed_by or record.case.allocated_worker,
        reflection="",
        decisions=decisions,
        session=f"summary {logged.document_id}",
        cases_discussed=(record.case.reference,),
        recorded_by="",
    )
    entry = ChronologyEntry(
        id=EntryId(""),  # given when added
        case=record.case.id,
        occurred_on=day,
        category=Category.SUPERVISION,
        description=description,
        evidence=Evidence(source=supervisor, source_type=SourceType.DOCUMENT),
        recorded_by="",
        significance=Significance.ROUTINE,
    )
    label = translate("sharing", "Record review of summary {document}").format(
        document=logged.document_id
    )
    with case_file.transaction(label) as work:
        reason = translate("sharing", "countersigned by the supervisor")
        work.amend(k.DISCLOSURES, logged, reviewed, reason)
        work.add(k.SUPERVISIONS, [supervision])
        work.add(k.ENTRIES, [entry])
    return reviewed
