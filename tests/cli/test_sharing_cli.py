"""The sharing commands as a worker, a supervisor and a recipient use them: each verify
answer has its own exit code, and every refusal is one sentence."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.services.case_file import FLOOR
from casedesk.services.demo import DEMO_PASSPHRASE, DEMO_SUPERVISOR_PASSPHRASE, create_demo


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-sharing") / "demo.casedesk"
    create_demo(path, seed=2, cases=1, kdf=FLOOR)
    return path


@pytest.fixture
def case_file(prepared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    copy = tmp_path / "copy.casedesk"
    shutil.copytree(prepared, copy)
    monkeypatch.setenv("CASEDESK_PASSPHRASE", DEMO_PASSPHRASE)
    yield copy


def _summary(case_file: Path, out: Path, *extra: str) -> int:
    return main(
        [
            "summary",
            str(case_file),
            "--case",
            "DEMO-0001",
            "--out",
            str(out),
            "--recipient",
            "Riverside Primary School (DSL)",
            "--purpose",
            "Child protection conference",
            "--lawful-basis",
            "Children Act 1989 s.47",
            *extra,
        ]
    )


def test_summary_then_verify_answers_0_20_21_and_22(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "summary.pdf"
    assert _summary(case_file, pdf) == 0
    out = capsys.readouterr()
    assert "signed by" in out.out and "Signing" in out.err  # progress on stderr

    assert main(["verify", str(pdf)]) == 20
    untrusted = capsys.readouterr().out
    assert "compare this fingerprint by phone" in untrusted

    cert = tmp_path / "worker.pem"
    assert main(["certificate", str(case_file), "--user", "Demo Worker", "--out", str(cert)]) == 0
    capsys.readouterr()
    assert main(["verify", str(pdf), "--trust", str(cert)]) == 0
    assert "Valid: signed by Demo Worker" in capsys.readouterr().out

    appended = tmp_path / "appended.pdf"
    appended.write_bytes(pdf.read_bytes() + b"\n% appended after signing\n")
    assert main(["verify", str(appended), "--trust", str(cert)]) == 21

    unsigned = tmp_path / "unsigned.pdf"
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(unsigned))
    canvas.drawString(100, 700, "Nothing signed here")
    canvas.save()
    assert main(["verify", str(unsigned), "--trust", str(cert)]) == 22

    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"this is not a PDF at all")
    capsys.readouterr()
    assert main(["verify", str(garbage)]) == 22
    assert "Traceback" not in capsys.readouterr().err

    bad_cert = tmp_path / "bad.pem"
    bad_cert.write_text("not a certificate")
    assert main(["verify", str(pdf), "--trust", str(bad_cert)]) == 1
    err = capsys.readouterr().err
    assert "bad.pem" in err and err.count("\n") == 1


def test_verify_json_names_the_signer(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "summary.pdf"
    _summary(case_file, pdf)
    capsys.readouterr()
    assert main(["verify", str(pdf), "--json"]) == 20
    result = json.loads(capsys.readouterr().out)
    assert result["code"] == 20
    assert result["signatures"][0]["name"] == "Demo Worker"
    assert result["document_id"].startswith("CD-")


def test_an_agency_root_issues_a_certificate_that_recipients_trust(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "agency"
    root.mkdir()
    secret = tmp_path / "root-pass.txt"
    secret.write_text("a long root passphrase for the agency\n")
    assert (
        main(
            [
                "agency",
                "init",
                str(root),
                "--name",
                "Northvale Children's Services",
                "--passphrase-file",
                str(secret),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "agency",
                "issue",
                str(case_file),
                "--root",
                str(root),
                "--user",
                "Demo Worker",
                "--root-passphrase-file",
                str(secret),
            ]
        )
        == 0
    )
    pdf = tmp_path / "summary.pdf"
    assert _summary(case_file, pdf) == 0
    capsys.readouterr()
    assert main(["verify", str(pdf), "--trust", str(root / "agency-root.pem")]) == 0
    assert "Northvale Children's Services" in capsys.readouterr().out

    other = tmp_path / "other"
    other.mkdir()
    main(["agency", "init", str(other), "--name", "Elsewhere", "--passphrase-file", str(secret)])
    assert main(["verify", str(pdf), "--trust", str(other / "agency-root.pem")]) == 20

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    capsys.readouterr()
    code = main(
        [
            "agency",
            "issue",
            str(case_file),
            "--root",
            str(root),
            "--user",
            "Demo Worker",
            "--root-passphrase-file",
            str(wrong),
        ]
    )
    assert code == 4
    assert capsys.readouterr().err.count("\n") == 1


def test_countersigned_summary_is_recorded_and_listed_in_the_sharing_log(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "summary.pdf"
    _summary(case_file, pdf, "--sections", "people,chronology", "--chronology", "significant")
    supervisor = tmp_path / "supervisor.txt"
    supervisor.write_text(DEMO_SUPERVISOR_PASSPHRASE + "\n")
    signed = tmp_path / "countersigned.pdf"
    code = main(
        [
            "countersign",
            str(pdf),
            "--case-file",
            str(case_file),
            "--comment",
            "Agreed; share with the school.",
            "--out",
            str(signed),
            "--passphrase-file",
            str(supervisor),
        ]
    )
    assert code == 0
    assert main(["countersigned", str(case_file), str(signed)]) == 0
    capsys.readouterr()
    assert main(["shared", str(case_file), "--case", "DEMO-0001", "--json"]) == 0
    log = json.loads(capsys.readouterr().out)
    assert len(log) == 1
    assert log[0]["recipient"] == "Riverside Primary School (DSL)"
    assert log[0]["lawful_basis"] == "Children Act 1989 s.47"
    assert log[0]["countersigned_by"] == "Demo Supervisor"
    assert log[0]["countersign_comment"] == "Agreed; share with the school."
    assert "chronology: significant entries" in log[0]["included"]
    assert len(log[0]["sha256"]) == 64

    later = tmp_path / "later.pdf"
    _summary(case_file, later, "--sections", "sharing-log")
    from subprocess import run

    text = run(["pdftotext", str(later), "-"], capture_output=True, text=True).stdout
    assert "Riverside Primary School" in text and "Demo Supervisor" in text


def test_summary_refuses_an_unknown_person_to_withhold_in_one_sentence(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _summary(case_file, tmp_path / "x.pdf", "--withhold", "Nobody Atall")
    assert code == 2
    err = capsys.readouterr().err
    assert "Nobody Atall" in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_verify_loads_no_case_file_code_nor_signing_code(case_file: Path, tmp_path: Path) -> None:
    """A recipient has no case file: verifying loads neither the database nor pyHanko's
    signing code and HTTP client (what keeps 'casedesk verify' quick; benchmarks/ times it)."""
    import subprocess
    import sys

    pdf = tmp_path / "summary.pdf"
    assert _summary(case_file, pdf) == 0
    code = (
        "import sys\n"
        "from casedesk.cli import main\n"
        f"result = main(['verify', {str(pdf)!r}])\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlcipher3', 'PySide6', 'pyhanko.sign.signers',"
        " 'aiohttp', 'casedesk.storage') if m in sys.modules]\n"
        "print(result, heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip().endswith("20 []"), done.stdout + done.stderr
