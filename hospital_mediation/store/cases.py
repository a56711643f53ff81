"""Cases: the only code that turns a case into sealed rows and back."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, insert, select, type_coerce, update

from hospital_mediation.crypto import key_wrap
from hospital_mediation.crypto.field_cipher import FieldCipher, new_key
from hospital_mediation.domain import codec
from hospital_mediation.domain.model import Case, CaseSummary, NewCase, Report, Transition, Workflow
from hospital_mediation.domain.taxonomy import Category, OnvsLevel, Outcome
from hospital_mediation.domain.workflow import Status, check_transition
from hospital_mediation.errors import ConcurrentEditError, DecryptionError, InvalidTransitionError, NotFoundError
from hospital_mediation.progress import Progress
from hospital_mediation.store import rows
from hospital_mediation.store.journal import journal_row
from hospital_mediation.store.schema import CaseKeyWrap, CaseRow, JournalEntryRow

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Transaction, Vault



def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def summary_to_json(case: Case) -> dict[str, Any]:
    report, workflow = case.report, case.workflow
    return {
        "reference": case.reference,
        "opened_on": case.opened_on.isoformat(),
        "status": workflow.status.value,
        "category": report.category.value if report.category else None,
        "onvs_level": int(report.onvs_level) if report.onvs_level else None,
        "unit": report.unit,
        "anonymous": report.anonymous,
        "received_on": _iso(workflow.received_on),
        "acknowledged_on": _iso(workflow.acknowledged_on),
        "feedback_on": _iso(workflow.feedback_on),
        "closed_on": _iso(workflow.closed_on),
        "outcome": workflow.outcome.value if workflow.outcome else None,
    }


_STATUSES = {s.value: s for s in Status}
_CATEGORIES: dict[str | None, Category | None] = {c.value: c for c in Category} | {None: None}
_LEVELS: dict[int | None, OnvsLevel | None] = {int(level): level for level in OnvsLevel} | {None: None}
_OUTCOMES: dict[str | None, Outcome | None] = {o.value: o for o in Outcome} | {None: None}


def summary_from_json(case_id: uuid.UUID, version: int, data: dict[str, Any]) -> CaseSummary:
    """Decoded for every case at unlock: dictionary lookups instead of enum calls, on purpose."""
    return CaseSummary(
        case_id,
        version,
        data["reference"],
        date.fromisoformat(data["opened_on"]),
        _STATUSES[data["status"]],
        _CATEGORIES[data["category"]],
        _LEVELS[data["onvs_level"]],
        data["unit"],
        data["anonymous"],
        _date(data["received_on"]),
        _date(data["acknowledged_on"]),
        _date(data["feedback_on"]),
        _date(data["closed_on"]),
        _OUTCOMES[data.get("outcome")],
    )


def seal_case(cipher: FieldCipher, case: Case) -> dict[str, Any]:
    """The row values of ``case`` at ``case.version``."""
    return {
        "id": case.id,
        "row_version": case.version,
        "summary": cipher.seal_json(summary_to_json(case), "cases", "summary", case.id, case.version),
        "report": cipher.seal_json(codec.encode(case.report), "cases", "report", case.id, case.version),
        "workflow": cipher.seal_json(codec.encode(case.workflow), "cases", "workflow", case.id, case.version),
    }


def _check_day(day: date, received_on: date | None, what: str, rule: str) -> None:
    """Dates of workflow steps happen between the receipt of the report and today; ``rule``: "step" or
    "feedback", the date checked."""
    today = date.today()
    if day > today:
        raise InvalidTransitionError(f"{what} ({day.isoformat()}) is in the future.", f"{rule}_in_future", day=day)
    if received_on is not None and day < received_on:
        raise InvalidTransitionError(
            f"{what} ({day.isoformat()}) is before the report was received ({received_on.isoformat()}).",
            f"{rule}_before_receipt", day=day, received_on=received_on)


def transition_refusal(case: Case, to_status: Status, reason: str = "",
                       outcome: Outcome | None = None) -> InvalidTransitionError | None:
    """Why moving ``case`` to ``to_status`` would be refused (None: it would be accepted), without
    touching the vault: the state machine, the reason some steps need, the outcome of a closing,
    and the acknowledgement a named reporter is owed before the review. The date is checked when
    the step is made."""
    workflow = case.workflow
    try:
        check_transition(workflow.status, to_status, reason)
    except InvalidTransitionError as error:
        return error
    if to_status is Status.CLOSED and outcome is None:
        return InvalidTransitionError("Closing a case needs an outcome.", "needs_outcome")
    if to_status is not Status.CLOSED and outcome is not None:
        return InvalidTransitionError("Only closing a case takes an outcome.", "outcome_only_when_closing")
    if workflow.status is Status.FILED and to_status is Status.UNDER_REVIEW and not case.report.anonymous:
        return InvalidTransitionError(
            "Acknowledge the report first: the reporter is owed a written acknowledgement within "
            "7 working days (only an anonymous report goes straight to review).", "acknowledge_first")
    return None


class CaseRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.damaged: dict[uuid.UUID, str] = {}

    # --- creating --------------------------------------------------------------------------

    def create(self, new: NewCase, today: date | None = None) -> Case:
        """Create one case (filed at once when ``received_on`` is given, else a draft)."""
        with self._vault.transaction() as tx:
            (case,) = self._insert(tx, [new], today)
        return case

    def create_many(self, cases: Iterable[NewCase], batch_size: int = 200, today: date | None = None,
                    progress: Progress | None = None, total: int = 0,
                    on_commit: Callable[[int], None] | None = None) -> list[Case]:
        """Bulk import: each batch is one transaction, so a crash keeps every earlier batch whole."""
        created: list[Case] = []
        batch: list[NewCase] = []

        def flush() -> None:
            with self._vault.transaction() as tx:
                created.extend(self._insert(tx, batch, today))
            batch.clear()
            if on_commit is not None:
                on_commit(len(created))
            if progress is not None:
                progress(len(created), max(total, len(created)))

        for new in cases:
            batch.append(new)
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
        return created

    def _insert(self, tx: Transaction, batch: Sequence[NewCase], today: date | None) -> list[Case]:
        keys = self._vault.keys
        for new in batch:
            new.check()
        numbers = self._vault.next_references(tx, len(batch))
        case_rows, wrap_rows, journal_rows, created = [], [], [], []
        for new, number in zip(batch, numbers, strict=True):
            opened_on = new.opened_on or today or tx.now.astimezone().date()
            case_id = uuid.uuid4()
            # Each step dated by the day it took effect (an imported case was opened and received earlier;
            # a report received before its case was opened here had its draft no later than that).
            drafted_on = min(opened_on, new.received_on) if new.received_on is not None else opened_on
            workflow = Workflow(status=Status.DRAFT, history=[
                Transition(at=tx.now, to_status=Status.DRAFT, actor=keys.member_id, on=drafted_on)])
            if new.received_on is not None:
                workflow.status = Status.FILED
                workflow.received_on = new.received_on
                workflow.history.append(Transition(at=tx.now, from_status=Status.DRAFT, to_status=Status.FILED,
                                                   actor=keys.member_id, on=new.received_on))
            case = Case(case_id, 1, f"{opened_on.year}-{number:04d}", opened_on, new.report, workflow)
            key = new_key()
            cipher = keys.add_case_key(case_id, key)
            tx.new_case_ids.append(case_id)
            case_row = seal_case(cipher, case)
            case_rows.append(case_row)
            wrap_row = {
                "case_id": case_id, "member_id": keys.member_id, "method": "local",
                "wrapped": key_wrap.wrap_with_local_key(
                    key, keys.local, key_wrap.wrap_context(keys.vault_id, "case", case_id, keys.member_id)),
                "sharer_id": None, "signature": None,
            }
            wrap_rows.append(wrap_row)
            changed = [rows.ref("cases", case_row), rows.ref("case_key_wraps", wrap_row)]
            if number == numbers[-1]:  # the counter's new value, recorded once per batch
                changed.append(rows.ref("counters", {"name": "case_reference", "value": number}))
            seq = tx.next_seq
            for entry in new.journal:
                row = journal_row(cipher, case_id, entry, tx.now, seq)
                journal_rows.append(row)
                changed.append(rows.ref("journal_entries", row))
            tx.audit("case.created", case_id, changed,
                     {"reference": case.reference, "status": workflow.status.value,
                      "journal_entries": len(new.journal)})
            created.append(case)
        tx.session.execute(insert(CaseRow), case_rows)
        tx.session.execute(insert(CaseKeyWrap), wrap_rows)
        if journal_rows:
            tx.session.execute(insert(JournalEntryRow), journal_rows)
        return created

    # --- reading ---------------------------------------------------------------------------

    def list_summaries(self, progress: Callable[[int, int], object] | None = None) -> list[CaseSummary]:
        """Every case this member can read, decrypted: the list view's data. ``progress(done, total)``
        is told every 256 cases and at the end.

        A case whose key or summary fails authentication is left out and named in
        :attr:`damaged` (id -> reason), so one damaged case does not hide all the others.
        """
        keys = self._vault.keys
        case_keys = self._vault.case_keys
        result = []
        damaged: dict[uuid.UUID, str] = {}
        with rows.no_garbage_collection():
            with self._vault.reading() as session:
                # Ids as stored (this loop runs 10 000 times at unlock: no per-row type processing).
                found = session.execute(
                    select(type_coerce(CaseRow.id, String), CaseRow.row_version, CaseRow.summary, CaseKeyWrap.method,
                           CaseKeyWrap.wrapped)
                    .join(CaseKeyWrap, (CaseKeyWrap.case_id == CaseRow.id) & (CaseKeyWrap.member_id == keys.member_id))
                ).all()
            total = len(found)
            pause = rows.Pauses()
            for done, (raw_id, version, sealed, method, wrapped) in enumerate(found):
                pause()
                if progress is not None and not done & 255:
                    progress(done, total)
                case_id = rows.as_uuid(raw_id)
                try:
                    cipher = keys.loaded_cipher(case_id)
                    if cipher is None:
                        # A shared (HPKE) key is opened with its sharer's signature, by the loader.
                        cipher = case_keys.open(case_id, method, wrapped) if method == "local" \
                            else keys.case_cipher(case_id)
                    data = cipher.open_json(sealed, "cases", "summary", case_id, version)
                except DecryptionError as exc:
                    damaged[case_id] = str(exc)
                    continue
                result.append(summary_from_json(case_id, version, data))
            if progress is not None:
                progress(total, total)
        case_keys.save_rewraps()
        self.damaged = damaged
        return result

    def get(self, case_id: uuid.UUID) -> Case:
        cipher = self._vault.keys.case_cipher(case_id)
        with self._vault.reading() as session:
            row = session.get(CaseRow, case_id)
            if row is None:
                raise NotFoundError(f"There is no case {case_id}.")
            return self._open_row(cipher, row)

    @staticmethod
    def _open_row(cipher: FieldCipher, row: CaseRow) -> Case:
        summary = cipher.open_json(row.summary, "cases", "summary", row.id, row.row_version)
        report = rows.decode_stored(Report, cipher.open_json(row.report, "cases", "report", row.id, row.row_version),
                              "report")
        workflow = rows.decode_stored(
            Workflow, cipher.open_json(row.workflow, "cases", "workflow", row.id, row.row_version), "workflow")
        return Case(row.id, row.row_version, summary["reference"], date.fromisoformat(summary["opened_on"]),
                    report, workflow)

    def find(self, reference: str) -> CaseSummary:
        """The case with this reference (as shown in the list), ignoring case and spaces."""
        wanted = reference.strip().upper()
        for summary in self.list_summaries():
            if summary.reference.upper() == wanted:
                return summary
        raise NotFoundError(f"There is no case with the reference {reference.strip()[:40]}.")

    # --- changing --------------------------------------------------------------------------

    def save(self, case: Case, action: str = "case.updated", details: dict[str, Any] | None = None) -> Case:
        """Write ``case`` over the version it was read at; :class:`ConcurrentEditError` if that changed."""
        with self._vault.transaction() as tx:
            saved, values = self._update(tx, case)
            tx.audit(action, case.id, [rows.ref("cases", values)], details or {"reference": case.reference})
        return saved

    def _update(self, tx: Transaction, case: Case) -> tuple[Case, dict[str, Any]]:
        cipher = self._vault.keys.case_cipher(case.id)
        updated = replace(case, version=case.version + 1)
        values = seal_case(cipher, updated)
        current = tx.session.execute(select(CaseRow.__table__).where(CaseRow.id == case.id)).mappings().first()
        if current is not None and current["row_version"] == case.version:
            rows.check_unchanged(tx, "cases", current)
        result = tx.session.execute(
            update(CaseRow).where(CaseRow.id == case.id, CaseRow.row_version == case.version)
            .values(row_version=updated.version, summary=values["summary"], report=values["report"],
                    workflow=values["workflow"]))
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise ConcurrentEditError("case", case.reference)
        return updated, values

    def transition(self, case: Case, to_status: Status, reason: str = "", on: date | None = None,
                   outcome: Outcome | None = None, at: datetime | None = None) -> Case:
        """Move the case along the workflow; dated, attributed and audited."""
        workflow = case.workflow
        refusal = transition_refusal(case, to_status, reason, outcome)
        if refusal is not None:
            raise refusal
        if at is not None and at.tzinfo is None:
            raise InvalidTransitionError("The time of a transition needs its UTC offset.", "no_utc_offset")
        new_workflow = replace(workflow, history=list(workflow.history))
        with self._vault.transaction() as tx:
            moment = at or tx.now
            day = on or moment.astimezone().date()
            _check_day(day, workflow.received_on, "The date of this step", "step")
            new_workflow.history.append(Transition(at=moment, from_status=workflow.status, to_status=to_status,
                                                   actor=self._vault.member_id, reason=reason, on=day))
            new_workflow.status = to_status
            if to_status is Status.FILED and new_workflow.received_on is None:
                new_workflow.received_on = day
            elif to_status is Status.ACKNOWLEDGED:
                new_workflow.acknowledged_on = day
            elif to_status is Status.CLOSED:
                new_workflow.closed_on, new_workflow.outcome = day, outcome
            elif workflow.status is Status.CLOSED:
                new_workflow.closed_on, new_workflow.outcome = None, None
            saved, values = self._update(tx, replace(case, workflow=new_workflow))
            tx.audit("case.status_changed", case.id, [rows.ref("cases", values)],
                     {"from": workflow.status.value, "to": to_status.value, "reason": reason,
                      "on": day.isoformat(), "outcome": outcome.value if outcome else None})
        return saved

    def record_feedback(self, case: Case, on: date, details: str = "") -> Case:
        """Written feedback was given to the reporter (measures, reasons): stops the 3-month timer."""
        if case.workflow.status is Status.DRAFT:
            raise InvalidTransitionError("A draft has not been filed: there is no feedback to record yet.",
                                         "feedback_on_draft")
        _check_day(on, case.workflow.received_on, "The feedback date", "feedback")
        updated = replace(case, workflow=replace(case.workflow, feedback_on=on))
        return self.save(updated, "case.feedback_recorded", {"on": on.isoformat(), "details": details})
