"""Editing a cell with a choice: the model lists the values, the delegate offers them in a combo box."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hospital_mediation.gui.models.base import Index
from hospital_mediation.gui.widgets.forms import select

# The values a cell may take, as [(text, value)]; the ChoiceDelegate edits such cells with a combo box.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell whose model gives :data:`CHOICES_ROLE` with a combo box (F2 or a double click, arrows,
    Enter); other cells as usual."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, QComboBox) and index.data(CHOICES_ROLE):
            select(editor, index.data(Qt.ItemDataRole.EditRole))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox) and index.data(CHOICES_ROLE):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
