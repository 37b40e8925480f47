"""Where a fact came from and how far it is borne out (learning theme 2 of the review)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate


class SourceType(enum.Enum):
    """How a fact reached the record; self-report alone is shown as such."""

    SELF_REPORTED = QT_TRANSLATE_NOOP("SourceType", "self-reported")
    PROFESSIONAL_OBSERVATION = QT_TRANSLATE_NOOP("SourceType", "professional observation")
    AGENCY_RECORD = QT_TRANSLATE_NOOP("SourceType", "agency record")
    DOCUMENT = QT_TRANSLATE_NOOP("SourceType", "document")


class Corroboration(enum.Enum):
    """Whether another source bears a fact out."""

    UNVERIFIED = QT_TRANSLATE_NOOP("Corroboration", "unverified")
    CORROBORATED = QT_TRANSLATE_NOOP("Corroboration", "corroborated")
    CONTRADICTED = QT_TRANSLATE_NOOP("Corroboration", "contradicted")


class Significance(enum.IntEnum):
    """How much an event matters to the child, as a fixed ordered scale."""

    ROUTINE = 0
    NOTABLE = 1
    SIGNIFICANT = 2
    CRITICAL = 3

    @property
    def label(self) -> str:
        """The level in words ("routine"), in the worker's language."""
        return translate("Significance", _SIGNIFICANCE[self])


_SIGNIFICANCE = {
    Significance.ROUTINE: QT_TRANSLATE_NOOP("Significance", "routine"),
    Significance.NOTABLE: QT_TRANSLATE_NOOP("Significance", "notable"),
    Significance.SIGNIFICANT: QT_TRANSLATE_NOOP("Significance", "significant"),
    Significance.CRITICAL: QT_TRANSLATE_NOOP("Significance", "critical"),
}


# What a record made before CaseDesk asked what bears a fact out says in its place (written
# by the upgrade to schema 10): the record keeps its corroboration and can still be changed
# or exchanged, but nothing named bears it out, so it still counts as resting on self-report.
NOT_NAMED = (
    "(not named: recorded before CaseDesk asked what bears a fact out)"  # i18n: stored marker
)


def names_something(text: str) -> bool:
    """True when ``text`` names what bears a fact out (not empty, not the marker above)."""
    text = text.strip()
    return bool(text) and text != NOT_NAMED


@dataclass(frozen=True)
class Evidence:
    """Where a disputable fact came from, and whether anyone else bears it out."""

    source: str = ""
    source_type: SourceType = SourceType.SELF_REPORTED
    corroboration: Corroboration = Corroboration.UNVERIFIED
    corroborated_by: str = ""

    @property
    def rests_on_self_report(self) -> bool:
        """True when only the person's own word supports the fact (shown as such): a
        'corroborated' that names nothing bearing it out does not count."""
        return self.source_type is SourceType.SELF_REPORTED and not (
            self.corroboration is Corroboration.CORROBORATED
            and names_something(self.corroborated_by)
        )

    def problem(self) -> str | None:
        """'Corroborated' or 'contradicted' must say by what (learning theme 2)."""
        if self.corroboration is Corroboration.UNVERIFIED or self.corroborated_by.strip():
            return None
        if self.corroboration is Corroboration.CORROBORATED:
            return translate(
                "evidence", "Say what bears it out (another source, a document, a record)."
            )
        return translate("evidence", "Say what contradicts it.")


SELF_REPORTED = Evidence()
