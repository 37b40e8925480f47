"""Heads of each case file's audit chain as this computer last saw them signed.

Someone with the data key can put back an earlier copy of a case file, or cut its audit
trail short and put the rows back as they were: every signature left still verifies. The
heads kept here (a sequence number and a hash per case file, nothing of its content) let
``check`` say when the chain no longer holds one it held before. They protect only against
a rollback this computer would notice; the threat model says so.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from casedesk.services.app_dirs import app_dirs, ensure_private_dir
from casedesk.services.files import write_private_file

KEPT = 8  # heads kept per case file (the newest is the one that matters)


def _key(file_id: str, path: Path) -> str:
    """A copy of a case file has the same id: a head is kept per file id and place, so
    working on a copy elsewhere never looks like a rollback of the original."""
    return f"{file_id} {path.resolve()}"


def _path() -> Path:
    return ensure_private_dir(app_dirs().data) / "anchors.json"


def _read() -> dict[str, list[list[object]]]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def seen_heads(file_id: str, path: Path) -> list[tuple[int, str]]:
    """The heads of this case file's chain this computer saw (oldest first)."""
    found = []
    for item in _read().get(_key(file_id, path), []):
        if (
            isinstance(item, list)
            and len(item) == 2
            and isinstance(item[0], int)
            and isinstance(item[1], str)
        ):
            found.append((item[0], item[1]))
    return found


def remember_head(file_id: str, path: Path, head: tuple[int, str]) -> None:
    """Keep ``head`` (a failure to keep it is not worth stopping a close for)."""
    data = _read()
    key = _key(file_id, path)
    heads = [h for h in data.get(key, []) if h != list(head)]
    data[key] = [*heads, list(head)][-KEPT:]
    with contextlib.suppress(OSError):
        write_private_file(_path(), json.dumps(data).encode())


def forget_heads(file_id: str, path: Path) -> None:
    """Forget the heads of a case file put back on purpose (a backup restored over it)."""
    data = _read()
    if data.pop(_key(file_id, path), None) is not None:
        with contextlib.suppress(OSError):
            write_private_file(_path(), json.dumps(data).encode())
