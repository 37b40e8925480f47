"""Settings that belong to the person, not the case: window geometry and recent files.

Stored as an INI file in the CaseDesk config folder. Only file paths and window state are
kept here, never case content; the paths are the user's own choice of file name.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from casedesk.domain.patterns import Thresholds
from casedesk.services.app_dirs import app_dirs, ensure_private_dir

MAX_RECENT = 8
# The Thresholds fields a worker can set in Edit > Preferences.
PATTERN_SETTINGS = (
    "avoidance_count",
    "avoidance_window_days",
    "incident_window_days",
    "contact_gap_days",
    "new_adult_window_days",
)


class UiSettings:
    """Typed access to the few settings the GUI keeps between runs."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or app_dirs().settings_file
        ensure_private_dir(path.parent)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        """The INI file behind these settings."""
        return Path(self._qsettings.fileName())

    def window_geometry(self) -> QByteArray | None:
        """The saved main-window geometry, if any."""
        value = self._qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        """Remember the main-window geometry for the next run."""
        self._qsettings.setValue("window/geometry", geometry)
        self.sync()

    def recent_files(self) -> list[Path]:
        """Recently opened case files, newest first, that still exist."""
        value = self._qsettings.value("recent/files", [])
        items = (
            [value]
            if isinstance(value, str)
            else list(value or [])
            if isinstance(value, list)
            else []
        )
        return [Path(item) for item in items if item and Path(item).exists()]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` at the top of the recent files."""
        resolved = path.resolve()
        others = [p for p in self.recent_files() if p.resolve() != resolved]
        self._qsettings.setValue("recent/files", [str(p) for p in [resolved, *others][:MAX_RECENT]])
        self.sync()

    def forget_recent_file(self, path: Path) -> None:
        """Remove ``path`` from the recent files."""
        remaining = [p for p in self.recent_files() if p.resolve() != path.resolve()]
        self._qsettings.setValue("recent/files", [str(p) for p in remaining])
        self.sync()

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the case file locks itself."""
        value = self._qsettings.value("security/idle_lock_minutes", 10)
        try:
            return max(1, int(str(value)))
        except (TypeError, ValueError):
            return 10

    def set_idle_lock_minutes(self, minutes: int) -> None:
        """Choose how many idle minutes lock the case file (1 to 120)."""
        self._qsettings.setValue("security/idle_lock_minutes", max(1, min(120, int(minutes))))
        self.sync()

    def pattern_thresholds(self) -> Thresholds:
        """The chronology pattern thresholds (a local procedure may set its own)."""
        defaults = Thresholds()
        values = {}
        for name in PATTERN_SETTINGS:
            value = self._qsettings.value(f"patterns/{name}", getattr(defaults, name))
            try:
                values[name] = max(1, int(str(value)))
            except ValueError:
                values[name] = getattr(defaults, name)
        return replace(defaults, **values)

    def set_pattern_thresholds(self, thresholds: Thresholds) -> None:
        """Remember the chronology pattern thresholds."""
        for name in PATTERN_SETTINGS:
            self._qsettings.setValue(f"patterns/{name}", getattr(thresholds, name))
        self.sync()

    def sync(self) -> None:
        """Write pending changes to disk now, readable by this user only (the file holds
        the paths of recent case files)."""
        self._qsettings.sync()
        self._private()

    def _private(self) -> None:
        with contextlib.suppress(OSError):
            self.path.chmod(0o600)
