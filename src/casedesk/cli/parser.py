"""The argument parser of ``casedesk``: every command, its arguments and its help.

Handlers are named as ``module:function`` strings and imported only when their command
runs, which keeps ``casedesk --version`` and ``casedesk --help`` quick.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import Any

from casedesk import __version__
from casedesk.cli.sharing_parser import add_sharing_commands
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate

Handler = Callable[[argparse.Namespace], int]

DESCRIPTION = QT_TRANSLATE_NOOP(
    "parser",
    "CaseDesk keeps safeguarding and outreach case records in one encrypted case file. "
    "Run it without a command to open the desktop application.",
)

EPILOG = QT_TRANSLATE_NOOP(
    "parser",
    "The passphrase is asked for at a prompt. For automation it can instead come from "
    "--passphrase-file FILE or the CASEDESK_PASSPHRASE environment variable.",
)


def _lazy(target: str) -> Handler:
    """A handler that imports ``module:function`` the first time it runs."""
    module_name, _, function_name = target.partition(":")

    def handler(args: argparse.Namespace) -> int:
        module = importlib.import_module(f"casedesk.cli.commands.{module_name}")
        function: Handler = getattr(module, function_name)
        return function(args)

    return handler


def _not_yet(command: str) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        from casedesk.domain.errors import NotAvailableYetError

        raise NotAvailableYetError(
            translate(
                "parser",
                "'casedesk {command}' is not part of CaseDesk {version} yet; "
                "see 'casedesk --help' for the commands this version has.",
            ).format(command=command, version=__version__)
        )

    return handler


def _duplicate_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--include-duplicates",
        action="store_true",
        help=translate(
            "parser", "also add what looks like an entry already recorded, as a separate entry"
        ),
    )
    p.add_argument(
        "--link-duplicates",
        action="store_true",
        help=translate(
            "parser",
            "add what looks like the same event reported by another source linked to it "
            "(both kept, the event counted once)",
        ),
    )


def _passphrase_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help=translate(
            "parser", "read the passphrase from the first line of this file instead of a prompt"
        ),
    )


def _command(
    subparsers: Any, name: str, help_text: str, handler: Handler
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
    )
    parser.set_defaults(handler=handler)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """Build the whole ``casedesk`` parser."""
    parser = argparse.ArgumentParser(
        prog="casedesk",
        description=translate("parser", DESCRIPTION),
        epilog=translate("parser", EPILOG),
    )
    parser.add_argument("--version", action="version", version=f"casedesk {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        help=translate("parser", "show the full technical details of an error"),
    )
    parser.set_defaults(handler=None, debug=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = _command(
        sub,
        "open",
        translate("parser", "open the desktop application, optionally on a case file"),
        _not_yet("open"),
    )
    p.add_argument(
        "case_file", nargs="?", metavar="FILE", help=translate("parser", "the case file to open")
    )

    p = _command(
        sub,
        "init",
        translate("parser", "create a new, empty case file protected by a passphrase"),
        _lazy("keys:init"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument(
        "--owner",
        default=None,
        help=translate("parser", "the owner's name (default: your login name)"),
    )
    p.add_argument(
        "--recovery-key-file",
        metavar="PATH",
        help=translate(
            "parser", "also write the recovery key to this file (created readable by you only)"
        ),
    )
    _passphrase_options(p)

    p = _command(
        sub,
        "check",
        translate(
            "parser", "check a case file's encryption, structure, audit trail and signed records"
        ),
        _lazy("check:run"),
    )
    p.add_argument("case_file", metavar="FILE")
    _passphrase_options(p)

    p = _command(
        sub,
        "history",
        translate(
            "parser",
            "who made each change to a case's records, when, why, and whether it is signed",
        ),
        _lazy("history:run"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
    p.add_argument(
        "--record", dest="record_id", metavar="ID", help=translate("parser", "one record only")
    )
    p.add_argument(
        "--json", action="store_true", help=translate("parser", "a JSON list, for scripts")
    )
    _passphrase_options(p)

    p = _command(
        sub,
        "passwd",
        translate("parser", "change the passphrase of a user of a case file"),
        _lazy("keys:passwd"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument(
        "--user",
        default=None,
        help=translate("parser", "whose passphrase to change (default: the owner)"),
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="PATH",
        help=translate("parser", "read the new passphrase from this file"),
    )
    _passphrase_options(p)

    users = _command(
        sub,
        "users",
        translate("parser", "list, add or remove the users of a case file"),
        _not_yet("users"),
    )
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    for action, help_text in (
        ("list", translate("parser", "list the users and keys that can open the case file")),
        (
            "add",
            translate("parser", "add a user (for example a supervisor) with their own passphrase"),
        ),
        ("remove", translate("parser", "remove a user; optionally rotate the data key")),
    ):
        ap = _command(users_sub, action, help_text, _lazy(f"keys:users_{action}"))
        ap.add_argument("case_file", metavar="FILE")
        _passphrase_options(ap)
        if action == "add":
            ap.add_argument("name", help=translate("parser", "the new user's name"))
            ap.add_argument(
                "--role", choices=("worker", "supervisor", "agency"), default="supervisor"
            )
            ap.add_argument(
                "--new-passphrase-file",
                metavar="PATH",
                help=translate("parser", "the new user's passphrase"),
            )
        if action == "remove":
            ap.add_argument("name", help=translate("parser", "the user to remove"))
            ap.add_argument(
                "--rotate-key",
                action="store_true",
                help=translate("parser", "also re-encrypt the case file under a new data key"),
            )

    p = _command(
        sub,
        "backup",
        translate("parser", "write one self-contained encrypted backup of a case file"),
        _lazy("backup:backup"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("output", metavar="OUT")
    _passphrase_options(p)

    p = _command(
        sub,
        "restore",
        translate("parser", "restore a case file from a backup and check it"),
        _lazy("backup:restore"),
    )
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("case_file", metavar="FILE")
    p.add_argument(
        "--force", action="store_true", help=translate("parser", "replace an existing case file")
    )
    _passphrase_options(p)

    p = _command(
        sub,
        "import",
        translate("parser", "import cases from a CaseDesk JSON document"),
        _lazy("interchange:run_import"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("input", metavar="IN")
    _passphrase_options(p)

    p = _command(
        sub,
        "export",
        translate("parser", "export cases as a CaseDesk JSON document (not encrypted)"),
        _lazy("interchange:export"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("output", metavar="OUT")
    p.add_argument(
        "--case",
        dest="case_ref",
        metavar="REF",
        required=True,
        help=translate("parser", "the case's reference, or 'all'"),
    )
    p.add_argument("--format", choices=("json",), default="json")
    _passphrase_options(p)

    chronology = _command(
        sub,
        "chronology",
        translate("parser", "list, add, import or export chronology entries"),
        _not_yet("chronology"),
    )
    actions = chronology.add_subparsers(dest="chronology_command", metavar="ACTION", required=True)
    p = _command(
        actions,
        "list",
        translate("parser", "print a case's chronology"),
        _lazy("chronology:list_entries"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
    p.add_argument(
        "--search", metavar="TEXT", help=translate("parser", "only entries matching these words")
    )
    p.add_argument(
        "--significant", action="store_true", help=translate("parser", "significant events only")
    )
    _passphrase_options(p)
    p = _command(
        actions, "add", translate("parser", "add one chronology entry"), _lazy("chronology:add")
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
    p.add_argument(
        "--date",
        required=True,
        help=translate("parser", "2025-03-09, 09/03/2025, Mar 2025, about 2019"),
    )
    p.add_argument("--category", required=True)
    p.add_argument("--description", required=True)
    p.add_argument(
        "--source", required=True, help=translate("parser", "the agency, professional or person")
    )
    p.add_argument(
        "--source-type",
        required=True,
        help=translate(
            "parser", "self-reported, professional observation, agency record or document"
        ),
    )
    p.add_argument("--significance", default="routine")
    _duplicate_options(p)
    _passphrase_options(p)
    p = _command(
        actions,
        "import",
        translate(
            "parser", "import entries from CSV or another case's JSON export (all or nothing)"
        ),
        _lazy("chronology:import_entries"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("input", metavar="IN.csv|IN.json")
    p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
    _duplicate_options(p)
    _passphrase_options(p)
    p = _command(
        actions,
        "export",
        translate("parser", "export a case's chronology as CSV (not encrypted)"),
        _lazy("chronology:export_entries"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("output", metavar="OUT.csv")
    p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
    _passphrase_options(p)
    p = _command(
        actions,
        "template",
        translate("parser", "write a CSV template with the columns CaseDesk reads"),
        _lazy("chronology:write_template"),
    )
    p.add_argument("output", metavar="OUT.csv")

    for kind, drawing_help in (
        (
            "genogram",
            translate(
                "parser",
                "draw a case's genogram (the family and significant adults) as SVG, PNG or PDF",
            ),
        ),
        (
            "ecomap",
            translate(
                "parser",
                "draw a case's ecomap (the family with the agencies and supports around it) "
                "as SVG, PNG or PDF",
            ),
        ),
    ):
        p = _command(sub, kind, drawing_help, _lazy(f"diagrams:{kind}"))
        p.add_argument("case_file", metavar="FILE")
        p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
        p.add_argument("--out", metavar="OUT.svg|OUT.png|OUT.pdf", required=True)
        p.add_argument(
            "--as-at",
            metavar="DATE",
            help=translate("parser", "as it was on this date (default: today)"),
        )
        p.add_argument(
            "--text", action="store_true", help=translate("parser", "also print it as text")
        )
        _passphrase_options(p)

    add_sharing_commands(sub, _command, _lazy, _passphrase_options)

    p = _command(
        sub,
        "due",
        translate(
            "parser",
            "list what is overdue and due soon across the open cases: deadlines and actions",
        ),
        _lazy("due:run"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument(
        "--case", dest="case_ref", metavar="REF", help=translate("parser", "one case only")
    )
    p.add_argument(
        "--within",
        type=int,
        default=10,
        metavar="N",
        help=translate("parser", "working days ahead (default 10)"),
    )
    p.add_argument(
        "--all",
        action="store_true",
        help=translate(
            "parser", "also what is due later (and, with --case, what is met or cancelled)"
        ),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("parser", "a JSON list, for scripts")
    )
    # The region is now the case file's own (casedesk settings); still accepted, and said.
    p.add_argument("--region", help=argparse.SUPPRESS)
    _passphrase_options(p)

    p = _command(
        sub,
        "settings",
        translate(
            "parser", "show or set the case file's region, closure days and newly qualified workers"
        ),
        _lazy("settings:run"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument(
        "--region",
        choices=["England", "Wales", "Scotland", "Northern Ireland"],
        help=translate("parser", "whose rule pack and bank holidays the deadlines are counted by"),
    )
    p.add_argument(
        "--closure-day",
        dest="add_closures",
        metavar="YYYY-MM-DD",
        action="append",
        default=[],
        help=translate("parser", "a day the agency is closed (not a working day); repeat for more"),
    )
    p.add_argument(
        "--open-day",
        dest="remove_closures",
        metavar="YYYY-MM-DD",
        action="append",
        default=[],
        help=translate("parser", "a closure day to take off the list"),
    )
    p.add_argument(
        "--newly-qualified",
        dest="newly_qualified",
        metavar="NAME=YYYY-MM-DD",
        action="append",
        default=[],
        help=translate(
            "parser", "a worker newly qualified since this day (supervised more often at first)"
        ),
    )
    p.add_argument(
        "--not-newly-qualified",
        dest="not_newly_qualified",
        metavar="NAME",
        action="append",
        default=[],
        help=translate("parser", "take a worker off the newly qualified list"),
    )
    p.add_argument(
        "--reason",
        default="",
        help=translate("parser", "why the settings change (kept in the history)"),
    )
    _passphrase_options(p)

    _preferences_command(sub)
    _oversight_commands(sub)

    p = _command(
        sub,
        "practice",
        translate(
            "parser",
            "the case health check: what serious case reviews keep finding, asked of each case",
        ),
        _lazy("practice:run"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument(
        "--case", dest="case_ref", metavar="REF", help=translate("parser", "one case only")
    )
    p.add_argument(
        "--as-at",
        metavar="DATE",
        help=translate(
            "parser", "as the case was recorded at the end of this day (from its history)"
        ),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("parser", "a JSON list, one object per check")
    )
    _passphrase_options(p)

    p = _command(
        sub,
        "demo",
        translate("parser", "create a case file of clearly fictional demonstration cases"),
        _lazy("demo:run"),
    )
    p.add_argument(
        "case_file",
        metavar="FILE",
        nargs="?",
        default=None,
        help=translate(
            "parser",
            "where to write it (default: 'CaseDesk demo.casedesk' in your case-file folder, "
            "where the welcome page's Try the demo makes it)",
        ),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=1,
        help=translate("parser", "the same seed gives the same cases"),
    )
    p.add_argument(
        "--cases", type=int, default=3, help=translate("parser", "how many cases (1 to 200)")
    )
    p.add_argument(
        "--entries",
        type=int,
        default=None,
        help=translate(
            "parser", "chronology entries in all (default: about 60 a case; at most 100,000)"
        ),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("parser", "replace an existing demo case file"),
    )
    return parser


def _preferences_command(sub: Any) -> None:
    """``preferences``: this person's settings, shared with Edit > Preferences."""
    p = _command(
        sub,
        "preferences",
        translate(
            "parser",
            "show or set your preferences (the same as Edit > Preferences): idle lock, where "
            "case files live, the region new case files start with, certificates you trust",
        ),
        _lazy("preferences:run"),
    )
    # Read by the command, not argparse: "abc" gets one sentence, not the usage block.
    p.add_argument(
        "--idle-lock",
        metavar="MINUTES",
        help=translate("parser", "lock after this many idle minutes"),
    )
    p.add_argument(
        "--case-file-folder", metavar="FOLDER", help=translate("parser", "where case files live")
    )
    p.add_argument(
        "--region",
        choices=["England", "Wales", "Scotland", "Northern Ireland"],
        help=translate(
            "parser",
            "the region new case files start with (each file keeps its own: casedesk settings)",
        ),
    )
    p.add_argument(
        "--trust",
        metavar="CERT",
        action="append",
        default=[],
        help=translate(
            "parser",
            "trust the certificates in this file when verifying summaries; repeat for more",
        ),
    )
    p.add_argument(
        "--untrust",
        metavar="CERT-OR-FINGERPRINT",
        action="append",
        default=[],
        help=translate(
            "parser", "stop trusting a certificate file (its path, or a fingerprint it holds)"
        ),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("parser", "the preferences as JSON, for scripts"),
    )


def _oversight_commands(sub: Any) -> None:
    """``assessment list``, ``supervision list``, ``escalation list`` and ``signoff``."""
    for name, help_text, needs_case in (
        (
            "assessment",
            translate("parser", "list a case's assessments and plans, and what each is missing"),
            True,
        ),
        (
            "supervision",
            translate("parser", "list supervision on each open case, and the gaps between"),
            False,
        ),
        (
            "escalation",
            translate("parser", "list escalations on the open cases, and where each stands"),
            False,
        ),
    ):
        group = _command(sub, name, help_text, _not_yet(name))
        actions = group.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
        p = _command(actions, "list", help_text, _lazy(f"oversight:{name}_list"))
        p.add_argument("case_file", metavar="FILE")
        p.add_argument(
            "--case",
            dest="case_ref",
            metavar="REF",
            required=needs_case,
            help=translate("parser", "the case")
            if needs_case
            else translate("parser", "one case only"),
        )
        p.add_argument(
            "--json", action="store_true", help=translate("parser", "a JSON list, for scripts")
        )
        _passphrase_options(p)
    p = _command(
        sub,
        "signoff",
        translate(
            "parser", "sign off an assessment or a plan with the supervisor's own passphrase"
        ),
        _lazy("oversight:signoff"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
    p.add_argument(
        "--record",
        dest="record_id",
        metavar="ID",
        required=True,
        help=translate("parser", "the assessment or plan"),
    )
    p.add_argument(
        "--return",
        dest="return_it",
        action="store_true",
        help=translate(
            "parser", "return it for more work instead of approving it (say what with --comment)"
        ),
    )
    p.add_argument(
        "--comment",
        default="",
        help=translate("parser", "what the supervisor says with the decision"),
    )
    p.add_argument(
        "--late-reason",
        default="",
        help=translate("parser", "why, when the sign-off is past its timescale"),
    )
    p.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help=translate(
            "parser",
            "read the supervisor's passphrase from the first line of this file instead of "
            "a prompt (never from an argument)",
        ),
    )
