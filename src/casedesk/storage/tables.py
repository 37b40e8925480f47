"""The tables of a case file (schema version 1), as SQLAlchemy Core metadata.

Case content is amended, never deleted: there is no DELETE anywhere in ordinary use, and
every change is also written to ``audit_log`` (see ``audit``).
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, Table, Text

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
)

households = Table(
    "households",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Text, ForeignKey("people.id"), nullable=False),
    Column("household", Text, nullable=False),
    Column("from_date", Text),
    Column("to_date", Text),
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
    Column("consent_to_share", Integer, nullable=False, default=0),
    Column("lead", Integer, nullable=False, default=0),
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
)

# Tables whose rows are case content (searched by the plaintext-leak tests).
CONTENT_TABLES = (
    cases,
    people,
    relationships,
    households,
    professionals,
    chronology_entries,
    deadlines,
)
