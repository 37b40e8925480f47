"""The family's consent to share information with a member of the team around the family.

A tick box could only say "consent is recorded", so a refusal, a question not yet asked and
a decision to share without consent (to protect a child) all looked the same: unticked.
Consent is a state with who and when, and sharing without it says why and who decided
(theme 1 of the review: co-ordinated sharing of information).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, shown_value, translate


class ConsentState(enum.Enum):
    """Where consent to share with one professional stands."""

    NOT_YET_ASKED = QT_TRANSLATE_NOOP("ConsentState", "not yet asked")
    GIVEN = QT_TRANSLATE_NOOP("ConsentState", "given")
    REFUSED = QT_TRANSLATE_NOOP("ConsentState", "refused")
    SHARED_WITHOUT = QT_TRANSLATE_NOOP("ConsentState", "shared without consent")
    NOT_APPLICABLE = QT_TRANSLATE_NOOP("ConsentState", "not applicable")

    @property
    def label(self) -> str:
        """The state as a person reads it in a list, in the worker's language."""
        words = translate("ConsentState", self.value)
        return words[:1].upper() + words[1:]


@dataclass(frozen=True)
class ConsentToShare:
    """Consent as recorded: its state, who gave or refused it (or who decided to share
    without it), on which day (None: not known), and the lawful basis or reason when
    shared without it."""

    state: ConsentState = ConsentState.NOT_YET_ASKED
    by: str = ""
    on: date | None = None
    basis: str = ""

    def text(self) -> str:
        """One line for a table or a summary: 'given by Leanne Price, 3 Mar 2026'."""
        if self.state in (ConsentState.NOT_YET_ASKED, ConsentState.NOT_APPLICABLE):
            return shown_value(self.state)
        words = shown_value(self.state)
        if self.by and self.state is ConsentState.SHARED_WITHOUT:
            words = translate("consent", "{state} (decided by {who})").format(
                state=words, who=self.by
            )
        elif self.by:
            words = translate("consent", "{state} (by {who})").format(state=words, who=self.by)
        words = (
            translate("consent", "{words}, {day}").format(words=words, day=shown_day(self.on))
            if self.on
            else translate("consent", "{words}, date not known").format(words=words)
        )
        if self.state is ConsentState.SHARED_WITHOUT and self.basis:
            words = translate("consent", "{words}; basis: {basis}").format(
                words=words, basis=self.basis
            )
        return words

    @property
    def settled(self) -> bool:
        """True when nothing is left to ask: given, or a decision recorded either way."""
        return self.state is not ConsentState.NOT_YET_ASKED


def consent_problem(consent: ConsentToShare, today: date) -> tuple[str, str] | None:
    """What makes a consent record impossible, as (field, sentence); None when it holds.
    Sharing without consent needs its lawful basis (or reason) and who decided."""
    if consent.state is ConsentState.SHARED_WITHOUT:
        if not consent.basis.strip():
            return (
                "consent_basis",
                translate(
                    "consent", "Say the lawful basis (or the reason) for sharing without consent."
                ),
            )
        if not consent.by.strip():
            return "consent_by", translate("consent", "Say who decided to share without consent.")
    if consent.on is not None and consent.on > today:
        return "consent_on", translate(
            "consent", "The date of the consent decision cannot be in the future."
        )
    if consent.state in (ConsentState.NOT_YET_ASKED, ConsentState.NOT_APPLICABLE) and (
        consent.by.strip() or consent.basis.strip()
    ):
        return "consent_by", translate(
            "consent", "Consent {state} has no one who gave or refused it."
        ).format(state=shown_value(consent.state))
    return None


def consent_from_flag(flag: object) -> ConsentState:
    """The state an old tick box (a document's ``consent_to_share``) stands for: ticked is
    given (by whom and when not recorded); unticked is not yet asked, as the box could not
    say more."""
    return ConsentState.GIVEN if flag is True else ConsentState.NOT_YET_ASKED
