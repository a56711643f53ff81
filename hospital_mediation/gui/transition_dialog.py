"""One step of a case's workflow (or the feedback given to the reporter): its date, reason and outcome."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hospital_mediation.domain.model import Case
from hospital_mediation.domain.taxonomy import Outcome
from hospital_mediation.domain.workflow import NEEDS_REASON, Status
from hospital_mediation.errors import ConcurrentEditError, InvalidTransitionError
from hospital_mediation.gui import messages, workers
from hospital_mediation.gui.forms.ui_transition_dialog import Ui_TransitionDialog
from hospital_mediation.gui.labels import label
from hospital_mediation.gui.widgets.forms import chosen, fill_combo, pydate, qdate, show_message
from hospital_mediation.store import Vault
from hospital_mediation.store.cases import transition_refusal

_OUTCOME_ROW = 1


def step_refusal(case: Case, target: Status) -> InvalidTransitionError | None:
    """Why the core would refuse to move ``case`` to ``target`` now (None: it would accept); what the
    dialog then asks for (a reason, an outcome) counts as given."""
    outcome = next(iter(Outcome)) if target is Status.CLOSED else None
    return transition_refusal(case, target, reason="(given in the dialog)", outcome=outcome)


class TransitionDialog(QDialog):
    """Moves ``case`` to ``target`` in the background, or with ``target=None`` records the feedback
    given to the reporter. The core's refusals are shown here and the dialog stays open.

    When the vault locks, the window that opened the dialog closes it without confirming it: a
    workflow step is a decision nobody makes on the user's behalf, so the step is not made and the
    reason or details typed here are dropped (they cannot be kept unencrypted).

    Signals:
        case_saved(object): the :class:`Case` as the core saved it (the dialog then closes).
        conflict_detected(object): the :class:`ConcurrentEditError`: the case changed elsewhere.
    """

    case_saved = Signal(object)
    conflict_detected = Signal(object)

    def __init__(self, vault: Vault, case: Case, target: Status | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_TransitionDialog()
        self.form.setupUi(self)
        self._vault = vault
        self.case = case
        self.target = target
        self.busy = False
        today = date.today()
        self.form.dateEdit.setMaximumDate(qdate(today))  # no step is dated in the future
        if case.workflow.received_on is not None:
            self.form.dateEdit.setMinimumDate(qdate(case.workflow.received_on))
        self.form.dateEdit.setDate(qdate(today))
        self.form.busyBar.hide()
        self.form.messageLabel.hide()
        if target is None:
            self._set_up_feedback()
        else:
            self._set_up_transition(case.workflow.status, target)
        self.form.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.form.buttonBox.rejected.connect(self.reject)

    @property
    def needs_reason(self) -> bool:
        return self.target is not None and (self.case.workflow.status, self.target) in NEEDS_REASON

    def _set_up_feedback(self) -> None:
        self.setWindowTitle(self.tr("Feedback to the reporter — Hospital Mediation"))
        self.form.explanationLabel.setText(self.tr(
            "Record the written feedback given to the reporter: the measures considered or taken, and why. "
            "It ends the 3-month feedback deadline."))
        self.form.dateLabel.setText(self.tr("&Date of the feedback"))
        self.form.reasonLabel.setText(self.tr("De&tails"))
        self.form.reasonEdit.setAccessibleName(self.tr("Details of the feedback"))
        self.form.fieldsLayout.setRowVisible(_OUTCOME_ROW, False)

    def _set_up_transition(self, current: Status, target: Status) -> None:
        self.form.explanationLabel.setText(self.tr("Move the case from “%1” to “%2”.")
                                           .replace("%1", label(current)).replace("%2", label(target)))
        if self.needs_reason:
            self.form.reasonLabel.setText(self.tr("&Reason (required)"))
        else:
            self.form.reasonLabel.setText(self.tr("&Reason (optional)"))
        if target is Status.CLOSED:
            fill_combo(self.form.outcomeCombo, Outcome, self.tr("Choose the outcome…"))
        else:
            self.form.fieldsLayout.setRowVisible(_OUTCOME_ROW, False)

    # --- answering -----------------------------------------------------------------------------------

    def chosen_outcome(self) -> Outcome | None:
        return chosen(self.form.outcomeCombo, Outcome)

    def _show_error(self, text: str) -> None:
        show_message(self.form.messageLabel, text, error=True)
        self.form.messageLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.form.busyBar.setVisible(busy)
        for button in self.form.buttonBox.buttons():
            button.setEnabled(not busy)
        for widget in (self.form.dateEdit, self.form.outcomeCombo, self.form.reasonEdit):
            widget.setEnabled(not busy)

    def _on_button_box_accepted(self) -> None:
        if self.busy:
            return
        reason = self.form.reasonEdit.toPlainText().strip()
        day = pydate(self.form.dateEdit.date())
        if self.target is None:
            call: tuple[Any, ...] = (self._vault.cases.record_feedback, self.case, day, reason)
        else:
            outcome = self.chosen_outcome()
            if self.target is Status.CLOSED and outcome is None:
                self._show_error(self.tr("Choose the outcome of the case: it decides how long the case is kept."))
                self.form.outcomeCombo.setFocus()
                return
            if self.needs_reason and not reason:
                self._show_error(self.tr("Give the reason for reopening the case: it is kept in its history."))
                self.form.reasonEdit.setFocus()
                return
            call = (self._vault.cases.transition, self.case, self.target, reason, day, outcome)
        self.form.messageLabel.hide()
        self._set_busy(True)
        workers.start(*call, succeeded=self._on_task_succeeded, failed=self._on_task_failed)

    def _on_task_succeeded(self, case: Case) -> None:
        self._set_busy(False)
        self.case = case
        self.case_saved.emit(case)
        self.accept()

    def _on_task_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(messages.describe(error))
        if isinstance(error, ConcurrentEditError):
            self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.conflict_detected.emit(error)

    def reject(self) -> None:
        if not self.busy:  # a step being saved finishes first: the window must learn the case's new version
            super().reject()
