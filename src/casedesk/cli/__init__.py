"""The headless command line: ``casedesk <command> ...``.

Each command lives in its own module under ``casedesk.cli.commands`` and is imported only
when it runs, so ``casedesk --version`` and ``--help`` load nothing heavy.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from casedesk import __version__
from casedesk.cli.parser import build_parser
from casedesk.domain.wording import translate

GuiLauncher = Callable[[Path | None], int]


def main(argv: Sequence[str], open_gui: GuiLauncher | None = None) -> int:
    """Parse ``argv`` and run the command; return the process exit code."""
    parser = build_parser()
    for argument in argv:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            # Bytes that are not UTF-8 reach Python as lone surrogates: no name, reference
            # or text of a case file can hold them.
            parser.error(
                translate(
                    "__init__",
                    "an argument is not valid text (not UTF-8); type it again or check the "
                    "script that passes it",
                )
            )
    args = parser.parse_args(list(argv))
    if args.command is None or args.command == "open":
        if open_gui is None:
            parser.error(translate("__init__", "the GUI cannot be started from here"))
        path = getattr(args, "case_file", None)
        return open_gui(Path(path) if path else None)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Run one parsed sub-command, turning user errors into one plain sentence."""
    from casedesk.domain.errors import CaseDeskError, plain_os_error

    try:
        handler = args.handler
        result: int = handler(args)
        return result
    except CaseDeskError as error:
        print(f"casedesk: {error}", file=sys.stderr)
        if args.debug:
            raise
        return error.exit_code
    except KeyboardInterrupt:
        print(
            translate("__init__", "casedesk: stopped; nothing more was written."), file=sys.stderr
        )
        return 130
    except BrokenPipeError:
        # The reader stopped reading (``casedesk chronology list ... | head``): not an
        # error of ours. Point stdout at nothing so Python's own flush at exit is quiet.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as error:
        plain = plain_os_error(error)
        if plain is None or args.debug:
            return _unexpected(error, args.debug)
        print(f"casedesk: {plain}", file=sys.stderr)
        return plain.exit_code
    except Exception as error:
        return _unexpected(error, args.debug)


def _unexpected(error: Exception, debug: bool) -> int:
    """Exit 70: only for what CaseDesk did not foresee (each one is a bug to mend)."""
    if debug:
        raise error
    # The exception text may quote case content (SQL parameters, names), so the
    # plain message names only its type; --debug shows the whole traceback.
    print(
        translate(
            "__init__",
            "casedesk: something went wrong that CaseDesk did not expect "
            "({error}). Nothing more was written. Run the command again "
            "with --debug to see the details, and report them to your support contact.",
        ).format(error=type(error).__name__),
        file=sys.stderr,
    )
    return 70


__all__ = ["__version__", "main"]
