"""Previews of attachments, decrypted in the background into memory only: images, PDFs (QtPdf), text.

Nothing is written to disk: the plaintext lives in a ``bytes`` object, a QImage, or a QBuffer
read by QPdfDocument, and is dropped when another file is selected or the session locks.
"""

from __future__ import annotations

import codecs
import io
import mimetypes
import uuid
from enum import Enum
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView

from hospital_mediation.domain.model import AttachmentInfo
from hospital_mediation.gui import messages
from hospital_mediation.gui.labels import human_size
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.workers import Task, run_in_background
from hospital_mediation.progress import Progress
from hospital_mediation.store import Vault

PREVIEW_MAX_BYTES = 50 * 1024 * 1024
TEXT_PREVIEW_BYTES = 1024 * 1024
LONG_LINE = 1000
_TEXT_TYPES = {"application/json", "application/xml", "application/x-yaml", "application/yaml", "message/rfc822"}
_TEXT_SUFFIXES = {".txt", ".log", ".md", ".csv", ".tsv", ".json", ".xml", ".yaml", ".yml", ".eml", ".ini"}


class PreviewKind(Enum):
    IMAGE = "image"
    PDF = "pdf"
    TEXT = "text"
    NONE = "none"


def preview_kind(info: AttachmentInfo) -> PreviewKind:
    """What the preview can show for this file, from its media type (or, failing that, its name)."""
    media_type = info.media_type
    if media_type in ("", "application/octet-stream"):
        media_type = mimetypes.guess_type(info.filename)[0] or media_type
    if media_type == "application/pdf":
        return PreviewKind.PDF
    if media_type.startswith("image/"):
        readable = {bytes(t.data()).decode() for t in QImageReader.supportedMimeTypes()}
        return PreviewKind.IMAGE if media_type in readable else PreviewKind.NONE
    if media_type.startswith("text/") or media_type in _TEXT_TYPES \
            or PurePath(info.filename).suffix.lower() in _TEXT_SUFFIXES:
        return PreviewKind.TEXT
    return PreviewKind.NONE


class _Head:
    """A sink keeping the first ``limit`` bytes (the rest is decrypted and checked, then dropped)."""

    def __init__(self, limit: int | None) -> None:
        self.buffer = io.BytesIO()
        self._limit = limit

    def write(self, data: bytes) -> int:
        room = len(data) if self._limit is None else max(0, self._limit - self.buffer.tell())
        self.buffer.write(data[:room])
        return len(data)


def decrypt_for_preview(vault: Vault, attachment_id: uuid.UUID, limit: int | None = None,
                        progress: Progress | None = None) -> bytes:
    """The plaintext (its first ``limit`` bytes), in memory; the whole file's SHA-256 is checked."""
    sink = _Head(limit)
    vault.attachments.export(attachment_id, sink, progress)  # type: ignore[arg-type]
    return sink.buffer.getvalue()


def decode_text(data: bytes) -> str:
    """UTF-8 (a character cut at the end of the preview is dropped), else Latin-1."""
    try:
        return codecs.getincrementaldecoder("utf-8-sig")(errors="strict").decode(data, final=False)
    except UnicodeDecodeError:
        return data.decode("latin-1")


def split_long_lines(text: str, width: int = LONG_LINE) -> str:
    """Break lines longer than ``width``: laying out one huge wrapped line takes Qt minutes."""
    if all(len(line) <= width for line in text.split("\n")):
        return text
    return "\n".join(line[start:start + width] for line in text.split("\n")
                     for start in range(0, max(len(line), 1), width))


class AttachmentPreview(QObject):
    """Drives the preview widgets of the attachments panel.

    Signals:
        preview_shown(str): the preview now shows this kind ("image", "pdf", "text" or "none").
    """

    preview_shown = Signal(str)

    def __init__(self, session: VaultSession, form: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.form = form
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._task: Task | None = None
        self._kind = PreviewKind.NONE
        self._truncated = False
        self._image: QImage | None = None  # the picture shown, scaled again when its room changes
        form.previewStack.installEventFilter(self)
        form.pdfView.setDocument(self.document)
        form.pdfView.setPageMode(QPdfView.PageMode.MultiPage)
        form.pdfView.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._message(self.tr("Select a file to preview it."))

    @property
    def kind(self) -> PreviewKind:
        return self._kind

    def show_attachment(self, info: AttachmentInfo | None) -> None:
        """Preview ``info`` (decrypted in the background), or say why it cannot be."""
        self.clear()
        if info is None:
            self._fail(self.tr("Select a file to preview it."))
            return
        kind = preview_kind(info)
        if kind is PreviewKind.NONE:
            self._fail(self.tr("No preview for this kind of file. Use “Open with another program…” or "
                                  "“Export…” to see it."))
            return
        if info.size > PREVIEW_MAX_BYTES:
            self._fail(self.tr("No preview: this file is larger than %1. Use “Open with another program…” "
                                  "or “Export…” to see it.").replace("%1", human_size(PREVIEW_MAX_BYTES)))
            return
        self._message(self.tr("Decrypting the preview…"), busy=True)
        limit = TEXT_PREVIEW_BYTES if kind is PreviewKind.TEXT else None
        self._truncated = kind is PreviewKind.TEXT and info.size > TEXT_PREVIEW_BYTES
        self._kind = kind
        self._task = run_in_background(decrypt_for_preview, self._session.vault, info.id, limit, progress=None)
        self._task.succeeded.connect(self._on_task_succeeded)
        self._task.failed.connect(self._on_task_failed)

    def clear(self) -> None:
        """Drop the plaintext shown (and any result still on its way)."""
        self._task = None
        self._kind = PreviewKind.NONE
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self._image = None
        self.form.imageLabel.clear()
        self.form.previewText.clear()
        self._message("")

    # --- results ---------------------------------------------------------------------------------

    def _on_task_succeeded(self, data: bytes) -> None:
        if self.sender() is not self._task or not self._session.vault.is_unlocked:
            return  # another file was selected, or the session locked, meanwhile
        self._task = None
        if self._kind is PreviewKind.IMAGE:
            self._show_image(data)
        elif self._kind is PreviewKind.PDF:
            self._show_pdf(data)
        else:
            self._show_text(data)

    def _on_task_failed(self, error: BaseException) -> None:
        if self.sender() is not self._task:
            return
        self._task = None
        self._fail(self.tr("The preview failed.") + " " + messages.describe(error))

    def _show_image(self, data: bytes) -> None:
        image = QImage()
        if not image.loadFromData(data):
            self._fail(self.tr("This image cannot be read (damaged, or a format this computer cannot show)."))
            return
        self._image = image
        self._fit_image()
        self.form.imageLabel.setToolTip(self.tr("%1 × %2 pixels").replace("%1", str(image.width()))
                                        .replace("%2", str(image.height())))
        self._show_page(self.form.imagePage)

    def _fit_image(self) -> None:
        """The picture at its size, or smaller to fit the preview's room (as it is now)."""
        if self._image is None:
            return
        room = self.form.previewStack.contentsRect().size().shrunkBy(QMargins(12, 12, 12, 12))
        pixmap = QPixmap.fromImage(self._image)
        if room.isValid() and (pixmap.width() > room.width() or pixmap.height() > room.height()):
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.form.imageLabel.setPixmap(pixmap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.form.previewStack and event.type() == QEvent.Type.Resize:
            self._fit_image()  # a window enlarged, a tab shown for the first time
        return False

    def _show_pdf(self, data: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if self.document.status() == QPdfDocument.Status.Error or self.document.pageCount() == 0:
            self.clear()
            self._fail(self.tr("This PDF cannot be shown here (damaged, or protected by a password)."))
            return
        self._show_page(self.form.pdfPage)

    def _show_text(self, data: bytes) -> None:
        text = split_long_lines(decode_text(data))
        if self._truncated:
            text += "\n\n" + self.tr("[Only the first %1 are shown.]").replace("%1", human_size(TEXT_PREVIEW_BYTES))
        self.form.previewText.setPlainText(text)
        self._show_page(self.form.textPage)

    # --- pages --------------------------------------------------------------------------------------

    def _show_page(self, page: Any) -> None:
        self.form.previewStack.setCurrentWidget(page)
        self.preview_shown.emit(self._kind.value)

    def _fail(self, text: str) -> None:
        self._kind = PreviewKind.NONE
        self._message(text)
        self.preview_shown.emit(PreviewKind.NONE.value)

    def _message(self, text: str, busy: bool = False) -> None:
        self.form.previewMessageLabel.setText(text)
        self.form.previewBusyBar.setVisible(busy)
        self.form.previewStack.setCurrentWidget(self.form.messagePage)
