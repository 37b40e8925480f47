"""Where a fact came from and how far it is borne out (learning theme 2 of the review)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class SourceType(enum.Enum):
    """How a fact reached the record; self-report alone is shown as such."""

    SELF_REPORTED = "self-reported"
    PROFESSIONAL_OBSERVATION = "professional observation"
    AGENCY_RECORD = "agency record"
    DOCUMENT = "document"


class Corroboration(enum.Enum):
    """Whether another source bears a fact out."""

    UNVERIFIED = "unverified"
    CORROBORATED = "corroborated"
    CONTRADICTED = "contradicted"


class Significance(enum.IntEnum):
    """How much an event matters to the child, as a fixed ordered scale."""

    ROUTINE = 0
    NOTABLE = 1
    SIGNIFICANT = 2
    CRITICAL = 3


@dataclass(frozen=True)
class Evidence:
    """Where a disputable fact came from, and whether anyone else bears it out."""

    source: str = ""
    source_type: SourceType = SourceType.SELF_REPORTED
    corroboration: Corroboration = Corroboration.UNVERIFIED
    corroborated_by: str = ""

    @property
    def rests_on_self_report(self) -> bool:
        """True when only the person's own word supports the fact (shown as such)."""
        return (
            self.source_type is SourceType.SELF_REPORTED
            and self.corroboration is not Corroboration.CORROBORATED
        )


SELF_REPORTED = Evidence()
