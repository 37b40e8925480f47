"""Schema versions: one step per upgrade, applied after a backup of the case file.

A case file records its schema version in ``meta``. Opening an older file backs it up,
then runs each step in order inside one transaction; a newer file is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, insert, select, update

from casedesk.storage.audit import APPEND_ONLY_TRIGGERS
from casedesk.storage.tables import meta, metadata

CURRENT_VERSION = 1

FTS_SETUP = (
    # Full-text search over the chronology: accents and case ignored (unicode61 with
    # remove_diacritics 2). SQLite-only, so it lives here, behind storage.
    """CREATE VIRTUAL TABLE chronology_fts USING fts5(
           description, impact_on_child, action_taken, source,
           content='chronology_entries', content_rowid='rowid',
           tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER chronology_fts_insert AFTER INSERT ON chronology_entries BEGIN
         INSERT INTO chronology_fts(rowid, description, impact_on_child, action_taken, source)
         VALUES (new.rowid, new.description, new.impact_on_child, new.action_taken, new.source);
       END""",
    """CREATE TRIGGER chronology_fts_update AFTER UPDATE ON chronology_entries BEGIN
         INSERT INTO chronology_fts(chronology_fts, rowid, description, impact_on_child,
                                    action_taken, source)
         VALUES ('delete', old.rowid, old.description, old.impact_on_child, old.action_taken,
                 old.source);
         INSERT INTO chronology_fts(rowid, description, impact_on_child, action_taken, source)
         VALUES (new.rowid, new.description, new.impact_on_child, new.action_taken, new.source);
       END""",
)


def _create_version_1(connection: Connection) -> None:
    metadata.create_all(connection)
    for statement in (*APPEND_ONLY_TRIGGERS, *FTS_SETUP):
        connection.exec_driver_sql(statement)


# STEPS[n] upgrades a file at version n to n + 1; version 0 is an empty database.
STEPS: dict[int, Callable[[Connection], None]] = {0: _create_version_1}


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
    """Apply every step from the file's version to CURRENT_VERSION; return the old version."""
    start = schema_version(connection)
    for version in range(start, CURRENT_VERSION):
        STEPS[version](connection)
        if version == 0:
            connection.execute(insert(meta).values(key="file_id", value=file_id))
            connection.execute(insert(meta).values(key="schema_version", value="1"))
        else:
            connection.execute(
                update(meta).where(meta.c.key == "schema_version").values(value=str(version + 1))
            )
    return start
