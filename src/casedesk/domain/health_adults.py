"""Theme 5 of the health check: fathers and significant adults."""

from __future__ import annotations

from casedesk.domain.assessment_gaps import adults_to_consider
from casedesk.domain.case_record import shown_role
from casedesk.domain.health_core import (
    CheckResult,
    HealthInputs,
    Theme,
    back_from,
    called,
    day_text,
    has_date,
    listed,
    not_applicable,
    result,
)
from casedesk.domain.people import Identification
from casedesk.domain.wording import translate

# The roles (``AdultToConsider.why``, in English as stored) of a mother.
MOTHERS = ("biological mother", "adoptive mother")  # i18n: keys, compared

# -- Theme 5: fathers and significant adults ---------------------------------------------


def father_recorded(h: HealthInputs) -> CheckResult:
    """A father recorded for the child (as not identified if he is not known)."""
    record = h.record
    question = translate("health_adults", "Is a father recorded for the child?")
    fathers = [p.id for p in record.fathers()]
    child = record.subject_child.display_name
    if fathers:
        names = [
            called(
                record.person(p).display_name,
                translate("health_adults", "a father not yet named"),
            )
            for p in fathers
        ]
        return result(
            "father-recorded",
            Theme.ADULTS,
            question,
            False,
            translate("health_adults", "{names} recorded as {child}'s father.").format(
                names=listed(names), child=child
            ),
            records=fathers,
            place="people",
        )
    return result(
        "father-recorded",
        Theme.ADULTS,
        question,
        True,
        translate("health_adults", "No father is recorded for {child}.").format(child=child),
        translate(
            "health_adults",
            "Record the father, as 'not identified' if he is not known, and each attempt to "
            "identify him.",
        ),
        place="people",
    )


def adults_identified(h: HealthInputs) -> CheckResult:
    """Each father, significant adult and adult of the household identified, or being
    identified: an attempt within the pack's time, with a dated next step."""
    record, today = h.record, h.today
    question = translate(
        "health_adults",
        "Is every father and adult around the child identified, or being identified?",
    )
    adults = adults_to_consider(record, today)
    if not adults:
        return not_applicable(
            "adults-identified",
            Theme.ADULTS,
            question,
            translate("health_adults", "No adults are recorded around the child."),
        )
    since = back_from(today, h.pack.health.attempt_within, h.calendar)
    stalled = []
    for adult in adults:
        person = adult.person
        if person.identification is Identification.IDENTIFIED:
            continue
        recent = [
            a
            for a in record.identification_attempts
            if a.person == person.id and a.attempted_on >= since and has_date(a.next_step)
        ]
        if not recent:
            stalled.append(adult)
    if not stalled:
        open_count = sum(
            1 for a in adults if a.person.identification is not Identification.IDENTIFIED
        )
        said = (
            translate("health_adults", "All {count} identified.").format(count=len(adults))
            if not open_count
            else translate(
                "health_adults",
                "{count} not yet identified, each with an attempt since {day} and a dated "
                "next step.",
            ).format(count=open_count, day=day_text(since))
        )
        return result(
            "adults-identified",
            Theme.ADULTS,
            question,
            False,
            said,
            records=[a.person.id for a in adults],
            place="people",
        )
    unnamed = translate("health_adults", "not named")
    names = [
        translate("health_adults", "{name} ({why})").format(
            name=called(a.person.display_name, unnamed), why=shown_role(a.why)
        )
        for a in stalled
    ]
    return result(
        "adults-identified",
        Theme.ADULTS,
        question,
        True,
        translate(
            "health_adults",
            "Not identified, and no attempt since {day} with a dated next step: {names}.",
        ).format(day=day_text(since), names=listed(names)),
        translate(
            "health_adults",
            "Try again to identify each (ask the mother, the GP, the police, the housing "
            "provider) and record the attempt with its next step and date.",
        ),
        [a.person.id for a in stalled],
        "identification attempts",  # i18n: a place on the case's screen (a key)
    )


def refusals_challenged(h: HealthInputs) -> CheckResult:
    """Refusals or reluctance to name an adult counted; past the pack's number, a prompt
    to challenge and to consider escalation (passes once an escalation is raised after
    the last refusal)."""
    record = h.record
    question = translate("health_adults", "Are repeated refusals to name an adult challenged?")
    refusals = record.refusals()
    if not refusals:
        return not_applicable(
            "refusals-challenged",
            Theme.ADULTS,
            question,
            translate("health_adults", "No refusal or reluctance is recorded."),
        )
    limit = h.pack.health.refusals_to_challenge
    fathers = {p.id for p in record.fathers()}
    over = []
    for person_id, attempts in refusals.items():
        last = max(a.attempted_on for a in attempts)
        # Challenged: an escalation since the last refusal about this person (named, or
        # "the father" for a father), not any escalation about anything.
        person = record.person(person_id)
        words = {w.casefold() for w in person.display_name.split() if len(w) > 1}
        if person_id in fathers:
            words.add("father")
        challenged = any(
            step.raised_on >= last
            and words & {w.strip(".,;:'").casefold() for w in step.concern.split()}
            for step in record.escalations
        )
        if len(attempts) >= limit and not challenged:
            over.append((person_id, len(attempts)))
    counts = [
        translate("health_adults", "{name}: {count}").format(
            name=record.person(p).display_name, count=len(a)
        )
        for p, a in refusals.items()
    ]
    if not over:
        return result(
            "refusals-challenged",
            Theme.ADULTS,
            question,
            False,
            translate(
                "health_adults",
                "Refusals counted ({counts}); none past {limit} without an escalation after it.",
            ).format(counts=listed(counts), limit=limit),
            records=list(refusals),
            place="identification attempts",  # i18n: a place on the case's screen (a key)
        )
    unnamed = translate("health_adults", "not named")
    names = [
        translate("health_adults", "{name} ({count} times)").format(
            name=called(record.person(p).display_name, unnamed), count=n
        )
        for p, n in over
    ]
    return result(
        "refusals-challenged",
        Theme.ADULTS,
        question,
        True,
        translate(
            "health_adults", "Refused or reluctant to be named {limit} or more times: {names}."
        ).format(limit=limit, names=listed(names)),
        translate(
            "health_adults",
            "Challenge the refusal with the parent, say in the record why it matters for the "
            "child, and consider escalating to your manager.",
        ),
        [p for p, _n in over],
        "identification attempts",  # i18n: a place on the case's screen (a key)
    )


def adult_checks(h: HealthInputs) -> CheckResult:
    """Checks (police, probation, adult services) recorded on the significant adults and
    the adults of the household."""
    record, today = h.record, h.today
    question = translate("health_adults", "Are checks recorded on each significant adult?")
    child = record.case.subject_child
    adults = [
        a
        for a in adults_to_consider(record, today)
        if not a.why.startswith(MOTHERS) or a.person.id == child
    ]
    if not adults:
        return not_applicable(
            "adult-checks",
            Theme.ADULTS,
            question,
            translate("health_adults", "No significant adults are recorded."),
        )
    checked = {c.person for c in record.adults_considered if c.checks.strip()}
    missing = [a for a in adults if a.person.id not in checked]
    if not missing:
        return result(
            "adult-checks",
            Theme.ADULTS,
            question,
            False,
            translate("health_adults", "Checks recorded on all {count}.").format(count=len(adults)),
            records=[a.person.id for a in adults],
            place="oversight",
        )
    names = [
        translate("health_adults", "{name} ({why})").format(
            name=a.person.display_name, why=shown_role(a.why)
        )
        for a in missing
    ]
    return result(
        "adult-checks",
        Theme.ADULTS,
        question,
        True,
        translate("health_adults", "No checks recorded on {names}.").format(names=listed(names)),
        translate(
            "health_adults",
            "Ask for police, probation and adult services checks on each, and record them in "
            "the assessment's 'every adult' page.",
        ),
        [a.person.id for a in missing],
        "oversight",
    )
