"""The unlock window: background key derivation, clear errors, a growing delay after failures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from hospital_mediation.gui.unlock_window import UnlockWindow, failure_delay
from hospital_mediation.store import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_tasks


def test_failure_delay_grows_and_is_capped() -> None:
    assert [failure_delay(n) for n in range(1, 9)] == [0, 0, 2, 4, 8, 16, 30, 30]


def test_wrong_then_right_passphrase(qtbot: Any, demo_vault: Vault) -> None:
    location = demo_vault.location
    demo_vault.close()
    with Vault.open(location) as vault:
        window = UnlockWindow(vault)
        qtbot.addWidget(window)
        window.show()
        window.form.passphraseEdit.setText("not the right one")
        window.form.unlockButton.click()
        assert not window.form.unlockButton.isEnabled()  # busy while deriving
        wait_for_tasks(qtbot)
        assert "Wrong passphrase" in window.form.messageLabel.text()
        assert not vault.is_unlocked
        threads: list[Any] = []
        window.unlocked.connect(lambda: threads.append(QThread.currentThread()))
        window.form.passphraseEdit.setText(PASSPHRASE)
        with qtbot.waitSignal(window.unlocked, timeout=20_000):
            window.form.unlockButton.click()
        assert vault.is_unlocked
        assert threads == [QApplication.instance().thread()]  # delivered on the GUI thread
        assert window.form.passphraseEdit.text() == ""


def test_repeated_failures_make_the_user_wait(qtbot: Any, demo_vault: Vault) -> None:
    location = demo_vault.location
    demo_vault.close()
    with Vault.open(location) as vault:
        window = UnlockWindow(vault)
        qtbot.addWidget(window)
        for _ in range(3):
            window.form.passphraseEdit.setText("wrong passphrase here")
            qtbot.waitUntil(window.form.unlockButton.isEnabled, timeout=10_000)
            window.form.unlockButton.click()
            wait_for_tasks(qtbot)
        assert window.failures == 3
        assert "Wait 2 seconds" in window.form.messageLabel.text()
        assert not window.form.unlockButton.isEnabled()
        qtbot.waitUntil(window.form.unlockButton.isEnabled, timeout=5_000)


def test_a_quick_task_still_reaches_its_slots(qtbot: Any) -> None:
    from hospital_mediation.gui.workers import run_in_background

    results: list[object] = []
    for value in range(20):
        task = run_in_background(lambda v=value: v)
        task.succeeded.connect(results.append)
    wait_for_tasks(qtbot)
    assert sorted(results) == list(range(20))  # type: ignore[type-var]
