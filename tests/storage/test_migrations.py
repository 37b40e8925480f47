"""Case files written by earlier schema versions open, after a backup, and upgrade."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Connection

from casedesk.services.case_file import CaseFile
from casedesk.storage import case_store, migrations

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema-v1.casedesk"
PASSPHRASE = "fixture passphrase one"


def copy_fixture(tmp_path: Path) -> Path:
    target = tmp_path / FIXTURE.name
    shutil.copytree(FIXTURE, target)
    return target


def test_a_file_written_by_schema_version_1_opens_and_checks_clean(tmp_path: Path) -> None:
    path = copy_fixture(tmp_path)
    with CaseFile.open(path, PASSPHRASE) as case_file:
        assert case_file.check().ok
        with case_file._store.read() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM cases").scalar_one() == 2
            assert (
                connection.exec_driver_sql("SELECT count(*) FROM chronology_entries").scalar_one()
                == 120
            )


def test_an_upgrade_backs_up_first_then_runs_each_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def version_1_to_2(connection: Connection) -> None:
        connection.exec_driver_sql("ALTER TABLE cases ADD COLUMN review_due TEXT")

    monkeypatch.setattr(migrations, "CURRENT_VERSION", 2)
    monkeypatch.setattr(case_store, "CURRENT_VERSION", 2)
    monkeypatch.setitem(migrations.STEPS, 1, version_1_to_2)
    path = copy_fixture(tmp_path)
    with CaseFile.open(path, PASSPHRASE) as case_file:
        assert case_file.check().ok
        with case_file._store.read() as connection:
            version = connection.exec_driver_sql(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).scalar_one()
            connection.exec_driver_sql("SELECT review_due FROM cases").all()
    assert version == "2"
    backups = list(tmp_path.glob("schema-v1-before-upgrade-*.cdbackup"))
    assert len(backups) == 1
    restored = case_file_from_backup(backups[0], tmp_path)
    with CaseFile.open(restored, PASSPHRASE, read_only=True) as old, old._store.read() as conn:
        assert (
            conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'schema_version'").scalar_one()
            == "1"
        )


def case_file_from_backup(backup: Path, tmp_path: Path) -> Path:
    from casedesk.storage.backup import read_backup_into

    target = tmp_path / "from-backup.casedesk"
    read_backup_into(backup, target)
    return target
