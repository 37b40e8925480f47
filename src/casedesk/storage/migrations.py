"""Schema versions: one step per upgrade, applied after a backup of the case file.

A case file records its schema version in ``meta``. Opening an older file backs it up,
then runs each step in order inside one transaction; a newer file is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from casedesk.domain.evidence import NOT_NAMED
from casedesk.domain.sharing import BASIS_NOT_RECORDED
from casedesk.storage.audit import APPEND_ONLY_TRIGGERS, SIGNED_FROM, AuditWriter
from casedesk.storage.tables import meta, metadata

CURRENT_VERSION = 18
# The day the file began to record sign-offs (schema 13: created or upgraded).
OVERSIGHT_FROM = "oversight_from"
SIGNING_VERSION = 12  # records are signed from this version on

# Full-text search over the chronology: accents and case ignored (unicode61 with
# remove_diacritics 2). SQLite-only, so it lives here, behind storage. The index holds no
# text of its own (content= the entries table). Schema 10 added the child's own words and
# what was seen of the home (a worker searches for what the child said).
VERSION_10_FTS_COLUMNS = (
    "description",
    "impact_on_child",
    "action_taken",
    "source",
    "analysis",
    "child_words",
    "home_observations",
)


def _fts_setup(columns: tuple[str, ...], prefix: str = "") -> tuple[str, ...]:
    names = ", ".join(columns)
    prefixes = f", prefix='{prefix}'" if prefix else ""
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return (
        f"""CREATE VIRTUAL TABLE chronology_fts USING fts5(
           {names},
           content='chronology_entries', content_rowid='rowid',
           tokenize='unicode61 remove_diacritics 2'{prefixes})""",
        # Built from the fixed column names and prefix lengths above, never from input.
        f"""CREATE TRIGGER chronology_fts_insert AFTER INSERT ON chronology_entries BEGIN
         INSERT INTO chronology_fts(rowid, {names}) VALUES (new.rowid, {new});
       END""",  # noqa: S608
        f"""CREATE TRIGGER chronology_fts_update AFTER UPDATE ON chronology_entries BEGIN
         INSERT INTO chronology_fts(chronology_fts, rowid, {names})
         VALUES ('delete', old.rowid, {old});
         INSERT INTO chronology_fts(rowid, {names}) VALUES (new.rowid, {new});
       END""",  # noqa: S608
    )


# Version 17: the index also keeps each word's first letter, so that the first letter
# typed in the chronology's search box finds its words in one list rather than in every
# word it begins (a common letter: 20 ms to 4 ms in a 100,000-entry file).
VERSION_17_FTS_SETUP = _fts_setup(VERSION_10_FTS_COLUMNS, prefix="1")
FTS_SETUP = VERSION_17_FTS_SETUP

_FTS_REBUILT = (
    "DROP TRIGGER chronology_fts_insert",
    "DROP TRIGGER chronology_fts_update",
    "DROP TABLE chronology_fts",
)

# Frozen: the index as schema 8 made it (the analysis column added; a worker searches
# their own analysis too).
VERSION_8_FTS_SETUP = (
    """CREATE VIRTUAL TABLE chronology_fts USING fts5(
           description, impact_on_child, action_taken, source, analysis,
           content='chronology_entries', content_rowid='rowid',
           tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER chronology_fts_insert AFTER INSERT ON chronology_entries BEGIN
         INSERT INTO chronology_fts(rowid, description, impact_on_child, action_taken, source,
                                    analysis)
         VALUES (new.rowid, new.description, new.impact_on_child, new.action_taken, new.source,
                 new.analysis);
       END""",
    """CREATE TRIGGER chronology_fts_update AFTER UPDATE ON chronology_entries BEGIN
         INSERT INTO chronology_fts(chronology_fts, rowid, description, impact_on_child,
                                    action_taken, source, analysis)
         VALUES ('delete', old.rowid, old.description, old.impact_on_child, old.action_taken,
                 old.source, old.analysis);
         INSERT INTO chronology_fts(rowid, description, impact_on_child, action_taken, source,
                                    analysis)
         VALUES (new.rowid, new.description, new.impact_on_child, new.action_taken, new.source,
                 new.analysis);
       END""",
)


# -- Frozen definitions: each table as the version that added it created it. A step never
# uses today's definitions (tables.py), which later versions change: an upgraded file must
# end where a new one starts, whatever the version it started from.

VERSION_2_TABLES_DDL = (
    """CREATE TABLE concerns (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       raised_on TEXT NOT NULL,
       text TEXT NOT NULL,
       source TEXT NOT NULL,
       recorded_by TEXT NOT NULL,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
    """CREATE TABLE addresses (
       id INTEGER NOT NULL,
       person_id TEXT NOT NULL,
       address TEXT NOT NULL,
       from_date TEXT,
       to_date TEXT,
       source TEXT NOT NULL,
       source_type TEXT NOT NULL,
       corroboration TEXT NOT NULL,
       corroborated_by TEXT NOT NULL,
       PRIMARY KEY (id),
       FOREIGN KEY(person_id) REFERENCES people (id)
)""",
    """CREATE TABLE identifiers (
       id INTEGER NOT NULL,
       person_id TEXT NOT NULL,
       kind TEXT NOT NULL,
       value TEXT NOT NULL,
       PRIMARY KEY (id),
       FOREIGN KEY(person_id) REFERENCES people (id)
)""",
    """CREATE TABLE emotional_links (
       id INTEGER NOT NULL,
       from_person TEXT NOT NULL,
       to_person TEXT NOT NULL,
       quality TEXT NOT NULL,
       from_date TEXT,
       to_date TEXT,
       source TEXT NOT NULL,
       source_type TEXT NOT NULL,
       corroboration TEXT NOT NULL,
       PRIMARY KEY (id),
       FOREIGN KEY(from_person) REFERENCES people (id),
       FOREIGN KEY(to_person) REFERENCES people (id)
)""",
    """CREATE TABLE parental_responsibility (
       id INTEGER NOT NULL,
       person_id TEXT NOT NULL,
       child_id TEXT NOT NULL,
       basis TEXT NOT NULL,
       from_date TEXT,
       to_date TEXT,
       PRIMARY KEY (id),
       FOREIGN KEY(person_id) REFERENCES people (id),
       FOREIGN KEY(child_id) REFERENCES people (id)
)""",
    """CREATE TABLE identification_attempts (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       person_id TEXT NOT NULL,
       attempted_on TEXT NOT NULL,
       method TEXT NOT NULL,
       asked_by TEXT NOT NULL,
       asked_whom TEXT NOT NULL,
       answer TEXT NOT NULL,
       reluctance TEXT NOT NULL,
       outcome TEXT NOT NULL,
       next_step TEXT NOT NULL,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id),
       FOREIGN KEY(person_id) REFERENCES people (id)
)""",
)

VERSION_6_TABLES_DDL = (
    """CREATE TABLE information_sharing (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       entry_id TEXT DEFAULT '' NOT NULL,
       decided_on TEXT NOT NULL,
       shared_with TEXT NOT NULL,
       shared INTEGER NOT NULL,
       what TEXT NOT NULL,
       reason TEXT DEFAULT '' NOT NULL,
       recorded_by TEXT NOT NULL,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
)

VERSION_7_TABLES_DDL = (
    """CREATE TABLE categories (
       name TEXT NOT NULL,
       added_by TEXT NOT NULL,
       added_at TEXT NOT NULL,
       PRIMARY KEY (name)
)""",
)

VERSION_8_TABLES_DDL = (
    """CREATE TABLE supports (
       id INTEGER NOT NULL,
       case_id TEXT NOT NULL,
       name TEXT NOT NULL,
       kind TEXT NOT NULL,
       strength TEXT NOT NULL,
       from_date TEXT,
       to_date TEXT,
       person_id TEXT,
       professional_id TEXT,
       note TEXT DEFAULT '' NOT NULL,
       source TEXT DEFAULT '' NOT NULL,
       source_type TEXT NOT NULL,
       corroboration TEXT NOT NULL,
       corroborated_by TEXT DEFAULT '' NOT NULL,
       entered_in_error TEXT,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
    """CREATE TABLE diagram_positions (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       diagram TEXT NOT NULL,
       person_id TEXT NOT NULL,
       x FLOAT,
       y FLOAT,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
)

VERSION_10_TABLES_DDL = (
    """CREATE TABLE actions (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       what TEXT NOT NULL,
       owner TEXT NOT NULL,
       agreed_on TEXT NOT NULL,
       due_on TEXT NOT NULL,
       completed_on TEXT,
       outcome TEXT DEFAULT '' NOT NULL,
       entry_id TEXT DEFAULT '' NOT NULL,
       attempt_id TEXT DEFAULT '' NOT NULL,
       recorded_by TEXT NOT NULL,
       entered_in_error TEXT,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
)

# The tables whose records could be marked "entered in error" at version 4.
VERSION_4_WITHDRAWABLE = (
    "people",
    "relationships",
    "households",
    "professionals",
    "concerns",
    "addresses",
    "identifiers",
    "emotional_links",
    "parental_responsibility",
    "identification_attempts",
)


def _create_current(connection: Connection) -> None:
    """A new, empty case file: every table as the current version defines it."""
    metadata.create_all(connection)
    for statement in (*APPEND_ONLY_TRIGGERS, *FTS_SETUP):
        connection.exec_driver_sql(statement)


def _version_1_to_2(connection: Connection) -> None:
    """Version 2: the case record (aliases, addresses, identifiers, evidence on dates of
    birth and households, emotional links, parental responsibility, identification
    attempts, later concerns, professionals' contact details)."""
    added_columns = (
        ("people", "aliases TEXT NOT NULL DEFAULT '[]'"),
        ("people", "previous_names TEXT NOT NULL DEFAULT '[]'"),
        ("people", "languages TEXT NOT NULL DEFAULT '[]'"),
        ("people", "birth_source TEXT NOT NULL DEFAULT ''"),
        ("people", "birth_source_type TEXT"),
        ("people", "birth_corroboration TEXT"),
        ("people", "birth_corroborated_by TEXT NOT NULL DEFAULT ''"),
        ("relationships", "corroborated_by TEXT NOT NULL DEFAULT ''"),
        ("households", "source TEXT NOT NULL DEFAULT ''"),
        ("households", "source_type TEXT NOT NULL DEFAULT 'self-reported'"),
        ("households", "corroboration TEXT NOT NULL DEFAULT 'unverified'"),
        ("professionals", "contact TEXT NOT NULL DEFAULT ''"),
    )
    for table, column in added_columns:
        connection.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column}")
    for statement in VERSION_2_TABLES_DDL:
        connection.exec_driver_sql(statement)


def _version_2_to_3(connection: Connection) -> None:
    """Version 3: people merged into another record point at it (``merged_into``)."""
    connection.exec_driver_sql("ALTER TABLE people ADD COLUMN merged_into TEXT")


def _version_3_to_4(connection: Connection) -> None:
    """Version 4: records added in error are marked (``entered_in_error``), not deleted."""
    for table in VERSION_4_WITHDRAWABLE:
        connection.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN entered_in_error TEXT")


def _version_4_to_5(connection: Connection) -> None:
    """Version 5: the evidence for a person's name."""
    for column in (
        "name_source TEXT NOT NULL DEFAULT ''",
        "name_source_type TEXT",
        "name_corroboration TEXT",
    ):
        connection.exec_driver_sql(f"ALTER TABLE people ADD COLUMN {column}")


def _version_5_to_6(connection: Connection) -> None:
    """Version 6: more chronology fields, and the information-sharing log."""
    for column in (
        "occurred_time TEXT NOT NULL DEFAULT ''",
        "occurred_until TEXT",
        "analysis TEXT NOT NULL DEFAULT ''",
        "action_owner TEXT NOT NULL DEFAULT ''",
        "corroborating_entry TEXT NOT NULL DEFAULT ''",
        "entered_in_error TEXT",
    ):
        connection.exec_driver_sql(f"ALTER TABLE chronology_entries ADD COLUMN {column}")
    for statement in VERSION_6_TABLES_DDL:
        connection.exec_driver_sql(statement)


def _version_6_to_7(connection: Connection) -> None:
    """Version 7: the case file's own chronology categories."""
    for statement in VERSION_7_TABLES_DDL:
        connection.exec_driver_sql(statement)


def _version_7_to_8(connection: Connection) -> None:
    """Version 8: the ecomap's supports, genogram positions set by hand, and the analysis
    column in the chronology's full-text index."""
    for statement in VERSION_8_TABLES_DDL:
        connection.exec_driver_sql(statement)
    # The chronology's full-text index gains the analysis column: made again, then filled
    # from the entries (the index holds no text of its own: content= the entries table).
    for statement in (
        *_FTS_REBUILT,
        *VERSION_8_FTS_SETUP,
        "INSERT INTO chronology_fts(chronology_fts) VALUES ('rebuild')",
    ):
        connection.exec_driver_sql(statement)


def _version_8_to_9(connection: Connection) -> None:
    """Version 9: evidence is one value everywhere (what bears it out is kept for names,
    households and emotional links too), and a deadline or a sharing decision can be marked
    entered in error (undoing an entry undoes the decisions recorded with it)."""
    for table, column in (
        ("people", "name_corroborated_by TEXT NOT NULL DEFAULT ''"),
        ("households", "corroborated_by TEXT NOT NULL DEFAULT ''"),
        ("emotional_links", "corroborated_by TEXT NOT NULL DEFAULT ''"),
        ("deadlines", "entered_in_error TEXT"),
        ("information_sharing", "entered_in_error TEXT"),
    ):
        connection.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column}")


def _version_9_to_10(connection: Connection) -> None:
    """Version 10: actions (owner, due date, completion); what a visit found; the source
    that bears an entry out; entries linked as one event reported twice; sharing decided
    later, with consent, lawful basis, method and date; why no partner is recorded. The
    chronology's index gains the child's words and the home."""
    for table, column in (
        ("cases", "no_partner_because TEXT NOT NULL DEFAULT ''"),
        ("chronology_entries", "corroborating_source TEXT NOT NULL DEFAULT ''"),
        ("chronology_entries", "child_seen TEXT NOT NULL DEFAULT ''"),
        ("chronology_entries", "others_present TEXT NOT NULL DEFAULT ''"),
        ("chronology_entries", "child_words TEXT NOT NULL DEFAULT ''"),
        ("chronology_entries", "home_observations TEXT NOT NULL DEFAULT ''"),
        ("chronology_entries", "same_event_as TEXT NOT NULL DEFAULT ''"),
        ("information_sharing", "pending INTEGER NOT NULL DEFAULT 0"),
        ("information_sharing", "consent TEXT NOT NULL DEFAULT ''"),
        ("information_sharing", "lawful_basis TEXT NOT NULL DEFAULT ''"),
        ("information_sharing", "method TEXT NOT NULL DEFAULT ''"),
        ("information_sharing", "shared_on TEXT"),
    ):
        connection.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column}")
    for statement in VERSION_10_TABLES_DDL:
        connection.exec_driver_sql(statement)
    for statement in (
        *_FTS_REBUILT,
        *_fts_setup(VERSION_10_FTS_COLUMNS),
        "INSERT INTO chronology_fts(chronology_fts) VALUES ('rebuild')",
    ):
        connection.exec_driver_sql(statement)
    _mark_what_was_not_asked(connection)


# Where each table says what bears a fact out (at version 10), for the marks below.
VERSION_10_BORNE_OUT = (
    ("chronology_entries", "corroboration", "corroborating_source", "corroborating_entry = ''"),
    ("relationships", "corroboration", "corroborated_by", "1"),
    ("households", "corroboration", "corroborated_by", "1"),
    ("addresses", "corroboration", "corroborated_by", "1"),
    ("emotional_links", "corroboration", "corroborated_by", "1"),
    ("supports", "corroboration", "corroborated_by", "1"),
    ("people", "birth_corroboration", "birth_corroborated_by", "1"),
    ("people", "name_corroboration", "name_corroborated_by", "1"),
)


def _mark_what_was_not_asked(connection: Connection) -> None:
    """Records made before version 10 asked nothing of them: a fact 'corroborated' or
    'contradicted' with nothing named, something 'shared' with consent unrecorded. They
    are marked so (never invented), in the audit trail like any change, so each can still
    be changed and exchanged under version 10's rules and still counts as unsupported."""
    audit = AuditWriter(connection, "CaseDesk", "Upgrade to schema 10", signed=False)
    why = "recorded before CaseDesk asked this"
    for table, corroboration, column, also in VERSION_10_BORNE_OUT:
        rows = connection.exec_driver_sql(
            f"SELECT id FROM {table} WHERE {corroboration} IN ('corroborated', 'contradicted') "  # noqa: S608 - fixed names above
            f"AND {column} = '' AND {also}"
        ).all()
        for (key,) in rows:
            connection.exec_driver_sql(
                f"UPDATE {table} SET {column} = ? WHERE id = ?",  # noqa: S608 - fixed names above
                (NOT_NAMED, key),
            )
            audit.append(table, str(key), {column: ""}, {column: NOT_NAMED}, why)
    rows = connection.exec_driver_sql(
        "SELECT id FROM information_sharing WHERE shared = 1 AND consent = '' AND lawful_basis = ''"
    ).all()
    for (key,) in rows:
        connection.exec_driver_sql(
            "UPDATE information_sharing SET lawful_basis = ? WHERE id = ?",
            (BASIS_NOT_RECORDED, key),
        )
        audit.append(
            "information_sharing",
            str(key),
            {"lawful_basis": ""},
            {"lawful_basis": BASIS_NOT_RECORDED},
            why,
        )
    audit.finish()


def _version_10_to_11(connection: Connection) -> None:
    """Version 11: a deadline knows the rule and the entry that started it and the entry
    that met it, whether it is statutory, and can be extended or cancelled with a reason.
    Deadlines recorded before are kept as recorded by hand (no rule)."""
    for column in (
        "rule_id TEXT NOT NULL DEFAULT ''",
        "started_by TEXT NOT NULL DEFAULT ''",
        "met_by TEXT NOT NULL DEFAULT ''",
        "statutory INTEGER NOT NULL DEFAULT 0",
        "extended_to TEXT",
        "cancelled_on TEXT",
        "reason TEXT NOT NULL DEFAULT ''",
    ):
        connection.exec_driver_sql(f"ALTER TABLE deadlines ADD COLUMN {column}")


VERSION_12_TABLES_DDL = (
    """CREATE TABLE signing_keys (
       key_id TEXT NOT NULL,
       user TEXT NOT NULL,
       role TEXT NOT NULL,
       public_key TEXT NOT NULL,
       issued_at TEXT NOT NULL,
       issued_by TEXT NOT NULL,
       reason TEXT DEFAULT '' NOT NULL,
       PRIMARY KEY (key_id)
)""",
)


def _version_11_to_12(connection: Connection) -> None:
    """Version 12: records are signed. The audit trail gains each record's content hash,
    the author's key id and signature; the public signing keys get their table. Rows
    written before are kept as they were, and marked by where signing begins (``meta``
    ``signed_from_seq``): they were made before records were signed. (The user who
    upgrades then signs the content as it stands: ``CaseStore``.)"""
    for column in ("content_hash", "key_id", "signature"):
        connection.exec_driver_sql(
            f"ALTER TABLE audit_log ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"
        )
    for statement in VERSION_12_TABLES_DDL:
        connection.exec_driver_sql(statement)
    last = connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM audit_log").scalar_one()
    connection.execute(insert(meta).values(key=SIGNED_FROM, value=str(int(last) + 1)))


VERSION_13_TABLES_DDL = (
    """CREATE TABLE assessments (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       kind TEXT NOT NULL,
       started_on TEXT NOT NULL,
       due_on TEXT NOT NULL,
       completed_on TEXT,
       developmental_needs TEXT DEFAULT '' NOT NULL,
       parenting_capacity TEXT DEFAULT '' NOT NULL,
       family_and_environment TEXT DEFAULT '' NOT NULL,
       history TEXT DEFAULT '' NOT NULL,
       concern_answered TEXT NOT NULL,
       concern_answer TEXT DEFAULT '' NOT NULL,
       decision TEXT DEFAULT '' NOT NULL,
       late_reason TEXT DEFAULT '' NOT NULL,
       submitted_on TEXT,
       recorded_by TEXT NOT NULL,
       entered_in_error TEXT,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
    """CREATE TABLE assessment_sources (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       assessment_id TEXT NOT NULL,
       professional_id TEXT DEFAULT '' NOT NULL,
       source TEXT DEFAULT '' NOT NULL,
       asked_on TEXT,
       answered_on TEXT,
       said TEXT DEFAULT '' NOT NULL,
       recorded_by TEXT NOT NULL,
       entered_in_error TEXT,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id),
       FOREIGN KEY(assessment_id) REFERENCES assessments (id)
)""",
    """CREATE TABLE assessment_adults (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       assessment_id TEXT NOT NULL,
       person_id TEXT NOT NULL,
       how_identified TEXT DEFAULT '' NOT NULL,
       seen_on TEXT,
       not_seen_because TEXT DEFAULT '' NOT NULL,
       checks TEXT DEFAULT '' NOT NULL,
       checked_on TEXT,
       recorded_by TEXT NOT NULL,
       entered_in_error TEXT,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id),
       FOREIGN KEY(assessment_id) REFERENCES assessments (id),
       FOREIGN KEY(person_id) REFERENCES people (id)
)""",
    """CREATE TABLE supervisions (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       held_on TEXT NOT NULL,
       supervisor TEXT NOT NULL,
       worker TEXT NOT NULL,
       reflection TEXT DEFAULT '' NOT NULL,
       decisions TEXT DEFAULT '' NOT NULL,
       not_to_act TEXT DEFAULT '' NOT NULL,
       session TEXT DEFAULT '' NOT NULL,
       cases_discussed TEXT DEFAULT '[]' NOT NULL,
       recorded_by TEXT NOT NULL,
       recorded_at TEXT NOT NULL,
       entered_in_error TEXT,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
    """CREATE TABLE escalations (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       raised_on TEXT NOT NULL,
       raised_by TEXT NOT NULL,
       with_whom TEXT NOT NULL,
       concern TEXT NOT NULL,
       stage INTEGER NOT NULL,
       response_due TEXT NOT NULL,
       professional_id TEXT DEFAULT '' NOT NULL,
       immediate_risk INTEGER DEFAULT '0' NOT NULL,
       responded_on TEXT,
       response TEXT DEFAULT '' NOT NULL,
       outcome TEXT DEFAULT '' NOT NULL,
       resolved INTEGER DEFAULT '0' NOT NULL,
       follows TEXT DEFAULT '' NOT NULL,
       recorded_by TEXT NOT NULL,
       entered_in_error TEXT,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
    """CREATE TABLE sign_offs (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       target_type TEXT NOT NULL,
       target_id TEXT NOT NULL,
       decision TEXT NOT NULL,
       signed_on TEXT NOT NULL,
       signed_by TEXT NOT NULL,
       role TEXT NOT NULL,
       key_id TEXT NOT NULL,
       approved TEXT NOT NULL,
       content_hash TEXT NOT NULL,
       head_seq INTEGER NOT NULL,
       head_hash TEXT NOT NULL,
       comment TEXT DEFAULT '' NOT NULL,
       due_on TEXT,
       late_by INTEGER DEFAULT '0' NOT NULL,
       late_reason TEXT DEFAULT '' NOT NULL,
       signature TEXT DEFAULT '' NOT NULL,
       recorded_at TEXT NOT NULL,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
)


def _version_12_to_13(connection: Connection) -> None:
    """Version 13: assessments (with the sources consulted and the adults considered),
    supervision on each case, escalation steps and supervisors' sign-offs; an action can
    name the supervision that agreed it; indexes for each case's latest plan meeting and
    for the audit trail by record, by kind and by signed row."""
    for statement in VERSION_13_TABLES_DDL:
        connection.exec_driver_sql(statement)
    for index in (
        "CREATE INDEX ix_chronology_category ON chronology_entries (category, case_id, "
        "occurred_on)",
        "CREATE INDEX ix_audit_record ON audit_log (record_id)",
        "CREATE INDEX ix_audit_kind ON audit_log (record_type, seq)",
        "CREATE INDEX ix_audit_signed ON audit_log (seq) WHERE signature != ''",
    ):
        connection.exec_driver_sql(index)
    connection.exec_driver_sql(
        "ALTER TABLE actions ADD COLUMN supervision_id TEXT NOT NULL DEFAULT ''"
    )
    # Plans met before the file recorded sign-offs are history: none awaits one.
    connection.execute(insert(meta).values(key=OVERSIGHT_FROM, value=_today()))


VERSION_14_TABLES_DDL = (
    """CREATE TABLE disclosures (
       id TEXT NOT NULL,
       case_id TEXT NOT NULL,
       made_on TEXT NOT NULL,
       recipient TEXT NOT NULL,
       purpose TEXT DEFAULT '' NOT NULL,
       lawful_basis TEXT DEFAULT '' NOT NULL,
       document_id TEXT NOT NULL,
       sha256 TEXT NOT NULL,
       sections TEXT DEFAULT '' NOT NULL,
       withheld TEXT DEFAULT '' NOT NULL,
       signed_by TEXT DEFAULT '' NOT NULL,
       fingerprint TEXT DEFAULT '' NOT NULL,
       countersigned_by TEXT DEFAULT '' NOT NULL,
       countersigned_on TEXT,
       countersign_comment TEXT DEFAULT '' NOT NULL,
       recorded_by TEXT NOT NULL,
       recorded_at TEXT NOT NULL,
       PRIMARY KEY (id),
       FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
    """CREATE TABLE certificates (
       key_id TEXT NOT NULL,
       user TEXT NOT NULL,
       certificate TEXT NOT NULL,
       chain TEXT DEFAULT '' NOT NULL,
       fingerprint TEXT NOT NULL,
       added_at TEXT NOT NULL,
       added_by TEXT NOT NULL,
       PRIMARY KEY (key_id)
)""",
    "CREATE INDEX ix_disclosures_case ON disclosures (case_id, made_on)",
)


def _version_13_to_14(connection: Connection) -> None:
    """Version 14: the information-sharing log, users' certificates for signing shared
    summaries, and a chronology entry's mark that it holds third-party information."""
    for statement in VERSION_14_TABLES_DDL:
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(
        "ALTER TABLE chronology_entries ADD COLUMN third_party INTEGER NOT NULL DEFAULT 0"
    )


@dataclass(frozen=True)
class Rewrite:
    """A record an upgrade step changed (not only its table's shape). Whoever upgrades
    appends it to the audit trail with the record's new content hash, so ``check`` finds
    the record as its last audit entry says and its history shows what the upgrade did."""

    table: str
    key: str
    before: dict[str, Any]
    after: dict[str, Any]
    reason: str


CONSENT_UPGRADED = (
    "the tick box 'consent to share is recorded' became 'given' (by whom and when were never asked)"
)


def _version_14_to_15(connection: Connection) -> list[Rewrite]:
    """Version 15: consent to share with a team member is a state (not yet asked, given,
    refused, shared without consent, not applicable) with who, when and the lawful basis,
    where a 0/1 tick box was. Ticked becomes 'given', the day not known; unticked stays
    'not yet asked' (the box could not say more). Nothing is invented."""
    for column in (
        "consent TEXT NOT NULL DEFAULT 'not yet asked'",
        "consent_by TEXT NOT NULL DEFAULT ''",
        "consent_on TEXT",
        "consent_basis TEXT NOT NULL DEFAULT ''",
    ):
        connection.exec_driver_sql(f"ALTER TABLE professionals ADD COLUMN {column}")
    ticked = [
        str(key)
        for (key,) in connection.exec_driver_sql(
            "SELECT id FROM professionals WHERE consent_to_share = 1 ORDER BY id"
        )
    ]
    connection.exec_driver_sql(
        "UPDATE professionals SET consent = 'given' WHERE consent_to_share = 1"
    )
    connection.exec_driver_sql("ALTER TABLE professionals DROP COLUMN consent_to_share")
    return [
        Rewrite(
            "professionals", key, {"consent_to_share": 1}, {"consent": "given"}, CONSENT_UPGRADED
        )
        for key in ticked
    ]


VERSION_16_INDEXES_DDL = (
    "CREATE INDEX ix_concerns_case ON concerns (case_id, raised_on)",
    "CREATE INDEX ix_professionals_case ON professionals (case_id)",
    "CREATE INDEX ix_identification_attempts_case "
    "ON identification_attempts (case_id, attempted_on)",
    "CREATE INDEX ix_information_sharing_case ON information_sharing (case_id, decided_on)",
    "CREATE INDEX ix_supports_case ON supports (case_id)",
    "CREATE INDEX ix_deadlines_case ON deadlines (case_id, due_on)",
    "CREATE INDEX ix_actions_case ON actions (case_id, due_on)",
    "CREATE INDEX ix_assessments_case ON assessments (case_id, started_on)",
    "CREATE INDEX ix_assessment_sources_case ON assessment_sources (case_id, assessment_id)",
    "CREATE INDEX ix_assessment_adults_case ON assessment_adults (case_id, assessment_id)",
    "CREATE INDEX ix_supervisions_case ON supervisions (case_id, held_on)",
    "CREATE INDEX ix_escalations_case ON escalations (case_id, raised_on)",
    "CREATE INDEX ix_sign_offs_case ON sign_offs (case_id, head_seq)",
    "CREATE INDEX ix_relationships_from ON relationships (from_person)",
    "CREATE INDEX ix_households_person ON households (person_id)",
    "CREATE INDEX ix_addresses_person ON addresses (person_id)",
    "CREATE INDEX ix_identifiers_person ON identifiers (person_id)",
    "CREATE INDEX ix_emotional_links_from ON emotional_links (from_person)",
    "CREATE INDEX ix_parental_responsibility_person ON parental_responsibility (person_id)",
)


def _version_15_to_16(connection: Connection) -> None:
    """Version 16: indexes by which one case's rows are found without reading every
    row of the file (``tables.CASE_INDEXES``; no record changes)."""
    for statement in VERSION_16_INDEXES_DDL:
        connection.exec_driver_sql(statement)


def _version_16_to_17(connection: Connection) -> None:
    """Version 17: the chronology's full-text index also keeps each word's first letter
    (no records change): made again, then filled from the entries (it holds no text of
    its own)."""
    for statement in (
        *_FTS_REBUILT,
        *VERSION_17_FTS_SETUP,
        "INSERT INTO chronology_fts(chronology_fts) VALUES ('rebuild')",
    ):
        connection.exec_driver_sql(statement)


def _version_17_to_18(connection: Connection) -> None:
    """Version 18: an index of the entries in which the child was seen, by case and day
    (``tables.CHILD_SEEN_WHERE``; no records change): the case list's "last seen" read
    every entry of the file."""
    connection.exec_driver_sql(
        "CREATE INDEX ix_chronology_child_seen ON chronology_entries (case_id, occurred_on) "
        "WHERE child_seen IN ('seen alone', 'seen, not alone') AND entered_in_error IS NULL"
    )


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


# STEPS[n] upgrades a file at version n to n + 1. A new file is created at the current
# version directly; the steps exist for files written by earlier versions.
STEPS: dict[int, Callable[[Connection], list[Rewrite] | None]] = {
    1: _version_1_to_2,
    2: _version_2_to_3,
    3: _version_3_to_4,
    4: _version_4_to_5,
    5: _version_5_to_6,
    6: _version_6_to_7,
    7: _version_7_to_8,
    8: _version_8_to_9,
    9: _version_9_to_10,
    10: _version_10_to_11,
    11: _version_11_to_12,
    12: _version_12_to_13,
    13: _version_13_to_14,
    14: _version_14_to_15,
    15: _version_15_to_16,
    16: _version_16_to_17,
    17: _version_17_to_18,
}


def schema_version(connection: Connection) -> int:
    """The schema version recorded in the file (0 for a new, empty database)."""
    has_meta = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).first()
    if not has_meta:
        return 0
    value = connection.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value) if value is not None else 0


def upgrade(connection: Connection, file_id: str, rewrites: list[Rewrite] | None = None) -> int:
    """Bring the file to CURRENT_VERSION; return the version it had (0 for a new file).
    The records the steps changed are added to ``rewrites`` (for the audit trail)."""
    start = schema_version(connection)
    if start == 0:
        _create_current(connection)
        connection.execute(insert(meta).values(key="file_id", value=file_id))
        connection.execute(insert(meta).values(key="schema_version", value=str(CURRENT_VERSION)))
        connection.execute(insert(meta).values(key=SIGNED_FROM, value="1"))  # signed from birth
        connection.execute(insert(meta).values(key=OVERSIGHT_FROM, value=_today()))
        return start
    for version in range(start, CURRENT_VERSION):
        changed = STEPS[version](connection)
        if rewrites is not None and changed:
            rewrites.extend(changed)
        connection.execute(
            update(meta).where(meta.c.key == "schema_version").values(value=str(version + 1))
        )
    return start
