"""Schema versions: one step per upgrade, applied after a backup of the case file.

A case file records its schema version in ``meta``. Opening an older file backs it up,
then runs each step in order inside one transaction; a newer file is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, insert, select, update

from casedesk.storage.audit import APPEND_ONLY_TRIGGERS
from casedesk.storage.tables import (
    VERSION_2_TABLES,
    WITHDRAWABLE,
    categories,
    diagram_positions,
    information_sharing,
    meta,
    metadata,
    supports,
)

CURRENT_VERSION = 8

FTS_SETUP = (
    # Full-text search over the chronology: accents and case ignored (unicode61 with
    # remove_diacritics 2). SQLite-only, so it lives here, behind storage. Schema 8 added
    # the analysis column (a worker searches their own analysis too).
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
    for new_table in VERSION_2_TABLES:
        new_table.create(connection)


def _version_2_to_3(connection: Connection) -> None:
    """Version 3: people merged into another record point at it (``merged_into``)."""
    connection.exec_driver_sql("ALTER TABLE people ADD COLUMN merged_into TEXT")


def _version_3_to_4(connection: Connection) -> None:
    """Version 4: records added in error are marked (``entered_in_error``), not deleted."""
    for table in WITHDRAWABLE:
        # Tables that step 1 -> 2 created from the current definitions already have it.
        columns = {row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({table.name})")}
        if columns and "entered_in_error" not in columns:  # later tables do not exist yet
            connection.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN entered_in_error TEXT")


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
    information_sharing.create(connection)


def _version_6_to_7(connection: Connection) -> None:
    """Version 7: the case file's own chronology categories."""
    categories.create(connection)


def _version_7_to_8(connection: Connection) -> None:
    """Version 8: the ecomap's supports, genogram positions set by hand, and the analysis
    column in the chronology's full-text index."""
    supports.create(connection)
    diagram_positions.create(connection)
    # The chronology's full-text index gains the analysis column: made again, then filled
    # from the entries (the index holds no text of its own: content= the entries table).
    for statement in (
        "DROP TRIGGER chronology_fts_insert",
        "DROP TRIGGER chronology_fts_update",
        "DROP TABLE chronology_fts",
        *FTS_SETUP,
        "INSERT INTO chronology_fts(chronology_fts) VALUES ('rebuild')",
    ):
        connection.exec_driver_sql(statement)


# STEPS[n] upgrades a file at version n to n + 1. A new file is created at the current
# version directly; the steps exist for files written by earlier versions.
STEPS: dict[int, Callable[[Connection], None]] = {
    1: _version_1_to_2,
    2: _version_2_to_3,
    3: _version_3_to_4,
    4: _version_4_to_5,
    5: _version_5_to_6,
    6: _version_6_to_7,
    7: _version_7_to_8,
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


def upgrade(connection: Connection, file_id: str) -> int:
    """Bring the file to CURRENT_VERSION; return the version it had (0 for a new file)."""
    start = schema_version(connection)
    if start == 0:
        _create_current(connection)
        connection.execute(insert(meta).values(key="file_id", value=file_id))
        connection.execute(insert(meta).values(key="schema_version", value=str(CURRENT_VERSION)))
        return start
    for version in range(start, CURRENT_VERSION):
        STEPS[version](connection)
        connection.execute(
            update(meta).where(meta.c.key == "schema_version").values(value=str(version + 1))
        )
    return start
