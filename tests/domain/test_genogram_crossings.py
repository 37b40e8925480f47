"""Fewer crossings on the generated families: a worker must be able to follow each line
from one person to another, and read every name (issue 19)."""

from __future__ import annotations

from tests.domain.genogram_crossings import generated_records, total

# Counted on the 80 generated families (seeds 0-3, 20 cases each) before issue 19:
# Crossings(lines=1017, symbols=0, names=862).
MOST_LINE_CROSSINGS = 1017


def test_the_generated_families_have_fewer_crossings_than_before() -> None:
    found = total(list(generated_records()))
    assert found.lines <= MOST_LINE_CROSSINGS
    assert found.symbols == 0, "no line runs through anyone's symbol"
    assert found.names <= 862
