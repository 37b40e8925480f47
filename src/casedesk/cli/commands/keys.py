"""``casedesk init``, ``passwd`` and ``users``: creating case files and managing who opens them."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from casedesk.cli.dates import shown_moment
from casedesk.cli.passphrase import ENVIRONMENT_VARIABLE, existing_passphrase, new_passphrase
from casedesk.domain.errors import UsageError
from casedesk.domain.wording import translate
from casedesk.services.app_dirs import login_name
from casedesk.services.case_file import CaseFile, with_suffix
from casedesk.services.files import check_output_path, write_private_file


def init(args: argparse.Namespace) -> int:
    """Create a new case file and show its recovery key once."""
    path = with_suffix(Path(args.case_file))
    if args.recovery_key_file:
        # Checked before the case file exists, so a bad place costs nothing.
        key_target = Path(args.recovery_key_file)
        if key_target.exists():
            raise UsageError(
                translate("keys", "{file} already exists; CaseDesk will not write over it.").format(
                    file=key_target
                )
            )
        check_output_path(key_target)
    if args.passphrase_file or os.environ.get(ENVIRONMENT_VARIABLE):
        passphrase = existing_passphrase(args.passphrase_file)
    else:
        passphrase = new_passphrase(None, translate("keys", "Choose a passphrase: "))
    owner = args.owner or login_name()
    case_file, recovery_key = CaseFile.create(path, passphrase, owner)
    case_file.close()
    print(translate("keys", "Created {file} for {owner}.").format(file=path, owner=owner))
    print()
    print(
        translate(
            "keys",
            "Recovery key (write it down or print it, and keep it somewhere safe and apart\n"
            "from this computer; it opens the case file if the passphrase is lost, and it\n"
            "is shown only this once):",
        )
    )
    print()
    print(f"    {recovery_key}")
    if args.recovery_key_file:
        target = Path(args.recovery_key_file)
        write_private_file(target, (recovery_key + "\n").encode("utf-8"))
        print()
        print(translate("keys", "The recovery key was also written to {file}.").format(file=target))
    return 0


def _open(args: argparse.Namespace, user: str | None = None) -> CaseFile:
    return CaseFile.open(Path(args.case_file), existing_passphrase(args.passphrase_file), user)


def passwd(args: argparse.Namespace) -> int:
    """Change a passphrase (the database is not re-encrypted)."""
    with _open(args, args.user) as case_file:
        who = args.user or case_file.user
        case_file.change_passphrase(new_passphrase(args.new_passphrase_file), args.user)
    print(translate("keys", "The passphrase for {user} was changed.").format(user=who))
    return 0


def users_list(args: argparse.Namespace) -> int:
    """List who can open the case file."""
    with _open(args) as case_file:
        for user in case_file.users():
            added = translate("keys", "added {when}").format(when=shown_moment(user.added_at))
            print(f"{user.name:<30} {user.role:<11} {added}")
    return 0


def users_add(args: argparse.Namespace) -> int:
    """Add a user with their own passphrase."""
    with _open(args) as case_file:
        passphrase = new_passphrase(
            args.new_passphrase_file,
            translate("keys", "Choose {user}'s passphrase: ").format(user=args.name),
        )
        case_file.add_user(args.name, args.role, passphrase)
    print(
        translate(
            "keys", "{user} ({role}) can now open the case file with their own passphrase."
        ).format(user=args.name, role=args.role)
    )
    return 0


def users_remove(args: argparse.Namespace) -> int:
    """Remove a user's key."""
    passphrase = existing_passphrase(args.passphrase_file)
    with CaseFile.open(Path(args.case_file), passphrase) as case_file:
        case_file.remove_user(args.name)
        print(
            translate("keys", "{user} can no longer open the case file with a passphrase.").format(
                user=args.name
            )
        )
        if not args.rotate_key:
            return 0
        result = case_file.rotate_data_key(passphrase)
    print(
        translate(
            "keys",
            "The case file was re-encrypted under a new data key; old copies of its keys\n"
            "no longer open it. The old recovery key no longer works. New recovery key\n"
            "(write it down or print it; it is shown only this once):",
        )
    )
    print()
    print(f"    {result.recovery_key}")
    if result.dropped_users:
        print()
        print(
            translate(
                "keys", "These users must be added again with 'casedesk users add': {users}."
            ).format(users=", ".join(result.dropped_users))
        )
    return 0
