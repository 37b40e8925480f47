"""The GUI's view of the person's preferences: ``services.preferences`` plus Qt's types.

The file is the one ``casedesk preferences`` reads and writes; see that module for what it
keeps (never case content) and how earlier versions' files are read.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from casedesk.services.preferences import MAX_RECENT, PATTERN_SETTINGS, Preferences

__all__ = ["MAX_RECENT", "PATTERN_SETTINGS", "UiSettings"]


class UiSettings(Preferences):
    """Preferences, with the window geometry as the QByteArray Qt saves and restores."""

    def window_geometry(self) -> QByteArray | None:
        """The saved main-window geometry, if any."""
        value = self.window_geometry_bytes()
        return QByteArray(value) if value else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        """Remember the main-window geometry for the next run."""
        self.save_window_geometry_bytes(bytes(geometry.data()))
