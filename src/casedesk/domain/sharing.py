"""The information-sharing log: who was told what, when and why, or why not (theme 1:
'who might need to know what I know?')."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.evidence import Significance
from casedesk.domain.ids import CaseId


@dataclass(frozen=True)
class SharingDecision:
    """One decision to share (or not) something recorded with one professional or agency."""

    id: str
    case: CaseId
    decided_on: date
    shared_with: str
    shared: bool
    what: str
    reason: str = ""  # why not, when not shared
    recorded_by: str = ""  # stamped by the unit of work that records it
    entry: str = ""  # the chronology entry that prompted it, if any


def sharing_problem(decision: SharingDecision) -> str | None:
    """A decision needs the recipient, and a reason when nothing was shared."""
    if not decision.shared_with.strip():
        return "Say who the information was (or was not) shared with."
    if not decision.shared and not decision.reason.strip():
        return f"Say why it was not shared with {decision.shared_with}."
    return None


def asks_who_needs_to_know(entry: ChronologyEntry) -> bool:
    """True when recording ``entry`` should ask "who might need to know what I know?"
    (theme 1 of the review): anything significant or critical."""
    return entry.significance >= Significance.SIGNIFICANT
