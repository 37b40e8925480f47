"""Nothing lost to a clumsy command: output paths inside a case file, exports that fail
half-way, restore over an open case file, and links where files should be."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from casedesk.services.case_file import CaseFile
from tests.cli.conftest import PASSPHRASE, Ran


def files_of(folder: Path) -> dict[str, bytes]:
    """The case file's database and key file, byte for byte."""
    return {name: (folder / name).read_bytes() for name in ("case.db", "keys.json")}


@pytest.mark.parametrize(
    "command",
    [
        ("export", "{F}", "{F}/case.db", "--case", "all"),
        ("export", "{F}", "{F}", "--case", "all"),
        ("chronology", "export", "{F}", "{F}/keys.json", "--case", "DEMO-0001"),
        ("chronology", "template", "{F}/lock"),
        ("backup", "{F}", "{F}/case.db"),
        ("backup", "{F}", "{F}"),
        ("genogram", "{F}", "--case", "DEMO-0001", "--out", "{F}/tree.svg"),
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_an_output_inside_a_case_file_is_refused_and_the_file_is_untouched(
    cli: Callable[..., Ran], case_path: Path, command: tuple[str, ...]
) -> None:
    before = files_of(case_path)
    ran = cli(*(part.replace("{F}", str(case_path)) for part in command))
    assert ran.code == 2, ran.err
    assert "case file" in ran.err and "Traceback" not in ran.err
    assert files_of(case_path) == before
    assert cli("check", case_path).code == 0


def test_an_output_reached_through_a_link_into_a_case_file_is_refused(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "innocent.json").symlink_to(case_path / "case.db")
    before = files_of(case_path)
    ran = cli("export", case_path, tmp_path / "innocent.json", "--case", "all")
    assert ran.code == 2 and "inside the case file" in ran.err
    assert files_of(case_path) == before


def test_an_export_replaces_an_open_to_all_file_with_a_private_one(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "shared.json"
    out.write_text("old")
    out.chmod(0o644)
    assert cli("export", case_path, out, "--case", "all").code == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert '"DEMO-0001"' in out.read_text()
    csv = tmp_path / "chronology.csv"
    csv.write_text("old")
    csv.chmod(0o644)
    assert cli("chronology", "export", case_path, csv, "--case", "DEMO-0001").code == 0
    assert csv.stat().st_mode & 0o777 == 0o600


def test_a_full_disk_leaves_no_partial_export_and_says_so(
    cli: Callable[..., Ran],
    case_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    real_fsync = os.fsync

    def full(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(out_dir)):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    for command in (
        ("export", case_path, out_dir / "all.json", "--case", "all"),
        ("chronology", "export", case_path, out_dir / "c.csv", "--case", "DEMO-0001"),
    ):
        ran = cli(*command)
        assert ran.code == 9, ran.err
        assert "The disk is full" in ran.err and "Traceback" not in ran.err
        assert list(out_dir.iterdir()) == []


def test_restore_force_will_not_replace_a_case_file_that_is_open(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.cdbackup"
    assert cli("backup", case_path, backup).code == 0
    with CaseFile.open(case_path, PASSPHRASE) as open_file:
        ran = cli("restore", backup, case_path, "--force")
        assert ran.code == 8, ran.err
        assert "is open in CaseDesk by Sam Worker" in ran.err
        open_file.add_category("written after the refused restore")
    with CaseFile.open(case_path, PASSPHRASE, read_only=True) as reopened:
        names = [c.value for c in reopened.categories()]
    assert "written after the refused restore" in names
    # Once it is closed, the restore goes ahead.
    assert cli("restore", backup, case_path, "--force").code == 0
    with CaseFile.open(case_path, PASSPHRASE, read_only=True) as restored:
        assert "written after the refused restore" not in [c.value for c in restored.categories()]


def test_restore_refuses_plainly_what_it_cannot_do(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.cdbackup"
    assert cli("backup", case_path, backup).code == 0
    documents = tmp_path / "Documents.casedesk"
    documents.mkdir()
    (documents / "letter.txt").write_text("keep me")
    cases = [
        (("restore", backup, documents, "--force"), "is not a case file"),
        (("restore", backup, tmp_path / "missing" / "new"), "does not exist"),
        (("restore", tmp_path, tmp_path / "new"), "is a folder"),
        (("restore", backup, case_path / "inner"), "inside the case file"),
    ]
    for command, said in cases:
        ran = cli(*command)
        assert ran.code in (1, 2), (command, ran.err)
        assert said in ran.err and "Traceback" not in ran.err
    assert (documents / "letter.txt").read_text() == "keep me"


def test_a_linked_or_odd_lock_and_a_linked_database_are_refused(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("not to be truncated")
    lock = case_path / "lock"
    lock.unlink(missing_ok=True)
    lock.symlink_to(precious)
    ran = cli(
        "chronology",
        "add",
        case_path,
        "--case",
        "DEMO-0001",
        "--date",
        "2026-01-02",
        "--category",
        "home visit",
        "--description",
        "Seen",
        "--source",
        "Me",
        "--source-type",
        "professional observation",
    )
    assert ran.code == 4 and "symbolic link" in ran.err
    assert precious.read_text() == "not to be truncated"
    lock.unlink()
    lock.mkdir()
    ran = cli("passwd", case_path)
    assert ran.code == 4 and "is a folder" in ran.err
    lock.rmdir()
    database = case_path / "case.db"
    moved = tmp_path / "elsewhere.db"
    database.rename(moved)
    database.symlink_to(moved)
    ran = cli("check", case_path)
    assert ran.code == 5 and "symbolic link" in ran.err


def test_a_listing_cut_short_by_its_reader_is_not_an_error(tmp_path: Path) -> None:
    """``casedesk chronology list ... | head -1``: no traceback, no 'went wrong'."""
    import subprocess
    import sys
    from datetime import date

    from casedesk.services.case_file import FLOOR
    from casedesk.services.demo import write_data
    from casedesk.services.synthetic import generate

    # Far more than a pipe holds (64 KiB), so the writer meets the closed pipe for sure.
    case_path = tmp_path / "long.casedesk"
    case_file, _ = CaseFile.create(case_path, PASSPHRASE, "Sam Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=3, cases=1, entries=3000, as_of=date(2026, 1, 5)))

    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "casedesk",
            "chronology",
            "list",
            str(case_path),
            "--case",
            "DEMO-0001",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "CASEDESK_PASSPHRASE": PASSPHRASE},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert error == ""


def test_commands_that_only_read_leave_nothing_beside_the_database(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    def beside() -> set[str]:
        return {p.name for p in case_path.iterdir()} - {"lock"}

    assert beside() == {"case.db", "keys.json"}
    before = files_of(case_path)
    for command in (
        ("check", case_path),
        ("export", case_path, tmp_path / "all.json", "--case", "all"),
        ("chronology", "list", case_path, "--case", "DEMO-0001"),
        ("genogram", case_path, "--case", "DEMO-0001", "--out", tmp_path / "g.svg"),
    ):
        assert cli(*command).code == 0, command
        assert beside() == {"case.db", "keys.json"}, command
    assert files_of(case_path) == before
    # With the file open for writing elsewhere, a command still reads it (as a reader).
    with CaseFile.open(case_path, PASSPHRASE):
        assert cli("chronology", "list", case_path, "--case", "DEMO-0001").code == 0


def test_permission_refused_is_one_sentence(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(As root nothing is refused, so the refusal is made here.)"""
    out_dir = tmp_path / "shared-drive"
    out_dir.mkdir()
    real_open = os.open

    def refuse(path: object, flags: int, mode: int = 0o777, **kw: object) -> int:
        if str(path).startswith(str(out_dir)):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, mode, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    ran = cli("export", case_path, out_dir / "all.json", "--case", "all")
    assert ran.code == 9, ran.err
    assert "Permission to use" in ran.err and "all.json" in ran.err
    assert list(out_dir.iterdir()) == []
