"""Settings: idle lock, attachment size, public holidays, retention, the directory (in the vault),
and the language (on this computer, in QSettings)."""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hospital_mediation.domain.settings import ServiceKind, VaultSettings
from hospital_mediation.errors import ConcurrentEditError, ValidationError
from hospital_mediation.gui import i18n, messages, workers
from hospital_mediation.gui.forms.ui_settings_page import Ui_SettingsPage
from hospital_mediation.gui.models.directory_table_model import DirectoryColumn, DirectoryTableModel, kind_label
from hospital_mediation.gui.models.retention_rule_table_model import (
    MAX_MONTHS,
    UNTIL_DECIDED,
    RetentionColumn,
    RetentionRuleTableModel,
)
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.widgets.forms import show_message

Index = QModelIndex | QPersistentModelIndex

# Subdivisions of the ``holidays`` package's France with their own public holidays (None: mainland).
SUBDIVISIONS: tuple[tuple[str | None, Any], ...] = (
    (None, QT_TRANSLATE_NOOP("SettingsPage", "Mainland France")),
    ("57", QT_TRANSLATE_NOOP("SettingsPage", "Moselle (57)")),
    ("6AE", QT_TRANSLATE_NOOP("SettingsPage", "Alsace: Bas-Rhin and Haut-Rhin (67, 68)")),
    ("971", QT_TRANSLATE_NOOP("SettingsPage", "Guadeloupe (971)")),
    ("972", QT_TRANSLATE_NOOP("SettingsPage", "Martinique (972)")),
    ("973", QT_TRANSLATE_NOOP("SettingsPage", "French Guiana (973)")),
    ("974", QT_TRANSLATE_NOOP("SettingsPage", "La Réunion (974)")),
    ("976", QT_TRANSLATE_NOOP("SettingsPage", "Mayotte (976)")),
)
# Each language in its own words: someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
_ROW_IN_PATH = re.compile(r"^(directory|retention)\[(\d+)\]")


class _MonthsDelegate(QStyledItemDelegate):
    """A spin box of months whose lowest value reads "until decided"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(UNTIL_DECIDED, MAX_MONTHS)
        editor.setSpecialValueText(self.tr("until decided"))
        editor.setSuffix(self.tr(" months"))
        editor.setAccessibleName(self.tr("Months kept after closure"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class _KindDelegate(QStyledItemDelegate):
    """A combo box of the kinds of service (support, authority)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        for kind in ServiceKind:
            editor.addItem(kind_label(kind), kind.value)
        editor.setAccessibleName(self.tr("Kind of service"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SettingsPage(QWidget):
    """The vault settings, loaded and saved in the background, and the language of this computer.

    The idle lock is applied to the session as soon as the settings are saved.

    Signals:
        settings_loaded(object): the :class:`VaultSettings` just read from the vault (at each load).
        settings_saved(object): the :class:`VaultSettings` just saved.
        language_changed(str): the user chose another language ("fr" or "en"); it is saved and installed.
    """

    settings_loaded = Signal(object)
    settings_saved = Signal(object)
    language_changed = Signal(str)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_SettingsPage()
        self.form.setupUi(self)
        self.version: int | None = None  # of the settings shown; None until loaded
        self._busy = False
        self.retention_model = RetentionRuleTableModel(self)
        self.directory_model = DirectoryTableModel(self)
        self._setup_tables()
        self._fill_holidays()
        self._fill_languages()
        self.form.saveButton.clicked.connect(self._on_save_button_clicked)
        self.form.reloadButton.clicked.connect(self._on_reload_button_clicked)
        self.form.addButton.clicked.connect(self._on_add_button_clicked)
        self.form.removeButton.clicked.connect(self._on_remove_button_clicked)
        self.form.defaultsButton.clicked.connect(self._on_defaults_button_clicked)
        self.form.languageCombo.currentIndexChanged.connect(self._on_language_combo_current_index_changed)
        self.form.directoryTable.selectionModel().currentChanged.connect(self._update_buttons)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._on_save_button_clicked)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        session.unlocked.connect(self._on_session_unlocked)
        session.locked.connect(self._on_session_locked)
        self._set_busy(False)
        if session.vault.is_unlocked:
            self.load()

    def _setup_tables(self) -> None:
        retention = self.form.retentionTable
        retention.setModel(self.retention_model)
        retention.setItemDelegateForColumn(RetentionColumn.MONTHS, _MonthsDelegate(retention))
        retention.horizontalHeader().setSectionResizeMode(RetentionColumn.OUTCOME,
                                                          QHeaderView.ResizeMode.ResizeToContents)
        directory = self.form.directoryTable
        directory.setModel(self.directory_model)
        directory.setItemDelegateForColumn(DirectoryColumn.KIND, _KindDelegate(directory))
        directory.setColumnWidth(DirectoryColumn.NAME, 220)
        directory.setColumnWidth(DirectoryColumn.KIND, 100)

    def _fill_holidays(self) -> None:
        combo = self.form.holidayCombo
        current = combo.currentData() if combo.count() else None
        combo.clear()
        for code, name in SUBDIVISIONS:
            combo.addItem(self.tr(name), code)
        self._select_holidays(current)

    def _select_holidays(self, code: str | None) -> None:
        combo = self.form.holidayCombo
        position = combo.findData(code) if code is not None else 0
        if position < 0:  # a subdivision set elsewhere (the command line): shown as it is
            combo.addItem(code, code)
            position = combo.count() - 1
        combo.setCurrentIndex(position)

    def _fill_languages(self) -> None:
        combo = self.form.languageCombo
        combo.blockSignals(True)
        for code in i18n.LANGUAGES:
            combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        combo.setCurrentIndex(max(0, combo.findData(i18n.current or i18n.chosen_language())))  # what is on screen
        combo.blockSignals(False)

    # --- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the settings from the vault (in the background) and show them."""
        self._set_busy(True)
        show_message(self.form.messageLabel, self.tr("Loading the settings…"))
        workers.start(self.session.vault.settings.get,
                      succeeded=self._on_load_task_succeeded, failed=self._on_task_failed)

    def _on_load_task_succeeded(self, result: tuple[VaultSettings, int]) -> None:
        self._set_busy(False)
        if not self.session.vault.is_unlocked:
            return  # locked meanwhile
        settings, version = result
        self.show_settings(settings, version)
        show_message(self.form.messageLabel, "")
        self.settings_loaded.emit(settings)

    def show_settings(self, settings: VaultSettings, version: int) -> None:
        self.version = version
        self.form.idleSpin.setValue(settings.idle_lock_minutes)
        self.form.attachmentSpin.setValue(settings.attachment_max_mib)
        self._select_holidays(settings.holiday_subdivision)
        self.retention_model.set_rules(settings.retention)
        self.directory_model.set_entries(settings.directory)
        self._update_buttons()

    def current_settings(self) -> VaultSettings:
        """The settings as edited on the page."""
        return VaultSettings(
            retention=self.retention_model.rules(),
            directory=self.directory_model.entries(),
            idle_lock_minutes=self.form.idleSpin.value(),
            attachment_max_mib=self.form.attachmentSpin.value(),
            holiday_subdivision=self.form.holidayCombo.currentData(),
        )

    # --- saving -----------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        if self.version is None or self._busy:
            return
        # Alt+S or Ctrl+S do not move the focus: leaving an open cell editor commits what it holds.
        self.form.saveButton.setFocus()
        settings = self.current_settings()
        try:
            settings.check()
        except ValidationError as error:
            self._show_invalid(error)
            return
        self._set_busy(True)
        show_message(self.form.messageLabel, self.tr("Saving…"))
        workers.start(self.session.vault.settings.save, settings, self.version,
                      succeeded=partial(self._on_save_task_succeeded, settings), failed=self._on_task_failed)

    def _on_save_task_succeeded(self, settings: VaultSettings, version: int) -> None:
        self._set_busy(False)
        if not self.session.vault.is_unlocked:
            return  # locked meanwhile
        self.version = version
        show_message(self.form.messageLabel, self.tr("Settings saved."))
        self.settings_saved.emit(settings)

    def _on_task_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not self.session.vault.is_unlocked:
            return  # locked meanwhile
        if isinstance(error, ValidationError):
            self._show_invalid(error)
        elif isinstance(error, ConcurrentEditError):
            show_message(self.form.messageLabel,
                         messages.describe(error) + " " + self.tr("Press Reload to see their version."), error=True)
            self.form.reloadButton.setFocus()
        else:
            show_message(self.form.messageLabel, messages.describe(error), error=True)

    def _show_invalid(self, error: ValidationError) -> None:
        """Say what is wrong and put the cursor on the row at fault."""
        show_message(self.form.messageLabel, messages.describe(error), error=True)
        found = _ROW_IN_PATH.match(error.path)
        if found is None:
            return
        table, column = ((self.form.directoryTable, DirectoryColumn.NAME) if found.group(1) == "directory"
                         else (self.form.retentionTable, RetentionColumn.MONTHS))
        index = table.model().index(int(found.group(2)), column)
        if index.isValid():
            table.setCurrentIndex(index)
            table.scrollTo(index)
            table.setFocus()

    def _on_reload_button_clicked(self) -> None:
        if not self._busy and self.session.vault.is_unlocked:
            self.load()

    # --- editing ----------------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        row = self.directory_model.add_entry()
        table = self.form.directoryTable
        index = self.directory_model.index(row, DirectoryColumn.NAME)
        table.setCurrentIndex(index)
        table.scrollTo(index)
        table.setFocus()
        table.edit(index)

    def _on_remove_button_clicked(self) -> None:
        index = self.form.directoryTable.currentIndex()
        if index.isValid():
            self.directory_model.remove_entry(index.row())
        self._update_buttons()

    def _on_defaults_button_clicked(self) -> None:
        self.retention_model.restore_defaults()

    def _on_language_combo_current_index_changed(self, _position: int) -> None:
        language = self.form.languageCombo.currentData()
        if not isinstance(language, str):
            return
        i18n.save_language(language)
        i18n.install(language)
        self.language_changed.emit(language)

    # --- state ------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.busyBar.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.version is not None and not self._busy
        for widget in (self.form.generalGroup, self.form.retentionGroup, self.form.directoryGroup,
                       self.form.saveButton):
            widget.setEnabled(ready)
        self.form.reloadButton.setEnabled(not self._busy and self.session.vault.is_unlocked)
        self.form.removeButton.setEnabled(ready and self.form.directoryTable.currentIndex().isValid())

    def _on_session_unlocked(self) -> None:
        self.load()

    def _on_session_locked(self) -> None:
        self.version = None
        self.retention_model.clear()
        self.directory_model.clear()
        show_message(self.form.messageLabel, "")
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._fill_holidays()
            self.retention_model.retranslate()
            self.directory_model.retranslate()
        super().changeEvent(event)
