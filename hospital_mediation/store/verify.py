"""Full verification of an unlocked vault: audit, every sealed value, every attachment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select

from hospital_mediation.errors import HospitalMediationError, IntegrityError
from hospital_mediation.store.schema import AttachmentRow

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault

Progress = Callable[[str, int, int], None]


@dataclass
class VerificationReport:
    audit_entries: int = 0
    rows_checked: int = 0
    cases: int = 0
    journal_entries: int = 0
    records: int = 0
    attachments: int = 0
    attachment_bytes: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_vault(vault: Vault, progress: Progress | None = None) -> VerificationReport:
    """Check everything this member can read; problems are listed, not raised."""
    report = VerificationReport()

    def step(what: str) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        return lambda done, total: progress(what, done, total)

    try:
        audited = vault.audit.verify(step("audit"))
        report.audit_entries, report.rows_checked = audited.entries, audited.rows_checked
    except IntegrityError as exc:
        report.problems.append(str(exc))

    for case_id, reason in vault.case_keys.load_all(step("keys")).items():
        report.problems.append(f"Case {case_id}: {reason}")
    case_ids = vault.keys.loaded_case_ids()
    for index, case_id in enumerate(case_ids, 1):
        try:
            vault.cases.get(case_id)
            report.journal_entries += len(vault.journal.list(case_id))
            report.records += len(vault.records.list(case_id))
            report.cases += 1
        except HospitalMediationError as exc:
            report.problems.append(f"Case {case_id}: {exc}")
        if progress is not None:
            progress("cases", index, len(case_ids))

    with vault.reading() as session:
        attachments = session.execute(select(AttachmentRow.id, AttachmentRow.case_id)).all()
    readable = [a for a in attachments if vault.keys.has_loaded(a.case_id)]
    for index, (attachment_id, _case_id) in enumerate(readable, 1):
        try:
            info = vault.attachments.verify(attachment_id)
            report.attachments += 1
            report.attachment_bytes += info.size
        except HospitalMediationError as exc:
            report.problems.append(f"Attachment {attachment_id}: {exc}")
        if progress is not None:
            progress("attachments", index, len(readable))
    return report
