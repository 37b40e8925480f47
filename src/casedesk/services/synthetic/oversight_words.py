"""The words of the demo's oversight: what an assessment concludes, what each member of the
team said when asked, how each adult was identified and checked, what a supervision
reflected on and decided, and what an escalation is about.

Texts are filled from ``Family.make_formats`` (``{child}``, ``{mother}``, ``{partner}`` ...)
plus a few names of their own; none states a fact the chronology does not allow.
"""

from __future__ import annotations

from casedesk.domain.assessments import ConcernAnswered
from casedesk.domain.cases import LegalStatus

SUPERVISOR = "Demo Supervisor"

# The child's developmental needs, by stage: unborn, a baby, under three, three to school,
# at primary school, ten and over.
DEVELOPMENT = {
    "unborn": "Unborn baby, due {expected}. The baby will need a safe place to sleep, a warm "
    "and consistent carer and a home free of violence; antenatal care is patchy (see the "
    "midwife's answer).",
    "baby": "{child} ({age}): weight and development within the expected range at the last "
    "check. Wholly dependent on the adults for safety, and most at risk when they are "
    "stressed or in conflict.",
    "toddler": "{child} ({age}): walking; speech a little behind, referred for a hearing "
    "check. Sleeps poorly and settles best with {gran}.",
    "nursery": "{child} ({age}): speech behind other children of that age; arrives tired and "
    "hungry some days; affectionate with {mother}.",
    "school": "{child} ({age}): attendance below 90%; reading behind; quiet and watchful in "
    "class. Says {pastime} is the best thing about home.",
    "older": "{child} ({age}): attendance falling; out late with older friends. Says home is "
    "'fine' but does not want to be there when there is shouting.",
}
PARENTING = (
    "Basic care is met on most visits, less so when {mother}'s mood is low. Ensuring "
    "safety: she minimises the arguments with {partner}. Emotional warmth is evident. "
    "Guidance and boundaries are inconsistent; stability depends on the relationship holding.",
    "{mother} can say what {child} needs but does not always act on it: appointments missed, "
    "the home cold and cluttered on unannounced visits. Stimulation is limited. Safety "
    "planning with her has only begun.",
    "The adults say the right things at meetings; what is seen between meetings is less "
    "consistent (see the visits). Basic care adequate; supervision in the evenings poor; "
    "boundaries set by shouting.",
)
PARENTING_UNBORN = (
    "Assessed before the birth: {mother} has cared for {sibling}, and what went well and what "
    "did not then is part of this assessment. Little is ready for the baby yet; the plan from "
    "birth depends on her working with the midwife and the worker."
)
# Family and environment: its parts, joined.
EARLIER = "Social care assessed the family in {earlier} and closed the case after it."
NO_EARLIER = "No earlier involvement of social care."
WIDER = "{grandmother_full}, the maternal grandmother, is close and helps with childcare."
LIVES_WITH = "{mother} and {partner_full} have lived together since {since}."
VISITS = "{partner_full} visits often; {mother} says he does not live there."
ON_PROBATION = "{man_full} has been on probation since {since}."
HOME = "Housing: {home}; damp, and rent arrears. Income: benefits; debts reported."

# (concern answered, how) and the decision, by the case's status.
CONCERN = {
    LegalStatus.CHILD_PROTECTION_PLAN: (
        ConcernAnswered.ANSWERED,
        "Answered: the concern about {child}'s care is borne out (neglect), and the adults' "
        "conflict adds to it; a section 47 enquiry followed.",
    ),
    LegalStatus.CHILD_IN_NEED: (
        ConcernAnswered.PARTLY,
        "Partly: the poor care the referral described is seen at times; no evidence of "
        "deliberate harm. What happens when {mother} and {partner} argue is not yet clear.",
    ),
    LegalStatus.EARLY_HELP: (
        ConcernAnswered.ANSWERED,
        "Answered: the needs are real but universal services can meet them with a plan; no "
        "evidence of significant harm.",
    ),
    LegalStatus.PRE_BIRTH: (
        ConcernAnswered.PARTLY,
        "Partly: the risks the midwife described are confirmed; how {mother} will manage "
        "after the birth is the open question.",
    ),
}
DECISION = {
    LegalStatus.CHILD_PROTECTION_PLAN: "Child protection plan (neglect), made at the initial "
    "conference of {conference}; its actions follow from this assessment.",
    LegalStatus.CHILD_IN_NEED: "Child in need plan with {mother}, reviewed every three months.",
    LegalStatus.EARLY_HELP: "Step down to early help led by {lead}; social care's "
    "involvement ends.",
    LegalStatus.PRE_BIRTH: "A plan from birth, agreed at the pre-birth conference of {conference}.",
}
DECISION_NO_CONFERENCE = {
    LegalStatus.CHILD_PROTECTION_PLAN: "Initial child protection conference to be convened.",
    LegalStatus.PRE_BIRTH: "Pre-birth child protection conference to be convened; a plan "
    "from birth.",
}

# What each member of the team said when asked, by role.
SAID = {
    "Social worker": "Social care's own records: {earlier}",
    "Health visitor": "Universal plus. {mother} comes to clinic but missed the last "
    "development review; no concerns about weight; home conditions vary.",
    "Midwife": "Antenatal attendance patchy. Routine enquiry about domestic abuse at booking; "
    "no disclosure since.",
    "GP": "{mother} treated for low mood; the children's immunisations mostly up to date; "
    "nothing else of note about the adults' health.",
    "Police officer": "Domestic incidents at the address are on record (see the chronology); "
    "nothing further known about the adults in the household.",
    "Probation officer": "{man_full} reports as required; the risk assessment (medium risk to "
    "known adults) shared.",
    "Housing officer": "Tenancy in {mother}'s name; rent arrears; repairs reported, access "
    "refused twice.",
    "Designated safeguarding lead": "Attendance below 90% this year; the children sometimes "
    "hungry and tired; no disclosures. Will share concerns weekly.",
    "Nursery manager": "Attends three days a week; often late and hungry; close to the key worker.",
    "School nurse": "Health review offered in school; immunisations to be checked with the GP.",
    "Family support worker": "Worked with {mother} on routines; she engaged well at first, "
    "less so in recent weeks.",
    "Mental health nurse": "{mother} is known for anxiety and low mood; no risk to others "
    "identified; she misses appointments when things are hard at home.",
}
EARLIER_RECORDS = "an earlier referral ({earlier}), closed after assessment."
SCHOOL_CLOSED = (
    "No answer: the school was closed for the summer; what it knew before the holiday is in "
    "the chronology."
)
NO_EARLIER_RECORDS = "no earlier involvement."

# How each adult was identified, seen (or why not) and checked.
IDENTIFIED = {
    "mother": "The child's mother; identity confirmed from her tenancy and the birth registration.",
    "partner": "Named by {mother} as her partner; full name and date of birth confirmed by the "
    "police check.",
    "partner named": "Known only as '{partner}', from {mother}; he has not given a surname or "
    "a date of birth.",
    "father named": "Named by {mother} as {father_full}; not on the birth registration and "
    "not confirmed.",
    "father unknown": "Not identified: {mother} says she does not know who the father is "
    "(see the attempts to identify him).",
    "other": "Found living at the home on a visit; {mother} confirmed who he is.",
    "sibling": "{mother}'s older child; lives at home.",
}
NOT_SEEN = {
    "father named": "{mother} says he has had no contact since the pregnancy and she has no "
    "address for him.",
    "father unknown": "Not identified yet.",
}
CHECKS = {
    "mother": "Police: domestic incidents at the address on record. Adult social care: not known.",
    "partner": "Police (national and local): checked; nothing that changes the plan. "
    "Adult social care: not known.",
    "partner on probation": "Police: checked. Probation: on probation since {since}; the "
    "officer shared the risk assessment.",
    "partner named": "Police cannot check without a full name and date of birth: asked again "
    "at each visit (see the attempts to identify him).",
    "father named": "Police check on the name and age {mother} gave: no match can be "
    "confirmed without a date of birth or an address.",
    "father unknown": "None possible until he is identified.",
    "other": "Police: nothing recorded.",
}

# Supervision: the first discussion of the case, then what later ones reflected on and
# decided, sometimes a decision not to act with its reason, and the step-down.
FIRST_REFLECTION = (
    "First discussion since the referral: what we know, what we do not (the adults "
    "around {child}), and the risks if nothing changes."
)
FIRST_DECISION = (
    "Plan and timescales agreed: the assessment by {due}; every adult in the household "
    "identified, seen and checked; the child's lived experience at the centre of it."
)
REFLECTIONS = (
    "Reflected on {mother}'s engagement: appointments kept before meetings, missed after "
    "them. Is this disguised compliance?",
    "Whose account are we relying on? Most of what we know of {partner} comes from {mother}.",
    "{child}'s lived experience: what a day at home is like, from the visits and what the "
    "team sees.",
    "Drift: the plan's actions are slipping; agreed what has to change and by when.",
    "Hypotheses tested: is the poor care tied to {mother}'s low mood, or to money? The "
    "evidence for and against each.",
    "The worker's own feelings about the case: anxious before visits; talked through "
    "what is behind that.",
    "What has changed for {child} since the last supervision, and what has only been promised.",
)
# While the assessment runs, then (by status) once it has made a plan.
ASSESSING = (
    "Assessment on track for {due}; the gaps in what we know named and assigned.",
    "At least one unannounced visit before the next supervision.",
    "Ask every member of the team for what they know before the next supervision.",
)
OVERDUE = (
    "The assessment is past its date ({due}): to be completed within two weeks, and why it "
    "is late recorded."
)
DECISIONS = {
    LegalStatus.CHILD_PROTECTION_PLAN: (
        "Keep the plan at its current level; review at the next core group.",
        "At least one unannounced visit before the next supervision.",
        "Report to the review conference to say plainly what has not changed.",
    ),
    LegalStatus.CHILD_IN_NEED: (
        "Child in need plan continues; review at the next meeting.",
        "At least one unannounced visit before the next supervision.",
        "Consider a strategy discussion if anything new about the adults is found.",
    ),
    LegalStatus.PRE_BIRTH: (
        "Pre-birth plan on track; the birth plan to be shared with the maternity unit.",
        "At least one unannounced visit before the next supervision.",
        "Parenting assessment to be completed before the birth.",
    ),
}
NOT_TO_ACT = (
    "Decided not to convene a strategy discussion on the latest concern: the account is "
    "consistent with what the team sees; to review if anything further comes in.",
    "Decided not to seek a legal planning meeting yet: the plan has not had long enough; "
    "review at the next supervision.",
    "Decided not to share the father's name with the wider team: not needed for their work "
    "with the family.",
    "Decided not to increase visits: the child was seen on each visit this month and the "
    "team reports no new concern.",
)
STEP_DOWN = (
    "Step-down to early help agreed: {lead} leads from here; social care's involvement ends."
)
AFTER_GAP = (
    "First supervision since {since}: the supervisor was on leave and no cover was arranged. "
)
ESCALATED = " Escalation about information not shared: taken to stage 2 (line managers)."

# Actions a supervision agrees: the worker's, and each role's.
# (what the case needs: "" anything, "talk" a child who talks, "named" a father with a
# name, "earlier" an earlier episode of social care)
WORKER_TASKS = (
    ("", "Ask the police for the call-out log for the address for the last two years."),
    ("", "Complete the checks on every adult in the household."),
    ("", "Update the chronology and the genogram before the next supervision."),
    ("", "Send the plan to the family in writing."),
    ("", "Arrange a joint visit with another member of the team."),
    ("", "Ask {grandmother_full} what she sees of the children's care."),
    ("", "Agree a safety plan with {mother} for when there is conflict at home."),
    ("", "Record the decision on sharing the last incident with the team."),
    ("earlier", "Read the earlier episode's assessment and add what it found to the history."),
    ("talk", "Prepare {child}'s views for the next meeting, in {child}'s words."),
    ("named", "Write to {father_full} at the last address known for him."),
)
TEAM_TASKS = {
    "Health visitor": "Share the outcome of the next development review ({month}).",
    "Midwife": "Share the antenatal attendance record to {month}.",
    "GP": "Share the practice's record of missed appointments to {month}.",
    "Police officer": "Check the address for call-outs since {month} and share them.",
    "Probation officer": "Share the updated risk assessment ({month}).",
    "Housing officer": "Report on the repairs inspection ({month}).",
    "Designated safeguarding lead": "Share the attendance figures for {month}.",
    "Nursery manager": "Share the nursery attendance for {month}.",
    "School nurse": "Offer the children a health review in school ({month}).",
    "Family support worker": "Report on the routines work ({month}).",
    "Mental health nurse": "Tell the worker how {mother} is managing ({month}).",
}

# Escalation: what was asked for and not sent, by role, and who takes stage 2.
RECORDS_ASKED = {
    "Designated safeguarding lead": "the school's safeguarding file and attendance figures",
    "Health visitor": "the health visiting record of the last development review",
    "GP": "the practice's record of the family's appointments",
    "Police officer": "the call-out log and risk assessments for the address",
    "Nursery manager": "the nursery's attendance record and welfare notes",
    "School nurse": "the school nurse's health review",
    "Housing officer": "the tenancy file and the repairs inspection report",
    "Mental health nurse": "the adult mental health team's risk assessment",
    "Family support worker": "the family project's session records",
    "Midwife": "the antenatal attendance record",
    "Probation officer": "the risk assessment and supervision plan",
}
LINE_MANAGER = {
    "Designated safeguarding lead": "Head teacher",
    "Health visitor": "Health visiting team leader",
    "GP": "Practice safeguarding lead",
    "Police officer": "Detective sergeant",
    "Nursery manager": "Nursery group manager",
    "School nurse": "School nursing team leader",
    "Housing officer": "Housing team manager",
    "Mental health nurse": "Team manager",
    "Family support worker": "Project manager",
    "Midwife": "Safeguarding midwife",
    "Probation officer": "Senior probation officer",
}
CONCERN_NOT_SHARED = (
    "Information not shared: after the chronology's entry of {reported} ({what}), asked "
    "{name} on {asked} for {records}; nothing received despite a reminder, and the plan "
    "cannot be reviewed without it."
)
NO_RESPONSE = "No response by {due}: taken to stage 2 (line managers)."
LATE_SIGN_OFF = (
    "I was on leave for a week and the sign-off was not delegated; read in full on my return.",
    "I was covering a second team while its manager was off; this was the first day I "
    "could read it in full.",
)
SIGNED = (
    "Agreed: a clear analysis; the plan follows from it.",
    "Agreed. The adults' section is thorough; keep the father's identity in view.",
    "Agreed: the child's voice comes through; review the plan as it says.",
)
