"""The workflow history of a case: one row per transition, oldest first."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from hospital_mediation.domain.model import Transition
from hospital_mediation.gui.labels import label, local_date, local_date_time
from hospital_mediation.gui.models.base import Index, RowTableModel


class TransitionColumn(IntEnum):
    AT = 0
    FROM = 1
    TO = 2
    ACTOR = 3
    REASON = 4


TRANSITION_ROLE = Qt.ItemDataRole.UserRole + 1

_HEADERS = {
    TransitionColumn.AT: QT_TRANSLATE_NOOP("TransitionTableModel", "Date"),  # the day it took effect
    TransitionColumn.FROM: QT_TRANSLATE_NOOP("TransitionTableModel", "From"),
    TransitionColumn.TO: QT_TRANSLATE_NOOP("TransitionTableModel", "To"),
    TransitionColumn.ACTOR: QT_TRANSLATE_NOOP("TransitionTableModel", "By"),
    TransitionColumn.REASON: QT_TRANSLATE_NOOP("TransitionTableModel", "Reason"),
}


class TransitionTableModel(RowTableModel[Transition]):
    """Rows are :class:`Transition`; the actor is "you" for this member, else the start of a member id."""

    COLUMNS = TransitionColumn
    HEADERS = _HEADERS
    CONTEXT = "TransitionTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._member_id: uuid.UUID | None = None
        self._cells: list[tuple[str, ...]] = []

    def set_transitions(self, transitions: list[Transition], member_id: uuid.UUID | None) -> None:
        self._member_id = member_id
        self._reset_rows(list(transitions))

    def _index_rows(self) -> None:
        self._cells = [self._row_cells(transition, self._member_id) for transition in self.rows]

    @staticmethod
    def _row_cells(transition: Transition, member_id: uuid.UUID | None) -> tuple[str, ...]:
        if transition.actor is None:
            actor = ""
        elif transition.actor == member_id:
            actor = QCoreApplication.translate("TransitionTableModel", "you")
        else:
            actor = str(transition.actor)[:8]
        reason = transition.reason.strip().splitlines()[0] if transition.reason.strip() else ""
        day = local_date(transition.on) if transition.on is not None else local_date_time(transition.at)
        return (day, label(transition.from_status), label(transition.to_status), actor, reason)

    # --- Qt's interface ------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        transition = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TransitionColumn.REASON and transition.reason:
            return transition.reason
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TransitionColumn.AT:
            return QCoreApplication.translate("TransitionTableModel", "Recorded on %1").replace(
                "%1", local_date_time(transition.at))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TransitionColumn.ACTOR and transition.actor:
            return str(transition.actor)
        if role == TRANSITION_ROLE:
            return transition
        return None
