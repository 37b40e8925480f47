"""An inserted record's audit texts, written out by the compiled function, are the bytes
the generic path writes: the change as ``json`` encodes it and the content hash of
``audit.content_hash``. A file's audit chain and every record's signed content are checked
against these bytes, so one character of difference would mark a whole import as
tampered with."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Float, Integer, Table

from casedesk.storage.audit import _CHANGE, _plan, content_hash
from casedesk.storage.audit_encoding import insert_texts
from casedesk.storage.tables import metadata

TABLES = [t for t in metadata.sorted_tables if t.name != "audit_log"]

# Whatever a row may hold: text with quotes, controls, accents and scripts beyond the
# BMP; numbers of any kind and size; NULL; and the odd value of another type.
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
ANY_VALUE = st.one_of(
    st.none(),
    TEXT,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.sampled_from(["", "0", "1"]),
)


def _typed(table: Table, name: str) -> st.SearchStrategy[Any]:
    """A value of the column's own kind most of the time (as rows are), else any."""
    column_type = table.c[name].type
    own = (
        st.integers(-5, 5)
        if isinstance(column_type, Integer)
        else st.floats(-3, 3) | st.integers(-3, 3)
        if isinstance(column_type, Float)
        else TEXT
    )
    return st.one_of(own, own, st.none(), ANY_VALUE)


@st.composite
def rows(draw: st.DrawFn) -> tuple[Table, dict[str, Any], str]:
    table = draw(st.sampled_from(TABLES))
    names = [c.name for c in table.columns]
    # Usually every column (as the record kinds write them); sometimes some left out.
    kept = names if draw(st.booleans()) else draw(st.lists(st.sampled_from(names), unique=True))
    row = {name: draw(_typed(table, name)) for name in kept}
    return table, row, draw(TEXT)


@settings(max_examples=300, deadline=None)
@given(rows())
def test_compiled_texts_are_the_generic_bytes(case: tuple[Table, dict[str, Any], str]) -> None:
    table, row, reason = case
    try:
        expected = (
            _CHANGE.encode({"before": None, "after": row, "reason": reason}),
            content_hash(table, row),
        )
    except ValueError:  # a value its column's kind cannot take ('x' as a number)
        with pytest.raises(ValueError):
            insert_texts(table, _plan(table), _CHANGE, row, reason)
        return
    assert insert_texts(table, _plan(table), _CHANGE, row, reason) == expected


def test_every_table_and_its_defaults() -> None:
    """Each table's columns at their defaults (left out of the content), then changed."""
    for table in TABLES:
        plan = _plan(table)
        at_default = {name: default for name, _kind, default in plan}
        changed = {
            name: ("x" if kind is str else 7 if kind is int else 0.1 + 0.2)
            for name, kind, _default in plan
        }
        tiny = {
            name: (1e-07 if kind is float else -3 if kind is int else '«»\n"')
            for name, kind, _default in plan
        }
        for row in (at_default, changed, tiny):
            change, content = insert_texts(table, plan, _CHANGE, row, "why")
            assert change == _CHANGE.encode({"before": None, "after": row, "reason": "why"})
            assert content == content_hash(table, row)
