"""Realistic but clearly fictional case data, deterministic from a seed.

Used by ``casedesk demo``, by the tests and by the benchmarks. Every family has three
generations, half-siblings, a mother's new partner, often a father not yet identified,
agencies around it, and years of chronology from mixed sources, with runs of no-access
visits. References start with ``DEMO-`` and every concern says it is fictional.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId, ProfessionalId, RelationshipId
from casedesk.domain.people import Identification, Person, Sex
from casedesk.domain.relationships import (
    EmotionalLink,
    EmotionalQuality,
    HouseholdMembership,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.team import LinkStrength, Professional, Support
from casedesk.domain.timescales import Deadline, add_working_days

MAX_CASES = 200
MAX_ENTRIES = 100_000
DEFAULT_AS_OF = date(2026, 11, 2)

_FEMALE = [
    "Amelia",
    "Chloe",
    "Jade",
    "Kayleigh",
    "Leanne",
    "Megan",
    "Nadia",
    "Paige",
    "Rosie",
    "Shannon",
    "Tasha",
    "Zofia",
    "Aaliyah",
    "Bethan",
    "Niamh",
    "Siân",
]
_MALE = [
    "Aaron",
    "Callum",
    "Dean",
    "Jordan",
    "Kieran",
    "Liam",
    "Marcus",
    "Nathan",
    "Reece",
    "Ryan",
    "Tomasz",
    "Tyler",
    "Connor",
    "Jamal",
    "Rhys",
    "Dariusz",
]
_CHILD = [
    "Alfie",
    "Ava",
    "Freya",
    "Harley",
    "Isla",
    "Leo",
    "Mia",
    "Noah",
    "Oscar",
    "Poppy",
    "Ruby",
    "Theo",
    "Willow",
    "Zainab",
    "Léa",
    "Ibrahim",
]
_FAMILY = [
    "Ashdown",
    "Brindle",
    "Carrow",
    "Denholm",
    "Elstow",
    "Fenwick",
    "Garside",
    "Holloway",
    "Ingham",
    "Jessop",
    "Kettering",
    "Lowther",
    "Marwood",
    "Nuttall",
    "Orrell",
    "Penrose",
    "Quarmby",
    "Rudd",
    "Sowerby",
    "Thwaite",
    "Wójcik",
    "Ó Briain",
]
_AGENCIES = [
    ("Health visitor", "Northvale Health Visiting Service"),
    ("Midwife", "Northvale Maternity Unit"),
    ("GP", "Riverside Medical Practice"),
    ("Social worker", "Northvale Children's Social Care"),
    ("Police officer", "Northvale Police Public Protection Unit"),
    ("Probation officer", "Probation Service (Northvale)"),
    ("Housing officer", "Northvale Homes"),
    ("Designated safeguarding lead", "St Aidan's Primary School"),
    ("Family support worker", "Harbour Family Project (charity)"),
    ("Mental health nurse", "Northvale Adult Mental Health Team"),
]

_TEMPLATES: dict[Category, list[str]] = {
    Category.REFERRAL: [
        "Referral received from {agency} about bruising seen on {child}.",
        "Referral from {agency}: concerns about home conditions.",
    ],
    Category.HOME_VISIT: [
        "Home visit. {child} seen and spoken to; home warm and tidy.",
        "Home visit. {mother} said {partner} no longer stays over.",
    ],
    Category.NO_ACCESS_VISIT: [
        "Planned home visit: no answer at the door; curtains drawn.",
        "Unannounced visit: voices heard inside, door not opened.",
    ],
    Category.MISSED_APPOINTMENT: [
        "{child} not brought to health appointment.",
        "{mother} did not attend antenatal appointment.",
    ],
    Category.CANCELLED_MEETING: [
        "{mother} cancelled core group meeting on the day.",
        "Review meeting cancelled by family; no new date offered.",
    ],
    Category.DISCLOSURE: ["{mother} disclosed that {partner} shouted at {child}."],
    Category.INJURY: ["Small bruise noted on {child}'s cheek; explanation: fell off sofa."],
    Category.HOSPITAL_ATTENDANCE: ["{child} attended A&E with a head injury; discharged."],
    Category.POLICE_CALL_OUT: ["Police called by neighbour after shouting at the address."],
    Category.DOMESTIC_ABUSE: [
        "Domestic abuse incident reported; {partner} left before police arrived."
    ],
    Category.SCHOOL_ATTENDANCE: ["School reports attendance at 81% this term."],
    Category.ASSESSMENT: ["Child and family assessment started."],
    Category.STRATEGY_DISCUSSION: ["Strategy discussion held with police and health."],
    Category.CONFERENCE: ["Initial child protection conference held."],
    Category.SUPERVISION: ["Case discussed in supervision; actions agreed."],
    Category.INFORMATION_SHARED: ["Chronology shared with {agency} with consent."],
    Category.COURT: ["Court hearing listed."],
    Category.OTHER: ["Telephone call with {mother} to arrange visit."],
}
_CATEGORY_WEIGHTS: list[tuple[Category, int]] = [
    (Category.HOME_VISIT, 20),
    (Category.NO_ACCESS_VISIT, 7),
    (Category.MISSED_APPOINTMENT, 7),
    (Category.CANCELLED_MEETING, 4),
    (Category.DISCLOSURE, 3),
    (Category.INJURY, 2),
    (Category.HOSPITAL_ATTENDANCE, 2),
    (Category.POLICE_CALL_OUT, 3),
    (Category.DOMESTIC_ABUSE, 3),
    (Category.SCHOOL_ATTENDANCE, 4),
    (Category.ASSESSMENT, 2),
    (Category.STRATEGY_DISCUSSION, 1),
    (Category.CONFERENCE, 1),
    (Category.SUPERVISION, 5),
    (Category.INFORMATION_SHARED, 4),
    (Category.COURT, 1),
    (Category.OTHER, 10),
]
_CATEGORIES = [category for category, _ in _CATEGORY_WEIGHTS]
_WEIGHTS = [weight for _, weight in _CATEGORY_WEIGHTS]


@dataclass
class SyntheticData:
    """Everything generated for a set of fictional cases."""

    cases: list[Case] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    case_people: dict[CaseId, list[PersonId]] = field(default_factory=dict)
    relationships: list[Relationship] = field(default_factory=list)
    households: list[HouseholdMembership] = field(default_factory=list)
    professionals: list[Professional] = field(default_factory=list)
    entries: list[ChronologyEntry] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    emotional_links: list[EmotionalLink] = field(default_factory=list)
    supports: list[Support] = field(default_factory=list)


def _support_kind(agency: str) -> str:
    for word, kind in (
        ("Social", "social care"),
        ("Police", "police"),
        ("Homes", "housing"),
        ("School", "school or nursery"),
        ("Probation", "other"),
        ("charity", "community"),
    ):
        if word in agency:
            return kind
    return "health"


class _Ids:
    """Sequential ids that include the seed, so demo files made with different seeds can
    be imported into one another without clashing."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.counts: dict[str, int] = {}

    def next(self, prefix: str) -> str:
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}{self.seed}-{self.counts[prefix]:06d}"


def generate(
    seed: int = 1,
    cases: int = 3,
    entries: int | None = None,
    as_of: date = DEFAULT_AS_OF,
) -> SyntheticData:
    """Generate ``cases`` fictional cases with ``entries`` chronology entries in all."""
    if not 1 <= cases <= MAX_CASES:
        raise ValueError(f"cases must be between 1 and {MAX_CASES}")
    total_entries = 60 * cases if entries is None else entries
    if not 0 <= total_entries <= MAX_ENTRIES:
        raise ValueError(f"entries must be between 0 and {MAX_ENTRIES}")
    rng = random.Random(seed)
    ids = _Ids(seed)
    data = SyntheticData()
    per_case, extra = divmod(total_entries, cases)
    for number in range(1, cases + 1):
        _Family(rng, ids, data, number, as_of).build(per_case + (1 if number <= extra else 0))
    return data


class _Family:
    """Builds one fictional family and its case."""

    def __init__(
        self, rng: random.Random, ids: _Ids, data: SyntheticData, number: int, as_of: date
    ) -> None:
        self.rng, self.ids, self.data, self.number, self.as_of = rng, ids, data, number, as_of
        self.case_id = CaseId(ids.next("c"))
        self.members: list[PersonId] = []

    def person(
        self, given: str, family: str, sex: Sex, born: date | None, **extra: object
    ) -> Person:
        precision = DatePrecision.EXACT if self.rng.random() < 0.8 else DatePrecision.YEAR
        birth = FuzzyDate(born, precision) if born else None
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
        source_type: SourceType = SourceType.SELF_REPORTED,
        role: str = "",
    ) -> None:
        corroboration = (
            Corroboration.CORROBORATED
            if source_type is not SourceType.SELF_REPORTED
            else Corroboration.UNVERIFIED
        )
        self.data.relationships.append(
            Relationship(
                RelationshipId(self.ids.next("r")),
                kind,
                a.id,
                b.id,
                since,
                role=role,
                evidence=Evidence(
                    "Mother" if source_type is SourceType.SELF_REPORTED else "Health records",
                    source_type,
                    corroboration,
                    "" if corroboration is Corroboration.UNVERIFIED else "Birth registration",
                ),
            )
        )

    def days_ago(self, low: int, high: int) -> date:
        return self.as_of - timedelta(days=self.rng.randint(low, high))

    def build(self, entry_count: int) -> None:
        rng = self.rng
        family = rng.choice(_FAMILY)
        mother = self.person(rng.choice(_FEMALE), family, Sex.FEMALE, self.days_ago(7000, 11000))
        grandmother = self.person(
            rng.choice(_FEMALE), family, Sex.FEMALE, self.days_ago(15000, 20000)
        )
        grandfather = self.person(
            rng.choice(_MALE),
            family,
            Sex.MALE,
            self.days_ago(16000, 21000),
            died_on=self.days_ago(400, 3000) if rng.random() < 0.4 else None,
        )
        aunt = self.person(rng.choice(_FEMALE), family, Sex.FEMALE, self.days_ago(6000, 12000))
        ex_partner = self.person(
            rng.choice(_MALE), rng.choice(_FAMILY), Sex.MALE, self.days_ago(7500, 12000)
        )
        sibling = self.person(
            rng.choice(_CHILD),
            ex_partner.family_name,
            rng.choice([Sex.MALE, Sex.FEMALE]),
            self.days_ago(1500, 3500),
        )
        father_known = rng.random() < 0.5
        if father_known:
            father = self.person(
                rng.choice(_MALE),
                rng.choice(_FAMILY),
                Sex.MALE,
                self.days_ago(7000, 12000),
                identification=Identification.NAMED_NOT_CONFIRMED,
                # Named by the mother only: exactly the fact the review says to check.
                name_evidence=Evidence("Mother", SourceType.SELF_REPORTED),
                birth_evidence=Evidence("Mother", SourceType.SELF_REPORTED),
            )
        else:
            father = self.person(
                "", "", Sex.MALE, None, identification=Identification.NOT_IDENTIFIED
            )
        partner = self.person(
            rng.choice(_MALE), rng.choice(_FAMILY), Sex.MALE, self.days_ago(7000, 13000)
        )
        unborn = rng.random() < 0.15
        if unborn:
            child = self.person(
                "Unborn",
                family,
                Sex.UNKNOWN,
                None,
                expected_on=self.as_of + timedelta(days=rng.randint(20, 150)),
            )
            child_born = self.as_of
        else:
            child_born = self.days_ago(20, 1400)
            child = self.person(
                rng.choice(_CHILD),
                family,
                rng.choice([Sex.MALE, Sex.FEMALE]),
                child_born,
                birth_evidence=Evidence(
                    "Birth notification",
                    SourceType.DOCUMENT,
                    Corroboration.CORROBORATED,
                    "Health visitor's records",
                ),
            )
        lodger = None
        if rng.random() < 0.3:
            lodger = self.person(rng.choice(_MALE), rng.choice(_FAMILY), Sex.MALE, None)

        documented = SourceType.AGENCY_RECORD
        self.relate(
            RelationshipKind.MARRIED,
            grandfather,
            grandmother,
            self.days_ago(12000, 14000),
            documented,
        )
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, grandmother, mother, None, documented)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, grandfather, mother, None, documented)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, grandmother, aunt, None, documented)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, grandfather, aunt, None, documented)
        self.relate(RelationshipKind.SEPARATED, mother, ex_partner, self.days_ago(3600, 5000))
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, mother, sibling, None, documented)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, ex_partner, sibling, None, documented)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, mother, child, None, documented)
        self.relate(RelationshipKind.BIOLOGICAL_PARENT, father, child, None)
        self.relate(RelationshipKind.COHABITING, mother, partner, self.days_ago(100, 600))
        self.relate(
            RelationshipKind.SIGNIFICANT_ADULT, partner, child, None, role="mother's partner"
        )
        if lodger:
            self.relate(RelationshipKind.SIGNIFICANT_ADULT, lodger, child, None, role="lodger")

        household = f"{self.case_id}-home"
        moved_in = self.days_ago(100, 600)
        for member in (mother, sibling, child):
            self.data.households.append(
                HouseholdMembership(member.id, household, self.days_ago(1500, 3000))
            )
        self.data.households.append(HouseholdMembership(partner.id, household, moved_in))
        if lodger:
            self.data.households.append(
                HouseholdMembership(lodger.id, household, self.days_ago(30, 300))
            )

        opened = max(self.days_ago(30, 700), child_born - timedelta(days=200))
        status = (
            LegalStatus.PRE_BIRTH
            if unborn
            else rng.choice(
                [
                    LegalStatus.CHILD_IN_NEED,
                    LegalStatus.CHILD_PROTECTION_PLAN,
                    LegalStatus.EARLY_HELP,
                ]
            )
        )
        agency_role, agency = rng.choice(_AGENCIES[:4])
        self.data.cases.append(
            Case(
                self.case_id,
                f"DEMO-{self.number:04d}",
                child.id,
                status,
                f"FICTIONAL DEMONSTRATION CASE. {agency} ({agency_role}) reported concerns "
                f"about {child.given_names}'s care and about an adult in the household.",
                opened,
                "Demo Worker",
            )
        )
        self.data.case_people[self.case_id] = list(self.members)

        professionals = rng.sample(_AGENCIES, k=rng.randint(4, 7))
        for index, (role, organisation) in enumerate(professionals):
            self.data.professionals.append(
                Professional(
                    ProfessionalId(self.ids.next("t")),
                    self.case_id,
                    f"{rng.choice(_FEMALE + _MALE)} {rng.choice(_FAMILY)}",
                    organisation,
                    role,
                    opened - timedelta(days=rng.randint(0, 400)),
                    consent_to_share=rng.random() < 0.7,
                    lead=index == 0,
                )
            )

        self.add_entries(entry_count, child, mother, partner, [p[1] for p in professionals], opened)
        self.add_deadlines(opened)
        self.add_ecomap(grandmother, mother, ex_partner, partner, child, opened)

    def add_ecomap(
        self,
        grandmother: Person,
        mother: Person,
        ex_partner: Person,
        partner: Person,
        child: Person,
        opened: date,
    ) -> None:
        """Emotional links and ecomap supports, from their own random stream so that adding
        them left every earlier generated value (and the tests that rely on them) as it was."""
        rng = random.Random(f"{self.ids.seed}-{self.number}-ecomap")
        worker = Evidence("Allocated social worker", SourceType.PROFESSIONAL_OBSERVATION)
        said = Evidence("Mother", SourceType.SELF_REPORTED)
        quality = rng.choice([EmotionalQuality.CONFLICT, EmotionalQuality.HOSTILE])
        for a, b, q, evidence in (
            (grandmother, mother, EmotionalQuality.CLOSE, said),
            (mother, ex_partner, EmotionalQuality.CUT_OFF, said),
            (partner, mother, quality, worker),
            (partner, child, EmotionalQuality.DISTANT, worker),
        ):
            self.data.emotional_links.append(
                EmotionalLink(
                    a.id, b.id, q, opened - timedelta(days=rng.randint(30, 300)), evidence=evidence
                )
            )
        team = [p for p in self.data.professionals if p.case == self.case_id]
        strengths = [LinkStrength.STRONG, LinkStrength.TENUOUS, LinkStrength.STRESSFUL]
        for professional in team[:3]:
            self.data.supports.append(
                Support(
                    self.case_id,
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
            self.data.supports.append(
                Support(
                    self.case_id,
                    name,
                    kind,
                    strength,
                    opened - timedelta(days=rng.randint(100, 900)),
                    person=person.id if person else None,
                    evidence=said,
                )
            )

    def add_entries(
        self,
        count: int,
        child: Person,
        mother: Person,
        partner: Person,
        agencies: list[str],
        opened: date,
    ) -> None:
        rng = self.rng
        history_start = (
            child.birth.value - timedelta(days=1800)
            if child.birth
            else self.as_of - timedelta(days=1800)
        )
        span = max((self.as_of - history_start).days, 1)
        names = {
            "child": child.given_names,
            "mother": mother.given_names,
            "partner": partner.given_names or "her partner",
        }
        for _ in range(count):
            category = rng.choices(_CATEGORIES, _WEIGHTS)[0]
            when = history_start + timedelta(days=rng.randrange(span))
            if category.is_avoidance and rng.random() < 0.6:
                # Avoidance comes in runs in real cases: cluster it in the last months.
                when = self.as_of - timedelta(days=rng.randint(1, 120))
            agency = rng.choice(agencies)
            source_type = rng.choices(list(SourceType), [3, 4, 3, 1])[0]
            text = rng.choice(_TEMPLATES[category]).format(agency=agency, **names)
            significance = Significance(
                min(
                    3,
                    rng.choices([0, 1, 2, 3], [60, 25, 11, 4])[0]
                    + (1 if category in (Category.INJURY, Category.DOMESTIC_ABUSE) else 0),
                )
            )
            # Drawn in this order so every seed keeps giving the same demo.
            precision = DatePrecision.EXACT if rng.random() < 0.9 else DatePrecision.MONTH
            corroboration = (
                rng.choice(list(Corroboration))
                if source_type is not SourceType.SELF_REPORTED
                else Corroboration.UNVERIFIED
            )
            people = (child.id, mother.id) if rng.random() < 0.5 else (mother.id,)
            self.data.entries.append(
                ChronologyEntry(
                    EntryId(self.ids.next("e")),
                    self.case_id,
                    when,
                    category,
                    text,
                    Evidence(agency, source_type, corroboration),
                    "Demo Worker",
                    precision=precision,
                    significance=significance,
                    people=people,
                    # What bore it out (or contradicted it): another agency's record.
                    corroborating_source=""
                    if corroboration is Corroboration.UNVERIFIED
                    else ("Police records" if agency != "Police" else "Health visiting records"),
                )
            )

    def add_deadlines(self, opened: date) -> None:
        assessment_due = add_working_days(opened, 45)
        met = assessment_due - timedelta(days=3) if self.rng.random() < 0.6 else None
        self.data.deadlines.append(
            Deadline(self.case_id, "Child and family assessment", opened, assessment_due, met)
        )
        visit_start = self.as_of - timedelta(days=self.rng.randint(1, 14))
        self.data.deadlines.append(
            Deadline(
                self.case_id, "Statutory visit", visit_start, add_working_days(visit_start, 10)
            )
        )


def iter_case_entries(data: SyntheticData, case: CaseId) -> Iterator[ChronologyEntry]:
    """The entries of one case, in the order they were generated."""
    return (entry for entry in data.entries if entry.case == case)
