"""The Qt bindings themselves: a defect there crashes the application whatever our code does."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(object)


def test_emitting_a_signal_does_not_eat_a_reference_to_true(qapp: Any) -> None:
    """PySide6 6.12.0 returns True from emit() without a new reference: every emit from Python takes
    one reference from True, and after a few hundred the interpreter aborts ("deallocating True").
    pyproject.toml keeps PySide6 below 6.12 for that reason."""
    emitter = _Emitter()
    received: list[object] = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(1000):
        emitter.happened.emit(number)
    assert sys.getrefcount(True) >= before - 10  # other code may drop a few references meanwhile
    assert len(received) == 1000
