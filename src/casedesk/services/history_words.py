"""A change in the history, in words a worker reads: field names without underscores or
"_id", empty values as "(none)", yes and no, text without quotes (the GUI and the command
line say it the same way)."""

from __future__ import annotations

import json


def field_in_words(name: str) -> str:
    """'corroborating_source' -> 'corroborating source'; 'entry_id' -> 'entry'."""
    return name.removesuffix("_id").replace("_", " ")


def value_in_words(value: object) -> str:
    """A value as a worker reads it."""
    if value is None or value == "":
        return "(none)"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    return json.dumps(value, ensure_ascii=False)
