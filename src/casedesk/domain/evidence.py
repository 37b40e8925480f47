"""Where a fact came from and how far it is borne out (learning theme 2 of the review)."""

from __future__ import annotations

import enum


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
