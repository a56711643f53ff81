"""Running core work (key derivation, bulk decryption, attachments) off the GUI thread.

    task = run_in_background(vault.unlock, passphrase)
    task.succeeded.connect(...); task.failed.connect(...)

A callable that accepts a ``progress`` keyword gets one that emits :attr:`Task.progressed`.
Signals are delivered in the GUI thread (queued connections), so slots may touch widgets.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set[Task] = set()


class Task(QObject):
    """One piece of background work.

    Signals:
        progressed(int, int): done, total.
        succeeded(object): the return value.
        failed(object): the exception raised.
        finished(): after either.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self._function = function
        self._args = args
        self._kwargs = kwargs
        if "progress" in _parameters(function) and "progress" not in kwargs:
            self._kwargs["progress"] = self.progressed.emit
        # A slot of this object (which lives in the GUI thread): queued after the result's slots.
        self.finished.connect(self._release)

    def _release(self) -> None:
        _running.discard(self)

    def run(self) -> None:
        try:
            result = self._function(*self._args, **self._kwargs)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


def _parameters(function: Callable[..., Any]) -> set[str]:
    try:
        return set(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        return set()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run()


def run_in_background(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
    """Start ``function(*args, **kwargs)`` in the thread pool; connect to the returned task's signals."""
    task = Task(function, args, kwargs)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until background work ends (tests and application exit)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
