"""Sign-offs: a supervisor's approval of an assessment or a plan, as a signed record.

A sign-off names what it approves (an assessment, or the chronology entry recording a plan),
keeps the content approved as it stood (so a later change shows as "approved an earlier
version", with the difference), the head of the case file's audit chain when it was signed,
and the supervisor's signature over all of it with their own key (``storage.sign_offs``):
their passphrase alone opens that key, so no one else can make or alter one. A sign-off
past its timescale says by how much and why.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from casedesk.domain.ids import CaseId
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, translate

ASSESSMENT = "assessments"
PLAN = "chronology_entries"  # a plan is signed off as the entry recording the meeting


class SignOffDecision(enum.Enum):
    """What the supervisor decided."""

    APPROVED = QT_TRANSLATE_NOOP("SignOffDecision", "approved")
    RETURNED = QT_TRANSLATE_NOOP("SignOffDecision", "returned for more work")


@dataclass(frozen=True)
class SignOff:
    """One sign-off, as stored (``signature`` covers every field but itself)."""

    id: str
    case: CaseId
    target_type: str  # what it approves: ASSESSMENT or PLAN
    target_id: str
    decision: SignOffDecision
    signed_on: date
    signed_by: str
    role: str
    key_id: str
    approved: str  # the content approved (canonical JSON)
    content_hash: str  # its SHA-256
    head_seq: int  # the audit chain's head when it was signed
    head_hash: str
    comment: str = ""
    due_on: date | None = None
    late_by: int = 0  # working days past ``due_on``
    late_reason: str = ""
    signature: str = ""
    recorded_at: str = ""


class SignOffState(enum.Enum):
    """What a sign-off is worth now."""

    CURRENT = QT_TRANSLATE_NOOP("SignOffState", "signed off")
    EARLIER_VERSION = QT_TRANSLATE_NOOP("SignOffState", "approved an earlier version")
    NOT_VALID = QT_TRANSLATE_NOOP("SignOffState", "not a valid sign-off")


@dataclass(frozen=True)
class SignOffCheck:
    """A sign-off as verified now: its state, why, and what changed since it was signed."""

    sign_off: SignOff
    state: SignOffState
    why: str
    differences: tuple[str, ...] = ()

    def sentence(self) -> str:
        """The sign-off in words, as a worker or a reviewer would read it."""
        s = self.sign_off
        head = _head(s)
        said = ""
        if s.comment:
            said += f' "{" ".join(s.comment.split())[:300]}"'
        if s.late_reason:
            said += " " + translate("sign_offs", "(late because: {reason})").format(
                reason=" ".join(s.late_reason.split())[:200]
            )
        if self.state is SignOffState.CURRENT:
            return translate("sign_offs", "{head}: {why}.").format(head=head, why=self.why) + said
        if self.state is SignOffState.EARLIER_VERSION and self.differences:
            return (
                translate(
                    "sign_offs", "{head}: approved an earlier version; changed since: {changes}."
                ).format(head=head, changes="; ".join(self.differences))
                + said
            )
        if self.state is SignOffState.EARLIER_VERSION:
            return (
                translate("sign_offs", "{head}: approved an earlier version.").format(head=head)
                + said
            )
        return translate("sign_offs", "{head}: NOT A VALID SIGN-OFF ({why}).").format(
            head=head, why=self.why
        )


def _head(s: SignOff) -> str:
    """Who decided what, and when (and how late): one whole phrase for each decision and
    count."""
    who, role, day, late = s.signed_by, s.role, shown_day(s.signed_on), s.late_by
    if s.decision is SignOffDecision.RETURNED:
        if not late:
            return translate(
                "sign_offs", "Returned for more work by {who} ({role}) on {day}"
            ).format(who=who, role=role, day=day)
        if late == 1:
            return translate(
                "sign_offs",
                "Returned for more work by {who} ({role}) on {day}, %n working day late",
                None,
                late,
            ).format(who=who, role=role, day=day)
        return translate(
            "sign_offs",
            "Returned for more work by {who} ({role}) on {day}, %n working days late",
            None,
            late,
        ).format(who=who, role=role, day=day)
    if not late:
        return translate("sign_offs", "Signed off by {who} ({role}) on {day}").format(
            who=who, role=role, day=day
        )
    if late == 1:
        return translate(
            "sign_offs", "Signed off by {who} ({role}) on {day}, %n working day late", None, late
        ).format(who=who, role=role, day=day)
    return translate(
        "sign_offs", "Signed off by {who} ({role}) on {day}, %n working days late", None, late
    ).format(who=who, role=role, day=day)


def sign_off_problems(sign_off: SignOff, today: date) -> list[tuple[str, str]]:
    """(field, sentence) for each thing that stops a sign-off being kept."""
    found = []
    if sign_off.signed_on > today:
        found.append(
            ("signed_on", translate("sign_offs", "A sign-off cannot be dated in the future."))
        )
    if sign_off.late_by > 0 and not sign_off.late_reason.strip():
        found.append(
            (
                "late_reason",
                translate(
                    "sign_offs",
                    "It is %n working day past its timescale: say why.",
                    None,
                    sign_off.late_by,
                )
                if sign_off.late_by == 1
                else translate(
                    "sign_offs",
                    "It is %n working days past its timescale: say why.",
                    None,
                    sign_off.late_by,
                ),
            )
        )
    if sign_off.decision is SignOffDecision.RETURNED and not sign_off.comment.strip():
        found.append(("comment", translate("sign_offs", "Say what more is needed.")))
    return found
