"""Background tasks: results, errors and progress reach the GUI thread; sizes past 2 GiB too."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from hospital_mediation.gui.workers import permille, start
from tests.gui.conftest import wait_for_tasks

FOUR_GIB = 4 * 1024**3


def count_bytes(total: int, progress: Callable[[int, int], None]) -> int:
    for done in (0, total // 2, total):
        progress(done, total)
    return threading.get_ident()


def test_progress_in_bytes_beyond_two_gib_reaches_the_gui_thread(qtbot: Any) -> None:
    seen: list[tuple[int, int]] = []
    results: list[int] = []
    start(count_bytes, FOUR_GIB, succeeded=results.append, progressed=lambda done, total: seen.append((done, total)))
    wait_for_tasks(qtbot)
    assert seen == [(0, FOUR_GIB), (FOUR_GIB // 2, FOUR_GIB), (FOUR_GIB, FOUR_GIB)]
    assert results and results[0] != threading.get_ident()  # it ran off the GUI thread


def test_an_error_is_handed_over_not_raised(qtbot: Any) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("broken")

    start(fail, succeeded=lambda _: None, failed=errors.append)
    wait_for_tasks(qtbot)
    assert [str(e) for e in errors] == ["broken"]


def test_progress_is_reported_once_per_thousandth_past_2_gib(qtbot: Any) -> None:
    seen: list[tuple[int, int]] = []

    def copy_bytes(progress: Callable[[int, int], None]) -> None:
        progress(3 * 1024**3, 4 * 1024**3)
        progress(3 * 1024**3 + 1, 4 * 1024**3)  # same thousandth: not emitted again
        progress(4 * 1024**3, 4 * 1024**3)

    start(copy_bytes, progressed=lambda done, total: seen.append((permille(done, total), 1000)))
    wait_for_tasks(qtbot)
    assert seen == [(750, 1000), (1000, 1000)]
