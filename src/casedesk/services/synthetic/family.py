"""One fictional family: its people and links, its case, its team and its timeline."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry
from casedesk.domain.consent import ConsentState
from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.deadline_changes import Timescales
from casedesk.domain.evidence import Corroboration, Evidence, SourceType
from casedesk.domain.ids import CaseId, PersonId, ProfessionalId, RelationshipId
from casedesk.domain.intervals import back, shift
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.relationships import (
    HouseholdMembership,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.rule_packs import RulePack, Unit
from casedesk.domain.team import Professional
from casedesk.domain.timescales import Deadline
from casedesk.domain.working_days import WorkingCalendar
from casedesk.services.rule_packs import shipped_pack
from casedesk.services.synthetic.data import SyntheticData, _Ids, _Shared
from casedesk.services.synthetic.deadlines import add_deadlines
from casedesk.services.synthetic.entries import add_entries
from casedesk.services.synthetic.phrases import (
    _ANYONE,
    _ASSESSMENT_OUTCOME,
    _BOYS,
    _CONFERENCE_OUTCOME,
    _CORE_GROUP,
    _EARLIER_CLOSED,
    _EARLY_HELP_MEETING,
    _FIRST_CORE_GROUP,
    _FOODS,
    _GIRLS,
    _MEN,
    _OLDER,
    _OLDER_MEN,
    _OLDER_WOMEN,
    _PASTIMES,
    _PROBATION_ORDER,
    _REFERRAL_DECISION,
    _REVIEW_CONFERENCE,
    _SCHOOL,
    _SOCIAL_CARE,
    _STREETS,
    _TALKS,
    _WOMEN,
    ANTENATAL,
    ASSESSMENT_STARTED,
    BOOKING,
    COLLEGE,
    GP,
    HEALTH_VISITING,
    MATERNITY,
    NOT_PREGNANT,
    NURSERY,
    POLICE,
    PRE_BIRTH_STARTED,
    PRIMARY,
    PROBATION,
    SCHOOL_NURSING,
    SECONDARY,
    WORKER,
    _clamp,
    _Line,
    _years,
    in_term,
)
from casedesk.services.synthetic.records import (
    add_actions,
    add_attempts,
    add_concerns,
    add_ecomap,
    add_sharing,
)

_FIVE = _years(5)
_NEVER = date.max.toordinal()
_SUPERVISION_WITHIN = 15  # working days: a local expectation, recorded as a deadline


@cache
def _pack() -> RulePack:
    """The timescales the demo's events are dated by: England's pack as CaseDesk ships it
    (not an agency's own, so that a seed makes the same demo everywhere)."""
    return shipped_pack("England").pack


@dataclass
class _Event:
    """A fixed point of the case's timeline (referral, strategy discussion, visit ...)."""

    on: date
    category: Category
    text: str  # empty for a visit: what the visit found is drawn like any other visit's
    significance: int
    source: str = ""  # social care when empty (the referrer for the case's own referral)
    people: tuple[PersonId, ...] = ()  # the child (once born) and the mother when empty
    seen: bool = False  # a statutory visit: the child is seen


def school_years(born: date) -> tuple[int, int, int]:
    """When a child born on ``born`` starts reception (the September after the fourth
    birthday), starts secondary school (seven years on) and leaves it (at the end of
    year 11), as ordinals."""
    year = born.year + (5 if born.month >= 9 else 4)
    return (
        date(year, 9, 1).toordinal(),
        date(year + 7, 9, 1).toordinal(),
        date(year + 12, 8, 1).toordinal(),
    )


class Family:
    """Builds one fictional family, its case and everything recorded about it."""

    mother: Person
    child: Person
    sibling: Person
    partner: Person
    father: Person
    grandmother: Person
    aunt: Person
    ex_partner: Person
    opened: date
    status: LegalStatus
    team: list[Professional]
    lead: Professional
    formats: list[dict[str, str]]
    child_from: int
    sib_from: int
    pregnancies: tuple[tuple[int, int, int], ...]
    met_from: int
    separated_from: int
    partner_home_from: int
    father_known: bool
    # Social care's involvement, as (first day, last day) ordinals: an earlier episode the
    # record shows opening and closing, and this one (to the step-down to early help).
    episodes: list[tuple[int, int]]
    # The man on probation (and from when), if anyone in the family is.
    probation: tuple[Person, date] | None
    plan_from: int  # the child protection plan's first day (an ordinal), if there is one

    def __init__(
        self,
        rng: random.Random,
        ids: _Ids,
        data: SyntheticData,
        number: int,
        as_of: date,
        calendar: WorkingCalendar,
        shared: _Shared,
    ) -> None:
        self.rng, self.ids, self.data, self.number = rng, ids, data, number
        self.today, self.calendar, self.shared = as_of, calendar, shared
        self.case_id = CaseId(ids.next("c"))
        self.members: list[PersonId] = []
        self.significant: list[ChronologyEntry] = []  # entries that ask who needs to know
        self.meetings: list[ChronologyEntry] = []  # where actions could have been agreed
        self.used: set[str] = set()  # given names in the family: no two people share one
        self.visits: dict[int, ChildSeen] = {}  # social care's home visits, by day
        self.said: set[str] = set()  # what the child has said at visits
        self.plan_from = _NEVER
        self.last_visit = _NEVER  # the last statutory visit: no home visit after it
        self.visits_from = 0  # the first: none before it in this episode (or 0)
        self.probation = None
        self._agencies: dict[tuple[bool, bool, bool, bool, bool, bool], list[str]] = {}

    def stream(self, purpose: str) -> random.Random:
        """A random stream of the case's own for one part of it, so that changing how one
        part is made leaves every other part (and the tests relying on it) as it was."""
        return random.Random(f"{self.ids.seed}-{self.number}-{purpose}")

    # Working days

    def workday(self, day: date, low: date | None = None, high: date | None = None) -> date:
        """The working day on or after ``day``, never after ``high`` (today) and never
        before ``low``: professionals work on working days."""
        return self.shared.on(day, low or date.min, min(high or self.today, self.today))

    def by(self, day: date, low: date) -> date:
        """The working day on or before ``day`` (after ``low``), even after today: what
        is planned for then."""
        return self.shared.on(day, low + timedelta(days=1), day)

    def add_working(self, start: date, days: int) -> date:
        return self.calendar.add_working_days(start, days)

    # People and their links

    def name(self, names: tuple[str, ...]) -> str:
        """A given name from ``names`` that nobody else in the family has, and of those one
        used least in the file so far."""
        counts = self.shared.given
        free = [n for n in names if n not in self.used]
        fewest = min(counts[n] for n in free)
        chosen = self.rng.choice([n for n in free if counts[n] == fewest])
        counts[chosen] += 1
        self.used.add(chosen)
        return chosen

    def person(
        self,
        given: str,
        family: str,
        sex: Sex,
        born: date | None,
        precise: bool = False,
        **extra: object,
    ) -> Person:
        birth = None
        if born is not None:
            if precise or self.rng.random() < 0.75:
                birth = FuzzyDate(born)
            else:  # only the year known: the date is the first day of it
                birth = FuzzyDate(date(born.year, 1, 1), DatePrecision.YEAR)
        person = Person(PersonId(self.ids.next("p")), given, family, sex, birth, **extra)  # type: ignore[arg-type]
        self.data.people.append(person)
        self.members.append(person.id)
        return person

    def relate(
        self,
        kind: RelationshipKind,
        a: Person,
        b: Person,
        since: date | None,
        borne_out_by: str = "",
        role: str = "",
    ) -> None:
        """Link two people; a link with ``borne_out_by`` is on record (at the register office,
        or the maternity unit before a birth), else the mother's word."""
        source = (
            "Northvale Maternity Unit" if borne_out_by == "Maternity records" else "Register office"
        )
        evidence = (
            Evidence(source, SourceType.AGENCY_RECORD, Corroboration.CORROBORATED, borne_out_by)
            if borne_out_by
            else Evidence("Mother", SourceType.SELF_REPORTED)
        )
        self.data.relationships.append(
            Relationship(
                RelationshipId(self.ids.next("r")),
                kind,
                a.id,
                b.id,
                since,
                role=role,
                evidence=evidence,
            )
        )

    def days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def build(self, entry_count: int) -> None:
        rng, today, shared = self.rng, self.today, self.shared
        family = shared.surname()
        # Most children are young; the second of every five is at school, so that even a
        # small demo shows a child who talks to the worker alone.
        at_school = self.number % 5 == 2
        unborn = rng.random() < 0.15 and not at_school
        if unborn:
            expected: date | None = today + self.days(20, 150)
            born: date | None = None
            ref = expected
        else:
            expected = None
            youngest = _years(6) if at_school else 40
            born = today - timedelta(
                days=youngest + int((_years(14) - youngest) * rng.random() ** 1.7)
            )
            ref = born
        assert ref is not None
        # The half-sibling is the older child, by the mother's former partner; the mother
        # was 17 to 40 at both births.
        gap = rng.randint(550, 3200)
        sib_born = ref - timedelta(days=gap)
        mother_at_sib = rng.randint(_years(17) + 1, _years(40) - 1 - gap)
        mother_at_ref = mother_at_sib + gap
        mother_born = sib_born - timedelta(days=mother_at_sib)
        mother = self.person(self.name(_WOMEN), family, Sex.FEMALE, mother_born, precise=True)

        gm_at_mother = rng.randint(_years(17) + 1, _years(40) - 1)
        gf_at_mother = _clamp(
            gm_at_mother + rng.randint(-_years(2), _years(10)), _years(18) + 1, _years(45)
        )
        gm_born = mother_born - timedelta(days=gm_at_mother)
        gf_born = mother_born - timedelta(days=gf_at_mother)
        grandmother = self.person(self.name(_OLDER_WOMEN), family, Sex.FEMALE, gm_born)
        died = today - self.days(400, 3000) if rng.random() < 0.4 else None
        if died is not None and died < gf_born + timedelta(days=_years(40)):
            died = None
        grandfather = self.person(self.name(_OLDER_MEN), family, Sex.MALE, gf_born, died_on=died)
        # The mother's sister: born to the same parents at ages that fit them too.
        low = max(
            gm_born + timedelta(days=_years(17) + 1), gf_born + timedelta(days=_years(18) + 1)
        )
        high = min(
            gm_born + timedelta(days=_years(40) - 1),
            gf_born + timedelta(days=_years(50) - 1),
            today - timedelta(days=_years(12)),
        )
        aunt_born = low + timedelta(days=rng.randint(0, (high - low).days))
        if abs((aunt_born - mother_born).days) < 300:  # too close to be sisters: move her
            later, earlier = (mother_born + timedelta(days=d) for d in (400, -400))
            aunt_born = later if later <= high else earlier if earlier >= low else mother_born
        aunt = self.person(self.name(_WOMEN), family, Sex.FEMALE, aunt_born)

        # Every man outside the mother's birth family has a family name of his own: none
        # reads as her brother, nor as another family's kin.
        ex_at_sib = _clamp(
            mother_at_sib + rng.randint(-_years(3), _years(12)), _years(18) + 1, _years(50) - 1
        )
        ex_partner = self.person(
            self.name(_MEN),
            shared.surname(),
            Sex.MALE,
            sib_born - timedelta(days=ex_at_sib),
        )
        sib_sex = rng.choice([Sex.MALE, Sex.FEMALE])
        sibling = self.person(
            self.name(_GIRLS if sib_sex is Sex.FEMALE else _BOYS),
            ex_partner.family_name,
            sib_sex,
            sib_born,
            precise=True,
        )
        if rng.random() < 0.5:
            father_at_ref = _clamp(
                mother_at_ref + rng.randint(-_years(3), _years(12)), _years(18) + 1, _years(50) - 1
            )
            father = self.person(
                self.name(_MEN),
                shared.surname(),
                Sex.MALE,
                ref - timedelta(days=father_at_ref),
                identification=Identification.NAMED_NOT_CONFIRMED,
                # Named by the mother only: exactly the fact the review says to check.
                name_evidence=Evidence("Mother", SourceType.SELF_REPORTED),
                birth_evidence=Evidence("Mother", SourceType.SELF_REPORTED),
            )
        else:
            father = self.person(
                "", "", Sex.MALE, None, identification=Identification.NOT_IDENTIFIED
            )
        mother_now = (today - mother_born).days
        partner_born = today - timedelta(
            days=_clamp(mother_now + rng.randint(-_years(4), _years(12)), _years(21), _years(60))
        )
        if rng.random() < 0.75:
            partner = self.person(self.name(_MEN), shared.surname(), Sex.MALE, partner_born)
        else:  # known to professionals by a first name only, on the mother's word
            partner = self.person(
                self.name(_MEN),
                "",
                Sex.MALE,
                None,
                identification=Identification.NAMED_NOT_CONFIRMED,
                name_evidence=Evidence("Mother", SourceType.SELF_REPORTED),
            )
        if unborn:
            child = self.person("Unborn", family, Sex.UNKNOWN, None, expected_on=expected)
        else:
            child_sex = rng.choice([Sex.MALE, Sex.FEMALE])
            child = self.person(
                self.name(_GIRLS if child_sex is Sex.FEMALE else _BOYS),
                family,
                child_sex,
                born,
                precise=True,
                birth_evidence=Evidence(
                    "Birth notification",
                    SourceType.DOCUMENT,
                    Corroboration.CORROBORATED,
                    "Health visitor's records",
                ),
            )
        lodger = None
        if rng.random() < 0.3:
            lodger_born = today - self.days(_years(22), _years(55)) if rng.random() < 0.5 else None
            lodger = self.person(self.name(_MEN), shared.surname(), Sex.MALE, lodger_born)

        # When things happened between the adults.
        # The mother's new partner came into her life after the child was conceived (the
        # "new adult in the home" of so many referrals), and moved in with her later.
        conceived = ref - timedelta(days=280)
        separated = sib_born + self.days(60, gap - 300)
        cohabiting = min(
            max(
                today - self.days(200, 900),
                separated + timedelta(days=120),
                conceived + timedelta(days=120),
            ),
            today - timedelta(days=14),
        )
        met = max(
            cohabiting - self.days(30, 240),
            separated + timedelta(days=30),
            min(conceived + timedelta(days=60), cohabiting),
        )
        youngest = min(gm_at_mother, gf_at_mother)
        married = mother_born - self.days(100, max(101, youngest - _years(18)))
        moved_in = max(today - self.days(200, 3000), mother_born + timedelta(days=_years(17)))

        register = "Birth registration"
        self.relate(
            RelationshipKind.MARRIED, grandfather, grandmother, married, "Marriage certificate"
        )
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, grandmother, mother, None, register)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, grandfather, mother, None, register)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, grandmother, aunt, None, register)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, grandfather, aunt, None, register)
        self.relate(RelationshipKind.SEPARATED, mother, ex_partner, separated)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, mother, sibling, None, register)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, ex_partner, sibling, None, register)
        self.relate(
            RelationshipKind.BIOLOGICAL_PARENT,
            mother,
            child,
            None,
            "Maternity records" if unborn else register,
        )
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, father, child, None)
        self.relate(RelationshipKind.COHABITING, mother, partner, cohabiting)
        self.relate(
            RelationshipKind.SIGNIFICANT_ADULT, partner, child, None, role="mother's partner"
        )
        if lodger:
            self.relate(RelationshipKind.SIGNIFICANT_ADULT, lodger, child, None, role="lodger")

        home = (
            f"{mother.given_names}'s {rng.choice(('flat', 'house'))}, "
            f"{rng.randint(2, 98)} {rng.choice(_STREETS)}"
        )
        for member, since in (
            (mother, moved_in),
            (sibling, max(moved_in, sib_born)),
            (child, max(moved_in, born or conceived)),
            (partner, max(moved_in, cohabiting)),
        ):
            self.data.households.append(HouseholdMembership(member.id, home, since))
        if lodger:
            self.data.households.append(
                HouseholdMembership(lodger.id, home, today - self.days(30, 300))
            )

        if born is not None:
            opened = today - self.days(14, min(720, (today - born).days - 7))
        else:
            opened = today - self.days(14, max(14, (today - conceived).days - 98))
        opened = self.workday(opened)  # a referral is taken on a working day
        open_days = (today - opened).days
        if unborn:
            status = LegalStatus.PRE_BIRTH
        else:
            choices = [LegalStatus.CHILD_IN_NEED] * 4
            if open_days >= 45:
                choices += [LegalStatus.CHILD_PROTECTION_PLAN] * 4
            # Early help is led by the same universal service all along (not a child
            # about to start school, or to move up to secondary).
            school = school_years(born) if born else (_NEVER, _NEVER, _NEVER)
            same_lead = self.early_help_lead(opened.toordinal(), school) == (
                self.early_help_lead(today.toordinal(), school)
            )
            if open_days >= 100 and same_lead:
                choices += [LegalStatus.EARLY_HELP] * 2
            status = rng.choice(choices)

        self.mother, self.child, self.sibling, self.partner = mother, child, sibling, partner
        self.father, self.grandmother, self.ex_partner = father, grandmother, ex_partner
        self.aunt = aunt
        self.opened, self.status = opened, status
        # Each day of the chronology, as ordinals: births, pregnancies, school, and the man
        # in the mother's life at the time (her current partner, the half-sibling's father,
        # the child's father, or a man she would not name).
        self.child_from = born.toordinal() if born else _NEVER
        self.sib_from = sib_born.toordinal()
        self.child_school = school_years(born) if born else (_NEVER, _NEVER, _NEVER)
        self.sib_school = school_years(sib_born)
        self.pregnancies = (
            (conceived.toordinal() + 56, ref.toordinal(), conceived.toordinal()),
            (sib_born.toordinal() - 224, sib_born.toordinal(), sib_born.toordinal() - 280),
        )
        self.met_from = met.toordinal()
        self.separated_from = separated.toordinal()
        self.partner_home_from = max(moved_in, cohabiting).toordinal()
        self.father_known = father.identification is not Identification.NOT_IDENTIFIED
        history_start = max(ref - self.days(900, 1800), mother_born + timedelta(days=_years(16)))
        episode = self.earlier_episode(history_start)
        # Days an entry known only to the month must not be moved back across (its first day
        # would put it before a birth, a pregnancy, the case, a relationship or an age).
        self.month_bounds = (
            *(self.child_from + age for age in (0, 183, 365, _TALKS, _FIVE, _OLDER)),
            *(self.sib_from + age for age in (183, 365, _TALKS, _FIVE, _OLDER)),
            *self.child_school,
            *self.sib_school,
            self.child_from,
            self.sib_from,
            self.met_from,
            self.separated_from,
            opened.toordinal(),
            *(episode or ()),
            self.partner_home_from,
            *(start for start, *_rest in self.pregnancies),
            *(conceived + 70 for *_rest, conceived in self.pregnancies),
        )
        self.decide_probation()

        referrer = self.referrer(born)
        self.team = self.add_team(referrer, born, sib_born, ref)
        child_words = child.given_names if born else f"{mother.given_names}'s unborn baby"
        self.data.cases.append(
            Case(
                self.case_id,
                f"DEMO-{self.number:04d}",
                child.id,
                status,
                f"FICTIONAL DEMONSTRATION CASE. {referrer[1]} ({referrer[0]}) reported concerns "
                f"about {child_words}'s care and about an adult in the household.",
                opened,
                self.lead.name,
            )
        )
        self.data.case_people[self.case_id] = list(self.members)
        self.formats = self.make_formats()
        timeline = self.timeline(referrer, episode, max(12, entry_count // 2))
        add_entries(self, entry_count, timeline, history_start)
        attempts = add_attempts(self)
        add_concerns(self)
        add_sharing(self)
        add_actions(self, attempts)
        add_ecomap(self, grandmother, mother, ex_partner, partner, child, separated, cohabiting)
        add_deadlines(self, Timescales(_pack(), self.calendar))

    def earlier_episode(self, history_start: date) -> tuple[int, int] | None:
        """An earlier episode of social care (most families have one): from a referral to
        the assessment that closed it, a few months to two years before this one."""
        if self.rng.random() < 0.2:
            return None
        closed = self.workday(self.opened - self.days(120, 700))
        began = self.workday(closed - self.days(30, 120))
        if began < history_start or began >= closed:
            return None
        return began.toordinal(), closed.toordinal()

    def decide_probation(self) -> None:
        """A quarter of families have a man on probation: the partner (when his name is
        known) or the half-sibling's father; the record says so."""
        rng = self.rng
        if rng.random() >= 0.25:
            return
        partner_known = self.partner.identification is Identification.IDENTIFIED
        man = self.partner if partner_known and rng.random() < 0.6 else self.ex_partner
        low = self.met_from if man is self.partner else self.separated_from
        since = self.today - self.days(60, 700)
        if since.toordinal() < low:
            since = date.fromordinal(low) + self.days(1, 30)
        since = self.workday(since)
        note = f"On probation (Probation Service, Northvale) since {since:%b %Y}."
        people = self.data.people
        index = next(i for i in range(len(people) - 1, -1, -1) if people[i] is man)
        self.data.people[index] = replace(man, notes=note)
        if man is self.partner:
            self.partner = self.data.people[index]
        else:
            self.ex_partner = self.data.people[index]
        self.probation = (self.data.people[index], since)

    # Ages, school and who is involved on a day

    def school_of(self, sibling: bool, day: int) -> str:
        """The school the child (or the half-sibling) goes to on ``day``."""
        _reception, secondary, leaves = self.sib_school if sibling else self.child_school
        if day < secondary:
            return PRIMARY[1]
        return SECONDARY[1] if day < leaves else COLLEGE

    def settings_on(
        self, day: int, child_only: bool = False, holidays: bool = False
    ) -> tuple[bool, bool, bool, bool, bool, bool]:
        """Where the children (or only the child) are on ``day``: under five (the health
        visitor), at nursery, at primary school, at secondary school (in term time, unless
        ``holidays``); and whether the mother is pregnant (the midwife) and whether a man
        of the family is on probation."""
        under_five = nursery = primary = secondary = False
        children = [(self.child_from, self.child_school)]
        if not child_only:
            children.append((self.sib_from, self.sib_school))
        term = holidays or in_term(date.fromordinal(day))
        for born, (reception, second, leaves) in children:
            age = day - born
            if 0 <= age < _FIVE:
                under_five = True
            if not term:
                continue
            if age >= _TALKS and day < reception:
                nursery = True
            elif reception <= day < second:
                primary = True
            elif second <= day < leaves:
                secondary = True
        probation = self.probation is not None and day >= self.probation[1].toordinal()
        return under_five, nursery, primary, secondary, self.pregnancy_at(day) > 0, probation

    def agencies_on(self, day: int, child_only: bool = False) -> list[str]:
        """The agencies of the team that work with the family (or with the child) on
        ``day``: the health visitor only while a child is under five, a school while a
        child goes there ..."""
        key = self.settings_on(day, child_only)
        found = self._agencies.get(key)
        if found is None:
            under_five, nursery, primary, secondary, pregnant, probation = key
            fits = {
                HEALTH_VISITING: under_five,
                NURSERY: nursery,
                PRIMARY: primary,
                SECONDARY: secondary,
                MATERNITY: pregnant,
                PROBATION: probation,
                SCHOOL_NURSING: primary or secondary,
            }
            found = [
                m.agency
                for m in self.team
                if (m.role, m.agency) != _SOCIAL_CARE and fits.get((m.role, m.agency), True)
            ] or [GP[1]]
            self._agencies[key] = found
        return found

    def health_source(self, line: _Line, day: int, pick: float) -> str:
        """Who in health records ``line`` on ``day``: the health visitor or the GP for a
        child under five, the GP or the school nurse for a child at school; for the mother,
        the GP (or the health visitor while a child of hers is under five)."""
        ages: tuple[int, ...]
        if "child" in line.roles:
            ages = (day - self.child_from,)
        elif "sibling" in line.roles:
            ages = (day - self.sib_from,)
        else:
            ages = (day - self.child_from, day - self.sib_from)
        if any(0 <= age < _FIVE for age in ages):
            return HEALTH_VISITING[1] if pick < 0.6 else GP[1]
        if len(ages) == 1 and pick < 0.4:
            return SCHOOL_NURSING[1]
        return GP[1]

    # The case: who referred, the team, the timeline

    def referrer(self, born: date | None) -> tuple[str, str]:
        """Who referred the child: the midwife before birth, health for a baby, the school
        or nursery (or the police) for a child there."""
        if born is None:
            return MATERNITY
        day = self.opened.toordinal()
        age = day - self.child_from
        if age < 365:
            return self.rng.choice([HEALTH_VISITING, GP])
        term = in_term(self.opened)
        if day >= self.child_school[0]:
            school = PRIMARY if day < self.child_school[1] else SECONDARY
            return self.rng.choice([school, GP, POLICE] if term else [GP, POLICE])
        if age >= _TALKS:
            return self.rng.choice([NURSERY, HEALTH_VISITING, POLICE] if term else [POLICE])
        return self.rng.choice([HEALTH_VISITING, GP, POLICE])

    def add_team(
        self, referrer: tuple[str, str], born: date | None, sib_born: date, ref: date
    ) -> list[Professional]:
        """The team around the family: social care, the referrer, whoever a family like this
        one always has (the school or nursery a child goes to, the health visitor while a
        child is under five, the midwife in pregnancy, probation for a man on probation),
        and a few others. The lead is the allocated social worker, or in early help someone
        from a universal service (the health visitor, the school)."""
        rng, today = self.rng, self.today
        now = today.toordinal()
        under_five, nursery, primary, secondary, _pregnant, _probation = self.settings_on(
            now, holidays=True
        )
        wanted = [_SOCIAL_CARE, referrer]
        if nursery:
            wanted.append(NURSERY)
        if primary:
            wanted.append(PRIMARY)
        if secondary:
            wanted.append(SECONDARY)
        if under_five:
            wanted.append(HEALTH_VISITING)
        if born is None or (today - born).days <= 28:
            wanted.append(MATERNITY)
        if self.probation is not None:
            wanted.append(PROBATION)
        if (primary or secondary) and rng.random() < 0.25:
            wanted.append(SCHOOL_NURSING)
        if self.status is LegalStatus.EARLY_HELP:
            lead_agency = self.early_help_lead(now, self.child_school)
            wanted.append(lead_agency)
        else:
            lead_agency = _SOCIAL_CARE
        chosen = list(dict.fromkeys(wanted))
        others = [a for a in _ANYONE if a not in chosen]
        chosen += rng.sample(others, k=max(0, min(len(others), rng.randint(4, 7) - len(chosen))))
        team = []
        for role, agency in chosen:
            since = self.opened - self.days(0, 400)
            involved_to = None
            if (role, agency) == MATERNITY:
                since = max(since, ref - timedelta(days=250))
            elif (role, agency) == HEALTH_VISITING:
                since = max(since, (born or sib_born) + timedelta(days=10))
            elif (role, agency) in (PRIMARY, SECONDARY, NURSERY):
                ages = {PRIMARY: 0, SECONDARY: 1}
                if (role, agency) == NURSERY:
                    starts = [d + _TALKS for d in (self.child_from, self.sib_from)]
                else:
                    starts = [
                        school[ages[(role, agency)]]
                        for school in (self.child_school, self.sib_school)
                    ]
                first = min(s for s in starts if s <= now)
                since = max(since, date.fromordinal(first))
            elif (role, agency) == PROBATION and self.probation is not None:
                since = self.probation[1]
            if (role, agency) == _SOCIAL_CARE:
                since = self.opened
                name = WORKER  # the allocated worker: the user of the demo's case file
            else:
                name = rng.choice(self.shared.staff[agency])
            # As many given as the old tick box had ticked (the same draws), by the mother
            # when the professional became involved.
            given = rng.random() < 0.7
            team.append(
                Professional(
                    ProfessionalId(self.ids.next("t")),
                    self.case_id,
                    name,
                    agency,
                    role,
                    min(since, today),
                    involved_to,
                    lead=(role, agency) == lead_agency,
                    consent=ConsentState.GIVEN if given else ConsentState.NOT_YET_ASKED,
                    consent_by=f"{self.mother.display_name} (mother)" if given else "",
                    consent_on=min(since, today) if given else None,
                )
            )
        self.lead = next(m for m in team if m.lead)
        self.data.professionals.extend(team)
        return team

    @staticmethod
    def early_help_lead(day: int, school: tuple[int, int, int]) -> tuple[str, str]:
        """Early help is led by a universal service: the child's school, or before it the
        health visitor."""
        if day < school[0]:
            return HEALTH_VISITING
        return PRIMARY if day < school[1] else SECONDARY

    def make_formats(self) -> list[dict[str, str]]:
        """The names an entry's text is filled with, one set for each man it may name."""
        mother, partner = self.mother, self.partner
        tastes = self.stream("tastes")
        base = {
            "child": self.child.given_names,
            "mother": mother.given_names,
            "mother_full": mother.display_name,
            "sibling": self.sibling.given_names,
            "partner": partner.given_names,
            "partner_full": partner.display_name,
            "father_full": self.father.display_name,
            "grandmother_full": self.grandmother.display_name,
            "gran": self.grandmother.given_names,
            "food": tastes.choice(_FOODS),
            "pastime": tastes.choice(_PASTIMES),
            "lead": f"{self.lead.name} ({self.lead.agency})",
            "agency": "",
            "weeks": "",
            "since": "since the birth" if self.child.birth else "since he heard of the baby",
        }
        men = (partner, self.ex_partner, self.father)
        named = [dict(base, man=man.given_names, man_full=man.display_name) for man in men]
        return [*named, dict(base, man="a man she would not name", man_full="")]

    # The chronology

    def man_at(self, day: int) -> int:
        """Which man an entry on ``day`` can mean: 0 the partner, 1 the half-sibling's
        father, 2 the child's father (if named), 3 none the record can name."""
        if day >= self.met_from:
            return 0
        if day < self.separated_from:
            return 1
        return 2 if self.father_known else 3

    def pregnancy_at(self, day: int) -> int:
        """The day the mother conceived, if ``day`` falls in a pregnancy after its first
        eight weeks (when it is known and antenatal care has begun); 0 otherwise."""
        for low, high, conceived in self.pregnancies:
            if low <= day < high:
                return conceived
        return 0

    def pregnancy_stage(self, day: int, conceived: int) -> int:
        """Not pregnant (or not yet known), booking (8 to 12 weeks) or later."""
        if not conceived:
            return NOT_PREGNANT
        return BOOKING if day - conceived < 91 else ANTENATAL

    def stages(self, day: int) -> tuple[int, int, int, bool]:
        """What a line or an action needs of ``day`` (see ``phrases._fits``): the child's
        stage (at school from the September after the fourth birthday), the half-sibling's
        (at school or not), the pregnancy's, and whether the man then can be named."""
        child_age, sib_age = day - self.child_from, day - self.sib_from
        if child_age < 0:
            child = -1
        elif child_age < _TALKS:
            child = 0
        elif day < self.child_school[0]:
            child = _TALKS
        else:
            child = _SCHOOL if child_age < _OLDER else _OLDER
        reception, _second, leaves = self.sib_school
        sibling = -1 if sib_age < 0 else _SCHOOL if reception <= day < leaves else 0
        pregnant = self.pregnancy_stage(day, self.pregnancy_at(day))
        return child, sibling, pregnant, self.man_at(day) != 3

    def referral_text(self, agency: str, role: str) -> str:
        """What the referral that opened the case said, in the referrer's terms."""
        who = f"Referral from {agency} ({role})"
        fmt = self.formats[0]
        day = self.opened.toordinal()
        if self.child.birth is None:
            weeks = (day - self.pregnancies[0][2]) // 7
            return (
                f"{who}: {fmt['mother']} is {weeks} weeks pregnant; domestic abuse by a "
                "previous partner, and a new adult in the home."
            )
        child = fmt["child"]
        if role == "Police officer":
            return f"{who}: called to a domestic abuse incident at the home; {child} was there."
        if role == "Designated safeguarding lead":
            return f"{who}: {child} came to school hungry and said there is shouting at home."
        if role == "Nursery manager":
            return f"{who}: {child} came to nursery hungry and said there is shouting at home."
        if day - self.child_from < 365:
            return f"{who}: bruise seen on {child}'s ear at a routine check."
        return f"{who}: {child} seen with a bruise on the forehead; the explanation changed."

    def earlier_referral(self, day: int) -> tuple[str, str, tuple[PersonId, ...]]:
        """What the referral that opened the earlier episode said, who made it, and about
        whom."""
        fmt, mother = self.formats[self.man_at(day)], self.mother.id
        conceived = self.pregnancy_at(day)
        if conceived:
            weeks = (day - conceived) // 7
            about = (self.child.id, mother) if conceived == self.pregnancies[0][2] else (mother,)
            return (
                f"Referral from {MATERNITY[1]} (midwife): {fmt['mother']} is {weeks} weeks "
                "pregnant and has missed her antenatal appointments.",
                MATERNITY[1],
                about,
            )
        for sibling, person in ((False, self.child), (True, self.sibling)):
            reception, _second, leaves = self.sib_school if sibling else self.child_school
            if reception <= day < leaves and in_term(date.fromordinal(day)):
                school = self.school_of(sibling, day)
                return (
                    f"Referral from {school} (designated safeguarding lead): "
                    f"{person.given_names} came to school hungry and unkempt.",
                    school,
                    (person.id, mother),
                )
        if any(0 <= day - born < _FIVE for born in (self.child_from, self.sib_from)):
            return (
                f"Referral from {HEALTH_VISITING[1]} (health visitor): home conditions poor at "
                f"a routine visit; {fmt['mother']} low in mood.",
                HEALTH_VISITING[1],
                (mother,),
            )
        return (
            f"Referral from {POLICE[1]} (police officer): called to an argument at the home; "
            "nobody hurt.",
            POLICE[1],
            (mother,),
        )

    def timeline(
        self, referrer: tuple[str, str], earlier: tuple[int, int] | None, budget: int
    ) -> list[_Event]:
        """The case's fixed points since the referral (and of an earlier episode), dated so
        that the rule pack's timescales are met as a believable case meets them (a visit or
        a review conference late on some cases), in working days with the region's bank
        holidays; at most about ``budget`` of them (the most recent visits kept)."""
        rng, today, opened, status = self.rng, self.today, self.opened, self.status
        add, work = self.add_working, self.workday
        rules, cal = _pack(), self.calendar
        role, agency = referrer
        bruise_on_baby = self.opened.toordinal() - self.child_from < 183
        decision = rules.rule("referral-decision")
        events = [
            _Event(
                opened,
                Category.REFERRAL,
                self.referral_text(agency, role),
                3 if bruise_on_baby and role in ("GP", "Health visitor") else 2,
                source=agency,
                people=(self.child.id, self.mother.id),
            ),
            _Event(
                # Within a working day of the referral (the same day, mostly).
                shift(opened, int(rng.random() < 0.3) * decision.amount, decision.unit, cal),
                Category.REFERRAL_DECISION,
                rng.choice(_REFERRAL_DECISION),
                1,
            ),
            _Event(
                # The start of the assessment is not its completion: not an "assessment".
                work(add(opened, rng.randint(1, 3))),
                Category.OTHER,
                # The assessment a pre-birth case has is a pre-birth assessment.
                PRE_BIRTH_STARTED if status is LegalStatus.PRE_BIRTH else ASSESSMENT_STARTED,
                1,
            ),
        ]
        if earlier is not None:
            began, closed = earlier
            text, source, about = self.earlier_referral(began)
            events.append(
                _Event(date.fromordinal(began), Category.REFERRAL, text, 1, source, about)
            )
            fmt = self.formats[self.man_at(closed)]
            about = (self.child.id, self.mother.id) if closed >= self.child_from else ()
            events.append(
                _Event(
                    date.fromordinal(closed),
                    Category.ASSESSMENT,
                    rng.choice(_EARLIER_CLOSED).format_map(fmt),
                    1,
                    people=about or (self.mother.id,),
                )
            )
        # The assessment: mostly on time, sometimes late, sometimes still running (overdue
        # only on a case opened recently: none runs on for months unnoticed).
        assessment = rules.rule("assessment")
        limit = assessment.amount
        r = rng.random()
        done: date | None
        if status is LegalStatus.EARLY_HELP:
            done = add(opened, rng.randint(25, limit) if r < 0.8 else rng.randint(limit + 1, 60))
        elif r < 0.8:
            done = add(opened, rng.randint(15, limit))
        elif r < 0.9:
            done = add(opened, rng.randint(limit + 1, limit + 20))
        else:
            done = None
        expected = self.child.expected_on if self.child.is_unborn else None
        if status is LegalStatus.PRE_BIRTH and expected is not None and done is not None:
            # Completed by the pre-birth rule's date, when the referral came in time for it.
            rule = rules.rule("pre-birth-assessment")
            by = back(expected, rule.amount, rule.unit, cal)
            if by >= add(opened, 10):
                done = min(done, work(by, opened, by))
        if done is not None and done > today:
            done = None
        if done is None and add(opened, limit + 25) < today:
            done = add(opened, rng.randint(limit + 1, limit + 20))
        held = None
        if status in (LegalStatus.CHILD_PROTECTION_PLAN, LegalStatus.PRE_BIRTH) or (
            status is not LegalStatus.EARLY_HELP and rng.random() < 0.5
        ):
            strategy = add(opened, rng.randint(0, 2))
            events.append(
                _Event(
                    strategy,
                    Category.STRATEGY_DISCUSSION,
                    "Strategy discussion with police and health: section 47 enquiry agreed.",
                    2,
                )
            )
            initial = rules.rule("initial-conference")
            within = initial.amount
            if rng.random() < 0.85:
                held = shift(strategy, rng.randint(within // 2, within), initial.unit, cal)
            else:
                held = shift(strategy, rng.randint(within + 1, within + 6), initial.unit, cal)
            if status is LegalStatus.PRE_BIRTH and expected is not None:
                rule = rules.rule("pre-birth-conference")
                by = back(expected, rule.amount, rule.unit, cal)
                if by > add(strategy, 3):
                    held = min(held, work(by, strategy, by))
            if held > today:
                held = None
        if held is not None:
            events.append(_Event(held, Category.CONFERENCE, _CONFERENCE_OUTCOME[status], 2))
            if status is LegalStatus.CHILD_PROTECTION_PLAN:
                self.plan_from = held.toordinal()
                events += self.plan_meetings(held, rules)
        fmt = self.formats[0]
        if done is not None:
            text = _ASSESSMENT_OUTCOME[status].format_map(fmt)
            events.append(_Event(done, Category.ASSESSMENT, text, 1))
        # Social care's part: to today, or in early help to the step-down.
        ends = done if status is LegalStatus.EARLY_HELP and done is not None else today
        self.episodes = [
            *([earlier] if earlier else []),
            (opened.toordinal(), self.workday(ends).toordinal()),
        ]
        if ends < today:
            self.step_down(ends, events)
        supervision = add(opened, rng.randint(5, 15))
        if supervision <= ends:
            events.append(
                _Event(
                    supervision,
                    Category.SUPERVISION,
                    "Case discussed in supervision; plan and timescales agreed.",
                    0,
                )
            )
            # Recorded by hand (no rule works it out, so ``casedesk due`` shows it once):
            # the manager's first look at the case, met by that supervision.
            self.data.deadlines.append(
                Deadline(
                    self.case_id,
                    "Case discussed in supervision",
                    opened,
                    add(opened, _SUPERVISION_WITHIN),
                    supervision,
                )
            )
        if self.probation is not None:
            man, since = self.probation
            text = rng.choice(_PROBATION_ORDER).format_map(
                self.formats[0] | {"man_full": man.display_name}
            )
            source = "Northvale Magistrates' Court" if "court" in text else PROBATION[1]
            category = Category.COURT if "court" in text else Category.OTHER
            events.append(_Event(since, category, text, 1, source, (man.id,)))
        if status is not LegalStatus.EARLY_HELP:
            events += self.statutory_visits(rules, max(4, budget - len(events)))
        return events

    def plan_meetings(self, held: date, rules: RulePack) -> list[_Event]:
        """On a child protection plan: the first core group within its timescale, then one
        about monthly; review conferences by the rule (one held late on some cases)."""
        rng, today, cal = self.rng, self.today, self.calendar
        found: list[_Event] = []
        core = rules.rule("first-core-group")
        day = shift(held, rng.randint(max(1, core.amount // 2), core.amount), core.unit, cal)
        while day <= today:
            text = _FIRST_CORE_GROUP if not found else rng.choice(_CORE_GROUP)
            found.append(_Event(day, Category.CORE_GROUP, text, 1))
            day = self.by(shift(day, 1, Unit.MONTHS, cal) + self.days(-4, 4), day)
        review = rules.rule("review-conference")
        late = rng.random() < 0.2  # one review held late, on some cases
        due = shift(held, review.amount, review.unit, cal)
        while True:
            day = self.by(due - self.days(0, 12), held)
            if late and rng.random() < 0.5:
                late, day = False, self.add_working(due, rng.randint(3, 12))
            if day > today:
                break
            found.append(_Event(day, Category.CONFERENCE, rng.choice(_REVIEW_CONFERENCE), 2))
            due = shift(day, review.then_every, review.then_unit or review.unit, cal)
        return found

    def statutory_visits(self, rules: RulePack, budget: int) -> list[_Event]:
        """Home visits that see the child at the interval the pack sets for the case's
        status, from the start to today (the most recent ``budget`` of them); one case in
        three visited has its last visit overdue (the runs of no access that follow it). Without
        such a rule (a pre-birth case), the last two visits."""
        rng, today, cal = self.rng, self.today, self.calendar
        rule = next(
            (
                r
                for r in rules.rules
                if r.met_by == "home visit" and r.while_status == self.status.value
            ),
            None,
        )
        days: list[date] = []
        if rule is None:
            last = self.workday(max(today - self.days(1, 30), self.opened))
            previous = self.workday(last - self.days(8, 20))
            days = [previous, last] if previous >= self.opened else [last]
        else:
            every, unit = rule.then_every or rule.amount, rule.then_unit or rule.unit
            day = self.workday(self.add_working(self.opened, rng.randint(1, 4)))
            while day <= today:
                days.append(day)
                day = self.by(
                    shift(day, rng.randint(max(1, every * 2 // 3), every), unit, cal), day
                )
            self.shared.visited += 1
            if self.shared.visited % 3 == 1:
                # A visit overdue (on the first case of every three visited): nobody has
                # seen the child since the last one.
                while len(days) > 1 and shift(days[-1], every, unit, cal) >= today:
                    days.pop()
            days = days[-budget:]
            self.visits_from = days[0].toordinal()
        self.last_visit = days[-1].toordinal()
        return [_Event(day, Category.HOME_VISIT, "", 1, seen=True) for day in days]

    def step_down(self, ends: date, events: list[_Event]) -> None:
        """Early help: social care's involvement ends with the assessment, and the lead
        professional holds reviews with the family every six weeks or so."""
        team = self.data.professionals
        index = next(i for i in range(len(team) - 1, -1, -1) if team[i] is self.team[0])
        ended = replace(self.team[0], involved_to=ends)
        self.data.professionals[index] = self.team[0] = ended
        text = _EARLY_HELP_MEETING.format_map(self.formats[0])
        review = self.add_working(ends, self.rng.randint(15, 25))
        school = (self.lead.role, self.lead.agency) in (PRIMARY, SECONDARY)
        for _ in range(3):
            if school and not in_term(review):  # a school holds it at the start of term
                review = self.shared.on(date(review.year, 9, 4), review, date.max)
            if review > self.today:
                break
            events.append(_Event(review, Category.CONFERENCE, text, 1, source=self.lead.agency))
            review = self.add_working(review, self.rng.randint(25, 35))

    def people_of(
        self, line: _Line, man: PersonId | None, unborn_child: bool
    ) -> tuple[PersonId, ...]:
        """Who an entry saying ``line`` is about (the mother when it names nobody)."""
        ids = {
            "child": self.child.id,
            "mother": self.mother.id,
            "sibling": self.sibling.id,
            "man": man,
        }
        found = [ids[role] for role in line.roles if ids[role]]
        if unborn_child and self.child.id not in found:
            found.insert(0, self.child.id)
        return tuple(p for p in found if p) or (self.mother.id,)
