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
from datetime import date, timedelta
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
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, shown_value, translate
from casedesk.storage.sign_offs import SIGNING_ROLES, canonical_text
from casedesk.storage.unit_of_work import Changes

if TYPE_CHECKING:
    from casedesk.services.case_file import CaseFile

# The unit of work that submits one: its name, kept in English in the audit trail, is how
# a submission is found there; it is translated only where shown (the undo label).
SUBMIT = QT_TRANSLATE_NOOP("sign_off", "Submit assessment for sign-off")


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
        return (
            found.title if found else translate("sign_off", "an assessment no longer in the case")
        )
    entry = next((e for e in record.entries if e.id == target_id), None)
    if entry is None:
        return translate("sign_off", "a plan no longer in the case")
    return translate("sign_off", "Plan: {category}, {day}").format(
        category=shown_value(entry.category), day=shown_day(entry.occurred_on)
    )


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
            translate(
                "sign_off",
                "{name} is a {role}: only a supervisor (or the case file's owner) can sign "
                "off, with their own passphrase.",
            ).format(name=name, role=role)
        )
    content = approved_content(record, request.target_type, request.target_id)
    if content is None:
        raise CaseDeskError(
            translate(
                "sign_off", "There is no assessment or plan '{target}' in case {reference}."
            ).format(target=request.target_id, reference=record.case.reference)
        )
    if request.target_type == PLAN:
        rules = case_file.timescales().timescales.pack.oversight.sign_off
        entry = next(e for e in record.entries if e.id == request.target_id)
        if entry.category.value not in rules.plan_categories:
            raise CaseDeskError(
                translate(
                    "sign_off",
                    "A {category} is not a plan: only assessments and the meetings that make "
                    "a plan ({plans}) are signed off.",
                ).format(
                    category=shown_value(entry.category), plans=", ".join(rules.plan_categories)
                )
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
            translate(
                "sign_off",
                "This computer's date ({today}) is before the case file was last changed "
                "({changed}): a sign-off cannot be dated earlier. Correct the computer's "
                "date, then sign.",
            ).format(today=shown_day(today), changed=shown_day(last_change))
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
        raise CaseDeskError(" ".join(_with_due(f, m, sign.late_by, due) for f, m in problems))
    what = what_is_signed(record, request.target_type, request.target_id)
    if request.decision is SignOffDecision.APPROVED:
        label = translate("sign_off", "Sign off: {what}").format(what=what)
    else:
        label = translate("sign_off", "Return for more work: {what}").format(what=what)
    with case_file.transaction(label, signer) as work:
        work.add_sign_off(sign)
    return work.changes


def _with_due(field_name: str, message: str, late_by: int, due: date | None) -> str:
    """A sign-off past its timescale without a reason: the domain's sentence, with the day
    it was due when known."""
    if field_name != "late_reason" or due is None:
        return message
    if late_by == 1:
        return translate(
            "sign_off", "It is 1 working day past its timescale (due {day}): say why."
        ).format(day=shown_day(due))
    return translate(
        "sign_off", "It is %n working days past its timescale (due {day}): say why.", None, late_by
    ).format(day=shown_day(due))


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
            translate(
                "sign_off",
                "{name} already signed this off on {day}, as it stands: nothing has changed "
                "to sign again.",
            ).format(name=done.signed_by, day=shown_day(done.signed_on))
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
                translate(
                    "sign_off",
                    "{name} returned this for more work on {day}: the worker submits it again "
                    "once it is done.",
                ).format(name=done.signed_by, day=shown_day(done.signed_on))
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
        if request.target_type == ASSESSMENT:
            refusal = translate(
                "sign_off",
                "{name} recorded this assessment or changed it: another supervisor must sign "
                "it off (no one signs off their own work).",
            ).format(name=name)
        else:
            refusal = translate(
                "sign_off",
                "{name} recorded this plan or changed it: another supervisor must sign it off "
                "(no one signs off their own work).",
            ).format(name=name)
        raise CaseDeskError(refusal)


def _require_ready(case_file: CaseFile, record: CaseRecord, request: SignOffRequest) -> None:
    assessment = next(a for a in record.assessments if a.id == request.target_id)
    if assessment.submitted_on is None:
        raise CaseDeskError(
            translate("sign_off", "This assessment has not been submitted for sign-off yet.")
        )
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
                translate(
                    "sign_off",
                    "It cannot be approved while something is missing: {gaps} Return it for "
                    "more work instead.",
                ).format(gaps=" ".join(g.sentence for g in missing))
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
        why = verdicts.get(item.id) or ""
        if item.id not in verdicts:
            why = translate("sign_off", "it could not be checked")
        if why:
            found.append(SignOffCheck(item, SignOffState.NOT_VALID, why))
            continue
        current = approved_content(record, item.target_type, item.target_id)
        if current is not None and canonical_text(current) == item.approved:
            verified = translate("sign_off", "the current version, signature verified")
            found.append(SignOffCheck(item, SignOffState.CURRENT, verified))
            continue
        changed = differences(json.loads(item.approved), current)
        verified = translate("sign_off", "signature verified")
        found.append(SignOffCheck(item, SignOffState.EARLIER_VERSION, verified, tuple(changed)))
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
