"""One writer at a time: an OS lock on a file inside the case file.

The lock is held with ``flock`` (``msvcrt.locking`` on Windows), which the operating system
releases when a process dies, so a lock left by a crash is recognised (nobody holds it) and
taken over safely. The file's text says who holds it and since when, for the message a
second process shows.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from casedesk.domain.errors import CaseFileInUseError, CaseFileOpenError
from casedesk.domain.wording import shown_day, translate

if os.name == "posix":
    import fcntl
else:  # pragma: no cover - exercised on Windows only
    import msvcrt


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        if os.name == "posix":
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
    except OSError:
        return False
    return True


def _shown_time(stamp: object) -> str:
    """When the lock was taken (stored ISO 8601, local time), as the worker reads a day and
    a time; a stamp that cannot be read is shown as it is."""
    if not isinstance(stamp, str):
        return translate("lock", "an unknown time")
    try:
        taken = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return translate("lock", "{day} at {time}").format(
        day=shown_day(taken.date()), time=f"{taken:%H:%M}"
    )


class WriterLock:
    """The exclusive right to write to one case file, held until ``release``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self, user: str) -> None:
        """Take the lock, or raise CaseFileInUseError naming who holds it."""
        # Never follow a link: opening one would truncate whatever file it points to.
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags, 0o600)
        except OSError as error:
            if self.path.is_symlink():
                raise CaseFileOpenError(
                    translate(
                        "lock",
                        "The case file's lock ({path}) is a symbolic link, which CaseDesk "
                        "will not follow. Remove it and open the case file again.",
                    ).format(path=self.path)
                ) from None
            if self.path.is_dir():
                raise CaseFileOpenError(
                    translate(
                        "lock",
                        "The case file's lock ({path}) is a folder, not a file. Remove it "
                        "and open the case file again.",
                    ).format(path=self.path)
                ) from None
            raise error
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise CaseFileOpenError(
                translate(
                    "lock",
                    "The case file's lock ({path}) is not an ordinary file. Remove it and "
                    "open the case file again.",
                ).format(path=self.path)
            )
        handle = os.fdopen(fd, "r+b")
        if not _try_lock(handle):
            holder, since = self._describe(handle)
            handle.close()
            raise CaseFileInUseError(
                translate(
                    "lock",
                    "This case file is already open in CaseDesk by {holder} since {since}. "
                    "You can open it read-only, or ask them to close it first.",
                ).format(holder=holder, since=since),
                holder,
                since,
            )
        info = {
            "user": user,
            "login": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().astimezone().isoformat(timespec="minutes"),
            "since_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(info).encode())
        handle.flush()
        self._handle = handle

    @staticmethod
    def _describe(handle: IO[bytes]) -> tuple[str, str]:
        try:
            handle.seek(0)
            info = json.loads(handle.read().decode() or "{}")
        except (OSError, ValueError):
            info = {}
        holder = translate("lock", "{user} on {host}").format(
            user=info.get("user") or translate("lock", "someone"),
            host=info.get("host") or translate("lock", "another computer"),
        )
        return holder, _shown_time(info.get("since"))

    def release(self) -> None:
        """Give the lock up (closing the handle releases the OS lock)."""
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.seek(0)
                self._handle.truncate()
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None
