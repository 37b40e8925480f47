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
REGION = "England"
# Working Together (England): the timescales the demo's deadlines are counted with, in
# working days (statutory visits every 10 working days is a local procedure's choice).
TIMESCALES = {
    "Child and family assessment": 45,
    "Initial child protection conference": 15,
    "First core group": 10,
    "Statutory visit": 10,
}

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
_FAMILY = (
    *_names(
        "Ashdown Brindle Carrow Denholm Elstow Fenwick Garside Holloway Ingham Jessop "
        "Kettering Lowther Marwood Nuttall Orrell Penrose Quarmby Rudd Sowerby Thwaite Wójcik"
    ),
    "Ó Briain",
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
_SOCIAL_CARE = _AGENCIES[3]
# Involved only with a family whose children are the right age (see ``_Family.add_team``).
_SPECIALISTS = {"Health visitor", "Midwife", "Designated safeguarding lead"}


def _table(text: str) -> dict[Category, tuple[tuple[str, str, str], ...]]:
    """Read a table of lines: a category's name, then its lines indented, each written
    ``needs/who: text`` (``-`` for no need)."""
    found: dict[Category, list[tuple[str, str, str]]] = {}
    lines: list[tuple[str, str, str]] = []
    for row in text.strip().splitlines():
        if not row.startswith(" "):
            lines = found.setdefault(Category(row), [])
            continue
        head, said = row.strip().split(": ", 1)
        needs, who = head.split("/")
        lines.append(("" if needs == "-" else needs, who, said))
    return {category: tuple(rows) for category, rows in found.items()}


# What an entry can say depends on the day: whether the child is born yet (and how old),
# whether the half-sibling is, whether the mother is pregnant, and whether the man in her
# life then is someone the record can name. Each line says what it needs (- nothing;
# child, baby, talk, nursery, school, older: the child born, under 3, 3, 3 to 4, 4, 10;
# sibling, sibschool; pregnant; man: a man the record names) and who records it
# (_RECORDED_BY).
# {agency} is another agency of the team around the family.
_LINES = _table(
    """
referral
    -/team: Referral from {agency}: concerns about home conditions.
    child/team: Referral received from {agency} about bruising seen on {child}.
    sibschool/school: Referral from the school: {sibling} arrived hungry and unkempt.
no-access visit
    -/sc: Planned home visit: no answer at the door; curtains drawn.
    -/sc: Unannounced visit: voices heard inside, door not opened.
    -/sc: Joint visit with {agency}: no answer; a neighbour said the family were in.
missed appointment
    child/health: {child} not brought to health appointment.
    school/health: {child} not brought to a dental appointment.
    pregnant/maternity: {mother} did not attend antenatal appointment at {weeks} weeks.
    -/health: {mother} did not attend her GP appointment.
    sibling/health: {sibling} not brought to the paediatric clinic.
cancelled meeting
    -/sc: {mother} cancelled the review meeting on the day.
    -/sc: Meeting about the plan cancelled by the family; no new date offered.
disclosure
    -/mother: {mother} disclosed that {man} shouted at her and pushed her.
    child/mother: {mother} disclosed that {man} shouted at {child}.
    nursery/nursery: {child} told nursery staff that mummy and her boyfriend were shouting.
    school/school: {child} told a teacher that there is 'always shouting' at home.
    sibschool/school: {sibling} told a teacher that there is 'always shouting' at home.
injury
    child/health: Small bruise noted on {child}'s cheek; explanation: fell off sofa.
    school/school: {child} came to school with a mark on the neck; said it was from playing.
    -/health: {mother} seen with a bruise on her arm; said she walked into a door.
    child/mother: {mother} said {child}'s bruise was from a fall at the park.
hospital attendance
    child/hospital: {child} attended A&E with a head injury; discharged.
    -/hospital: {mother} attended A&E with a cut hand; said it was a kitchen accident.
    sibling/hospital: {sibling} taken to A&E with a burn to the hand; explanation: the iron.
police call-out
    -/police: Police called by neighbour after shouting at the address.
    man/police: Police attended; {man} arrested for criminal damage, released next day.
    older/police: Police found {child} out alone after 10pm and took the child home.
domestic abuse incident
    -/police: Domestic abuse incident reported; {man} left before police arrived.
    -/police: {mother} reported that {man} took her phone and would not let her leave.
    child/police: Domestic abuse incident; {child} was in the house at the time.
    pregnant/police: Domestic abuse incident while {mother} was {weeks} weeks pregnant.
school attendance
    school/school: School reports {child}'s attendance at 81% this term.
    school/school: School reports {child} late nine times this half term.
    nursery/nursery: Nursery reports {child} came to 4 of 10 sessions.
    sibschool/school: School reports {sibling}'s attendance at 76% this term.
assessment
    -/sc: Parenting assessment started with {mother}.
    baby/health: Health visitor's developmental review of {child}: speech delayed.
conference
    sibling/sc: Review child protection conference for {sibling}; plan continues.
    -/sc: Multi-agency meeting held; {mother} attended with a friend.
supervision
    -/sc: Case discussed in supervision; actions agreed.
    -/sc: Supervision: drift in the plan noted; visits to increase.
information shared
    -/sc: Chronology shared with {agency} with consent.
    man/police: {man}'s history disclosed to {mother} under the domestic abuse disclosure scheme.
court
    -/court: Court hearing listed.
    man/court: Magistrates' court: {man} given a restraining order.
other
    -/sc: Telephone call with {mother} to arrange visit.
    -/sc: Letter sent to {mother} confirming the plan.
    man/mother: {mother} said {man} has moved out and she has changed the locks.
    pregnant/maternity: Midwife booking appointment: {mother} {weeks} weeks pregnant.
"""
)
# Who records each kind of line: the source named, and how the fact reached the record.
_RECORDED_BY: dict[str, tuple[tuple[str, ...], tuple[SourceType, ...]]] = {
    "sc": (("Northvale Children's Social Care",), (SourceType.PROFESSIONAL_OBSERVATION,)),
    "police": (
        ("Northvale Police Public Protection Unit",),
        (SourceType.AGENCY_RECORD, SourceType.AGENCY_RECORD, SourceType.DOCUMENT),
    ),
    "health": (
        ("Riverside Medical Practice", "Northvale Health Visiting Service"),
        (SourceType.AGENCY_RECORD, SourceType.AGENCY_RECORD, SourceType.PROFESSIONAL_OBSERVATION),
    ),
    "maternity": (("Northvale Maternity Unit",), (SourceType.AGENCY_RECORD,)),
    "hospital": (
        ("Northvale General Hospital (A&E)",),
        (SourceType.AGENCY_RECORD, SourceType.DOCUMENT),
    ),
    "school": (("St Aidan's Primary School",), (SourceType.AGENCY_RECORD,)),
    "nursery": (("Little Acorns Nursery",), (SourceType.AGENCY_RECORD,)),
    "court": (("Northvale Family Court",), (SourceType.DOCUMENT,)),
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
# Social work with the family: mostly during this episode and the one before it.
_CASEWORK = frozenset(
    {
        Category.HOME_VISIT,
        Category.NO_ACCESS_VISIT,
        Category.CANCELLED_MEETING,
        Category.SUPERVISION,
        Category.CONFERENCE,
        Category.INFORMATION_SHARED,
        Category.OTHER,
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
    "weeks": {"pregnant"},
}


@dataclass(frozen=True)
class _Line:
    """One thing an entry can say, what it needs of the day, who records it and who it
    is about."""

    needs: str
    who: str
    text: str
    roles: tuple[str, ...]


def _line(needs: str, who: str, text: str) -> _Line:
    named = {name for _, name, _, _ in Formatter().parse(text) if name}
    for name, allowed in _IMPLIES.items():
        if name in named and needs not in allowed:
            raise ValueError(f"{text!r} names {name} but needs only {needs!r}")
    return _Line(needs, who, text, tuple(r for r in _PEOPLE_ROLES if r in named))


_ALL_LINES = {c: tuple(_line(*row) for row in rows) for c, rows in _LINES.items()}


def _fits(needs: str, child: int, sibling: int, pregnant: bool, man: bool) -> bool:
    """Whether a line can be said on a day with these facts (ages in days, < 0 unborn)."""
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
            return pregnant
        case "man":
            return man
    raise ValueError(needs)


def _stage(age: int) -> int:
    """The youngest age (in days) of the stage a child ``age`` days old is at, as far as
    lines depend on it (-1 not yet born)."""
    if age < 0:
        return -1
    if age < _TALKS:
        return 0
    if age < _SCHOOL:
        return _TALKS
    if age < _OLDER:
        return _SCHOOL
    return _OLDER


_CHOICES: dict[tuple[Category, int, int, bool, bool], tuple[_Line, ...]] = {}


def _lines_for(
    category: Category, child: int, sibling: int, pregnant: bool, man: bool
) -> tuple[_Line, ...]:
    """The lines of ``category`` that fit a day (worked out once per kind of day)."""
    key = (category, child, sibling, pregnant, man)
    found = _CHOICES.get(key)
    if found is None:
        found = tuple(
            line
            for line in _ALL_LINES[category]
            if _fits(line.needs, child, sibling, pregnant, man)
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
# The child's own words, as a child that age says them.
_LITTLE_WORDS = (
    "I like my new bed.",
    "Mummy was crying.",
    "I had crisps for tea.",
    "I'm not allowed in the kitchen.",
    "My tummy hurts.",
    "I want to stay at Nanny's.",
    "Can I show you my drawing?",
    "I hide under my bed when it's loud.",
)
_MIDDLE_WORDS = (
    "I don't like it when they argue.",
    "I stay in my room when he's here.",
    "School is alright. I like football.",
    "Mum says I'm not to talk to you.",
    "I make my own breakfast most days.",
    "I miss my dad.",
    "I get hungry at night.",
)
_TEEN_WORDS = (
    "I'm fine. Can I go now?",
    "It's none of your business.",
    "I'm at my mate's most nights.",
    "Mum's trying her best.",
    "I don't want to go into care.",
    "He's alright when he's not drinking.",
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
_BORNE_OUT = (
    "Police records (PNC)",
    "Health visiting records",
    "School attendance register",
    "GP records",
    "Neighbour's account to the housing officer",
)


# Identification attempts: (method, asked whom, answer, reluctance, outcome, next step), for
# a father not identified, a partner named but not confirmed, and a father only named.
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
_ASK_BORN = (
    "checked the birth registration",
    "Register office",
    "No father named on the birth registration.",
    "",
    "Not identified.",
    "Ask the maternal grandmother.",
)
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
# Actions by who owns them: (what the day needs, what).
_WORKER_DOES = (
    ("talk", "Visit {child} at home and see {child} alone."),
    ("child", "See {child} at home, awake, and see where {child} sleeps."),
    ("", "Request {mother}'s GP records."),
    ("", "Update the chronology and share it with the team around the family."),
    ("man", "Ask police for {man}'s history (PNC check)."),
)
_TEAM_DOES = {
    "Health visitor": "Weigh the children and review their development.",
    "Midwife": "Share the antenatal attendance record.",
    "GP": "Review {mother}'s medication and share the outcome.",
    "Police officer": "Share the call-out log for the address for the last year.",
    "Probation officer": "Confirm the licence conditions of any adult at the address.",
    "Housing officer": "Inspect the flat for the reported repairs.",
    "Designated safeguarding lead": "Send weekly attendance figures for the children.",
    "Family support worker": "Start weekly sessions on routines with {mother}.",
    "Mental health nurse": "Offer {mother} an assessment appointment.",
}
_MOTHER_DOES = (
    ("", "Attend the Freedom Programme every Thursday."),
    ("", "Tell the social worker if {partner} stays overnight."),
    ("", "Register with the GP and keep the appointment."),
    ("child", "Take {child} to the dentist."),
    ("nursery", "Make sure {child} goes to nursery every day."),
    ("school", "Make sure {child} gets to school on time every day."),
    ("pregnant", "Go to every antenatal appointment."),
)
_PARTNER_DOES = (  # the first only for a partner whose name is not confirmed
    "Give his full name and date of birth for police checks.",
    "Attend the drug and alcohol service assessment.",
    "Start the domestic abuse perpetrator programme.",
)
_DONE = ("Done.", "Done; confirmed at the review meeting.", "Done; seen by the worker.")
# What an agreed action left undone looks like when the family says otherwise.
_SAID_DONE = (
    "Said she has been going; the course has no record of her.",
    "Said it was done; the provider has no record of it.",
    "Agreed again at each meeting; still not done.",
)
_CONCERNS = (
    (
        "school",
        "St Aidan's Primary School",
        "{child} arrived hungry three days this week and took food from other lunch boxes.",
    ),
    ("nursery", "Little Acorns Nursery", "{child} told staff a man at home 'hurts mummy'."),
    (
        "baby",
        "Northvale Health Visiting Service",
        "{child}'s weight has dropped from the 50th to the 9th centile.",
    ),
    (
        "pregnant",
        "Northvale Maternity Unit",
        "{mother} came to her check-up with a bruise on her cheek and would not say how.",
    ),
    ("", "Northvale Homes", "Rent arrears of £1,900; notice seeking possession served."),
    ("", "Neighbour (anonymous call)", "Shouting and a child crying late at night, most weekends."),
    (
        "man",
        "Northvale Police Public Protection Unit",
        "{man} arrested for possession of cannabis with intent to supply; gave this address.",
    ),
)
_NOT_SHARED_BECAUSE = (
    "Not involved with the child's care.",
    "Already knows: was at the meeting where it was discussed.",
    "Not relevant to their work with the family.",
    "Sharing would add nothing to their plan.",
)
_LAWFUL_BASIS = (
    "To protect a child from significant harm (Children Act 1989 s47; DPA 2018 Sch 8).",
    "Seeking consent would put the child at greater risk.",
)
_METHODS = ("secure email", "phone", "at a meeting", "letter")
_TWINS = {
    Category.NO_ACCESS_VISIT: (
        "Northvale Health Visiting Service",
        "Health visitor's record of the same visit: no answer at the door.",
    ),
    Category.POLICE_CALL_OUT: (
        "Northvale Children's Social Care",
        "Police notification of the same call-out, received by children's social care.",
    ),
    Category.HOSPITAL_ATTENDANCE: (
        "Riverside Medical Practice",
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
    LegalStatus.EARLY_HELP: "Child and family assessment completed: stepped down to early help.",
    LegalStatus.CHILD_IN_NEED: "Child and family assessment completed: child in need plan.",
    LegalStatus.CHILD_PROTECTION_PLAN: "Child and family assessment completed.",
    LegalStatus.PRE_BIRTH: "Pre-birth assessment completed.",
}
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


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
