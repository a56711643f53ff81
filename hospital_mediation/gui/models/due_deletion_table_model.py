"""Closed cases whose retention period has ended: the "due for deletion" list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from hospital_mediation.domain.model import CaseSummary
from hospital_mediation.gui.labels import label, local_date
from hospital_mediation.gui.models.base import Index, RowTableModel
from hospital_mediation.gui.models.case_table_model import CASE_ID_ROLE, SORT_ROLE

_CONTEXT = "DueDeletionTableModel"


class DueDeletionColumn(IntEnum):
    REFERENCE = 0
    CLOSED = 1
    OUTCOME = 2
    DUE = 3


_HEADERS: dict[DueDeletionColumn, Any] = {
    DueDeletionColumn.REFERENCE: QT_TRANSLATE_NOOP("DueDeletionTableModel", "Reference"),
    DueDeletionColumn.CLOSED: QT_TRANSLATE_NOOP("DueDeletionTableModel", "Closed on"),
    DueDeletionColumn.OUTCOME: QT_TRANSLATE_NOOP("DueDeletionTableModel", "Outcome"),
    DueDeletionColumn.DUE: QT_TRANSLATE_NOOP("DueDeletionTableModel", "Deletion due on"),
}


@dataclass(frozen=True, slots=True)
class DueDeletionRow:
    summary: CaseSummary
    due_on: date


class DueDeletionTableModel(RowTableModel[DueDeletionRow]):
    """Rows are (summary, deletion date) pairs as ``vault.retention.due()`` returns them.

    Roles: ``CASE_ID_ROLE`` (the case id) and ``SORT_ROLE`` (dates as ordinals), those of the case list.
    """

    COLUMNS = DueDeletionColumn
    HEADERS = _HEADERS
    CONTEXT = _CONTEXT

    def set_rows(self, due: list[tuple[CaseSummary, date]]) -> None:
        self._reset_rows([DueDeletionRow(summary, due_on) for summary, due_on in due])

    def row_of(self, case_id: uuid.UUID) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.summary.id == case_id), None)

    def remove_case(self, case_id: uuid.UUID) -> None:
        """Drop the row of a case that was deleted."""
        position = self.row_of(case_id)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self.endRemoveRows()

    # --- Qt's interface ------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = DueDeletionColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == DueDeletionColumn.REFERENCE:
                return row.summary.reference
            if column == DueDeletionColumn.CLOSED:
                return local_date(row.summary.closed_on)
            if column == DueDeletionColumn.OUTCOME:
                return label(row.summary.outcome)
            return local_date(row.due_on)
        if role == CASE_ID_ROLE:
            return row.summary.id
        if role == SORT_ROLE:
            if column == DueDeletionColumn.CLOSED:
                return row.summary.closed_on.toordinal() if row.summary.closed_on else 0
            if column == DueDeletionColumn.DUE:
                return row.due_on.toordinal()
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None
