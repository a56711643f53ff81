"""The journal entry dialog when the vault locks while its file dialog is open."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from hospital_mediation.gui.journal_entry_dialog import JournalEntryDialog
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.store import Vault
from tests.gui.test_session import when_a_modal_dialog_opens

_REAL_OPEN_FILE_NAMES = inspect.getattr_static(QFileDialog, "getOpenFileNames")


@pytest.fixture
def session(demo_vault: Vault) -> Iterator[VaultSession]:
    session = VaultSession(demo_vault)
    yield session
    session.close()


def test_ctrl_l_in_the_file_dialog_closes_it_and_the_entry(qtbot: Any, session: VaultSession,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = JournalEntryDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.form.textEdit.setPlainText("Insulted in front of the patients.")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", _REAL_OPEN_FILE_NAMES)  # Qt's own, offscreen too
    files_dialogs: list[object] = []

    def lock(file_dialog: Any) -> None:
        files_dialogs.append(file_dialog)
        qtbot.keyClick(file_dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    watch = when_a_modal_dialog_opens(lock)
    dialog.form.addFilesButton.click()
    watch.stop()
    assert len(files_dialogs) == 1 and files_dialogs[0] is not dialog  # the file dialog, over the entry
    assert not session.vault.is_unlocked
    assert not dialog.isVisible() and dialog.result() == 0  # the entry closed too, not recorded
    assert QApplication.activeModalWidget() is None and dialog.files() == []
