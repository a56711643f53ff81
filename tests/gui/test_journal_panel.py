"""The evidence journal of a case: entries dated by the user, timed and sealed by the store, edits as
new versions that leave the earlier ones visible, files attached, nothing typed lost on failure."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from hospital_mediation.domain.model import NewJournalEntry
from hospital_mediation.gui.journal_entry_dialog import JournalEntryDialog
from hospital_mediation.gui.journal_panel import JournalPanel
from hospital_mediation.gui.labels import local_date, local_date_time
from hospital_mediation.gui.models.journal_table_model import (
    ENTRY_ID_ROLE,
    SUPERSEDED_ROLE,
    JournalColumn,
    JournalTableModel,
)
from hospital_mediation.gui.session import VaultSession
from tests.gui.conftest import ModalGuard, wait_for_tasks


def make_panel(qtbot: Any, session: VaultSession, case_id: uuid.UUID) -> JournalPanel:
    panel = JournalPanel(session, case_id)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    wait_for_tasks(qtbot)
    return panel


def open_dialog(panel: JournalPanel, edit: bool = False) -> JournalEntryDialog:
    (panel.form.editEntryButton if edit else panel.form.newEntryButton).click()
    dialog = panel.entry_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def ok_button(dialog: JournalEntryDialog) -> Any:
    return dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def record(qtbot: Any, panel: JournalPanel, dialog: JournalEntryDialog) -> None:
    with qtbot.waitSignal(panel.journal_changed, timeout=20_000):
        ok_button(dialog).click()
    wait_for_tasks(qtbot)


def test_new_entry_with_an_event_date(qtbot: Any, session: VaultSession, case_id: uuid.UUID) -> None:
    panel = make_panel(qtbot, session, case_id)
    assert panel.model.rowCount() == 0
    dialog = open_dialog(panel)
    assert not ok_button(dialog).isEnabled()  # nothing written yet
    dialog.form.eventDateEdit.setDate(QDate(2026, 11, 18))
    dialog.form.textEdit.setPlainText("Remarque devant l'équipe pendant les transmissions.\nDeux témoins.")
    record(qtbot, panel, dialog)
    assert panel.entry_dialog is None
    (stored,) = session.vault.journal.list(case_id)
    assert stored.event_on == date(2026, 11, 18) and stored.audit_seq is not None
    model = panel.model
    assert model.rowCount() == 1
    cell = lambda column: model.index(0, column).data()  # noqa: E731
    assert cell(JournalColumn.EVENT_DATE) == local_date(date(2026, 11, 18))
    assert cell(JournalColumn.RECORDED_AT) == local_date_time(stored.recorded_at)  # the store's time
    assert cell(JournalColumn.TEXT) == "Remarque devant l'équipe pendant les transmissions."
    assert cell(JournalColumn.SEAL) == f"Sealed in audit entry {stored.audit_seq}"
    assert not model.flags(model.index(0, JournalColumn.RECORDED_AT)) & Qt.ItemFlag.ItemIsEditable
    # Selected at once; the details show the full text and say the recorded time cannot be changed.
    assert panel.selected_entry() == stored
    assert panel.form.textView.toPlainText().endswith("Deux témoins.")
    details = panel.form.detailsLabel.text()
    assert "cannot be changed" in details and f"audit entry {stored.audit_seq}" in details
    assert str(stored.audit_seq) in panel.form.messageLabel.text()


def test_edit_records_a_new_version_and_keeps_the_first(qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                                        tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"jpeg")
    photo = session.vault.attachments.add_file(case_id, tmp_path / "photo.jpg")
    session.vault.journal.add(case_id, NewJournalEntry("Première version", date(2026, 11, 2), [photo.id]))
    panel = make_panel(qtbot, session, case_id)
    first_id = panel.model.rows[0].entry.id
    panel.select(first_id)
    dialog = open_dialog(panel, edit=True)
    assert dialog.form.textEdit.toPlainText() == "Première version"
    assert dialog.form.eventDateEdit.date() == QDate(2026, 11, 2)
    assert dialog.stored() == [photo] and dialog.files() == []
    dialog.form.textEdit.setPlainText("Version corrigée : c'était le 3 novembre")
    dialog.form.eventDateEdit.setDate(QDate(2026, 11, 3))
    record(qtbot, panel, dialog)
    stored = session.vault.journal.list(case_id)
    assert len(stored) == 2 and stored[1].supersedes == first_id and stored[0].text == "Première version"
    assert stored[1].attachment_ids == [photo.id]  # the new version keeps the files
    model = panel.model
    first, second = model.row_of(first_id), model.row_of(stored[1].id)
    assert first is not None and second is not None
    assert model.index(first, 0).data(SUPERSEDED_ROLE) is True
    assert model.index(first, JournalColumn.VERSION).data() == "Superseded (version 1)"
    assert model.index(second, 0).data(SUPERSEDED_ROLE) is False
    assert model.index(second, JournalColumn.VERSION).data() == "Version 2"
    assert panel.proxy.rowCount() == 2  # both visible
    # The new version is selected; its history lists both, the original first.
    assert panel.selected_entry() == stored[1]
    history = panel.history_model
    assert [history.index(r, 0).data(ENTRY_ID_ROLE) for r in range(history.rowCount())] == [first_id, stored[1].id]
    # Reading the old version says it was superseded; editing it writes a version of the current one.
    panel.select(first_id)
    assert "Superseded by the version recorded on" in panel.form.detailsLabel.text()
    assert panel.form.textView.toPlainText() == "Première version"
    dialog = open_dialog(panel, edit=True)
    assert dialog.previous == stored[1]
    dialog.reject()


def test_unknown_date_and_attached_files(qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                         modal_guard: ModalGuard, tmp_path: Path) -> None:
    panel = make_panel(qtbot, session, case_id)
    capture = tmp_path / "capture.png"
    capture.write_bytes(b"\x89PNG fake image bytes")
    dialog = open_dialog(panel)
    dialog.form.dateUnknownCheck.setChecked(True)
    assert not dialog.form.eventDateEdit.isEnabled()
    dialog.form.textEdit.setPlainText("Message reçu sur mon téléphone personnel")
    modal_guard.expect("QFileDialog.getOpenFileNames", ([str(capture)], ""))
    dialog.form.addFilesButton.click()
    assert dialog.files() == [capture]
    record(qtbot, panel, dialog)
    (entry,) = session.vault.journal.list(case_id)
    (attachment,) = session.vault.attachments.list(case_id)
    assert entry.event_on is None and entry.attachment_ids == [attachment.id]
    assert panel.model.index(0, JournalColumn.EVENT_DATE).data() == "Unknown"
    files = panel.form.filesLabel.text()
    assert "capture.png" in files and hashlib.sha256(capture.read_bytes()).hexdigest() in files


def test_too_large_files_are_refused_in_the_dialog(qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                                   tmp_path: Path) -> None:
    panel = make_panel(qtbot, session, case_id)
    panel.max_size_bytes = 10
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * 11)
    dialog = open_dialog(panel)
    dialog.add_files([big])
    assert dialog.files() == []
    assert "larger than the attachment size limit" in dialog.form.messageLabel.text()
    dialog.reject()


def test_a_failed_file_keeps_everything_typed(qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                              tmp_path: Path) -> None:
    panel = make_panel(qtbot, session, case_id)
    kept, vanishing = tmp_path / "lettre.pdf", tmp_path / "vanishing.txt"
    kept.write_bytes(b"%PDF-1.4 letter")
    vanishing.write_text("soon gone")
    dialog = open_dialog(panel)
    dialog.form.eventDateEdit.setDate(QDate(2026, 10, 1))
    dialog.form.textEdit.setPlainText("Entretien avec la cadre")
    dialog.add_files([kept, vanishing])
    vanishing.unlink()  # deleted between choosing it and recording
    ok_button(dialog).click()
    wait_for_tasks(qtbot)
    assert "was not recorded" in panel.form.messageLabel.text() and "vanishing.txt" in panel.form.messageLabel.text()
    assert session.vault.journal.list(case_id) == []
    retry = panel.entry_dialog
    assert retry is not None and retry is not dialog and retry.isVisible()
    assert retry.form.textEdit.toPlainText() == "Entretien avec la cadre"
    assert retry.event_on() == date(2026, 10, 1)
    assert [info.filename for info in retry.stored()] == ["lettre.pdf"] and retry.files() == [vanishing]
    retry.form.filesView.selectionModel().select(retry.form.filesView.model().index(1, 0),
                                                 retry.form.filesView.selectionModel().SelectionFlag.Select)
    retry.form.removeFilesButton.click()
    assert retry.files() == []
    record(qtbot, panel, retry)
    (entry,) = session.vault.journal.list(case_id)
    (attachment,) = session.vault.attachments.list(case_id)  # stored once, not twice
    assert entry.attachment_ids == [attachment.id] and attachment.filename == "lettre.pdf"


def test_lock_forgets_everything(qtbot: Any, session: VaultSession, case_id: uuid.UUID) -> None:
    session.vault.journal.add(case_id, NewJournalEntry("Secret", date(2026, 11, 2)))
    panel = make_panel(qtbot, session, case_id)
    panel.select(panel.model.rows[0].entry.id)
    dialog = open_dialog(panel)
    dialog.form.textEdit.setPlainText("en cours")
    session.lock()
    assert panel.model.rowCount() == 0 and panel.history_model.rowCount() == 0
    assert panel.form.textView.toPlainText() == "" and not dialog.isVisible()
    assert not panel.form.newEntryButton.isEnabled()


def test_model_passes_qt_model_tester(qtmodeltester: Any, session: VaultSession, case_id: uuid.UUID) -> None:
    journal = session.vault.journal
    first = journal.add(case_id, NewJournalEntry("Un", date(2026, 11, 2)))
    journal.add(case_id, NewJournalEntry("Deux", None))
    journal.add(case_id, NewJournalEntry("Un, corrigé", date(2026, 11, 3), supersedes=first.id))
    model = JournalTableModel()
    model.set_entries(journal.list(case_id))
    qtmodeltester.check(model)
    assert [row.version for row in model.rows] == [1, 1, 2]
    assert [e.text for e in model.history(first.id)] == ["Un", "Un, corrigé"]
    model.clear()
    assert model.rowCount() == 0
