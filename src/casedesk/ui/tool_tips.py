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

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate

# Qt's object names for its own buttons (tab bars, menu bars, calendars).
BY_OBJECT_NAME = {
    "ScrollLeftButton": QT_TRANSLATE_NOOP(  # i18n: the key is Qt's object name
        "tool_tips", "Show the tabs further left"
    ),
    "ScrollRightButton": QT_TRANSLATE_NOOP(  # i18n: the key is Qt's object name
        "tool_tips", "Show the tabs further right"
    ),
    "qt_menubar_ext_button": QT_TRANSLATE_NOOP("tool_tips", "More menus"),
    "qt_calendar_prevmonth": QT_TRANSLATE_NOOP("tool_tips", "Previous month"),
    "qt_calendar_nextmonth": QT_TRANSLATE_NOOP("tool_tips", "Next month"),
    "qt_calendar_monthbutton": QT_TRANSLATE_NOOP("tool_tips", "Choose the month"),
    "qt_calendar_yearbutton": QT_TRANSLATE_NOOP("tool_tips", "Choose the year"),
}
# A line edit's clear button is named by its action, not by itself.
CLEAR_ACTION = "_q_qlineeditclearaction"
CLEAR_TIP = QT_TRANSLATE_NOOP("tool_tips", "Clear what is typed")


def qt_button_tip(button: QToolButton) -> str:
    """The words for one of Qt's own buttons ('' for a button that is ours)."""
    action = button.defaultAction()
    if action is not None and action.objectName() == CLEAR_ACTION:
        return translate("tool_tips", CLEAR_TIP)
    tip = BY_OBJECT_NAME.get(button.objectName())
    return translate("tool_tips", tip) if tip else ""
