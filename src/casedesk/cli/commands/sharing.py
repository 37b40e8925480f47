"""Sharing commands: ``summary``, ``verify``, ``countersign``, ``countersigned``,
``shared``, ``certificate`` and ``agency init|issue``.

``verify`` needs no case file and no passphrase: only the PDF and the certificates the
user chooses to trust. Its exit code is the answer: 0 valid and signed by someone
trusted, 20 valid but not trusted, 21 changed after signing, 22 not signed or broken.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from casedesk.cli.dates import whole_day
from casedesk.cli.passphrase import existing_passphrase, new_passphrase
from casedesk.domain.errors import UsageError
from casedesk.domain.wording import shown_day, translate

if TYPE_CHECKING:  # the record's modules load only for the commands that open a file
    from casedesk.domain.case_record import CaseRecord
    from casedesk.domain.redaction import Redaction

ROOT_PASSPHRASE_VARIABLE = "CASEDESK_AGENCY_PASSPHRASE"  # noqa: S105 - a variable's name


def _find(record: CaseRecord, token: str, option: str) -> str:
    """The id of the person, team member or entry ``token`` names (an id, or a name)."""
    token = token.strip()
    ids: set[str] = {p.id for p in record.people} | {p.id for p in record.professionals}
    ids |= {e.id for e in record.entries}
    if token in ids:
        return token
    wanted = " ".join(token.split()).casefold()
    named: list[str] = [p.id for p in record.people if p.display_name.casefold() == wanted]
    named += [p.id for p in record.professionals if p.name.casefold() == wanted]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise UsageError(
            translate(
                "sharing", "{option} '{token}': more than one person has that name; give the id."
            ).format(option=option, token=token)
        )
    raise UsageError(
        translate(
            "sharing",
            "{option} '{token}' is not a person, team member or entry of case {reference}.",
        ).format(option=option, token=token, reference=record.case.reference)
    )


def _redaction(args: argparse.Namespace, record: CaseRecord) -> Redaction:
    from casedesk.domain.redaction import Redaction

    entries = {e.id for e in record.entries}
    people: set[str] = set()
    withheld_entries: set[str] = set()
    for token in args.withhold:
        found = _find(record, token, "--withhold")
        (withheld_entries if found in entries else people).add(found)
    team = {p.id for p in record.professionals}
    if people & team:
        raise UsageError(
            translate(
                "sharing",
                "--withhold takes people of the family and entries; for a team member's "
                "contact details use --withhold-contact.",
            )
        )
    contact = {_find(record, t, "--withhold-contact") for t in args.withhold_contact}
    included = {_find(record, t, "--include-third-party") for t in args.include_third_party}
    marked = {e.id for e in record.entries if e.third_party}
    for entry_id in sorted(included - marked):
        raise UsageError(
            translate(
                "sharing",
                "--include-third-party '{entry}' is not marked as third-party information, "
                "so it is included anyway.",
            ).format(entry=entry_id)
        )
    return Redaction(
        people=frozenset(people),
        contact_details=frozenset(contact),
        entries=frozenset(withheld_entries),
        third_party_included=frozenset(included),
    )


def summary(args: argparse.Namespace) -> int:
    """Write a signed summary of one case and log it."""
    from casedesk.domain.redaction import (
        DEFAULT_SECTIONS,
        ChronologyScope,
        SummaryChoices,
        parse_sections,
    )
    from casedesk.export.sharing import make_summary
    from casedesk.services.case_file import CaseFile

    out = Path(args.out)
    with CaseFile.open(Path(args.case_file), existing_passphrase(args.passphrase_file)) as cf:
        record = cf.case_record(args.case_ref)
        choices = SummaryChoices(
            recipient=args.recipient,
            purpose=args.purpose,
            lawful_basis=args.lawful_basis,
            sections=parse_sections(args.sections) if args.sections else DEFAULT_SECTIONS,
            scope=ChronologyScope(args.chronology),
            from_date=whole_day("--from", args.from_date),
            to_date=whole_day("--to", args.to_date),
            court_layout=args.court,
            redaction=_redaction(args, record),
        )
        made = make_summary(
            cf, args.case_ref, choices, out, lambda step: print(f"… {step}", file=sys.stderr)
        )
    d = made.disclosure
    print(
        translate(
            "sharing", "Wrote {file} (%n pages), signed by {signer}.", None, made.pages
        ).format(file=out, signer=d.signed_by)
    )
    print(
        translate("sharing", "Document {document}, SHA-256 {sha256}").format(
            document=d.document_id, sha256=d.sha256
        )
    )
    print(
        translate("sharing", "Certificate fingerprint: {fingerprint}").format(
            fingerprint=d.fingerprint
        )
    )
    if d.withheld:
        print(translate("sharing", "Withheld: {withheld}.").format(withheld="; ".join(d.withheld)))
    print(
        translate("sharing", "Logged in case {reference}'s information-sharing log.").format(
            reference=args.case_ref
        )
    )
    return 0


def _shown(text: str) -> str:
    """Text from a PDF or a case file as the terminal may print it: a hostile document's
    control characters (which could clear the screen and print a false verdict) become
    spaces."""
    return "".join(ch if ch.isprintable() else " " for ch in text)


def _trusted(paths: list[str]) -> list[bytes]:
    from casedesk.services.certificates import load_certificates

    found: list[bytes] = []
    for path in paths:
        found += load_certificates(Path(path))
    return found


def verify(args: argparse.Namespace) -> int:
    """Verify a signed summary: the exit code says what was found."""
    from casedesk.export.verification import skip_signing_code, verify_file

    skip_signing_code()
    if args.trust:
        trusted = _trusted(args.trust)
    else:
        # The certificates trusted in Preferences (casedesk preferences --trust).
        from casedesk.services.preferences import Preferences

        saved = Preferences().trusted_now()
        for problem in saved.problems:
            print(
                translate("sharing", "Not trusted: {problem}").format(problem=problem),
                file=sys.stderr,
            )
        trusted = saved.certificates
    result = verify_file(Path(args.pdf), trusted)
    if args.json:
        print(
            json.dumps(
                {
                    "code": result.code,
                    "result": result.sentence,
                    "document_id": result.document_id,
                    "signatures": [
                        {
                            "name": r.identity.name,
                            "role": r.identity.role,
                            "agency": r.identity.agency,
                            "signed_at": r.signing_time.isoformat() if r.signing_time else None,
                            "reason": r.reason,
                            "fingerprint": r.fingerprint,
                            "trusted": r.trusted,
                            "trust_problem": r.trust_problem,
                        }
                        for r in result.signatures
                    ],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return result.code
    print(_shown(result.sentence))
    if result.document_id:
        print(
            translate("sharing", "Document {document}").format(document=_shown(result.document_id))
        )
    for report in result.signatures[1:]:
        print(
            translate("sharing", "Countersigned by {name} ({role}): {comment}").format(
                name=_shown(report.identity.name),
                role=_shown(report.identity.role),
                comment=_shown(report.reason),
            )
        )
    return result.code


def countersign(args: argparse.Namespace) -> int:
    """Verify a summary, then add the supervisor's approval signature."""
    from casedesk.export.sharing import countersign as add_countersignature
    from casedesk.services.case_file import CaseFile
    from casedesk.services.sharing import credentials

    with CaseFile.open(
        Path(args.case_file),
        existing_passphrase(args.passphrase_file, translate("sharing", "Your passphrase: ")),
    ) as cf:
        if args.user and args.user.casefold() != cf.user.casefold():
            raise UsageError(
                translate(
                    "sharing",
                    "That passphrase opens the file as {user}, not {named}: give your own.",
                ).format(user=cf.user, named=args.user)
            )
        mine = credentials(cf)
        first = add_countersignature(
            Path(args.pdf), Path(args.out), mine, args.comment, _trusted(args.trust)
        )
    print(translate("sharing", "Verified first: {result}").format(result=_shown(first.sentence)))
    print(
        translate("sharing", "Countersigned by {user} and written to {file}.").format(
            user=mine.user, file=args.out
        )
    )
    return 0


def countersigned(args: argparse.Namespace) -> int:
    """Record a supervisor's countersignature on the case that shared the summary."""
    from casedesk.export.sharing import import_countersigned
    from casedesk.services.case_file import CaseFile

    with CaseFile.open(Path(args.case_file), existing_passphrase(args.passphrase_file)) as cf:
        logged = import_countersigned(cf, Path(args.pdf), _trusted(args.trust))
    print(
        translate(
            "sharing",
            "Recorded: {user} countersigned summary {document} on {day}, in the case's "
            "supervision record and chronology.",
        ).format(
            user=logged.countersigned_by,
            document=logged.document_id,
            day=shown_day(logged.countersigned_on),
        )
    )
    return 0


def shared(args: argparse.Namespace) -> int:
    """List what the case has shared."""
    from casedesk.services.case_file import CaseFile

    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file), read_only=True, brief=True
    ) as cf:
        log = cf.case_record(args.case_ref, with_chronology=False).disclosures
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "made_on": d.made_on.isoformat(),
                        "recipient": d.recipient,
                        "purpose": d.purpose,
                        "lawful_basis": d.lawful_basis,
                        "document_id": d.document_id,
                        "sha256": d.sha256,
                        "included": list(d.sections),
                        "withheld": list(d.withheld),
                        "signed_by": d.signed_by,
                        "fingerprint": d.fingerprint,
                        "countersigned_by": d.countersigned_by or None,
                        "countersigned_on": (
                            d.countersigned_on.isoformat() if d.countersigned_on else None
                        ),
                        "countersign_comment": d.countersign_comment,
                    }
                    for d in log
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    if not log:
        print(
            translate("sharing", "Case {reference} has shared nothing yet.").format(
                reference=args.case_ref
            )
        )
    for d in log:
        print(_shown(d.sentence))
        print(
            translate("sharing", "  SHA-256 {sha256}; included: {sections}").format(
                sha256=d.sha256, sections=_shown("; ".join(d.sections))
            )
        )
    return 0


def certificate(args: argparse.Namespace) -> int:
    """Write a user's certificate to a file, for recipients to trust."""
    from casedesk.services.case_file import CaseFile
    from casedesk.services.certificates import to_pem
    from casedesk.services.files import check_output_path, write_private_file
    from casedesk.services.sharing import user_certificate

    out = Path(args.out)
    check_output_path(out)
    with CaseFile.open(
        Path(args.case_file), existing_passphrase(args.passphrase_file), read_only=True, brief=True
    ) as cf:
        stored = user_certificate(cf, args.user)
    write_private_file(out, b"".join(to_pem(der) for der in (stored.certificate, *stored.chain)))
    print(
        translate(
            "sharing", "Wrote {file}: {user}'s certificate, fingerprint {fingerprint}."
        ).format(file=out, user=stored.user, fingerprint=stored.fingerprint)
    )
    return 0


def agency(args: argparse.Namespace) -> int:
    """``agency`` needs an action (argparse asks for one)."""
    raise UsageError(translate("sharing", "casedesk agency needs an action: init or issue."))


def agency_init(args: argparse.Namespace) -> int:
    """Create the agency's root certificate and key."""
    from datetime import UTC, datetime

    from casedesk.services.certificates import fingerprint, new_agency_root, write_agency_root

    if not 1 <= args.years <= 30:
        raise UsageError(translate("sharing", "--years must be between 1 and 30."))
    name = " ".join(args.name.split())
    if not name:
        raise UsageError(translate("sharing", "--name needs the agency's name."))
    passphrase = new_passphrase(
        args.passphrase_file, translate("sharing", "Choose the agency root key's passphrase: ")
    )
    key, der = new_agency_root(name, datetime.now(UTC), args.years)
    cert_path, key_path = write_agency_root(Path(args.folder), key, der, passphrase)
    print(
        translate(
            "sharing", "Wrote {file}: give it to everyone who verifies your staff's summaries."
        ).format(file=cert_path)
    )
    print(
        translate(
            "sharing", "Wrote {file}: keep it (and its passphrase) safe; it issues certificates."
        ).format(file=key_path)
    )
    print(translate("sharing", "Fingerprint: {fingerprint}").format(fingerprint=fingerprint(der)))
    return 0


def _root_passphrase(path: str | None) -> str:
    if path:
        return existing_passphrase(path)
    from_environment = os.environ.get(ROOT_PASSPHRASE_VARIABLE)
    if from_environment:
        return from_environment
    if not sys.stdin.isatty():
        raise UsageError(
            translate(
                "sharing",
                "The agency root key's passphrase is needed: give it with --root-passphrase-file "
                "FILE or the {variable} environment variable.",
            ).format(variable=ROOT_PASSPHRASE_VARIABLE)
        )
    import getpass

    return getpass.getpass(translate("sharing", "The agency root key's passphrase: "))


def agency_issue(args: argparse.Namespace) -> int:
    """Issue a user of a case file a certificate from the agency's root."""
    from casedesk.services.case_file import CaseFile
    from casedesk.services.certificates import load_agency_root
    from casedesk.services.sharing import issue_certificate

    if not 1 <= args.days <= 3650:
        raise UsageError(translate("sharing", "--days must be between 1 and 3650."))
    root_key, root_der = load_agency_root(
        Path(args.root), _root_passphrase(args.root_passphrase_file)
    )
    with CaseFile.open(Path(args.case_file), existing_passphrase(args.passphrase_file)) as cf:
        stored = issue_certificate(cf, args.user, root_key, root_der, args.days)
    print(
        translate(
            "sharing",
            "Issued {user} a certificate from the agency's root, valid {days} days; "
            "fingerprint {fingerprint}. Their summaries now verify for anyone who trusts "
            "the root.",
        ).format(user=stored.user, days=args.days, fingerprint=stored.fingerprint)
    )
    return 0
