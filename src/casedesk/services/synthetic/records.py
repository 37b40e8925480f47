"""What else the demo records about a case: identification attempts, later concerns, sharing
decisions, actions (some overdue, some agreed by the family and not done), the ecomap."""

from __future__ import annotations

import random
from bisect import bisect_right
from datetime import date, timedelta
from typing import TYPE_CHECKING

from casedesk.domain.actions import Action, worker_owner
from casedesk.domain.cases import Concern, LegalStatus
from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry
from casedesk.domain.consent import ConsentState
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
    _ADULT_SERVICES,
    _ASK_BORN,
    _ASK_NAMED_FATHER,
    _ASK_PARTNER,
    _ASK_UNKNOWN_FATHER,
    _AT_STRATEGY,
    _AT_THE_MEETING,
    _BASIS_NOT_SOUGHT,
    _BASIS_REFUSED,
    _CONCERNS,
    _FATHER_DOES,
    _METHODS,
    _MOTHER_DOES,
    _NEXT_BORN,
    _NEXT_NAMED_FATHER,
    _NEXT_PARTNER,
    _NEXT_UNKNOWN_FATHER,
    _NOT_FOR,
    _NOT_INVOLVED,
    _NOT_RELEVANT,
    _OWN_RECORD,
    _PARTNER_DOES,
    _RELATIVES,
    _SOCIAL_CARE,
    _TEAM_DOES,
    _TEAM_DONE,
    _WORKER_DOES,
    WORKER,
    _fits,
    _Task,
)

if TYPE_CHECKING:
    from casedesk.services.synthetic.family import Family

# An attempt, what it is called in its table, and what its next step is ("": not an attempt
# to ask anyone; "-": an attempt the demo does not make).
_Attempt = tuple[IdentificationAttempt, str, str]
_SEEN = (ChildSeen.SEEN_ALONE, ChildSeen.SEEN_NOT_ALONE)
# Where each owner could have agreed an action: the family at a visit or a meeting, the team
# at a meeting, the worker at any of these or in supervision.
_FAMILY_MEETS = frozenset({Category.HOME_VISIT, Category.CONFERENCE})
_TEAM_MEETS = frozenset({Category.CONFERENCE, Category.STRATEGY_DISCUSSION})
_WORKER_MEETS = frozenset(
    {
        Category.HOME_VISIT,
        Category.CONFERENCE,
        Category.STRATEGY_DISCUSSION,
        Category.SUPERVISION,
    }
)


def _chain(
    table: tuple[tuple[str, ...], ...], nexts: tuple[int, ...], name: str
) -> list[tuple[tuple[str, ...], str, str]]:
    return [
        (ask, f"{name}{i}", f"{name}{n}" if n >= 0 else "" if n == -1 else "-")
        for i, (ask, n) in enumerate(zip(table, nexts, strict=True))
    ]


def add_attempts(family: Family) -> list[_Attempt]:
    """Attempts to identify each adult not identified: several for a father nobody can
    name (some met with refusal), fewer for a man only named. Each next step that is an
    attempt is tried after the one that set it; all while social care has the case."""
    rng, opened, shared = family.stream("attempts"), family.opened, family.shared
    ends = family.episodes[-1][1]
    father, partner = family.father, family.partner
    planned: list[tuple[Person, list[tuple[tuple[str, ...], str, str]]]] = []
    if father.identification is Identification.NOT_IDENTIFIED:
        asks = _chain(_ASK_UNKNOWN_FATHER, _NEXT_UNKNOWN_FATHER, "u")
        if family.child.birth:
            asks.insert(0, (_ASK_BORN, "b", f"u{_NEXT_BORN}"))
        planned.append((father, _in_order(asks, rng.sample(asks, rng.randint(2, 5)))))
    elif father.identification is Identification.NAMED_NOT_CONFIRMED:
        asks = _chain(_ASK_NAMED_FATHER, _NEXT_NAMED_FATHER, "n")
        planned.append((father, _in_order(asks, rng.sample(asks, rng.randint(1, 2)))))
    if partner.identification is Identification.NAMED_NOT_CONFIRMED:
        asks = _chain(_ASK_PARTNER, _NEXT_PARTNER, "p")
        planned.append((partner, _in_order(asks, rng.sample(asks, rng.randint(2, 3)))))
    first = opened.toordinal() + 1
    dated = []
    for order, (who, asks) in enumerate(planned):
        days = sorted(
            shared.workday(first + rng.randint(0, max(0, ends - first)), first, ends) for _ in asks
        )
        dated += [
            (day, order, rank, who, ask)
            for rank, (day, ask) in enumerate(zip(days, asks, strict=True))
        ]
    dated.sort(key=lambda item: item[:3])
    fmt = family.formats[0]
    helpers = [m.name for m in family.team if m.role in ("Health visitor", "Family support worker")]
    found = []
    for day, _order, _rank, who, (ask, key, next_key) in dated:
        method, whom, answer, reluctance, outcome, next_step = ask
        asked_by = rng.choice(helpers) if helpers and rng.random() < 0.2 else WORKER
        attempt = IdentificationAttempt(
            family.ids.next("ia"),
            family.case_id,
            who.id,
            date.fromordinal(day),
            method,
            asked_by,
            whom.format_map(fmt),
            answer.format_map(fmt),
            reluctance.format_map(fmt),
            outcome,
            next_step.format_map(fmt),
        )
        found.append((attempt, key, next_key))
    family.data.identification_attempts.extend(a for a, _, _ in found)
    return found


def _in_order(
    asks: list[tuple[tuple[str, ...], str, str]], chosen: list[tuple[tuple[str, ...], str, str]]
) -> list[tuple[tuple[str, ...], str, str]]:
    """``chosen`` in the order of the table (each next step comes after the one that set
    it: the tables are written that way)."""
    return sorted(chosen, key=asks.index)


def add_concerns(family: Family) -> None:
    """Concerns raised after the one that opened the case, on about half the cases."""
    rng, today, opened = family.stream("concerns"), family.today, family.opened
    open_days = (today - opened).days
    if open_days < 8 or rng.random() < 0.45:
        return
    used: set[str] = set()
    for on in sorted(
        family.workday(opened + timedelta(days=rng.randint(7, open_days)), opened)
        for _ in range(rng.randint(1, 3))
    ):
        day = on.toordinal()
        variant = family.man_at(day)
        child, sibling, pregnant, man = family.stages(day)
        fitting = [c for c in _CONCERNS if _fits(c[0], child, sibling, pregnant, man)]
        fresh = [c for c in fitting if c[2] not in used] or fitting
        _, source, text = rng.choice(fresh)
        used.add(text)
        if source == "school":
            source = family.school_of(False, day)
        family.data.concerns.append(
            Concern(
                family.ids.next("cn"),
                family.case_id,
                on,
                text.format_map(family.formats[variant]),
                source,
            )
        )


def why_not_share(entry: ChronologyEntry, member: Professional) -> str:
    """A reason not to tell ``member`` about ``entry`` that is true of them, or ''."""
    if member.agency == entry.source:
        return _OWN_RECORD
    held = entry.category is Category.CONFERENCE or (
        entry.category is Category.STRATEGY_DISCUSSION and member.role in _AT_STRATEGY
    )
    if held and member.involved_from <= entry.occurred_on:
        return _AT_THE_MEETING
    if entry.category in _NOT_FOR.get(member.role, ()):
        return _NOT_INVOLVED if member.role in _ADULT_SERVICES else _NOT_RELEVANT
    return ""


def add_sharing(family: Family) -> None:
    """Who was told about each significant entry, or why not; the newest still to be
    decided, and one 'decide later'. Only members of the team involved at the time are
    asked about; a reason not to share is one that is true, and the lawful basis for
    sharing without consent fits why there was none."""
    rng, opened = family.stream("sharing"), family.opened
    significant = sorted(family.significant, key=lambda e: (e.occurred_on, e.id))
    recipients = [m for m in family.team if (m.role, m.agency) != _SOCIAL_CARE]
    last = len(significant) - 1
    for position, entry in enumerate(significant):
        r = rng.random()
        if position == last or r < 0.03:
            continue  # nobody has decided yet
        decided = family.workday(
            max(entry.occurred_on, opened) + timedelta(days=rng.randint(0, 3)), opened
        )
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
        involved = [
            m
            for m in recipients
            if m.involved_from <= decided and (m.involved_to is None or m.involved_to >= decided)
        ]
        for member in rng.sample(involved, k=min(len(involved), rng.randint(1, 2))):
            with_whom = f"{member.name} ({member.agency})"
            reason = why_not_share(entry, member)
            if reason == _OWN_RECORD or (reason and rng.random() < 0.5):
                decision = SharingDecision(
                    family.ids.next("s"),
                    family.case_id,
                    decided,
                    with_whom,
                    False,
                    what,
                    reason,
                    entry=entry.id,
                )
            else:
                consent = (
                    Consent.GIVEN
                    if member.consent is ConsentState.GIVEN
                    else rng.choice([Consent.NOT_SOUGHT, Consent.REFUSED])
                )
                basis = ""
                if consent is Consent.REFUSED:
                    basis = rng.choice(_BASIS_REFUSED)
                elif consent is Consent.NOT_SOUGHT:
                    basis = rng.choice(_BASIS_NOT_SOUGHT)
                decision = SharingDecision(
                    family.ids.next("s"),
                    family.case_id,
                    decided,
                    with_whom,
                    True,
                    what,
                    entry=entry.id,
                    consent=consent,
                    lawful_basis=basis,
                    method=rng.choice(_METHODS),
                    shared_on=family.workday(decided + timedelta(days=rng.randint(0, 1)), decided),
                )
            family.data.sharing.append(decision)


def _completed(
    family: Family, rng: random.Random, agreed: date, due: date
) -> tuple[date | None, bool]:
    """When an action not tied to a visit was done (some on time, some late, many not),
    and whether late."""
    today = family.today
    completed = None
    r = rng.random()
    if due >= today:
        if r < 0.3 and agreed < today:
            completed = agreed + timedelta(days=rng.randint(0, (today - agreed).days))
    elif r < 0.55:
        latest = min((due - agreed).days + 10, (today - agreed).days)
        completed = agreed + timedelta(days=rng.randint(0, latest))
    if completed is None:
        return None, False
    completed = family.workday(completed, agreed)
    return completed, completed > due


def _fitting(family: Family, tasks: tuple[_Task, ...], day: int) -> list[_Task]:
    child, sibling, pregnant, man = family.stages(day)
    return [t for t in tasks if _fits(t.needs, child, sibling, pregnant, man)]


def add_actions(family: Family, attempts: list[_Attempt]) -> None:
    """Actions agreed at meetings and visits, and the next step after each attempt to
    identify an adult: some done, some open, some overdue, and on many cases one the
    family agreed to and did not do. None twice in a case; each done only as the record
    shows (seeing the child alone, only at a visit that saw the child alone)."""
    rng, today, opened, case = family.stream("actions"), family.today, family.opened, family.case_id
    shared = family.shared
    worker = worker_owner(WORKER)
    actions = family.data.actions
    used: set[str] = set()
    ends = date.fromordinal(family.episodes[-1][1])  # the worker's part ends here
    far = date.max - timedelta(days=400)

    def due_after(agreed: date, days: int) -> date:
        return shared.on(agreed + timedelta(days=days), agreed, far)

    for index, (attempt, _key, next_key) in enumerate(attempts):
        if rng.random() < 0.3 or attempt.next_step in used:
            continue
        used.add(attempt.next_step)
        agreed = attempt.attempted_on
        due = due_after(agreed, 14)
        done, outcome = None, ""
        if next_key == "":
            done, late = _completed(family, rng, agreed, due)
            outcome = ("Done late, after a reminder." if late else "Done.") if done else ""
        elif next_key != "-":
            later = next(
                (
                    a
                    for a, key, _ in attempts[index + 1 :]
                    if a.person == attempt.person and key == next_key
                ),
                None,
            )
            if later is not None:
                done = later.attempted_on
                outcome = f"Done: see the attempt of {done:%d %b %Y}."
        actions.append(
            Action(
                family.ids.next("a"),
                case,
                attempt.next_step,
                worker,
                agreed,
                due,
                done,
                outcome,
                attempt=attempt.id,
            )
        )
    others = [m for m in family.team if (m.role, m.agency) != _SOCIAL_CARE]
    visits = sorted(family.visits)
    for number in range(rng.randint(3, 7)):
        r = rng.random()
        if r < 0.3 or (r < 0.6 and not others):
            kind, meets, until = "worker", _WORKER_MEETS, ends
        elif r < 0.6:
            kind, meets, until = "team", _TEAM_MEETS, today
        elif r < 0.85 or (r >= 0.95 and not family.father_known):
            kind, meets, until = "mother", _FAMILY_MEETS, today
        elif r < 0.95:
            kind, meets, until = "partner", _FAMILY_MEETS, today
        else:
            kind, meets, until = "father", _FAMILY_MEETS, today
        member = rng.choice(others) if kind == "team" else None
        meetings = [
            m
            for m in family.meetings
            if m.category in meets
            and m.occurred_on <= until
            and (member is None or _could_attend(member, m))
        ]
        if meetings and rng.random() < 0.7:
            # The first at the latest meeting: most cases have one still open.
            agreed_in = (
                max(meetings, key=lambda e: e.occurred_on) if number == 0 else rng.choice(meetings)
            )
            agreed, entry = agreed_in.occurred_on, str(agreed_in.id)
        else:
            first = max(opened, member.involved_from) if member else opened
            span = max(0, (until - first).days)
            agreed = family.workday(first + timedelta(days=rng.randint(0, span)), first, until)
            entry = ""
        day = agreed.toordinal()
        fmt = family.formats[family.man_at(day)]
        owner: str = family.mother.id
        if kind == "worker":
            tasks = _fitting(family, _WORKER_DOES, day)
            owner = worker
        elif member is not None:
            tasks, owner = [_TEAM_DOES[member.role]], member.id
            if family.probation is not None:
                fmt = fmt | {"man": family.probation[0].given_names}
        elif kind == "mother":
            tasks = _fitting(family, _MOTHER_DOES, day)
        elif kind == "partner":
            tasks, owner = _partner_tasks(family), family.partner.id
        else:
            tasks, owner = [_FATHER_DOES], family.father.id
        fresh = [t for t in tasks if t.what.format_map(fmt) not in used]
        if not fresh:
            continue
        task = rng.choice(fresh)
        what = task.what.format_map(fmt)
        used.add(what)
        due = due_after(agreed, rng.randint(*task.due))
        if task.visit:
            completed, late = _seen_at_visit(family, visits, task.visit, agreed, due)
            outcome = task.done.format_map(fmt) if completed else ""
            if late:
                outcome = outcome.replace("Done:", "Done late:", 1)
        else:
            completed, late = _completed(family, rng, agreed, due)
            said = rng.choice(_TEAM_DONE) if kind == "team" else task.done.format_map(fmt)
            outcome = ("Done late, after a reminder." if late else said) if completed else ""
        actions.append(
            Action(family.ids.next("a"), case, what, owner, agreed, due, completed, outcome, entry)
        )
    # Agreed by a parent at a meeting, said to be done, not done: disguised compliance,
    # on every child protection plan (where the reviews keep finding it) and many others.
    open_days = (today - opened).days
    on_a_plan = family.status is LegalStatus.CHILD_PROTECTION_PLAN
    if open_days >= 21 and (on_a_plan or rng.random() < 0.5):
        cutoff = today - timedelta(days=21)
        earlier = [
            e for e in family.meetings if e.occurred_on <= cutoff and e.category in _FAMILY_MEETS
        ]
        if earlier:
            agreed_in = rng.choice(earlier)
            agreed, entry = agreed_in.occurred_on, str(agreed_in.id)
        else:
            agreed = family.workday(opened + timedelta(days=rng.randint(0, open_days - 21)))
            entry = ""
        day = agreed.toordinal()
        fmt = family.formats[family.man_at(day)]
        if rng.random() < 0.7:
            owner, tasks = family.mother.id, _fitting(family, _MOTHER_DOES, day)
        else:
            owner, tasks = family.partner.id, _partner_tasks(family)
        # Due (in the time such a thing takes) and past.
        room = (today - agreed).days - 3
        fresh = [t for t in tasks if t.what.format_map(fmt) not in used and t.due[0] <= room]
        if fresh:
            task = rng.choice(fresh)
            latest = today - timedelta(days=1)
            due = shared.on(
                agreed + timedelta(days=rng.randint(task.due[0], min(task.due[1], room))),
                agreed,
                latest,
            )
            actions.append(
                Action(
                    family.ids.next("a"),
                    case,
                    task.what.format_map(fmt),
                    owner,
                    agreed,
                    due,
                    None,
                    task.said.format_map(fmt),
                    entry,
                )
            )


def _could_attend(member: Professional, meeting: ChronologyEntry) -> bool:
    """Whether ``member`` was involved then, and at that kind of meeting (police and health
    at a strategy discussion)."""
    if member.involved_from > meeting.occurred_on:
        return False
    return meeting.category is not Category.STRATEGY_DISCUSSION or member.role in _AT_STRATEGY


def _partner_tasks(family: Family) -> list[_Task]:
    """What the mother's partner can agree to (giving his name only if it is not known)."""
    known = family.partner.identification is Identification.IDENTIFIED
    return list(_PARTNER_DOES[1:] if known else _PARTNER_DOES)


def _seen_at_visit(
    family: Family, visits: list[int], wanted: str, agreed: date, due: date
) -> tuple[date | None, bool]:
    """The first home visit after ``agreed`` that saw the child (alone, when ``wanted``
    says so): when an action to see the child was done, and whether late."""
    seen = (ChildSeen.SEEN_ALONE,) if wanted == "alone" else _SEEN
    t = family.today.toordinal()
    for day in visits[bisect_right(visits, agreed.toordinal()) :]:
        if day > t:
            break
        if family.visits[day] in seen:
            done = date.fromordinal(day)
            return done, done > due
    return None, False


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
    """Emotional links and ecomap supports, from their own random stream; relatives are
    named with what they are to the child and to the mother."""
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
                professional.involved_to,
                professional=professional.id,
                evidence=worker,
            )
        )
    fmt = family.formats[0]
    relatives = (
        (grandmother, LinkStrength.STRONG),
        (family.aunt, rng.choice(strengths[:2])),
    )
    for (relative, strength), (role, note) in zip(relatives, _RELATIVES, strict=True):
        family.data.supports.append(
            Support(
                family.case_id,
                f"{relative.display_name} ({role})",
                "family",
                strength,
                opened - timedelta(days=rng.randint(100, 900)),
                person=mother.id,
                note=note.format_map(fmt),
                evidence=said,
            )
        )
    for name, kind, strength, person in (
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
