"""The "Journal" section: record now, report later. Choose a case (or start a new journal, which is
a draft case nobody else sees until a report is filed) and keep its evidence journal."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from hospital_mediation.domain.model import Case, CaseSummary, NewCase, reference_order
from hospital_mediation.gui import messages
from hospital_mediation.gui.forms.ui_journal_page import Ui_JournalPage
from hospital_mediation.gui.journal_panel import JournalPanel
from hospital_mediation.gui.labels import label
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.workers import Task, start
from hospital_mediation.store.attachments import DEFAULT_MAX_SIZE


class JournalPage(QWidget):
    """Signals:
        case_open_requested(object): the id of the case to open.
        case_created(object): a draft case was created for a new journal (its CaseSummary).
        journal_changed(object): an entry was recorded in the journal of this case (its id).
    """

    case_open_requested = Signal(object)
    case_created = Signal(object)
    journal_changed = Signal(object)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        """The cases come from whoever already decrypted them (the application's case list):
        :meth:`set_cases`, :meth:`upsert_case`, :meth:`remove_case`."""
        super().__init__(parent)
        self.attachment_max_bytes = DEFAULT_MAX_SIZE  # the vault's setting, given by the application
        self.session = session
        self.form = Ui_JournalPage()
        self.form.setupUi(self)
        self.panel: JournalPanel | None = None
        self._summaries: dict[uuid.UUID, CaseSummary] = {}
        self._ids: list[uuid.UUID] = []  # the case of each item of the combo, in its order (one addItems call
        # fills 10 000 items; 10 000 addItem calls with their data block the window for 50 ms and more)
        self._create_task: Task | None = None
        self.form.caseCombo.setPlaceholderText(self.tr("Choose a case…"))
        self.form.caseCombo.currentIndexChanged.connect(self._on_case_combo_current_index_changed)
        self.form.newJournalButton.clicked.connect(self._on_new_journal_button_clicked)
        self.form.openCaseButton.clicked.connect(self._on_open_case_button_clicked)
        session.locked.connect(self._on_session_locked)
        self._show_message("")
        self._update_buttons()

    # --- the cases -----------------------------------------------------------------------------------

    def set_cases(self, summaries: list[CaseSummary]) -> None:
        """Offer these cases (newest first), keeping the one shown if it is still there."""
        current = self.current_case_id()
        self._summaries = {summary.id: summary for summary in summaries}
        ordered = sorted(summaries, key=lambda summary: reference_order(summary.reference), reverse=True)
        self._fill([summary.id for summary in ordered], current)
        if self.current_case_id() != current:
            self._show_panel(self.current_case_id())
        self._update_buttons()

    def upsert_case(self, summary: CaseSummary) -> None:
        """A case was filed, started or changed elsewhere: offer it (its text refreshed), in place."""
        combo = self.form.caseCombo
        index = self.index_of(summary.id)
        self._summaries[summary.id] = summary
        if index >= 0:
            combo.setItemText(index, self._case_text(summary))
            return
        key = reference_order(summary.reference)
        position = next((n for n, case_id in enumerate(self._ids)
                         if reference_order(self._summaries[case_id].reference) < key), len(self._ids))
        self._ids.insert(position, summary.id)
        combo.blockSignals(True)  # the case shown stays the same
        combo.insertItem(position, self._case_text(summary))
        combo.blockSignals(False)

    def remove_case(self, case_id: uuid.UUID) -> None:
        """A case was deleted: no longer offered (its journal closes if it was shown)."""
        index = self.index_of(case_id)
        self._summaries.pop(case_id, None)
        if index >= 0:
            del self._ids[index]  # first: the combo's signal then reads the new order
            self.form.caseCombo.removeItem(index)  # a shown case: the selection moves, and the panel with it

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Another language: the form and the cases' descriptions (their status is translated)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.form.caseCombo.setPlaceholderText(self.tr("Choose a case…"))
            self._fill(self._ids, self.current_case_id())
        super().changeEvent(event)

    def _case_text(self, summary: CaseSummary) -> str:
        unit = summary.unit.strip() or self.tr("no unit yet")
        return f"{summary.reference} · {unit} · {label(summary.status)}"

    def _fill(self, ids: list[uuid.UUID], current: uuid.UUID | None) -> None:
        """The combo offers these cases, in this order; ``current`` stays chosen (no signal)."""
        combo = self.form.caseCombo
        combo.blockSignals(True)
        combo.clear()
        self._ids = list(ids)
        combo.addItems([self._case_text(self._summaries[case_id]) for case_id in self._ids])
        combo.setCurrentIndex(self.index_of(current) if current is not None else -1)
        combo.blockSignals(False)

    def case_id_at(self, index: int) -> uuid.UUID | None:
        """The case of the combo's item ``index``."""
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def current_case_id(self) -> uuid.UUID | None:
        return self.case_id_at(self.form.caseCombo.currentIndex())

    def index_of(self, case_id: uuid.UUID) -> int:
        """The combo row of this case, -1 if absent."""
        return self._ids.index(case_id) if case_id in self._ids else -1

    def select_case(self, case_id: uuid.UUID) -> None:
        """Show the journal of this case (if it is offered)."""
        index = self.index_of(case_id)
        if index >= 0:
            self.form.caseCombo.setCurrentIndex(index)

    def _on_case_combo_current_index_changed(self, _index: int) -> None:
        self._show_panel(self.current_case_id())
        self._update_buttons()

    def _show_panel(self, case_id: uuid.UUID | None) -> None:
        if self.panel is not None:
            if self.panel.case_id == case_id:
                return
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None
        self.form.placeholderLabel.setVisible(case_id is None)
        if case_id is None:
            return
        self.panel = JournalPanel(self.session, case_id, self.attachment_max_bytes, self.form.panelHost)
        self.panel.journal_changed.connect(self._on_panel_journal_changed)
        self.form.panelLayout.addWidget(self.panel)

    def _on_panel_journal_changed(self) -> None:
        if self.panel is not None:
            self.journal_changed.emit(self.panel.case_id)

    # --- actions ---------------------------------------------------------------------------------------

    def _on_new_journal_button_clicked(self) -> None:
        if self._create_task is not None or not self.session.vault.is_unlocked:
            return
        self._show_message(self.tr("Creating the journal…"))
        self._create_task = start(self.session.vault.cases.create, NewCase(),
                                  succeeded=self._on_create_task_succeeded, failed=self._on_task_failed)
        self._update_buttons()

    def _on_create_task_succeeded(self, case: Case) -> None:
        if self.sender() is not self._create_task:
            return
        self._create_task = None
        self._update_buttons()
        if not self.session.vault.is_unlocked:
            return
        summary = case.summary()
        self.upsert_case(summary)
        self.select_case(case.id)
        self._show_message(self.tr("Journal %1 started. It is a draft: nobody else sees it, and it is not a "
                                   "report until you file one.").replace("%1", case.reference))
        self.case_created.emit(summary)
        if self.panel is not None:
            self.panel.form.newEntryButton.setFocus()

    def _on_task_failed(self, error: BaseException) -> None:
        if self.sender() is not self._create_task:
            return
        self._create_task = None
        self._update_buttons()
        self._show_message(messages.describe(error))

    def _on_open_case_button_clicked(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            self.case_open_requested.emit(case_id)

    # --- state ----------------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        unlocked = self.session.vault.is_unlocked
        self.form.newJournalButton.setEnabled(unlocked and self._create_task is None)
        self.form.openCaseButton.setEnabled(unlocked and self.current_case_id() is not None)

    def _on_session_locked(self) -> None:
        self._summaries = {}
        self._ids = []
        self.form.caseCombo.blockSignals(True)
        self.form.caseCombo.clear()
        self.form.caseCombo.blockSignals(False)
        self._show_panel(None)
        self._show_message("")
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(bool(text))
