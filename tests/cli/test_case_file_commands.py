"""The case-file commands end to end, as a script would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PASSPHRASE = "kettle mango violin harbour"


def casedesk(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casedesk", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_init_check_backup_restore_round_trip(tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    recovery_file = tmp_path / "recovery.txt"
    made = casedesk(
        "init",
        str(tmp_path / "work"),
        "--owner",
        "Sam Worker",
        "--passphrase-file",
        str(secret),
        "--recovery-key-file",
        str(recovery_file),
    )
    assert made.returncode == 0, made.stderr
    case_file = tmp_path / "work.casedesk"
    recovery_key = recovery_file.read_text().strip()
    assert recovery_key in made.stdout and oct(recovery_file.stat().st_mode & 0o777) == "0o600"

    checked = casedesk("check", str(case_file), env={"CASEDESK_PASSPHRASE": PASSPHRASE})
    assert checked.returncode == 0 and "All is well." in checked.stdout

    backed = casedesk(
        "backup",
        str(case_file),
        str(tmp_path / "b.cdbackup"),
        env={"CASEDESK_PASSPHRASE": recovery_key},
    )
    assert backed.returncode == 0, backed.stderr
    restored = casedesk(
        "restore",
        str(tmp_path / "b.cdbackup"),
        str(tmp_path / "copy"),
        "--passphrase-file",
        str(secret),
    )
    assert restored.returncode == 0, restored.stderr
    assert (tmp_path / "copy.casedesk" / "keys.json").exists()
    again = casedesk(
        "restore",
        str(tmp_path / "b.cdbackup"),
        str(tmp_path / "copy"),
        "--passphrase-file",
        str(secret),
    )
    assert again.returncode != 0 and "--force" in again.stderr


def test_errors_are_one_plain_sentence(tmp_path: Path) -> None:
    (tmp_path / "photo.casedesk").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = casedesk("check", str(tmp_path / "photo.casedesk"), env={"CASEDESK_PASSPHRASE": "x"})
    assert result.returncode == 7
    assert result.stderr == "casedesk: photo.casedesk is not a CaseDesk case file.\n"

    no_passphrase = casedesk("check", str(tmp_path / "photo.casedesk"))
    assert no_passphrase.returncode == 2
    assert "CASEDESK_PASSPHRASE" in no_passphrase.stderr
    assert "Traceback" not in no_passphrase.stderr


def test_users_and_passwd(tmp_path: Path) -> None:
    owner = tmp_path / "owner.txt"
    owner.write_text(PASSPHRASE)
    supervisor = tmp_path / "supervisor.txt"
    supervisor.write_text("plum otter cabinet river")
    assert (
        casedesk(
            "init", str(tmp_path / "w"), "--owner", "Sam", "--passphrase-file", str(owner)
        ).returncode
        == 0
    )
    path = str(tmp_path / "w.casedesk")
    added = casedesk(
        "users",
        "add",
        path,
        "Pat",
        "--role",
        "supervisor",
        "--passphrase-file",
        str(owner),
        "--new-passphrase-file",
        str(supervisor),
    )
    assert added.returncode == 0, added.stderr
    listed = casedesk("users", "list", path, "--passphrase-file", str(supervisor))
    assert "Pat" in listed.stdout and "supervisor" in listed.stdout
    weak = tmp_path / "weak.txt"
    weak.write_text("password1")
    refused = casedesk(
        "passwd", path, "--passphrase-file", str(owner), "--new-passphrase-file", str(weak)
    )
    assert refused.returncode == 1 and "easy to guess" in refused.stderr
    changed = casedesk(
        "passwd", path, "--passphrase-file", str(owner), "--new-passphrase-file", str(supervisor)
    )
    assert changed.returncode == 0
    assert casedesk("check", path, "--passphrase-file", str(owner)).returncode == 4


def test_demo_writes_a_fictional_case_file(tmp_path: Path) -> None:
    result = casedesk("demo", str(tmp_path / "demo"), "--cases", "2", "--entries", "100")
    assert result.returncode == 0, result.stderr
    assert "2 fictional cases" in result.stdout
    from casedesk.services.demo import DEMO_PASSPHRASE

    checked = casedesk(
        "check", str(tmp_path / "demo.casedesk"), env={"CASEDESK_PASSPHRASE": DEMO_PASSPHRASE}
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    exists = casedesk("demo", str(tmp_path / "demo"))
    assert exists.returncode == 1 and "--force" in exists.stderr


def test_demo_without_a_path_is_made_where_the_welcome_page_makes_it(tmp_path: Path) -> None:
    from casedesk.services.demo import DEMO_FILE_NAME

    folder = tmp_path / "My case files"
    chosen = casedesk("preferences", "--case-file-folder", str(folder))
    assert chosen.returncode == 0, chosen.stderr
    result = casedesk("demo", "--cases", "1", "--entries", "5")
    assert result.returncode == 0, result.stderr
    assert (folder / DEMO_FILE_NAME).is_dir()
    assert f"casedesk open {folder / DEMO_FILE_NAME}" in result.stdout


def test_remove_with_rotate_key_prints_a_new_recovery_key(tmp_path: Path) -> None:
    owner = tmp_path / "owner.txt"
    owner.write_text(PASSPHRASE)
    other = tmp_path / "other.txt"
    other.write_text("plum otter cabinet river")
    casedesk("init", str(tmp_path / "w"), "--owner", "Sam", "--passphrase-file", str(owner))
    path = str(tmp_path / "w.casedesk")
    for name in ("Pat", "Kim"):
        casedesk(
            "users",
            "add",
            path,
            name,
            "--passphrase-file",
            str(owner),
            "--new-passphrase-file",
            str(other),
        )
    rotated = casedesk(
        "users", "remove", path, "Pat", "--rotate-key", "--passphrase-file", str(owner)
    )
    assert rotated.returncode == 0, rotated.stderr
    assert "New recovery key" in rotated.stdout
    assert "must be added again" in rotated.stdout and "Kim" in rotated.stdout
    assert casedesk("check", path, "--passphrase-file", str(owner)).returncode == 0
    assert casedesk("check", path, "--passphrase-file", str(other)).returncode == 4


def test_export_and_import_from_the_command_line(tmp_path: Path) -> None:
    from casedesk.services.demo import DEMO_PASSPHRASE

    env = {"CASEDESK_PASSPHRASE": DEMO_PASSPHRASE}
    casedesk("demo", str(tmp_path / "a"), "--cases", "2", "--entries", "20")
    casedesk("demo", str(tmp_path / "b"), "--cases", "1", "--entries", "5", "--seed", "7")
    out = tmp_path / "cases.json"
    exported = casedesk("export", str(tmp_path / "a.casedesk"), str(out), "--case", "all", env=env)
    assert exported.returncode == 0, exported.stderr
    assert "NOT encrypted" in exported.stdout and oct(out.stat().st_mode & 0o777) == "0o600"
    clash = casedesk("import", str(tmp_path / "b.casedesk"), str(out), env=env)
    assert clash.returncode == 1 and "/cases/0: a case with this reference" in clash.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "casedesk-interchange", ')
    result = casedesk("import", str(tmp_path / "b.casedesk"), str(broken), env=env)
    assert result.returncode == 2 and "not valid JSON (line 1" in result.stderr
    fresh = tmp_path / "pass.txt"
    fresh.write_text(PASSPHRASE)
    casedesk("init", str(tmp_path / "c"), "--owner", "Sam", "--passphrase-file", str(fresh))
    imported = casedesk(
        "import", str(tmp_path / "c.casedesk"), str(out), "--passphrase-file", str(fresh)
    )
    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 cases: DEMO-0001, DEMO-0002." in imported.stdout


def test_an_import_of_many_cases_names_the_first_ten_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    from casedesk.services.demo import DEMO_PASSPHRASE

    env = {"CASEDESK_PASSPHRASE": DEMO_PASSPHRASE}
    casedesk("demo", str(tmp_path / "a"), "--cases", "12", "--entries", "60")
    out = tmp_path / "cases.json"
    casedesk("export", str(tmp_path / "a.casedesk"), str(out), "--case", "all", env=env)
    casedesk("init", str(tmp_path / "c"), "--owner", "Sam", env=env)
    imported = casedesk("import", str(tmp_path / "c.casedesk"), str(out), env=env)
    assert imported.returncode == 0, imported.stderr
    first_ten = ", ".join(f"DEMO-{n:04d}" for n in range(1, 11))
    assert imported.stdout.strip() == f"Imported 12 cases: {first_ten} and 2 more."


def test_chronology_from_the_command_line(tmp_path: Path) -> None:
    from casedesk.services.demo import DEMO_PASSPHRASE

    env = {"CASEDESK_PASSPHRASE": DEMO_PASSPHRASE}
    casedesk("demo", str(tmp_path / "d"), "--cases", "1", "--entries", "40")
    path = str(tmp_path / "d.casedesk")
    added = casedesk(
        "chronology",
        "add",
        path,
        "--case",
        "DEMO-0001",
        "--date",
        "about 2019",
        "--category",
        "police call-out",
        "--description",
        "Neighbour called police (Qzxwv)",
        "--source",
        "Police",
        "--source-type",
        "agency record",
        "--significance",
        "significant",
        env=env,
    )
    assert added.returncode == 0, added.stderr
    # The command line does not ask who might need to know: it lists what is undecided.
    assert "no one has decided yet who else needs to know" in added.stdout
    assert "Neighbour called police (Qzxwv)" in added.stdout
    bad = casedesk(
        "chronology",
        "add",
        path,
        "--case",
        "DEMO-0001",
        "--date",
        "31/02/2020",
        "--category",
        "other",
        "--description",
        "x",
        "--source",
        "y",
        "--source-type",
        "document",
        env=env,
    )
    assert bad.returncode == 1 and "not a date" in bad.stderr
    listed = casedesk(
        "chronology", "list", path, "--case", "DEMO-0001", "--search", "qzxwv", env=env
    )
    assert "Neighbour called police" in listed.stdout and "(1 of 41 entries)" in listed.stdout
    out = tmp_path / "c.csv"
    assert (
        casedesk("chronology", "export", path, str(out), "--case", "DEMO-0001", env=env).returncode
        == 0
    )
    again = casedesk("chronology", "import", path, str(out), "--case", "DEMO-0001", env=env)
    assert again.returncode == 0 and "Imported 0 entries." in again.stdout
    assert "41 rows look like entries already recorded" in again.stdout
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("*.csv"))
