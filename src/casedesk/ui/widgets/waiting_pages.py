"""Pages of a tab widget filled only when someone will look at them.

Opening a 5,000-entry case paints its chronology without first filling the deadlines,
diagrams and lists on the tabs behind it: each of those waits until its tab is brought
forward, or is filled sooner, one page per turn of the event loop, once the window is
idle, so no turn waits on more than one page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget


class WaitingPages(QObject):
    """What each page of ``tabs`` waits to be filled with (see the module notes)."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._waiting: dict[QWidget, dict[str, Callable[[], None]]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fill_next)
        tabs.currentChanged.connect(self._fill_page)

    def when_shown(self, page: QWidget, part: str, refresh: Callable[[], None]) -> None:
        """Run ``refresh`` (which fills ``part`` of ``page``) now if the page is in front,
        else later (see the module notes). A later refresh of the same part replaces one
        still waiting: each fills its part whole."""
        if self._tabs.currentWidget() is page:
            refresh()
            return
        self._waiting.setdefault(page, {})[part] = refresh
        if not self._timer.isActive():
            self._timer.start()

    def after_paint(self, page: QWidget, part: str, refresh: Callable[[], None]) -> None:
        """Run ``refresh`` on the next turn of the event loop, before any other page's,
        even if ``page`` is in front: what the worker sees first is painted without it
        (a later refresh of the same part replaces this one)."""
        waiting = self._waiting.pop(page, {})
        waiting[part] = refresh
        self._waiting = {page: waiting, **self._waiting}
        if not self._timer.isActive():
            self._timer.start()

    def clear(self) -> None:
        """Forget everything waiting (each refresh holds the record it was to show)."""
        self._waiting.clear()

    def _fill_page(self, index: int) -> None:
        page = self._tabs.widget(index)
        for refresh in self._waiting.pop(page, {}).values() if page is not None else ():
            refresh()

    def _fill_next(self) -> None:
        if not self._waiting:
            return
        page = next(iter(self._waiting))
        for refresh in self._waiting.pop(page).values():
            refresh()
        if self._waiting:
            self._timer.start()
