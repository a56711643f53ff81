"""Commands on cases: add, list, show, the journal, attachments."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from hospital_mediation.cli.common import (
    EXIT_INTEGRITY,
    EXIT_OK,
    CliError,
    describe_deadline,
    open_vault,
    progress_printer,
    write_json,
)
from hospital_mediation.domain import codec
from hospital_mediation.domain.deadlines import WorkingDayCalendar
from hospital_mediation.domain.model import NewCase, NewJournalEntry
from hospital_mediation.domain.taxonomy import Outcome
from hospital_mediation.domain.workflow import Status
from hospital_mediation.errors import (
    ValidationError,
)

# --- commands: cases ------------------------------------------------------------------------------


def load_new_cases(path: str) -> list[NewCase]:
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(codec.MAX_DOCUMENT_BYTES + 1)
        else:
            with open(path, "rb") as handle:  # bounded: a device or a huge file is refused, not loaded
                raw = handle.read(codec.MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise CliError(f"Cannot read {path}: {exc.strerror}.") from None
    data = codec.loads_document(raw, Path(path).name if path != "-" else "stdin")
    if isinstance(data, dict):
        items = [("", data)]
    elif isinstance(data, list):
        if len(data) > codec.MAX_LIST_LENGTH * 10:
            raise ValidationError("", f"more than {codec.MAX_LIST_LENGTH * 10} cases in one file")
        items = [(f"[{i}]", item) for i, item in enumerate(data)]
    else:
        raise ValidationError("", "expected a case object or a list of case objects")
    cases = []
    for where, item in items:
        new = codec.decode(NewCase, item, where)
        new.check(where)
        cases.append(new)
    return cases


def cmd_case_add(args: argparse.Namespace, out: TextIO) -> int:
    if args.json == "-" and args.passphrase_file == "-":  # noqa: S105 - "-" means standard input
        raise CliError("The cases and the passphrase cannot both come from standard input.")
    cases = load_new_cases(args.json)  # all validated before anything is written
    with open_vault(args) as vault:
        created = vault.cases.create_many(
            cases, total=len(cases), progress=progress_printer("imported", sys.stderr) if len(cases) > 1 else None,
            on_commit=(lambda n: print(f"committed {n}", file=sys.stderr, flush=True)) if args.verbose else None)
    for case in created:
        print(f"{case.reference}  {case.workflow.status.value}", file=out)
    return EXIT_OK


def cmd_case_list(args: argparse.Namespace, out: TextIO) -> int:
    calendar = WorkingDayCalendar(args.holidays)
    today = date.today()
    with open_vault(args, read_only=True) as vault:
        summaries = vault.cases.list_summaries()
        damaged = vault.cases.damaged
    for s in sorted(summaries, key=lambda s: s.reference):
        level = f"L{int(s.onvs_level)}" if s.onvs_level else "-"
        print(f"{s.reference}  {s.opened_on.isoformat()}  {s.status.value:<22} "
              f"{(s.category.value if s.category else '-'):<19} {level:<3} {s.unit or '-'}  "
              f"next: {describe_deadline(s, calendar, today)}", file=out)
    if damaged:
        for case_id, reason in damaged.items():
            print(f"hospital-mediation: integrity failure: case {case_id} cannot be read: {reason}", file=sys.stderr)
        return EXIT_INTEGRITY
    if not summaries:
        print("No cases.", file=sys.stderr)
    return EXIT_OK


def cmd_case_show(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args, read_only=True) as vault:
        case = vault.cases.get(vault.cases.find(args.reference).id)
        journal = vault.journal.list(case.id)
        attachments = vault.attachments.list(case.id)
        records = vault.records.list(case.id)
    document = codec.encode(case) | {"journal": codec.encode(journal), "attachments": codec.encode(attachments),
                                     "records": codec.encode(records)}
    if args.json:
        write_json(document, out)
        return EXIT_OK
    report, workflow = case.report, case.workflow
    print(f"Case {case.reference}  (opened {case.opened_on.isoformat()}, status {workflow.status.value})", file=out)
    print(f"Category: {report.category.value if report.category else '-'}; ONVS level: "
          f"{int(report.onvs_level) if report.onvs_level else '-'}; unit: {report.unit or '-'}", file=out)
    print(f"Anonymous: {'yes' if report.anonymous else 'no'}; reporter: {report.reporter.name or '-'}", file=out)
    if report.facts.description:
        print(f"Facts: {report.facts.description}", file=out)
    for d in case.summary().deadlines(WorkingDayCalendar(args.holidays)):
        print(f"Deadline {d.kind.value}: {d.due_on.isoformat()} ({d.state(date.today()).value})", file=out)
    for t in workflow.history:
        print(f"  {(t.on or t.at.astimezone().date()).isoformat()}  {t.from_status.value if t.from_status else '-'} -> "
              f"{t.to_status.value}  {t.reason}", file=out)
    for n, entry in enumerate(journal, 1):
        event = entry.event_on.isoformat() if entry.event_on else "-"
        print(f"Journal {n}: event {event}, recorded {entry.recorded_at.isoformat(timespec='seconds')}, "
              f"audit entry {entry.audit_seq}: {entry.text}", file=out)
    for n, attachment in enumerate(attachments, 1):
        print(f"Attachment {n}: {attachment.filename} ({attachment.size} bytes, SHA-256 {attachment.sha256})",
              file=out)
    for record in records:
        print(f"{record.kind.value.capitalize()}: {record.title} {record.text}".rstrip(), file=out)
    return EXIT_OK


def cmd_journal_add(args: argparse.Namespace, out: TextIO) -> int:
    if args.text_file:
        try:
            text = Path(args.text_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"Cannot read {args.text_file}: {exc}.") from None
    else:
        if sys.stdin.isatty():
            print("Type the entry, then Ctrl+D:", file=sys.stderr)
        text = sys.stdin.read(codec.MAX_TEXT_LENGTH + 1)
    text = text.strip()
    if not text:
        raise CliError("The journal entry is empty; nothing was recorded.")
    event_on = codec.decode(date, args.event_date, "--event-date") if args.event_date else None
    entry = NewJournalEntry(text=text, event_on=event_on)
    with open_vault(args) as vault:
        case_id = vault.cases.find(args.reference).id
        saved = vault.journal.add(case_id, entry)
    print(f"Recorded at {saved.recorded_at.isoformat(timespec='seconds')}, sealed in audit entry "
          f"{saved.audit_seq}.", file=out)
    return EXIT_OK


def cmd_attach(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path} is not a file.")
    with open_vault(args) as vault:
        case_id = vault.cases.find(args.reference).id
        info = vault.attachments.add_file(case_id, path, args.description or "",
                                          progress=progress_printer("encrypted", sys.stderr))
    print(f"Attached {info.filename} ({info.size} bytes). SHA-256: {info.sha256}", file=out)
    return EXIT_OK


def cmd_attachment_list(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args, read_only=True) as vault:
        attachments = vault.attachments.list(vault.cases.find(args.reference).id)
    for n, a in enumerate(attachments, 1):
        print(f"{n}  {a.id}  {a.filename}  {a.size} bytes  SHA-256 {a.sha256}", file=out)
    return EXIT_OK


def cmd_attachment_export(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        attachments = vault.attachments.list(vault.cases.find(args.reference).id)
        chosen = None
        if args.attachment.isdigit() and 1 <= int(args.attachment) <= len(attachments):
            chosen = attachments[int(args.attachment) - 1]
        else:
            chosen = next((a for a in attachments if str(a.id) == args.attachment), None)
        if chosen is None:
            raise CliError(f"Case {args.reference} has no attachment {args.attachment} (see 'attachment list').")
        destination = Path(args.output) if args.output else Path.cwd() / chosen.filename
        print(f"Writing the decrypted file to {destination}: it will be readable outside the vault.",
              file=sys.stderr)
        vault.attachments.export_to_path(chosen.id, destination, progress_printer("decrypted", sys.stderr))
    print(f"Exported {destination} (SHA-256 verified: {chosen.sha256}).", file=out)
    return EXIT_OK


def _on_date(text: str | None, option: str) -> date | None:
    return codec.decode(date, text, option) if text else None


def cmd_case_move(args: argparse.Namespace, out: TextIO) -> int:
    target = codec.decode(Status, args.status, "status")
    outcome = codec.decode(Outcome, args.outcome, "--outcome") if args.outcome else None
    with open_vault(args) as vault:
        case = vault.cases.get(vault.cases.find(args.reference).id)
        moved = vault.cases.transition(case, target, reason=args.reason or "", on=_on_date(args.on, "--on"),
                                       outcome=outcome)
    print(f"{moved.reference}  {case.workflow.status.value} -> {moved.workflow.status.value}", file=out)
    return EXIT_OK


def cmd_case_feedback(args: argparse.Namespace, out: TextIO) -> int:
    on = _on_date(args.on, "--on") or date.today()
    with open_vault(args) as vault:
        case = vault.cases.get(vault.cases.find(args.reference).id)
        vault.cases.record_feedback(case, on, args.details or "")
    print(f"Feedback to the reporter recorded on {on.isoformat()}.", file=out)
    return EXIT_OK


def cmd_case_delete(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        summary = vault.cases.find(args.reference)
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("Deleting a case cannot be undone: add --yes to confirm.")
            answer = input(f"Delete case {summary.reference} and everything in it, for good? Type its reference: ")
            if answer.strip().upper() != summary.reference.upper():
                raise CliError("Not confirmed; nothing was deleted.")
        tombstone = vault.retention.delete_case(summary.id, reason=args.reason)
    print(f"Case {summary.reference} deleted (its key is destroyed). Kept for statistics: {tombstone.month}, "
          f"{tombstone.category.value if tombstone.category else '-'}, {tombstone.unit or '-'}.", file=out)
    return EXIT_OK


def cmd_retention_due(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args, read_only=True) as vault:
        due = vault.retention.due()
    for summary, due_on in due:
        print(f"{summary.reference}  closed {summary.closed_on.isoformat() if summary.closed_on else '-'}  "
              f"{summary.outcome.value if summary.outcome else '-'}  deletion due {due_on.isoformat()}", file=out)
    if not due:
        print("No case is due for deletion.", file=sys.stderr)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    """Reports counted by the chosen dimensions; deleted cases count through their tombstones."""
    from hospital_mediation.store.statistics import counts

    by = [name.strip() for name in args.by.split(",") if name.strip()]
    with open_vault(args, read_only=True) as vault:
        counted = counts(vault, by)
        damaged = vault.cases.damaged
    print("  ".join([*by, "reports"]), file=out)
    for values, number in sorted(counted.items()):
        print("  ".join([*(value or "-" for value in values), str(number)]), file=out)
    print(f"total  {sum(counted.values())}", file=out)
    for case_id, reason in damaged.items():  # left out of the counts: say so, as `case list` does
        print(f"hospital-mediation: integrity failure: case {case_id} cannot be read (not counted): {reason}",
              file=sys.stderr)
    return EXIT_INTEGRITY if damaged else EXIT_OK
