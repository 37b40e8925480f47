"""The information-sharing log: every summary CaseDesk made to share, as a record.

A disclosure says who it went to, why, on what lawful basis, what it held and what was
withheld, and the SHA-256 of the document itself, so a copy produced later (by the
recipient, at a review, in court) can be matched to the record of what was shared. It is
never amended or withdrawn: what was shared stays shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casedesk.domain.ids import CaseId
from casedesk.domain.wording import shown_day, translate


@dataclass(frozen=True)
class Disclosure:
    """One shared document, as logged when it was made."""

    id: str
    case: CaseId
    made_on: date
    recipient: str
    purpose: str
    lawful_basis: str
    document_id: str  # printed on every page of the document
    sha256: str  # of the document's bytes as written
    sections: tuple[str, ...]  # what it included, section by section
    withheld: tuple[str, ...]  # what was withheld, in words (never the withheld content)
    signed_by: str = ""
    fingerprint: str = ""  # the signer's certificate fingerprint
    # A supervisor's countersignature, once the worker has imported the countersigned copy.
    countersigned_by: str = ""
    countersigned_on: date | None = None
    countersign_comment: str = ""
    recorded_by: str = ""
    recorded_at: str = ""

    @property
    def sentence(self) -> str:
        """The log line, as a list and a later summary show it."""
        # Each optional part is a phrase of its own (with its leading space or semicolon),
        # translated whole; the line is built from them in the order they are told.
        line = translate("disclosures", "{day}: summary {document} to {recipient}").format(
            day=shown_day(self.made_on), document=self.document_id, recipient=self.recipient
        )
        if self.purpose:
            line += translate("disclosures", " for {purpose}").format(purpose=self.purpose)
        if self.lawful_basis:
            line += translate("disclosures", " (lawful basis: {basis})").format(
                basis=self.lawful_basis
            )
        if self.withheld:
            line += translate("disclosures", "; withheld: {withheld}").format(
                withheld="; ".join(self.withheld)
            )
        if self.countersigned_by and self.countersigned_on is not None:
            line += translate("disclosures", "; countersigned by {who} on {day}").format(
                who=self.countersigned_by, day=shown_day(self.countersigned_on)
            )
        return line + "."
