"""The attachments of one case: name, size, when it was added and the SHA-256 recorded at import."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase

from hospital_mediation.domain.model import AttachmentInfo
from hospital_mediation.gui.labels import human_size, local_date_time
from hospital_mediation.gui.models.base import Index, RowTableModel


class AttachmentColumn(IntEnum):
    FILE_NAME = 0
    SIZE = 1
    ADDED_AT = 2
    SHA256 = 3
    DESCRIPTION = 4


ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_HEADERS: dict[AttachmentColumn, Any] = {  # QT_TRANSLATE_NOOP marks them for lupdate; it returns its text
    AttachmentColumn.FILE_NAME: QT_TRANSLATE_NOOP("AttachmentTableModel", "File"),
    AttachmentColumn.SIZE: QT_TRANSLATE_NOOP("AttachmentTableModel", "Size"),
    AttachmentColumn.ADDED_AT: QT_TRANSLATE_NOOP("AttachmentTableModel", "Added"),
    AttachmentColumn.SHA256: QT_TRANSLATE_NOOP("AttachmentTableModel", "SHA-256"),
    AttachmentColumn.DESCRIPTION: QT_TRANSLATE_NOOP("AttachmentTableModel", "Description"),
}


@dataclass(slots=True)
class AttachmentRow:
    info: AttachmentInfo
    cells: tuple[str, ...]


class AttachmentTableModel(RowTableModel[AttachmentRow]):
    """Rows are :class:`AttachmentRow`, oldest first."""

    COLUMNS = AttachmentColumn
    HEADERS = _HEADERS
    CONTEXT = "AttachmentTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._by_id: dict[uuid.UUID, int] = {}
        self._monospace = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

    @staticmethod
    def _row(info: AttachmentInfo) -> AttachmentRow:
        return AttachmentRow(info, (info.filename, human_size(info.size), local_date_time(info.added_at),
                                    info.sha256, info.description))

    def set_attachments(self, attachments: list[AttachmentInfo]) -> None:
        self._reset_rows([self._row(info) for info in attachments])

    def _index_rows(self) -> None:
        self._by_id = {row.info.id: n for n, row in enumerate(self.rows)}

    def add(self, info: AttachmentInfo) -> None:
        """Show an attachment that was just added (or refresh it if already shown)."""
        position = self._by_id.get(info.id)
        if position is not None:
            self.rows[position] = self._row(info)
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(AttachmentColumn) - 1))
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self._by_id[info.id] = len(self.rows)
        self.rows.append(self._row(info))
        self.endInsertRows()

    def row_of(self, attachment_id: uuid.UUID) -> int | None:
        return self._by_id.get(attachment_id)

    def attachment(self, attachment_id: uuid.UUID) -> AttachmentInfo | None:
        position = self._by_id.get(attachment_id)
        return self.rows[position].info if position is not None else None

    # --- Qt's interface ------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = AttachmentColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[column]
        if role == ATTACHMENT_ID_ROLE:
            return row.info.id
        if role == SORT_ROLE:
            if column == AttachmentColumn.SIZE:
                return float(row.info.size)  # a C++ int would overflow past 2 GiB
            if column == AttachmentColumn.ADDED_AT:
                return row.info.added_at.timestamp()
            return row.cells[column].casefold()
        if column == AttachmentColumn.SHA256:
            if role == Qt.ItemDataRole.FontRole:
                return self._monospace
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.info.sha256
        if column == AttachmentColumn.SIZE and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
