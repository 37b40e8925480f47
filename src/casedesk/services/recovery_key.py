"""Typing a recovery key back, read exactly as opening a case file reads it.

The confirmation after a new case file asks for the key's last group; a person who can
open the file with what they wrote down must be able to confirm with it too (any case,
spaces and dashes ignored, O for 0, I or L for 1).
"""

from __future__ import annotations

from casedesk.storage.keyslots import normalise_recovery_key


def last_group(recovery_key: str) -> str:
    """The group a person types back to show they kept the key."""
    return recovery_key.rsplit("-", 1)[-1]


def is_last_group(typed: str, recovery_key: str) -> bool:
    """Whether ``typed`` is the key's last group, read as the file's opener reads a key."""
    wanted = normalise_recovery_key(last_group(recovery_key))
    return bool(wanted) and normalise_recovery_key(typed) == wanted
