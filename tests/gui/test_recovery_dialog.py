"""Lost passphrase: the recovery key and a new passphrase, the group of a typo named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hospital_mediation.crypto import recovery_key
from hospital_mediation.gui.recovery_dialog import RecoveryDialog
from hospital_mediation.store import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_tasks

NEW = "une toute nouvelle phrase de passe"  # noqa: S105


def test_recover_with_the_key(qtbot: Any, tmp_path: Path, fast_kdf: object) -> None:
    vault, key = Vault.create(tmp_path / "v.hmv", PASSPHRASE, "Claire")
    vault.close()
    text = recovery_key.format_recovery_key(key)
    with Vault.open(tmp_path / "v.hmv") as locked:
        dialog = RecoveryDialog(locked)
        qtbot.addWidget(dialog)
        ok = dialog._ok
        groups = text.split("-")
        groups[2] = ("0" if groups[2][0] != "0" else "1") + groups[2][1:]
        dialog.form.keyEdit.setText("-".join(groups))
        assert "Group 3" in dialog.form.messageLabel.text()
        dialog.form.keyEdit.setText(text.lower().replace("-", " "))
        assert dialog.form.messageLabel.text() == ""
        assert not ok.isEnabled()  # no new passphrase yet
        dialog.form.passphraseEdit.setText(NEW)
        dialog.form.confirmEdit.setText(NEW)
        assert ok.isEnabled()
        with qtbot.waitSignal(dialog.recovered, timeout=20_000):
            ok.click()
        wait_for_tasks(qtbot)
        assert locked.is_unlocked
    with Vault.open(tmp_path / "v.hmv") as again:
        again.unlock(NEW)


def test_wrong_key_is_said_plainly(qtbot: Any, tmp_path: Path, fast_kdf: object) -> None:
    vault, _ = Vault.create(tmp_path / "v.hmv", PASSPHRASE, "Claire")
    vault.close()
    with Vault.open(tmp_path / "v.hmv") as locked:
        dialog = RecoveryDialog(locked)
        qtbot.addWidget(dialog)
        dialog.form.keyEdit.setText(recovery_key.format_recovery_key(recovery_key.generate()))
        dialog.form.passphraseEdit.setText(NEW)
        dialog.form.confirmEdit.setText(NEW)
        dialog._ok.click()
        wait_for_tasks(qtbot)
        assert "does not open the vault" in dialog.form.messageLabel.text()
        assert not locked.is_unlocked
        assert dialog._ok.isEnabled()  # try again
