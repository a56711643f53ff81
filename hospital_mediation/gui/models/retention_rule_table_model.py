"""How long closed cases are kept, one row per outcome, edited in Settings."""

from __future__ import annotations

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

from hospital_mediation.domain.retention import DEFAULT_RETENTION_MONTHS
from hospital_mediation.domain.settings import RetentionRule
from hospital_mediation.domain.taxonomy import Outcome
from hospital_mediation.gui.labels import label

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "RetentionRuleTableModel"
MAX_MONTHS = 600  # VaultSettings.check's bound
UNTIL_DECIDED = -1  # the edit value of "no automatic date": a spin box shows it as its special text


class RetentionColumn(IntEnum):
    OUTCOME = 0
    MONTHS = 1


_HEADERS: dict[RetentionColumn, Any] = {
    RetentionColumn.OUTCOME: QT_TRANSLATE_NOOP("RetentionRuleTableModel", "Outcome"),
    RetentionColumn.MONTHS: QT_TRANSLATE_NOOP("RetentionRuleTableModel", "Kept after closure"),
}


def months_text(months: int | None) -> str:
    """ "12 months", or "until decided" when the handler decides (proceedings under way)."""
    if months is None:
        return QCoreApplication.translate(_CONTEXT, "until decided")
    return QCoreApplication.translate(_CONTEXT, "%n month(s)", "", months)


class RetentionRuleTableModel(QAbstractTableModel):
    """One row per :class:`Outcome`, in the enumeration's order; months editable (EditRole: an int,
    :data:`UNTIL_DECIDED` for "until decided")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RetentionRule] = []

    # --- filling and reading back ---------------------------------------------------------------

    def set_rules(self, rules: list[RetentionRule]) -> None:
        """Show ``rules``; an outcome they do not mention gets its default (DOMAIN.md §4)."""
        months = dict(DEFAULT_RETENTION_MONTHS)
        months.update({rule.outcome: rule.months for rule in rules})
        self.beginResetModel()
        self.rows = [RetentionRule(outcome, months.get(outcome)) for outcome in Outcome]
        self.endResetModel()

    def rules(self) -> list[RetentionRule]:
        return [RetentionRule(rule.outcome, rule.months) for rule in self.rows]

    def restore_defaults(self) -> None:
        self.set_rules([])

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def retranslate(self) -> None:
        """Views show the texts of the new language (they are computed when asked for)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(RetentionColumn) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(RetentionColumn) - 1))

    # --- Qt's interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(RetentionColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(RetentionColumn):
            return QCoreApplication.translate(_CONTEXT, str(_HEADERS[RetentionColumn(section)]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == RetentionColumn.MONTHS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        rule = self.rows[index.row()]
        column = RetentionColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label(rule.outcome) if column == RetentionColumn.OUTCOME else months_text(rule.months)
        if role == Qt.ItemDataRole.EditRole:
            if column == RetentionColumn.OUTCOME:
                return label(rule.outcome)
            return UNTIL_DECIDED if rule.months is None else rule.months
        if role == Qt.ItemDataRole.ToolTipRole and column == RetentionColumn.MONTHS:
            default = DEFAULT_RETENTION_MONTHS.get(rule.outcome)
            return QCoreApplication.translate(_CONTEXT, "Default: %1").replace("%1", months_text(default))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != RetentionColumn.MONTHS \
                or not 0 <= index.row() < len(self.rows):
            return False
        if value is None or value == UNTIL_DECIDED:
            months = None
        elif isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_MONTHS:
            months = value
        else:
            return False
        self.rows[index.row()].months = months
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
