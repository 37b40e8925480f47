"""What else the demo records about a case: identification attempts, later concerns, sharing
decisions, actions (some overdue, some agreed by the family and not done), the ecomap."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from casedesk.domain.actions import Action, worker_owner
from casedesk.domain.cases import Concern, LegalStatus
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.people import Identification, Person
from casedesk.domain.relationships import (
    EmotionalLink,
    EmotionalQuality,
)
from casedesk.domain.sharing import Consent, SharingDecision
from casedesk.domain.team import LinkStrength, Professional, Support
from casedesk.services.synthetic.data import _support_kind
from casedesk.services.synthetic.phrases import (
    _ASK_BORN,
    _ASK_NAMED_FATHER,
    _ASK_PARTNER,
    _ASK_UNKNOWN_FATHER,
    _CONCERNS,
    _DONE,
    _LAWFUL_BASIS,
    _METHODS,
    _MOTHER_DOES,
    _NOT_SHARED_BECAUSE,
    _PARTNER_DOES,
    _SAID_DONE,
    _SOCIAL_CARE,
    _TEAM_DOES,
    _WORKER_DOES,
    WORKER,
    _fits,
)

if TYPE_CHECKING:
    from casedesk.services.synthetic.family import Family


def add_attempts(family: Family) -> list[IdentificationAttempt]:
    """Attempts to identify each adult not identified: several for a father nobody can
    name (some met with refusal), fewer for a man only named."""
    rng, today, opened = family.stream("attempts"), family.today, family.opened
    planned: list[tuple[Person, tuple[str, ...]]] = []
    father, partner = family.father, family.partner
    if father.identification is Identification.NOT_IDENTIFIED:
        asks = _ASK_UNKNOWN_FATHER + ((_ASK_BORN,) if family.child.birth else ())
        planned += [(father, ask) for ask in rng.sample(asks, rng.randint(2, 5))]
    elif father.identification is Identification.NAMED_NOT_CONFIRMED:
        planned += [(father, ask) for ask in rng.sample(_ASK_NAMED_FATHER, rng.randint(1, 2))]
    if partner.identification is Identification.NAMED_NOT_CONFIRMED:
        planned += [(partner, ask) for ask in rng.sample(_ASK_PARTNER, rng.randint(2, 3))]
    open_days = (today - opened).days
    dated = sorted(
        ((opened + timedelta(days=rng.randint(1, open_days)), who, ask) for who, ask in planned),
        key=lambda item: item[0],
    )
    fmt = family.formats[0]
    helpers = [m.name for m in family.team if m.role in ("Health visitor", "Family support worker")]
    found = []
    for on, who, (method, whom, answer, reluctance, outcome, next_step) in dated:
        asked_by = rng.choice(helpers) if helpers and rng.random() < 0.2 else WORKER
        found.append(
            IdentificationAttempt(
                family.ids.next("ia"),
                family.case_id,
                who.id,
                on,
                method,
                asked_by,
                whom.format_map(fmt),
                answer.format_map(fmt),
                reluctance.format_map(fmt),
                outcome,
                next_step.format_map(fmt),
            )
        )
    family.data.identification_attempts.extend(found)
    return found


def add_concerns(family: Family) -> None:
    """Concerns raised after the one that opened the case, on about half the cases."""
    rng, today, opened = family.stream("concerns"), family.today, family.opened
    open_days = (today - opened).days
    if open_days < 8 or rng.random() < 0.45:
        return
    used: set[str] = set()
    for on in sorted(
        opened + timedelta(days=rng.randint(7, open_days)) for _ in range(rng.randint(1, 3))
    ):
        day = on.toordinal()
        variant = family.man_at(day)
        fitting = [
            c
            for c in _CONCERNS
            if _fits(
                c[0],
                day - family.child_from,
                day - family.sib_from,
                family.pregnancy_at(day) > 0,
                variant != 3,
            )
        ]
        fresh = [c for c in fitting if c[2] not in used] or fitting
        _, source, text = rng.choice(fresh)
        used.add(text)
        family.data.concerns.append(
            Concern(
                family.ids.next("cn"),
                family.case_id,
                on,
                text.format_map(family.formats[variant]),
                source,
            )
        )


def add_sharing(family: Family) -> None:
    """Who was told about each significant entry, or why not; the newest still to be
    decided, and one 'decide later'."""
    rng, today, opened = family.stream("sharing"), family.today, family.opened
    significant = sorted(family.significant, key=lambda e: (e.occurred_on, e.id))
    recipients = [m for m in family.team if (m.role, m.agency) != _SOCIAL_CARE]
    last = len(significant) - 1
    for position, entry in enumerate(significant):
        r = rng.random()
        if position == last or r < 0.03:
            continue  # nobody has decided yet
        decided = min(max(entry.occurred_on, opened) + timedelta(days=rng.randint(0, 3)), today)
        what = entry.description[:500]
        if position == last - 1 or r < 0.04:
            family.data.sharing.append(
                SharingDecision(
                    family.ids.next("s"),
                    family.case_id,
                    decided,
                    "",
                    False,
                    what,
                    entry=entry.id,
                    pending=True,
                )
            )
            continue
        for member in rng.sample(recipients, k=min(len(recipients), rng.randint(1, 2))):
            with_whom = f"{member.name} ({member.agency})"
            if rng.random() < 0.25:
                decision = SharingDecision(
                    family.ids.next("s"),
                    family.case_id,
                    decided,
                    with_whom,
                    False,
                    what,
                    rng.choice(_NOT_SHARED_BECAUSE),
                    entry=entry.id,
                )
            else:
                consent = (
                    Consent.GIVEN
                    if member.consent_to_share
                    else rng.choice([Consent.NOT_SOUGHT, Consent.REFUSED])
                )
                decision = SharingDecision(
                    family.ids.next("s"),
                    family.case_id,
                    decided,
                    with_whom,
                    True,
                    what,
                    entry=entry.id,
                    consent=consent,
                    lawful_basis="" if consent is Consent.GIVEN else rng.choice(_LAWFUL_BASIS),
                    method=rng.choice(_METHODS),
                    shared_on=min(decided + timedelta(days=rng.randint(0, 1)), today),
                )
            family.data.sharing.append(decision)


def owned(
    family: Family, rng: random.Random, on: date, others: list[Professional]
) -> tuple[str, str]:
    """Who owns an action agreed on ``on`` and what it is: the worker, a member of the
    team, or the family."""
    day = on.toordinal()
    variant = family.man_at(day)
    fmt = family.formats[variant]
    r = rng.random()
    if r < 0.3 or (r < 0.6 and not others):
        child_age = day - family.child_from
        fits = [t for n, t in _WORKER_DOES if _fits(n, child_age, -1, False, variant != 3)]
        return worker_owner(WORKER), rng.choice(fits).format_map(fmt)
    if r < 0.6:
        member = rng.choice(others)
        return member.id, _TEAM_DOES[member.role].format_map(fmt)
    if r < 0.85 or (r >= 0.95 and not family.father_known):
        return family.mother.id, mother_does(family, rng, day, fmt)
    if r < 0.95:
        return family.partner.id, partner_does(family, rng)
    return family.father.id, "Confirm his address and date of birth."


def partner_does(family: Family, rng: random.Random) -> str:
    """Something the mother's partner agrees to do (giving his name only if it is not
    known)."""
    known = family.partner.identification is Identification.IDENTIFIED
    return rng.choice(_PARTNER_DOES[1:] if known else _PARTNER_DOES)


def mother_does(family: Family, rng: random.Random, day: int, fmt: dict[str, str]) -> str:
    """Something the mother agrees to do that fits the day (the child's age, a
    pregnancy)."""
    fits = [
        t
        for n, t in _MOTHER_DOES
        if _fits(n, day - family.child_from, -1, family.pregnancy_at(day) > 0, False)
    ]
    return rng.choice(fits).format_map(fmt)


def add_actions(family: Family, attempts: list[IdentificationAttempt]) -> None:
    """Actions agreed at meetings and visits, and the next step after each attempt to
    identify an adult: some done, some open, some overdue, and on many cases one the
    family agreed to and did not do."""
    rng, today, opened, case = family.stream("actions"), family.today, family.opened, family.case_id
    worker = worker_owner(WORKER)
    actions = family.data.actions
    for index, attempt in enumerate(attempts):
        if rng.random() < 0.3:
            continue
        later = [a for a in attempts[index + 1 :] if a.person == attempt.person]
        done = later[0].attempted_on if later else None
        actions.append(
            Action(
                family.ids.next("a"),
                case,
                attempt.next_step,
                worker,
                attempt.attempted_on,
                attempt.attempted_on + timedelta(days=14),
                done,
                "Done: see the next attempt." if done else "",
                attempt=attempt.id,
            )
        )
    others = [m for m in family.team if (m.role, m.agency) != _SOCIAL_CARE]
    open_days = (today - opened).days
    last_meeting = max(family.meetings, key=lambda e: e.occurred_on, default=None)
    for number in range(rng.randint(3, 7)):
        if family.meetings and rng.random() < 0.7:
            # The first at the latest visit or meeting: most cases have one still open.
            agreed_in = (
                last_meeting if number == 0 and last_meeting else rng.choice(family.meetings)
            )
            agreed, entry = agreed_in.occurred_on, str(agreed_in.id)
        else:
            agreed, entry = opened + timedelta(days=rng.randint(0, open_days)), ""
        owner, what = owned(family, rng, agreed, others)
        due = agreed + timedelta(days=rng.randint(7, 42))
        completed, outcome = None, ""
        r = rng.random()
        if due >= today:
            if r < 0.3 and agreed < today:
                completed = agreed + timedelta(days=rng.randint(0, (today - agreed).days))
        elif r < 0.55:
            latest = min((due - agreed).days + 10, (today - agreed).days)
            completed = agreed + timedelta(days=rng.randint(0, latest))
        if completed is not None:
            outcome = "Done late, after a reminder." if completed > due else rng.choice(_DONE)
        actions.append(
            Action(family.ids.next("a"), case, what, owner, agreed, due, completed, outcome, entry)
        )
    # Agreed by a parent at a meeting, said to be done, not done: disguised compliance,
    # on every child protection plan (where the reviews keep finding it) and many others.
    on_a_plan = family.status is LegalStatus.CHILD_PROTECTION_PLAN
    if open_days >= 21 and (on_a_plan or rng.random() < 0.5):
        cutoff = today - timedelta(days=21)
        earlier = [e for e in family.meetings if e.occurred_on <= cutoff]
        if earlier:
            agreed_in = rng.choice(earlier)
            agreed, entry = agreed_in.occurred_on, str(agreed_in.id)
        else:
            agreed, entry = opened + timedelta(days=rng.randint(0, open_days - 21)), ""
        due = agreed + timedelta(days=rng.randint(7, min(28, (today - agreed).days - 1)))
        day = agreed.toordinal()
        fmt = family.formats[family.man_at(day)]
        if rng.random() < 0.7:
            owner, what = family.mother.id, mother_does(family, rng, day, fmt)
        else:
            owner, what = family.partner.id, partner_does(family, rng)
        actions.append(
            Action(
                family.ids.next("a"),
                case,
                what,
                owner,
                agreed,
                due,
                None,
                rng.choice(_SAID_DONE),
                entry,
            )
        )


def add_ecomap(
    family: Family,
    grandmother: Person,
    mother: Person,
    ex_partner: Person,
    partner: Person,
    child: Person,
    separated: date,
    cohabiting: date,
) -> None:
    """Emotional links and ecomap supports, from their own random stream."""
    rng = family.stream("ecomap")
    opened = family.opened
    worker = Evidence("Allocated social worker", SourceType.PROFESSIONAL_OBSERVATION)
    said = Evidence("Mother", SourceType.SELF_REPORTED)
    quality = rng.choice([EmotionalQuality.CONFLICT, EmotionalQuality.HOSTILE])
    noticed = opened - timedelta(days=rng.randint(30, 300))
    links = [
        (grandmother, mother, EmotionalQuality.CLOSE, said, noticed),
        (mother, ex_partner, EmotionalQuality.CUT_OFF, said, separated),
        (partner, mother, quality, worker, max(cohabiting, noticed)),
    ]
    if child.birth is not None:
        links.append(
            (
                partner,
                child,
                EmotionalQuality.DISTANT,
                worker,
                max(child.birth.value, cohabiting, noticed),
            )
        )
    for a, b, q, evidence, since in links:
        family.data.emotional_links.append(EmotionalLink(a.id, b.id, q, since, evidence=evidence))
    team = family.team
    strengths = [LinkStrength.STRONG, LinkStrength.TENUOUS, LinkStrength.STRESSFUL]
    for professional in team[:3]:
        family.data.supports.append(
            Support(
                family.case_id,
                professional.agency,
                _support_kind(professional.agency),
                rng.choice(strengths),
                professional.involved_from,
                professional=professional.id,
                evidence=worker,
            )
        )
    for name, kind, strength, person in (
        (f"{grandmother.given_names} (grandmother)", "family", LinkStrength.STRONG, mother),
        ("Northvale Food Bank", "community", LinkStrength.TENUOUS, None),
        ("Riverside Boxing Club", "leisure", rng.choice(strengths), partner),
    ):
        family.data.supports.append(
            Support(
                family.case_id,
                name,
                kind,
                strength,
                opened - timedelta(days=rng.randint(100, 900)),
                person=person.id if person else None,
                evidence=said,
            )
        )
