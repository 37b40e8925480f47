"""Show records by id on the case view: the tab where they are, brought forward, with
them chosen (the records behind a health check, one click from the check).

A place is named as the health check names it (``CheckResult.place``). Each place lists
its tables and, for each, how a row names its records: a person row its person, an
identification attempt its own id and the person it is about, a sharing decision its id
and the entry it decides on.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QTableView, QWidget

if TYPE_CHECKING:
    from casedesk.ui.models.record_table_model import RecordTableModel
    from casedesk.ui.widgets.case_view import CaseView

Names = Callable[[Any], Iterable[str]]


def _tables(view: CaseView, place: str) -> list[tuple[RecordTableModel[Any], Names]]:
    """The tables of ``place`` and how each row names its records."""
    if place == "people":
        return [(view.people_model, lambda r: (r.person.id,))]
    if place == "identification attempts":
        return [(view.attempts_model, lambda r: (r.attempt.id, r.attempt.person))]
    if place == "team":
        return [(view.team_model, lambda p: (p.id,))]
    if place == "actions":
        return [(view.actions_tab.actions_model, lambda r: (r.action.id,))]
    if place == "sharing":
        return [(view.sharing_model, lambda d: (d.id, d.entry))]
    if place == "oversight":
        tab = view.oversight_tab
        return [
            (tab.approvals, lambda r: (r.target_id,)),
            (tab.supervisions, lambda s: (s.id,)),
            (tab.escalations, lambda v: (v.step.id,)),
        ]
    return []


def _page(view: CaseView, widget: QWidget | None) -> QWidget | None:
    """The case view's tab that holds ``widget``."""
    while widget is not None and view.tabs.indexOf(widget) < 0:
        widget = widget.parentWidget()
    return widget


def _select(table: QAbstractItemView, rows: list[int]) -> None:
    """Choose ``rows`` of ``table`` (however many its user may choose by hand)."""
    model = table.model()
    selection = QItemSelection()
    last = model.columnCount() - 1
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, last))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    table.selectionModel().select(selection, flags | QItemSelectionModel.SelectionFlag.Rows)
    if rows:
        first = model.index(rows[0], 0)
        table.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        table.scrollTo(first)


def show_records(view: CaseView, place: str, ids: Collection[str], why: str) -> int:
    """Bring forward the tab of ``place`` with the records ``ids`` chosen in it (the
    chronology: shown alone, ``why`` said above them); how many records were found.
    People named where they have no line (an adult with no identification attempt yet, an
    adult an assessment should have considered) are shown on the People tab instead."""
    wanted = set(ids)
    if place == "chronology":
        view.tabs.setCurrentWidget(view.chronology)
        return view.chronology.show_only(wanted, why)
    found = _show(view, place, wanted)
    if not found and place != "people":
        model = view.people_model
        people = {str(model.row_at(r).person.id) for r in range(model.rowCount())} & wanted
        if people:
            return _show(view, "people", people)
    return found


def _show(view: CaseView, place: str, wanted: set[str]) -> int:
    found: set[str] = set()
    page: QWidget | None = None
    for model, names in _tables(view, place):
        table = next(t for t in view.findChildren(QTableView) if t.model() is model)
        page = page or _page(view, table)
        rows = []
        for row in range(model.rowCount()):
            named = set(names(model.row_at(row))) & wanted
            if named:
                rows.append(row)
                found |= named
        _select(table, rows)
        if rows and page is not None:
            table.setFocus()
    if place == "sharing":
        found |= _select_undecided(view.undecided_list, wanted)
        page = view.sharing_page
    if page is not None:
        view.tabs.setCurrentWidget(page)
    return len(found)


def _select_undecided(entries: QListWidget, wanted: set[str]) -> set[str]:
    """Choose the significant entries still to decide that are among ``wanted``."""
    found = set()
    entries.clearSelection()
    for row in range(entries.count()):
        item = entries.item(row)
        entry = item.data(Qt.ItemDataRole.UserRole)
        if entry is not None and entry.id in wanted:
            item.setSelected(True)
            found.add(entry.id)
    return found
