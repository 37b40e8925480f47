"""The tables of a case file (the current schema version), as SQLAlchemy Core metadata.

A new case file is created from these definitions; older files are brought up to them by
the steps in ``migrations`` (which spell out each version's changes).

Case content is amended, never deleted: there is no DELETE anywhere in ordinary use, and
every change is also written to ``audit_log`` (see ``audit``).
"""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, MetaData, Table, Text, text

from casedesk.domain.chronology import ChildSeen

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("name", Text, primary_key=True),
    Column("role", Text, nullable=False),
    Column("added_at", Text, nullable=False),
    Column("removed_at", Text),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Text, primary_key=True),
    Column("reference", Text, nullable=False, unique=True),
    Column("subject_child", Text, nullable=False),
    Column("legal_status", Text, nullable=False),
    Column("original_concern", Text, nullable=False),
    Column("opened_on", Text, nullable=False),
    Column("allocated_worker", Text, nullable=False),
    Column("closed_on", Text),
    # Version 10: why no partner of the mother is recorded, when the worker has said.
    Column("no_partner_because", Text, nullable=False, server_default=""),
)

people = Table(
    "people",
    metadata,
    Column("id", Text, primary_key=True),
    Column("given_names", Text, nullable=False),
    Column("family_name", Text, nullable=False),
    Column("known_as", Text, nullable=False, default=""),
    Column("sex", Text, nullable=False),
    Column("birth_date", Text),
    Column("birth_precision", Text),
    Column("expected_on", Text),
    Column("died_on", Text),
    Column("identification", Text, nullable=False),
    Column("notes", Text, nullable=False, default=""),
    # Version 2: names and languages as JSON lists; the date of birth's evidence.
    Column("aliases", Text, nullable=False, server_default="[]"),
    Column("previous_names", Text, nullable=False, server_default="[]"),
    Column("languages", Text, nullable=False, server_default="[]"),
    Column("birth_source", Text, nullable=False, server_default=""),
    Column("birth_source_type", Text),
    Column("birth_corroboration", Text),
    Column("birth_corroborated_by", Text, nullable=False, server_default=""),
    # Version 3: a duplicate record merged into another keeps its row (records are evidence)
    # and points at the person it was merged into; it no longer appears in any case.
    Column("merged_into", Text),
    # Version 5: a name is a disputable fact too: who gave it, and is it borne out.
    Column("name_source", Text, nullable=False, server_default=""),
    Column("name_source_type", Text),
    Column("name_corroboration", Text),
    # Version 9: evidence is one value everywhere, so a name's evidence keeps what bears
    # it out too.
    Column("name_corroborated_by", Text, nullable=False, server_default=""),
)

case_people = Table(
    "case_people",
    metadata,
    Column("case_id", Text, ForeignKey("cases.id"), primary_key=True),
    Column("person_id", Text, ForeignKey("people.id"), primary_key=True),
)

relationships = Table(
    "relationships",
    metadata,
    Column("id", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("from_person", Text, ForeignKey("people.id"), nullable=False),
    Column("to_person", Text, ForeignKey("people.id"), nullable=False),
    Column("started_on", Text),
    Column("ended_on", Text),
    Column("role", Text, nullable=False, default=""),
    Column("source", Text, nullable=False, default=""),
    Column("source_type", Text, nullable=False),
    Column("corroboration", Text, nullable=False),
    Column("corroborated_by", Text, nullable=False, server_default=""),
)

households = Table(
    "households",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Text, ForeignKey("people.id"), nullable=False),
    Column("household", Text, nullable=False),
    Column("from_date", Text),
    Column("to_date", Text),
    Column("source", Text, nullable=False, server_default=""),
    Column("source_type", Text, nullable=False, server_default="self-reported"),
    Column("corroboration", Text, nullable=False, server_default="unverified"),
    Column("corroborated_by", Text, nullable=False, server_default=""),  # version 9
)

professionals = Table(
    "professionals",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("agency", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("involved_from", Text, nullable=False),
    Column("involved_to", Text),
    Column("lead", Integer, nullable=False, default=0),
    Column("contact", Text, nullable=False, server_default=""),
    # Version 15: consent to share as a state with who, when and why, where a 0/1
    # "consent_to_share" tick box was (migrations._version_14_to_15).
    Column("consent", Text, nullable=False, server_default="not yet asked"),
    Column("consent_by", Text, nullable=False, server_default=""),
    Column("consent_on", Text),
    Column("consent_basis", Text, nullable=False, server_default=""),
)

# -- Version 2 tables ----------------------------------------------------------------------

concerns = Table(
    "concerns",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("raised_on", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("source", Text, nullable=False, default=""),
    Column("recorded_by", Text, nullable=False, default=""),
)

addresses = Table(
    "addresses",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Text, ForeignKey("people.id"), nullable=False),
    Column("address", Text, nullable=False),
    Column("from_date", Text),
    Column("to_date", Text),
    Column("source", Text, nullable=False, default=""),
    Column("source_type", Text, nullable=False),
    Column("corroboration", Text, nullable=False),
    Column("corroborated_by", Text, nullable=False, default=""),
)

identifiers = Table(
    "identifiers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Text, ForeignKey("people.id"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("value", Text, nullable=False),
)

emotional_links = Table(
    "emotional_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("from_person", Text, ForeignKey("people.id"), nullable=False),
    Column("to_person", Text, ForeignKey("people.id"), nullable=False),
    Column("quality", Text, nullable=False),
    Column("from_date", Text),
    Column("to_date", Text),
    Column("source", Text, nullable=False, default=""),
    Column("source_type", Text, nullable=False),
    Column("corroboration", Text, nullable=False),
    Column("corroborated_by", Text, nullable=False, server_default=""),  # version 9
)

parental_responsibility = Table(
    "parental_responsibility",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Text, ForeignKey("people.id"), nullable=False),
    Column("child_id", Text, ForeignKey("people.id"), nullable=False),
    Column("basis", Text, nullable=False),
    Column("from_date", Text),
    Column("to_date", Text),
)

identification_attempts = Table(
    "identification_attempts",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("person_id", Text, ForeignKey("people.id"), nullable=False),
    Column("attempted_on", Text, nullable=False),
    Column("method", Text, nullable=False),
    Column("asked_by", Text, nullable=False),
    Column("asked_whom", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("reluctance", Text, nullable=False, default=""),
    Column("outcome", Text, nullable=False, default=""),
    Column("next_step", Text, nullable=False, default=""),
)

chronology_entries = Table(
    "chronology_entries",
    metadata,
    Column("rowid", Integer, primary_key=True),
    Column("id", Text, nullable=False, unique=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("occurred_on", Text, nullable=False),
    Column("precision", Text, nullable=False),
    Column("category", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("source_type", Text, nullable=False),
    Column("significance", Integer, nullable=False),
    Column("corroboration", Text, nullable=False),
    Column("impact_on_child", Text, nullable=False, default=""),
    Column("action_taken", Text, nullable=False, default=""),
    Column("people", Text, nullable=False, default=""),
    Column("recorded_by", Text, nullable=False),
    Column("recorded_at", Text, nullable=False),
    Index("ix_chronology_case_date", "case_id", "occurred_on"),
    # Version 13: each case's latest plan meeting (a conference, a core group) for the work
    # tray without reading every entry of every case.
    Index("ix_chronology_category", "category", "case_id", "occurred_on"),
)

# Version 6: time, date ranges, analysis, action owner and corroborating entry on
# chronology entries; the information-sharing log.
for _column in (
    Column("occurred_time", Text, nullable=False, server_default=""),
    Column("occurred_until", Text),
    Column("analysis", Text, nullable=False, server_default=""),
    Column("action_owner", Text, nullable=False, server_default=""),
    Column("corroborating_entry", Text, nullable=False, server_default=""),
    Column("entered_in_error", Text),
    # Version 10: the source that bears an entry out; what a visit found (the child seen,
    # and alone; who else was there; the child's own words; the home); the entry another
    # agency recorded of the same event.
    Column("corroborating_source", Text, nullable=False, server_default=""),
    Column("child_seen", Text, nullable=False, server_default=""),
    Column("others_present", Text, nullable=False, server_default=""),
    Column("child_words", Text, nullable=False, server_default=""),
    Column("home_observations", Text, nullable=False, server_default=""),
    Column("same_event_as", Text, nullable=False, server_default=""),
    # Version 14: the entry holds third-party information (withheld when shared).
    Column("third_party", Integer, nullable=False, server_default="0"),
):
    chronology_entries.append_column(_column)

CHILD_SEEN = (ChildSeen.SEEN_ALONE, ChildSeen.SEEN_NOT_ALONE)

# Version 18: the entries in which the child was seen (alone or not), by case and day, so
# the case list's "last seen" of every case is read from this small index, not from
# every entry of the file. SQLite uses a partial index only for a query whose WHERE has
# the same terms, values written in (``queries._child_last_seen`` uses this one).
CHILD_SEEN_WHERE = (
    "child_seen IN ("
    + ", ".join("'" + seen.value.replace("'", "''") + "'" for seen in CHILD_SEEN)
    + ") AND entered_in_error IS NULL"
)
Index(
    "ix_chronology_child_seen",
    chronology_entries.c.case_id,
    chronology_entries.c.occurred_on,
    sqlite_where=text(CHILD_SEEN_WHERE),
)

information_sharing = Table(
    "information_sharing",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("entry_id", Text, nullable=False, server_default=""),
    Column("decided_on", Text, nullable=False),
    Column("shared_with", Text, nullable=False),
    Column("shared", Integer, nullable=False),
    Column("what", Text, nullable=False),
    Column("reason", Text, nullable=False, server_default=""),
    Column("recorded_by", Text, nullable=False),
    # Version 10: "decide later", consent and the lawful basis, how and when it was shared.
    Column("pending", Integer, nullable=False, server_default="0"),
    Column("consent", Text, nullable=False, server_default=""),
    Column("lawful_basis", Text, nullable=False, server_default=""),
    Column("method", Text, nullable=False, server_default=""),
    Column("shared_on", Text),
)

# Version 7: categories a case file adds to the default chronology categories.
categories = Table(
    "categories",
    metadata,
    Column("name", Text, primary_key=True),
    Column("added_by", Text, nullable=False),
    Column("added_at", Text, nullable=False),
)

# Version 8: the ecomap's links, and positions a worker gave people on the genogram.
supports = Table(
    "supports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("strength", Text, nullable=False),
    Column("from_date", Text),
    Column("to_date", Text),
    Column("person_id", Text),
    Column("professional_id", Text),
    Column("note", Text, nullable=False, server_default=""),
    Column("source", Text, nullable=False, server_default=""),
    Column("source_type", Text, nullable=False),
    Column("corroboration", Text, nullable=False),
    Column("corroborated_by", Text, nullable=False, server_default=""),
)

diagram_positions = Table(
    "diagram_positions",
    metadata,
    # "case id:diagram:person id"; x and y are NULL once the person is laid out again
    # automatically (rows are amended, never deleted).
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("diagram", Text, nullable=False),
    Column("person_id", Text, nullable=False),
    Column("x", Float),
    Column("y", Float),
)

deadlines = Table(
    "deadlines",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("started_on", Text, nullable=False),
    Column("due_on", Text, nullable=False),
    Column("met_on", Text),
    # Version 11: the rule and the entry that started it, what met it, extension and
    # cancellation with their reason.
    Column("rule_id", Text, nullable=False, server_default=""),
    Column("started_by", Text, nullable=False, server_default=""),
    Column("met_by", Text, nullable=False, server_default=""),
    Column("statutory", Integer, nullable=False, server_default="0"),
    Column("extended_to", Text),
    Column("cancelled_on", Text),
    Column("reason", Text, nullable=False, server_default=""),
)

# Version 10: actions, with an owner, a due date and completion.
actions = Table(
    "actions",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("what", Text, nullable=False),
    Column("owner", Text, nullable=False),
    Column("agreed_on", Text, nullable=False),
    Column("due_on", Text, nullable=False),
    Column("completed_on", Text),
    Column("outcome", Text, nullable=False, server_default=""),
    Column("entry_id", Text, nullable=False, server_default=""),
    Column("attempt_id", Text, nullable=False, server_default=""),
    Column("recorded_by", Text, nullable=False),
    # Version 13: the supervision that agreed it, if one did.
    Column("supervision_id", Text, nullable=False, server_default=""),
)

# Version 13: assessments, with the sources consulted and the adults considered;
# supervision recorded on each case; escalation steps; supervisors' sign-offs.
assessments = Table(
    "assessments",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("started_on", Text, nullable=False),
    Column("due_on", Text, nullable=False),
    Column("completed_on", Text),
    Column("developmental_needs", Text, nullable=False, server_default=""),
    Column("parenting_capacity", Text, nullable=False, server_default=""),
    Column("family_and_environment", Text, nullable=False, server_default=""),
    Column("history", Text, nullable=False, server_default=""),
    Column("concern_answered", Text, nullable=False),
    Column("concern_answer", Text, nullable=False, server_default=""),
    Column("decision", Text, nullable=False, server_default=""),
    Column("late_reason", Text, nullable=False, server_default=""),
    Column("submitted_on", Text),
    Column("recorded_by", Text, nullable=False),
)

assessment_sources = Table(
    "assessment_sources",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("assessment_id", Text, ForeignKey("assessments.id"), nullable=False),
    Column("professional_id", Text, nullable=False, server_default=""),
    Column("source", Text, nullable=False, server_default=""),
    Column("asked_on", Text),
    Column("answered_on", Text),
    Column("said", Text, nullable=False, server_default=""),
    Column("recorded_by", Text, nullable=False),
)

assessment_adults = Table(
    "assessment_adults",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("assessment_id", Text, ForeignKey("assessments.id"), nullable=False),
    Column("person_id", Text, ForeignKey("people.id"), nullable=False),
    Column("how_identified", Text, nullable=False, server_default=""),
    Column("seen_on", Text),
    Column("not_seen_because", Text, nullable=False, server_default=""),
    Column("checks", Text, nullable=False, server_default=""),
    Column("checked_on", Text),
    Column("recorded_by", Text, nullable=False),
)

supervisions = Table(
    "supervisions",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("held_on", Text, nullable=False),
    Column("supervisor", Text, nullable=False),
    Column("worker", Text, nullable=False),
    Column("reflection", Text, nullable=False, server_default=""),
    Column("decisions", Text, nullable=False, server_default=""),
    Column("not_to_act", Text, nullable=False, server_default=""),
    Column("session", Text, nullable=False, server_default=""),
    Column("cases_discussed", Text, nullable=False, server_default="[]"),
    Column("recorded_by", Text, nullable=False),
    Column("recorded_at", Text, nullable=False),
)

escalations = Table(
    "escalations",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("raised_on", Text, nullable=False),
    Column("raised_by", Text, nullable=False),
    Column("with_whom", Text, nullable=False),
    Column("concern", Text, nullable=False),
    Column("stage", Integer, nullable=False),
    Column("response_due", Text, nullable=False),
    Column("professional_id", Text, nullable=False, server_default=""),
    Column("immediate_risk", Integer, nullable=False, server_default="0"),
    Column("responded_on", Text),
    Column("response", Text, nullable=False, server_default=""),
    Column("outcome", Text, nullable=False, server_default=""),
    Column("resolved", Integer, nullable=False, server_default="0"),
    Column("follows", Text, nullable=False, server_default=""),
    Column("recorded_by", Text, nullable=False),
)

# A sign-off is never withdrawn or amended: a supervisor who changes their mind signs again.
sign_offs = Table(
    "sign_offs",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("target_type", Text, nullable=False),
    Column("target_id", Text, nullable=False),
    Column("decision", Text, nullable=False),
    Column("signed_on", Text, nullable=False),
    Column("signed_by", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("key_id", Text, nullable=False),
    Column("approved", Text, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("head_seq", Integer, nullable=False),
    Column("head_hash", Text, nullable=False),
    Column("comment", Text, nullable=False, server_default=""),
    Column("due_on", Text),
    Column("late_by", Integer, nullable=False, server_default="0"),
    Column("late_reason", Text, nullable=False, server_default=""),
    Column("signature", Text, nullable=False, server_default=""),
    Column("recorded_at", Text, nullable=False),
)

# Version 14: the information-sharing log (one row per summary made to share; only the
# countersignature columns are ever amended) and each user's X.509 certificate for their
# signing key (self-signed, or issued by their agency's root, with that root).
disclosures = Table(
    "disclosures",
    metadata,
    Column("id", Text, primary_key=True),
    Column("case_id", Text, ForeignKey("cases.id"), nullable=False),
    Column("made_on", Text, nullable=False),
    Column("recipient", Text, nullable=False),
    Column("purpose", Text, nullable=False, server_default=""),
    Column("lawful_basis", Text, nullable=False, server_default=""),
    Column("document_id", Text, nullable=False),
    Column("sha256", Text, nullable=False),
    Column("sections", Text, nullable=False, server_default=""),
    Column("withheld", Text, nullable=False, server_default=""),
    Column("signed_by", Text, nullable=False, server_default=""),
    Column("fingerprint", Text, nullable=False, server_default=""),
    Column("countersigned_by", Text, nullable=False, server_default=""),
    Column("countersigned_on", Text),
    Column("countersign_comment", Text, nullable=False, server_default=""),
    Column("recorded_by", Text, nullable=False),
    Column("recorded_at", Text, nullable=False),
    Index("ix_disclosures_case", "case_id", "made_on"),
)

certificates = Table(
    "certificates",
    metadata,
    Column("key_id", Text, primary_key=True),
    Column("user", Text, nullable=False),
    Column("certificate", Text, nullable=False),  # DER, base64
    Column("chain", Text, nullable=False, server_default=""),  # issuers' DER, base64, ","
    Column("fingerprint", Text, nullable=False),
    Column("added_at", Text, nullable=False),
    Column("added_by", Text, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("at", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("record_type", Text, nullable=False),
    Column("record_id", Text, nullable=False),
    Column("change", Text, nullable=False),
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
    # Version 12: the hash of the record's whole content after the change, the id of the
    # author's signing key, and (on a unit of work's last row) the author's signature of
    # the row's hash, which covers every earlier row through the chain.
    Column("content_hash", Text, nullable=False, server_default=""),
    Column("key_id", Text, nullable=False, server_default=""),
    Column("signature", Text, nullable=False, server_default=""),
)

# Version 13: the audit trail looked up by record (a record's history, who changed what
# a supervisor is asked to sign off), by kind (the rows that issue keys and record
# sign-offs) and by signed row (each unit's end): without them each lookup read the whole
# trail, 150,000 rows in a 100,000-entry file.
Index("ix_audit_record", audit_log.c.record_id)
Index("ix_audit_kind", audit_log.c.record_type, audit_log.c.seq)
Index("ix_audit_signed", audit_log.c.seq, sqlite_where=audit_log.c.signature != "")

# Version 12: every user's public signing key, with their name and role when it was
# issued, who issued it and why (a first key, a re-issue after a lost passphrase).
signing_keys = Table(
    "signing_keys",
    metadata,
    Column("key_id", Text, primary_key=True),
    Column("user", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("public_key", Text, nullable=False),
    Column("issued_at", Text, nullable=False),
    Column("issued_by", Text, nullable=False),
    Column("reason", Text, nullable=False, server_default=""),
)

# Version 4: a record added in error (and undone with Edit > Undo) is not deleted; it is
# marked, with the reason, and no longer shown. Redo clears the mark. (Deadlines and
# sharing decisions since 9: a sharing decision recorded with an entry is undone with it.)
WITHDRAWABLE = (
    people,
    relationships,
    households,
    professionals,
    concerns,
    addresses,
    identifiers,
    emotional_links,
    parental_responsibility,
    identification_attempts,
    supports,
    deadlines,
    information_sharing,
    actions,
    assessments,
    assessment_sources,
    assessment_adults,
    supervisions,
    escalations,
)
for _table in WITHDRAWABLE:
    _table.append_column(Column("entered_in_error", Text))

# Tables whose rows are case content (searched by the plaintext-leak tests).
CONTENT_TABLES = (
    cases,
    people,
    relationships,
    households,
    professionals,
    chronology_entries,
    deadlines,
    information_sharing,
    supports,
    concerns,
    addresses,
    identifiers,
    emotional_links,
    parental_responsibility,
    identification_attempts,
    actions,
    assessments,
    assessment_sources,
    assessment_adults,
    supervisions,
    escalations,
    sign_offs,
)

# Version 16: reading one case reads only that case's rows. Without these, each kind
# kept by case (or by the case's people) was read by going through its whole table:
# opening a case took longer the larger the file, and a 5,000-entry case's sharing
# decisions alone cost a quarter of reading its chronology. Each index starts with the
# column a case is found by and goes on in the order its records are listed.
CASE_INDEXES = (
    Index("ix_concerns_case", concerns.c.case_id, concerns.c.raised_on),
    Index("ix_professionals_case", professionals.c.case_id),
    Index(
        "ix_identification_attempts_case",
        identification_attempts.c.case_id,
        identification_attempts.c.attempted_on,
    ),
    Index(
        "ix_information_sharing_case",
        information_sharing.c.case_id,
        information_sharing.c.decided_on,
    ),
    Index("ix_supports_case", supports.c.case_id),
    Index("ix_deadlines_case", deadlines.c.case_id, deadlines.c.due_on),
    Index("ix_actions_case", actions.c.case_id, actions.c.due_on),
    Index("ix_assessments_case", assessments.c.case_id, assessments.c.started_on),
    Index(
        "ix_assessment_sources_case",
        assessment_sources.c.case_id,
        assessment_sources.c.assessment_id,
    ),
    Index(
        "ix_assessment_adults_case", assessment_adults.c.case_id, assessment_adults.c.assessment_id
    ),
    Index("ix_supervisions_case", supervisions.c.case_id, supervisions.c.held_on),
    Index("ix_escalations_case", escalations.c.case_id, escalations.c.raised_on),
    Index("ix_sign_offs_case", sign_offs.c.case_id, sign_offs.c.head_seq),
    # Kinds kept by person: found from the case's people, one person at a time.
    Index("ix_relationships_from", relationships.c.from_person),
    Index("ix_households_person", households.c.person_id),
    Index("ix_addresses_person", addresses.c.person_id),
    Index("ix_identifiers_person", identifiers.c.person_id),
    Index("ix_emotional_links_from", emotional_links.c.from_person),
    Index("ix_parental_responsibility_person", parental_responsibility.c.person_id),
)
