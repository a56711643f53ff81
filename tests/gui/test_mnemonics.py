"""No two Alt+letter shortcuts on one screen, in French or English: with a clash, Alt+letter only
moves between the two, and a keyboard user cannot reach what they asked for."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMainWindow, QTabBar, QWidget

from hospital_mediation.crypto import kdf
from hospital_mediation.domain.taxonomy import RecordKind
from hospital_mediation.domain.workflow import Status, allowed_transitions
from hospital_mediation.gui import i18n
from hospital_mediation.gui.application import Application
from hospital_mediation.gui.case_detail_window import CaseDetailWindow
from hospital_mediation.gui.journal_panel import JournalPanel
from hospital_mediation.gui.report_wizard import ReportWizard
from hospital_mediation.store import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_tasks


def mnemonic(text: str) -> str:
    """The letter after a single '&' ("" when none), without its accent: Alt+E is Alt+É."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            letter = unicodedata.normalize("NFKD", text[index + 1].casefold())[0]
            return letter
        index += 2
    return ""


def shown_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter the window answers now: visible buttons, group boxes, labels
    with a buddy, tabs and menus."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        if letter := mnemonic(text):
            found.append((letter, text))

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisibleTo(window):
            add(widget.text())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            add(action.text())
    return found


def clashes(window: QWidget, where: str) -> list[str]:
    seen: dict[str, str] = {}
    found = []
    for letter, text in shown_mnemonics(window):
        if letter in seen:
            found.append(f"{where}: Alt+{letter.upper()} is both “{seen[letter]}” and “{text}”")
        else:
            seen[letter] = text
    return found


def screens(app: Application) -> Iterator[tuple[QWidget, str]]:
    """Each window, on each of its sections, tabs and pages in turn."""
    main = app.main_window
    navigation = main.form.navigation
    for row in range(navigation.count()):
        navigation.setCurrentRow(row)
        yield main, f"main window, {navigation.item(row).text()}"
    for window in app.windows:
        if isinstance(window, CaseDetailWindow):
            window._show_message("…", error=True, offer_reload=True)  # its Reload button shows with a conflict
            tabs = window.form.tabWidget
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield window, f"case window, {tabs.tabText(index)}"
            case = window.case
            assert case is not None
            tabs.setCurrentWidget(window.form.workflowTab)
            for status in Status:  # the steps offered depend on where the case is
                window._apply_case(replace(case, workflow=replace(case.workflow, status=status)), report_too=False)
                yield window, f"case window, steps from {status.value}"
            window._apply_case(case, report_too=False)
            for target in sorted(allowed_transitions(case.workflow.status)) + [None]:
                window.open_transition_dialog(target)
                dialog = window.transition_dialog
                assert dialog is not None
                yield dialog, f"step to {target}"
                dialog.done(0)
            for kind in RecordKind:
                window.open_record_dialog(kind)
                record_dialog = window.record_dialog
                assert record_dialog is not None
                yield record_dialog, f"new {kind.value}"
                record_dialog.done(0)
            (journal,) = window.findChildren(JournalPanel)
            journal.form.newEntryButton.click()
            assert journal.entry_dialog is not None
            yield journal.entry_dialog, "new journal entry"
            journal.entry_dialog.done(0)
        elif isinstance(window, ReportWizard):
            window.form.violenceRadio.setChecked(True)  # the ONVS page is asked too
            pages = [window.page(page_id) for page_id in window.pageIds()]
            visited = []
            while window.currentPage() is not window.form.reviewPage:
                visited.append(window.currentPage())
                yield window, f"report, {window.currentPage().title()}"
                window.next()
            visited.append(window.currentPage())
            yield window, f"report, {window.currentPage().title()}"
            assert visited == [page for page in pages if page is not window.form.donePage]  # every page, in turn


@pytest.fixture
def application(demo_vault: Vault, fast_kdf: kdf.KdfPolicy, qtbot: Any) -> Iterator[Application]:
    location = demo_vault.location
    demo_vault.close()
    app = Application(location)
    try:
        app.start()
        assert app.unlock_window is not None
        qtbot.waitUntil(app.unlock_window.form.unlockButton.isEnabled, timeout=20_000)
        app.unlock_window.form.passphraseEdit.setText(PASSPHRASE)
        app.unlock_window.form.unlockButton.click()
        qtbot.waitUntil(lambda: app.main_window.case_model.rowCount() > 0, timeout=20_000)
        app.main_window.cases_page.case_open_requested.emit(app.main_window.case_model.rows[0].summary.id)
        app.main_window.form.actionNewReport.trigger()
        wait_for_tasks(qtbot)
        qtbot.waitUntil(lambda: len(app.windows) == 3)
        yield app
    finally:
        for window in [*app.windows, app.unlock_window]:
            if window is not None:
                window.close()
        wait_for_tasks(qtbot)
        if app.session is not None:
            app.session.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_two_shortcut_letters_on_one_screen(application: Application, language: str) -> None:
    try:
        i18n.install(language)
        QApplication.processEvents()
        found = [clash for window, where in screens(application) for clash in clashes(window, where)]
    finally:
        i18n.install("en")
        QApplication.processEvents()
    assert found == [], "\n".join(found)


def test_the_check_finds_a_clash(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in ("&Enregistrer", "&Effets", "Sans && raccourci", "É&tat", "&Tout"):
        layout.addWidget(QPushButton(text))
    assert [letter for letter, _text in shown_mnemonics(window)] == ["e", "e", "t", "t"]
    assert len(clashes(window, "test")) == 2


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_clash_before_the_vault_is_open(qtbot: Any, demo_vault: Vault, tmp_path: Path, language: str) -> None:
    from hospital_mediation.gui.create_vault_wizard import CreateVaultWizard
    from hospital_mediation.gui.recovery_dialog import RecoveryDialog
    from hospital_mediation.gui.unlock_window import UnlockWindow

    try:
        i18n.install(language)
        wizard = CreateVaultWizard(tmp_path / "new.hmv")
        found = []
        for window in (UnlockWindow(demo_vault), RecoveryDialog(demo_vault), wizard):
            qtbot.addWidget(window)
            window.show()
            found += clashes(window, type(window).__name__)
        for page_id in wizard.pageIds():
            wizard.setStartId(page_id)
            wizard.restart()
            found += clashes(wizard, f"new vault, {wizard.currentPage().title()}")
    finally:
        i18n.install("en")
    assert found == [], "\n".join(found)
