"""The guided report: one plain question per page, kept as an encrypted draft, filed at the end.

Trauma-informed, after Spot's cognitive interview and GOV.UK's "one thing per page": open,
non-leading questions in a calm order (what happened, when, where, who was involved, who saw
it, how it has affected you, what you have done, what you would like), then help to classify
it, the reporting person, someone helping them, and a review page before anything is filed.

What a report needs to be registered, and nothing more: a few words about what happened (the
description or the circumstances, first page) OR a category. Without either there is nothing
anyone could handle; every other question may be left unanswered, and the "File the report"
button says so on the review page instead of blocking any earlier page.

No answer is given in advance: every choice (category, level, origin, the person's role, how the
report arrives) starts with nothing ticked. Left unchosen, a choice stays None in the report: the
review page and the case window say "not said", never a value nobody chose.

Drafts (what they hold: :mod:`~hospital_mediation.gui.report_drafts`) are saved in the background
1.5 s after the last edit, on "Save and continue later" and when the window is closed. The draft
holds what would be filed, so the draft of an anonymous report never holds the reporter's name.
Filing creates the case (received today) and deletes the draft; if filing fails, the message is
shown on the review page and the draft stays.

The wizard keeps the pages, the navigation, the autosave, the filing and the locking; the answers
and the report they make are in :mod:`~hospital_mediation.gui.report_answers`, the review page's
sections in :mod:`~hospital_mediation.gui.report_review`.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Collection
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from hospital_mediation.domain.model import Case, Report
from hospital_mediation.errors import HospitalMediationError
from hospital_mediation.gui import messages
from hospital_mediation.gui.forms.ui_report_wizard import Ui_ReportWizard
from hospital_mediation.gui.models.report_party_table_model import ReportPartyTableModel
from hospital_mediation.gui.report_answers import ReportAnswers
from hospital_mediation.gui.report_drafts import CHOICE_FIELDS, file_report, read_draft, save_draft
from hospital_mediation.gui.report_review import clear_review, show_review
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.widgets.forms import watch_edits
from hospital_mediation.gui.workers import Task, finish_pending, start
from hospital_mediation.store.drafts import Draft

AUTOSAVE_MS = 1500


class ReportWizard(QWizard):
    """A new report, or one continued from the draft ``draft_id``.

    Signals:
        report_filed(object): the :class:`Case` just filed (the wizard then shows its reference).
        draft_saved(object): the :class:`Draft` just saved (autosave, "save and continue later", closing).
    """

    report_filed = Signal(object)
    draft_saved = Signal(object)

    def __init__(self, session: VaultSession, draft_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_ReportWizard()
        self.form.setupUi(self)
        self.draft_id = draft_id
        self.draft_version = 0
        self.filed_case: Case | None = None
        self._dirty = False  # edited since the last save started
        self._save_task: Task | None = None
        self._after_save: str | None = None  # "close" or "file", once the save in progress is done
        self._filing = False
        self._closing = False
        self._restoring = False
        self._loading = False
        self._returning_to_review = False
        self.involved_model = ReportPartyTableModel(witnesses=False, parent=self)
        self.witness_model = ReportPartyTableModel(witnesses=True, parent=self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._on_autosave_timer_timeout)
        self._saved_timer = QTimer(self)  # "a moment ago" becomes the time of the save
        self._saved_timer.setSingleShot(True)
        self._saved_timer.setInterval(60_000)
        self._saved_timer.timeout.connect(self._on_saved_timer_timeout)
        self._saved_at = QTime()
        self._ids = {self.page(page_id).objectName(): page_id for page_id in self.pageIds()}
        self._set_up_buttons()
        self.answers = ReportAnswers(self.form, self.involved_model, self.witness_model)
        self._set_up_side_panel()
        watch_edits(self, self._on_edited, (self.involved_model, self.witness_model))  # restarts the autosave
        self.currentIdChanged.connect(self._on_current_id_changed)
        session.locked.connect(self._on_session_locked)
        session.about_to_lock.connect(self._on_session_about_to_lock)
        if draft_id is not None:
            self._load_draft(draft_id)

    # --- setting up ----------------------------------------------------------------------------------

    def _set_up_buttons(self) -> None:
        self.setOption(QWizard.WizardOption.NoCancelButton, True)  # closing keeps the draft: see reject()
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)  # shown or not by _update_custom_buttons
        self._name_buttons()
        self._update_custom_buttons()
        self.customButtonClicked.connect(self._on_custom_button_clicked)
        review = self.form.reviewPage
        review.setCommitPage(True)  # once filed, there is no going back to edit
        review.isComplete = self._review_complete
        review.validatePage = self._validate_review_page
        self.form.filingBar.hide()

    def _name_buttons(self) -> None:
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save and continue &later"))
        self.button(QWizard.WizardButton.CustomButton1).setAccessibleName(self.tr("Save and continue later"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("Back to the &review"))
        self.button(QWizard.WizardButton.CustomButton2).setAccessibleName(self.tr("Back to the review"))
        self.form.reviewPage.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&File the report"))
        self.form.donePage.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))

    def _set_up_side_panel(self) -> None:
        """The steps, the current one in bold, and the discreet state of the draft."""
        panel = QWidget(self)
        panel.setObjectName("stepsPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 12, 12, 12)
        self.steps: dict[QWizardPage, QLabel] = {}
        for page_id in self.pageIds():
            page = self.page(page_id)
            if page is self.form.donePage:
                continue
            step = QLabel(page.title(), panel)
            step.setWordWrap(True)
            self.steps[page] = step
            layout.addWidget(step)
        layout.addStretch(1)
        self.status_label = QLabel(panel)
        self.status_label.setObjectName("draftStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("State of the draft"))
        layout.addWidget(self.status_label)
        panel.setFixedWidth(200)
        self.setSideWidget(panel)
        self._update_steps()

    # --- the report and the widgets -------------------------------------------------------------------

    def report(self) -> Report:
        """The report as it would be filed now: see :meth:`ReportAnswers.report`."""
        return self.answers.report()

    def unanswered(self, report: Report | None = None) -> list[str]:
        """The choices not made: see :meth:`ReportAnswers.unanswered`."""
        return self.answers.unanswered(report)

    def show_report(self, report: Report, unanswered: Collection[str] = ()) -> None:
        """Fill every page from ``report``, ticking nothing for ``unanswered``: see :meth:`ReportAnswers.show`."""
        self.answers.show(report, unanswered)

    def asks_level(self) -> bool:
        """The ONVS level is asked only about violence: see :meth:`ReportAnswers.asks_level`."""
        return self.answers.asks_level()

    def meets_minimum(self) -> bool:
        """What a report needs to be registered: see :meth:`ReportAnswers.meets_minimum`."""
        return self.answers.meets_minimum()

    # --- pages ----------------------------------------------------------------------------------------

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        if self.currentPage() is self.form.categoryPage and not self.asks_level():
            return self._ids["aboutPage"]
        return super().nextId()

    def current_page_name(self) -> str:
        page = self.currentPage()
        return page.objectName() if page is not None else "whatPage"

    def go_to_page(self, page: QWizardPage) -> None:
        """Back to an earlier page ("Change" on the review page); "Back to the review" returns."""
        target = self.pageIds().index(self._ids[page.objectName()])
        if self._ids[page.objectName()] not in self.visitedIds():
            return
        self._returning_to_review = True
        for _ in range(len(self.pageIds())):
            if self.pageIds().index(self.currentId()) <= target:
                break
            self.back()
        self._update_custom_buttons()

    def _forward_to(self, name: str) -> None:
        """Walk forward to the page called ``name`` (so Back still goes through the earlier pages)."""
        for _ in range(len(self.pageIds())):
            if self.current_page_name() == name or self.currentPage() is self.form.reviewPage:
                return
            self.next()

    def _on_current_id_changed(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.form.reviewPage:
            self._returning_to_review = False
            self._fill_review()
        self._update_steps()
        self._update_custom_buttons()
        self.answers.focus_first_question(page)
        if page is not None and page is not self.form.donePage:
            self._on_edited()  # the page is part of the draft

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Another language: the questions, the buttons, the steps and the review; the answers stay
        (naming the choices again is no edit: no autosave)."""
        restoring, self._restoring = self._restoring, True
        try:
            self.form.retranslateUi(self)
            self._name_buttons()
            self.answers.retranslate()
        finally:
            self._restoring = restoring
        for page, step in self.steps.items():
            step.setText(page.title())
        self._update_steps()
        self.status_label.setAccessibleName(self.tr("State of the draft"))
        if self.filed_case is not None:
            self.form.referenceLabel.setText(self.tr("Reference: %1").replace("%1", self.filed_case.reference))
        if self.currentPage() is self.form.reviewPage:
            self._fill_review()

    def _update_steps(self) -> None:
        current = self.currentPage()
        self.steps[self.form.onvsPage].setVisible(self.asks_level())
        for page, step in self.steps.items():
            step.setStyleSheet("font-weight: 600;" if page is current else "")
            step.setAccessibleName(self.tr("%1 (current step)").replace("%1", page.title()) if page is current
                                   else page.title())

    def _update_custom_buttons(self) -> None:
        """Show "Save and continue later" until filed, "Back to the review" after a "Change" there."""
        current = self.currentPage()
        buttons = [QWizard.WizardButton.CustomButton1] if self.filed_case is None else []
        buttons.append(QWizard.WizardButton.Stretch)
        if self._returning_to_review and current not in (self.form.reviewPage, self.form.donePage):
            buttons.append(QWizard.WizardButton.CustomButton2)
        buttons += [QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                    QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton]
        self.setButtonLayout(buttons)

    def _on_custom_button_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.save_and_close()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self._forward_to(self.form.reviewPage.objectName())

    # --- the review page ----------------------------------------------------------------------------

    def _fill_review(self) -> None:
        report = self.report()
        show_review(self.form, report, self.unanswered(report), self.go_to_page, self._day_count)
        self._update_requirement()

    def _day_count(self, count: int) -> str:
        # Here, not in report_review: lupdate marks a plural in tr() only, whose context is this class.
        return self.tr("%n day(s)", "", count)

    def review_text(self) -> str:
        """Everything the review page shows, as plain text."""
        return "\n".join(label.text() for label in self.form.reviewContents.findChildren(QLabel))

    def _update_requirement(self) -> None:
        self.form.requirementLabel.setVisible(not self.meets_minimum())

    def _review_complete(self) -> bool:
        return self.meets_minimum() and not self._filing and not self._loading

    # --- autosave -------------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._restoring or self._loading or self._filing or self.filed_case is not None:
            return
        self._update_steps()
        self._update_requirement()
        self.form.reviewPage.completeChanged.emit()
        report = self.report()
        if self.draft_id is None and report == Report() and self.unanswered(report) == list(CHOICE_FIELDS):
            return  # nothing typed or chosen yet: no draft for an empty form
        self._dirty = True
        self.autosave_timer.start()  # restarted on every change

    def _on_autosave_timer_timeout(self) -> None:
        if self._save_task is None and self._dirty:
            self._start_save()

    def _start_save(self) -> None:
        self._dirty = False
        self._set_status(self.tr("Saving…"))
        report = self.report()
        self._save_task = start(save_draft, self.session.vault, report, self.unanswered(report),
                                self.current_page_name(), self.draft_id, self.draft_version,
                                succeeded=self._on_save_succeeded, failed=self._on_save_failed)

    def _on_save_succeeded(self, draft: Draft) -> None:
        self._save_task = None
        self.draft_id, self.draft_version = draft.id, draft.version
        self._saved_at = QTime.currentTime()
        self._set_status(self.tr("Saved a moment ago"))
        self._saved_timer.start()
        self.draft_saved.emit(draft)
        if self._dirty and self._after_save is not None:
            self._start_save()  # edited while saving: save that too before closing or filing
            return
        self._continue_after_save()
        if self._dirty and not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _on_save_failed(self, error: BaseException) -> None:
        self._save_task = None
        self._dirty = True
        self._saved_timer.stop()
        self._set_status(self.tr("Not saved: %1").replace("%1", messages.describe(error)))
        if self._after_save == "file":  # the report itself can still be filed
            self._continue_after_save()
        else:
            self._after_save = None

    def _continue_after_save(self) -> None:
        action, self._after_save = self._after_save, None
        if action == "close":
            self._close_now()
        elif action == "file":
            self._start_filing()

    def _on_saved_timer_timeout(self) -> None:
        self._set_status(self.tr("Saved at %1").replace(
            "%1", QLocale().toString(self._saved_at, QLocale.FormatType.ShortFormat)))

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def save_and_close(self) -> None:
        """Save what is not saved yet, then close; the draft stays ("Save and continue later")."""
        self.autosave_timer.stop()
        if self._save_task is not None:
            self._after_save = "close"
        elif self._dirty:
            self._after_save = "close"
            self._start_save()
        else:
            self._close_now()

    def reject(self) -> None:
        """Closing the window (or Escape) keeps the draft, like "Save and continue later"."""
        if self._closing or self._loading or self.filed_case is not None or not self.session.vault.is_unlocked:
            self._close_now()
        elif not self._filing and self._after_save != "close":  # while filing (a moment), stay open
            self.save_and_close()

    def _close_now(self) -> None:
        self._closing = True
        self.autosave_timer.stop()
        QWizard.reject(self)

    # --- opening a draft ----------------------------------------------------------------------------

    def _load_draft(self, draft_id: uuid.UUID) -> None:
        self._loading = True
        self._set_status(self.tr("Opening your draft…"))
        for page_id in self.pageIds():
            self.page(page_id).setEnabled(False)
        start(self.session.vault.drafts.get, draft_id, succeeded=self._on_draft_loaded, failed=self._on_draft_failed)

    def _on_draft_loaded(self, draft: Draft) -> None:
        if self._closing:
            return  # locked or closed meanwhile: decrypted text is not shown any more
        try:
            report, unanswered = read_draft(draft.content)
        except Exception as error:  # noqa: BLE001 - the draft is left as it is; a new one is started
            self._on_draft_failed(error)
            return
        self.draft_id, self.draft_version = draft.id, draft.version
        self._restoring = True
        try:
            self.show_report(report, unanswered)
            if self.currentId() == -1:
                self.restart()
            self._forward_to(str(draft.content.get("page", "")))
        finally:
            self._restoring = False
            self._finish_loading()
        self._set_status(self.tr("Draft opened"))

    def _on_draft_failed(self, error: BaseException) -> None:
        self.draft_id, self.draft_version = None, 0  # never overwrite a draft that could not be read
        self._finish_loading()
        self._set_status(self.tr("This draft could not be opened, a new one is started: %1").replace(
            "%1", messages.describe(error)))

    def _finish_loading(self) -> None:
        self._loading = False
        for page_id in self.pageIds():
            self.page(page_id).setEnabled(True)
        self._update_steps()
        self.form.reviewPage.completeChanged.emit()

    # --- filing -------------------------------------------------------------------------------------

    def _validate_review_page(self) -> bool:
        if self.filed_case is not None:
            return True
        if self._filing or not self.meets_minimum():
            return False
        self._filing = True
        self.form.fileErrorLabel.clear()
        self.form.filingBar.show()
        self.form.reviewPage.completeChanged.emit()
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.autosave_timer.stop()
        if self._save_task is not None or self._dirty:
            self._after_save = "file"  # the draft first: if filing fails, nothing is lost
            if self._save_task is None:
                self._start_save()
        else:
            self._start_filing()
        return False

    def _start_filing(self) -> None:
        start(file_report, self.session.vault, self.report(), self.draft_id, date.today(),
              succeeded=self._on_file_succeeded, failed=self._on_file_failed)

    def _on_file_succeeded(self, result: tuple[Case, BaseException | None]) -> None:
        case, draft_error = result
        self.filed_case = case
        self._filing = False
        self._saved_timer.stop()
        self.form.filingBar.hide()
        self.form.referenceLabel.setText(self.tr("Reference: %1").replace("%1", case.reference))
        if draft_error is not None:
            self.form.doneWarningLabel.setText(self.tr("The draft could not be removed: %1").replace(
                "%1", messages.describe(draft_error)))
        else:
            self.draft_id = None
        self._set_status("")
        self.sideWidget().hide()  # every step is done
        self.report_filed.emit(case)
        self.next()

    def _on_file_failed(self, error: BaseException) -> None:
        self._filing = False
        self.form.filingBar.hide()
        kept = self.tr("Nothing was lost: your draft is kept.") if self.draft_id is not None else ""
        self.form.fileErrorLabel.setText(f"{messages.describe(error)} {kept}".strip())
        self.form.reviewPage.completeChanged.emit()
        if self._dirty:
            self.autosave_timer.start()

    # --- locking ------------------------------------------------------------------------------------

    def _on_session_about_to_lock(self) -> None:
        """Keep what was typed in the last seconds before a lock (autosave waits 1.5 s)."""
        if self.filed_case is not None or self._closing:
            return
        if self._save_task is not None:  # let it finish and deliver its result (the draft's id and version)
            finish_pending()
        if not self._dirty:
            return
        self.autosave_timer.stop()
        with contextlib.suppress(HospitalMediationError):  # best effort: the vault is locking
            report = self.report()
            draft = save_draft(self.session.vault, report, self.unanswered(report), self.current_page_name(),
                               self.draft_id, self.draft_version)
            self.draft_id, self.draft_version, self._dirty = draft.id, draft.version, False

    def _on_session_locked(self) -> None:
        """Decrypted text must not outlive the lock: forget it and close."""
        self.autosave_timer.stop()
        self._restoring = True
        self.show_report(Report(), unanswered=CHOICE_FIELDS)
        self._restoring = False
        clear_review(self.form)
        self.form.referenceLabel.clear()
        self._close_now()

