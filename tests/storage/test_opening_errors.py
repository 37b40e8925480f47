"""Each way a case file can fail to open gives its own plain error and changes no byte."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from casedesk.domain.errors import (
    CaseDeskError,
    CaseFileInUseError,
    DamagedCaseFileError,
    FileAccessError,
    NewerVersionError,
    NotACaseFileError,
    WrongPassphraseError,
)
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.deadlines import TimescaleSettings
from casedesk.storage import keyslots
from casedesk.storage.engine import connect_raw
from tests.storage.conftest import PASSPHRASE, snapshot

Maker = Callable[..., tuple[Path, str]]
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + b"\x00" * 200


def assert_fails_without_writing(
    path: Path, error: type[CaseDeskError], secret: str = PASSPHRASE, match: str | None = None
) -> str:
    before = snapshot(path)
    with pytest.raises(error, match=match) as caught:
        CaseFile.open(path, secret)
    assert snapshot(path) == before, "a failed open must not change or add any file"
    assert type(caught.value) is error
    message = str(caught.value)
    assert "Traceback" not in message and message.endswith(".")
    return message


def flip_bit(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_wrong_passphrase(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    message = assert_fails_without_writing(path, WrongPassphraseError, "not the passphrase")
    assert "passphrase is not right" in message


def test_recovery_key_opens_and_says_so(make_case_file: Maker) -> None:
    path, recovery_key = make_case_file()
    with CaseFile.open(path, recovery_key.lower().replace("-", " ")) as case_file:
        assert case_file.role == "recovery"
    wrong = "AAAA-" + recovery_key[5:]
    assert "recovery key does not open" in assert_fails_without_writing(
        path, WrongPassphraseError, wrong
    )


def test_passphrase_change_keeps_the_data_and_retires_the_old_one(make_case_file: Maker) -> None:
    path, recovery_key = make_case_file()
    db_before = (path / "case.db").read_bytes()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.change_passphrase("plum otter cabinet river", kdf=FLOOR)
    assert_fails_without_writing(path, WrongPassphraseError, PASSPHRASE)
    with CaseFile.open(path, "plum otter cabinet river") as case_file:
        assert case_file.check().ok
    with CaseFile.open(path, recovery_key):
        pass
    # The data key did not change, so the pages are the same (no re-encryption).
    assert (path / "case.db").read_bytes()[:4096] == db_before[:4096]


def test_a_changed_byte_in_a_keyslot_is_damage(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    keys = path / "keys.json"
    document = json.loads(keys.read_text())
    wrapped = document["slots"][0]["wrapped"]
    document["slots"][0]["wrapped"] = ("B" if wrapped[0] != "B" else "C") + wrapped[1:]
    keys.write_text(json.dumps(document, indent=2))
    message = assert_fails_without_writing(path, DamagedCaseFileError)
    assert "key file is damaged" in message


def test_a_flipped_bit_anywhere_in_the_key_file_is_damage(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    size = (path / "keys.json").stat().st_size
    for offset in (10, size // 2, size - 20):
        original = (path / "keys.json").read_bytes()
        flip_bit(path / "keys.json", offset)
        with pytest.raises((DamagedCaseFileError, NotACaseFileError)):
            CaseFile.open(path, PASSPHRASE)
        (path / "keys.json").write_bytes(original)


def test_a_bit_flipped_in_page_one(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    flip_bit(path / "case.db", 200)
    message = assert_fails_without_writing(path, DamagedCaseFileError)
    assert "page 1" in message


def test_a_bit_flipped_in_a_later_page(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    db = path / "case.db"
    pages = db.stat().st_size // 4096
    assert pages > 5
    flip_bit(db, (pages - 2) * 4096 + 1000)
    message = assert_fails_without_writing(path, DamagedCaseFileError)
    assert "fail their integrity check" in message


@pytest.mark.parametrize("keep", ["half pages", "odd bytes"])
def test_a_truncated_database(make_case_file: Maker, keep: str) -> None:
    path, _ = make_case_file()
    db = path / "case.db"
    data = db.read_bytes()
    cut = (len(data) // 4096 // 2) * 4096 if keep == "half pages" else len(data) - 1000
    db.write_bytes(data[:cut])
    assert_fails_without_writing(path, DamagedCaseFileError)


def test_a_zero_byte_database(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    (path / "case.db").write_bytes(b"")
    assert "empty (0 bytes)" in assert_fails_without_writing(path, DamagedCaseFileError)


def test_a_zero_byte_file_is_not_a_case_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.casedesk"
    path.write_bytes(b"")
    assert_fails_without_writing(path, NotACaseFileError)


def test_a_png_renamed_as_a_case_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.casedesk"
    path.write_bytes(PNG)
    assert "not a CaseDesk case file" in assert_fails_without_writing(path, NotACaseFileError)


def test_a_folder_with_a_png_for_keys_is_not_a_case_file(tmp_path: Path) -> None:
    path = tmp_path / "odd.casedesk"
    path.mkdir()
    (path / "keys.json").write_bytes(PNG)
    assert_fails_without_writing(path, NotACaseFileError)


def test_a_newer_schema_version(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        data_key = case_file._store._require_key()
    connection = connect_raw(path / "case.db", data_key)
    connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    connection.commit()
    connection.close()
    message = assert_fails_without_writing(path, NewerVersionError)
    assert "newer version of CaseDesk" in message and "schema 99" in message


def test_a_newer_key_file_format(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    body = json.loads((path / "keys.json").read_text())
    body.pop("checksum")
    body["format_version"] = 2
    checksum = "sha256:" + __import__("hashlib").sha256(keyslots.canonical_json(body)).hexdigest()
    (path / "keys.json").write_text(json.dumps(dict(body, checksum=checksum)))
    assert "newer version" in assert_fails_without_writing(path, NewerVersionError)


def test_hostile_kdf_parameters_are_refused_before_deriving(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    body = json.loads((path / "keys.json").read_text())
    body.pop("checksum")
    body["slots"][0]["kdf"]["memory_kib"] = 64 * 1024 * 1024  # 64 GiB
    checksum = "sha256:" + __import__("hashlib").sha256(keyslots.canonical_json(body)).hexdigest()
    (path / "keys.json").write_text(json.dumps(dict(body, checksum=checksum)))
    assert "outside the range" in assert_fails_without_writing(path, DamagedCaseFileError)


def test_a_second_writer_is_told_who_has_it_and_may_read(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE):
        with pytest.raises(CaseFileInUseError, match="already open in CaseDesk by Sam Worker"):
            CaseFile.open(path, PASSPHRASE)
        with CaseFile.open(path, PASSPHRASE, read_only=True) as reader:
            assert reader.read_only
            with pytest.raises(CaseDeskError, match="read-only"), reader.transaction("x"):
                pass
    with CaseFile.open(path, PASSPHRASE):
        pass  # the lock was released on close


def test_missing_path_says_there_is_no_case_file(tmp_path: Path) -> None:
    with pytest.raises(CaseDeskError, match="There is no case file"):
        CaseFile.open(tmp_path / "nothing.casedesk", PASSPHRASE)


def test_a_write_the_disk_refuses_is_one_plain_sentence_not_a_crash(tmp_path: Path) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from casedesk.domain.errors import FileAccessError
    from casedesk.storage.engine import write_refused

    for text, said in (
        ("database or disk is full", "is full, so nothing was changed"),
        ("attempt to write a readonly database", "cannot be written to"),
        ("disk I/O error", "could not be written"),
    ):
        error = OperationalError("COMMIT", {}, sqlite3.OperationalError(text))
        plain = write_refused(error, tmp_path / "c.casedesk")
        assert isinstance(plain, FileAccessError) and said in str(plain)
        assert plain.exit_code == 9
    other = OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: x"))
    assert write_refused(other, tmp_path) is other


def _damage_root_page(path: Path, table: str) -> str:
    """Flip a bit in the first page of ``table``; the reference of a case of the file."""
    with CaseFile.open(path, PASSPHRASE) as case_file:
        reference = case_file.case_summaries()[0].reference
        with case_file._store.connect() as c:
            page = c.exec_driver_sql(
                "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
            ).scalar_one()
    flip_bit(path / "case.db", (page - 1) * 4096 + 500)
    return reference


# The search index's words, and its settings (whose damage SQLite reports as "vtable
# constructor failed": told apart by its result code, not its words).
@pytest.mark.parametrize("table", ["chronology_fts_data", "chronology_fts_config"])
def test_a_damaged_page_first_met_by_a_read_is_one_plain_sentence(
    make_case_file: Maker, table: str
) -> None:
    """A large file opens before its pages are checked (the window checks them in the
    background): a search that reads a damaged page of the index says the file is
    damaged, in words; so does every use of the file after it (the database keeps the
    connection that met the damage in an error state: its next read said "readonly"),
    a write too, and nothing is written. The file closes, its lock given up."""
    path, _ = make_case_file()
    reference = _damage_root_page(path, table)
    case_file = CaseFile.open(path, PASSPHRASE, defer_page_check=True)
    case_id = case_file.case_record(reference).case.id
    with pytest.raises(DamagedCaseFileError) as caught:
        case_file.search_chronology(case_id, "visit")
    message = str(caught.value)
    assert message.startswith("The case file's database is damaged: a part of it just read")
    assert message.endswith("Nothing was changed. Restore it from a backup.")
    before = (path / "case.db").read_bytes()
    with pytest.raises(DamagedCaseFileError, match=r"^The case file's database is damaged"):
        case_file.case_record(reference, keep=False)
    with pytest.raises(DamagedCaseFileError, match=r"^The case file's database is damaged"):
        case_file.set_timescale_settings(TimescaleSettings("Scotland"), "after the damage")
    case_file.close()
    assert (path / "case.db").read_bytes() == before
    CaseFile.open(path, PASSPHRASE, defer_page_check=True).close()  # not "already open"


def test_a_check_that_meets_damage_ends_its_page_check_before_it_says_so(
    make_case_file: Maker,
) -> None:
    """File > Check Case File on a damaged file reads its pages on a second thread: the
    check says the file is damaged only once that thread has ended (it would otherwise
    go on reading, and make -wal and -shm files, after the file is closed)."""
    import threading

    path, _ = make_case_file()
    _damage_root_page(path, "audit_log")
    with CaseFile.open(path, PASSPHRASE, defer_page_check=True) as case_file:
        with pytest.raises(DamagedCaseFileError):
            case_file.check()
        assert not any(t.name == "check pages" for t in threading.enumerate())
    assert sorted(p.name for p in path.iterdir()) == ["case.db", "keys.json", "lock"]


def test_a_backup_its_own_disk_refuses_names_that_disk(
    make_case_file: Maker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup written to a USB stick that fills up says the stick is full, not the case
    file's disk (nor that the case file could not be read)."""
    import sqlcipher3

    from casedesk.storage import store_checks

    def full(*_args: object) -> None:
        raise sqlcipher3.OperationalError("database or disk is full")

    path, _ = make_case_file()
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(store_checks, "write_backup", full)
    with CaseFile.open(path, PASSPHRASE) as case_file, pytest.raises(FileAccessError) as caught:
        case_file.backup(stick / "work.cdbackup")
    assert str(caught.value).startswith(f"The disk holding {stick} is full")
