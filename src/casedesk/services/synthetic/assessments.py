"""The demo's assessment of each case, as its chronology and deadlines already tell it.

It starts on the day the chronology says it started (after the referral that called for
it), is due when the case's assessment deadline is (45 working days from the referral, or
the pre-birth date when sooner) and is completed on the day that deadline was met, with
the deadline's reason when late. Its history is entries from before it began; every member
of the team involved while it ran was asked (on working days, answering before it was
completed); every adult the assessment must consider is there, identified, seen (or why
not) and checked. A completed one is submitted within two working days and signed off in
time (``PlannedSignOff``) on the demo's day: a case file dates a sign-off by its clock and
never before its own last change, so the demo's sign-offs are made the day it is written,
and one completed earlier is submitted for its formal sign-off in the week before. One
still running has parts missing, as a real one would.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from casedesk.domain.assessment_gaps import adults_to_consider
from casedesk.domain.assessments import (
    AdultConsidered,
    Assessment,
    AssessmentKind,
    ConcernAnswered,
    SourceConsulted,
)
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import LegalStatus
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.people import Identification, Person
from casedesk.domain.team import Professional, active_team
from casedesk.services.synthetic import oversight_words as w
from casedesk.services.synthetic.data import PlannedSignOff
from casedesk.services.synthetic.deadlines import DONE_LATE
from casedesk.services.synthetic.family import school_years
from casedesk.services.synthetic.phrases import (
    _SOCIAL_CARE,
    _TALKS,
    ASSESSMENT_STARTED,
    PRE_BIRTH_STARTED,
    in_term,
)

if TYPE_CHECKING:
    from casedesk.services.synthetic.family import Family
    from casedesk.services.synthetic.oversight import Casework

STARTED = ASSESSMENT_STARTED  # the timeline's words (family.timeline)
_HISTORY = 8  # at most this many entries linked as the history considered
_SCHOOLS = ("Designated safeguarding lead", "Nursery manager")  # closed in the holidays


def cap(text: str) -> str:
    """``text`` with its first letter a capital ('the baby ...' starting a sentence)."""
    return text[:1].upper() + text[1:]


def add_assessment(work: Casework) -> None:
    """The case's assessment, its sources and adults, and its planned sign-off (nothing
    when the chronology has no referral or the case no assessment deadline)."""
    family, entries = work.family, work.entries
    opened, today = family.opened, family.today
    referral = next(
        (e for e in entries if e.category == Category.REFERRAL and e.occurred_on == opened), None
    )
    deadlines = {d.rule: d for d in work.deadlines if d.started_on == opened}
    main = deadlines.get("assessment")
    if referral is None or main is None:
        return
    rng = family.stream("assessment")
    began = next(
        (
            e
            for e in entries
            if e.description in (STARTED, PRE_BIRTH_STARTED) and e.occurred_on >= opened
        ),
        None,
    )
    started = began.occurred_on if began else family.workday(family.add_working(opened, 1))
    due, missed = main.due_on, [main]
    before_birth = deadlines.get("pre-birth-assessment")
    pre_birth = family.status is LegalStatus.PRE_BIRTH
    if pre_birth and before_birth is not None and started <= before_birth.due_on < due:
        due, missed = before_birth.due_on, [before_birth, main]
    completed = main.met_on
    late_reason = ""
    if completed is not None and completed > due:
        said = [d.reason for d in missed if d.reason]  # as the deadline says
        late_reason = said[0] if said else rng.choice(DONE_LATE)
    fmt = formats(work)
    fmt["due"] = f"{due:%-d %b %Y}"
    work.fmt = fmt
    until = completed or today
    parenting = w.PARENTING_UNBORN if family.child.is_unborn else rng.choice(w.PARENTING)
    assessment = Assessment(
        id=family.ids.next("as"),
        case=family.case_id,
        kind=AssessmentKind.PRE_BIRTH if pre_birth else AssessmentKind.CHILD_AND_FAMILY,
        started_on=started,
        due_on=due,
        completed_on=completed,
        developmental_needs=cap(_development(work, started).format_map(fmt)),
        parenting_capacity=cap(parenting.format_map(fmt)),
        family_and_environment=_environment(work, until) if completed else "",
        history=_history(entries, started, rng),
        late_reason=late_reason,
    )
    if completed is not None:
        answered, how = w.CONCERN.get(family.status, w.CONCERN[LegalStatus.CHILD_IN_NEED])
        assessment = _concluded(work, assessment, answered, how.format_map(fmt))
    work.assessment = assessment
    work.sources = _sources(work, assessment, rng)
    work.adults = _adults(work, assessment, rng)
    if completed is None:
        return
    submitted = family.workday(family.add_working(completed, rng.randint(0, 2)), completed)
    if submitted > today:
        return  # completed today: submitted tomorrow
    # Signed off on the demo's day (the last working day to it): a case file never dates a
    # sign-off before its own last change, and the demo's file is written that day. So one
    # whose sign-off was due earlier is put in for its formal sign-off that week.
    signed = family.workday(today)
    if family.add_working(submitted, 5) < signed:
        submitted = max(completed, working_days_back(family, signed, rng.randint(0, 4)))
    work.assessment = assessment = replace(assessment, submitted_on=submitted)
    work.sign_off = PlannedSignOff(
        family.case_id, work.case.reference, assessment.id, signed, rng.choice(w.SIGNED)
    )


def working_days_back(family: Family, day: date, count: int) -> date:
    """The working day ``count`` working days before ``day``."""
    while count > 0:
        day -= timedelta(days=1)
        count -= family.shared.working(day.toordinal())
    return day


def formats(work: Casework) -> dict[str, str]:
    """The names the case's texts are filled with (a baby not yet born is 'the baby')."""
    family = work.family
    fmt = dict(family.formats[0])
    if family.child.is_unborn:
        fmt["child"] = "the baby"
        expected = family.child.expected_on
        fmt["expected"] = f"{expected:%-d %b %Y}" if expected else "soon"
    earlier = family.episodes[0] if len(family.episodes) > 1 else None
    fmt["earlier"] = f"{date.fromordinal(earlier[0]):%b %Y}" if earlier else ""
    if family.probation is not None:
        man, since = family.probation
        fmt["man_full"], fmt["since"] = man.display_name, f"{since:%b %Y}"
    return fmt


def _age(born: date, on: date) -> str:
    months = (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)
    if months < 24:
        return f"{max(months, 0)} month{'s' if months != 1 else ''}"
    return f"{months // 12} years"


def _development(work: Casework, on: date) -> str:
    family = work.family
    child = family.child
    if child.is_unborn or child.birth is None:
        return w.DEVELOPMENT["unborn"]
    born = child.birth.value
    days = (on - born).days
    if days < 365:
        stage = "baby"
    elif days < _TALKS:
        stage = "toddler"
    elif on.toordinal() < school_years(born)[0]:
        stage = "nursery"
    elif days < 3653:
        stage = "school"
    else:
        stage = "older"
    return w.DEVELOPMENT[stage].replace("{age}", _age(born, on))


def _environment(work: Casework, on: date) -> str:
    """The family and its setting as the record has them on ``on``."""
    family, fmt = work.family, work.fmt
    parts = [(w.EARLIER if fmt["earlier"] else w.NO_EARLIER).format_map(fmt), w.WIDER]
    if family.partner_home_from <= on.toordinal():
        since = f"{date.fromordinal(family.partner_home_from):%b %Y}"
        parts.append(w.LIVES_WITH.format_map(fmt | {"since": since}))
    else:
        parts.append(w.VISITS)
    if family.probation is not None and family.probation[1] <= on:
        parts.append(w.ON_PROBATION)
    home = next(
        (h.household for h in work.households if h.person == family.mother.id), "the family home"
    )
    parts.append(w.HOME.replace("{home}", home))
    return " ".join(part.format_map(fmt) for part in parts)


def _concluded(
    work: Casework, assessment: Assessment, answered: ConcernAnswered, how: str
) -> Assessment:
    """The concern answered, and the decision (naming the conference that made a plan)."""
    family, fmt = work.family, work.fmt
    status = family.status
    completed = assessment.completed_on
    assert completed is not None
    decision = w.DECISION.get(status, w.DECISION[LegalStatus.CHILD_IN_NEED])
    if status in w.DECISION_NO_CONFERENCE:
        held = next(
            (
                e.occurred_on
                for e in work.entries
                if e.category == Category.CONFERENCE and family.opened <= e.occurred_on <= completed
            ),
            None,
        )
        if held is None:
            decision = w.DECISION_NO_CONFERENCE[status]
        else:
            fmt = fmt | {"conference": f"{held:%-d %b %Y}"}
    return replace(
        assessment,
        concern_answered=answered,
        concern_answer=cap(how),
        decision=cap(decision.format_map(fmt)),
    )


def _history(entries: list[ChronologyEntry], started: date, rng: random.Random) -> tuple[str, ...]:
    """Entries from before the assessment began: the referrals and closures of social
    care's episodes, the most recent significant events, and a few others."""
    earlier = [e for e in entries if e.occurred_on < started]
    keys = [e for e in earlier if e.category in (Category.REFERRAL, Category.ASSESSMENT)]
    chosen = {e.id: e for e in keys[-3:]}
    for entry in [e for e in reversed(earlier) if e.significance >= 2][:3]:
        chosen.setdefault(entry.id, entry)
    rest = [e for e in earlier if e.id not in chosen]
    for entry in rng.sample(rest, k=min(len(rest), max(0, _HISTORY - len(chosen)), 2)):
        chosen[entry.id] = entry
    return tuple(e.id for e in sorted(chosen.values(), key=lambda e: (e.occurred_on, e.id)))


def involved(work: Casework, assessment: Assessment) -> list[Professional]:
    """The members of the team the assessment must ask: those involved when it began or
    when it ended (as ``assessment_gaps`` counts them)."""
    until = assessment.completed_on or assessment.started_on
    found = {p.id: p for p in active_team(work.team, assessment.started_on)}
    for member in active_team(work.team, until):
        found.setdefault(member.id, member)
    return list(found.values())


def _sources(work: Casework, assessment: Assessment, rng: random.Random) -> list[SourceConsulted]:
    """Every member of the team asked in the assessment's first days (or on joining), and
    answering within two weeks (before it was completed); a running assessment still
    awaits some answers."""
    family, fmt = work.family, work.fmt
    started, completed, today = assessment.started_on, assessment.completed_on, family.today
    end = completed or today
    earlier = w.EARLIER_RECORDS if fmt["earlier"] else w.NO_EARLIER_RECORDS
    found = []
    for member in involved(work, assessment):
        asked = family.workday(
            family.add_working(max(started, member.involved_from), rng.randint(0, 3)),
            started,
            end,
        )
        answered: date | None = family.workday(
            family.add_working(asked, rng.randint(1, 10)), asked, end
        )
        own = (member.role, member.agency) == _SOCIAL_CARE
        if own:  # social care's own records, read on the first day
            asked = answered = started
        elif completed is None and rng.random() < 0.4:
            answered = None
        said = ""
        if answered is not None and member.role in _SCHOOLS and not in_term(answered):
            # Closed for the summer: an answer in September, or none before it ended.
            autumn = family.workday(date(answered.year, 9, 4), asked, end)
            answered = autumn if in_term(autumn) and autumn >= asked else None
            said = "" if answered else w.SCHOOL_CLOSED
        if answered is not None:
            text = w.SAID.get(member.role, "Nothing further to add to what the team knows.")
            said = cap(text.replace("{earlier}", earlier).format_map(fmt))
        found.append(
            SourceConsulted(
                family.ids.next("aq"),
                family.case_id,
                assessment.id,
                member.id,
                "",
                asked,
                answered,
                said,
            )
        )
    return found


def _who(work: Casework, person: Person) -> str:
    """Which of ``oversight_words``' kinds of adult ``person`` is."""
    family = work.family
    if person.id == family.mother.id:
        return "mother"
    named = person.identification is not Identification.IDENTIFIED
    if person.id == family.father.id:
        if person.identification is Identification.NOT_IDENTIFIED:
            return "father unknown"
        return "father named" if named else "other"
    if person.id == family.partner.id:
        return "partner named" if named else "partner"
    if person.id == family.sibling.id:
        return "sibling"
    return "other"


def _adults(work: Casework, assessment: Assessment, rng: random.Random) -> list[AdultConsidered]:
    """Every adult the assessment must consider, as it considered them: seen at one of
    social care's visits while it ran (a father nobody can find, not seen, and why), and
    checked; a running assessment has not yet checked the mother's partner."""
    family, fmt = work.family, work.fmt
    started, completed = assessment.started_on, assessment.completed_on
    end = completed or family.today
    low, high = started.toordinal(), end.toordinal()
    visits = [date.fromordinal(d) for d in sorted(family.visits) if low <= d <= high]
    record = CaseRecord(
        work.case, work.people, relationships=work.relationships, households=work.households
    )
    found = []
    for adult in adults_to_consider(record, end):
        who = _who(work, adult.person)
        seen_on: date | None = None
        reason = w.NOT_SEEN.get(who, "")
        if not reason:
            later = started + timedelta(days=rng.randint(1, 6))
            seen_on = rng.choice(visits) if visits else family.workday(later, started, end)
        checks_key = who
        if who == "partner" and family.probation is not None:
            man, since = family.probation
            if man.id == adult.person.id and since <= end:
                checks_key = "partner on probation"
        checks = w.CHECKS.get(checks_key, w.CHECKS["other"]).format_map(fmt)
        checked_on = None
        if who != "father unknown":
            checked = family.add_working(started, rng.randint(2, 10))
            checked_on = family.workday(checked, started, end)
        if completed is None and who.startswith("partner"):
            checks, checked_on = "", None  # asked for, not back yet
        found.append(
            AdultConsidered(
                family.ids.next("aa"),
                family.case_id,
                assessment.id,
                adult.person.id,
                cap(w.IDENTIFIED[who].format_map(fmt)),
                seen_on,
                cap(reason.format_map(fmt)),
                cap(checks),
                checked_on,
            )
        )
    return found
