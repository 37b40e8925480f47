"""Reading a JSON document a user hands CaseDesk, refusing plainly what would crash or
mislead: nesting deep enough to exhaust the stack, numbers too long to convert, the same
key twice in one object (the last would silently win), NaN and Infinity, text that is not
UTF-8, and documents too large to hold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from casedesk.domain.errors import UsageError
from casedesk.domain.wording import translate
from casedesk.services.gc_pause import gc_paused

MAX_DOCUMENT_BYTES = 512 * 1024 * 1024


class _RefusedError(ValueError):
    """A reason to refuse, raised from inside the JSON parser's hooks."""


class _DuplicateKeyError(_RefusedError):
    """The same key twice in one object (``args[0]``: the key)."""


class _ConstantError(_RefusedError):
    """NaN or Infinity (``args[0]``: which)."""


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKeyError(key[:40])
        found[key] = value
    return found


def _no_constant(name: str) -> Any:
    raise _ConstantError(name)


def parse_json_text(text: str, name: str) -> Any:
    """The value of a JSON text, or UsageError naming ``name`` and what is wrong."""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except _DuplicateKeyError as error:
        raise UsageError(
            translate(
                "json_input",
                "{name} has the key '{key}' twice in one object; nothing was imported.",
            ).format(name=name, key=error.args[0])
        ) from None
    except _ConstantError as error:
        raise UsageError(
            translate(
                "json_input",
                "{name} holds {constant}, which is not a number JSON allows; nothing was imported.",
            ).format(name=name, constant=error.args[0])
        ) from None
    except json.JSONDecodeError as error:
        raise UsageError(
            translate(
                "json_input",
                "{name} is not valid JSON (line {line}, column {column}: {problem}). Nothing "
                "was imported.",
            ).format(name=name, line=error.lineno, column=error.colno, problem=error.msg)
        ) from None
    except RecursionError:
        raise UsageError(
            translate(
                "json_input",
                "{name} is nested too deeply to be a CaseDesk document; nothing was imported.",
            ).format(name=name)
        ) from None
    except ValueError:
        # Python refuses to convert integers of more than 4,300 digits.
        raise UsageError(
            translate(
                "json_input", "{name} holds a number too long to read; nothing was imported."
            ).format(name=name)
        ) from None


def read_json_document(path: Path) -> Any:
    """Read and parse the JSON document at ``path`` (see the module notes)."""
    if path.is_dir():
        raise UsageError(
            translate("json_input", "{path} is a folder; give the JSON file to import.").format(
                path=path
            )
        )
    if not path.is_file():
        raise UsageError(translate("json_input", "There is no file at {path}.").format(path=path))
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise UsageError(
            translate(
                "json_input", "{name} is larger than 512 MB; split it before importing."
            ).format(name=path.name)
        )
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(
            translate(
                "json_input", "{name} is not UTF-8 text; save it as UTF-8 and try again."
            ).format(name=path.name)
        ) from None
    with gc_paused():  # millions of objects, none in a cycle (see gc_pause)
        return parse_json_text(text, path.name)
