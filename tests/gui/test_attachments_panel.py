"""The attachments panel: adding (dialog, drag and drop), refusals, previews in memory, export, the model."""

from __future__ import annotations

import hashlib
import inspect
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressBar

from hospital_mediation.gui import attachment_preview
from hospital_mediation.gui.attachments_panel import AttachmentsPanel
from hospital_mediation.gui.models.attachment_table_model import AttachmentColumn, AttachmentTableModel
from hospital_mediation.gui.session import VaultSession
from tests.gui.conftest import ModalGuard, wait_for_tasks
from tests.gui.test_accessibility import unnamed
from tests.gui.test_session import when_a_modal_dialog_opens

MIB = 1024 * 1024


def make_panel(qtbot: Any, session: VaultSession, case_id: uuid.UUID, max_size: int = 64 * MIB) -> AttachmentsPanel:
    panel = AttachmentsPanel(session, case_id, max_size)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    wait_for_tasks(qtbot)
    return panel


def png_bytes(width: int = 40, height: int = 30) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def pdf_bytes() -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.drawText(200, 200, "Attestation")
    painter.end()
    return bytes(buffer.data().data())


def add_via_dialog(qtbot: Any, panel: AttachmentsPanel, modal_guard: ModalGuard, *paths: Path) -> None:
    modal_guard.expect("QFileDialog.getOpenFileNames", ([str(p) for p in paths], ""))
    panel.form.addButton.click()
    wait_for_tasks(qtbot)


def test_add_file_shows_progress_then_the_right_sha256(qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                                        modal_guard: ModalGuard, tmp_path: Path) -> None:
    panel = make_panel(qtbot, session, case_id)
    content = bytes(range(256)) * (12 * 4096)  # 12 MiB: many progress steps
    source = tmp_path / "capture écran.bin"
    source.write_bytes(content)
    modal_guard.expect("QFileDialog.getOpenFileNames", ([str(source)], ""))
    values: list[int] = []
    with qtbot.waitSignal(panel.attachments_changed, timeout=30_000):
        panel.form.addButton.click()
        bars = panel.form.importsArea.findChildren(QProgressBar)
        assert len(bars) == 1 and panel.running_tasks() == 1
        assert "capture écran.bin" in bars[0].accessibleName()
        bars[0].valueChanged.connect(values.append)
    wait_for_tasks(qtbot)
    assert values and values[-1] == 1000 and values == sorted(values)
    assert panel.running_tasks() == 0
    qtbot.waitUntil(lambda: not panel.form.importsArea.findChildren(QProgressBar))
    assert panel.model.rowCount() == 1
    expected = hashlib.sha256(content).hexdigest()
    assert panel.model.index(0, AttachmentColumn.SHA256).data() == expected
    assert panel.model.index(0, AttachmentColumn.FILE_NAME).data() == "capture écran.bin"
    assert expected in panel.form.messageLabel.text()
    panel.select(panel.model.rows[0].info.id)
    assert panel.form.shaEdit.text() == expected
    panel.form.copyShaButton.click()
    assert QApplication.clipboard().text() == expected
    session.clear_clipboard()
    # Stored in the vault, not just shown.
    assert [a.sha256 for a in session.vault.attachments.list(case_id)] == [expected]
    assert unnamed(panel) == []


def test_drop_local_files_adds_them(qtbot: Any, session: VaultSession, case_id: uuid.UUID, tmp_path: Path) -> None:
    panel = make_panel(qtbot, session, case_id)
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for n, path in enumerate(files):
        path.write_text(f"note {n}")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files] + [QUrl("https://example.org/x.png")])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    assert drop.isAccepted()
    wait_for_tasks(qtbot)
    assert sorted(panel.model.index(r, AttachmentColumn.FILE_NAME).data() for r in range(2)) == ["a.txt", "b.txt"]
    web_only = QMimeData()
    web_only.setUrls([QUrl("https://example.org/x.png")])
    refused = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, web_only, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, refused)
    assert not refused.isAccepted()


def test_too_large_file_is_refused_before_reading(qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                                  modal_guard: ModalGuard, tmp_path: Path) -> None:
    panel = make_panel(qtbot, session, case_id, max_size=1000)
    big, small = tmp_path / "video.mp4", tmp_path / "small.txt"
    big.write_bytes(b"\0" * 1001)
    small.write_text("ok")
    modal_guard.expect("QFileDialog.getOpenFileNames", ([str(big), str(small)], ""))
    panel.form.addButton.click()
    assert panel.running_tasks() == 1  # only the small one started
    message = panel.form.messageLabel.text()
    assert "video.mp4 is larger than the attachment size limit" in message
    wait_for_tasks(qtbot)
    assert [a.filename for a in session.vault.attachments.list(case_id)] == ["small.txt"]


def test_preview_png_pdf_and_text_in_memory(qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                           modal_guard: ModalGuard, tmp_path: Path) -> None:
    panel = make_panel(qtbot, session, case_id)
    (tmp_path / "photo.png").write_bytes(png_bytes(40, 30))
    (tmp_path / "certificat.pdf").write_bytes(pdf_bytes())
    (tmp_path / "notes.txt").write_bytes("Réunion du 3 mars\nrien à signaler".encode())
    (tmp_path / "archive.zip").write_bytes(b"PK\3\4 not really")
    add_via_dialog(qtbot, panel, modal_guard, *(tmp_path / n for n in
                                                ("photo.png", "certificat.pdf", "notes.txt", "archive.zip")))
    ids = {row.info.filename: row.info.id for row in panel.model.rows}
    form = panel.form

    with qtbot.waitSignal(panel.preview.preview_shown, timeout=10_000) as shown:
        panel.select(ids["photo.png"])
    assert shown.args == ["image"] and form.previewStack.currentWidget() is form.imagePage
    assert form.imageLabel.pixmap().size().toTuple() == (40, 30)

    with qtbot.waitSignal(panel.preview.preview_shown, timeout=10_000) as shown:
        panel.select(ids["certificat.pdf"])
    assert shown.args == ["pdf"] and form.previewStack.currentWidget() is form.pdfPage
    assert panel.preview.document.pageCount() == 1

    with qtbot.waitSignal(panel.preview.preview_shown, timeout=10_000) as shown:
        panel.select(ids["notes.txt"])
    assert shown.args == ["text"] and form.previewStack.currentWidget() is form.textPage
    assert form.previewText.toPlainText() == "Réunion du 3 mars\nrien à signaler"
    assert panel.preview.document.pageCount() == 0  # the PDF's plaintext was dropped

    with qtbot.waitSignal(panel.preview.preview_shown, timeout=10_000) as shown:
        panel.select(ids["archive.zip"])
    assert shown.args == ["none"] and "No preview" in form.previewMessageLabel.text()
    assert form.previewText.toPlainText() == ""
    wait_for_tasks(qtbot)


def test_large_files_are_not_decrypted_for_preview(qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                                   modal_guard: ModalGuard, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    panel = make_panel(qtbot, session, case_id)
    (tmp_path / "scan.png").write_bytes(png_bytes())
    add_via_dialog(qtbot, panel, modal_guard, tmp_path / "scan.png")
    monkeypatch.setattr(attachment_preview, "PREVIEW_MAX_BYTES", 100)
    calls: list[Any] = []
    monkeypatch.setattr(attachment_preview, "decrypt_for_preview", lambda *a, **k: calls.append(a) or b"")
    with qtbot.waitSignal(panel.preview.preview_shown) as shown:
        panel.select(panel.model.rows[0].info.id)
    assert shown.args == ["none"] and "larger than" in panel.form.previewMessageLabel.text()
    wait_for_tasks(qtbot)
    assert calls == []


def test_text_preview_decodes_latin1_and_stops_at_one_mib(qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                                          modal_guard: ModalGuard, tmp_path: Path) -> None:
    panel = make_panel(qtbot, session, case_id)
    (tmp_path / "ancien.txt").write_bytes("Compte rendu : très bien".encode("latin-1"))
    (tmp_path / "long.log").write_bytes(b"x" * (MIB + 10))
    add_via_dialog(qtbot, panel, modal_guard, tmp_path / "ancien.txt", tmp_path / "long.log")
    ids = {row.info.filename: row.info.id for row in panel.model.rows}
    with qtbot.waitSignal(panel.preview.preview_shown, timeout=10_000):
        panel.select(ids["ancien.txt"])
    assert panel.form.previewText.toPlainText() == "Compte rendu : très bien"
    with qtbot.waitSignal(panel.preview.preview_shown, timeout=10_000):
        panel.select(ids["long.log"])
    body, _, note = panel.form.previewText.toPlainText().partition("\n\n")
    assert body.replace("\n", "") == "x" * MIB and "Only the first" in note  # long lines broken: Qt is slow


def test_export_writes_the_file(qtbot: Any, session: VaultSession, case_id: uuid.UUID, modal_guard: ModalGuard,
                                tmp_path: Path) -> None:
    panel = make_panel(qtbot, session, case_id)
    source = tmp_path / "lettre.pdf"
    source.write_bytes(pdf_bytes())
    add_via_dialog(qtbot, panel, modal_guard, source)
    panel.select(panel.model.rows[0].info.id)
    destination = tmp_path / "out" / "copie.pdf"
    destination.parent.mkdir()
    modal_guard.expect("QFileDialog.getSaveFileName", (str(destination), ""))
    panel.form.exportButton.click()
    wait_for_tasks(qtbot)
    assert destination.read_bytes() == source.read_bytes()
    assert "NOT encrypted" in panel.form.messageLabel.text()
    # Exporting again over it is refused with a clear message; the first copy stays.
    modal_guard.expect("QFileDialog.getSaveFileName", (str(destination), ""))
    panel.form.exportButton.click()
    wait_for_tasks(qtbot)
    assert "already exists" in panel.form.messageLabel.text()
    assert destination.read_bytes() == source.read_bytes()


def photo_selected(qtbot: Any, session: VaultSession, case_id: uuid.UUID, modal_guard: ModalGuard, tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch) -> tuple[AttachmentsPanel, list[QUrl]]:
    """A panel with a photo added and selected; what "open with" would hand to the desktop is listed."""
    opened: list[QUrl] = []
    monkeypatch.setattr("hospital_mediation.gui.external_open.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    panel = make_panel(qtbot, session, case_id)
    (tmp_path / "photo.png").write_bytes(png_bytes())
    add_via_dialog(qtbot, panel, modal_guard, tmp_path / "photo.png")
    panel.select(panel.model.rows[0].info.id)
    return panel, opened


def test_open_with_another_program_is_warned_first(qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                                   modal_guard: ModalGuard, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    panel, opened = photo_selected(qtbot, session, case_id, modal_guard, tmp_path, monkeypatch)
    wait_for_tasks(qtbot)
    modal_guard.expect("QMessageBox.warning", QMessageBox.StandardButton.Cancel)
    panel.form.openExternallyButton.click()
    wait_for_tasks(qtbot)
    assert opened == [] and panel.opener.copies == []
    modal_guard.expect("QMessageBox.warning", QMessageBox.StandardButton.Open)
    with qtbot.waitSignal(panel.opener.opened, timeout=10_000):
        panel.form.openExternallyButton.click()
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == (tmp_path / "photo.png").read_bytes()
    assert "opened with another program" in panel.form.messageLabel.text()
    session.lock()
    assert not copy.exists() and not copy.parent.exists()
    assert panel.model.rowCount() == 0 and panel.form.shaEdit.text() == ""


def test_model_passes_qt_model_tester(qtmodeltester: Any, qtbot: Any, session: VaultSession, case_id: uuid.UUID,
                                      tmp_path: Path) -> None:
    for n in range(3):
        session.vault.attachments.add_file(case_id, _write(tmp_path / f"f{n}.txt", b"x" * (n + 1) * 1000))
    model = AttachmentTableModel()
    model.set_attachments(session.vault.attachments.list(case_id))
    qtmodeltester.check(model)
    assert model.index(2, AttachmentColumn.SIZE).data() != "3000"  # human-readable, in the locale
    model.clear()
    assert model.rowCount() == 0


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_closing_the_panel_while_a_file_is_encrypted_is_quiet(qtbot: Any, session: VaultSession,
                                                              case_id: uuid.UUID, tmp_path: Path) -> None:
    """A case window is deleted when closed; the import goes on and its progress has nobody to tell."""
    import shiboken6

    big = tmp_path / "scan.bin"
    big.write_bytes(b"\x5a" * (24 * MIB))
    panel = AttachmentsPanel(session, case_id, 64 * MIB)
    wait_for_tasks(qtbot)
    assert panel.add_files([big]) == 1
    progressed: list[int] = []
    task = next(iter(panel._running))
    task.progressed.connect(lambda done, _total: progressed.append(done))
    shiboken6.delete(panel)  # as WA_DeleteOnClose does, while the worker runs
    wait_for_tasks(qtbot)  # a slot on a deleted progress bar would raise here (pytest-qt fails the test)
    assert progressed and progressed[-1] == 24 * MIB
    assert [info.filename for info in session.vault.attachments.list(case_id)] == ["scan.bin"]


# --- the vault locks while a dialog of the panel is open ------------------------------------------------

_REAL_WARNING = inspect.getattr_static(QMessageBox, "warning")
_REAL_OPEN_FILE_NAMES = inspect.getattr_static(QFileDialog, "getOpenFileNames")
_REAL_SAVE_FILE_NAME = inspect.getattr_static(QFileDialog, "getSaveFileName")


def test_ctrl_l_in_the_warning_before_opening_locks_and_opens_nothing(
        qtbot: Any, session: VaultSession, case_id: uuid.UUID, modal_guard: ModalGuard, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel, opened = photo_selected(qtbot, session, case_id, modal_guard, tmp_path, monkeypatch)
    monkeypatch.setattr(QMessageBox, "warning", _REAL_WARNING)  # the real dialog, with the file's name
    watch = when_a_modal_dialog_opens(
        lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))
    panel.form.openExternallyButton.click()
    watch.stop()
    wait_for_tasks(qtbot)
    assert not session.vault.is_unlocked and QApplication.activeModalWidget() is None
    assert opened == [] and panel.opener.copies == [] and panel.findChildren(QProgressBar, "") == []
    assert panel.model.rowCount() == 0


def test_hide_now_in_the_file_dialog_of_add_files_adds_nothing(
        qtbot: Any, session: VaultSession, case_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = make_panel(qtbot, session, case_id)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", _REAL_OPEN_FILE_NAMES)  # Qt's own, offscreen too
    watch = when_a_modal_dialog_opens(lambda dialog: qtbot.keyClick(
        dialog, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    panel.form.addButton.click()
    watch.stop()
    wait_for_tasks(qtbot)
    assert not session.vault.is_unlocked and not panel.isVisible()
    assert QApplication.activeModalWidget() is None and panel.running_tasks() == 0


def test_ctrl_l_in_the_file_dialog_of_export_exports_nothing(
        qtbot: Any, session: VaultSession, case_id: uuid.UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session.vault.attachments.add_file(case_id, _write(tmp_path / "note.txt", b"x"))
    panel = make_panel(qtbot, session, case_id)
    panel.select(panel.model.rows[0].info.id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _REAL_SAVE_FILE_NAME)
    watch = when_a_modal_dialog_opens(
        lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))
    panel.form.exportButton.click()
    watch.stop()
    wait_for_tasks(qtbot)
    assert not session.vault.is_unlocked and QApplication.activeModalWidget() is None
    assert panel.running_tasks() == 0 and panel.form.messageLabel.text() == ""


def test_file_dialogs_are_qt_s_own(qtbot: Any, session: VaultSession, case_id: uuid.UUID, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The desktop's own dialog would add the chosen files to its recently used list."""
    options: list[object] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: options.append(kwargs.get("options")) or ([], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: options.append(kwargs.get("options")) or ("", "")))
    panel = make_panel(qtbot, session, case_id)
    session.vault.attachments.add_file(case_id, _write(tmp_path / "note.txt", b"x"))
    panel.refresh()
    wait_for_tasks(qtbot)
    panel.select(panel.model.rows[0].info.id)
    panel.form.addButton.click()
    panel.form.exportButton.click()
    assert options == [QFileDialog.Option.DontUseNativeDialog] * 2


def test_opening_with_another_program_shows_the_decryption_s_progress(
        qtbot: Any, session: VaultSession, case_id: uuid.UUID, modal_guard: ModalGuard, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hospital_mediation.gui.external_open.QDesktopServices.openUrl", lambda url: True)
    panel = make_panel(qtbot, session, case_id)
    big = _write(tmp_path / "scan.bin", b"\x5a" * (12 * MIB))
    add_via_dialog(qtbot, panel, modal_guard, big)
    panel.select(panel.model.rows[0].info.id)
    modal_guard.expect("QMessageBox.warning", QMessageBox.StandardButton.Open)
    values: list[int] = []
    with qtbot.waitSignal(panel.opener.opened, timeout=20_000):
        panel.form.openExternallyButton.click()
        [bar] = [bar for bar in panel.form.importsArea.findChildren(QProgressBar)
                 if bar.accessibleName() == "Decrypting scan.bin to a temporary file…"]
        bar.valueChanged.connect(values.append)
    wait_for_tasks(qtbot)
    assert values and values[-1] == 1000 and values == sorted(values)
    qtbot.waitUntil(lambda: not panel.form.importsArea.findChildren(QProgressBar))
    assert "opened with another program" in panel.form.messageLabel.text()
    session.lock()
