"""The arguments of the sharing commands: ``summary``, ``verify``, ``countersign``,
``countersigned``, ``shared``, ``certificate`` and ``agency init|issue``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate

Command = Callable[..., argparse.ArgumentParser]
Options = Callable[[argparse.ArgumentParser], None]

SECTIONS_HELP = QT_TRANSLATE_NOOP(
    "sharing_parser",
    "the sections to include, comma-separated (default: all but health-check): people, "
    "identification, team, chronology, assessments, deadlines, supervision, sign-offs, "
    "escalations, flags, health-check, sharing-log",
)


def add_sharing_commands(
    sub: Any, command: Command, lazy: Callable[[str], Any], passphrase: Options
) -> None:
    """Add the sharing commands to the ``casedesk`` parser."""
    p = command(
        sub,
        "summary",
        translate("sharing_parser", "write a signed PDF summary of a case, for sharing"),
        lazy("sharing:summary"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
    p.add_argument("--out", metavar="OUT.pdf", required=True)
    p.add_argument(
        "--recipient",
        required=True,
        help=translate("sharing_parser", "who it is for (person and agency)"),
    )
    p.add_argument("--purpose", required=True, help=translate("sharing_parser", "what it is for"))
    p.add_argument(
        "--lawful-basis",
        default="",
        help=translate("sharing_parser", "the lawful basis for sharing it"),
    )
    p.add_argument(
        "--sections",
        action="append",
        default=[],
        metavar="LIST",
        help=translate("sharing_parser", SECTIONS_HELP),
    )
    p.add_argument(
        "--chronology",
        choices=("all", "significant"),
        default="all",
        help=translate("sharing_parser", "every entry, or significant entries only"),
    )
    p.add_argument(
        "--from",
        dest="from_date",
        metavar="DATE",
        help=translate("sharing_parser", "entries from this date"),
    )
    p.add_argument(
        "--to",
        dest="to_date",
        metavar="DATE",
        help=translate("sharing_parser", "entries up to this date"),
    )
    p.add_argument(
        "--court",
        action="store_true",
        help=translate("sharing_parser", "the court layout (no., date, event, reference)"),
    )
    p.add_argument(
        "--withhold",
        action="append",
        default=[],
        metavar="WHO-OR-ID",
        help=translate(
            "sharing_parser",
            "withhold a person (by name or id) or an entry (by id); repeat for more",
        ),
    )
    p.add_argument(
        "--withhold-contact",
        action="append",
        default=[],
        metavar="WHO-OR-ID",
        help=translate(
            "sharing_parser",
            "withhold a person's addresses and contact details (or a team member's)",
        ),
    )
    p.add_argument(
        "--include-third-party",
        action="append",
        default=[],
        metavar="ENTRY-ID",
        help=translate(
            "sharing_parser",
            "include an entry marked as third-party information (withheld by default)",
        ),
    )
    passphrase(p)

    p = command(
        sub,
        "verify",
        translate("sharing_parser", "verify a signed PDF summary against certificates you trust"),
        lazy("sharing:verify"),
    )
    p.add_argument("pdf", metavar="PDF")
    p.add_argument(
        "--trust",
        metavar="CERT",
        action="append",
        default=[],
        help=translate(
            "sharing_parser",
            "a certificate you trust (an agency's root, or a person's own); repeat for more",
        ),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("sharing_parser", "the result as JSON, for scripts"),
    )

    p = command(
        sub,
        "countersign",
        translate(
            "sharing_parser",
            "verify a summary and add a supervisor's approval signature with a comment",
        ),
        lazy("sharing:countersign"),
    )
    p.add_argument("pdf", metavar="PDF")
    p.add_argument(
        "--case-file",
        required=True,
        metavar="FILE",
        help=translate("sharing_parser", "a case file you use"),
    )
    p.add_argument(
        "--user",
        help=translate("sharing_parser", "your name in that case file (default: its owner)"),
    )
    p.add_argument(
        "--comment", required=True, help=translate("sharing_parser", "what you approve, or why")
    )
    p.add_argument("--out", metavar="OUT.pdf", required=True)
    p.add_argument("--trust", metavar="CERT", action="append", default=[])
    passphrase(p)

    p = command(
        sub,
        "countersigned",
        translate(
            "sharing_parser",
            "record a supervisor's countersignature of a summary this case file shared",
        ),
        lazy("sharing:countersigned"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("pdf", metavar="PDF")
    p.add_argument("--trust", metavar="CERT", action="append", default=[])
    passphrase(p)

    p = command(
        sub,
        "shared",
        translate("sharing_parser", "list a case's information-sharing log"),
        lazy("sharing:shared"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
    p.add_argument(
        "--json", action="store_true", help=translate("sharing_parser", "a JSON list, for scripts")
    )
    passphrase(p)

    p = command(
        sub,
        "certificate",
        translate(
            "sharing_parser",
            "write a user's certificate, for a recipient of their summaries to trust",
        ),
        lazy("sharing:certificate"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument("--user", required=True)
    p.add_argument("--out", metavar="CERT.pem", required=True)
    passphrase(p)

    agency = command(
        sub,
        "agency",
        translate("sharing_parser", "an agency's own root certificate"),
        lazy("sharing:agency"),
    )
    actions = agency.add_subparsers(dest="agency_command", metavar="ACTION", required=True)
    p = command(
        actions,
        "init",
        translate(
            "sharing_parser",
            "create the agency's root certificate and its key, protected by a passphrase",
        ),
        lazy("sharing:agency_init"),
    )
    p.add_argument(
        "folder",
        metavar="FOLDER",
        help=translate("sharing_parser", "where to write them (keep the key safe)"),
    )
    p.add_argument("--name", required=True, help=translate("sharing_parser", "the agency's name"))
    p.add_argument(
        "--years",
        type=int,
        default=10,
        help=translate("sharing_parser", "how long it is valid (default 10)"),
    )
    p.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help=translate("sharing_parser", "the root key's new passphrase"),
    )
    p = command(
        actions,
        "issue",
        translate(
            "sharing_parser", "issue a user of a case file a certificate from the agency's root"
        ),
        lazy("sharing:agency_issue"),
    )
    p.add_argument("case_file", metavar="FILE")
    p.add_argument(
        "--root",
        required=True,
        metavar="FOLDER",
        help=translate("sharing_parser", "the folder 'agency init' made"),
    )
    p.add_argument("--user", required=True)
    p.add_argument(
        "--days",
        type=int,
        default=730,
        help=translate("sharing_parser", "how long it is valid (default 730)"),
    )
    p.add_argument(
        "--root-passphrase-file",
        metavar="PATH",
        help=translate("sharing_parser", "the root key's passphrase, from a file"),
    )
    passphrase(p)
