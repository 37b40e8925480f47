"""Every kind of record a case holds, declared once.

A kind names its domain type, its fields (each with a codec, its column in the case file
and its key in the interchange document), which records of a case it covers, and how they
are ordered. From this one declaration come:

- the row mapping and the loading of a whole case (``storage.rows``, ``storage.loading``);
- the interchange document both ways and its JSON Schema (``services.interchange*``);
- the history diff of an amendment (``changed_columns``).

So adding a kind touches its dataclass, its declaration here, a schema step, and its use
cases; a test proves every table is loaded and every kind survives export -> import ->
export. (Gramps' ``gen/lib`` objects serialise themselves the same way.)
"""

from __future__ import annotations

import dataclasses
from typing import Any

from casedesk.domain import codecs as c
from casedesk.domain.actions import Action
from casedesk.domain.assessments import (
    AdultConsidered,
    Assessment,
    AssessmentKind,
    ConcernAnswered,
    SourceConsulted,
)
from casedesk.domain.cases import Case, Concern, LegalStatus
from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry
from casedesk.domain.consent import ConsentState
from casedesk.domain.dates import DatePrecision
from casedesk.domain.disclosures import Disclosure
from casedesk.domain.escalation import Escalation
from casedesk.domain.evidence import Significance
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.people import Address, Identification, Identifier, Person, Sex
from casedesk.domain.record_kind import (
    Field,
    RecordKind,
    changed_columns,
    columns_of,
    from_json,
    from_row,
    json_schema,
    person_fields,
    record_key,
    to_json,
    to_row,
)
from casedesk.domain.relationships import (
    EmotionalLink,
    EmotionalQuality,
    HouseholdMembership,
    ParentalResponsibility,
    Relationship,
    RelationshipKind,
)
from casedesk.domain.sharing import Consent, SharingDecision
from casedesk.domain.sign_offs import SignOff, SignOffDecision
from casedesk.domain.supervision import Supervision
from casedesk.domain.team import LinkStrength, Professional, Support
from casedesk.domain.timescales import Deadline
from casedesk.domain.wording import QT_TRANSLATE_NOOP

# -- the kinds ---------------------------------------------------------------------------------

TEXT = c.Text()  # many lines: what happened, an analysis, a concern
LINE = c.Text(limit=500, single_line=True)  # one line: a source, a role, a household
NAME = c.Text(limit=200, single_line=True)  # a person's or a worker's name
REFERENCE = c.Text(limit=100, single_line=True)
DAY = c.Day()
EVENT_DAY = c.Day(c.FIRST_YEAR, c.LAST_YEAR)  # when something in the chronology happened
FLAG = c.Flag()
PERSON = c.Ref("person")
EVIDENCE = c.EvidenceOf()
CATEGORY = c.Custom(
    Category,
    lambda category: category.value,
    {"type": "string", "maxLength": 60, "default": "other"},
    "{error}",
)


def _significance(value: Any) -> Significance:
    """0 to 3 as a whole number (2.0 and true are not a level on the scale)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("not a whole number")  # i18n: never shown
    return Significance(value)


SIGNIFICANCE = c.Custom(
    _significance,
    int,
    {"type": "integer", "minimum": 0, "maximum": 3, "default": 0},
    QT_TRANSLATE_NOOP("record_kinds", "should be 0 (routine) to 3 (critical)"),
)


def _whole_number(value: Any) -> int:
    """A whole number, 0 or more (2.0 and true are not one)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("not a whole number")  # i18n: never shown
    return value


COUNT = c.Custom(
    _whole_number,
    int,
    {"type": "integer", "minimum": 0, "default": 0},
    QT_TRANSLATE_NOOP("record_kinds", "should be a whole number, 0 or more"),
)


def _case_field() -> Field:
    return Field("case", c.Ref("case"), "case_id", key=None, context="case")


def _record_id() -> Field:
    return Field("record_id", c.OptionalRef(), "id", key=None)


CASE = RecordKind(
    "cases",
    Case,
    (
        Field("id", c.Ref("case"), required=True),
        Field("reference", REFERENCE, required=True),
        Field("subject_child", PERSON, required=True),
        Field("legal_status", c.Choice(LegalStatus)),
        Field("original_concern", TEXT, required=True),
        Field("opened_on", DAY, required=True),
        Field("allocated_worker", NAME),
        Field("closed_on", DAY),
        Field("no_partner_because", TEXT),
    ),
    record_field="case",
    json_key="",
    what=QT_TRANSLATE_NOOP("record_kinds", "case"),
    case_column="id",
    withdrawable=False,
    id_prefix="c",
)

PEOPLE = RecordKind(
    "people",
    Person,
    (
        Field("id", PERSON, required=True),
        Field("given_names", NAME),
        Field("family_name", NAME),
        Field("known_as", NAME),
        Field("aliases", c.Texts()),
        Field("previous_names", c.Texts()),
        Field("sex", c.Choice(Sex), default=Sex.UNKNOWN),
        Field("birth", c.Birth()),
        Field("birth_evidence", c.EvidenceOf(optional=True), "birth_", ("birth", "evidence")),
        Field("expected_on", DAY),
        Field("died_on", DAY),
        Field("identification", c.Choice(Identification), default=Identification.IDENTIFIED),
        Field("languages", c.Texts()),
        Field("notes", TEXT),
        Field("name_evidence", c.EvidenceOf(optional=True), "name_"),
    ),
    record_field="people",
    json_key="people",
    what=QT_TRANSLATE_NOOP("record_kinds", "person"),
    case_column=None,  # people belong to cases through case_people (one may be in several)
    id_prefix="p",
)

RELATIONSHIPS = RecordKind(
    "relationships",
    Relationship,
    (
        Field("id", c.Ref("relationship"), required=True),
        Field("kind", c.Choice(RelationshipKind)),
        Field("from_person", PERSON, key=("from",), required=True),
        Field("to_person", PERSON, key=("to",), required=True),
        Field("started_on", DAY),
        Field("ended_on", DAY),
        Field("role", LINE),
        Field("evidence", EVIDENCE, ""),
    ),
    record_field="relationships",
    json_key="relationships",
    what=QT_TRANSLATE_NOOP("record_kinds", "relationship"),
    case_column=None,
    person_columns=("from_person", "to_person"),
    id_prefix="r",
)

HOUSEHOLDS = RecordKind(
    "households",
    HouseholdMembership,
    (
        Field("person", PERSON, "person_id", required=True),
        Field("household", LINE, required=True),
        Field("from_date", DAY, key=("from",)),
        Field("to_date", DAY, key=("to",)),
        Field("evidence", EVIDENCE, ""),
        _record_id(),
    ),
    record_field="households",
    json_key="households",
    what=QT_TRANSLATE_NOOP("record_kinds", "household membership"),
    key_attr="record_id",
    case_column=None,
    person_columns=("person_id",),
)

ADDRESSES = RecordKind(
    "addresses",
    Address,
    (
        Field("person", PERSON, "person_id", required=True),
        Field("address", c.Text(limit=2000), required=True),
        Field("from_date", DAY, key=("from",)),
        Field("to_date", DAY, key=("to",)),
        Field("evidence", EVIDENCE, ""),
        _record_id(),
    ),
    record_field="addresses",
    json_key="addresses",
    what=QT_TRANSLATE_NOOP("record_kinds", "address"),
    key_attr="record_id",
    case_column=None,
    person_columns=("person_id",),
)

IDENTIFIERS = RecordKind(
    "identifiers",
    Identifier,
    (
        Field("person", PERSON, "person_id", required=True),
        Field("kind", LINE, required=True),
        Field("value", LINE, required=True),
        _record_id(),
    ),
    record_field="identifiers",
    json_key="identifiers",
    what=QT_TRANSLATE_NOOP("record_kinds", "identifier"),
    key_attr="record_id",
    case_column=None,
    person_columns=("person_id",),
)

EMOTIONAL_LINKS = RecordKind(
    "emotional_links",
    EmotionalLink,
    (
        Field("from_person", PERSON, key=("from",), required=True),
        Field("to_person", PERSON, key=("to",), required=True),
        Field("quality", c.Choice(EmotionalQuality)),
        Field("from_date", DAY),
        Field("to_date", DAY),
        Field("evidence", EVIDENCE, ""),
        _record_id(),
    ),
    record_field="emotional_links",
    json_key="emotional_links",
    what=QT_TRANSLATE_NOOP("record_kinds", "emotional link"),
    key_attr="record_id",
    case_column=None,
    person_columns=("from_person", "to_person"),
)

PARENTAL_RESPONSIBILITY = RecordKind(
    "parental_responsibility",
    ParentalResponsibility,
    (
        Field("person", PERSON, "person_id", required=True),
        Field("child", PERSON, "child_id", required=True),
        Field("basis", LINE, required=True),
        Field("from_date", DAY, key=("from",)),
        Field("to_date", DAY, key=("to",)),
        _record_id(),
    ),
    record_field="parental_responsibility",
    json_key="parental_responsibility",
    what=QT_TRANSLATE_NOOP("record_kinds", "parental responsibility record"),
    key_attr="record_id",
    case_column=None,
    person_columns=("person_id", "child_id"),
)

IDENTIFICATION_ATTEMPTS = RecordKind(
    "identification_attempts",
    IdentificationAttempt,
    (
        Field("id", c.Ref("identification attempt"), required=True),  # i18n: JSON Schema
        _case_field(),
        Field("person", PERSON, "person_id", required=True),
        Field("attempted_on", DAY, required=True),
        Field("method", LINE, required=True),
        Field("asked_by", NAME, required=True),
        Field("asked_whom", NAME, required=True),
        Field("answer", TEXT, required=True),
        Field("reluctance", TEXT),
        Field("outcome", TEXT),
        Field("next_step", TEXT),
    ),
    record_field="identification_attempts",
    json_key="identification_attempts",
    what=QT_TRANSLATE_NOOP("record_kinds", "identification attempt"),
    person_columns=("person_id",),
    order_by=("attempted_on", "id"),
    id_prefix="ia",
)

CONCERNS = RecordKind(
    "concerns",
    Concern,
    (
        Field("id", c.Ref("concern"), required=True),
        _case_field(),
        Field("raised_on", DAY, required=True),
        Field("text", TEXT, required=True),
        Field("source", LINE),
        Field("recorded_by", NAME, fixed=True),
    ),
    record_field="concerns",
    json_key="concerns",
    what=QT_TRANSLATE_NOOP("record_kinds", "concern"),
    order_by=("raised_on", "id"),
    id_prefix="cn",
)

PROFESSIONALS = RecordKind(
    "professionals",
    Professional,
    (
        Field("id", c.Ref("team member"), required=True),  # i18n: JSON Schema
        _case_field(),
        Field("name", NAME, required=True),
        Field("agency", LINE, required=True),
        Field("role", LINE, required=True),
        Field("involved_from", DAY, required=True),
        Field("involved_to", DAY),
        Field("lead", FLAG),
        Field("contact", TEXT),
        # Schema 15: a state with who and when, where a tick box was (``domain.consent``).
        Field("consent", c.Choice(ConsentState), default=ConsentState.NOT_YET_ASKED),
        Field("consent_by", NAME),
        Field("consent_on", DAY),
        Field("consent_basis", LINE),
    ),
    record_field="professionals",
    json_key="team",
    what=QT_TRANSLATE_NOOP("record_kinds", "team member"),
    id_prefix="t",
)

ENTRIES = RecordKind(
    "chronology_entries",
    ChronologyEntry,
    (
        Field("id", c.Ref("chronology entry"), required=True),  # i18n: JSON Schema
        _case_field(),
        Field("occurred_on", EVENT_DAY, required=True),
        Field("category", CATEGORY, required=True),
        Field("description", TEXT, required=True),
        # Flat in documents, as version-1 documents have always written an entry's.
        Field("evidence", c.EvidenceOf(by="corroborating_entry", flat=True), ""),
        Field("recorded_by", NAME, required=True, fixed=True),
        Field("precision", c.Choice(DatePrecision), default=DatePrecision.EXACT),
        Field("significance", SIGNIFICANCE, default=Significance.ROUTINE),
        Field("impact_on_child", TEXT),
        Field("action_taken", TEXT),
        Field("people", c.Refs()),
        Field("recorded_at", LINE, fixed=True),
        Field("time", LINE, "occurred_time"),
        Field("until", EVENT_DAY, "occurred_until"),
        Field("analysis", TEXT),
        Field("action_owner", NAME),
        Field("corroborating_source", LINE),
        Field("child_seen", c.Choice(ChildSeen), default=ChildSeen.NOT_RECORDED),
        Field("others_present", LINE),
        Field("child_words", TEXT),
        Field("home_observations", TEXT),
        Field("same_event_as", c.Ref("chronology entry")),  # i18n: JSON Schema
        Field("third_party", FLAG),
    ),
    record_field="entries",
    json_key="chronology",
    what=QT_TRANSLATE_NOOP("record_kinds", "chronology entry"),
    order_by=("occurred_on", "rowid"),
    id_prefix="e",
)

SHARING = RecordKind(
    "information_sharing",
    SharingDecision,
    (
        Field("id", c.Ref("sharing decision"), required=True),  # i18n: JSON Schema
        _case_field(),
        Field("decided_on", DAY, required=True),
        Field("shared_with", LINE),  # required unless pending (``sharing_problem``)
        Field("shared", FLAG),
        Field("what", TEXT, required=True),
        Field("reason", TEXT),
        Field("recorded_by", NAME, required=True, fixed=True),
        Field("entry", c.Ref("chronology entry"), "entry_id"),  # i18n: JSON Schema
        Field("pending", FLAG),
        Field("consent", c.Choice(Consent), default=Consent.NOT_RECORDED),
        Field("lawful_basis", LINE),
        Field("method", LINE),
        Field("shared_on", DAY),
    ),
    record_field="sharing",
    json_key="information_sharing",
    what=QT_TRANSLATE_NOOP("record_kinds", "sharing decision"),
    order_by=("decided_on", "id"),
    id_prefix="s",
)

SUPPORTS = RecordKind(
    "supports",
    Support,
    (
        _case_field(),
        Field("name", LINE, required=True),
        Field("kind", LINE, required=True),
        Field("strength", c.Choice(LinkStrength)),
        Field("from_date", DAY, key=("from",)),
        Field("to_date", DAY, key=("to",)),
        Field("person", c.OptionalRef("person"), "person_id"),
        Field("professional", c.OptionalRef("team member"), "professional_id"),  # i18n: JSON Schema
        Field("note", TEXT),
        Field("evidence", EVIDENCE, ""),
        _record_id(),
    ),
    record_field="supports",
    json_key="ecomap",
    what=QT_TRANSLATE_NOOP("record_kinds", "ecomap link"),
    key_attr="record_id",
)

DEADLINES = RecordKind(
    "deadlines",
    Deadline,
    (
        _case_field(),
        Field("name", LINE, required=True),
        Field("started_on", DAY, required=True),
        Field("due_on", DAY, required=True),
        Field("met_on", DAY),
        Field("rule", REFERENCE, "rule_id"),
        Field("started_by", c.Ref("chronology entry")),  # i18n: JSON Schema
        Field("met_by", c.Ref("chronology entry")),  # i18n: JSON Schema
        Field("statutory", FLAG),
        Field("extended_to", DAY),
        Field("cancelled_on", DAY),
        Field("reason", TEXT),
        _record_id(),
    ),
    record_field="deadlines",
    json_key="deadlines",
    what=QT_TRANSLATE_NOOP("record_kinds", "deadline"),
    key_attr="record_id",
    order_by=("due_on", "id"),
)

ACTIONS = RecordKind(
    "actions",
    Action,
    (
        Field("id", c.Ref("action"), required=True),
        _case_field(),
        Field("what", TEXT, required=True),
        Field("owner", LINE, required=True),
        Field("agreed_on", DAY, required=True),
        Field("due_on", DAY, required=True),
        Field("completed_on", DAY),
        Field("outcome", TEXT),
        Field("entry", c.Ref("chronology entry"), "entry_id"),  # i18n: JSON Schema
        Field("attempt", c.Ref("identification attempt"), "attempt_id"),  # i18n: JSON Schema
        Field("recorded_by", NAME, required=True, fixed=True),
        Field("supervision", c.Ref("supervision"), "supervision_id"),
    ),
    record_field="actions",
    json_key="actions",
    what=QT_TRANSLATE_NOOP("record_kinds", "action"),
    order_by=("due_on", "id"),
    id_prefix="a",
)

ASSESSMENTS = RecordKind(
    "assessments",
    Assessment,
    (
        Field("id", c.Ref("assessment"), required=True),
        _case_field(),
        Field("kind", c.Choice(AssessmentKind), required=True),
        Field("started_on", DAY, required=True),
        Field("due_on", DAY, required=True),
        Field("completed_on", DAY),
        Field("developmental_needs", TEXT),
        Field("parenting_capacity", TEXT),
        Field("family_and_environment", TEXT),
        Field("history", c.Refs()),
        Field("concern_answered", c.Choice(ConcernAnswered), default=ConcernAnswered.NOT_YET),
        Field("concern_answer", TEXT),
        Field("decision", TEXT),
        Field("late_reason", TEXT),
        Field("submitted_on", DAY),
        Field("recorded_by", NAME, required=True, fixed=True),
    ),
    record_field="assessments",
    json_key="assessments",
    what=QT_TRANSLATE_NOOP("record_kinds", "assessment"),
    order_by=("started_on", "id"),
    id_prefix="as",
)

SOURCES_CONSULTED = RecordKind(
    "assessment_sources",
    SourceConsulted,
    (
        Field("id", c.Ref("source consulted"), required=True),  # i18n: JSON Schema
        _case_field(),
        Field("assessment", c.Ref("assessment"), "assessment_id", required=True),
        Field("professional", c.Ref("team member"), "professional_id"),  # i18n: JSON Schema
        Field("source", LINE),
        Field("asked_on", DAY),
        Field("answered_on", DAY),
        Field("said", TEXT),
        Field("recorded_by", NAME, required=True, fixed=True),
    ),
    record_field="sources_consulted",
    json_key="assessment_sources",
    what=QT_TRANSLATE_NOOP("record_kinds", "source consulted"),
    order_by=("assessment_id", "asked_on", "id"),
    id_prefix="aq",
)

ADULTS_CONSIDERED = RecordKind(
    "assessment_adults",
    AdultConsidered,
    (
        Field("id", c.Ref("adult considered"), required=True),  # i18n: JSON Schema
        _case_field(),
        Field("assessment", c.Ref("assessment"), "assessment_id", required=True),
        Field("person", PERSON, "person_id", required=True),
        Field("how_identified", TEXT),
        Field("seen_on", DAY),
        Field("not_seen_because", TEXT),
        Field("checks", TEXT),
        Field("checked_on", DAY),
        Field("recorded_by", NAME, required=True, fixed=True),
    ),
    record_field="adults_considered",
    json_key="assessment_adults",
    what=QT_TRANSLATE_NOOP("record_kinds", "adult considered"),
    person_columns=("person_id",),
    order_by=("assessment_id", "id"),
    id_prefix="aa",
)

SUPERVISIONS = RecordKind(
    "supervisions",
    Supervision,
    (
        Field("id", c.Ref("supervision"), required=True),
        _case_field(),
        Field("held_on", DAY, required=True),
        Field("supervisor", NAME, required=True),
        Field("worker", NAME, required=True),
        Field("reflection", TEXT),
        Field("decisions", TEXT),
        Field("not_to_act", TEXT),
        Field("session", REFERENCE),
        Field("cases_discussed", c.Texts()),
        Field("recorded_by", NAME, required=True, fixed=True),
        Field("recorded_at", LINE, fixed=True),
    ),
    record_field="supervisions",
    json_key="supervision",
    what=QT_TRANSLATE_NOOP("record_kinds", "supervision"),
    order_by=("held_on", "id"),
    id_prefix="sv",
)

ESCALATIONS = RecordKind(
    "escalations",
    Escalation,
    (
        Field("id", c.Ref("escalation"), required=True),
        _case_field(),
        Field("raised_on", DAY, required=True),
        Field("raised_by", NAME, required=True),
        Field("with_whom", LINE, required=True),
        Field("concern", TEXT, required=True),
        Field("stage", COUNT, required=True),
        Field("response_due", DAY, required=True),
        Field("professional", c.Ref("team member"), "professional_id"),  # i18n: JSON Schema
        Field("immediate_risk", FLAG),
        Field("responded_on", DAY),
        Field("response", TEXT),
        Field("outcome", TEXT),
        Field("resolved", FLAG),
        Field("follows", c.Ref("escalation")),
        Field("recorded_by", NAME, required=True, fixed=True),
    ),
    record_field="escalations",
    json_key="escalations",
    what=QT_TRANSLATE_NOOP("record_kinds", "escalation"),
    order_by=("raised_on", "stage", "id"),
    id_prefix="es",
)

# Exported for the record, never imported: a sign-off is valid only in the case file
# whose audit chain it signed (``importable``).
SIGN_OFFS = RecordKind(
    "sign_offs",
    SignOff,
    (
        Field("id", c.Ref("sign-off"), required=True),
        _case_field(),
        Field("target_type", LINE, required=True),
        Field("target_id", REFERENCE, required=True),
        Field("decision", c.Choice(SignOffDecision), required=True),
        Field("signed_on", DAY, required=True),
        Field("signed_by", NAME, required=True),
        Field("role", LINE, required=True),
        Field("key_id", REFERENCE, required=True),
        Field("approved", c.Text(), required=True),
        Field("content_hash", REFERENCE, required=True),
        Field("head_seq", COUNT, required=True),
        Field("head_hash", REFERENCE, required=True),
        Field("comment", TEXT),
        Field("due_on", DAY),
        Field("late_by", COUNT),
        Field("late_reason", TEXT),
        Field("signature", LINE),
        Field("recorded_at", LINE, fixed=True),
    ),
    record_field="sign_offs",
    json_key="sign_offs",
    what=QT_TRANSLATE_NOOP("record_kinds", "sign-off"),
    order_by=("head_seq", "id"),  # the order they were made in (the chain says)
    withdrawable=False,
    importable=False,
    id_prefix="so",
)

# Logged as a summary is made; only a supervisor's countersignature is added later.
DISCLOSURES = RecordKind(
    "disclosures",
    Disclosure,
    (
        Field("id", c.Ref("disclosure"), required=True),
        _case_field(),
        Field("made_on", DAY, required=True, fixed=True),
        Field("recipient", LINE, required=True, fixed=True),
        Field("purpose", TEXT, fixed=True),
        Field("lawful_basis", TEXT, fixed=True),
        Field("document_id", REFERENCE, required=True, fixed=True),
        Field("sha256", REFERENCE, required=True, fixed=True),
        Field("sections", c.Texts(), fixed=True),
        Field("withheld", c.Texts(), fixed=True),
        Field("signed_by", NAME, fixed=True),
        Field("fingerprint", LINE, fixed=True),
        Field("countersigned_by", NAME),
        Field("countersigned_on", DAY),
        Field("countersign_comment", TEXT),
        Field("recorded_by", NAME, required=True, fixed=True),
        Field("recorded_at", LINE, fixed=True),
    ),
    record_field="disclosures",
    json_key="disclosures",
    what=QT_TRANSLATE_NOOP("record_kinds", "shared summary"),
    order_by=("made_on", "id"),
    withdrawable=False,
    importable=False,
    id_prefix="ds",
)

# Every kind a case record is made of, in the order a case is written (people before
# what links them) and an interchange case object lists them.
CASE_RECORD_KINDS: tuple[RecordKind, ...] = (
    CONCERNS,
    PEOPLE,
    RELATIONSHIPS,
    HOUSEHOLDS,
    ADDRESSES,
    IDENTIFIERS,
    EMOTIONAL_LINKS,
    PARENTAL_RESPONSIBILITY,
    IDENTIFICATION_ATTEMPTS,
    PROFESSIONALS,
    ENTRIES,
    SHARING,
    SUPPORTS,
    DEADLINES,
    ASSESSMENTS,
    SUPERVISIONS,
    ACTIONS,
    SOURCES_CONSULTED,
    ADULTS_CONSIDERED,
    ESCALATIONS,
    SIGN_OFFS,
    DISCLOSURES,
)

ALL_KINDS: tuple[RecordKind, ...] = (CASE, *CASE_RECORD_KINDS)

# What ``Changes`` calls a change to who belongs to which case (a person linked to a case).
MEMBERSHIP = "case_people"

BY_NAME: dict[str, RecordKind] = {kind.name: kind for kind in ALL_KINDS}
BY_TYPE: dict[type, RecordKind] = {kind.type: kind for kind in ALL_KINDS}


def kind_of(record: Any) -> RecordKind:
    """The kind of a record (a ``Person``, a ``ChronologyEntry`` ...)."""
    return BY_TYPE[type(record)]


def _check_declarations() -> None:
    """Every field names an attribute of its type, and every attribute has a field."""
    for kind in ALL_KINDS:
        attrs = {f.name for f in dataclasses.fields(kind.type)}
        declared = [f.attr for f in kind.fields]
        if set(declared) != attrs or len(declared) != len(attrs):
            missing = sorted(attrs - set(declared))
            extra = sorted(set(declared) - attrs)
            raise TypeError(f"{kind.name}: fields missing {missing}, unknown {extra}")  # i18n: bug


_check_declarations()

__all__ = [
    "ALL_KINDS",
    "BY_NAME",
    "CASE",
    "CASE_RECORD_KINDS",
    "Field",
    "RecordKind",
    "changed_columns",
    "columns_of",
    "from_json",
    "from_row",
    "json_schema",
    "kind_of",
    "person_fields",
    "record_key",
    "to_json",
    "to_row",
]
