"""One case in its own window: summary, report, parties, workflow and follow-up records.

The core reads and writes everything in the background. What the user typed stays in the
form until it is saved or until the user chooses to reload (after someone else saved first).
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from hospital_mediation.domain.deadlines import WorkingDayCalendar
from hospital_mediation.domain.model import Case, CaseRecord, Report
from hospital_mediation.domain.settings import VaultSettings
from hospital_mediation.domain.taxonomy import RecordKind
from hospital_mediation.domain.workflow import Status
from hospital_mediation.errors import ConcurrentEditError, HospitalMediationError
from hospital_mediation.gui import case_report_form, case_workflow_view, messages, workers
from hospital_mediation.gui.case_workflow_view import DeadlineLine
from hospital_mediation.gui.forms.ui_case_detail_window import Ui_CaseDetailWindow
from hospital_mediation.gui.labels import label
from hospital_mediation.gui.models.delegates import ChoiceDelegate
from hospital_mediation.gui.models.party_table_model import PartyColumn, PartyTableModel
from hospital_mediation.gui.models.record_table_model import RECORD_ROLE, RecordColumn, RecordTableModel
from hospital_mediation.gui.models.transition_table_model import TransitionColumn, TransitionTableModel
from hospital_mediation.gui.record_dialog import RecordDialog
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.transition_dialog import TransitionDialog
from hospital_mediation.gui.widgets.tables import size_columns
from hospital_mediation.store import Vault

_ERROR_FRAME = "QFrame#messageFrame { background: #fdecea; border: 1px solid #b3261e; border-radius: 4px; }"
_INFO_FRAME = "QFrame#messageFrame { background: #e8f3ea; border: 1px solid #2e7d32; border-radius: 4px; }"


@dataclass
class LoadedCase:
    case: Case
    records: list[CaseRecord]
    calendar: WorkingDayCalendar
    settings: VaultSettings


def load_case(vault: Vault, case_id: uuid.UUID, settings: VaultSettings | None = None) -> LoadedCase:
    """Everything the window shows, decrypted together (off the GUI thread); the vault's settings are
    read too unless given."""
    if settings is None:
        settings, _version = vault.settings.get()
    return LoadedCase(vault.cases.get(case_id), vault.records.list(case_id), settings.calendar(), settings)


class CaseDetailWindow(QWidget):
    """The case ``case_id`` of ``session``'s vault; closes itself and drops its data on lock.

    ``settings``: the vault's settings when the caller has them (else they are read with the case).

    A closed window has dropped its data: open the case again in a new window. Before a lock
    (idle, Ctrl+L, hide now, quitting), the report and parties typed and not saved yet are saved,
    as the Save button would: see :meth:`_on_session_about_to_lock`. An open step or record dialog
    is closed without being confirmed, and what was typed in it is dropped.

    Only the steps the core would accept now are enabled; the others say why (tooltip and
    accessible description), so that the order of the steps can be learnt.

    Signals:
        case_changed(object): the case's new :class:`CaseSummary` after any change saved here.
        records_changed(): a follow-up record was added or changed here (the case itself was not).
        closed(): the window closed (by the user, or because the vault was locked).
    """

    case_changed = Signal(object)
    records_changed = Signal()
    closed = Signal()

    def __init__(self, session: VaultSession, case_id: uuid.UUID, parent: QWidget | None = None, *,
                 settings: VaultSettings | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_CaseDetailWindow()
        self.form.setupUi(self)
        self.session = session
        self.case_id = case_id
        self.case: Case | None = None
        self._given_settings = settings  # passed to each load, which then does not read them
        self.settings: VaultSettings | None = None
        self.calendar = WorkingDayCalendar()
        self.dirty = False
        self.busy = False
        self.dropped = False
        self._populating = False
        self._edits = self._edits_saved = 0  # typing during a save keeps the form marked unsaved
        self._close_after_save = False
        self.transition_buttons: dict[Status, QPushButton] = {}
        self.step_refusals: dict[Status, str] = {}  # target -> why the core refuses it now
        self.transition_dialog: TransitionDialog | None = None
        self.record_dialog: RecordDialog | None = None
        self.close_question: QMessageBox | None = None
        self.party_model = PartyTableModel(self)
        self.transition_model = TransitionTableModel(self)
        self.record_model = RecordTableModel(self)
        self._added_tabs: list[tuple[QWidget, str]] = []  # (panel, source text of its title)
        self._set_up_views()
        case_report_form.set_up_report_form(self.form, self.party_model, self._on_report_edited)
        self._connect()
        self.form.messageFrame.hide()
        self.form.unsavedLabel.hide()
        self.form.saveButton.setEnabled(False)
        session.about_to_lock.connect(self._on_session_about_to_lock)
        session.locked.connect(self._on_session_locked)
        self.reload()

    def _set_up_views(self) -> None:
        f = self.form
        f.partiesView.setModel(self.party_model)
        f.partiesView.setItemDelegate(ChoiceDelegate(f.partiesView))
        f.transitionsView.setModel(self.transition_model)
        f.recordsView.setModel(self.record_model)
        size_columns(f.partiesView, {PartyColumn.RELATION: 150, PartyColumn.NAME: 140, PartyColumn.ROLE: 140,
                                     PartyColumn.PROFESSION: 150, PartyColumn.SUPERIOR: 170})
        size_columns(f.transitionsView, {TransitionColumn.AT: 150, TransitionColumn.FROM: 150,
                                         TransitionColumn.TO: 150, TransitionColumn.ACTOR: 90})
        size_columns(f.recordsView, {RecordColumn.KIND: 110, RecordColumn.DATE: 100, RecordColumn.TITLE: 220})

    def _connect(self) -> None:
        f = self.form
        f.saveButton.clicked.connect(self.save)
        f.closeButton.clicked.connect(self.close)
        f.reloadButton.clicked.connect(self._on_reload_button_clicked)
        f.addPartyButton.clicked.connect(self._on_add_party_button_clicked)
        f.removePartyButton.clicked.connect(self._on_remove_party_button_clicked)
        f.feedbackButton.clicked.connect(partial(self.open_transition_dialog, None))
        for button, kind in ((f.addOrientationButton, RecordKind.ORIENTATION), (f.addMeasureButton, RecordKind.MEASURE),
                             (f.addNoteButton, RecordKind.NOTE), (f.addExchangeButton, RecordKind.EXCHANGE)):
            button.clicked.connect(partial(self.open_record_dialog, kind, None))
        f.editRecordButton.clicked.connect(self._on_edit_record_button_clicked)
        f.recordsView.activated.connect(self._on_records_view_activated)
        f.recordsView.selectionModel().selectionChanged.connect(self._update_buttons)
        f.partiesView.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

    def add_tab(self, widget: QWidget, title: object) -> None:
        """Another section of the case (journal, attachments), after the built-in ones. ``title`` is the
        source text, marked with ``QT_TRANSLATE_NOOP("CaseDetailWindow", ...)``: it is translated now and
        at each change of language."""
        self._added_tabs.append((widget, str(title)))
        self.form.tabWidget.addTab(widget, self.tr(str(title)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Another language: the form, the choices, the tables, the steps and what the case shows; what
        was typed and not saved stays as it is."""
        f = self.form
        populating, self._populating = self._populating, True  # naming things again is no edit
        try:
            f.retranslateUi(self)
            case_report_form.relabel_report_choices(f)
            for model in (self.party_model, self.transition_model, self.record_model):
                model.retranslate()  # dataChanged, which the report's watcher would take for an edit
        finally:
            self._populating = populating
        for widget, title in self._added_tabs:
            f.tabWidget.setTabText(f.tabWidget.indexOf(widget), self.tr(title))
        case_report_form.align_report_labels(f)
        if self.case is not None:
            self._apply_case(self.case, report_too=False)
        self.setWindowModified(self.dirty)

    # --- loading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case again from the vault; whatever was typed and not saved is replaced."""
        if self.busy or not self.session.vault.is_unlocked:
            return
        self.dropped = False
        self._set_busy(True)
        self.form.tabWidget.setEnabled(self.case is not None)
        workers.start(load_case, self.session.vault, self.case_id, self._given_settings,
                      succeeded=self._on_load_succeeded, failed=self._on_load_failed)

    def use_settings(self, settings: VaultSettings) -> None:
        """The vault's settings were saved elsewhere: new deadlines calendar, directory and limits."""
        if not self._live():
            return
        self._given_settings = self.settings = settings
        self.calendar = settings.calendar()
        if self.case is not None:
            self._apply_case(self.case, report_too=False)

    def _live(self) -> bool:
        """False once the vault was locked: late results of background work are then dropped."""
        return not self.dropped and self.session.vault.is_unlocked

    def _on_load_succeeded(self, loaded: LoadedCase) -> None:
        if not self._live():
            return
        reloading = self.case is not None
        self._set_busy(False)
        self.settings, self.calendar = loaded.settings, loaded.calendar
        self.record_model.set_records(loaded.records)
        self._apply_case(loaded.case, report_too=True)
        self.form.tabWidget.setEnabled(True)
        if reloading:
            self._show_message(self.tr("Reloaded: this is the case as saved in the vault now."))
        else:
            self.form.messageFrame.hide()

    def _on_load_failed(self, error: BaseException) -> None:
        if not self._live():
            return
        self._set_busy(False)
        self._show_message(messages.describe(error), error=True, offer_reload=True)

    # --- showing -------------------------------------------------------------------------------------

    def _apply_case(self, case: Case, report_too: bool) -> None:
        """Show ``case``; its report replaces the form only when asked (never over unsaved typing)."""
        self.case = case
        self.setWindowTitle(self.tr("Case %1[*] — Hospital Mediation").replace("%1", case.reference))
        self.form.titleLabel.setText(self.tr("Case %1").replace("%1", case.reference))
        self.form.statusBadge.setText(label(case.workflow.status))
        deadlines = self.deadline_texts(case)
        case_workflow_view.show_summary(self.form, case, deadlines)
        self.transition_buttons, self.step_refusals = case_workflow_view.show_workflow(
            self.form, case, deadlines, self.transition_model, self.session.vault.member_id,
            self.open_transition_dialog)
        if report_too:
            self._show_report(case.report)
            self._set_dirty(False)
        self._update_buttons()

    def deadline_texts(self, case: Case, today: date | None = None) -> list[DeadlineLine]:
        """One line per deadline of ``case``, with its state written out (colour only repeats it)."""
        return case_workflow_view.deadline_texts(case, self.calendar, today)

    def _show_report(self, report: Report) -> None:
        self._populating = True  # filling the form is no edit
        try:
            case_report_form.show_report(self.form, self.party_model, report)
        finally:
            self._populating = False

    # --- editing the report and the parties ----------------------------------------------------------

    def report_from_form(self) -> Report:
        """The report as typed, over the one last read (so fields the form does not show are kept)."""
        assert self.case is not None  # noqa: S101 - only called once a case is shown
        return case_report_form.report_from_form(self.form, self.party_model, self.case.report)

    def _on_report_edited(self, *_args: object) -> None:
        if not self._populating and self.case is not None:
            self._edits += 1
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.setWindowModified(dirty)
        self.form.unsavedLabel.setVisible(dirty)
        self._update_buttons()

    def save(self) -> None:
        """Save the report and the parties in the background (Ctrl+S)."""
        if self.case is None or self.busy:
            return
        report = self.report_from_form()
        if case_report_form.names_an_anonymous_reporter(report):
            self._close_after_save = False
            self._show_message(self.tr("An anonymous report cannot name its reporter or give their contact: "
                                       "clear them, or untick “Anonymous report”. Nothing was saved."), error=True)
            self.form.tabWidget.setCurrentWidget(self.form.reportTab)
            self.form.reporterNameEdit.setFocus()
            return
        self._set_busy(True)
        self._edits_saved = self._edits
        workers.start(self.session.vault.cases.save, replace(self.case, report=report),
                   succeeded=self._on_save_succeeded, failed=self._on_save_failed)

    def _on_save_succeeded(self, saved: Case) -> None:
        if not self._live():
            return
        self._set_busy(False)
        self._apply_case(saved, report_too=False)
        self._set_dirty(self._edits != self._edits_saved)
        self._show_message(self.tr("Saved."))
        self.case_changed.emit(saved.summary())
        if self._close_after_save and not self.dirty:
            self.close()

    def _on_save_failed(self, error: BaseException) -> None:
        if not self._live():
            return
        self._set_busy(False)
        self._close_after_save = False
        self._show_message(messages.describe(error), error=True,
                           offer_reload=isinstance(error, ConcurrentEditError))

    def _on_reload_button_clicked(self) -> None:
        self.reload()

    def _on_add_party_button_clicked(self) -> None:
        row = self.party_model.add_party()
        index = self.party_model.index(row, PartyColumn.NAME)
        self.form.partiesView.setCurrentIndex(index)
        self.form.partiesView.setFocus()

    def _on_remove_party_button_clicked(self) -> None:
        index = self.form.partiesView.currentIndex()
        if index.isValid():
            self.party_model.removeRows(index.row(), 1)

    # --- workflow and follow-up ----------------------------------------------------------------------

    def open_transition_dialog(self, target: Status | None) -> None:
        """Ask for the date (and reason, outcome) of a move to ``target``; None: the feedback to the reporter."""
        if self.case is None:
            return
        dialog = TransitionDialog(self.session.vault, self.case, target, self)
        dialog.case_saved.connect(self._on_dialog_case_saved)
        dialog.conflict_detected.connect(self._on_dialog_conflict_detected)
        self._keep_dialog(dialog, "transition_dialog")

    def open_record_dialog(self, kind: RecordKind, record: CaseRecord | None = None) -> None:
        """Add a record of ``kind``, or edit ``record``."""
        if self.case is None:
            return
        directory = self.settings.directory if self.settings is not None else []
        dialog = RecordDialog(self.session.vault, self.case.id, kind, record, directory, self)
        dialog.record_saved.connect(self._on_record_dialog_record_saved)
        self._keep_dialog(dialog, "record_dialog")

    def _keep_dialog(self, dialog: TransitionDialog | RecordDialog, attribute: str) -> None:
        setattr(self, attribute, dialog)
        dialog.finished.connect(lambda _result: setattr(self, attribute, None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_dialog_case_saved(self, case: Case) -> None:
        if not self._live():
            return
        previous = self.case.workflow.status if self.case is not None else None
        self._apply_case(case, report_too=not self.dirty)
        if case.workflow.status is previous:
            self._show_message(self.tr("The feedback to the reporter was recorded."))
        else:
            self._show_message(self.tr("The case is now “%1”.").replace("%1", label(case.workflow.status)))
        self.case_changed.emit(case.summary())

    def _on_dialog_conflict_detected(self, error: ConcurrentEditError) -> None:
        self._show_message(messages.describe(error), error=True, offer_reload=True)

    def _on_record_dialog_record_saved(self, record: CaseRecord) -> None:
        if not self._live() or self.case is None:
            return
        row = self.record_model.upsert(record)
        self.form.recordsView.selectRow(row)
        self._show_message(self.tr("Saved."))
        self.records_changed.emit()

    def _selected_record(self) -> CaseRecord | None:
        rows = self.form.recordsView.selectionModel().selectedRows()
        record = rows[0].data(RECORD_ROLE) if rows else None
        return record if isinstance(record, CaseRecord) else None

    def _on_edit_record_button_clicked(self) -> None:
        record = self._selected_record()
        if record is not None:
            self.open_record_dialog(record.kind, record)

    def _on_records_view_activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if isinstance(record, CaseRecord):
            self.open_record_dialog(record.kind, record)

    # --- state of the window -------------------------------------------------------------------------

    def _show_message(self, text: str, error: bool = False, offer_reload: bool = False) -> None:
        self.form.messageFrame.setStyleSheet(_ERROR_FRAME if error else _INFO_FRAME)
        self.form.messageLabel.setText(text)
        self.form.reloadButton.setVisible(offer_reload)
        self.form.messageFrame.show()
        if offer_reload:
            self.form.reloadButton.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.form.busyBar.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        f, loaded = self.form, self.case is not None and not self.busy
        f.saveButton.setEnabled(loaded and self.dirty)
        f.reloadButton.setEnabled(not self.busy)
        for target, step in self.transition_buttons.items():
            step.setEnabled(loaded and target not in self.step_refusals)
        for button in (f.addOrientationButton, f.addMeasureButton, f.addNoteButton, f.addExchangeButton,
                       f.addPartyButton):
            button.setEnabled(loaded)
        f.feedbackButton.setEnabled(loaded and self.case is not None and self.case.workflow.status is not Status.DRAFT)
        f.editRecordButton.setEnabled(loaded and bool(f.recordsView.selectionModel().selectedRows()))
        f.removePartyButton.setEnabled(loaded and f.partiesView.currentIndex().isValid())

    # --- closing and locking -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.dirty and self.case is not None and self.session.vault.is_unlocked:
            event.ignore()  # nothing typed is lost without asking
            self._ask_before_closing()
            return
        self._drop()
        super().closeEvent(event)
        self.closed.emit()

    def _ask_before_closing(self) -> None:
        if self.close_question is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes — Hospital Mediation"),
                          self.tr("The report of this case has changes that are not saved."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(self._on_close_question_finished)
        self.close_question = box
        box.open()

    def _on_close_question_finished(self, answer: int) -> None:
        self.close_question = None
        if answer == QMessageBox.StandardButton.Save:
            self._close_after_save = True
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            self._set_dirty(False)
            self.close()

    def _on_session_about_to_lock(self) -> None:
        """Save the report and parties typed and not saved yet, while the keys are still there.

        The same core call as the Save button, over the version last read. When the save is refused
        (someone else saved the case meanwhile, or the form is one the Save button would not save),
        what was typed is dropped with the rest on lock: it cannot be kept unencrypted, so it is
        neither kept nor logged, and the stored case stays as it is. Open step and record dialogs
        are not confirmed: a step is never made, nor a record added, on the user's behalf
        (:meth:`_drop` closes them).
        """
        if self.dropped or self.case is None:
            return
        dialog = self.transition_dialog
        if self.busy or (dialog is not None and dialog.busy):
            workers.finish_pending()  # a save, reload or step on its way ends and delivers the case's new version
        if not self.dirty or self.case is None:
            return
        report = self.report_from_form()
        if case_report_form.names_an_anonymous_reporter(report):
            return
        with contextlib.suppress(HospitalMediationError):  # refused: dropped on lock, nothing said anywhere
            self.case = self.session.vault.cases.save(replace(self.case, report=report))
            # No case_changed: the case list is emptied on lock too, and reads the vault again at unlock.
            self._set_dirty(False)

    def _on_session_locked(self) -> None:
        self._drop()
        self.close()

    def _drop(self) -> None:
        """Forget everything decrypted: models, form fields, open dialogs."""
        self.dropped = True
        for dialog in (self.transition_dialog, self.record_dialog, self.close_question):
            if dialog is not None:
                dialog.done(0)
        self.case = self.settings = self._given_settings = None
        self._show_report(Report())  # every field back to its empty default
        self.transition_model.clear()
        self.record_model.clear()
        case_workflow_view.clear(self.form)
        self.transition_buttons, self.step_refusals = {}, {}
        for text in (self.form.titleLabel, self.form.statusBadge, self.form.messageLabel):
            text.clear()
        self.setWindowTitle(self.tr("Case[*] — Hospital Mediation"))
        self._set_dirty(False)
