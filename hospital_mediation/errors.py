"""The exceptions of the core, rooted at :class:`HospitalMediationError`.

Messages never contain case content: they name places (a table, a row id, a file
name the user gave, a group of the recovery key), never values read from a vault.
The GUI maps these classes to translated messages; the CLI prints ``str(error)``.
"""

from __future__ import annotations


class HospitalMediationError(Exception):
    """Root of every error the core raises on purpose."""


class UserError(HospitalMediationError):
    """The user asked for something that cannot be done as asked (CLI exit code 1)."""


class IntegrityError(HospitalMediationError):
    """Something stored was altered, damaged or cut (CLI exit code 2)."""


# --- keys and passphrases -------------------------------------------------------------


class WrongPassphraseError(UserError):
    def __init__(self) -> None:
        super().__init__("Wrong passphrase.")


class WrongRecoveryKeyError(UserError):
    def __init__(self) -> None:
        super().__init__("This recovery key does not open the vault.")


class RecoveryKeyFormatError(UserError):
    """A recovery key that cannot be read, with the 1-based group that is wrong if known."""

    def __init__(self, message: str, group: int | None = None) -> None:
        super().__init__(message)
        self.group = group


class WeakPassphraseError(UserError):
    pass


class KdfParametersError(IntegrityError):
    """Key-derivation parameters outside the accepted range, refused before deriving."""


class KeySlotDamagedError(IntegrityError):
    pass


class DecryptionError(IntegrityError):
    """A sealed value failed authentication: altered, moved to another place, or damaged."""


# --- vault and store ------------------------------------------------------------------


class VaultNotFoundError(UserError):
    pass


class VaultExistsError(UserError):
    pass


class NotAVaultError(UserError):
    """The file is not a Hospital Mediation vault (or is too damaged to tell)."""


class VaultCorruptError(IntegrityError):
    pass


class VaultVersionError(UserError):
    """The vault was written by a newer version of the application."""


class VaultNeedsUpgradeError(VaultVersionError):
    """An older vault opened read-only: opening it once for writing upgrades it."""


class VaultUnavailableError(UserError):
    """The database server cannot be reached or refuses the connection."""


class VaultInUseError(UserError):
    def __init__(self, path: str, pid: int | None) -> None:
        who = f"process {pid}" if pid else "another process"
        super().__init__(f"The vault {path} is in use by {who}; close it there first.")
        self.pid = pid


class VaultLockedError(UserError):
    def __init__(self) -> None:
        super().__init__("The vault is locked; unlock it first.")


class ReadOnlyVaultError(UserError):
    def __init__(self) -> None:
        super().__init__("The vault was opened read-only.")


class ConcurrentEditError(UserError):
    """Someone else saved this record first; nothing of theirs or ours was written over."""

    def __init__(self, what: str, row_id: object) -> None:
        super().__init__(
            f"This {what} was changed by someone else since you opened it ({row_id}). "
            "Your changes were not saved; reload it and apply them again."
        )
        self.what = what
        self.row_id = row_id


class NotFoundError(UserError):
    pass


class AccessDeniedError(UserError):
    pass


class AuditIntegrityError(IntegrityError):
    """The audit log fails verification; ``seq`` is the first bad entry when one is known."""

    def __init__(self, message: str, seq: int | None = None) -> None:
        super().__init__(message)
        self.seq = seq


class AttachmentIntegrityError(IntegrityError):
    pass


# --- domain ---------------------------------------------------------------------------


class InvalidTransitionError(UserError):
    """A workflow step the rules refuse. ``rule`` names the rule (the GUI says it in the user's
    language from ``rule`` and ``details``; the message is the English for the command line)."""

    def __init__(self, message: str, rule: str = "", **details: object) -> None:
        super().__init__(message)
        self.rule = rule
        self.details = details


class ValidationError(UserError):
    """Input that does not fit the model; ``path`` points at the offending field. Where a person can
    make the mistake in the application, ``rule`` names it for a translated message."""

    def __init__(self, path: str, message: str, rule: str = "", **details: object) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.rule = rule
        self.details = details
