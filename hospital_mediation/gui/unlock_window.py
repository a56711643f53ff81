"""The unlock window: the passphrase, derived in the background, with a growing delay after failures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from hospital_mediation.errors import WrongPassphraseError
from hospital_mediation.gui import messages
from hospital_mediation.gui.forms.ui_unlock_window import Ui_UnlockWindow
from hospital_mediation.gui.workers import run_in_background

if TYPE_CHECKING:
    from hospital_mediation.store import Vault

MAX_DELAY_SECONDS = 30


def failure_delay(failures: int) -> int:
    """Seconds before the next try: none after the first two failures, then doubling, capped."""
    if failures < 3:
        return 0
    return int(min(MAX_DELAY_SECONDS, 2 ** (failures - 2)))


class UnlockWindow(QWidget):
    """Asks the passphrase of ``vault`` and unlocks it off the GUI thread.

    Signals:
        unlocked(): the vault is unlocked.
        recovery_requested(): the user lost the passphrase.
    """

    unlocked = Signal()
    recovery_requested = Signal()

    def __init__(self, vault: Vault | None = None, location: str = "", parent: QWidget | None = None) -> None:
        """``vault`` may come later (:meth:`attach_vault`): the window shows at once while the vault
        is opened in the background."""
        super().__init__(parent)
        self._vault = vault
        self.form = Ui_UnlockWindow()
        self.form.setupUi(self)
        self.form.vaultLabel.setText(self.tr("Vault: %1").replace("%1", str(vault.location) if vault else location))
        self.form.busyBar.hide()
        self.failures = 0
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._on_retry_timeout)
        self.form.unlockButton.clicked.connect(self._on_unlock_button_clicked)
        self.form.passphraseEdit.returnPressed.connect(self._on_unlock_button_clicked)
        self.form.lostButton.clicked.connect(self.recovery_requested)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, self.close)
        self._set_busy(False)

    def attach_vault(self, vault: Vault) -> None:
        self._vault = vault
        self._set_busy(False)
    def reset(self) -> None:
        """Ready for a new unlock (after the vault was locked)."""
        self.form.passphraseEdit.clear()
        self.form.messageLabel.clear()
        self._set_busy(False)
        self.form.passphraseEdit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        ready = self._vault is not None
        self.form.busyBar.setVisible(busy)
        self.form.passphraseEdit.setEnabled(not busy)
        self.form.unlockButton.setEnabled(ready and not busy and not self._retry.isActive())
        self.form.lostButton.setEnabled(ready and not busy)

    def _on_unlock_button_clicked(self) -> None:
        passphrase = self.form.passphraseEdit.text()
        if not passphrase or not self.form.unlockButton.isEnabled() or self._vault is None:
            return
        self.form.messageLabel.setText(self.tr("Unlocking… (this takes about a second, on purpose)"))
        self._set_busy(True)
        task = run_in_background(self._vault.unlock, passphrase)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)

    def _on_task_succeeded(self, _result: object) -> None:
        self.failures = 0
        self.form.passphraseEdit.clear()
        self.form.messageLabel.clear()
        self._set_busy(False)
        self.unlocked.emit()

    def _on_task_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.form.passphraseEdit.selectAll()
        self.form.passphraseEdit.setFocus()
        if isinstance(error, WrongPassphraseError):
            self.failures += 1
            delay = failure_delay(self.failures)
            text = messages.describe(error)
            if delay:
                text += " " + self.tr("Wait %1 seconds before trying again.").replace("%1", str(delay))
                self._retry.start(delay * 1000)
                self.form.unlockButton.setEnabled(False)
            self.form.messageLabel.setText(text)
        else:
            self.form.messageLabel.setText(messages.describe(error))

    def _on_retry_timeout(self) -> None:
        self.form.unlockButton.setEnabled(True)
