"""Vault settings that concern cases: declared once here, stored sealed in the vault."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from hospital_mediation.domain.deadlines import WorkingDayCalendar
from hospital_mediation.domain.retention import DEFAULT_RETENTION_MONTHS, RetentionPolicy
from hospital_mediation.domain.taxonomy import Outcome
from hospital_mediation.errors import HospitalMediationError, ValidationError


class ServiceKind(StrEnum):
    SUPPORT = "support"  # occupational health, psychologist, listening cell, social worker
    AUTHORITY = "authority"  # competent for protection (functional protection) or handling (inquiry)


@dataclass
class DirectoryEntry:
    """A support service or authority a person can be directed to (decree 2020-256 art. 1)."""

    name: str
    kind: ServiceKind = ServiceKind.SUPPORT
    contact: str = ""


@dataclass
class RetentionRule:
    outcome: Outcome
    months: int | None


def _default_directory() -> list[DirectoryEntry]:
    return [
        DirectoryEntry("Médecine du travail", ServiceKind.SUPPORT),
        DirectoryEntry("Psychologue du travail", ServiceKind.SUPPORT),
        DirectoryEntry("Cellule d'écoute", ServiceKind.SUPPORT),
        DirectoryEntry("Service social du personnel", ServiceKind.SUPPORT),
        DirectoryEntry("Protection fonctionnelle", ServiceKind.AUTHORITY),
        DirectoryEntry("Enquête administrative", ServiceKind.AUTHORITY),
    ]


def _default_retention() -> list[RetentionRule]:
    return [RetentionRule(outcome, months) for outcome, months in DEFAULT_RETENTION_MONTHS.items()]


@dataclass
class VaultSettings:
    retention: list[RetentionRule] = field(default_factory=_default_retention)
    directory: list[DirectoryEntry] = field(default_factory=_default_directory)
    idle_lock_minutes: int = 5
    attachment_max_mib: int = 2048
    holiday_subdivision: str | None = None

    def check(self) -> None:
        if not 1 <= self.idle_lock_minutes <= 240:
            raise ValidationError("idle_lock_minutes", "must be between 1 and 240 minutes")
        if not 1 <= self.attachment_max_mib <= 16384:
            raise ValidationError("attachment_max_mib", "must be between 1 MiB and 16 GiB")
        for index, rule in enumerate(self.retention):
            if rule.months is not None and not 0 <= rule.months <= 600:
                raise ValidationError(f"retention[{index}].months", "must be between 0 and 600 months")
        if len({rule.outcome for rule in self.retention}) != len(self.retention):
            raise ValidationError("retention", "an outcome appears twice")
        for index, entry in enumerate(self.directory):
            if not entry.name.strip():
                raise ValidationError(f"directory[{index}].name", "is empty", "directory_name_empty", row=index + 1)
        WorkingDayCalendar(self.holiday_subdivision)  # refuses an unknown subdivision

    def calendar(self) -> WorkingDayCalendar:
        """The working days of :attr:`holiday_subdivision`; national ones for a subdivision unknown here
        (set elsewhere, or by a newer version): its public holidays still count."""
        try:
            return WorkingDayCalendar(self.holiday_subdivision)
        except HospitalMediationError:
            return WorkingDayCalendar()

    def retention_policy(self) -> RetentionPolicy:
        policy = RetentionPolicy()
        policy.months.update({rule.outcome: rule.months for rule in self.retention})
        return policy
