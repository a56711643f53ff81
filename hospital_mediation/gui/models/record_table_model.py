"""The orientations, measures, notes and exchanges kept with a case, in the order they were recorded."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hospital_mediation.domain.model import CaseRecord
from hospital_mediation.gui.labels import label, local_date

Index = QModelIndex | QPersistentModelIndex


class RecordColumn(IntEnum):
    KIND = 0
    DATE = 1
    TITLE = 2
    TEXT = 3


RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

_HEADERS = {
    RecordColumn.KIND: QT_TRANSLATE_NOOP("RecordTableModel", "Kind"),
    RecordColumn.DATE: QT_TRANSLATE_NOOP("RecordTableModel", "Date"),
    RecordColumn.TITLE: QT_TRANSLATE_NOOP("RecordTableModel", "Title"),
    RecordColumn.TEXT: QT_TRANSLATE_NOOP("RecordTableModel", "Text"),
}
_SHOWN_TEXT = 160  # characters of the text shown in the table; the whole text is the tooltip


def _cells(record: CaseRecord) -> tuple[str, ...]:
    day = record.on or record.recorded_at.astimezone().date()
    text = " ".join(record.text.split())
    if len(text) > _SHOWN_TEXT:
        text = text[:_SHOWN_TEXT - 1] + "…"
    return label(record.kind), local_date(day), record.title, text


class RecordTableModel(QAbstractTableModel):
    """Rows are :class:`CaseRecord`; :meth:`upsert` adds a new one or refreshes an edited one."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRecord] = []
        self._cells: list[tuple[str, ...]] = []

    def set_records(self, records: list[CaseRecord]) -> None:
        self.beginResetModel()
        self.rows = list(records)
        self._cells = [_cells(record) for record in self.rows]
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.set_records([])

    def row_of(self, record_id: uuid.UUID) -> int | None:
        return next((n for n, record in enumerate(self.rows) if record.id == record_id), None)

    def upsert(self, record: CaseRecord) -> int:
        """Add ``record``, or replace the row of the same id; returns its row."""
        row = self.row_of(record.id)
        if row is None:
            row = len(self.rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.append(record)
            self._cells.append(_cells(record))
            self.endInsertRows()
            return row
        self.rows[row] = record
        self._cells[row] = _cells(record)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(RecordColumn) - 1))
        return row

    # --- Qt's interface ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(RecordColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(RecordColumn):
            return QCoreApplication.translate("RecordTableModel", str(_HEADERS[RecordColumn(section)]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == RecordColumn.TEXT and record.text:
            return record.text
        if role == RECORD_ROLE:
            return record
        return None
