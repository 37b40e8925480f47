"""The demo's chronology: a case's fixed timeline, then years of history from mixed
sources; what each visit found."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry
from casedesk.domain.dates import DatePrecision
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.ids import EntryId, PersonId
from casedesk.domain.people import Sex
from casedesk.services.synthetic.phrases import (
    _ACTION_TAKEN,
    _ANALYSIS,
    _ANY_DAY,
    _BABY_HOME,
    _CASEWORK,
    _CATEGORY_POOL,
    _CHILD_HOME,
    _FOUND_THERE,
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
    _OLDER,
    _RECORDED_BY,
    _ROUTINE,
    _SCHOOL,
    _SEEN_ALONE,
    _SEEN_ALONE_OLDER,
    _SEEN_BABY,
    _SEEN_THERE,
    _SEEN_WITH,
    _SEEN_WITH_OLDER,
    _SIGNIFICANCE,
    _SIGNIFICANCE_BY,
    _SOCIAL_CARE,
    _STAYS_OVER,
    _TALKS,
    _TEEN_WORDS,
    _TWINS,
    _VISITS,
    ANTENATAL,
    BOOKING,
    FAMILY_SUPPORT,
    HEALTH_VISITING,
    HOUSING,
    MENTAL_HEALTH,
    NOT_PREGNANT,
    POLICE,
    PROBATION,
    WORKER,
    _Line,
    _lines_for,
    _years,
    in_term,
)

if TYPE_CHECKING:
    from casedesk.services.synthetic.family import Family, _Event

_SOCIAL_WORK = _SOCIAL_CARE[1]
# Who goes on a joint home visit with social care.
_VISITING = frozenset(
    {HEALTH_VISITING[1], POLICE[1], HOUSING[1], FAMILY_SUPPORT[1], MENTAL_HEALTH[1], PROBATION[1]}
)
_EARLY_PREGNANCY = 70  # no appointments missed before ten weeks: antenatal care starts later
_NON_MOBILE = 183  # a baby under six months cannot get about: any injury is critical
_AFTER = 42  # a police call-out that contradicts "he has gone": within six weeks
# What a child says, by age, with and without naming the man in the mother's life.
_WORDS = {
    band: (tuple(w for w in words if "{man}" not in w), words)
    for band, words in ((0, _LITTLE_WORDS), (1, _MIDDLE_WORDS), (2, _TEEN_WORDS))
}


# What the loop asks of a category, as bits (one dictionary look-up an entry instead of a
# dozen set look-ups: categories hash in Python, and there are 100,000 entries to make).
(
    _CASE,
    _ANY,
    _VISIT,
    _AVOID,
    _HOME,
    _ATTEND,
    _MISSED,
    _INCIDENT,
    _MEET,
    _LATE,
    _SUPERVISE,
    _RULED,
) = (1 << bit for bit in range(12))
# What starts or meets a timescale of the rule pack (other than a visit).
_RULED_BY = frozenset({Category.REFERRAL, Category.ASSESSMENT, Category.CONFERENCE})


def _kind_of(category: Category) -> int:
    return (
        _CASE * (category in _CASEWORK)
        | _ANY * (category in _ANY_DAY)
        | _VISIT * (category in _VISITS)
        | _AVOID * category.is_avoidance
        | _HOME * (category is Category.HOME_VISIT)
        | _ATTEND * (category is Category.SCHOOL_ATTENDANCE)
        | _MISSED * (category is Category.MISSED_APPOINTMENT)
        | _INCIDENT * (category in _INCIDENTS)
        | _MEET * (category in _MEETINGS)
        | _LATE * (category in _LATE_NIGHT)
        | _SUPERVISE * (category is Category.SUPERVISION)
        | _RULED * (category in _RULED_BY)
    )


_KINDS = {category: _kind_of(category) for category in Category}
_POOL = tuple(
    (c, _KINDS[c], _SIGNIFICANCE_BY.get(c, _ROUTINE), _TWINS.get(c)) for c in _CATEGORY_POOL
)
_OTHER = (Category.OTHER, _KINDS[Category.OTHER], _ROUTINE, None)
_CALL_OUT = (
    Category.POLICE_CALL_OUT,
    _KINDS[Category.POLICE_CALL_OUT],
    _SIGNIFICANCE_BY[Category.POLICE_CALL_OUT],
    _TWINS[Category.POLICE_CALL_OUT],
)


def add_entries(family: Family, count: int, timeline: list[_Event], history_start: date) -> None:
    """``count`` entries: the case's timeline first, then years of history at random.

    Professionals work on working days (only incidents happen on any day); social care's
    own work falls in its episodes; one home visit a day at most."""
    random_, data, ids, case = family.rng.random, family.data, family.ids, family.case_id
    shared = family.shared
    workday = shared.workday
    flags, base = shared.flags, shared.base
    pregnancies = family.pregnancies
    t = family.today.toordinal()
    start = history_start.toordinal()
    span = max(t - start, 1)
    opened = family.opened.toordinal()
    episodes = family.episodes
    weights = [hi - lo + 1 for lo, hi in episodes]
    episode_days = sum(weights)
    current_lo, current_hi = episodes[-1]
    formats = family.formats
    men = (family.partner.id, family.ex_partner.id, family.father.id, None)
    child, mother = family.child.id, family.mother.id
    child_from, sib_from = family.child_from, family.sib_from
    child_reception = family.child_school[0]
    sib_reception, _second, sib_leaves = family.sib_school
    met_from, separated_from = family.met_from, family.separated_from
    father_variant = 2 if family.father_known else 3
    pregnant_with_child = family.pregnancies[0][2]
    early = tuple((conceived, conceived + _EARLY_PREGNANCY) for *_, conceived in family.pregnancies)
    school_from = max(start, min(child_reception, sib_reception))
    plan_from, last_visit = family.plan_from, family.last_visit
    visits_from = family.visits_from or current_lo
    mother_says = f"{family.mother.display_name} (mother)"
    cached: dict[tuple[str, int, bool], tuple[PersonId, ...]] = {}
    pool, pool_size, kinds_of = _POOL, len(_POOL), _KINDS
    exact, month = DatePrecision.EXACT, DatePrecision.MONTH
    unverified = Corroboration.UNVERIFIED
    not_recorded = ChildSeen.NOT_RECORDED
    significant, critical = Significance.SIGNIFICANT, Significance.CRITICAL
    visited: set[int] = set()  # days with a visit from social care
    supervised: set[int] = set()  # days the case was discussed in supervision
    said_once: set[tuple[str, int]] = set()
    events = iter(timeline)
    made = 0
    while made < count:
        event = next(events, None)
        low, high = start, t
        if event is not None:
            category, day = event.category, event.on.toordinal()
            kind, levels, twin_of = kinds_of[category], _ROUTINE, None
        else:
            category, kind, levels, twin_of = pool[int(random_() * pool_size)]
            if kind & _CASE:
                # In one of social care's episodes; avoidance comes in runs in real cases:
                # cluster it in the last months.
                if kind & _AVOID and random_() < 0.6:
                    low, high = current_lo, current_hi
                    day = high - int(random_() * min(121, high - low + 1))
                else:
                    x = int(random_() * episode_days)
                    index = 0
                    while x >= weights[index]:
                        x -= weights[index]
                        index += 1
                    low, high = episodes[index]
                    day = low + x
                if high == current_hi:
                    if kind & _RULED:
                        # What starts or meets a timescale in this episode is the
                        # timeline's (a referral's decision, a conference's core group).
                        category, kind, levels, twin_of = _OTHER
                    elif kind & _HOME:
                        # Between the first statutory visit and the last (after it only
                        # missed ones: the runs of no access that leave a visit overdue).
                        if day < visits_from:
                            day = visits_from + (day - low) * (last_visit - visits_from) // max(
                                1, visits_from - low
                            )
                        high = min(high, last_visit)
                        low = max(low, min(visits_from, high))
                        day = min(day, high)
            elif kind & _AVOID and random_() < 0.6:
                day = t - 1 - int(random_() * 120)
            elif kind & _ATTEND and school_from < t:
                day = school_from + int(random_() * (t - school_from))
            else:
                day = start + int(random_() * span)
            if kind & _ATTEND:
                when = date.fromordinal(day)
                if not in_term(when):  # the summer holiday: a report at the start of term
                    later = date(when.year, 9, 5).toordinal()
                    day = later if later <= t else date(when.year, 7, 16).toordinal()
            if not kind & _ANY and not (low <= day <= high and flags[day - base]):
                day = workday(day, low, high)
            if kind & _MISSED:
                for conceived, booked in early:
                    if conceived <= day < booked:
                        day = workday(booked, low, high)
            if kind & (_VISIT | _SUPERVISE):
                # One visit a day, and one supervision of the case.
                taken = visited if kind & _VISIT else supervised
                if day in taken or not flags[day - base]:
                    day = _free_day(day, low, high, taken, flags, base)
                    if not day:  # no day left for another: a letter instead
                        day = workday(low + int(random_() * (high - low + 1)), low, high)
                        category, kind, levels, twin_of = _OTHER
        when = date.fromordinal(day)
        child_age, sib_age = day - child_from, day - sib_from
        conceived = 0
        for first_known, birth, began in pregnancies:
            if first_known <= day < birth:
                conceived = began
                break
        variant = 0 if day >= met_from else 1 if day < separated_from else father_variant
        fmt = formats[variant]
        if conceived:
            fmt["weeks"] = str((day - conceived) // 7)
        seen, present, words, observations = not_recorded, "", "", ""
        impact = time = ""
        line: _Line | None = None
        corroboration, by_entry, by_source = unverified, "", ""
        pair_day = 0
        if kind & _HOME:
            text, who, seen, present, words, observations, people, against = visit(
                family, day, child_age, sib_age, conceived, variant, fmt, event is not None
            )
            if against:
                corroboration, by_source = Corroboration.CONTRADICTED, against
            source = mother_says if who == "mother" else _SOCIAL_WORK
        elif event is not None:
            text = event.text
            who = "team" if event.source and event.source != _SOCIAL_WORK else "sc"
            people = event.people or ((child, mother) if child_age >= 0 else (mother,))
            source = event.source or _SOCIAL_WORK
        else:
            # Where each child is: a child of four is at nursery until the September after
            # the birthday; a young person past year 11 is no longer at school.
            if child_age < 0:
                child_stage = -1
            elif child_age < _TALKS:
                child_stage = 0
            elif day < child_reception:
                child_stage = _TALKS
            else:
                child_stage = _SCHOOL if child_age < _OLDER else _OLDER
            sib_stage = -1 if sib_age < 0 else _SCHOOL if sib_reception <= day < sib_leaves else 0
            stage = NOT_PREGNANT
            if conceived:
                stage = BOOKING if day - conceived < 91 else ANTENATAL
            term = not (when.month == 8 or (when.month == 7 and when.day >= 23))
            lines = _lines_for(category, child_stage, sib_stage, stage, variant != 3, term)
            line = lines[int(random_() * len(lines))] if lines else None
            if line is not None and line.once and _once_key(line, conceived) in said_once:
                fresh = [x for x in lines if not (x.once and _once_key(x, conceived) in said_once)]
                line = fresh[int(random_() * len(fresh))] if fresh else None
            if line is None:
                # Nothing of the kind fits (school attendance with nobody at school, an
                # assessment already started): a letter, or (out of social care's
                # episodes) a call-out.
                category, kind, levels, twin_of = _OTHER if kind & _CASE else _CALL_OUT
                lines = tuple(
                    x for x in _lines_for(category, child_stage, sib_stage, 0, False) if not x.once
                )
                line = lines[int(random_() * len(lines))]
            if line.once:
                said_once.add(_once_key(line, conceived))
            who = line.who
            if line.agency:
                agencies = family.agencies_on(day, "child" in line.roles)
                if line.text.startswith("Joint visit"):  # a GP or a teacher does not call
                    agencies = [a for a in agencies if a in _VISITING] or [POLICE[1]]
                fmt["agency"] = agencies[int(random_() * len(agencies))]
            text = line.text.format_map(fmt)
            with_child = line.needs in ("pregnant", "booking", "antenatal") and (
                conceived == pregnant_with_child
            )
            key3 = (line.text, variant, with_child)
            found = cached.get(key3)
            if found is None:
                found = cached[key3] = family.people_of(line, men[variant], with_child)
            people = found
            if kind & _VISIT and child_age >= 0:
                seen = ChildSeen.NOT_SEEN
            if kind & _INCIDENT and "sibling" not in line.roles:
                hurt = "child" in line.roles and category is not Category.DISCLOSURE
                impact = impact_of(family, child_age, conceived == pregnant_with_child, hurt, fmt)
            if who == "mother":
                source = mother_says
            elif who == "team":
                source = fmt["agency"]
            elif who == "health":
                source = family.health_source(line, day, random_())
            elif who == "school":
                source = family.school_of("sibling" in line.roles, day)
            else:
                source = _RECORDED_BY[who][0][0]
            # What bears it out, or contradicts it: only what fits the fact.
            r = random_()
            if line.contradicts == "@":
                if r < 0.35 and made + 1 < count and day + 7 <= t:
                    pair_day = min(day + 7 + int(random_() * (_AFTER - 6)), t)
                    corroboration = Corroboration.CONTRADICTED
                elif r > 0.9 and line.supports:
                    corroboration = Corroboration.CORROBORATED
                    by_source = line.supports[0].format_map(fmt)
            elif line.contradicts and r < 0.2:
                corroboration = Corroboration.CONTRADICTED
                by_source = line.contradicts.format_map(fmt)
            elif line.supports and r > 0.7:
                corroboration = Corroboration.CORROBORATED
                by_source = line.supports[int(random_() * len(line.supports))].format_map(fmt)
        kinds = _RECORDED_BY[who][1]
        source_type = kinds[int(random_() * len(kinds))] if len(kinds) > 1 else kinds[0]
        entry_id = EntryId(ids.next("e"))
        if pair_day:
            by_entry = ids.next("e")
        if event is None:
            significance = levels[int(random_() * 20)]
            # A social worker's own record, and every visit, is dated exactly.
            precision = exact if kind & _CASE or random_() < 0.9 else month
        else:
            significance = _SIGNIFICANCE[event.significance]
            precision = exact
        if line is not None and line.injury:
            # An injury to a baby under one is significant at least (critical before the
            # baby can move about), and so is any injury to a child on a protection plan.
            for role, age in (("child", child_age), ("sibling", sib_age)):
                if role in line.roles and age >= 0:
                    if age < _NON_MOBILE:
                        significance = critical
                    elif age < 365 or (role == "child" and day >= plan_from):
                        significance = max(significance, significant)
        action_taken = analysis = ""
        if significance >= 2:
            action_taken = _ACTION_TAKEN[int(random_() * len(_ACTION_TAKEN))].format_map(fmt)
        if kind & _SUPERVISE and random_() < 0.3:
            analysis = _ANALYSIS[int(random_() * len(_ANALYSIS))].format_map(fmt)
        if kind & _LATE:
            time = _NIGHT[int(random_() * len(_NIGHT))]
        until = date.fromordinal(min(day + 70, t)) if kind & _ATTEND else None
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
        if kind & _VISIT:
            visited.add(day)
            if kind & _HOME:
                family.visits[day] = seen
        elif kind & _SUPERVISE:
            supervised.add(day)
        if significance >= 2:
            family.significant.append(entry)
        if day >= opened and kind & _MEET:
            family.meetings.append(entry)
        if pair_day:
            # The police find him at the address within weeks of her saying he had gone.
            pair_fmt = formats[variant]
            pair = ChronologyEntry(
                EntryId(by_entry),
                case,
                date.fromordinal(pair_day),
                Category.POLICE_CALL_OUT,
                _FOUND_THERE[int(random_() * len(_FOUND_THERE))].format_map(pair_fmt),
                Evidence(POLICE[1], SourceType.AGENCY_RECORD),
                WORKER,
                significance=significant,
                impact_on_child=impact_of(family, pair_day - child_from, False, False, pair_fmt),
                people=(men[variant] or mother, mother),
                time=_NIGHT[int(random_() * len(_NIGHT))],
            )
            data.entries.append(pair)
            made += 1
            family.significant.append(pair)
        twin = twin_of if made < count else None
        if twin and random_() < 0.08:
            if kind & _VISIT:
                # The health visitor's record only of a visit the health visitor came to.
                joint = line is not None and line.agency and fmt["agency"] == HEALTH_VISITING[1]
                twin = twin if joint else None
            elif category is Category.POLICE_CALL_OUT and not _episode_of(episodes, day)[1]:
                twin = None  # social care is told of it only while it has the case
        else:
            twin = None
        if twin:
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


def _once_key(line: _Line, conceived: int) -> tuple[str, int]:
    """A line said once in a case (once in each pregnancy, when it is about one)."""
    return line.text, conceived if "{weeks}" in line.text else 0


def _episode_of(episodes: list[tuple[int, int]], day: int) -> tuple[int, int]:
    """The episode of social care that ``day`` falls in ((0, 0) if none)."""
    for low, high in episodes:
        if low <= day <= high:
            return low, high
    return 0, 0


def _free_day(day: int, low: int, high: int, visited: set[int], flags: bytearray, base: int) -> int:
    """The working day nearest ``day`` (between ``low`` and ``high``) with no visit yet; 0
    when there is none within a few weeks."""
    for step in range(1, 30):
        found = day + step
        if found <= high and flags[found - base] and found not in visited:
            return found
        found = day - step
        if found >= low and flags[found - base] and found not in visited:
            return found
    return 0


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


def child_says(family: Family, child_age: int, variant: int, fmt: dict[str, str]) -> str:
    """Something the child said, as a child that age says it, that no child of another
    family in the file has said ('' when nothing fresh comes)."""
    random_ = family.rng.random
    band = 0 if child_age < _years(7) else 1 if child_age < _years(12) else 2
    said = _WORDS[band][variant != 3]
    words, number = family.shared.words, family.number
    for attempt in range(4):
        found = said[int(random_() * len(said))].format_map(fmt)
        owner = words.setdefault(found, number)
        if owner == number and (found not in family.said or attempt == 3):
            family.said.add(found)
            return found
    return ""


def visit(
    family: Family,
    day: int,
    child_age: int,
    sib_age: int,
    conceived: int,
    variant: int,
    fmt: dict[str, str],
    statutory: bool = False,
) -> tuple[str, str, ChildSeen, str, str, str, tuple[PersonId, ...], str]:
    """What a home visit found: the child seen (alone or not) or not seen, who else was
    there, what the child said, and what the home was like; who says so (the worker, or
    the mother's word); and what the worker saw that contradicts her word, if anything.
    A statutory visit sees the child."""
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
            booked = (
                "goes to her antenatal appointments"
                if day - conceived >= 91
                else ("has booked with the midwife")
            )
            text = "Home visit to {mother}, {weeks} weeks pregnant; she said she " + booked + "."
        elif family.sibling.id in people:
            text = "Home visit. {mother} and {sibling} seen at home."
        elif variant != 3 and not statutory and random_() < 0.4:
            # Her word that he has gone; sometimes what the worker saw says otherwise.
            if random_() < 0.3:
                observation, against = _SEEN_THERE
            else:
                observation = _OBSERVATIONS[int(random_() * len(_OBSERVATIONS))]
                against = ""
            return (
                _STAYS_OVER.format_map(fmt),
                "mother",
                ChildSeen.NOT_RECORDED,
                ", ".join(others),
                "",
                observation,
                tuple(people),
                against,
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
            "",
        )
    x = random_()
    if statutory:
        x = x * 0.8 if child_age >= _TALKS else x * 0.75
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
        # "At school" only in term time and for a child who goes to school.
        at_school = day >= family.child_school[0] and in_term(date.fromordinal(day))
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
            words = child_says(family, child_age, variant, fmt)
    text = options[int(random_() * len(options))].format_map(fmt)
    found = _BABY_HOME if child_age < 365 else _CHILD_HOME
    observation = found[int(random_() * len(found))]
    return text, "sc", seen, ", ".join(others), words, observation, tuple(people), ""
