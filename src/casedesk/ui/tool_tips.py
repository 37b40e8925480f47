"""Words for the tool buttons Qt makes by itself, which come without a tooltip.

A tab bar with more tabs than fit (the case view at 1024 pixels) gets two arrows, a search
box with a clear button gets a small cross, a narrow menu bar gets a "more" button, and a
calendar popup has month and year buttons. Qt names them by object name only, so a user
hovering over an arrow learns nothing. ``qt_button_tip`` gives the words; the help's
application-wide watcher (``ui.help.HelpWatcher``) puts them on each such button when Qt
polishes it, just before it is first shown, in every window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

# Qt's object names for its own buttons (tab bars, menu bars, calendars).
BY_OBJECT_NAME = {
    "ScrollLeftButton": "Show the tabs further left",
    "ScrollRightButton": "Show the tabs further right",
    "qt_menubar_ext_button": "More menus",
    "qt_calendar_prevmonth": "Previous month",
    "qt_calendar_nextmonth": "Next month",
    "qt_calendar_monthbutton": "Choose the month",
    "qt_calendar_yearbutton": "Choose the year",
}
# A line edit's clear button is named by its action, not by itself.
CLEAR_ACTION = "_q_qlineeditclearaction"
CLEAR_TIP = "Clear what is typed"


def qt_button_tip(button: QToolButton) -> str:
    """The words for one of Qt's own buttons ('' for a button that is ours)."""
    action = button.defaultAction()
    if action is not None and action.objectName() == CLEAR_ACTION:
        return CLEAR_TIP
    return BY_OBJECT_NAME.get(button.objectName(), "")
