"""Tab leaves every list and table: with Qt's default tab key navigation, Tab walks a table cell by
cell, and a keyboard user can never get past the case list (thousands of rows) to the next control."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from hospital_mediation.gui.application import Application
from hospital_mediation.store import Vault
from tests.gui import test_accessibility, test_mnemonics

application = test_mnemonics.application  # an unlocked application with a case window and the report wizard open


def tab_walking_views(window: QWidget) -> list[str]:
    """Views of the window in which Tab moves between cells instead of to the next control."""
    return [f"{type(view).__name__} {view.objectName() or '(no object name)'}"
            for view in window.findChildren(QAbstractItemView) if view.tabKeyNavigation()]


def test_no_view_keeps_tab_once_the_vault_is_open(application: Application) -> None:
    found: dict[str, str] = {}  # each view once, with the first screen it was seen on
    for window, where in test_mnemonics.screens(application):  # every section, tab, dialog and page
        for view in tab_walking_views(window):
            found.setdefault(f"{type(window).__name__} {view}", where)
    assert found == {}, "\n".join(f"{view} (seen on {where})" for view, where in found.items())


@pytest.mark.parametrize("name", ["unlock", "recovery", "create vault", "main window"])
def test_no_view_keeps_tab_before_the_vault_is_open(qtbot: Any, demo_vault: Vault, tmp_path: Path, name: str) -> None:
    window = test_accessibility.windows(demo_vault, tmp_path)[name]()
    qtbot.addWidget(window)
    assert tab_walking_views(window) == []


def test_the_check_finds_a_table_that_keeps_tab(qtbot: Any) -> None:
    from PySide6.QtWidgets import QTableView

    window = QWidget()
    qtbot.addWidget(window)
    QTableView(window).setObjectName("defaultTable")  # Qt's default for a table: Tab moves between cells
    assert tab_walking_views(window) == ["QTableView defaultTable"]


def test_tab_leaves_the_case_list(application: Application, qtbot: Any) -> None:
    window = application.main_window
    window.form.navigation.setCurrentRow(0)
    table = window.cases_page.form.tableView
    table.setCurrentIndex(table.model().index(0, 0))  # on the first cell, Tab would have a next cell to go to
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.cases_page.form.openButton
