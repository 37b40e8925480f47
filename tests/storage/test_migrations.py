"""Case files written by earlier schema versions open, after a backup, and upgrade."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Connection

from casedesk.domain.errors import OlderVersionError
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.storage import case_store, migrations
from casedesk.storage.backup import read_backup_into

FIXTURES = Path(__file__).parents[1] / "fixtures"
PASSPHRASE = "fixture passphrase one"
# A case file written by every schema version there has been, each by that version's code
# (tests/fixtures/make_fixture.py); a new version adds its own file here.
VERSIONS = range(1, migrations.CURRENT_VERSION + 1)


def copy_fixture(tmp_path: Path, version: int = 1) -> Path:
    source = FIXTURES / f"schema-v{version}.casedesk"
    target = tmp_path / source.name
    shutil.copytree(source, target)
    return target


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert [(FIXTURES / f"schema-v{v}.casedesk" / "case.db").is_file() for v in VERSIONS] == [
        True for _ in VERSIONS
    ]


def columns(case_file: CaseFile) -> dict[str, list[str]]:
    with case_file._store.connect() as connection:
        tables = [
            r[0]
            for r in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
            )
        ]
        return {
            t: sorted(r[1] for r in connection.exec_driver_sql(f"PRAGMA table_info({t})"))
            for t in sorted(tables)
        }


def definitions(case_file: CaseFile, which: str) -> list[str]:
    """How the schema's objects ``which`` picks (a condition on ``sqlite_master``) are
    defined (those SQLite makes itself have no SQL)."""
    with case_file._store.connect() as connection:
        return [
            r[0]
            for r in connection.exec_driver_sql(
                # ``which`` is one of this module's own conditions, never input.
                f"SELECT sql FROM sqlite_master WHERE {which} AND sql IS NOT NULL ORDER BY name"  # noqa: S608
            )
        ]


def search_schema(case_file: CaseFile) -> list[str]:
    """How the full-text index and its triggers are defined."""
    return definitions(case_file, "name LIKE 'chronology_fts%' AND type IN ('table', 'trigger')")


def indexes(case_file: CaseFile) -> list[str]:
    """How each index is defined."""
    return definitions(case_file, "type = 'index'")


def version_of(case_file: CaseFile) -> str:
    with case_file._store.connect() as connection:
        return str(
            connection.exec_driver_sql(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).scalar_one()
        )


@pytest.mark.parametrize("version", VERSIONS)
def test_every_earlier_file_upgrades_to_the_same_schema_as_a_new_file(
    tmp_path: Path, version: int
) -> None:
    path = copy_fixture(tmp_path, version)
    with CaseFile.open(path, PASSPHRASE) as upgraded:
        assert upgraded.check().ok
        assert version_of(upgraded) == str(migrations.CURRENT_VERSION)
        with upgraded._store.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM cases").scalar_one() == 2
            assert (
                connection.exec_driver_sql("SELECT count(*) FROM chronology_entries").scalar_one()
                == 120
            )
            newest_action = connection.exec_driver_sql(
                "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"
            ).scalar_one()
            assert version == migrations.CURRENT_VERSION or newest_action == "Upgrade case file"
        upgraded_columns = columns(upgraded)
        upgraded_search = search_schema(upgraded)
        upgraded_indexes = indexes(upgraded)
        # The rebuilt full-text index finds the old entries.
        case_id = upgraded.case_record(upgraded.case_references()[0]).case.id
        word = upgraded.case_record(upgraded.case_references()[0]).entries[0].description.split()[0]
        assert upgraded.search_chronology(case_id, word)
    fresh, _ = CaseFile.create(
        tmp_path / "fresh.casedesk", PASSPHRASE, "Owner", kdf=FLOOR, check_strength=False
    )
    with fresh:
        assert columns(fresh) == upgraded_columns
        assert search_schema(fresh) == upgraded_search
        assert indexes(fresh) == upgraded_indexes
    backups = list(tmp_path.glob(f"schema-v{version}-before-upgrade-*.cdbackup"))
    if version == migrations.CURRENT_VERSION:
        assert backups == []
        return
    assert len(backups) == 1, "a backup is written before the upgrade"
    read_backup_into(backups[0], tmp_path / "old.casedesk")
    with CaseFile.open(
        tmp_path / "old.casedesk", PASSPHRASE, read_only=True, allow_older=True
    ) as old:
        assert version_of(old) == str(version)


@pytest.mark.parametrize("version", VERSIONS)
def test_an_earlier_file_opened_read_only_is_read_or_refused_plainly(
    tmp_path: Path, version: int
) -> None:
    """Read-only cannot upgrade: commands that only read say to open the file once
    normally; nothing is written; ``check`` still checks it."""
    from casedesk.cli import main

    path = copy_fixture(tmp_path, version)
    before = {p.name: p.read_bytes() for p in path.iterdir()}
    argv = ["chronology", "list", str(path), "--case", "DEMO-0001"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CASEDESK_PASSPHRASE", PASSPHRASE)
        code = main(argv)
        assert main(["check", str(path)]) == 0
        if version < migrations.CURRENT_VERSION:
            assert code == 4
            with pytest.raises(OlderVersionError, match="Open it once normally"):
                CaseFile.open(path, PASSPHRASE, read_only=True)
        else:
            assert code == 0
    assert {p.name: p.read_bytes() for p in path.iterdir() if p.name in before} == before


def test_each_step_runs_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[int] = []

    def version_2_to_3(connection: Connection) -> None:
        ran.append(2)
        connection.exec_driver_sql("ALTER TABLE cases ADD COLUMN review_due TEXT")

    original = migrations.STEPS[1]
    monkeypatch.setitem(migrations.STEPS, 1, lambda c: (ran.append(1), original(c))[1])
    monkeypatch.setitem(migrations.STEPS, 2, version_2_to_3)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 3)
    monkeypatch.setattr(case_store, "CURRENT_VERSION", 3)
    with CaseFile.open(copy_fixture(tmp_path), PASSPHRASE) as case_file:
        assert ran == [1, 2]
        assert version_of(case_file) == "3"
        assert case_file.check().ok
