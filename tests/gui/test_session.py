"""Safety on a shared computer: idle lock, lock, hide now, the clipboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from hospital_mediation.gui.session import VaultSession
from hospital_mediation.store import Vault


def test_idle_lock(qtbot: Any, demo_vault: Vault) -> None:
    session = VaultSession(demo_vault, idle_minutes=5)
    session._idle.setInterval(200)  # the countdown itself, shortened: the setting's floor is one minute
    session.mark_unlocked()
    with qtbot.waitSignal(session.locked, timeout=5_000):
        pass
    assert not demo_vault.is_unlocked


def test_hide_now_hides_every_window_and_locks(qtbot: Any, demo_vault: Vault) -> None:
    session = VaultSession(demo_vault)
    windows = [QWidget(), QWidget()]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
    session.mark_unlocked()
    with qtbot.waitSignals([session.hidden, session.locked]):
        session.hide_now()
    assert not any(window.isVisible() for window in windows)
    assert not demo_vault.is_unlocked


def test_clipboard_is_cleared_only_if_unchanged(qtbot: Any, demo_vault: Vault) -> None:
    session = VaultSession(demo_vault)
    clipboard = QGuiApplication.clipboard()
    session.copy_to_clipboard("2026-0001")
    assert clipboard.text() == "2026-0001"
    session._clipboard_timer.setInterval(100)
    session._clipboard_timer.start()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)
    session.copy_to_clipboard("secret")
    clipboard.setText("something the user copied")
    session.clear_clipboard()
    assert clipboard.text() == "something the user copied"
    session.lock()
