"""The orientations, measures, notes and exchanges kept with a case, in the order they were recorded."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from hospital_mediation.domain.model import CaseRecord
from hospital_mediation.gui.labels import label, local_date
from hospital_mediation.gui.models.base import Index, RowTableModel


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


class RecordTableModel(RowTableModel[CaseRecord]):
    """Rows are :class:`CaseRecord`; :meth:`upsert` adds a new one or refreshes an edited one."""

    COLUMNS = RecordColumn
    HEADERS = _HEADERS
    CONTEXT = "RecordTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cells: list[tuple[str, ...]] = []

    def set_records(self, records: list[CaseRecord]) -> None:
        self._reset_rows(list(records))

    def _index_rows(self) -> None:
        self._cells = [_cells(record) for record in self.rows]

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
