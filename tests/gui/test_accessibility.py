"""Every interactive widget of every window has an accessible name (its own, or given by its
text or buddy label), for screen readers and for anyone using the keyboard alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from hospital_mediation.gui.create_vault_wizard import CreateVaultWizard
from hospital_mediation.gui.main_window import MainWindow
from hospital_mediation.gui.recovery_dialog import RecoveryDialog
from hospital_mediation.gui.unlock_window import UnlockWindow
from hospital_mediation.store import Vault

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QAbstractSlider)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(window: QWidget) -> list[str]:
    """Interactive widgets without a name (Qt's internal parts, named qt_*, are not ours)."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.objectName().startswith("qt_"):
            continue
        if not widget.objectName() and not widget.isVisibleTo(window):
            continue  # an internal part Qt keeps hidden (e.g. a table's unused corner button)
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)) or isinstance(widget, (QScrollBar, QHeaderView)):
            continue  # parts of a combo box, spin box or scroll area, named by their owner
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'}")
    return missing


def windows(vault: Vault, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    return {
        "unlock": lambda: UnlockWindow(vault),
        "recovery": lambda: RecoveryDialog(vault),
        "create vault": lambda: CreateVaultWizard(tmp_path / "new.hmv"),
        "main window": MainWindow,
    }


@pytest.mark.parametrize("name", ["unlock", "recovery", "create vault", "main window"])
def test_every_interactive_widget_is_named(qtbot: Any, demo_vault: Vault, tmp_path: Path, name: str) -> None:
    window = windows(demo_vault, tmp_path)[name]()
    qtbot.addWidget(window)
    window.show()
    assert unnamed(window) == []


def test_the_check_finds_an_unnamed_widget(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    QLineEdit(window).setObjectName("anonymousEdit")
    assert unnamed(window) == ["QLineEdit anonymousEdit"]
