"""The whole application, as a user goes through it: first run, a report filed, found, worked on,
the vault locked (nothing decrypted left on screen) and unlocked again (everything back)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWizard,
)

from hospital_mediation.crypto import kdf
from hospital_mediation.domain.settings import DirectoryEntry, ServiceKind, VaultSettings
from hospital_mediation.domain.workflow import Status
from hospital_mediation.gui.application import MIB, Application
from hospital_mediation.gui.attachments_panel import AttachmentsPanel
from hospital_mediation.gui.case_detail_window import CaseDetailWindow
from hospital_mediation.gui.journal_panel import JournalPanel
from hospital_mediation.gui.models.attachment_table_model import AttachmentColumn
from hospital_mediation.gui.models.case_table_model import CaseColumn
from hospital_mediation.gui.report_wizard import ReportWizard
from hospital_mediation.store import Vault, VaultLocation
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_tasks
from tests.gui.test_accessibility import unnamed

REPORT_TEXT = "Zephyrine mocked my accent at the handover"
JOURNAL_TEXT = "She threw my thermos in the bin in front of the night team"


@pytest.fixture
def application(tmp_path: Path, fast_kdf: kdf.KdfPolicy) -> Iterator[Application]:
    app = Application(VaultLocation(path=tmp_path / "vault.hmv"))
    try:
        yield app
    finally:
        for window in [*app.windows, app.unlock_window, app.wizard]:
            if window is not None:
                window.close()
        wait_for_tasks_now()
        if app.session is not None:
            app.session.close()


def wait_for_tasks_now() -> None:
    from hospital_mediation.gui.workers import wait_for_all
    wait_for_all()
    QApplication.processEvents()


def click(widget: Any) -> None:
    assert isinstance(widget, QPushButton) and widget.isEnabled(), widget
    widget.click()


def create_vault(qtbot: Any, app: Application) -> None:
    app.start()
    wizard = app.wizard
    assert wizard is not None and wizard.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    wizard.form.nameEdit.setText("Claire D.")
    click(next_button)
    wizard.form.passphraseEdit.setText(PASSPHRASE)
    wizard.form.confirmEdit.setText(PASSPHRASE)
    click(next_button)
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.form.recoveryPage, timeout=20_000)
    key = wizard.form.recoveryKeyLabel.text()
    wizard.form.keptCheck.setChecked(True)
    click(next_button)
    wizard.form.groupEdit.setText(key.split("-")[wizard.check_group])
    click(wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(app.main_window.isVisible)
    wait_for_tasks(qtbot)


def file_report(qtbot: Any, app: Application, description: str) -> Any:
    app.main_window.form.actionNewReport.trigger()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(app.report_wizards))
    wizard: ReportWizard = app.report_wizards[-1]
    wizard.form.descriptionEdit.setPlainText(description)
    for _ in range(len(wizard.pageIds())):
        if wizard.currentPage() is wizard.form.reviewPage:
            break
        if wizard.currentPage() is wizard.form.categoryPage:
            wizard.form.moralHarassmentRadio.setChecked(True)
        click(wizard.button(QWizard.WizardButton.NextButton))
    with qtbot.waitSignal(wizard.report_filed, timeout=20_000) as filed:
        click(wizard.button(QWizard.WizardButton.CommitButton))
    wait_for_tasks(qtbot)
    return filed.args[0]


def open_case(qtbot: Any, app: Application, case_id: Any) -> CaseDetailWindow:
    """Open a case from the list, as a double click does, and wait for it to load."""
    app.main_window.cases_page.case_open_requested.emit(case_id)
    wait_for_tasks(qtbot)
    return app.case_windows[case_id]


def shown_count(app: Application) -> int:
    return app.main_window.cases_page.form.tableView.model().rowCount()


def decrypted_texts() -> list[str]:
    """What every text widget still holds, shown or not."""
    texts = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
    return texts


def model_rows(model: QAbstractItemModel) -> int:
    return model.rowCount()


def unlock(qtbot: Any, app: Application, passphrase: str) -> None:
    window = app.unlock_window
    assert window is not None
    qtbot.waitUntil(window.form.unlockButton.isEnabled, timeout=20_000)
    window.form.passphraseEdit.setText(passphrase)
    click(window.form.unlockButton)
    wait_for_tasks(qtbot)


def add_journal_entry(qtbot: Any, panel: JournalPanel, text: str) -> None:
    panel.form.newEntryButton.click()
    dialog = panel.entry_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.form.textEdit.setPlainText(text)
    with qtbot.waitSignal(panel.journal_changed, timeout=20_000):
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_for_tasks(qtbot)


def test_first_run_report_work_lock_and_unlock(qtbot: Any, application: Application, tmp_path: Path,
                                               modal_guard: Any) -> None:
    app = application
    create_vault(qtbot, app)
    assert app.main_window.case_model.rowCount() == 0

    case = file_report(qtbot, app, REPORT_TEXT)
    assert app.main_window.case_model.rowCount() == 1
    assert case.reference in app.main_window.statusBar().currentMessage()
    assert app.journal_page.index_of(case.id) >= 0  # its journal can be kept from the Journal section

    search = app.main_window.cases_page.form.searchEdit
    qtbot.waitUntil(lambda: (search.setText("zephyrine accent"), shown_count(app))[1] == 1, timeout=10_000)
    search.setText("nobody wrote this")
    assert shown_count(app) == 0
    search.clear()
    filters = app.main_window.cases_page.form
    filters.statusFilter.setCurrentIndex(filters.statusFilter.findText("Closed"))
    assert shown_count(app) == 0
    filters.statusFilter.setCurrentIndex(filters.statusFilter.findText("Filed"))
    filters.categoryFilter.setCurrentIndex(filters.categoryFilter.findText("Moral harassment"))
    assert shown_count(app) == 1
    filters.statusFilter.setCurrentIndex(0)
    filters.categoryFilter.setCurrentIndex(0)

    window = open_case(qtbot, app, case.id)
    assert window.isVisible() and window.case is not None and window.case.id == case.id
    tabs = {window.form.tabWidget.tabText(i): window.form.tabWidget.widget(i)
            for i in range(window.form.tabWidget.count())}
    journal, attachments = tabs["&Journal"], tabs["A&ttachments"]
    assert isinstance(journal, JournalPanel) and isinstance(attachments, AttachmentsPanel)
    window.form.tabWidget.setCurrentWidget(journal)
    add_journal_entry(qtbot, journal, JOURNAL_TEXT)
    assert journal.model.rowCount() == 1
    window.form.tabWidget.setCurrentWidget(attachments)
    capture = tmp_path / "capture.png"
    capture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    modal_guard.expect("QFileDialog.getOpenFileNames", ([str(capture)], ""))
    with qtbot.waitSignal(attachments.attachments_changed, timeout=20_000):
        attachments.form.addButton.click()
    wait_for_tasks(qtbot)
    assert attachments.model.rowCount() == 1
    sha256 = hashlib.sha256(capture.read_bytes()).hexdigest()
    assert attachments.model.index(0, AttachmentColumn.SHA256).data() == sha256
    qtbot.waitUntil(lambda: (search.setText("thermos"), shown_count(app))[1] == 1, timeout=10_000)  # the journal
    search.clear()
    window.form.tabWidget.setCurrentWidget(window.form.workflowTab)
    window.transition_buttons[Status.ACKNOWLEDGED].click()
    dialog = window.transition_dialog
    assert dialog is not None
    dialog.form.buttonBox.accepted.emit()
    wait_for_tasks(qtbot)
    row = app.main_window.case_model.row_of(case.id)
    assert row is not None
    assert app.main_window.case_model.index(row, CaseColumn.STATUS).data() == "Acknowledged"
    deadline = app.main_window.case_model.index(row, CaseColumn.DEADLINE).data()
    assert deadline.startswith("Feedback")  # acknowledged: the next deadline is the feedback, in 3 months

    app.main_window.form.actionLock.trigger()
    wait_for_tasks(qtbot)
    assert not app.main_window.isVisible() and not app.case_windows and not app.report_wizards
    assert app.unlock_window is not None and app.unlock_window.isVisible()
    assert app.main_window.case_model.rowCount() == 0
    assert model_rows(app.deadlines_page.urgent) == 0
    assert not any(secret in text for text in decrypted_texts()
                   for secret in (REPORT_TEXT, JOURNAL_TEXT, case.reference, "capture.png"))

    unlock(qtbot, app, PASSPHRASE + "wrong")
    assert "passphrase" in app.unlock_window.form.messageLabel.text().lower()
    assert not app.main_window.isVisible()
    app.unlock_window._retry.stop()  # noqa: SLF001 - the growing wait after a failure is tested elsewhere
    app.unlock_window._on_retry_timeout()  # noqa: SLF001
    unlock(qtbot, app, PASSPHRASE)
    qtbot.waitUntil(lambda: app.main_window.case_model.rowCount() == 1, timeout=20_000)
    assert app.main_window.isVisible() and not app.unlock_window.isVisible()
    row = app.main_window.case_model.row_of(case.id)
    assert row is not None and app.main_window.case_model.index(row, CaseColumn.STATUS).data() == "Acknowledged"
    qtbot.waitUntil(lambda: (search.setText("zephyrine"), shown_count(app))[1] == 1, timeout=10_000)
    window = open_case(qtbot, app, case.id)
    panels = [window.form.tabWidget.widget(i) for i in range(window.form.tabWidget.count())]
    journal = next(panel for panel in panels if isinstance(panel, JournalPanel))
    attachments = next(panel for panel in panels if isinstance(panel, AttachmentsPanel))
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1 and attachments.model.rowCount() == 1, timeout=10_000)


def test_a_report_left_unfinished_at_lock_is_offered_again(qtbot: Any, application: Application) -> None:
    app = application
    create_vault(qtbot, app)
    app.main_window.form.actionNewReport.trigger()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(app.report_wizards))
    app.report_wizards[-1].form.descriptionEdit.setPlainText(REPORT_TEXT)
    app.main_window.form.actionLock.trigger()  # before the autosave countdown: saved on the way out
    wait_for_tasks(qtbot)
    assert not app.report_wizards
    unlock(qtbot, app, PASSPHRASE)
    qtbot.waitUntil(app.main_window.isVisible)

    app.main_window.form.actionNewReport.trigger()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: getattr(app, "_drafts_menu", None) is not None)
    menu = app._drafts_menu  # noqa: SLF001
    actions = [action for action in menu.actions() if action.text().startswith("Continue the draft")]
    assert len(actions) == 1
    actions[0].trigger()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(app.report_wizards) and
                    app.report_wizards[-1].form.descriptionEdit.toPlainText() == REPORT_TEXT, timeout=10_000)
    menu.close()


def test_an_existing_vault_opens_on_the_unlock_window(qtbot: Any, tmp_path: Path, fast_kdf: kdf.KdfPolicy,
                                                      demo_vault: Vault) -> None:
    location = demo_vault.location
    demo_vault.close()
    app = Application(location)
    try:
        app.start()
        assert app.wizard is None and app.unlock_window is not None and app.unlock_window.isVisible()
        unlock(qtbot, app, PASSPHRASE)
        qtbot.waitUntil(lambda: app.main_window.case_model.rowCount() == 30, timeout=20_000)
        bar = app.main_window.progress_bar  # the decryption's progress, to the end, then out of the way
        assert bar.value() == bar.maximum() and not bar.isVisible()
        sections = [app.main_window.form.navigation.item(i).text()
                    for i in range(app.main_window.form.navigation.count())]
        assert sections == ["Cases", "Journal", "Deadlines", "Retention", "Settings"]
        assert model_rows(app.deadlines_page.urgent) > 0  # the demo has overdue and due-soon deadlines

        app.main_window.cases_page.case_open_requested.emit(app.main_window.case_model.rows[0].summary.id)
        app.main_window.form.actionNewReport.trigger()
        wait_for_tasks(qtbot)
        qtbot.waitUntil(lambda: len(app.windows) == 3)
        for window in app.windows:  # every section, every tab, every page of the report
            assert unnamed(window) == [], type(window).__name__
    finally:
        for window in [*app.windows, app.unlock_window]:
            if window is not None:
                window.close()
        wait_for_tasks_now()
        if app.session is not None:
            app.session.close()


def test_a_vault_that_cannot_be_opened_says_why(qtbot: Any, tmp_path: Path, modal_guard: Any) -> None:
    broken = tmp_path / "vault.hmv"
    broken.write_bytes(b"this is not a vault" * 100)
    app = Application(VaultLocation(path=broken))
    app.start()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: getattr(app, "_fatal_box", None) is not None, timeout=10_000)
    box = app._fatal_box  # noqa: SLF001
    assert box.isVisible() and box.text() and "Traceback" not in box.text()
    box.close()
    if app.unlock_window is not None:
        app.unlock_window.close()


def test_the_title_of_a_section_follows_the_language(qtbot: Any, application: Application) -> None:
    app = application
    create_vault(qtbot, app)
    navigation = app.main_window.form.navigation
    assert navigation.item(0).text() == "Cases"
    from hospital_mediation.gui import i18n
    try:
        i18n.install("fr")
        QApplication.processEvents()  # the LanguageChange events every widget gets
        assert navigation.item(0).text() == "Dossiers"
        assert navigation.item(0).data(Qt.ItemDataRole.UserRole) == "Cases"
        status_filter = app.main_window.cases_page.form.statusFilter
        assert status_filter.itemText(0) == "Tous les statuts"
        assert status_filter.itemText(status_filter.findData(Status.FILED)) == "Déposé"
        assert app.journal_page.form.caseCombo.placeholderText() == "Choisir un dossier…"
    finally:
        i18n.install("en")
        QApplication.processEvents()
    assert navigation.item(0).text() == "Cases"
    assert app.main_window.cases_page.form.statusFilter.itemText(0) == "All statuses"


def test_lock_and_hide_shortcuts_work_from_a_case_window(qtbot: Any, application: Application) -> None:
    app = application
    create_vault(qtbot, app)
    case = file_report(qtbot, app, REPORT_TEXT)
    window = open_case(qtbot, app, case.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot)
    assert not app.session.vault.is_unlocked and not app.case_windows
    assert app.unlock_window is not None and app.unlock_window.isVisible() and not app.unlock_window.isMinimized()

    unlock(qtbot, app, PASSPHRASE)
    qtbot.waitUntil(app.main_window.isVisible)
    window = open_case(qtbot, app, case.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_for_tasks(qtbot)
    assert not app.session.vault.is_unlocked
    assert not app.main_window.isVisible() and not app.case_windows
    assert app.unlock_window.isMinimized()  # nothing on screen, the application's name included

    app.unlock_window.activateWindow()
    qtbot.keyClick(app.unlock_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # no report while locked
    wait_for_tasks(qtbot)
    assert not app.report_wizards


def test_saved_settings_reach_the_case_windows_already_open(qtbot: Any, application: Application) -> None:
    app = application
    create_vault(qtbot, app)
    case = file_report(qtbot, app, REPORT_TEXT)
    window = open_case(qtbot, app, case.id)
    (attachments,) = window.findChildren(AttachmentsPanel)
    assert attachments.max_size_bytes == VaultSettings().attachment_max_mib * MIB
    settings, version = app.session.vault.settings.get()
    settings.attachment_max_mib = 3
    settings.directory.append(DirectoryEntry("Référent harcèlement", ServiceKind.AUTHORITY, "poste 4242"))
    app.session.vault.settings.save(settings, version)
    app.settings_page.settings_saved.emit(app.session.vault.settings.get()[0])
    assert attachments.max_size_bytes == window.findChildren(JournalPanel)[0].max_size_bytes == 3 * MIB
    assert app.journal_page.attachment_max_bytes == 3 * MIB
    assert window.settings is not None and window.settings.directory[-1].name == "Référent harcèlement"


def test_open_case_windows_and_reports_follow_the_language(qtbot: Any, application: Application) -> None:
    from hospital_mediation.domain.taxonomy import Category
    from hospital_mediation.gui import i18n
    from hospital_mediation.gui.labels import label

    app = application
    create_vault(qtbot, app)
    case = file_report(qtbot, app, REPORT_TEXT)
    window = open_case(qtbot, app, case.id)
    tabs = window.form.tabWidget
    attachments_tab = tabs.indexOf(window.findChildren(AttachmentsPanel)[0])
    app.main_window.form.actionNewReport.trigger()
    wait_for_tasks(qtbot)
    wizard: ReportWizard = app.report_wizards[-1]
    english_title = wizard.form.whatPage.title()
    save_later = wizard.button(QWizard.WizardButton.CustomButton1)
    assert (tabs.tabText(attachments_tab), save_later.text()) == ("A&ttachments", "Save and continue &later")
    assert window.form.categoryValue.text() == window.form.categoryCombo.currentText() == "Moral harassment"
    try:
        i18n.install("fr")
        QApplication.processEvents()
        french = label(Category.MORAL_HARASSMENT)
        assert french != "Moral harassment"
        assert window.form.categoryValue.text() == window.form.categoryCombo.currentText() == french
        assert tabs.tabText(attachments_tab) == "Pièces &jointes"
        assert window.form.tabWidget.tabText(0) != "Summary" and not window.dirty and not window.isWindowModified()
        assert window.transition_model.headerData(1, Qt.Orientation.Horizontal) == "De"
        assert wizard.form.whatPage.title() != english_title
        assert wizard.steps[wizard.form.whatPage].text() == wizard.form.whatPage.title()
        assert save_later.text() == "Enregistrer et &finir plus tard"
        assert not wizard.autosave_timer.isActive()  # naming things again is no edit to save
    finally:
        i18n.install("en")
        QApplication.processEvents()
    assert window.form.categoryValue.text() == "Moral harassment" and tabs.tabText(attachments_tab) == "A&ttachments"
    assert wizard.steps[wizard.form.whatPage].text() == english_title


def test_settings_reloaded_after_another_member_saved_apply_at_once(qtbot: Any, application: Application) -> None:
    app = application
    create_vault(qtbot, app)
    assert app.session is not None
    settings, version = app.session.vault.settings.get()
    settings.idle_lock_minutes = 17
    app.session.vault.settings.save(settings, version)  # someone else, on another computer
    app.settings_page.load()  # the page's Reload
    wait_for_tasks(qtbot)
    assert app.session.idle_interval_ms == 17 * 60_000 and app.settings.idle_lock_minutes == 17


def test_a_status_filter_left_on_at_lock_works_after_unlock(qtbot: Any, application: Application) -> None:
    app = application
    create_vault(qtbot, app)
    case = file_report(qtbot, app, REPORT_TEXT)
    filters = app.main_window.cases_page.form
    filters.statusFilter.setCurrentIndex(filters.statusFilter.findData(Status.FILED))
    assert shown_count(app) == 1
    assert app.session is not None
    app.session.lock()
    wait_for_tasks(qtbot)
    unlock(qtbot, app, PASSPHRASE)
    qtbot.waitUntil(lambda: app.main_window.case_model.rowCount() == 1, timeout=20_000)
    assert shown_count(app) == 1 and app.main_window.case_model.rows[0].summary.id == case.id
