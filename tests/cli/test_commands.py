"""The command line shell: version, help, plain errors, and no heavy imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from casedesk import __version__
from casedesk.cli import main

COMMANDS = (
    "init",
    "open",
    "check",
    "passwd",
    "users",
    "backup",
    "restore",
    "import",
    "export",
    "chronology",
    "summary",
    "verify",
    "due",
    "demo",
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casedesk", *args], capture_output=True, text=True, timeout=120
    )


def test_version_prints_the_package_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"casedesk {__version__}"


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


def test_version_loads_no_gui_database_or_pdf_library() -> None:
    code = (
        "import sys\n"
        "from casedesk.__main__ import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('PySide6', 'sqlalchemy', 'sqlcipher3', 'reportlab', 'pyhanko',"
        " 'cryptography') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().endswith("[]")


def test_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_verify_of_a_missing_pdf_says_so_in_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["verify", str(tmp_path / "summary.pdf")])
    err = capsys.readouterr().err
    assert code == 9
    assert err.startswith("casedesk: ") and "summary.pdf" in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_unexpected_error_hides_its_text_unless_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from casedesk.cli import run_command

    def explode(_args: argparse.Namespace) -> int:
        raise RuntimeError("secret case text")

    args = argparse.Namespace(handler=explode, debug=False)
    assert run_command(args) == 70
    err = capsys.readouterr().err
    assert "secret case text" not in err
    assert "RuntimeError" in err and "--debug" in err
    with pytest.raises(RuntimeError):
        run_command(argparse.Namespace(handler=explode, debug=True))


def test_no_command_opens_the_gui_with_the_given_file() -> None:
    opened: list[object] = []
    assert main([], open_gui=lambda path: opened.append(path) or 0) == 0
    assert main(["open", "x.casedesk"], open_gui=lambda path: opened.append(path) or 0) == 0
    assert opened[0] is None
    assert str(opened[1]) == "x.casedesk"
