"""The demo's chronology: a case's fixed timeline, then years of history from mixed
sources; what each visit found."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry
from casedesk.domain.dates import DatePrecision
from casedesk.domain.evidence import Corroboration, Evidence, SourceType
from casedesk.domain.ids import EntryId, PersonId
from casedesk.domain.people import Sex
from casedesk.services.synthetic.phrases import (
    _ACTION_TAKEN,
    _ANALYSIS,
    _BABY_HOME,
    _BORNE_OUT,
    _CASEWORK,
    _CATEGORY_POOL,
    _CHILD_HOME,
    _IMPACT_BABY,
    _IMPACT_CHILD,
    _IMPACT_HURT,
    _IMPACT_UNBORN,
    _INCIDENTS,
    _LATE_NIGHT,
    _LITTLE_WORDS,
    _MEETINGS,
    _MIDDLE_WORDS,
    _NIGHT,
    _NOT_SEEN,
    _NOT_SEEN_AT_SCHOOL,
    _OBSERVATIONS,
    _RECORDED_BY,
    _ROUTINE,
    _SCHOOL,
    _SEEN_ALONE,
    _SEEN_ALONE_OLDER,
    _SEEN_BABY,
    _SEEN_WITH,
    _SEEN_WITH_OLDER,
    _SIGNIFICANCE,
    _SIGNIFICANCE_BY,
    _SOCIAL_CARE,
    _TALKS,
    _TEEN_WORDS,
    _TWINS,
    WORKER,
    _lines_for,
    _stage,
    _years,
)

if TYPE_CHECKING:
    from casedesk.services.synthetic.family import Family, _Event


def add_entries(family: Family, count: int, timeline: list[_Event], history_start: date) -> None:
    """``count`` entries: the case's timeline first, then years of history at random."""
    random_, data, ids, case = family.rng.random, family.data, family.ids, family.case_id
    t = family.today.toordinal()
    start = history_start.toordinal()
    span = max(t - start, 1)
    opened = family.opened.toordinal()
    # Social work with the family: this episode and the year before it.
    casework = max(start, opened - 400)
    others = [m.agency for m in family.team if (m.role, m.agency) != _SOCIAL_CARE]
    referrer = family.team[1].agency
    formats = family.formats
    men = (family.partner.id, family.ex_partner.id, family.father.id, None)
    child, mother = family.child.id, family.mother.id
    child_from, sib_from = family.child_from, family.sib_from
    met_from, separated_from = family.met_from, family.separated_from
    father_variant = 2 if family.father_known else 3
    pregnant_with_child = family.pregnancies[0][2]
    school_from = min(child_from, sib_from) + _SCHOOL
    mother_says = f"{family.mother.display_name} (mother)"
    cached: dict[tuple[str, int, bool], tuple[PersonId, ...]] = {}
    last_of: dict[Category, str] = {}
    last_incident = ""
    pool, pool_size = _CATEGORY_POOL, len(_CATEGORY_POOL)
    exact, month = DatePrecision.EXACT, DatePrecision.MONTH
    unverified = Corroboration.UNVERIFIED
    not_recorded = ChildSeen.NOT_RECORDED
    events = iter(timeline)
    made = 0
    while made < count:
        event = next(events, None)
        if event is not None:
            category, day = event.category, event.on.toordinal()
        else:
            category = pool[int(random_() * pool_size)]
            if category.is_avoidance and random_() < 0.6:
                # Avoidance comes in runs in real cases: cluster it in the last months.
                day = t - 1 - int(random_() * 120)
            elif category in _CASEWORK:
                day = casework + int(random_() * (t - casework))
            elif category is Category.SCHOOL_ATTENDANCE and school_from < t:
                low = max(start, school_from)
                day = low + int(random_() * (t - low))
            else:
                day = start + int(random_() * span)
        child_age, sib_age = day - child_from, day - sib_from
        conceived = family.pregnancy_at(day)
        variant = 0 if day >= met_from else 1 if day < separated_from else father_variant
        fmt = formats[variant]
        if conceived:
            fmt["weeks"] = str((day - conceived) // 7)
        seen, present, words, observations = not_recorded, "", "", ""
        impact = ""
        if category is Category.HOME_VISIT:
            text, who, seen, present, words, observations, people = visit(
                family, day, child_age, sib_age, conceived, variant, fmt
            )
        elif event is not None:
            text = event.text
            who = "team" if category is Category.REFERRAL else "sc"
            # Before the birth only the referral (about the pregnancy) names the child.
            about_child = child_age >= 0 or category is Category.REFERRAL
            people = (child, mother) if about_child else (mother,)
        else:
            lines = _lines_for(
                category, _stage(child_age), _stage(sib_age), conceived > 0, variant != 3
            )
            if not lines:  # (school attendance before anyone is at school)
                category = Category.OTHER
                lines = _lines_for(category, -1, -1, False, False)
            line = lines[int(random_() * len(lines))]
            who = line.who
            fmt["agency"] = others[int(random_() * len(others))]
            text = line.text.format_map(fmt)
            with_child = line.needs == "pregnant" and conceived == pregnant_with_child
            key = (line.text, variant, with_child)
            found = cached.get(key)
            if found is None:
                found = cached[key] = family.people_of(line, men[variant], with_child)
            people = found
            if category is Category.NO_ACCESS_VISIT and child_age >= 0:
                seen = ChildSeen.NOT_SEEN
            if category in _INCIDENTS and "sibling" not in line.roles:
                hurt = "child" in line.roles and category is not Category.DISCLOSURE
                impact = impact_of(family, child_age, conceived == pregnant_with_child, hurt, fmt)
        names, kinds = _RECORDED_BY[who]
        if who == "mother":
            source = mother_says
        elif who == "team":
            source = referrer if event is not None else fmt["agency"]
        else:
            source = names[int(random_() * len(names))] if len(names) > 1 else names[0]
        source_type = kinds[int(random_() * len(kinds))] if len(kinds) > 1 else kinds[0]
        entry_id = EntryId(ids.next("e"))
        corroboration, by_entry, by_source = unverified, "", ""
        if event is None:
            significance = _SIGNIFICANCE_BY.get(category, _ROUTINE)[int(random_() * 20)]
            precision = exact if random_() < 0.9 else month
            if who == "mother":
                # An account of the family's own: often contradicted by an incident on
                # record, sometimes borne out.
                r = random_()
                if r < 0.15:
                    corroboration = Corroboration.CONTRADICTED
                    by_entry = last_incident
                    if not by_entry:
                        by_source = "Police records (PNC)"
                elif r < 0.25:
                    corroboration = Corroboration.CORROBORATED
                    by_source = _BORNE_OUT[int(random_() * len(_BORNE_OUT))]
            elif who not in ("sc", "court"):
                r = random_()
                if r < 0.3:
                    corroboration = Corroboration.CORROBORATED
                    by_entry = last_of.get(category, "") if r < 0.15 else ""
                    if not by_entry:
                        by_source = _BORNE_OUT[int(random_() * len(_BORNE_OUT))]
                elif r < 0.35:
                    corroboration = Corroboration.CONTRADICTED
                    by_source = f"{fmt['mother_full']}'s own account"
        else:
            significance = _SIGNIFICANCE[event.significance]
            precision = exact
        action_taken = analysis = time = ""
        if significance >= 2:
            action_taken = _ACTION_TAKEN[int(random_() * len(_ACTION_TAKEN))].format_map(fmt)
        if category is Category.SUPERVISION and random_() < 0.3:
            analysis = _ANALYSIS[int(random_() * len(_ANALYSIS))].format_map(fmt)
        if category in _LATE_NIGHT:
            time = _NIGHT[int(random_() * len(_NIGHT))]
        until = (
            date.fromordinal(min(day + 70, t)) if category is Category.SCHOOL_ATTENDANCE else None
        )
        when = date.fromordinal(day)
        if precision is month:
            # Known to the month: stored as its first day, as a typed "Mar 2025" is;
            # exact instead when that would cross one of ``month_bounds``.
            first = when.replace(day=1).toordinal()
            if any(first < bound <= day for bound in family.month_bounds):
                precision = exact
            else:
                when = when.replace(day=1)
        entry = ChronologyEntry(
            entry_id,
            case,
            when,
            category,
            text,
            Evidence(source, source_type, corroboration, by_entry),
            WORKER,
            precision=precision,
            significance=significance,
            impact_on_child=impact,
            action_taken=action_taken,
            people=people,
            time=time,
            until=until,
            analysis=analysis,
            corroborating_source=by_source,
            child_seen=seen,
            others_present=present,
            child_words=words,
            home_observations=observations,
        )
        data.entries.append(entry)
        made += 1
        last_of[category] = entry_id
        if category in _INCIDENTS:
            last_incident = entry_id
        if significance >= 2:
            family.significant.append(entry)
        if day >= opened and category in _MEETINGS:
            family.meetings.append(entry)
        twin = _TWINS.get(category)
        if twin and event is None and made < count and random_() < 0.08:
            # Another agency's record of the same event, linked so it is counted once.
            data.entries.append(
                ChronologyEntry(
                    EntryId(ids.next("e")),
                    case,
                    entry.occurred_on,
                    category,
                    twin[1],
                    Evidence(twin[0], SourceType.AGENCY_RECORD),
                    WORKER,
                    significance=significance,
                    people=people,
                    time=time,
                    child_seen=seen,
                    same_event_as=entry_id,
                )
            )
            made += 1


def impact_of(
    family: Family, child_age: int, pregnant_with_child: bool, hurt: bool, fmt: dict[str, str]
) -> str:
    """What an incident meant for the child, as the child was then: hurt, or living
    where an adult is being hurt (or, before the birth, the unborn baby at risk)."""
    if child_age < 0:
        return _IMPACT_UNBORN if pregnant_with_child else ""
    if not hurt:
        return pick(family, _IMPACT_BABY if child_age < 365 else _IMPACT_CHILD, fmt)
    return pick(family, _IMPACT_HURT, fmt)


def pick(family: Family, options: tuple[str, ...], fmt: dict[str, str]) -> str:
    """One of ``options``, filled in with the family's names."""
    return options[int(family.rng.random() * len(options))].format_map(fmt)


def visit(
    family: Family,
    day: int,
    child_age: int,
    sib_age: int,
    conceived: int,
    variant: int,
    fmt: dict[str, str],
) -> tuple[str, str, ChildSeen, str, str, str, tuple[PersonId, ...]]:
    """What a home visit found: the child seen (alone or not) or not seen, who else was
    there, what the child said, and what the home was like; and who says so (the
    worker, or the mother's word)."""
    random_ = family.rng.random
    people = [family.mother.id]
    others = [f"{fmt['mother']} (mother)"]
    if day >= family.partner_home_from and random_() < 0.5:
        people.append(family.partner.id)
        others.append(f"{fmt['partner']} (mother's partner)")
    if sib_age >= 0 and random_() < 0.5:
        people.append(family.sibling.id)
        relation = "half-sister" if family.sibling.sex is Sex.FEMALE else "half-brother"
        others.append(f"{fmt['sibling']} ({relation})")
    if child_age < 0:
        if conceived:
            text = (
                "Home visit to {mother}, {weeks} weeks pregnant; she said she goes to "
                "her antenatal appointments."
            )
        elif family.sibling.id in people:
            text = "Home visit. {mother} and {sibling} seen at home."
        elif variant != 3:
            return (
                "Home visit. {mother} said {man} no longer stays over.".format_map(fmt),
                "mother",
                ChildSeen.NOT_RECORDED,
                ", ".join(others),
                "",
                _OBSERVATIONS[int(random_() * len(_OBSERVATIONS))],
                tuple(people),
            )
        else:
            text = "Home visit. {mother} seen; said she is managing."
        observation = _OBSERVATIONS[int(random_() * len(_OBSERVATIONS))]
        return (
            text.format_map(fmt),
            "sc",
            ChildSeen.NOT_RECORDED,
            ", ".join(others),
            "",
            observation,
            tuple(people),
        )
    x = random_()
    if child_age < _TALKS:
        seen = ChildSeen.SEEN_NOT_ALONE if x < 0.75 else ChildSeen.NOT_SEEN
    else:
        seen = (
            ChildSeen.SEEN_ALONE
            if x < 0.4
            else ChildSeen.SEEN_NOT_ALONE
            if x < 0.8
            else ChildSeen.NOT_SEEN
        )
    words = ""
    if seen is ChildSeen.NOT_SEEN:
        # "At school" only in term time (not August) and for a child old enough.
        at_school = child_age >= _SCHOOL and date.fromordinal(day).month != 8
        options = _NOT_SEEN_AT_SCHOOL if at_school else _NOT_SEEN
    else:
        people.insert(0, family.child.id)
        older = child_age >= _years(7)
        if seen is ChildSeen.SEEN_ALONE:
            options = _SEEN_ALONE_OLDER if older else _SEEN_ALONE
        elif child_age < 365:
            options = _SEEN_BABY
        else:
            options = _SEEN_WITH_OLDER if older else _SEEN_WITH
        if child_age >= _TALKS and random_() < (0.7 if seen is ChildSeen.SEEN_ALONE else 0.35):
            said = (
                _LITTLE_WORDS
                if child_age < _years(7)
                else _MIDDLE_WORDS
                if child_age < _years(12)
                else _TEEN_WORDS
            )
            words = said[int(random_() * len(said))]
    text = options[int(random_() * len(options))].format_map(fmt)
    found = _BABY_HOME if child_age < 365 else _CHILD_HOME
    observation = found[int(random_() * len(found))]
    return text, "sc", seen, ", ".join(others), words, observation, tuple(people)
