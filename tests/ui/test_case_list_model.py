"""The case list model and its search filter (with and without a view)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from casedesk.domain.names import fold
from casedesk.services.case_file import CaseSummaryRow
from casedesk.ui.models.case_list_model import CaseFilterProxy, CaseListModel, Column


def row(ref: str, names: str, unidentified: int = 0) -> CaseSummaryRow:
    return CaseSummaryRow(
        ref,
        ref,
        "child in need",
        "2026-01-01",
        "Sam",
        5,
        10,
        child_name=names.split(",")[0],
        not_identified=unidentified,
        search_key=fold(f"{ref} {names.replace(',', ' ')}"),
    )


ROWS = [
    row("DEMO-0001", "Noah Ashdown,Zoë Ashdown,Kieran Rudd", 1),
    row("DEMO-0002", "Ruby Ó Briain,Siân Ó Briain"),
    row("DEMO-0003", "Léa Wójcik,Łukasz Wójcik,Lukey", 2),
]


def test_the_model_passes_qts_own_checks(qtbot: QtBot) -> None:
    model = CaseListModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(ROWS)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy.set_query("ashdown")
    model.clear()


def test_rows_show_the_child_and_what_needs_attention() -> None:
    model = CaseListModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 3 and model.columnCount() == len(Column)
    assert model.data(model.index(0, Column.CHILD)) == "Noah Ashdown"
    assert model.data(model.index(0, Column.ATTENTION)) == "1 adult not identified"
    assert model.data(model.index(1, Column.ATTENTION)) == ""
    assert model.data(model.index(2, Column.ATTENTION)) == "2 adults not identified"
    model.clear()
    assert model.rowCount() == 0


def test_search_ignores_accents_and_case_and_matches_aliases() -> None:
    model = CaseListModel()
    model.set_rows(ROWS)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)

    def visible(query: str) -> list[str]:
        proxy.set_query(query)
        return [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]

    assert visible("zoe") == ["DEMO-0001"]
    assert visible("O BRIAIN sian") == ["DEMO-0002"]
    assert visible("lukey") == ["DEMO-0003"]
    assert visible("demo-000") == ["DEMO-0001", "DEMO-0002", "DEMO-0003"]
    assert visible("nobody") == []
    assert visible("") == ["DEMO-0001", "DEMO-0002", "DEMO-0003"]
    proxy.sort(Column.REFERENCE, Qt.SortOrder.DescendingOrder)
    assert visible("")[0] == "DEMO-0003"


def test_a_case_with_no_father_recorded_says_so_in_the_banners_words() -> None:
    from casedesk.ui.models.case_list_model import attention_text

    row = CaseSummaryRow("c", "K-1", "early help", "2026-01-01", "Sam", 2, 3, "Kai Rowe")
    assert attention_text(replace(row, father_recorded=False)) == "no father recorded"
    both = replace(row, father_recorded=False, not_identified=1)
    assert attention_text(both) == "no father recorded; 1 adult not identified"
    assert attention_text(row) == ""


def test_only_what_is_overdue_is_red_and_it_says_overdue_in_words() -> None:
    """No alarm fatigue: the adults still to identify are a quiet count on most rows;
    red is kept for what is overdue, beside the word, so red still means something."""
    from datetime import date

    model = CaseListModel()
    overdue = replace(ROWS[0], next_due=date(2026, 6, 1), next_due_what="Visit")
    later = replace(ROWS[2], next_due=date(2026, 9, 1), next_due_what="Visit")
    model.set_rows([overdue, ROWS[1], later], today=date(2026, 7, 1))
    colours = [
        model.data(model.index(r, c), Qt.ItemDataRole.ForegroundRole)
        for r in range(3)
        for c in Column
    ]
    assert sum(colour is not None for colour in colours) == 1
    red = model.data(model.index(0, Column.NEXT_DUE), Qt.ItemDataRole.ForegroundRole)
    assert red is not None
    assert model.data(model.index(0, Column.NEXT_DUE)).startswith("OVERDUE")
    assert model.data(model.index(0, Column.ATTENTION), Qt.ItemDataRole.ForegroundRole) is None


def test_health_checks_arrive_a_case_at_a_time_and_sort_by_how_many_fail(qtbot: QtBot) -> None:
    from casedesk.ui.models.case_list_model import NOT_CHECKED_YET, HealthMark

    model = CaseListModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(ROWS)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)

    def column() -> list[str]:
        return [proxy.data(proxy.index(r, Column.HEALTH)) for r in range(proxy.rowCount())]

    assert column() == [NOT_CHECKED_YET] * 3
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.set_health("DEMO-0002", HealthMark(7, 19, ("Is a father recorded for the child?",)))
    assert changed == [1] and column()[1] == "7 of 19 fail"
    assert "✖ Is a father recorded" in model.data(
        model.index(1, Column.HEALTH), Qt.ItemDataRole.ToolTipRole
    )
    model.set_health("DEMO-0001", HealthMark(2, 19))
    model.set_health("DEMO-0003", HealthMark(11, 19))
    model.set_rows(ROWS)  # the list shown again: what is known stays
    proxy.sort(Column.HEALTH, Qt.SortOrder.DescendingOrder)
    assert column() == ["11 of 19 fail", "7 of 19 fail", "2 of 19 fail"]
    model.set_health("DEMO-0003", None)  # changed: to be checked again
    assert NOT_CHECKED_YET in column()
    model.clear_health()
    assert column() == [NOT_CHECKED_YET] * 3
    model.set_health("DEMO-0001", HealthMark(2, 19))
    model.clear()  # locking
    model.set_rows(ROWS)
    assert column() == [NOT_CHECKED_YET] * 3
