"""Lost passphrase: the recovery key opens the vault and a new passphrase replaces the old one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hospital_mediation.crypto import recovery_key
from hospital_mediation.errors import RecoveryKeyFormatError
from hospital_mediation.gui import messages
from hospital_mediation.gui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from hospital_mediation.gui.widgets.passphrase_strength import PassphraseStrength
from hospital_mediation.gui.workers import run_in_background
from hospital_mediation.store import Vault


class RecoveryDialog(QDialog):
    """Signals:
        recovered(): the new passphrase is set and the vault is unlocked.
    """

    recovered = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.form = Ui_RecoveryDialog()
        self.form.setupUi(self)
        self.form.busyBar.hide()
        self._busy = False
        self._ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Set the new passphrase"))
        self._strength = PassphraseStrength(self.form.passphraseEdit, self.form.confirmEdit, self.form.strengthBar,
                                            self.form.strengthLabel, self)
        self._strength.changed.connect(self._update_ok)
        self.form.keyEdit.textChanged.connect(self._update_ok)
        self.form.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.form.buttonBox.rejected.connect(self.reject)
        self._update_ok()

    def _key(self) -> bytes | None:
        try:
            return recovery_key.parse_recovery_key(self.form.keyEdit.text())
        except RecoveryKeyFormatError:
            return None

    def _update_ok(self) -> None:
        text = self.form.keyEdit.text()
        key: bytes | None = None
        try:
            key = recovery_key.parse_recovery_key(text)
            self.form.messageLabel.clear()
        except RecoveryKeyFormatError as error:
            # Say which group is wrong as soon as the key is complete; stay quiet while typing.
            complete = len(recovery_key.normalise(text)) >= recovery_key.GROUPS * 5
            self.form.messageLabel.setText(messages.describe(error) if complete else "")
        self._ok.setEnabled(not self._busy and key is not None and self._strength.acceptable)

    def _on_button_box_accepted(self) -> None:
        key = self._key()
        if key is None or self._busy:
            return
        self._busy = True
        self.form.busyBar.show()
        self._update_ok()
        task = run_in_background(self._vault.reset_passphrase_with_recovery_key, key,
                                 self.form.passphraseEdit.text())
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)

    def _on_task_succeeded(self, _result: object) -> None:
        self._busy = False
        self.form.busyBar.hide()
        self.form.keyEdit.clear()
        self.form.passphraseEdit.clear()
        self.form.confirmEdit.clear()
        self.recovered.emit()
        self.accept()

    def _on_task_failed(self, error: BaseException) -> None:
        self._busy = False
        self.form.busyBar.hide()
        self._update_ok()
        self.form.messageLabel.setText(messages.describe(error))
