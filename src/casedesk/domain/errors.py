"""Errors a user can meet, each carrying a plain sentence that says what to do.

Every error that reaches a person derives from ``CaseDeskError``; the command line prints
its message and the GUI shows it in a dialog. Messages never contain case content, so
they are safe to print, log, or show in crash output.
"""

from __future__ import annotations


class CaseDeskError(Exception):
    """An error a user can meet; ``str(error)`` is a plain-language sentence."""

    exit_code = 1


class UsageError(CaseDeskError):
    """The command was asked for something it cannot do as asked."""

    exit_code = 2


class NotAvailableYetError(CaseDeskError):
    """A command that this version of CaseDesk does not provide yet."""

    exit_code = 3
