"""The core's errors as messages for people: translated, short, saying what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hospital_mediation.errors import (
    AttachmentIntegrityError,
    AuditIntegrityError,
    ConcurrentEditError,
    DecryptionError,
    HospitalMediationError,
    IntegrityError,
    InvalidTransitionError,
    KdfParametersError,
    KeySlotDamagedError,
    NotAVaultError,
    RecoveryKeyFormatError,
    ValidationError,
    VaultCorruptError,
    VaultInUseError,
    VaultNotFoundError,
    VaultUnavailableError,
    VaultVersionError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)

translate = QCoreApplication.translate  # lupdate finds translate("Messages", "...")


def describe(error: BaseException) -> str:
    """A message for ``error``; the English detail of the core follows where it names a place."""
    if isinstance(error, WrongPassphraseError):
        return translate("Messages", "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.")
    if isinstance(error, WrongRecoveryKeyError):
        return translate("Messages", "This recovery key does not open the vault.")
    if isinstance(error, RecoveryKeyFormatError):
        if error.group:
            return translate("Messages", "Group %1 of the recovery key looks mistyped.").replace("%1", str(error.group))
        return translate("Messages", "This is not a recovery key: it has 13 groups of 5 letters and digits.")
    if isinstance(error, WeakPassphraseError):
        return translate("Messages", "This passphrase is too short: use at least 10 characters, "
                                     "several words are easiest.")
    if isinstance(error, VaultInUseError):
        who = (translate("Messages", "process %1").replace("%1", str(error.pid)) if error.pid
               else translate("Messages", "another program"))
        return translate("Messages", "The vault is already open in %1. Close it there first.").replace("%1", who)
    if isinstance(error, ConcurrentEditError):
        return translate("Messages", "Someone else saved this while you were editing it. Your changes were not "
                                     "saved: reload and apply them again.")
    if isinstance(error, VaultNotFoundError):
        return translate("Messages", "There is no vault at this place.")
    if isinstance(error, NotAVaultError):
        return translate("Messages", "This file is not a Hospital Mediation vault.")
    if isinstance(error, VaultVersionError):
        return translate("Messages", "This vault was made by a newer version of Hospital Mediation. "
                                     "Install the latest version.")
    if isinstance(error, VaultUnavailableError):
        return translate("Messages", "The database server cannot be reached.") + " " + str(error)
    if isinstance(error, InvalidTransitionError):
        return translate("Messages", "This step is not possible now.") + " " + (_step_rule(error) or str(error))
    if isinstance(error, ValidationError):
        return translate("Messages", "Something in the form cannot be saved.") + " " + (_field_rule(error)
                                                                                        or str(error))
    if isinstance(error, (KeySlotDamagedError, KdfParametersError)):
        return translate("Messages", "The key slot of this vault is damaged or was altered. Use your recovery key.")
    if isinstance(error, (AuditIntegrityError, VaultCorruptError, DecryptionError, AttachmentIntegrityError,
                          IntegrityError)):
        return translate("Messages", "The vault failed an integrity check: something was altered or damaged. "
                                     "Nothing was written. Keep a copy of the file and run a full verification.") \
            + " " + str(error)
    if isinstance(error, HospitalMediationError):
        return str(error)
    return translate("Messages", "Something unexpected went wrong (%1). Nothing was written.").replace(
        "%1", type(error).__name__)


def _step_rule(error: InvalidTransitionError) -> str:
    """The rule a workflow step broke, in the user's language ("" for a rule only the CLI can break)."""
    from hospital_mediation.domain.workflow import Status, allowed_transitions  # not needed at start-up
    from hospital_mediation.gui.labels import label, local_date

    details, rule = error.details, error.rule
    current, target = label(details.get("current")), label(details.get("target"))
    day = local_date(details["day"]) if "day" in details else ""  # type: ignore[arg-type]
    received = local_date(details["received_on"]) if "received_on" in details else ""  # type: ignore[arg-type]
    texts = {
        "not_allowed": translate("Messages", "A case cannot move from “%1” to “%2”; from “%1” it can move to: %3."),
        "needs_reason": translate("Messages", "Moving a case from “%1” to “%2” needs a reason."),
        "needs_outcome": translate("Messages", "Closing a case needs an outcome."),
        "outcome_only_when_closing": translate("Messages", "Only closing a case takes an outcome."),
        "acknowledge_first": translate(
            "Messages", "Acknowledge the report first: the reporter is owed a written acknowledgement within "
                        "7 working days (only an anonymous report goes straight to review)."),
        "step_in_future": translate("Messages", "The date of this step (%1) is in the future."),
        "step_before_receipt": translate("Messages", "The date of this step (%1) is before the report was "
                                                     "received (%2)."),
        "feedback_in_future": translate("Messages", "The feedback date (%1) is in the future."),
        "feedback_before_receipt": translate("Messages", "The feedback date (%1) is before the report was "
                                                         "received (%2)."),
        "feedback_on_draft": translate("Messages", "A draft has not been filed: there is no feedback to "
                                                   "record yet."),
    }
    first, second = (current, target) if rule in ("not_allowed", "needs_reason") else (day, received)
    possible, now = "", details.get("current")
    if isinstance(now, Status):
        possible = ", ".join(label(status) for status in Status if status in allowed_transitions(now))
    return texts.get(rule, "").replace("%1", first).replace("%2", second).replace("%3", possible)


def _field_rule(error: ValidationError) -> str:
    """The rule a form broke, in the user's language ("" for input only a file or the CLI can give)."""
    if error.rule == "directory_name_empty":
        return translate("Messages", "Line %1 of the directory of services and authorities has no name.").replace(
            "%1", str(error.details.get("row", "")))
    if error.rule == "anonymous_named":
        return translate("Messages", "An anonymous report cannot name its reporter or give their contact.")
    return ""
