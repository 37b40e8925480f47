"""The words of the fictional demo: names by sex, streets, agencies, and what each kind of
event, visit, attempt, concern and action says, with who it can involve."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from string import Formatter

from casedesk.domain.cases import LegalStatus
from casedesk.domain.chronology import Category
from casedesk.domain.evidence import Significance, SourceType
from casedesk.domain.people import Sex

MAX_CASES = 200
MAX_ENTRIES = 100_000
DEFAULT_AS_OF = date(2026, 11, 2)
WORKER = "Demo Worker"
# How the chronology tells of an assessment beginning (its record finds it by these words).
ASSESSMENT_STARTED = "Child and family assessment started."
PRE_BIRTH_STARTED = "Pre-birth assessment started."
REGION = "England"

_YEAR = 365.25
# How old (in days) a child is at each stage the record treats differently.
_TALKS = 1096  # three: says things worth writing down
_SCHOOL = 1461  # four: at school, or at least in a reception class
_OLDER = 3653  # ten: out on their own


def _years(n: float) -> int:
    return int(n * _YEAR)


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Given names by sex and generation: a name is only ever given to one sex, so it always
# agrees with the square or circle on the genogram.
_WOMEN = _names(
    "Jade Chloe Kayleigh Leanne Megan Nadia Paige Shannon Tasha Zofia Aaliyah Bethan Niamh "
    "Siân Courtney Danielle Gemma Stacey"
)
_MEN = _names(
    "Aaron Callum Dean Kieran Liam Marcus Nathan Reece Ryan Tomasz Tyler Connor Jamal Rhys "
    "Dariusz Jason Craig Lee"
)
_OLDER_WOMEN = _names("Susan Karen Tracey Julie Lorraine Deborah Janet Maureen Bożena Sandra")
_OLDER_MEN = _names("Gary Steven Paul Darren Keith Wayne Trevor Andrzej Malcolm Kevin")
_GIRLS = _names("Ava Freya Isla Mia Poppy Ruby Willow Zainab Léa Amelia Evie Maisie Lily Maja")
_BOYS = _names("Alfie Leo Noah Oscar Theo Ibrahim Archie Harry Jayden Mason Oliver Kacper")
GIVEN_NAMES: dict[Sex, frozenset[str]] = {
    Sex.FEMALE: frozenset(_WOMEN + _OLDER_WOMEN + _GIRLS),
    Sex.MALE: frozenset(_MEN + _OLDER_MEN + _BOYS),
}
# Family names: a few dozen of every kind, then many more made the English way (a place
# and an ending: Ashworth, Thornley), so that no two families in one file share a name.
_SURNAMES = _names(
    "Ashdown Brindle Carrow Denholm Elstow Fenwick Garside Holloway Ingham Jessop "
    "Kettering Lowther Marwood Nuttall Orrell Penrose Quarmby Rudd Sowerby Thwaite Wójcik "
    "Nowak Mazur Kaczmarek Krawczyk Doherty Gallagher Brennan Keane Pryce Bevan Vaughan "
    "Gittins Munro Fraser McLeod Rahman Malik Hussain Okoro Mensah Boateng Costa Petrenko"
)
_PLACES = _names(
    "Ash Bar Birch Black Brad Bram Brook Cal Chad Clay Crom Dal Dun East Elm Fair Fern Fox "
    "Glen Gold Green Hal Hart Hay Heath Hol Kings Lang Lea Lin Lock Mar Mel Mid Mill Moss "
    "North Oak Pen Ray Red Rom Roth Rush Sal Sand Shel South Stan Stock Thorn Wal Wen West "
    "Whit Wil Wood"
)
_ENDINGS = _names(
    "ley ton worth field by wood ford ham well more stead bury dale hurst wick thorpe croft "
    "ridge shaw combe"
)


def _made_surnames() -> tuple[str, ...]:
    """Place and ending, leaving out the ones no one would say (Ashshaw, Millley)."""
    found = []
    for place in _PLACES:
        for ending in _ENDINGS:
            joint = place[-2:] + ending[:2]
            if place[-1] == ending[0] or place.lower() == ending:
                continue
            if (place[-1] in "sh" and ending[0] in "sh") or "tht" in joint:
                continue
            found.append(place + ending)
    return tuple(n for n in found if n not in _SURNAMES)


_FAMILY = (*_SURNAMES, *_made_surnames())
# Professionals: names of their own, so that nobody in a team reads as one of a family.
_STAFF_WOMEN = _names("Helen Sarah Rachel Claire Emma Joanne Amanda Nicola Priya Fiona Ruth Anita")
_STAFF_MEN = _names("Andrew David Mark Simon Richard Neil Imran Stuart Graham Martin Owen Colin")
_STAFF_SURNAMES = _names(
    "Hughes Patterson Sharma Okafor Walsh Bennett Chambers Doyle Ellis Farrant Gibbs Hale "
    "Irving Kaur Lister Moran Nash Osborne Parry Quinn Rowe Sutton Tait Varley Whitaker Yates "
    "Abbott Blake Carver Dunn Everett Foley"
)
_STREETS = (
    "Elm Road",
    "Mill Lane",
    "Station Road",
    "Church Street",
    "Victoria Terrace",
    "Jubilee Close",
    "Orchard Way",
    "Prospect Street",
    "Albert Road",
    "Hawthorn Avenue",
    "Canal Side",
    "Marsh Lane",
)
# The agencies, as (role, agency).
HEALTH_VISITING = ("Health visitor", "Northvale Health Visiting Service")
MATERNITY = ("Midwife", "Northvale Maternity Unit")
GP = ("GP", "Riverside Medical Practice")
_SOCIAL_CARE = ("Social worker", "Northvale Children's Social Care")
POLICE = ("Police officer", "Northvale Police Public Protection Unit")
PROBATION = ("Probation officer", "Probation Service (Northvale)")
HOUSING = ("Housing officer", "Northvale Homes")
PRIMARY = ("Designated safeguarding lead", "St Aidan's Primary School")
SECONDARY = ("Designated safeguarding lead", "Northvale Academy")
NURSERY = ("Nursery manager", "Little Acorns Nursery")
SCHOOL_NURSING = ("School nurse", "Northvale School Nursing Service")
FAMILY_SUPPORT = ("Family support worker", "Harbour Family Project (charity)")
MENTAL_HEALTH = ("Mental health nurse", "Northvale Adult Mental Health Team")
_AGENCIES = [
    HEALTH_VISITING,
    MATERNITY,
    GP,
    _SOCIAL_CARE,
    POLICE,
    PROBATION,
    HOUSING,
    PRIMARY,
    SECONDARY,
    NURSERY,
    SCHOOL_NURSING,
    FAMILY_SUPPORT,
    MENTAL_HEALTH,
]
# Any family may have these; the others only when a child is the right age (the health
# visitor under five, a school or nursery while a child goes there), someone is pregnant
# (the midwife) or on probation.
_ANYONE = (GP, POLICE, HOUSING, FAMILY_SUPPORT, MENTAL_HEALTH)
COLLEGE = "Northvale College"
_SUPPORT_KINDS = {
    HEALTH_VISITING[1]: "health",
    MATERNITY[1]: "health",
    GP[1]: "health",
    _SOCIAL_CARE[1]: "social care",
    POLICE[1]: "police",
    PROBATION[1]: "other",
    HOUSING[1]: "housing",
    PRIMARY[1]: "school or nursery",
    SECONDARY[1]: "school or nursery",
    NURSERY[1]: "school or nursery",
    SCHOOL_NURSING[1]: "health",
    FAMILY_SUPPORT[1]: "community",
    MENTAL_HEALTH[1]: "health",
}


def _table(text: str) -> dict[Category, tuple[tuple[str, ...], ...]]:
    """Read a table of lines: a category's name, then its lines indented, each written
    ``needs/who: text`` (``-`` for no need), then, indented further, ``+ what bears it out``
    (one a line) and ``- what contradicts it`` (``- @``: a police call-out weeks later
    finding the man at the address)."""
    found: dict[Category, list[tuple[str, ...]]] = {}
    lines: list[tuple[str, ...]] = []
    for row in text.strip().splitlines():
        if not row.startswith(" "):
            lines = found.setdefault(Category(row), [])
            continue
        if row.startswith("        "):
            needs, who, said, supports, contradicts = lines[-1]
            mark, check = row.strip().split(" ", 1)
            if mark == "+":
                supports = f"{supports}; {check}" if supports else check
            else:
                contradicts = check
            lines[-1] = (needs, who, said, supports, contradicts)
            continue
        head, said = row.strip().split(": ", 1)
        needs, who = head.split("/")
        lines.append(("" if needs == "-" else needs, who, said, "", ""))
    return {category: tuple(rows) for category, rows in found.items()}


# What an entry can say depends on the day: whether the child is born yet (and how old),
# whether the half-sibling is, whether the mother is pregnant, and whether the man in her
# life then is someone the record can name. Each line says what it needs (- nothing;
# child, baby, talk, nursery, school, older: the child born, under 3, 3 or more, at nursery,
# at school (from the September after the fourth birthday), 10; sibling, sibschool;
# pregnant (8 weeks on), booking (8 to 12 weeks), antenatal (13 weeks on); man: a man the
# record names) and who records it (_RECORDED_BY; health is the health visitor for a child
# under five, else the GP or the school nurse; school is the school the child goes to).
# What bears a line out or contradicts it fits the line: an explanation of an injury is
# contradicted by a doctor's opinion, a mother's "he has moved out" by the police finding him
# at the address weeks later.
# {agency} is another agency of the team around the family.
_LINES = _table(
    """
referral
    -/team: Referral from {agency}: concerns about home conditions.
        + Housing officer's inspection report
    child/team: Referral received from {agency} about bruising seen on {child}.
        + Body map made at the time
    sibschool/school: Referral from the school: {sibling} arrived hungry and unkempt.
        + Breakfast club staff's account
no-access visit
    -/sc: Planned home visit: no answer at the door; curtains drawn.
    -/sc: Unannounced visit: voices heard inside, door not opened.
    -/sc: Joint visit with {agency}: no answer; a neighbour said the family were in.
missed appointment
    child/health: {child} not brought to health appointment.
        + Clinic's did-not-attend list
    school/dental: {child} not brought to a dental appointment.
        + Dental practice's appointment record
    antenatal/maternity: {mother} did not attend antenatal appointment at {weeks} weeks.
        + Antenatal clinic's attendance list
    -/gp: {mother} did not attend her GP appointment.
        + GP practice's appointment system
    sibling/paeds: {sibling} not brought to the paediatric clinic.
        + Hospital's did-not-attend letter to the GP
cancelled meeting
    -/sc: {mother} cancelled the review meeting on the day.
    -/sc: Meeting about the plan cancelled by the family; no new date offered.
disclosure
    -/mother: {mother} disclosed that {man} shouted at her and pushed her.
        + Police incident log
        + GP records
    child/mother: {mother} disclosed that {man} shouted at {child}.
        + Neighbour's account to the housing officer
    nursery/nursery: {child} told nursery staff that mummy and her boyfriend were shouting.
        + Nursery key worker's written account
    school/school: {child} told a teacher that there is 'always shouting' at home.
        + Teaching assistant's written account
    sibschool/school: {sibling} told a teacher that there is 'always shouting' at home.
        + Teaching assistant's written account
injury
    child/health: Small bruise noted on {child}'s cheek; explanation: fell off sofa.
        + Photographs and body map on the health record
        - Paediatrician (child protection medical): bruising not consistent with a fall from a sofa
    school/school: {child} came to school with a mark on the neck; said it was from playing.
        + Body map by the school
        - Paediatrician (child protection medical): a grip mark, not consistent with play
    -/gp: {mother} seen with a bruise on her arm; said she walked into a door.
        + Practice nurse's note the same day
        - GP's examination: fingertip bruising, not consistent with walking into a door
    child/mother: {mother} said {child}'s bruise was from a fall at the park.
        + {grandmother_full}'s account: she was at the park
        - Paediatrician (child protection medical): bruising not consistent with a fall
hospital attendance
    child/hospital: {child} attended A&E with a head injury; discharged.
        + Ambulance service record
    -/hospital: {mother} attended A&E with a cut hand; said it was a kitchen accident.
        + Triage nurse's notes
        - A&E doctor: a defensive wound, not consistent with a kitchen accident
    sibling/hospital: {sibling} taken to A&E with a burn to the hand; explanation: the iron.
        + GP records (A&E discharge letter)
        - Burns consultant: the burn pattern is not consistent with the explanation
police call-out
    -/police: Police called by neighbour after shouting at the address.
        + 999 call log
        - {mother_full}'s account: 'it was just the telly'
    man/police: Police attended; {man} arrested for criminal damage, released next day.
        + Custody record
    older/police: Police found {child} out alone after 10pm and took the child home.
        + Officer's body-worn camera footage
domestic abuse incident
    -/police: Domestic abuse incident reported; {man} left before police arrived.
        + 999 call log
        - {mother_full}'s account: 'we were only arguing'
    -/police: {mother} reported that {man} took her phone and would not let her leave.
        + IDVA's notes
    child/police: Domestic abuse incident; {child} was in the house at the time.
        + Officer's body-worn camera footage
    pregnant/police: Domestic abuse incident while {mother} was {weeks} weeks pregnant.
        + Maternity records
school attendance
    school/school: School reports {child}'s attendance at 81% this term.
        + Local authority attendance data
    school/school: School reports {child} late nine times this half term.
        + Attendance register
    nursery/nursery: Nursery reports {child} came to 4 of 10 sessions.
        + Nursery's sign-in sheets
    sibschool/school: School reports {sibling}'s attendance at 76% this term.
        + Local authority attendance data
assessment
    -/sc: Parenting assessment started with {mother}.
    baby/hv: Health visitor's review of {child}: weight gain slow; to be seen monthly.
conference
    -/sc: Multi-agency meeting held; {mother} attended with a friend.
    -/sc: Team around the family meeting; the plan reviewed with {mother}.
    sibling/sc: Professionals' meeting about {sibling}'s needs.
supervision
    -/sc: Case discussed in supervision; actions agreed.
    -/sc: Supervision: drift in the plan noted; visits to increase.
information shared
    -/sc: Chronology shared with {agency} with consent.
    man/police: {man}'s history disclosed to {mother} under the domestic abuse disclosure scheme.
        + Police National Computer (PNC)
court
    -/court: Family court: child arrangements hearing listed.
    man/mcourt: Magistrates' court: {man} given a restraining order.
        + Court register
other
    -/sc: Telephone call with {mother} to arrange visit.
    -/sc: Letter sent to {mother} confirming the plan.
    man/mother: {mother} said {man} has moved out and she has changed the locks.
        + Housing officer: the locks were changed at her request
        - @
    man/mother: {mother} said {man} no longer visits.
        - @
    booking/maternity: Midwife booking appointment: {mother} {weeks} weeks pregnant.
        + GP records
"""
)
# What contradicts a mother's word that a man has gone: the police find him at the address
# within weeks (a police call-out, dated 1 to 6 weeks after it).
_FOUND_THERE = (
    "Police called by a neighbour; {man} was at the address and left before officers arrived.",
    "Police attended a report of shouting at the address; {man} was there.",
)
# The mother's word at a visit that he no longer stays, and what the worker saw.
_STAYS_OVER = "Home visit. {mother} said {man} no longer stays over."
_SEEN_THERE = (
    "A man's work boots and jacket by the front door.",
    "Worker's observation at the visit: a man's work boots and jacket by the front door.",
)
# Lines said at most once in a case (an assessment starts once, a referral is made once;
# a pregnancy is booked once).
_ONCE = frozenset(
    {
        "Parenting assessment started with {mother}.",
        "Health visitor's review of {child}: weight gain slow; to be seen monthly.",
        "Referral from {agency}: concerns about home conditions.",
        "Referral received from {agency} about bruising seen on {child}.",
        "Referral from the school: {sibling} arrived hungry and unkempt.",
        "Magistrates' court: {man} given a restraining order.",
        "Midwife booking appointment: {mother} {weeks} weeks pregnant.",
    }
)
# Who records each kind of line: the source named, and how the fact reached the record
# (health, school, team and mother are named from the day: see ``entries.source_of``).
_RECORDED_BY: dict[str, tuple[tuple[str, ...], tuple[SourceType, ...]]] = {
    "sc": ((_SOCIAL_CARE[1],), (SourceType.PROFESSIONAL_OBSERVATION,)),
    "police": (
        (POLICE[1],),
        (SourceType.AGENCY_RECORD, SourceType.AGENCY_RECORD, SourceType.DOCUMENT),
    ),
    "health": (
        (),
        (SourceType.AGENCY_RECORD, SourceType.AGENCY_RECORD, SourceType.PROFESSIONAL_OBSERVATION),
    ),
    "hv": ((HEALTH_VISITING[1],), (SourceType.PROFESSIONAL_OBSERVATION,)),
    "gp": ((GP[1],), (SourceType.AGENCY_RECORD, SourceType.PROFESSIONAL_OBSERVATION)),
    "dental": (("Riverside Dental Practice",), (SourceType.AGENCY_RECORD,)),
    "paeds": (("Northvale General Hospital (paediatrics)",), (SourceType.AGENCY_RECORD,)),
    "maternity": ((MATERNITY[1],), (SourceType.AGENCY_RECORD,)),
    "hospital": (
        ("Northvale General Hospital (A&E)",),
        (SourceType.AGENCY_RECORD, SourceType.DOCUMENT),
    ),
    "school": ((), (SourceType.AGENCY_RECORD,)),
    "nursery": ((NURSERY[1],), (SourceType.AGENCY_RECORD,)),
    "court": (("Northvale Family Court",), (SourceType.DOCUMENT,)),
    "mcourt": (("Northvale Magistrates' Court",), (SourceType.DOCUMENT,)),
    "team": ((), (SourceType.AGENCY_RECORD, SourceType.PROFESSIONAL_OBSERVATION)),
    "mother": ((), (SourceType.SELF_REPORTED,)),
}
# Category weights; referrals, strategy discussions and conferences of the case itself are
# placed by its timeline, so few come at random.
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
    (Category.REFERRAL, 1),
    (Category.ASSESSMENT, 1),
    (Category.CONFERENCE, 1),
    (Category.SUPERVISION, 5),
    (Category.INFORMATION_SHARED, 4),
    (Category.COURT, 1),
    (Category.OTHER, 10),
]
# Drawn by index from tables with each value repeated by its weight: ``rng.choices`` was
# most of the generator's time at 100,000 entries.
_CATEGORY_POOL = tuple(c for c, weight in _CATEGORY_WEIGHTS for _ in range(weight))
_SIGNIFICANCE = tuple(Significance)


def _levels(*weights: int) -> tuple[Significance, ...]:
    """Twenty significance levels, each repeated by its weight (routine first)."""
    found = tuple(level for level, w in zip(Significance, weights, strict=False) for _ in range(w))
    if len(found) != 20:
        raise ValueError("significance weights must add up to 20")
    return found


# How much each kind of event tends to matter: a letter is routine, an injury often is not.
_ROUTINE = _levels(16, 4)
_SIGNIFICANCE_BY: dict[Category, tuple[Significance, ...]] = {
    Category.INJURY: _levels(2, 8, 7, 3),
    Category.DOMESTIC_ABUSE: _levels(2, 8, 7, 3),
    Category.DISCLOSURE: _levels(3, 8, 7, 2),
    Category.HOSPITAL_ATTENDANCE: _levels(4, 8, 6, 2),
    Category.POLICE_CALL_OUT: _levels(5, 9, 5, 1),
    Category.REFERRAL: _levels(2, 10, 7, 1),
    Category.COURT: _levels(8, 8, 4),
    Category.NO_ACCESS_VISIT: _levels(10, 8, 2),
    Category.MISSED_APPOINTMENT: _levels(12, 7, 1),
    Category.CANCELLED_MEETING: _levels(12, 7, 1),
    Category.SCHOOL_ATTENDANCE: _levels(12, 7, 1),
    Category.HOME_VISIT: _levels(14, 4, 2),
}
_LATE_NIGHT = frozenset({Category.POLICE_CALL_OUT, Category.DOMESTIC_ABUSE})
_INCIDENTS = frozenset(
    {
        Category.INJURY,
        Category.HOSPITAL_ATTENDANCE,
        Category.POLICE_CALL_OUT,
        Category.DOMESTIC_ABUSE,
        Category.DISCLOSURE,
    }
)
# What happens on any day of the week: the rest is professionals' work, on working days.
_ANY_DAY = frozenset(
    {Category.HOSPITAL_ATTENDANCE, Category.POLICE_CALL_OUT, Category.DOMESTIC_ABUSE}
)
_VISITS = frozenset({Category.HOME_VISIT, Category.NO_ACCESS_VISIT})
# Social work with the family: only while social care has the case (this episode, or an
# earlier one the record shows opening and closing).
_CASEWORK = frozenset(
    {
        Category.HOME_VISIT,
        Category.NO_ACCESS_VISIT,
        Category.CANCELLED_MEETING,
        Category.SUPERVISION,
        Category.CONFERENCE,
        Category.INFORMATION_SHARED,
        Category.OTHER,
        Category.ASSESSMENT,
        Category.REFERRAL,
    }
)
_MEETINGS = frozenset(
    {
        Category.CONFERENCE,
        Category.SUPERVISION,
        Category.STRATEGY_DISCUSSION,
        Category.HOME_VISIT,
        Category.ASSESSMENT,
    }
)
_PEOPLE_ROLES = ("child", "mother", "sibling", "man")
# The needs a placeholder implies: a line naming the child needs the child born, and so on.
_IMPLIES = {
    "child": {"child", "baby", "talk", "nursery", "school", "older"},
    "sibling": {"sibling", "sibschool"},
    "weeks": {"pregnant", "booking", "antenatal"},
}


@dataclass(frozen=True)
class _Line:
    """One thing an entry can say, what it needs of the day, who records it, who it is
    about, and what can bear it out or contradict it."""

    needs: str
    who: str
    text: str
    roles: tuple[str, ...]
    supports: tuple[str, ...] = ()
    contradicts: str = ""  # "@": a later police call-out finding the man at the address
    once: bool = False
    term: bool = False  # said by a school or nursery: in term time only
    agency: bool = False  # names another agency of the team
    injury: bool = False  # about an injury (to whoever it names)


def _line(needs: str, who: str, text: str, supports: str = "", contradicts: str = "") -> _Line:
    named = {name for _, name, _, _ in Formatter().parse(text) if name}
    for name, allowed in _IMPLIES.items():
        if name in named and needs not in allowed:
            raise ValueError(f"{text!r} names {name} but needs only {needs!r}")
    return _Line(
        needs,
        who,
        text,
        tuple(r for r in _PEOPLE_ROLES if r in named),
        tuple(s for s in supports.split("; ") if s),
        contradicts,
        text in _ONCE,
        who in ("school", "nursery"),
        "agency" in named,
        any(word in text for word in ("bruis", "injur", "burn", "mark on")),
    )


_ALL_LINES = {c: tuple(_line(*row) for row in rows) for c, rows in _LINES.items()}
# The stages of a pregnancy lines depend on: not pregnant (or under 8 weeks), 8 to 12
# weeks (booked with the midwife), 13 weeks on.
NOT_PREGNANT, BOOKING, ANTENATAL = 0, 1, 2


def _fits(needs: str, child: int, sibling: int, pregnant: int, man: bool) -> bool:
    """Whether a line can be said on a day with these facts (ages in days, < 0 unborn, or
    the stage from ``Family.stages``; ``pregnant`` a stage of pregnancy)."""
    match needs:
        case "":
            return True
        case "child":
            return child >= 0
        case "baby":
            return 0 <= child < _TALKS
        case "talk":
            return child >= _TALKS
        case "nursery":
            return _TALKS <= child < _SCHOOL
        case "school":
            return child >= _SCHOOL
        case "older":
            return child >= _OLDER
        case "sibling":
            return sibling >= 0
        case "sibschool":
            return sibling >= _SCHOOL
        case "pregnant":
            return pregnant >= BOOKING
        case "booking":
            return pregnant == BOOKING
        case "antenatal":
            return pregnant == ANTENATAL
        case "man":
            return man
    raise ValueError(needs)


_CHOICES: dict[tuple[Category, int, int, int, bool, bool], tuple[_Line, ...]] = {}


def _lines_for(
    category: Category, child: int, sibling: int, pregnant: int, man: bool, term: bool = True
) -> tuple[_Line, ...]:
    """The lines of ``category`` that fit a day (worked out once per kind of day); out of
    term, nothing a school or nursery says."""
    key = (category, child, sibling, pregnant, man, term)
    found = _CHOICES.get(key)
    if found is None:
        found = tuple(
            line
            for line in _ALL_LINES[category]
            if _fits(line.needs, child, sibling, pregnant, man) and (term or not line.term)
        )
        _CHOICES[key] = found
    return found


# What a home visit finds.
_OBSERVATIONS = (
    "Home warm and tidy; food in the fridge.",
    "Strong smell of cannabis in the hallway.",
    "Kitchen bin overflowing; dishes piled in the sink.",
    "New large TV in the living room; little food in the cupboards.",
    "A man's work boots and jacket by the front door.",
    "Smoke alarm hanging off the ceiling, no battery.",
    "Dog loose in the house; dog mess on the kitchen floor.",
    "Clean and tidy; smelled strongly of air freshener.",
    "Hole in the living-room door at about fist height.",
    "Cold: heating off; mother said she has no gas credit.",
)
_BABY_OBSERVATIONS = (
    "Moses basket by the sofa; formula and sterilised bottles in the kitchen.",
    "Cot in the mother's room with no sheet; a bottle of cold milk in it.",
    "Baby's things clean and ready; plenty of nappies.",
)
_CHILD_OBSERVATIONS = (
    "Child's bedroom: bed with a duvet, toys and clothes in drawers.",
    "Child's bedroom: mattress on the floor, no duvet.",
    "Stair gate missing at the top of steep stairs.",
)


# A child's tea most nights, and what the child likes doing (one of each for each child).
_FOODS = ("crisps", "biscuits", "cereal", "a Pot Noodle", "toast", "chips")
_PASTIMES = ("football", "drawing", "PE", "Minecraft", "dancing", "swimming")
# The child's own words, as a child that age says them, naming the family's own people
# ({gran} the grandmother, {sibling} the older half-sibling, {man} the man in the mother's
# life then) and the child's own tea and pastime, so that no two families' children say
# the same thing.
_LITTLE_WORDS = (
    "I like my new bed.",
    "Mummy was crying.",
    "I had {food} for tea.",
    "I'm not allowed in the kitchen.",
    "My tummy hurts.",
    "I want to stay at Nanny {gran}'s.",
    "Nanny {gran} reads me stories.",
    "{sibling} makes me toast.",
    "{sibling} looks after me.",
    "I hide under my bed when it's loud.",
    "I sleep in Mummy's bed.",
    "My room is cold.",
    "{man} shouts at Mummy.",
    "{man} was cross with Mummy.",
    "{man} made Mummy cry.",
)
_MIDDLE_WORDS = (
    "I don't like it when they argue.",
    "I don't like it when Mum and {man} argue.",
    "I stay in my room when {man}'s here.",
    "School is alright. I like {pastime}.",
    "Mum says I'm not to talk to you.",
    "I make my own breakfast most days.",
    "I miss my dad.",
    "I get hungry at night.",
    "I had {food} for tea last night.",
    "{sibling} looks after me when Mum's out.",
    "I like going to Nan {gran}'s, it's quiet there.",
)
_TEEN_WORDS = (
    "I'm fine. Can I go now?",
    "It's none of your business.",
    "I'm at my mate's most nights.",
    "Mum's trying her best.",
    "I don't want to go into care.",
    "{man}'s alright when he's not drinking.",
    "{sibling} and me keep out of the way when Mum and {man} argue.",
    "Nan {gran}'s is the only place I can sleep.",
    "I do {pastime} after school so I don't have to go home.",
)
_ACTION_TAKEN = (
    "Strategy discussion requested.",
    "Safety plan agreed with {mother}.",
    "Information shared with the police.",
    "Discussed with manager; visit brought forward.",
    "Referral to the domestic abuse service (IDVA).",
)
_ANALYSIS = (
    "Third missed contact this month: {mother} may be avoiding the service.",
    "Account keeps changing; rests on {mother}'s word only.",
    "Incidents rising since the new partner moved in.",
)


# Identification attempts: (method, asked whom, answer, reluctance, outcome, next step,
# the attempt that next step is: an index into the same table, or -1 when it is not an
# attempt to ask anyone), for a father not identified, a partner named but not confirmed,
# and a father only named.
_ASK_UNKNOWN_FATHER = (
    (
        "home visit",
        "{mother_full} (mother)",
        "Said she does not know who the father is: 'it was a one-night thing'.",
        "Laughed it off and changed the subject to the housing repairs.",
        "Not identified.",
        "Ask the midwife whether anyone came to the scans.",
    ),
    (
        "telephone call",
        "Northvale Maternity Unit (midwife)",
        "No partner recorded at booking; a man came to the 20-week scan but was not introduced.",
        "",
        "Not identified; a man was seen at the scan.",
        "Ask the mother who came to the scan.",
    ),
    (
        "home visit",
        "{mother_full} (mother)",
        "Refused to name him.",
        "Said it is none of our business and that he is 'not a risk'.",
        "Not identified.",
        "Discuss in supervision; explain to the mother why it matters for the child.",
    ),
    (
        "asked at a meeting about the plan",
        "{mother_full} (mother)",
        "Gave a nickname only, 'Jonno', and said he has moved away.",
        "Looked at her partner before answering.",
        "First name only: not enough for checks.",
        "Ask police whether a 'Jonno' is linked to the address.",
    ),
    (
        "visit to the maternal grandmother",
        "{grandmother_full} (maternal grandmother)",
        "Said the father is 'someone from the estate' but would not say more.",
        "Said she did not want to get involved.",
        "Not identified.",
        "Ask the mother again, seen alone.",
    ),
    (
        "home visit, mother seen alone",
        "{mother_full} (mother)",
        "Said she is frightened of him and will not give his name.",
        "Became tearful and asked the worker to leave.",
        "Not identified; her fear of him recorded.",
        "Refer to the domestic abuse service (IDVA).",
    ),
)
# Which attempt each next step is (its index in the table), where it is one: -1 when it is
# not an attempt to ask anyone (it can be done), -2 when it is one the demo does not make
# (so it stays to be done).
_NEXT_UNKNOWN_FATHER = (1, 2, -1, -2, 5, -1)
_ASK_BORN = (
    "checked the birth registration",
    "Register office",
    "No father named on the birth registration.",
    "",
    "Not identified.",
    "Ask the maternal grandmother.",
)
_NEXT_BORN = 4  # the visit to the maternal grandmother
_ASK_PARTNER = (
    (
        "home visit",
        "{partner_full} (mother's partner)",
        "Gave his first name only; would not give his surname or date of birth.",
        "Said he 'doesn't do social workers' and left the room.",
        "Surname not known.",
        "Ask police whether anyone called {partner} is linked to the address.",
    ),
    (
        "police check",
        "Northvale Police Public Protection Unit",
        "Cannot check without a surname and a date of birth.",
        "",
        "Not confirmed.",
        "Ask the mother for his full name.",
    ),
    (
        "telephone call",
        "{mother_full} (mother)",
        "Said his surname is 'Smith' and she does not know his date of birth.",
        "Hesitated; the surname does not match the post addressed to him at the flat.",
        "Not confirmed; the name given may not be his.",
        "Check the name on his post at the next visit.",
    ),
)
_NEXT_PARTNER = (1, 2, -2)
_ASK_NAMED_FATHER = (
    (
        "home visit",
        "{mother_full} (mother)",
        "Named him as {father_full}; said he has had no contact {since}.",
        "",
        "Named by the mother; not confirmed.",
        "Ask him for his date of birth and address for police checks.",
    ),
    (
        "letter to the address the mother gave",
        "{father_full}",
        "No reply.",
        "",
        "Not confirmed.",
        "Ask the GP whether he is registered at that address.",
    ),
)
_NEXT_NAMED_FATHER = (1, -2)


@dataclass(frozen=True)
class _Task:
    """An action someone can agree to: what it needs of the day, what, how long it is given
    (days, low and high), what its completion says, and what the family says when it was
    not done; ``visit`` when only a visit can do it ("alone": the child seen alone, "seen":
    the child seen)."""

    needs: str
    what: str
    due: tuple[int, int] = (7, 42)
    done: str = "Done."
    said: str = "Agreed again at each meeting; still not done."
    visit: str = ""


# Actions by who owns them.
_WORKER_DOES = (
    _Task(
        "talk",
        "Visit {child} at home and see {child} alone.",
        (7, 14),
        "Done: {child} seen alone at the home visit.",
        visit="alone",
    ),
    _Task(
        "child",
        "See {child} at home, awake, and see where {child} sleeps.",
        (7, 14),
        "Done: {child} seen at home and the bedroom seen.",
        visit="seen",
    ),
    _Task("", "Request {mother}'s GP records.", (10, 28), "Done: the GP records received."),
    _Task(
        "",
        "Update the chronology and share it with the team around the family.",
        (7, 21),
        "Done: shared by secure email.",
    ),
    _Task(
        "man", "Ask police for {man}'s history (PNC check).", (7, 21), "Done: police check back."
    ),
)
_TEAM_DOES = {
    "Health visitor": _Task("", "Weigh the children and review their development.", (14, 42)),
    "Midwife": _Task("", "Share the antenatal attendance record.", (7, 21)),
    "GP": _Task("", "Review {mother}'s medication and share the outcome.", (14, 42)),
    "Police officer": _Task(
        "", "Share the call-out log for the address for the last year.", (7, 28)
    ),
    "Probation officer": _Task("", "Share {man}'s supervision plan and risk assessment.", (7, 28)),
    "Housing officer": _Task("", "Inspect the flat for the reported repairs.", (14, 42)),
    "Designated safeguarding lead": _Task(
        "", "Send weekly attendance figures for the children.", (7, 28)
    ),
    "Nursery manager": _Task("", "Send weekly attendance figures for {child}.", (7, 28)),
    "School nurse": _Task("", "Offer {child} a health review in school.", (14, 42)),
    "Family support worker": _Task(
        "", "Start weekly sessions on routines with {mother}.", (14, 28)
    ),
    "Mental health nurse": _Task("", "Offer {mother} an assessment appointment.", (14, 42)),
}
_TEAM_DONE = ("Done: sent by secure email.", "Done: confirmed by phone.", "Done.")
_MOTHER_DOES = (
    _Task(
        "",
        "Start the Freedom Programme (a course for women who have lived with domestic abuse).",
        (21, 56),
        "Done: the programme confirmed she started.",
        "Said she has started; the programme has no record of her.",
    ),
    _Task(
        "",
        "Complete the Freedom Programme.",
        (84, 140),
        "Done: certificate of completion seen.",
        "Said she has finished; the programme says she came twice.",
    ),
    _Task(
        "",
        "Agree a written plan for when {partner} is at the home.",
        (7, 21),
        "Done: plan signed and on the file.",
        "Said she had signed it; no signed copy has come back.",
    ),
    _Task(
        "",
        "See the GP about her low mood.",
        (14, 28),
        "Done: the GP confirmed she was seen.",
        "Said she has been; the practice has no record of an appointment.",
    ),
    _Task(
        "child",
        "Take {child} to the dentist.",
        (28, 56),
        "Done: the dental practice confirmed the check-up.",
        "Said it was done; the dental practice has no record of it.",
    ),
    _Task(
        "nursery",
        "Make sure {child} goes to nursery every session.",
        (28, 42),
        "Done: nursery reports full attendance since.",
        "Said {child} goes every day; nursery reports 3 of 10 sessions.",
    ),
    _Task(
        "school",
        "Make sure {child} gets to school on time every day.",
        (28, 42),
        "Done: the school reports no late marks since.",
        "Said {child} is on time; the school reports five late marks since.",
    ),
    _Task(
        "pregnant",
        "Go to every antenatal appointment.",
        (28, 56),
        "Done: the midwife confirms she has attended.",
        "Said she went; the maternity unit has her as not attending.",
    ),
)
_PARTNER_DOES = (  # the first only for a partner whose name is not confirmed
    _Task(
        "",
        "Give his full name and date of birth for police checks.",
        (7, 21),
        "Done: checks requested from the police.",
        "Said he gave them to the police; the police have no record of it.",
    ),
    _Task(
        "",
        "Attend the drug and alcohol service assessment.",
        (14, 42),
        "Done: the service confirmed he attended.",
        "Said he went; the service has no record of him.",
    ),
    _Task(
        "",
        "Start the domestic abuse perpetrator programme.",
        (28, 84),
        "Done: the programme confirmed he started.",
        "Said he has started; the programme has no record of him.",
    ),
)
_FATHER_DOES = _Task(
    "",
    "Confirm his address and date of birth.",
    (14, 28),
    "Done: confirmed by letter.",
    "Said he would send them; nothing has come.",
)
_CONCERNS = (
    (
        "school",
        "school",
        "{child} arrived hungry three days this week and took food from other lunch boxes.",
    ),
    ("nursery", NURSERY[1], "{child} told staff a man at home 'hurts mummy'."),
    ("baby", HEALTH_VISITING[1], "{child}'s weight has dropped from the 50th to the 9th centile."),
    (
        "antenatal",
        MATERNITY[1],
        "{mother} came to her check-up with a bruise on her cheek and would not say how.",
    ),
    ("", HOUSING[1], "Rent arrears of £1,900; notice seeking possession served."),
    ("", "Neighbour (anonymous call)", "Shouting and a child crying late at night, most weekends."),
    (
        "man",
        POLICE[1],
        "{man} arrested for possession of cannabis with intent to supply; gave this address.",
    ),
)
# Why something was not shared, by what makes it true: the agency recorded it itself; it
# was decided at a meeting they were at; an adult service not involved with the child's
# care; a child-facing service for whom this kind of event changes nothing.
_OWN_RECORD = "Already knows: it is their own record."
_AT_THE_MEETING = "Already knows: was at the meeting where it was discussed."
_NOT_INVOLVED = "Not involved with the child's care."
_NOT_RELEVANT = "Not relevant to their work with the family."
_ADULT_SERVICES = frozenset({"Housing officer", "Mental health nurse", "Probation officer"})
# Who attends a strategy discussion: police and health (and social care, who call it).
_AT_STRATEGY = frozenset({"Police officer", "GP", "Health visitor", "Midwife", "School nurse"})
# What each role has no need to hear about (all else, it does: the police always hear of
# violence and injuries; a school of anything about its pupils).
_NOT_FOR = {
    "Police officer": frozenset(
        {Category.MISSED_APPOINTMENT, Category.SCHOOL_ATTENDANCE, Category.CANCELLED_MEETING}
    ),
    "Housing officer": frozenset(
        {
            Category.MISSED_APPOINTMENT,
            Category.SCHOOL_ATTENDANCE,
            Category.HOSPITAL_ATTENDANCE,
            Category.ASSESSMENT,
        }
    ),
    "Mental health nurse": frozenset(
        {Category.SCHOOL_ATTENDANCE, Category.CANCELLED_MEETING, Category.ASSESSMENT}
    ),
    "Probation officer": frozenset(
        {Category.MISSED_APPOINTMENT, Category.SCHOOL_ATTENDANCE, Category.ASSESSMENT}
    ),
    "GP": frozenset({Category.SCHOOL_ATTENDANCE, Category.CANCELLED_MEETING}),
    "Midwife": frozenset({Category.SCHOOL_ATTENDANCE, Category.CANCELLED_MEETING}),
    "Family support worker": frozenset({Category.MISSED_APPOINTMENT}),
}
# The lawful basis for sharing without consent: refused consent is overridden to protect
# the child; consent not sought because asking would itself put the child at risk.
_BASIS_REFUSED = (
    "To protect a child from significant harm (Children Act 1989 s47; DPA 2018 Sch 8).",
    "Refusal overridden: needed to protect the child from significant harm (DPA 2018 Sch 8).",
)
_BASIS_NOT_SOUGHT = (
    "Seeking consent would put the child at greater risk.",
    "To protect a child from significant harm (Children Act 1989 s47; DPA 2018 Sch 8).",
)
_METHODS = ("secure email", "phone", "at a meeting", "letter")
_TWINS = {
    Category.NO_ACCESS_VISIT: (
        HEALTH_VISITING[1],
        "Health visitor's record of the same visit: no answer at the door.",
    ),
    Category.POLICE_CALL_OUT: (
        _SOCIAL_CARE[1],
        "Police notification of the same call-out, received by children's social care.",
    ),
    Category.HOSPITAL_ATTENDANCE: (
        GP[1],
        "A&E discharge letter about the same attendance, received by the GP.",
    ),
}
_CONFERENCE_OUTCOME = {
    LegalStatus.CHILD_PROTECTION_PLAN: "Initial child protection conference: child protection "
    "plan under the category of neglect.",
    LegalStatus.CHILD_IN_NEED: "Initial child protection conference: threshold not met; "
    "child in need plan.",
    LegalStatus.PRE_BIRTH: "Initial child protection conference (pre-birth): a plan from birth.",
}
_ASSESSMENT_OUTCOME = {
    LegalStatus.EARLY_HELP: "Child and family assessment completed: stepped down to early help, "
    "led by {lead}; social care's involvement ends.",
    LegalStatus.CHILD_IN_NEED: "Child and family assessment completed: child in need plan.",
    LegalStatus.CHILD_PROTECTION_PLAN: "Child and family assessment completed.",
    LegalStatus.PRE_BIRTH: "Pre-birth assessment completed.",
}
# The decision on a referral, within a working day of it.
_REFERRAL_DECISION = (
    "Referral decision: progress to a child and family assessment; referrer acknowledged.",
    "Referral reviewed by the team manager: assessment agreed, referrer told the outcome.",
    "Decision on the referral: allocated for assessment; the family told of the referral.",
)
# Meetings while a child protection plan is in place.
_FIRST_CORE_GROUP = "First core group meeting: the plan broken down into actions."
_CORE_GROUP = (
    "Core group meeting: progress on the plan reviewed; actions updated.",
    "Core group meeting: school and health visitor reported; plan continues.",
    "Core group meeting: attendance at appointments discussed; actions agreed.",
)
_REVIEW_CONFERENCE = (
    "Review child protection conference: the plan continues under the category of neglect.",
    "Review child protection conference: some progress; the plan continues.",
)
# An earlier episode of social care: what closed it.
_EARLIER_CLOSED = (
    "Child and family assessment completed: needs met by universal services; case closed, "
    "no further action.",
    "Child and family assessment completed: {mother} accepted help from the family project; "
    "case closed.",
)
_EARLY_HELP_MEETING = (
    "Early help review (team around the family), chaired by {lead}: plan reviewed."
)
_NIGHT = ("19:40", "21:15", "22:30", "23:05", "23:50", "00:20", "01:45")
_SEEN_ALONE = (
    "Home visit. {child} seen alone in the bedroom and spoken to.",
    "Home visit. {child} seen alone; showed me the bedroom and toys.",
)
_SEEN_BABY = (
    "Home visit. {child} seen awake in the cot; {mother} present throughout.",
    "Home visit. {child} seen undressed with {mother} there; no marks on the skin.",
)
_SEEN_WITH = (
    "Home visit. {child} seen in the living room; {mother} would not leave the room.",
    "Home visit. {child} seen playing in the living room with {mother} there.",
)
# A child of seven or more is not "playing with toys" when a worker calls.
_SEEN_ALONE_OLDER = (
    "Home visit. {child} seen alone in the bedroom and spoken to.",
    "Home visit. {child} seen alone; we talked in the kitchen.",
)
_SEEN_WITH_OLDER = (
    "Home visit. {child} seen in the living room; {mother} would not leave the room.",
    "Home visit. {child} seen with {mother}; said little while she was there.",
)
_NOT_SEEN = (
    "Home visit. {mother} said {child} was asleep upstairs; not seen.",
    "Home visit. {mother} said {child} was at Nan's; not seen.",
)
_NOT_SEEN_AT_SCHOOL = (*_NOT_SEEN, "Home visit. {child} at school; {mother} seen.")
_BABY_HOME = _OBSERVATIONS + _BABY_OBSERVATIONS
_CHILD_HOME = _OBSERVATIONS + _CHILD_OBSERVATIONS
_IMPACT_UNBORN = "Risk to the unborn baby from violence in pregnancy."
_IMPACT_BABY = (
    "{child} was in the room; a baby cannot move away or ask for help.",
    "{child}'s care depends entirely on the adults in the home.",
)
_IMPACT_HURT = (
    "{child} was hurt; the explanation does not fit the injury.",
    "{child} was hurt while in the care of the adults at home.",
)
_IMPACT_CHILD = (
    "{child} was frightened and hid upstairs.",
    "{child} was in the house and heard it all.",
    "{child} saw it happen and has been wetting the bed since.",
)
# Relatives on the ecomap, and what they are to the mother.
_RELATIVES = (
    ("maternal grandmother", "{mother}'s mother; has the children most weekends."),
    ("maternal aunt", "{mother}'s sister; lives nearby, helps with school runs."),
)
_PROBATION_ORDER = (
    "Magistrates' court: {man_full} given a community order with 18 months' probation "
    "supervision (assault).",
    "{man_full} released from prison on licence; supervised by the Probation Service.",
)


def in_term(day: date) -> bool:
    """Whether schools are open on ``day`` as far as the demo goes: not from late July to
    the end of August."""
    return not (day.month == 8 or (day.month == 7 and day.day >= 23))


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
