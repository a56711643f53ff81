"""The evidence journal of one case: every entry, superseded versions included, never rewritten."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from hospital_mediation.domain.model import JournalEntry
from hospital_mediation.gui.labels import local_date, local_date_time
from hospital_mediation.gui.models.base import Index, RowTableModel


class JournalColumn(IntEnum):
    EVENT_DATE = 0
    RECORDED_AT = 1
    TEXT = 2
    VERSION = 3
    SEAL = 4


ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SUPERSEDED_ROLE = Qt.ItemDataRole.UserRole + 3

_HEADERS: dict[JournalColumn, Any] = {  # QT_TRANSLATE_NOOP marks them for lupdate; it returns its text
    JournalColumn.EVENT_DATE: QT_TRANSLATE_NOOP("JournalTableModel", "Event date"),
    JournalColumn.RECORDED_AT: QT_TRANSLATE_NOOP("JournalTableModel", "Recorded at"),
    JournalColumn.TEXT: QT_TRANSLATE_NOOP("JournalTableModel", "Entry"),
    JournalColumn.VERSION: QT_TRANSLATE_NOOP("JournalTableModel", "Version"),
    JournalColumn.SEAL: QT_TRANSLATE_NOOP("JournalTableModel", "Seal"),
}
_TOOLTIP_CHARS = 600


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


@dataclass(slots=True)
class JournalRow:
    entry: JournalEntry
    version: int  # 1 for an original entry, n for the n-th version of its chain
    superseded_by: uuid.UUID | None
    cells: tuple[str, ...]


class JournalTableModel(RowTableModel[JournalRow]):
    """Rows are :class:`JournalRow`, in the store's order (oldest recorded first)."""

    COLUMNS = JournalColumn
    HEADERS = _HEADERS
    CONTEXT = "JournalTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._by_id: dict[uuid.UUID, int] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- filling ------------------------------------------------------------------------------

    def set_entries(self, entries: list[JournalEntry]) -> None:
        by_id = {entry.id: entry for entry in entries}
        superseded_by: dict[uuid.UUID, uuid.UUID] = {}
        for entry in entries:  # oldest first: the first later version wins
            if entry.supersedes is not None:
                superseded_by.setdefault(entry.supersedes, entry.id)
        rows = []
        for entry in entries:
            version = len(_back_chain(entry, by_id))
            later = superseded_by.get(entry.id)
            rows.append(JournalRow(entry, version, later, self._cells(entry, version, later is not None)))
        self._reset_rows(rows)

    def _index_rows(self) -> None:
        self._by_id = {row.entry.id: n for n, row in enumerate(self.rows)}

    @staticmethod
    def _cells(entry: JournalEntry, version: int, superseded: bool) -> tuple[str, ...]:
        event = local_date(entry.event_on) if entry.event_on \
            else QCoreApplication.translate("JournalTableModel", "Unknown")
        state = ""
        if superseded:
            state = QCoreApplication.translate("JournalTableModel", "Superseded (version %1)")
        elif version > 1:
            state = QCoreApplication.translate("JournalTableModel", "Version %1")
        seal = ""
        if entry.audit_seq is not None:
            seal = QCoreApplication.translate("JournalTableModel", "Sealed in audit entry %1")
        return (event, local_date_time(entry.recorded_at), first_line(entry.text), state.replace("%1", str(version)),
                seal.replace("%1", str(entry.audit_seq)))

    # --- questions ------------------------------------------------------------------------------

    def row_of(self, entry_id: uuid.UUID) -> int | None:
        return self._by_id.get(entry_id)

    def entry(self, entry_id: uuid.UUID) -> JournalEntry | None:
        position = self._by_id.get(entry_id)
        return self.rows[position].entry if position is not None else None

    def history(self, entry_id: uuid.UUID) -> list[JournalEntry]:
        """Every version of the entry's chain, the original first, the current one last."""
        entry = self.entry(entry_id)
        if entry is None:
            return []
        by_id = {row.entry.id: row.entry for row in self.rows}
        chain = list(reversed(_back_chain(entry, by_id)))
        seen = {e.id for e in chain}
        later = self.rows[self._by_id[entry.id]].superseded_by
        while later is not None and later not in seen:
            seen.add(later)
            position = self._by_id[later]
            chain.append(self.rows[position].entry)
            later = self.rows[position].superseded_by
        return chain

    def latest_version(self, entry_id: uuid.UUID) -> JournalEntry | None:
        chain = self.history(entry_id)
        return chain[-1] if chain else None

    # --- Qt's interface ------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = JournalColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[column]
        if role == ENTRY_ID_ROLE:
            return row.entry.id
        if role == SUPERSEDED_ROLE:
            return row.superseded_by is not None
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == JournalColumn.TEXT:
            text = row.entry.text.strip()
            return text if len(text) <= _TOOLTIP_CHARS else text[:_TOOLTIP_CHARS] + "…"
        if row.superseded_by is not None:
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    @staticmethod
    def _sort_key(row: JournalRow, column: JournalColumn) -> Any:
        entry = row.entry
        recorded = entry.recorded_at.timestamp()
        if column == JournalColumn.EVENT_DATE:  # an unknown date sorts at the day it was recorded
            day = entry.event_on or entry.recorded_at.astimezone().date()
            return f"{day.toordinal():08d}{recorded:020.6f}"
        if column == JournalColumn.RECORDED_AT:
            return recorded
        if column == JournalColumn.SEAL:
            return entry.audit_seq or 0
        if column == JournalColumn.VERSION:
            return row.version
        return row.cells[column].casefold()


def _back_chain(entry: JournalEntry, by_id: dict[uuid.UUID, JournalEntry]) -> list[JournalEntry]:
    """The entry, then the versions it supersedes, back to the original (cycles cannot loop)."""
    chain = [entry]
    seen = {entry.id}
    previous = entry.supersedes
    while previous is not None and previous in by_id and previous not in seen:
        seen.add(previous)
        chain.append(by_id[previous])
        previous = by_id[previous].supersedes
    return chain
