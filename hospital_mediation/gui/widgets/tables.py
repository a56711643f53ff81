"""What the table views share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtWidgets import QHeaderView, QTableView

Column = TypeVar("Column", bound=int)  # a model's column enumeration


def size_columns(view: QTableView, widths: Mapping[Column, int]) -> None:
    """Columns the user can resize, starting at ``widths`` (by column); the others keep Qt's width."""
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in widths.items():
        view.setColumnWidth(column, width)
