"""A person's preferences, in the one INI file both the GUI and ``casedesk preferences`` use.

What is kept: the idle-lock time, the chronology pattern thresholds, where case files live,
the region a new case file starts with, the certificate files trusted when verifying, the
recent case files and the window's size. Never case content: no name, case reference or
anything read from inside a case file (a recent file is kept by its path, which the user
chose when they saved it).

Every change reads the file again, changes one value and writes the whole file atomically
(mode 0600), so the GUI and the command line can both be in use without losing each
other's changes. Files written by earlier versions through Qt's QSettings read the same
way, except the two values Qt wrote in its own notation: the recent files (read once from
Qt's list syntax, then kept in ours) and the window geometry (the window opens at its
default size once).
"""

from __future__ import annotations

import base64
import binascii
import configparser
import io
from dataclasses import dataclass, replace
from pathlib import Path

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.patterns import Thresholds
from casedesk.domain.wording import translate
from casedesk.domain.working_days import REGIONS
from casedesk.services.app_dirs import app_dirs, ensure_private_dir
from casedesk.services.case_folder import default_case_file_folder, prepare_case_file_folder

MAX_RECENT = 8
DEFAULT_IDLE_MINUTES = 10
# Sections of the settings file.
_CASE_FILES = "case files"  # i18n: settings key
_NEW_FILES = "new case files"  # i18n: settings key
_TRUSTED = "trusted certificates"  # i18n: settings key
_ENGLAND = "England"  # i18n: the region key new case files start with
# The Thresholds fields a worker can set in Edit > Preferences.
PATTERN_SETTINGS = (
    "avoidance_count",
    "avoidance_window_days",
    "incident_window_days",
    "contact_gap_days",
    "new_adult_window_days",
)


@dataclass(frozen=True)
class TrustedFile:
    """A certificate file the person trusts, and the fingerprints it held when they chose
    it (a file whose certificates later differ is not trusted until chosen again)."""

    path: Path
    fingerprints: tuple[str, ...]

    def named_by(self, path_or_fingerprint: str) -> bool:
        """Whether ``path_or_fingerprint`` is this file's path or a fingerprint it holds."""
        wanted = path_or_fingerprint.strip()
        return (
            wanted == str(self.path)
            or Path(wanted).expanduser().resolve() == self.path
            or wanted.upper() in self.fingerprints
        )


@dataclass(frozen=True)
class TrustedNow:
    """The certificates trusted today, and why a trusted file gave none."""

    certificates: list[bytes]
    problems: list[str]
    paths: list[Path]  # the files that still hold exactly what was trusted


class Preferences:
    """Typed access to the preferences file (``app_dirs().settings_file`` unless given)."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path or app_dirs().settings_file
        ensure_private_dir(self._path.parent)

    @property
    def path(self) -> Path:
        """The INI file behind these preferences."""
        return self._path

    # -- reading and writing the file ----------------------------------------------------

    def _read(self) -> configparser.ConfigParser:
        parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
        parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep key case
        try:
            parser.read_string(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            pass
        except (OSError, UnicodeDecodeError, configparser.Error):
            # A damaged preferences file must not stop CaseDesk starting: defaults, and the
            # next change writes a good file.
            return configparser.ConfigParser(interpolation=None, delimiters=("=",))
        return parser

    def _get(self, section: str, key: str) -> str | None:
        parser = self._read()
        return parser.get(section, key) if parser.has_option(section, key) else None

    def _set(self, values: dict[tuple[str, str], str | None]) -> None:
        """Change some values (None: remove) and write the whole file atomically."""
        parser = self._read()
        for (section, key), value in values.items():
            if value is None:
                if parser.has_option(section, key):
                    parser.remove_option(section, key)
                continue
            if not parser.has_section(section):
                parser.add_section(section)
            parser.set(section, key, value)
        text = io.StringIO()
        parser.write(text, space_around_delimiters=False)  # as Qt wrote it: key=value
        # Imported here: verifying a summary reads the trusted certificates, and loads no
        # storage code.
        from casedesk.services.files import write_private_file

        write_private_file(self._path, text.getvalue().encode("utf-8"))

    def _int(self, section: str, key: str, default: int) -> int:
        try:
            return max(1, int(self._get(section, key) or default))
        except ValueError:
            return default

    def sync(self) -> None:
        """Nothing to do: every change is written when it is made (kept for callers)."""

    # -- locking and patterns ------------------------------------------------------------

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the case file locks itself."""
        return self._int("security", "idle_lock_minutes", DEFAULT_IDLE_MINUTES)

    def set_idle_lock_minutes(self, minutes: int) -> None:
        """Choose how many idle minutes lock the case file (1 to 120)."""
        self._set({("security", "idle_lock_minutes"): str(max(1, min(120, int(minutes))))})

    def pattern_thresholds(self) -> Thresholds:
        """The chronology pattern thresholds (a local procedure may set its own)."""
        defaults = Thresholds()
        values = {n: self._int("patterns", n, getattr(defaults, n)) for n in PATTERN_SETTINGS}
        return replace(defaults, **values)

    def set_pattern_thresholds(self, thresholds: Thresholds) -> None:
        """Remember the chronology pattern thresholds."""
        self._set({("patterns", n): str(getattr(thresholds, n)) for n in PATTERN_SETTINGS})

    # -- recent files and the window -----------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recently opened case files, newest first, that still exist."""
        kept = self._get("recent", "paths")
        if kept is not None:
            items = kept.splitlines()
        else:
            items = qsettings_list(self._get("recent", "files") or "")
        return [Path(item) for item in items if item.strip() and Path(item).exists()]

    def _set_recent(self, paths: list[Path]) -> None:
        text = "\n".join(str(p) for p in paths[:MAX_RECENT])
        self._set({("recent", "paths"): text, ("recent", "files"): None})

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` at the top of the recent files."""
        resolved = path.resolve()
        others = [p for p in self.recent_files() if p.resolve() != resolved]
        self._set_recent([resolved, *others])

    def forget_recent_file(self, path: Path) -> None:
        """Remove ``path`` from the recent files."""
        self._set_recent([p for p in self.recent_files() if p.resolve() != path.resolve()])

    def window_geometry_bytes(self) -> bytes | None:
        """The saved main-window geometry (Qt's own bytes), if any."""
        try:
            value = base64.b64decode(self._get("window", "geometry") or "", validate=True)
        except (binascii.Error, ValueError):
            return None  # Qt's "@ByteArray(...)" from before: the default size, once
        return value or None

    def save_window_geometry_bytes(self, geometry: bytes) -> None:
        """Remember the main-window geometry for the next run."""
        self._set({("window", "geometry"): base64.b64encode(geometry).decode("ascii")})

    # -- the chronology ------------------------------------------------------------------

    def chronology_newest_first(self) -> bool:
        """Whether the chronology lists its newest entries first (the choice last made)."""
        return self._get("chronology", "newest_first") == "true"

    def set_chronology_newest_first(self, newest_first: bool) -> None:
        """Remember the chronology's order (a preference: no case content)."""
        self._set({("chronology", "newest_first"): "true" if newest_first else "false"})

    # -- case files ----------------------------------------------------------------------

    def case_file_folder(self) -> Path:
        """Where New case file and Open start: the folder chosen, or Documents/CaseDesk."""
        chosen = self._get(_CASE_FILES, "folder")
        return Path(chosen) if chosen else default_case_file_folder()

    def set_case_file_folder(self, folder: Path) -> Path:
        """Choose where case files live (created if need be); refused with one sentence
        inside CaseDesk's own program folder or where files cannot be written."""
        prepared = prepare_case_file_folder(folder)
        self._set({(_CASE_FILES, "folder"): str(prepared)})
        return prepared

    def case_file_made(self) -> bool:
        """Whether a case file has been made or opened here (the welcome page is done)."""
        return self._get(_CASE_FILES, "made") == "yes"

    def note_case_file_made(self) -> None:
        """Remember that a case file has been made or opened."""
        if not self.case_file_made():
            self._set({(_CASE_FILES, "made"): "yes"})

    def note_demo_opened(self, path: Path) -> None:
        """Remember where the demo is, so that its place in the recent files does not end
        the welcome page (only a case file of the person's own does)."""
        resolved = str(path.resolve())
        if self._get(_CASE_FILES, "demo") != resolved:
            self._set({(_CASE_FILES, "demo"): resolved})

    def first_run(self) -> bool:
        """Show the welcome page: no case file of the person's own made or opened here yet.

        The demo does not count. A recent file other than the demo does: earlier versions
        kept recent files but did not note a file made, and their users are not new.
        """
        if self.case_file_made():
            return False
        demo = self._get(_CASE_FILES, "demo")
        return all(str(path.resolve()) == demo for path in self.recent_files())

    def default_region(self) -> str:
        """The region a new case file starts with (each file keeps its own afterwards)."""
        region = self._get(_NEW_FILES, "region") or _ENGLAND
        return region if region in REGIONS else _ENGLAND

    def set_default_region(self, region: str) -> None:
        """Choose the region new case files start with."""
        if region not in REGIONS:
            raise CaseDeskError(
                translate("preferences", "Choose one of {regions} for the region.").format(
                    regions=", ".join(REGIONS)
                )
            )
        self._set({(_NEW_FILES, "region"): region})

    # -- trusted certificates ------------------------------------------------------------

    def trusted_files(self) -> list[TrustedFile]:
        """The certificate files chosen to trust, in the order chosen."""
        parser = self._read()
        if not parser.has_section(_TRUSTED):
            return []
        section = parser[_TRUSTED]
        found = []
        for key, value in section.items():
            if key.isdigit() and value.strip():
                prints = section.get(f"{key}.fingerprints", "").split()
                found.append((int(key), TrustedFile(Path(value.strip()), tuple(prints))))
        return [trusted for _, trusted in sorted(found, key=lambda pair: pair[0])]

    def _set_trusted(self, files: list[TrustedFile]) -> None:
        values: dict[tuple[str, str], str | None] = {
            (_TRUSTED, key): None
            for key in (self._read()[_TRUSTED].keys() if self._has_trust() else ())
        }
        for number, trusted in enumerate(files, start=1):
            values[(_TRUSTED, str(number))] = str(trusted.path)
            values[(_TRUSTED, f"{number}.fingerprints")] = " ".join(trusted.fingerprints)
        self._set(values)

    def _has_trust(self) -> bool:
        return self._read().has_section(_TRUSTED)

    def set_trusted_files(self, files: list[TrustedFile]) -> None:
        """Replace the trusted certificate files (Preferences' OK)."""
        self._set_trusted(files)

    def trust_file(self, path: Path) -> TrustedFile:
        """Trust the certificates in ``path`` as they are now (a file that holds none is
        refused with one sentence); choosing a file again takes its certificates anew."""
        trusted = read_trusted_file(path)
        others = [t for t in self.trusted_files() if t.path != trusted.path]
        self._set_trusted([*others, trusted])
        return trusted

    def untrust(self, path_or_fingerprint: str) -> bool:
        """Stop trusting a file (by its path, or a fingerprint it holds); False if none."""
        files = self.trusted_files()
        kept = [t for t in files if not t.named_by(path_or_fingerprint)]
        if len(kept) == len(files):
            return False
        self._set_trusted(kept)
        return True

    def trusted_now(self) -> TrustedNow:
        """The certificates of the trusted files that still hold what was trusted; a file
        gone or changed since is said, never trusted as it is now."""
        from casedesk.services.certificates import fingerprint, load_certificates

        certificates: list[bytes] = []
        problems: list[str] = []
        paths: list[Path] = []
        for trusted in self.trusted_files():
            try:
                found = load_certificates(trusted.path)
            except CaseDeskError as error:
                problems.append(str(error))
                continue
            kept = [c for c in found if fingerprint(c) in trusted.fingerprints]
            if len(kept) < len(found):
                problems.append(
                    translate(
                        "preferences",
                        "{path} has changed since you chose to trust it: choose it again in "
                        "Preferences if the new certificate is right.",
                    ).format(path=trusted.path)
                )
            else:
                paths.append(trusted.path)
            certificates += kept
        return TrustedNow(certificates, problems, paths)


def read_trusted_file(path: Path) -> TrustedFile:
    """A certificate file as it is now, to trust (CaseDeskError when it holds none)."""
    from casedesk.services.certificates import fingerprint, load_certificates

    path = path.expanduser().resolve()
    return TrustedFile(path, tuple(fingerprint(c) for c in load_certificates(path)))


def qsettings_list(text: str) -> list[str]:
    """The items of a string list as Qt's QSettings writes it in an INI file:
    ``a, "b, with comma", c\\"d`` (one item is written bare)."""
    items: list[str] = []
    current: list[str] = []
    quoted = False
    chars = iter(text)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    items.append("".join(current).strip())
    return [item for item in items if item]
