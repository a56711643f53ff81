"""The case model: a report, its workflow, a journal, attachments and follow-up records.

Plain dataclasses; the store encrypts them, the GUI shows them. Every text field is
optional except what a report needs to be registered. Identities (reporter, persons
concerned, witnesses) are kept apart in ``Person``/``Party`` so exports can pseudonymise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from uuid import UUID

from hospital_mediation.domain.deadlines import Deadline, WorkingDayCalendar, report_deadlines
from hospital_mediation.domain.taxonomy import (
    Category,
    Channel,
    OnvsLevel,
    Outcome,
    PartyRelation,
    Profession,
    RecordKind,
    ReporterRole,
    ViolenceOrigin,
)
from hospital_mediation.domain.workflow import Status
from hospital_mediation.errors import ValidationError


@dataclass
class Person:
    """The reporting person; every part optional (anonymous reports have none)."""

    name: str = ""
    contact: str = ""
    profession: Profession | None = None
    unit: str = ""


@dataclass
class Party:
    """A person concerned by the facts or a witness. Names are optional and presumed."""

    relation: PartyRelation = PartyRelation.PRESUMED_AUTHOR
    name: str = ""
    role: str = ""
    profession: Profession | None = None
    is_hierarchical_superior: bool | None = None
    consents_to_be_contacted: bool = False


@dataclass
class Facts:
    occurred_on: date | None = None
    occurred_at: time | None = None
    place: str = ""
    description: str = ""
    circumstances: str = ""
    repeated: bool = False
    first_occurred_on: date | None = None


@dataclass
class Impact:
    """Health data (GDPR art. 9): shown and exported only where the user chooses."""

    description: str = ""
    sick_leave: bool = False
    sick_leave_days: int | None = None
    work_accident_declared: bool = False
    itt_days: int | None = None


@dataclass
class Report:
    channel: Channel | None = None  # None: not said (nothing is mandatory but what registers a report)
    anonymous: bool = False
    reporter: Person = field(default_factory=Person)
    reporter_role: ReporterRole | None = None
    establishment: str = ""
    unit: str = ""
    pole: str = ""
    category: Category | None = None
    onvs_level: OnvsLevel | None = None
    origin: ViolenceOrigin | None = None
    facts: Facts = field(default_factory=Facts)
    parties: list[Party] = field(default_factory=list)
    impact: Impact = field(default_factory=Impact)
    actions_taken: str = ""
    expectations: str = ""
    facilitator: str = ""


@dataclass
class Transition:
    """A move of the workflow: ``at`` when it was recorded, ``on`` the day it took effect."""

    at: datetime
    to_status: Status
    from_status: Status | None = None
    actor: UUID | None = None
    reason: str = ""
    on: date | None = None


@dataclass
class Workflow:
    status: Status = Status.DRAFT
    history: list[Transition] = field(default_factory=list)
    received_on: date | None = None
    acknowledged_on: date | None = None
    feedback_on: date | None = None
    closed_on: date | None = None
    outcome: Outcome | None = None


@dataclass
class Case:
    """A whole case as the store returns it; ``id`` and ``version`` belong to the store."""

    id: UUID
    version: int
    reference: str
    opened_on: date
    report: Report = field(default_factory=Report)
    workflow: Workflow = field(default_factory=Workflow)

    def summary(self) -> CaseSummary:
        return CaseSummary(
            id=self.id,
            version=self.version,
            reference=self.reference,
            opened_on=self.opened_on,
            status=self.workflow.status,
            category=self.report.category,
            onvs_level=self.report.onvs_level,
            unit=self.report.unit,
            anonymous=self.report.anonymous,
            received_on=self.workflow.received_on,
            acknowledged_on=self.workflow.acknowledged_on,
            feedback_on=self.workflow.feedback_on,
            closed_on=self.workflow.closed_on,
            outcome=self.workflow.outcome,
        )


def reference_order(reference: str) -> tuple[int, int]:
    """Sorts references as numbers ("2026-0010" after "2026-0009", and after "2025-0999")."""
    year, _, number = reference.partition("-")
    return (int(year) if year.isdigit() else 0, int(number) if number.isdigit() else 0)


@dataclass(slots=True)
class CaseSummary:
    """What the case list shows; decrypted for every case at unlock, so kept small (and not
    frozen: a frozen dataclass costs a ``object.__setattr__`` call per field, 13 per case)."""

    id: UUID
    version: int
    reference: str
    opened_on: date
    status: Status
    category: Category | None
    onvs_level: OnvsLevel | None
    unit: str
    anonymous: bool
    received_on: date | None
    acknowledged_on: date | None
    feedback_on: date | None
    closed_on: date | None
    outcome: Outcome | None = None

    def deadlines(self, calendar: WorkingDayCalendar) -> list[Deadline]:
        if self.status in (Status.DRAFT, Status.CLOSED):
            return []
        return report_deadlines(self.received_on, self.acknowledged_on, self.feedback_on,
                                self.anonymous, calendar)


@dataclass
class NewJournalEntry:
    """A journal entry as written by the user; the store adds id and recorded time."""

    text: str
    event_on: date | None = None
    attachment_ids: list[UUID] = field(default_factory=list)
    supersedes: UUID | None = None


@dataclass
class JournalEntry:
    id: UUID
    case_id: UUID
    recorded_at: datetime
    text: str
    event_on: date | None = None
    attachment_ids: list[UUID] = field(default_factory=list)
    supersedes: UUID | None = None
    audit_seq: int | None = None


@dataclass
class AttachmentInfo:
    id: UUID
    case_id: UUID
    filename: str
    size: int
    sha256: str
    added_at: datetime
    media_type: str = "application/octet-stream"
    description: str = ""
    journal_entry_id: UUID | None = None


@dataclass
class CaseRecord:
    """An orientation, a measure, a note or an exchange kept with a case."""

    id: UUID
    case_id: UUID
    kind: RecordKind
    recorded_at: datetime
    on: date | None = None
    title: str = ""
    text: str = ""
    version: int = 1


@dataclass
class NewCase:
    """A case to create, as imported from JSON (``case add --json``) or filed in the app.

    A case with ``received_on`` is filed at once; without it, it stays a draft.
    """

    report: Report = field(default_factory=Report)
    received_on: date | None = None
    journal: list[NewJournalEntry] = field(default_factory=list)
    opened_on: date | None = None  # when the case was opened; today if not given

    def check(self, path: str = "") -> None:
        """What the types alone do not say; raises :class:`ValidationError` naming the field."""
        prefix = f"{path}." if path else ""
        report = self.report
        for name in ("sick_leave_days", "itt_days"):
            days = getattr(report.impact, name)
            if days is not None and not 0 <= days <= 3650:
                raise ValidationError(f"{prefix}report.impact.{name}", "must be between 0 and 3650 days")
        if report.anonymous and (report.reporter.name.strip() or report.reporter.contact.strip()):
            raise ValidationError(f"{prefix}report.reporter",
                                  "an anonymous report cannot name its reporter or give their contact",
                                  "anonymous_named")
        for index, entry in enumerate(self.journal):
            where = f"{prefix}journal[{index}]"
            if not entry.text.strip():
                raise ValidationError(f"{where}.text", "is empty")
            if entry.attachment_ids or entry.supersedes is not None:
                raise ValidationError(where, "a new case's journal cannot refer to attachments or earlier entries")
