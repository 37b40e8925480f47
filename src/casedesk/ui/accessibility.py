"""What a screen reader hears, and the keyboard habits every window shares.

A screen reader names a control by what Qt's accessibility layer reports for it: an
explicit accessible name, else a button's own text, else the text of the label whose buddy
it is. ``spoken_name`` asks that layer the same question, so a test checks what a user
hears rather than one property of the widget; ``unnamed_controls`` lists every control of a
window that takes the keyboard focus and would be read out as nothing.

Three habits are applied to every window by the application-wide watcher in ``ui.help``, so
no dialog has to remember them (the way KDE's accelerator manager gives every button a key):

- ``leave_by_tab``: tables and lists take Tab for moving between their own cells by
  default, which traps a keyboard user inside them; Tab is given back to moving between
  controls (the arrow keys still move within).
- ``name_by_form_labels``: a form's label names its field, but when the field is a group
  of controls (a tick box and a date, say) Qt gives the label's words to none of them;
  each unnamed control of the group takes the label's words, and the label's Alt+letter
  leads to the group's first control. A scroll area around a form stops being a Tab stop
  of its own: Tab goes to the form's controls, and the area scrolls to each.
- ``give_mnemonics``: each button, tick box and labelled field without an Alt+letter gets
  the first free letter of its words, never one a visible control of the same window (or
  its menu bar) already has; a letter written into the text with '&' is kept. Pages of a
  tab or stacked widget are shown one at a time, so each page is given letters when it is
  shown, around what the rest of the window shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` ('' when it has none).

    A combo box is the exception: on Linux Qt reports its current choice as its name and
    says what it is by the label it is the buddy of, so for a combo box its own accessible
    name or that label counts, and its choice does not."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    if not isinstance(widget, QComboBox):
        return interface.text(QAccessible.Text.Name).strip()
    labels = interface.relations(QAccessible.RelationFlag.Label)
    named_by = [label.text(QAccessible.Text.Name) for label, _relation in labels]
    return (widget.accessibleName() or " ".join(named_by)).strip()


def leave_by_tab(widget: QWidget) -> None:
    """Tab and Shift+Tab leave ``widget`` when it is a table, tree or list."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)


def _on_a_page(widget: QWidget, root: QWidget) -> bool:
    """True when ``widget`` is shown, or hidden only because the tab page it is on is not
    the current one (a user reaches it by choosing that tab)."""
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        if current.isHidden():
            on_tab = isinstance(parent, QStackedWidget) and isinstance(
                parent.parentWidget(), QTabWidget
            )
            if not on_tab:
                return False
        current = parent
    return True


def focusable_controls(root: QWidget) -> list[QWidget]:
    """Every control of ``root`` a user can reach with the keyboard (on any of its tabs)."""
    controls = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue  # a focus proxy takes the focus, and is listed itself
        if _on_a_page(widget, root):
            controls.append(widget)
    return controls


def describe(widget: QWidget) -> str:
    """A control as a failing test names it: its class, object name and any hint."""
    hints = [type(widget).__name__, widget.objectName()]
    placeholder = getattr(widget, "placeholderText", None)
    if callable(placeholder) and placeholder():
        hints.append(f"placeholder {placeholder()!r}")
    if isinstance(widget, QComboBox):
        hints.append(f"showing {widget.currentText()!r}")
    tip = widget.toolTip()
    if tip:
        hints.append(f"tip {tip[:40]!r}")
    return " ".join(h for h in hints if h)


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The controls of ``root`` that take the focus and have no spoken name."""
    return [w for w in focusable_controls(root) if not spoken_name(w)]


def name_tables_by_tab(tabs: QTabWidget) -> None:
    """Name each unnamed table or list filling a tab by the tab's words ("People")."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is None:
            continue
        views = [
            v
            for v in page.findChildren(QAbstractItemView)
            if not isinstance(v, QHeaderView) and not v.accessibleName()
        ]
        if len(views) == 1:
            views[0].setAccessibleName(plain_label(tabs.tabText(index)))


def plain_label(text: str) -> str:
    """A label's words as a name: no '&', no trailing colon or dots."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":…").strip()


def name_by_form_labels(window: QWidget) -> None:
    """Give the words of a label whose buddy is a group of controls to each unnamed
    control of the group; make scroll areas around forms no Tab stop of their own."""
    for label in window.findChildren(QLabel):
        group = label.buddy()
        if group is None or group.focusPolicy() != Qt.FocusPolicy.NoFocus:
            continue
        inside = focusable_controls(group)
        if not inside:
            continue
        name = plain_label(label.text())
        for control in inside:
            if not spoken_name(control) and name:
                control.setAccessibleName(name)
        if group.focusProxy() is None:
            group.setFocusProxy(inside[0])
    for area in window.findChildren(QScrollArea):
        content = area.widget()
        if content is not None and not area.accessibleName() and focusable_controls(content):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


# -- mnemonics ------------------------------------------------------------------------------


def mnemonic_letter(text: str) -> str:
    """The Alt+letter of ``text`` ('' when it has none): the character after a single '&'."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return ""
        if text[index + 1] != "&":
            return text[index + 1].casefold()
        index += 2


def _labelled(widget: QWidget) -> bool:
    """True for what a mnemonic belongs on: a button with words, a tick box, a checkable
    group, a label that names a field (its buddy)."""
    if isinstance(widget, QToolButton):
        return False  # icon buttons, and Qt's own arrows
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    if isinstance(widget, QLabel):
        return widget.buddy() is not None and widget.textFormat() != Qt.TextFormat.RichText
    if isinstance(widget, QGroupBox):
        return widget.isCheckable()
    return False


def _text(widget: QWidget) -> str:
    return widget.title() if isinstance(widget, QGroupBox) else widget.text()  # type: ignore[attr-defined]


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QGroupBox):
        widget.setTitle(text)
    else:
        widget.setText(text)  # type: ignore[attr-defined]


def _letters_of(widget: QWidget) -> set[str]:
    """The Alt+letters a widget itself answers to (a tab bar: one per tab)."""
    if isinstance(widget, QTabBar):
        return {mnemonic_letter(widget.tabText(i)) for i in range(widget.count())} - {""}
    if _labelled(widget):
        letter = mnemonic_letter(_text(widget))
        return {letter} if letter else set()
    return set()


def _menu_letters(window: QWidget) -> set[str]:
    if not isinstance(window, QMainWindow) or window.menuWidget() is None:
        return set()
    return {mnemonic_letter(a.text()) for a in window.menuBar().actions()} - {""}


def _shown_with(widget: QWidget, window: QWidget) -> bool:
    """True when ``widget`` is shown with ``window`` (not in a window of its own)."""
    return widget is window or (widget.window() is window and widget.isVisibleTo(window))


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with '&' before its first free letter: a word's first letter if one is
    free, else any letter; unchanged when every letter is taken."""
    words = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, c in enumerate(text) if c.isalpha() and i not in words]
    for index in words + others:
        letter = text[index].casefold()
        if letter.isascii() and letter not in taken:
            return text[:index] + "&" + text[index:]
    return text


def _priority(widget: QWidget) -> int:
    if isinstance(widget.parentWidget(), QDialogButtonBox):
        return 0
    return 1 if isinstance(widget, QAbstractButton) else 2


def give_mnemonics(scope: QWidget) -> None:
    """Give an Alt+letter to each control shown in ``scope`` that has none, around the
    letters of everything its window shows besides (see the module's docstring)."""
    window = scope.window()
    inside = [w for w in scope.findChildren(QWidget) if _shown_with(w, window)]
    if scope is not window:
        inside.append(scope)
    ours = {id(w) for w in inside}
    taken = _menu_letters(window)
    for widget in window.findChildren(QWidget):
        if id(widget) not in ours and _shown_with(widget, window):
            taken |= _letters_of(widget)
    for widget in inside:
        taken |= _letters_of(widget)
    # A dialog's own buttons (OK, Cancel) choose first, then other buttons, then labels.
    inside.sort(key=_priority)
    for widget in inside:
        if _labelled(widget) and not mnemonic_letter(_text(widget)):
            text = _text(widget).replace("&", "&&")
            marked = with_mnemonic(text, taken)
            if marked != text:
                _set_text(widget, marked)
                taken.add(mnemonic_letter(marked))


def is_page(widget: QWidget) -> bool:
    """True for a page of a stacked or tab widget (given its letters when shown)."""
    return isinstance(widget.parentWidget(), QStackedWidget)


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letters that more than one control shown in ``window`` answers to (its menu
    bar's included), as 'Alt+X: A, B'."""
    owners: dict[str, list[str]] = {
        letter: [f"{letter.upper()} menu"] for letter in _menu_letters(window)
    }
    for widget in window.findChildren(QWidget):
        if _shown_with(widget, window):
            for letter in _letters_of(widget):
                # "a tab" names a tab bar in a test's report (never shown to a person).
                tab = "a tab"  # i18n: a test's report, never shown
                name = _text(widget) if _labelled(widget) else tab
                owners.setdefault(letter, []).append(name.replace("&", "", 1))
    return [
        f"Alt+{letter.upper()}: {', '.join(names)}"  # i18n: a test's report, never shown
        for letter, names in sorted(owners.items())
        if len(names) > 1
    ]
