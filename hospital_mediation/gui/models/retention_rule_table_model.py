"""How long closed cases are kept, one row per outcome, edited in Settings."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from hospital_mediation.domain.retention import DEFAULT_RETENTION_MONTHS
from hospital_mediation.domain.settings import RetentionRule
from hospital_mediation.domain.taxonomy import Outcome
from hospital_mediation.gui.labels import label
from hospital_mediation.gui.models.base import Index, RowTableModel

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
        return QCoreApplication.translate("RetentionRuleTableModel", "until decided")
    # Two texts rather than a plural form: lupdate reads plural forms only from tr() (and months are never 0 here)
    if months == 1:
        return QCoreApplication.translate("RetentionRuleTableModel", "1 month")
    return QCoreApplication.translate("RetentionRuleTableModel", "%1 months").replace("%1", str(months))


class RetentionRuleTableModel(RowTableModel[RetentionRule]):
    """One row per :class:`Outcome`, in the enumeration's order; months editable (EditRole: an int,
    :data:`UNTIL_DECIDED` for "until decided")."""

    COLUMNS = RetentionColumn
    HEADERS = _HEADERS
    CONTEXT = _CONTEXT

    # --- filling and reading back ---------------------------------------------------------------

    def set_rules(self, rules: list[RetentionRule]) -> None:
        """Show ``rules``; an outcome they do not mention gets its default (DOMAIN.md §4)."""
        months = dict(DEFAULT_RETENTION_MONTHS)
        months.update({rule.outcome: rule.months for rule in rules})
        self._reset_rows([RetentionRule(outcome, months.get(outcome)) for outcome in Outcome])

    def rules(self) -> list[RetentionRule]:
        return [RetentionRule(rule.outcome, rule.months) for rule in self.rows]

    def restore_defaults(self) -> None:
        self.set_rules([])

    # --- Qt's interface ------------------------------------------------------------------------

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
            tip = QCoreApplication.translate("RetentionRuleTableModel", "Default: %1")
            return tip.replace("%1", months_text(default))
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
