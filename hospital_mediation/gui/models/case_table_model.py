"""The case list: one row per case summary, with its next deadline; filtered by a proxy."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hospital_mediation.domain.deadlines import Deadline, DeadlineState, WorkingDayCalendar, next_open_deadline
from hospital_mediation.domain.model import CaseSummary
from hospital_mediation.domain.taxonomy import Category
from hospital_mediation.domain.workflow import Status
from hospital_mediation.gui.labels import label, local_date, short_level

Index = QModelIndex | QPersistentModelIndex


class CaseColumn(IntEnum):
    REFERENCE = 0
    OPENED = 1
    CATEGORY = 2
    LEVEL = 3
    UNIT = 4
    STATUS = 5
    DEADLINE = 6


CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DEADLINE_STATE_ROLE = Qt.ItemDataRole.UserRole + 3

_HEADERS = {
    CaseColumn.REFERENCE: "Reference",
    CaseColumn.OPENED: "Opened",
    CaseColumn.CATEGORY: "Category",
    CaseColumn.LEVEL: "ONVS",
    CaseColumn.UNIT: "Unit",
    CaseColumn.STATUS: "Status",
    CaseColumn.DEADLINE: "Next deadline",
}
_COLOURS = {DeadlineState.OVERDUE: QColor("#b3261e"), DeadlineState.DUE_SOON: QColor("#a05a00")}


def fold(text: str) -> str:
    """Lower case without accents, so "resume" finds "Résumé"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(slots=True)
class CaseRow:
    summary: CaseSummary
    deadline: Deadline | None
    state: DeadlineState | None
    cells: tuple[str, ...]
    search: str  # folded text of every decrypted field known for this case


class CaseTableModel(QAbstractTableModel):
    """Rows are :class:`CaseRow`; cell texts are computed once, when rows are set."""

    def __init__(self, calendar: WorkingDayCalendar | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.calendar = calendar or WorkingDayCalendar()
        self.rows: list[CaseRow] = []
        self._by_id: dict[uuid.UUID, int] = {}

    # --- filling ------------------------------------------------------------------------------

    def _row(self, summary: CaseSummary, today: date, extra_text: str = "") -> CaseRow:
        deadline = next_open_deadline(summary.deadlines(self.calendar))
        state = deadline.state(today) if deadline else None
        deadline_text = ""
        if deadline is not None and state is not None:
            deadline_text = f"{label(deadline.kind)} · {local_date(deadline.due_on)}"
            if state in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON):
                deadline_text += f" ({label(state)})"
        cells = (summary.reference, local_date(summary.opened_on), label(summary.category),
                 short_level(summary.onvs_level), summary.unit, label(summary.status), deadline_text)
        search = fold(" ".join((*cells, label(summary.outcome), extra_text)))
        return CaseRow(summary, deadline, state, cells, search)

    def set_rows(self, summaries: list[CaseSummary], today: date | None = None) -> None:
        today = today or date.today()
        self.beginResetModel()
        self.rows = [self._row(summary, today) for summary in summaries]
        self._by_id = {row.summary.id: n for n, row in enumerate(self.rows)}
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.beginResetModel()
        self.rows = []
        self._by_id = {}
        self.endResetModel()

    def upsert(self, summary: CaseSummary, today: date | None = None) -> None:
        """Add a new case or refresh one after it changed."""
        today = today or date.today()
        position = self._by_id.get(summary.id)
        if position is None:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self._by_id[summary.id] = len(self.rows)
            self.rows.append(self._row(summary, today))
            self.endInsertRows()
            return
        extra = self.rows[position].search
        self.rows[position] = self._row(summary, today)
        self.rows[position].search += " " + extra
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(CaseColumn) - 1))

    def add_search_text(self, texts: dict[uuid.UUID, str]) -> None:
        """Make the full text of cases searchable (reports, journals), once decrypted in the background."""
        for case_id, text in texts.items():
            position = self._by_id.get(case_id)
            if position is not None:
                self.rows[position].search += " " + fold(text)

    def row_of(self, case_id: uuid.UUID) -> int | None:
        return self._by_id.get(case_id)

    # --- Qt's interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(CaseColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(CaseColumn):
            return QCoreApplication.translate("CaseTableModel", _HEADERS[CaseColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[column]
        if role == CASE_ID_ROLE:
            return row.summary.id
        if role == SORT_ROLE:
            return self._sort_key(row, CaseColumn(column))
        if role == DEADLINE_STATE_ROLE:
            return row.state
        if role == Qt.ItemDataRole.ForegroundRole and column == CaseColumn.DEADLINE and row.state in _COLOURS:
            return QBrush(_COLOURS[row.state])
        if role == Qt.ItemDataRole.ToolTipRole and column == CaseColumn.LEVEL and row.summary.onvs_level:
            return label(row.summary.onvs_level)
        return None

    @staticmethod
    def _sort_key(row: CaseRow, column: CaseColumn) -> Any:
        summary = row.summary
        if column == CaseColumn.OPENED:
            return summary.opened_on.toordinal()
        if column == CaseColumn.LEVEL:
            return int(summary.onvs_level or 0)
        if column == CaseColumn.DEADLINE:
            return row.deadline.due_on.toordinal() if row.deadline else 10**9
        if column == CaseColumn.REFERENCE:
            year, _, number = summary.reference.partition("-")
            return (int(year) if year.isdigit() else 0) * 10**7 + (int(number) if number.isdigit() else 0)
        return fold(row.cells[column])


class CaseFilterProxyModel(QSortFilterProxyModel):
    """Search words (all must appear, accents ignored), status, category, overdue only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: Status | None = None
        self._category: Category | None = None
        self._overdue_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def _refilter(self, change: Callable[[], None]) -> None:
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", fold(text).split()))

    def set_status(self, status: Status | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def set_category(self, category: Category | None) -> None:
        self._refilter(lambda: setattr(self, "_category", category))

    def set_overdue_only(self, overdue_only: bool) -> None:
        self._refilter(lambda: setattr(self, "_overdue_only", overdue_only))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        if not isinstance(model, CaseTableModel):
            return True
        row = model.rows[source_row]
        summary = row.summary
        if self._status is not None and summary.status is not self._status:
            return False
        if self._category is not None and summary.category is not self._category:
            return False
        if self._overdue_only and row.state is not DeadlineState.OVERDUE:
            return False
        search = row.search
        return all(word in search for word in self._words)
