"""The directory of support services and authorities people can be directed to, edited in Settings."""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from hospital_mediation.domain.settings import DirectoryEntry, ServiceKind
from hospital_mediation.gui.models.base import Index, RowTableModel

_CONTEXT = "DirectoryTableModel"


class DirectoryColumn(IntEnum):
    NAME = 0
    KIND = 1
    CONTACT = 2


_HEADERS: dict[DirectoryColumn, Any] = {
    DirectoryColumn.NAME: QT_TRANSLATE_NOOP("DirectoryTableModel", "Service or authority"),
    DirectoryColumn.KIND: QT_TRANSLATE_NOOP("DirectoryTableModel", "Kind"),
    DirectoryColumn.CONTACT: QT_TRANSLATE_NOOP("DirectoryTableModel", "Contact"),
}
_KINDS: dict[ServiceKind, Any] = {
    ServiceKind.SUPPORT: QT_TRANSLATE_NOOP("DirectoryTableModel", "Support"),
    ServiceKind.AUTHORITY: QT_TRANSLATE_NOOP("DirectoryTableModel", "Authority"),
}
_KIND_TIPS: dict[ServiceKind, Any] = {
    ServiceKind.SUPPORT: QT_TRANSLATE_NOOP(
        "DirectoryTableModel", "Supports the person: occupational health, psychologist, listening cell…"),
    ServiceKind.AUTHORITY: QT_TRANSLATE_NOOP(
        "DirectoryTableModel", "Competent to protect or to handle: functional protection, administrative inquiry…"),
}


def kind_label(kind: ServiceKind) -> str:
    """The translated name of a kind of service."""
    return QCoreApplication.translate(_CONTEXT, str(_KINDS[kind]))


class DirectoryTableModel(RowTableModel[DirectoryEntry]):
    """Rows are copies of :class:`DirectoryEntry`, edited in place; :meth:`entries` gives them back."""

    COLUMNS = DirectoryColumn
    HEADERS = _HEADERS
    CONTEXT = _CONTEXT

    # --- filling and reading back ---------------------------------------------------------------

    def set_entries(self, entries: list[DirectoryEntry]) -> None:
        self._reset_rows([replace(entry) for entry in entries])

    def entries(self) -> list[DirectoryEntry]:
        """The edited directory (names and contacts stripped of surrounding spaces)."""
        return [DirectoryEntry(entry.name.strip(), entry.kind, entry.contact.strip()) for entry in self.rows]

    def add_entry(self, entry: DirectoryEntry | None = None) -> int:
        """Append ``entry`` (an empty support service by default); returns its row."""
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(replace(entry) if entry is not None else DirectoryEntry(""))
        self.endInsertRows()
        return row

    def remove_entry(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    # --- Qt's interface ------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        entry = self.rows[index.row()]
        column = DirectoryColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == DirectoryColumn.NAME:
                return entry.name
            if column == DirectoryColumn.KIND:
                return kind_label(entry.kind)
            return entry.contact
        if role == Qt.ItemDataRole.EditRole:
            if column == DirectoryColumn.NAME:
                return entry.name
            if column == DirectoryColumn.KIND:
                return entry.kind.value
            return entry.contact
        if role == Qt.ItemDataRole.ToolTipRole and column == DirectoryColumn.KIND:
            return QCoreApplication.translate(_CONTEXT, str(_KIND_TIPS[entry.kind]))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        entry = self.rows[index.row()]
        column = DirectoryColumn(index.column())
        if column == DirectoryColumn.KIND:
            try:
                entry.kind = ServiceKind(value)
            except ValueError:
                return False
        elif not isinstance(value, str):
            return False
        elif column == DirectoryColumn.NAME:
            entry.name = value
        else:
            entry.contact = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
