"""``casedesk preferences``: the same file as Edit > Preferences, and the certificates it
trusts are what ``casedesk verify`` trusts when no --trust is given."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from casedesk.services.app_dirs import app_dirs
from casedesk.services.case_file import FLOOR
from casedesk.services.certificates import Identity, self_signed, to_pem
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo
from casedesk.services.preferences import Preferences
from tests.cli.conftest import Ran


def test_what_the_command_line_sets_the_gui_reads_and_back(
    cli: Callable[..., Ran], tmp_path: Path
) -> None:
    from casedesk.ui.settings import UiSettings

    folder = tmp_path / "cases"
    done = cli("preferences", "--idle-lock", "4", "--case-file-folder", folder, "--region", "Wales")
    assert done.code == 0, done.err
    assert "Lock when idle for: 4 minutes" in done.out and f"live in: {folder}" in done.out
    gui = UiSettings()
    assert gui.idle_lock_minutes() == 4
    assert gui.case_file_folder() == folder and folder.is_dir()
    assert gui.default_region() == "Wales"
    gui.set_idle_lock_minutes(7)
    assert "Lock when idle for: 7 minutes" in cli("preferences").out
    assert app_dirs().settings_file.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--idle-lock", "0"), "from 1 to 120"),
        (("--idle-lock", "abc"), "from 1 to 120"),
        (("--case-file-folder", ""), "needs the whole path of a folder"),
        (("--case-file-folder", "relative/cases"), "whole path"),
        (("--untrust", "AB:CD"), "is not a certificate file you trust"),
    ],
)
def test_bad_input_is_one_sentence_and_changes_nothing(
    cli: Callable[..., Ran], args: tuple[str, ...], said: str
) -> None:
    cli("preferences", "--idle-lock", "9")
    done = cli("preferences", *args, "--region", "Scotland")
    assert done.code == 2 and said in done.err and done.err.count("\n") == 1
    assert Preferences().default_region() == "England"
    assert Preferences().idle_lock_minutes() == 9


def test_a_qsettings_file_from_an_earlier_version_is_read(tmp_path: Path) -> None:
    from PySide6.QtCore import QByteArray, QSettings

    kept = [tmp_path / "My cases.casedesk", tmp_path / "Zoë, team.casedesk"]
    for path in kept:
        path.mkdir()
    old = QSettings(str(app_dirs().settings_file), QSettings.Format.IniFormat)
    old.setValue("recent/files", [str(p) for p in kept])
    old.setValue("security/idle_lock_minutes", 3)
    old.setValue("patterns/avoidance_count", 5)
    old.setValue("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb"))
    old.sync()
    preferences = Preferences()
    assert preferences.recent_files() == kept
    assert preferences.idle_lock_minutes() == 3
    assert preferences.pattern_thresholds().avoidance_count == 5
    assert preferences.window_geometry_bytes() is None  # Qt's own notation: default size
    preferences.add_recent_file(kept[1])
    assert Preferences().recent_files() == [kept[1], kept[0]]


def test_verify_trusts_the_certificates_trusted_in_preferences_until_one_changes(
    cli: Callable[..., Ran], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = tmp_path / "demo.casedesk"
    create_demo(demo, seed=2, cases=1, kdf=FLOOR)
    monkeypatch.setenv("CASEDESK_PASSPHRASE", DEMO_PASSPHRASE)
    pdf = tmp_path / "summary.pdf"
    made = cli(
        "summary", demo, "--case", "DEMO-0001", "--out", pdf,
        "--recipient", "Riverside Primary School (DSL)", "--purpose", "Conference",
    )  # fmt: skip
    assert made.code == 0, made.err
    assert cli("verify", pdf).code == 20, "nothing trusted yet"
    cert = tmp_path / "worker.pem"
    assert cli("certificate", demo, "--user", "Demo Worker", "--out", cert).code == 0
    trusted = cli("preferences", "--trust", cert)
    assert trusted.code == 0 and str(cert) in trusted.out
    assert cli("verify", pdf).code == 0, "the certificate trusted in preferences"

    # The file is replaced by another certificate: not trusted, and said.
    key = ec.generate_private_key(ec.SECP256R1())
    someone_else = self_signed(key, Identity("Demo Worker", "worker", ""), datetime.now(UTC))
    cert.write_bytes(to_pem(someone_else))
    changed = cli("verify", pdf)
    assert changed.code == 20 and "has changed since you chose to trust it" in changed.err
    fingerprint = Preferences().trusted_files()[0].fingerprints[0]
    assert cli("preferences", "--untrust", fingerprint).code == 0
    assert Preferences().trusted_files() == []
