"""One fictional family: its people and links, its case, its team and its timeline."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.evidence import Corroboration, Evidence, SourceType
from casedesk.domain.ids import CaseId, PersonId, ProfessionalId, RelationshipId
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.relationships import (
    HouseholdMembership,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.team import Professional
from casedesk.domain.timescales import Deadline
from casedesk.domain.working_days import WorkingCalendar
from casedesk.services.synthetic.data import SyntheticData, _Ids
from casedesk.services.synthetic.entries import add_entries
from casedesk.services.synthetic.phrases import (
    _AGENCIES,
    _ASSESSMENT_OUTCOME,
    _BOYS,
    _CONFERENCE_OUTCOME,
    _FAMILY,
    _GIRLS,
    _MEN,
    _OLDER,
    _OLDER_MEN,
    _OLDER_WOMEN,
    _SCHOOL,
    _SOCIAL_CARE,
    _SPECIALISTS,
    _STREETS,
    _TALKS,
    _WOMEN,
    TIMESCALES,
    WORKER,
    _clamp,
    _Line,
    _years,
)
from casedesk.services.synthetic.records import (
    add_actions,
    add_attempts,
    add_concerns,
    add_ecomap,
    add_sharing,
)


@dataclass
class _Event:
    """A fixed point of the case's timeline (referral, strategy discussion, visit ...)."""

    on: date
    category: Category
    text: str  # empty for a visit: what the visit found is drawn like any other visit's
    significance: int


class Family:
    """Builds one fictional family, its case and everything recorded about it."""

    mother: Person
    child: Person
    sibling: Person
    partner: Person
    father: Person
    grandmother: Person
    ex_partner: Person
    opened: date
    status: LegalStatus
    team: list[Professional]
    formats: list[dict[str, str]]
    child_from: int
    sib_from: int
    pregnancies: tuple[tuple[int, int, int], ...]
    met_from: int
    separated_from: int
    partner_home_from: int
    father_known: bool

    def __init__(
        self,
        rng: random.Random,
        ids: _Ids,
        data: SyntheticData,
        number: int,
        as_of: date,
        calendar: WorkingCalendar,
    ) -> None:
        self.rng, self.ids, self.data, self.number = rng, ids, data, number
        self.today, self.calendar = as_of, calendar
        self.case_id = CaseId(ids.next("c"))
        self.members: list[PersonId] = []
        self.significant: list[ChronologyEntry] = []  # entries that ask who needs to know
        self.meetings: list[ChronologyEntry] = []  # where actions could have been agreed
        self.used: set[str] = set()  # given names in the family: no two people share one

    def stream(self, purpose: str) -> random.Random:
        """A random stream of the case's own for one part of it, so that changing how one
        part is made leaves every other part (and the tests relying on it) as it was."""
        return random.Random(f"{self.ids.seed}-{self.number}-{purpose}")

    # People and their links

    def name(self, names: tuple[str, ...]) -> str:
        """A given name from ``names`` that nobody else in the family has."""
        free = [n for n in names if n not in self.used]
        chosen = self.rng.choice(free)
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
        rng, today = self.rng, self.today
        family = rng.choice(_FAMILY)
        unborn = rng.random() < 0.15
        if unborn:
            expected: date | None = today + self.days(20, 150)
            born: date | None = None
            ref = expected
        else:
            expected = None
            born = today - timedelta(days=40 + int((_years(14) - 40) * rng.random() ** 1.7))
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

        ex_at_sib = _clamp(
            mother_at_sib + rng.randint(-_years(3), _years(12)), _years(18) + 1, _years(50) - 1
        )
        ex_partner = self.person(
            self.name(_MEN),
            rng.choice(_FAMILY),
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
                rng.choice(_FAMILY),
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
            partner = self.person(self.name(_MEN), rng.choice(_FAMILY), Sex.MALE, partner_born)
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
            lodger = self.person(self.name(_MEN), rng.choice(_FAMILY), Sex.MALE, lodger_born)

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
        open_days = (today - opened).days
        if unborn:
            status = LegalStatus.PRE_BIRTH
        else:
            choices = [LegalStatus.CHILD_IN_NEED] * 4
            if open_days >= 45:
                choices += [LegalStatus.CHILD_PROTECTION_PLAN] * 4
            if open_days >= 100:
                choices += [LegalStatus.EARLY_HELP] * 2
            status = rng.choice(choices)

        self.mother, self.child, self.sibling, self.partner = mother, child, sibling, partner
        self.father, self.grandmother, self.ex_partner = father, grandmother, ex_partner
        self.opened, self.status = opened, status
        # Each day of the chronology, as ordinals: births, pregnancies, and the man in the
        # mother's life at the time (her current partner, the half-sibling's father, the
        # child's father, or a man she would not name).
        self.child_from = born.toordinal() if born else date.max.toordinal()
        self.sib_from = sib_born.toordinal()
        self.pregnancies = (
            (conceived.toordinal() + 56, ref.toordinal(), conceived.toordinal()),
            (sib_born.toordinal() - 224, sib_born.toordinal(), sib_born.toordinal() - 280),
        )
        self.met_from = met.toordinal()
        self.separated_from = separated.toordinal()
        self.partner_home_from = max(moved_in, cohabiting).toordinal()
        # Days an entry known only to the month must not be moved back across (its first day
        # would put it before a birth, a pregnancy, the case, a relationship or an age).
        self.month_bounds = (
            *(self.child_from + age for age in (0, _TALKS, _SCHOOL, _OLDER)),
            *(self.sib_from + age for age in (_TALKS, _SCHOOL, _OLDER)),
            self.child_from,
            self.sib_from,
            self.met_from,
            self.separated_from,
            opened.toordinal(),
            self.partner_home_from,
            *(start for start, *_rest in self.pregnancies),
        )
        self.partner_home_from = max(moved_in, cohabiting).toordinal()
        self.father_known = father.identification is not Identification.NOT_IDENTIFIED

        agency_role, agency = self.referrer(born)
        child_words = child.given_names if born else f"{mother.given_names}'s unborn baby"
        self.data.cases.append(
            Case(
                self.case_id,
                f"DEMO-{self.number:04d}",
                child.id,
                status,
                f"FICTIONAL DEMONSTRATION CASE. {agency} ({agency_role}) reported concerns "
                f"about {child_words}'s care and about an adult in the household.",
                opened,
                WORKER,
            )
        )
        self.data.case_people[self.case_id] = list(self.members)
        self.team = self.add_team((agency_role, agency), born, sib_born, ref)
        self.formats = self.make_formats()
        history_start = max(ref - self.days(900, 1800), mother_born + timedelta(days=_years(16)))
        timeline = self.timeline(agency, agency_role)
        add_entries(self, entry_count, timeline, history_start)
        attempts = add_attempts(
            self,
        )
        add_concerns(
            self,
        )
        add_sharing(
            self,
        )
        add_actions(self, attempts)
        add_ecomap(self, grandmother, mother, ex_partner, partner, child, separated, cohabiting)

    def referrer(self, born: date | None) -> tuple[str, str]:
        """Who referred the child: the midwife before birth, health for a baby, the school
        (or the police) for a child at school."""
        if born is None:
            return _AGENCIES[1]
        age = (self.opened - born).days
        if age < 365:
            return self.rng.choice([_AGENCIES[0], _AGENCIES[2]])
        if age >= _SCHOOL:
            return self.rng.choice([_AGENCIES[7], _AGENCIES[2], _AGENCIES[4]])
        return self.rng.choice([_AGENCIES[0], _AGENCIES[2], _AGENCIES[4]])

    def add_team(
        self, referrer: tuple[str, str], born: date | None, sib_born: date, ref: date
    ) -> list[Professional]:
        """The team around the family: social care (the lead), the referrer, whoever a
        family like this one always has (the school, the health visitor, the midwife), and
        a few others."""
        rng, today = self.rng, self.today
        youngest = born or ref
        wanted = [_SOCIAL_CARE, referrer]
        if (today - sib_born).days >= _SCHOOL:
            wanted.append(_AGENCIES[7])  # the school
        if (today - youngest).days < _years(5):
            wanted.append(_AGENCIES[0])  # the health visitor
        if born is None or (today - born).days <= 28:
            wanted.append(_AGENCIES[1])  # the midwife
        chosen = list(dict.fromkeys(wanted))
        others = [a for a in _AGENCIES if a not in chosen and a[0] not in _SPECIALISTS]
        chosen += rng.sample(others, k=max(0, rng.randint(4, 7) - len(chosen)))
        # Nobody in the team shares a name with the family (a reader would think them kin).
        names = [n for n in _WOMEN + _MEN if n not in self.used]
        family = {p.family_name for p in self.data.people[-len(self.members) :]}
        surnames = [n for n in _FAMILY if n not in family]
        team = []
        for role, agency in chosen:
            since = self.opened - self.days(0, 400)
            if role == "Midwife":
                since = max(since, ref - timedelta(days=250))
            elif role == "Health visitor":
                since = max(since, (born or sib_born) + timedelta(days=10))
            elif role == "Designated safeguarding lead":
                since = max(since, sib_born + timedelta(days=_SCHOOL))
            if (role, agency) == _SOCIAL_CARE:
                since = self.opened
            team.append(
                Professional(
                    ProfessionalId(self.ids.next("t")),
                    self.case_id,
                    f"{rng.choice(names)} {rng.choice(surnames)}",
                    agency,
                    role,
                    min(since, today),
                    consent_to_share=rng.random() < 0.7,
                    lead=(role, agency) == _SOCIAL_CARE,
                )
            )
        self.data.professionals.extend(team)
        return team

    def make_formats(self) -> list[dict[str, str]]:
        """The names an entry's text is filled with, one set for each man it may name."""
        mother, partner = self.mother, self.partner
        base = {
            "child": self.child.given_names,
            "mother": mother.given_names,
            "mother_full": mother.display_name,
            "sibling": self.sibling.given_names,
            "partner": partner.given_names,
            "partner_full": partner.display_name,
            "father_full": self.father.display_name,
            "grandmother_full": self.grandmother.display_name,
            "agency": "",
            "weeks": "",
            "since": "since the birth" if self.child.birth else "since he heard of the baby",
        }
        men = (partner, self.ex_partner, self.father)
        named = [dict(base, man=man.given_names) for man in men]
        return [*named, dict(base, man="a man she would not name")]

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
        if day - self.child_from < 365:
            return f"{who}: bruise seen on {child}'s ear at a routine check."
        return f"{who}: {child} seen with a bruise on the forehead; the explanation changed."

    def deadline(self, name: str, started: date, met: date | None) -> Deadline:
        """A timescale of ``TIMESCALES`` from ``started``, counted in working days."""
        due = self.calendar.add_working_days(started, TIMESCALES[name])
        return Deadline(self.case_id, name, started, due, met)

    def timeline(self, agency: str, agency_role: str) -> list[_Event]:
        """The case's fixed points since the referral, and the deadlines they set, counted in
        working days with the region's bank holidays."""
        rng, today, opened, status = self.rng, self.today, self.opened, self.status
        add = self.calendar.add_working_days
        deadlines = self.data.deadlines
        events = [
            _Event(opened, Category.REFERRAL, self.referral_text(agency, agency_role), 2),
            _Event(
                min(add(opened, rng.randint(1, 3)), today),
                Category.ASSESSMENT,
                "Child and family assessment started.",
                1,
            ),
        ]
        r = rng.random()
        done: date | None
        if status is LegalStatus.EARLY_HELP:
            done = add(opened, rng.randint(25, 45) if r < 0.7 else rng.randint(46, 60))
        elif r < 0.55:
            done = add(opened, rng.randint(15, 45))
        elif r < 0.75:
            done = add(opened, rng.randint(46, 65))
        else:
            done = None
        if done is not None and done > today:
            done = None
        deadlines.append(self.deadline("Child and family assessment", opened, done))
        held = None
        if status is LegalStatus.CHILD_PROTECTION_PLAN or (
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
            r = rng.random()
            if r < 0.7:
                held = add(strategy, rng.randint(8, 15))
            elif r < 0.9 or status is LegalStatus.CHILD_PROTECTION_PLAN:
                held = add(strategy, rng.randint(16, 22))
            if held is not None and held > today:
                held = None
            deadlines.append(self.deadline("Initial child protection conference", strategy, held))
        if held is not None:
            events.append(_Event(held, Category.CONFERENCE, _CONFERENCE_OUTCOME[status], 2))
            if status is LegalStatus.CHILD_PROTECTION_PLAN:
                core = add(held, rng.randint(5, 10) if rng.random() < 0.7 else rng.randint(11, 16))
                core_on = core if core <= today else None
                deadlines.append(self.deadline("First core group", held, core_on))
                if core_on is not None:
                    events.append(
                        _Event(
                            core_on,
                            Category.CONFERENCE,
                            "First core group meeting: the plan broken down into actions.",
                            1,
                        )
                    )
        if done is not None:
            events.append(_Event(done, Category.ASSESSMENT, _ASSESSMENT_OUTCOME[status], 1))
        supervision = add(opened, rng.randint(5, 15))
        if supervision <= today:
            events.append(
                _Event(
                    supervision,
                    Category.SUPERVISION,
                    "Case discussed in supervision; plan and timescales agreed.",
                    0,
                )
            )
        if status is not LegalStatus.EARLY_HELP:
            last = max(today - self.days(1, 30), opened)
            previous = last - self.days(8, 20)
            if previous >= opened:
                deadlines.append(self.deadline("Statutory visit", previous, last))
                events.append(_Event(previous, Category.HOME_VISIT, "", 1))
            deadlines.append(self.deadline("Statutory visit", last, None))
            events.append(_Event(last, Category.HOME_VISIT, "", 1))
        return events

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
