"""Settings: loaded and saved in the background through the widgets; conflicts, bad values, the language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTableView

from hospital_mediation.domain.settings import DirectoryEntry, RetentionRule, ServiceKind, VaultSettings
from hospital_mediation.domain.taxonomy import Outcome
from hospital_mediation.gui import i18n
from hospital_mediation.gui.models.directory_table_model import DirectoryColumn, DirectoryTableModel
from hospital_mediation.gui.models.retention_rule_table_model import (
    UNTIL_DECIDED,
    RetentionColumn,
    RetentionRuleTableModel,
)
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.settings_page import SettingsPage
from hospital_mediation.store import Vault
from tests.gui.conftest import wait_for_tasks


def loaded_page(qtbot: Any, vault: Vault) -> SettingsPage:
    page = SettingsPage(VaultSession(vault))
    qtbot.addWidget(page)
    page.show()
    wait_for_tasks(qtbot)
    assert page.version is not None, page.form.messageLabel.text()
    return page


def open_editor(table: QTableView, editor_type: type) -> Any:
    """The cell editor open in ``table`` (closed ones linger, hidden, until deleted later)."""
    editors = [editor for editor in table.findChildren(editor_type) if editor.isVisible()]
    assert len(editors) == 1, f"expected one open {editor_type.__name__} editor, found {len(editors)}"
    return editors[0]


def edit_cell(qtbot: Any, table: QTableView, row: int, column: int, editor_type: type, value: Any) -> None:
    """Open the cell's editor as F2 would, put ``value`` in it, and press Enter to commit."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = open_editor(table, editor_type)
    if isinstance(editor, QSpinBox):
        editor.setValue(value)
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(value))
    else:
        editor.clear()
        qtbot.keyClicks(editor, value)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def outcome_row(model: RetentionRuleTableModel, outcome: Outcome) -> int:
    return next(n for n, rule in enumerate(model.rows) if rule.outcome is outcome)


def test_models_pass_qt_model_tester(qtmodeltester: Any) -> None:
    retention = RetentionRuleTableModel()
    retention.set_rules([RetentionRule(Outcome.INADMISSIBLE, 1)])
    qtmodeltester.check(retention)
    directory = DirectoryTableModel()
    directory.set_entries(VaultSettings().directory)
    qtmodeltester.check(directory)


def test_retention_model_shows_every_outcome_with_its_default() -> None:
    model = RetentionRuleTableModel()
    model.set_rules([RetentionRule(Outcome.INADMISSIBLE, 1)])
    assert [rule.outcome for rule in model.rows] == list(Outcome)
    inadmissible = model.index(outcome_row(model, Outcome.INADMISSIBLE), RetentionColumn.MONTHS)
    judicial = model.index(outcome_row(model, Outcome.JUDICIAL_PROCEEDINGS), RetentionColumn.MONTHS)
    assert "1 month" in inadmissible.data()
    assert judicial.data() == "until decided" and judicial.data(Qt.ItemDataRole.EditRole) == UNTIL_DECIDED
    assert not model.setData(inadmissible, 601) and not model.setData(inadmissible, "12")
    assert model.rows[outcome_row(model, Outcome.INADMISSIBLE)].months == 1
    model.restore_defaults()
    assert model.rows[outcome_row(model, Outcome.INADMISSIBLE)].months == 2


def test_settings_round_trip(qtbot: Any, demo_vault: Vault) -> None:
    page = loaded_page(qtbot, demo_vault)
    assert page.version == 0
    assert page.form.idleSpin.value() == 5 and page.form.attachmentSpin.value() == 2048
    assert page.directory_model.rowCount() == len(VaultSettings().directory)
    page.form.idleSpin.setValue(12)
    page.form.attachmentSpin.setValue(512)
    page.form.holidayCombo.setCurrentIndex(page.form.holidayCombo.findData("57"))
    page.form.addButton.click()  # opens the name of a new row for typing
    directory = page.form.directoryTable
    new_row = page.directory_model.rowCount() - 1
    name_editor = open_editor(directory, QLineEdit)
    assert directory.currentIndex().row() == new_row
    qtbot.keyClicks(name_editor, "Cellule RPS du CHU")
    qtbot.keyClick(name_editor, Qt.Key.Key_Return)
    edit_cell(qtbot, directory, new_row, DirectoryColumn.KIND, QComboBox, ServiceKind.AUTHORITY.value)
    edit_cell(qtbot, directory, new_row, DirectoryColumn.CONTACT, QLineEdit, "poste 1234")
    directory.setCurrentIndex(page.directory_model.index(0, 0))
    page.form.removeButton.click()  # "Médecine du travail" goes
    retention = page.form.retentionTable
    edit_cell(qtbot, retention, outcome_row(page.retention_model, Outcome.INADMISSIBLE), RetentionColumn.MONTHS,
              QSpinBox, 3)
    edit_cell(qtbot, retention, outcome_row(page.retention_model, Outcome.WITHDRAWN), RetentionColumn.MONTHS,
              QSpinBox, UNTIL_DECIDED)
    with qtbot.waitSignal(page.settings_saved, timeout=20_000) as saved:
        page.form.saveButton.click()
    wait_for_tasks(qtbot)
    assert page.version == 1
    assert "saved" in page.form.messageLabel.text()
    stored, version = demo_vault.settings.get()
    assert version == 1
    assert saved.args[0] == stored
    assert (stored.idle_lock_minutes, stored.attachment_max_mib, stored.holiday_subdivision) == (12, 512, "57")
    assert stored.directory[-1] == DirectoryEntry("Cellule RPS du CHU", ServiceKind.AUTHORITY, "poste 1234")
    assert "Médecine du travail" not in [entry.name for entry in stored.directory]
    policy = stored.retention_policy()
    assert (policy.months[Outcome.INADMISSIBLE], policy.months[Outcome.WITHDRAWN]) == (3, None)
    assert policy.months[Outcome.MEASURES_TAKEN] == 12
    again = loaded_page(qtbot, demo_vault)  # and read back by a new page
    assert again.version == 1 and again.form.idleSpin.value() == 12
    assert again.form.holidayCombo.currentData() == "57"
    assert again.directory_model.entries() == stored.directory


def test_a_stale_save_shows_the_conflict_and_reload_shows_theirs(qtbot: Any, demo_vault: Vault) -> None:
    page = loaded_page(qtbot, demo_vault)
    demo_vault.settings.save(VaultSettings(idle_lock_minutes=9), 0)  # someone else, meanwhile
    page.form.idleSpin.setValue(30)
    page.form.saveButton.click()
    wait_for_tasks(qtbot)
    assert "Someone else saved" in page.form.messageLabel.text()
    assert "Reload" in page.form.messageLabel.text()
    assert demo_vault.settings.get() == (VaultSettings(idle_lock_minutes=9), 1)  # theirs, untouched
    assert page.form.idleSpin.value() == 30  # ours, still on screen to apply again
    page.form.reloadButton.click()
    wait_for_tasks(qtbot)
    assert page.version == 1 and page.form.idleSpin.value() == 9


def test_an_invalid_directory_entry_is_shown_and_nothing_is_saved(qtbot: Any, demo_vault: Vault) -> None:
    page = loaded_page(qtbot, demo_vault)
    page.form.addButton.click()
    name_editor = open_editor(page.form.directoryTable, QLineEdit)
    qtbot.keyClicks(name_editor, "   ")
    qtbot.keyClick(name_editor, Qt.Key.Key_Return)
    empty_row = page.directory_model.rowCount() - 1
    page.form.directoryTable.setCurrentIndex(page.directory_model.index(0, 0))
    page.form.saveButton.click()
    wait_for_tasks(qtbot)
    message = page.form.messageLabel.text()
    assert "cannot be saved" in message and f"Line {empty_row + 1} of the directory" in message
    assert page.form.directoryTable.currentIndex().row() == empty_row  # the cursor is on the culprit
    assert demo_vault.settings.get()[1] == 0
    assert page.version == 0 and page.directory_model.rowCount() == empty_row + 1  # nothing lost


def test_locking_empties_the_page(qtbot: Any, demo_vault: Vault) -> None:
    page = loaded_page(qtbot, demo_vault)
    assert page.directory_model.rowCount() > 0
    page.session.lock()
    assert page.directory_model.rowCount() == 0 and page.retention_model.rowCount() == 0
    assert page.version is None and not page.form.saveButton.isEnabled()


@pytest.fixture
def own_qsettings(tmp_path: Path, private_settings: Path) -> Iterator[Path]:
    """QSettings in this test's folder; English and the session's settings folder put back afterwards."""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path))
    try:
        yield tmp_path
    finally:
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(private_settings))
        i18n.install("en")


def test_language_is_saved_on_this_computer_and_announced(qtbot: Any, demo_vault: Vault, own_qsettings: Path) -> None:
    page = loaded_page(qtbot, demo_vault)
    combo = page.form.languageCombo
    first = combo.currentData()
    assert first == i18n.current  # the language on screen, whatever was saved
    other = "en" if first == "fr" else "fr"
    for language in (other, first):
        with qtbot.waitSignal(page.language_changed, check_params_cb=lambda chosen, wanted=language: chosen == wanted):
            combo.setCurrentIndex(combo.findData(language))
        assert QSettings().value("language") == language
        assert i18n.chosen_language() == language
        assert QLocale().language() == (QLocale.Language.French if language == "fr" else QLocale.Language.English)
    assert any(p.is_file() for p in own_qsettings.rglob("*"))  # in the temporary folder, not the user's
    assert demo_vault.settings.get()[1] == 0  # the vault is not touched


def test_the_language_list_shows_the_language_on_screen(qtbot: Any, demo_vault: Vault, own_qsettings: Path) -> None:
    i18n.save_language("fr")  # saved French, but this session was started in English (--language en)
    i18n.install("en")
    page = loaded_page(qtbot, demo_vault)
    assert page.form.languageCombo.currentData() == "en"
