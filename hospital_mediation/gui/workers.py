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

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

_running: set[Task] = set()


class Task(QObject):
    """One piece of background work.

    Signals:
        progressed(object, object): done, total, as ints of any size.
        succeeded(object): the return value.
        failed(object): the exception raised.
        finished(): after either.
    """

    progressed = Signal(object, object)  # Python ints: a byte count may pass 2 GiB
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self._function = function
        self._args = args
        self._kwargs = kwargs
        if "progress" in _parameters(function) and "progress" not in kwargs:
            self._kwargs["progress"] = self._report
        self._reported = -1
        # A slot of this object (which lives in the GUI thread): queued after the result's slots.
        self.finished.connect(self._release)

    def _release(self) -> None:
        _running.discard(self)

    def _report(self, done: int, total: int) -> None:
        """The ``progress`` given to the function: a signal per thousandth at most (a 2 GiB file has
        32 768 chunks; a progress bar needs a thousand steps)."""
        step = permille(done, total)
        if step != self._reported:
            self._reported = step
            self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._function(*self._args, **self._kwargs)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


def permille(done: int, total: int) -> int:
    """Progress in thousandths: what a progress bar (a C++ int) can hold, whatever the byte count."""
    return 1000 if total <= 0 else max(0, min(1000, done * 1000 // total))


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
    """Run ``function(*args, **kwargs)`` in the thread pool; connect to the returned task's signals.

    The work starts on the next turn of the event loop, after the caller has connected its slots:
    a quick function would otherwise finish, and signal, before anyone listens.
    """
    task = Task(function, args, kwargs)
    _running.add(task)
    QTimer.singleShot(0, task, lambda: QThreadPool.globalInstance().start(_Runnable(task)))
    return task


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until background work ends (application exit): tasks not yet started start first."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def finish_pending() -> None:
    """Let running work end and deliver its results now (before the vault locks: a save under way
    hands back the version the next save must start from)."""
    wait_for_all()
    QCoreApplication.sendPostedEvents()


def busy() -> bool:
    """Whether background work is running or has results not yet delivered."""
    return bool(_running)


def start(function: Callable[..., Any], *args: Any, succeeded: Callable[[Any], object] | None = None,
          failed: Callable[[Any], object] | None = None,
          progressed: Callable[[int, int], object] | None = None, **kwargs: Any) -> Task:
    """:func:`run_in_background` with its slots connected in the same call (the usual case)."""
    task = run_in_background(function, *args, **kwargs)
    if succeeded is not None:
        task.succeeded.connect(succeeded)
    if failed is not None:
        task.failed.connect(failed)
    if progressed is not None:
        task.progressed.connect(progressed)
    return task
