"""Emptying a layout of generated widgets (review lines, deadline lines) without leaving text behind."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QLayout


def empty_layout(layout: QLayout) -> None:
    """Remove and delete every widget of ``layout``; their text is wiped at once, since Qt deletes
    them only when the event loop next runs and decrypted text must not wait for that."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is None:
            continue
        if isinstance(widget, QLabel):
            widget.clear()
        elif isinstance(widget, QAbstractButton):
            widget.setText("")
        widget.hide()
        widget.deleteLater()
