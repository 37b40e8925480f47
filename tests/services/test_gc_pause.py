"""Holds of the cyclic collector (``services.gc_pause``): the background health check
holds it while a case's check is under way, across turns of the event loop, and a case
opened meanwhile holds it until the case is painted. Whatever order they end in, the
collector is off while any is in force and on again after the last, if it was on."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from casedesk.services.gc_pause import gc_paused, hold, release


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    assert gc.isenabled()
    yield
    gc.enable()


def test_holds_that_overlap_keep_the_collector_off_until_the_last_ends() -> None:
    background, opening = ExitStack(), ExitStack()
    background.enter_context(gc_paused())  # a case's check begins
    opening.enter_context(gc_paused())  # a case is opened before it ends
    background.close()  # the check ends first
    assert not gc.isenabled()  # the case opened is not yet painted
    opening.close()
    assert gc.isenabled()


def test_a_hold_ended_later_and_nested_blocks() -> None:
    hold()
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    later: list[object] = []
    with gc_paused(resume=later.append):
        pass
    release()
    assert not gc.isenabled()  # the block's hold ends when its resume says
    [end] = later
    end()  # type: ignore[operator]
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with gc_paused():
        pass
    hold()
    release()
    release()  # one release too many changes nothing
    assert not gc.isenabled()
