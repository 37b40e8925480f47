"""Signing off an assessment or a plan, and what each sign-off is worth now.

A supervisor signs off with their own passphrase: at the worker's desk (the worker has the
file open; the supervisor types their passphrase) or having opened the file themselves (the
command line). The sign-off is their own unit of work, signed with their own key, over the
content they approved and the audit chain's head (``storage.sign_offs``). A sign-off past
its timescale says by how much and needs a reason; no one signs off their own work.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from casedesk.domain.approval import (
    approved_content,
    differences,
    sign_off_due,
    working_days_late,
)
from casedesk.domain.assessment_gaps import gaps
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.sign_offs import (
    ASSESSMENT,
    PLAN,
    SignOff,
    SignOffCheck,
    SignOffDecision,
    SignOffState,
    sign_off_problems,
)
from casedesk.storage.sign_offs import SIGNING_ROLES, canonical_text
from casedesk.storage.unit_of_work import Changes

if TYPE_CHECKING:
    from casedesk.services.case_file import CaseFile

SUBMIT = "Submit assessment for sign-off"  # the unit of work that submits one


@dataclass(frozen=True)
class SignOffRequest:
    """What the supervisor decided, and why (``late_reason`` when past its timescale)."""

    target_type: str
    target_id: str
    decision: SignOffDecision = SignOffDecision.APPROVED
    comment: str = ""
    late_reason: str = ""


def what_is_signed(record: CaseRecord, target_type: str, target_id: str) -> str:
    """The record a sign-off is of, in words."""
    if target_type == ASSESSMENT:
        found = next((a for a in record.assessments if a.id == target_id), None)
        return found.title if found else "an assessment no longer in the case"
    entry = next((e for e in record.entries if e.id == target_id), None)
    if entry is None:
        return "a plan no longer in the case"
    return f"Plan: {entry.category.value}, {entry.occurred_on:%-d %b %Y}"


def sign_off(
    case_file: CaseFile,
    record: CaseRecord,
    request: SignOffRequest,
    passphrase: str | None = None,
    user: str | None = None,
) -> Changes:
    """Sign off (or return) an assessment or a plan. With ``passphrase`` the supervisor
    signs in front of the user who has the file open; without, the user who opened it
    signs. Refused, in one sentence, for anyone but a supervisor (or the owner), for their
    own work, for an assessment not submitted or with gaps, and past its timescale without
    a reason."""
    signer = case_file.unlock_user(passphrase, user) if passphrase is not None else None
    name, role = (
        (signer.slot.user, signer.slot.role) if signer else (case_file.user, case_file.role)
    )
    if role not in SIGNING_ROLES:
        raise CaseDeskError(
            f"{name} is a {role}: only a supervisor (or the case file's owner) can sign off, "
            "with their own passphrase."
        )
    content = approved_content(record, request.target_type, request.target_id)
    if content is None:
        raise CaseDeskError(
            f"There is no assessment or plan '{request.target_id}' in case {record.case.reference}."
        )
    if request.target_type == PLAN:
        rules = case_file.timescales().timescales.pack.oversight.sign_off
        entry = next(e for e in record.entries if e.id == request.target_id)
        if entry.category.value not in rules.plan_categories:
            raise CaseDeskError(
                f"A {entry.category.value} is not a plan: only assessments and the meetings "
                f"that make a plan ({', '.join(rules.plan_categories)}) are signed off."
            )
    _refuse_own_work(case_file, record, request, name)
    _refuse_decided(case_file, record, request)
    if request.target_type == ASSESSMENT:
        _require_ready(case_file, record, request)
    timescales = case_file.timescales().timescales
    today = case_file.today()
    last_change = case_file.last_change_day()
    if last_change is not None and today < last_change - timedelta(days=1):
        raise CaseDeskError(
            f"This computer's date ({today:%d %b %Y}) is before the case file was last "
            f"changed ({last_change:%d %b %Y}): a sign-off cannot be dated earlier. Correct "
            "the computer's date, then sign."
        )
    due = sign_off_due(
        record,
        request.target_type,
        request.target_id,
        timescales.pack.oversight.sign_off,
        timescales.calendar,
    )
    sign = SignOff(
        id="",
        case=record.case.id,
        target_type=request.target_type,
        target_id=request.target_id,
        decision=request.decision,
        signed_on=today,
        signed_by=name,
        role=role,
        key_id="",
        approved=canonical_text(content),
        content_hash="",
        head_seq=0,
        head_hash="",
        comment=request.comment.strip(),
        due_on=due,
        late_by=working_days_late(due, today, timescales.calendar),
        late_reason=request.late_reason.strip(),
    )
    problems = sign_off_problems(sign, today)
    if problems:
        due_words = f" (due {due:%-d %b %Y})" if due else ""
        raise CaseDeskError(
            " ".join(m for _f, m in problems).replace(": say why", f"{due_words}: say why")
        )
    label = "Sign off" if request.decision is SignOffDecision.APPROVED else "Return for more work"
    with case_file.transaction(
        f"{label}: {what_is_signed(record, request.target_type, request.target_id)}", signer
    ) as work:
        work.add_sign_off(sign)
    return work.changes


def _refuse_decided(case_file: CaseFile, record: CaseRecord, request: SignOffRequest) -> None:
    """A record approved as it stands is not signed again (a change since, and it may be);
    one returned for more work waits for the worker to submit it again."""
    mine = [
        c
        for c in sign_off_checks(case_file, record)
        if c.sign_off.target_type == request.target_type
        and c.sign_off.target_id == request.target_id
        and c.state is not SignOffState.NOT_VALID
    ]
    if not mine:
        return
    latest = mine[-1]
    done = latest.sign_off
    if done.decision is SignOffDecision.APPROVED and latest.state is SignOffState.CURRENT:
        raise CaseDeskError(
            f"{done.signed_by} already signed this off on {done.signed_on:%d %b %Y}, as it "
            "stands: nothing has changed to sign again."
        )
    if done.decision is SignOffDecision.RETURNED and request.target_type == ASSESSMENT:
        # Submitted again after the return? (Both may fall on one day: the audit trail's
        # order says which came first.)
        assessment_key = ("assessments", request.target_id)
        with case_file.read() as snapshot:
            returned_at = snapshot.last_seqs({("sign_offs", done.id)})
            submitted_at = snapshot.last_seqs({assessment_key}, SUBMIT)
        if submitted_at.get(assessment_key, 0) < returned_at.get(("sign_offs", done.id), 0):
            raise CaseDeskError(
                f"{done.signed_by} returned this for more work on {done.signed_on:%d %b %Y}: "
                "the worker submits it again once it is done."
            )


def _refuse_own_work(
    case_file: CaseFile, record: CaseRecord, request: SignOffRequest, name: str
) -> None:
    """No one signs off work they recorded or changed: the record, and for an assessment
    its sources and adults, by everyone the audit trail says touched them."""
    if request.target_type == ASSESSMENT:
        touched = [("assessments", request.target_id)]
        touched += [
            ("assessment_sources", s.id)
            for s in record.sources_consulted
            if s.assessment == request.target_id
        ]
        touched += [
            ("assessment_adults", a.id)
            for a in record.adults_considered
            if a.assessment == request.target_id
        ]
    else:
        touched = [("chronology_entries", request.target_id)]
    with case_file.read() as snapshot:
        authors = {actor.casefold() for actor in snapshot.actors_of(set(touched))}
    author = (
        next(a.recorded_by for a in record.assessments if a.id == request.target_id)
        if request.target_type == ASSESSMENT
        else next(e.recorded_by for e in record.entries if e.id == request.target_id)
    )
    authors.add(author.casefold())
    if name.casefold() in authors:
        raise CaseDeskError(
            f"{name} recorded this {'assessment' if request.target_type == ASSESSMENT else 'plan'}"
            " or changed it: another supervisor must sign it off (no one signs off their own "
            "work)."
        )


def _require_ready(case_file: CaseFile, record: CaseRecord, request: SignOffRequest) -> None:
    assessment = next(a for a in record.assessments if a.id == request.target_id)
    if assessment.submitted_on is None:
        raise CaseDeskError("This assessment has not been submitted for sign-off yet.")
    if request.decision is SignOffDecision.APPROVED:
        missing = gaps(
            assessment,
            record,
            [s for s in record.sources_consulted if s.assessment == assessment.id],
            [a for a in record.adults_considered if a.assessment == assessment.id],
            case_file.timescales().timescales.calendar,
        )
        if missing:
            raise CaseDeskError(
                "It cannot be approved while something is missing: "
                + " ".join(g.sentence for g in missing)
                + " Return it for more work instead."
            )


def sign_off_checks(case_file: CaseFile, record: CaseRecord) -> list[SignOffCheck]:
    """Every sign-off of the case as it stands now: verified against its signer's key,
    and compared with the record it approved."""
    known = case_file.sign_off_verdicts
    unknown = [s for s in record.sign_offs if known.get(s.id, (None, ""))[0] != s]
    if unknown:
        with case_file.read() as snapshot:
            fresh = snapshot.verify_sign_offs(case_file.file_id, unknown)
        if not case_file.read_only:  # a read-only file may change under us: never kept
            known.update({s.id: (s, fresh[s.id]) for s in unknown})
    else:
        fresh = {}
    verdicts = {
        s.id: fresh[s.id] if s.id in fresh else str(known[s.id][1]) for s in record.sign_offs
    }
    found = []
    for item in record.sign_offs:
        why = verdicts.get(item.id, "it could not be checked")
        if why:
            found.append(SignOffCheck(item, SignOffState.NOT_VALID, why))
            continue
        current = approved_content(record, item.target_type, item.target_id)
        if current is not None and canonical_text(current) == item.approved:
            found.append(
                SignOffCheck(item, SignOffState.CURRENT, "the current version, signature verified")
            )
            continue
        changed = differences(json.loads(item.approved), current)
        found.append(
            SignOffCheck(item, SignOffState.EARLIER_VERSION, "signature verified", tuple(changed))
        )
    return found


__all__ = [
    "ASSESSMENT",
    "PLAN",
    "SIGNING_ROLES",
    "SignOffRequest",
    "sign_off",
    "sign_off_checks",
    "what_is_signed",
]
