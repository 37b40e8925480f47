"""Make, verify and countersign signed summaries, and take a countersigned one back in.

``make_summary`` builds the PDF from the redacted record, signs it with the user's own key
(PAdES, ECDSA P-256), writes it (atomic, owner-only, never inside a case file) and logs
it in the case's information-sharing log with the SHA-256 of exactly what was written.
The PDF is never on disk unsigned: it is built and signed in memory.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casedesk.domain.disclosures import Disclosure
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.redaction import SummaryChoices
from casedesk.domain.wording import shown_day, translate
from casedesk.export import pdf_signatures as sig
from casedesk.export.summary_pdf import COUNTERSIGNATURE_BOX, SIGNATURE_BOX, Progress, summary_pdf
from casedesk.export.verification import read_pdf, verify_file
from casedesk.services import sharing
from casedesk.services.case_file import CaseFile
from casedesk.services.files import check_output_path, private_binary_file, write_private_file
from casedesk.services.sign_off import SIGNING_ROLES
from casedesk.services.summary import prepare_summary

SIGNATURE_FIELD = "CaseDeskSignature"  # i18n: a PDF field's name
COUNTERSIGNATURE_FIELD = "CaseDeskCountersignature"  # i18n: a PDF field's name


@dataclass(frozen=True)
class MadeSummary:
    """A summary written and logged."""

    path: Path
    disclosure: Disclosure
    pages: int


def _who(credentials: sharing.Credentials) -> str:
    identity = credentials.identity
    role = identity.role or credentials.role
    if identity.agency:
        return translate("sharing", "{name} ({role}, {agency})").format(
            name=identity.name, role=role, agency=identity.agency
        )
    return translate("sharing", "{name} ({role})").format(name=identity.name, role=role)


def make_summary(
    case_file: CaseFile,
    reference: str,
    choices: SummaryChoices,
    out: Path,
    progress: Progress | None = None,
) -> MadeSummary:
    """Write a signed summary of case ``reference`` to ``out`` and log it."""
    say = progress or (lambda _message: None)
    check_output_path(out)
    if case_file.read_only:
        raise CaseDeskError(
            translate(
                "sharing",
                "This case file is open read-only: open it for writing to share a summary "
                "(what is shared is logged in it).",
            )
        )
    say(translate("sharing", "Gathering the case"))
    credentials = sharing.credentials(case_file)
    data = prepare_summary(case_file, reference, choices)
    signer = _who(credentials)
    pdf = summary_pdf(data, signer, credentials.fingerprint, say)
    say(translate("sharing", "Signing"))
    now = case_file.now().astimezone(UTC)
    reason = translate("sharing", "summary {document} for {recipient}").format(
        document=data.document_id, recipient=" ".join(choices.recipient.split())
    )[:200]
    signed = sig.sign_pdf(
        pdf,
        sig.Signer(credentials.key, credentials.certificate, credentials.chain),
        field_name=SIGNATURE_FIELD,
        reason=reason,
        box=SIGNATURE_BOX,
        stamp_lines=(
            signer,
            translate("sharing", "Signed {day} {time}").format(
                day=shown_day(now.astimezone().date()), time=f"{now.astimezone():%H:%M}"
            ),
            translate("sharing", "Reason: {reason}").format(reason=reason)[:70],
        ),
        signing_time=now,
    )
    digest = hashlib.sha256(signed).hexdigest()
    disclosure = Disclosure(
        id="",
        case=data.record.case.id,
        made_on=data.made_on,
        recipient=choices.recipient.strip(),
        purpose=choices.purpose.strip(),
        lawful_basis=choices.lawful_basis.strip(),
        document_id=data.document_id,
        sha256=digest,
        sections=(
            *(section.title for section in choices.sections),
            f"chronology: {choices.chronology_words()}",  # i18n: kept in the sharing log
        ),
        withheld=data.withheld,
        signed_by=credentials.user,
        fingerprint=credentials.fingerprint,
    )
    # Written beside ``out`` first; logged; only then put in place. If logging fails the
    # new file never appears and a file already at ``out`` is kept as it was: a summary is
    # never shared without its log entry, and a failure loses nothing.
    with private_binary_file(out) as handle:
        handle.write(signed)
        logged = sharing.log_disclosure(case_file, data.record, disclosure)
    return MadeSummary(out, logged, len(re.findall(rb"/Type /Page\b(?!s)", pdf)))


def countersign(
    source: Path,
    out: Path,
    credentials: sharing.Credentials,
    comment: str,
    trusted: Sequence[bytes] = (),
    now: datetime | None = None,
) -> sig.Verification:
    """Add a supervisor's approval signature, with ``comment``, to a verified summary and
    write it to ``out``; returns what was verified first (trusted or not: the supervisor
    has been shown which). Refused for a summary changed after signing, unsigned, already
    countersigned, or by someone who is not a supervisor."""
    check_output_path(out)
    if out.resolve() == source.resolve():
        raise CaseDeskError(
            translate(
                "sharing",
                "Save the countersigned copy under a new name: the summary as it was signed is "
                "kept as it is.",
            )
        )
    if not comment.strip():
        raise CaseDeskError(
            translate("sharing", "Say what you approve, or why, in the countersignature's comment.")
        )
    if credentials.role not in SIGNING_ROLES:
        raise CaseDeskError(
            translate(
                "sharing",
                "{user} is a {role}: only a supervisor (or the case file's owner) "
                "countersigns a summary.",
            ).format(user=credentials.user, role=credentials.role)
        )
    pdf = read_pdf(source)
    checked = sig.verify_pdf(pdf, trusted)
    if checked.code in (sig.CHANGED, sig.NOT_SIGNED):
        raise CaseDeskError(
            translate("sharing", "Not countersigned: {reason}").format(
                reason=_lower_first(checked.sentence)
            )
        )
    if len(checked.signatures) > 1:
        raise CaseDeskError(translate("sharing", "This summary is already countersigned."))
    if checked.signatures[0].public_key_der == _public_der(credentials):
        raise CaseDeskError(
            translate("sharing", "You signed this summary: a countersignature is someone else's.")
        )
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    signed = sig.countersign_pdf(
        pdf,
        sig.Signer(credentials.key, credentials.certificate, credentials.chain),
        field_name=COUNTERSIGNATURE_FIELD,
        comment=" ".join(comment.split())[:500],
        box=COUNTERSIGNATURE_BOX,
        stamp_lines=(
            _who(credentials),
            translate("sharing", "Approved {day} {time}").format(
                day=shown_day(moment.astimezone().date()), time=f"{moment.astimezone():%H:%M}"
            ),
            " ".join(comment.split())[:60],
        ),
        signing_time=moment,
    )
    write_private_file(out, signed)
    return checked


def _lower_first(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:]


def _public_der(credentials: sharing.Credentials) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return credentials.key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def import_countersigned(
    case_file: CaseFile, path: Path, trusted: Sequence[bytes] = ()
) -> Disclosure:
    """Record a supervisor's countersignature on a summary this file shared: both
    signatures must verify, the first must be the logged document (its SHA-256) signed by
    a user of this file, and the countersigner must be a supervisor (or the owner) of this
    file, by their key on record here. ``trusted``: further certificates to trust (an
    agency root), which prove a signature is whole, never a role."""
    anchors = [*sharing.trusted_in_file(case_file), *trusted]
    checked = sig.verify_pdf(read_pdf(path), anchors)
    if checked.code != sig.TRUSTED:
        raise CaseDeskError(
            translate("sharing", "Not recorded: {reason}").format(
                reason=_lower_first(checked.sentence)
            )
        )
    if len(checked.signatures) != 2:
        raise CaseDeskError(
            translate(
                "sharing", "This summary has no countersignature to record (it has one signature)."
            )
        )
    first, second = checked.signatures
    return sharing.record_countersignature(
        case_file,
        sharing.Countersignature(
            document_sha256=first.revision_sha256,
            author_key=first.public_key_der,
            reviewer_key=second.public_key_der,
            reviewer_named=second.identity.name,
            signed_at=second.signing_time or datetime.now(UTC),
            comment=second.reason,
        ),
    )


__all__ = ["countersign", "import_countersigned", "make_summary", "read_pdf", "verify_file"]
