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
        return translate("Messages", "This step is not possible now.") + " " + str(error)
    if isinstance(error, ValidationError):
        return translate("Messages", "Something in the form cannot be saved.") + " " + str(error)
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
