"""The information-sharing log: who was told what, when and why, or why not (theme 1:
'who might need to know what I know?')."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.evidence import Significance
from casedesk.domain.ids import CaseId
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate


class Consent(enum.Enum):
    """Whether the family agreed to the sharing (not needed to share to protect a child,
    but then the lawful basis is said)."""

    NOT_RECORDED = ""
    GIVEN = QT_TRANSLATE_NOOP("Consent", "given")
    NOT_SOUGHT = QT_TRANSLATE_NOOP("Consent", "not sought")
    REFUSED = QT_TRANSLATE_NOOP("Consent", "refused")


# The lawful basis a decision made before CaseDesk asked about consent says in its place
# (written by the upgrade to schema 10), so it can still be changed and exchanged.
BASIS_NOT_RECORDED = (
    "(not recorded: shared before CaseDesk asked about consent)"  # i18n: stored marker
)


@dataclass(frozen=True)
class SharingDecision:
    """One decision to share (or not) something recorded with one professional or agency,
    or, while ``pending``, the worker's note that it is still to be decided."""

    id: str
    case: CaseId
    decided_on: date
    shared_with: str
    shared: bool
    what: str
    reason: str = ""  # why not, when not shared
    recorded_by: str = ""  # stamped by the unit of work that records it
    entry: str = ""  # the chronology entry that prompted it, if any
    pending: bool = False  # "decide later": on the case until a decision is recorded
    consent: Consent = Consent.NOT_RECORDED
    lawful_basis: str = ""  # when shared without consent
    method: str = ""  # phone, secure email, meeting, letter ...
    shared_on: date | None = None  # when it was actually shared (may differ from decided_on)


def sharing_problem(decision: SharingDecision) -> str | None:
    """A decision needs the recipient, a reason when nothing was shared, and the lawful
    basis when shared without consent."""
    if decision.pending:
        if decision.shared:
            return translate("sharing", "A decision still to be made cannot say it was shared.")
        return None
    if not decision.shared_with.strip():
        return translate("sharing", "Say who the information was (or was not) shared with.")
    if not decision.shared and not decision.reason.strip():
        return translate("sharing", "Say why it was not shared with {who}.").format(
            who=decision.shared_with
        )
    if (
        decision.shared
        and decision.consent is not Consent.GIVEN
        and not decision.lawful_basis.strip()
    ):
        if decision.consent is Consent.NOT_RECORDED:
            return translate(
                "sharing",
                "Say whether {who} was told with consent, or the lawful basis for sharing "
                "without it.",
            ).format(who=decision.shared_with)
        return translate(
            "sharing", "Say the lawful basis for sharing with {who} without consent."
        ).format(who=decision.shared_with)
    if decision.shared_on is not None and decision.shared_on < decision.decided_on:
        return translate("sharing", "It cannot have been shared before it was decided.")
    return None


def asks_who_needs_to_know(entry: ChronologyEntry) -> bool:
    """True when recording ``entry`` should ask "who might need to know what I know?"
    (theme 1 of the review): anything significant or critical."""
    return entry.significance >= _ASKS_FROM


# Named once: an enumeration's member is found through a descriptor at each lookup, and
# the case view asks this of every entry of a 5,000-entry case twice an open.
_ASKS_FROM = Significance.SIGNIFICANT


def undecided_entries(
    entries: Iterable[ChronologyEntry], decisions: Iterable[SharingDecision]
) -> list[ChronologyEntry]:
    """Significant entries with no sharing decision yet ("decide later", or never asked:
    an entry imported, added on the command line, or made significant by an edit). They
    stay on the case until someone decides."""
    decided = {d.entry for d in decisions if d.entry and not d.pending}
    return [e for e in entries if asks_who_needs_to_know(e) and e.id not in decided]


def shown_decisions(decisions: Iterable[SharingDecision]) -> list[SharingDecision]:
    """The sharing log as shown: a 'decide later' item drops out once its entry has a
    decision (it stays in the file and its history)."""
    decided = {d.entry for d in decisions if d.entry and not d.pending}
    return [d for d in decisions if not (d.pending and d.entry in decided)]
