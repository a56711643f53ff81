"""First run: a vault is created, the recovery key is shown once, kept, and checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard

from hospital_mediation.crypto import recovery_key
from hospital_mediation.gui.create_vault_wizard import CreateVaultWizard
from hospital_mediation.store import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import ModalGuard, wait_for_tasks


def test_create_keep_and_check_the_recovery_key(qtbot: Any, tmp_path: Path, fast_kdf: object,
                                                modal_guard: ModalGuard) -> None:
    location = tmp_path / "new" / "vault.hmv"
    wizard = CreateVaultWizard(location)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # a name is needed
    wizard.form.nameEdit.setText("Claire D.")
    assert next_button.isEnabled()
    next_button.click()
    assert wizard.currentPage() is wizard.form.passphrasePage
    wizard.form.passphraseEdit.setText("short")
    assert not next_button.isEnabled()
    assert "Too short" in wizard.form.strengthLabel.text()
    wizard.form.passphraseEdit.setText(PASSPHRASE)
    wizard.form.confirmEdit.setText(PASSPHRASE + "x")
    assert not next_button.isEnabled() and "differ" in wizard.form.strengthLabel.text()
    wizard.form.confirmEdit.setText(PASSPHRASE)
    assert next_button.isEnabled()
    next_button.click()  # creates the vault in the background
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.form.recoveryPage, timeout=10_000)
    assert location.exists()
    shown = wizard.form.recoveryKeyLabel.text()
    assert recovery_key.parse_recovery_key(shown)  # a real, well-formed key
    assert wizard.form.passphraseEdit.text() == ""  # not kept in the widget
    assert not next_button.isEnabled()
    pdf = tmp_path / "key.pdf"
    modal_guard.expect("QFileDialog.getSaveFileName", (str(pdf), "PDF (*.pdf)"))
    wizard.form.savePdfButton.click()
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_mode & 0o077 == 0
    wizard.form.keptCheck.setChecked(True)
    next_button.click()
    group = shown.split("-")[wizard.check_group]
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    wizard.form.groupEdit.setText("ZZZZZ")
    assert not finish.isEnabled() and "not group" in wizard.form.checkMessageLabel.text()
    wizard.form.groupEdit.setText(group.lower().replace("0", "o").replace("1", "l"))  # read as the key is
    assert finish.isEnabled()
    created: list[Vault] = []
    wizard.vault_created.connect(created.append)
    finish.click()
    assert created and created[0].is_unlocked
    assert wizard.form.recoveryKeyLabel.text() == ""  # forgotten once the wizard is done
    created[0].lock()
    created[0].unlock_with_recovery_key(recovery_key.parse_recovery_key(shown))
    created[0].close()


def test_cancel_before_the_key_is_kept_deletes_the_new_vault(qtbot: Any, tmp_path: Path, fast_kdf: object) -> None:
    location = tmp_path / "vault.hmv"
    wizard = CreateVaultWizard(location)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.form.nameEdit.setText("Claire D.")
    wizard.next()
    wizard.form.passphraseEdit.setText(PASSPHRASE)
    wizard.form.confirmEdit.setText(PASSPHRASE)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.form.recoveryPage, timeout=10_000)
    assert location.exists()
    assert "deletes the new vault" in wizard.button(QWizard.WizardButton.CancelButton).toolTip()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and wizard.vault is None
    assert list(tmp_path.iterdir()) == []  # the file, its WAL and its lock file
    assert wizard.form.recoveryKeyLabel.text() == ""
