"""``hospital-mediation``: the headless commands, on the same core as the desktop app.

Passphrases come from a prompt or ``--passphrase-file`` (never the command line, where other
users and shell histories would see them). Exit codes: 0 done, 1 user error (one line on
stderr), 2 integrity failure (something in the vault was altered or damaged).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shutil
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, NoReturn, TextIO

from hospital_mediation import __version__
from hospital_mediation.crypto import recovery_key
from hospital_mediation.domain import codec
from hospital_mediation.domain.deadlines import DeadlineState, WorkingDayCalendar, next_open_deadline
from hospital_mediation.domain.model import CaseSummary, NewCase, NewJournalEntry
from hospital_mediation.errors import (
    HospitalMediationError,
    IntegrityError,
    UserError,
    ValidationError,
    VaultNeedsUpgradeError,
    WrongPassphraseError,
)
from hospital_mediation.store import Vault, VaultLocation, default_vault_path
from hospital_mediation.store.verify import verify_vault

EXIT_OK, EXIT_USER, EXIT_INTEGRITY = 0, 1, 2
MAX_SECRET_FILE = 4096


class CliError(UserError):
    pass


class _Parser(argparse.ArgumentParser):
    """Usage mistakes exit with 1 (a user error): 2 is kept for integrity failures."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER, f"{self.prog}: {message}\n")


# --- secrets -----------------------------------------------------------------------------------


def _read_secret_file(path: str, what: str) -> str:
    try:
        if path == "-":
            text = sys.stdin.readline()
        else:
            with open(path, encoding="utf-8") as handle:
                text = handle.read(MAX_SECRET_FILE)
    except OSError as exc:
        raise CliError(f"Cannot read the {what} file {path}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise CliError(f"The {what} file {path} is not UTF-8 text.") from None
    secret = text.split("\n", 1)[0].rstrip("\r")  # only a newline ends it: U+2028 may be part of it
    if not secret:
        raise CliError(f"The {what} file {path} is empty.")
    return secret


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(f"No terminal to ask for the {label}; give it with a file option (see --help).")
    return getpass.getpass(f"{label[0].upper()}{label[1:]}: ")


def _passphrase(args: argparse.Namespace) -> str:
    """Asked or read once per command (standard input cannot be read twice)."""
    if getattr(args, "_passphrase", None) is None:
        if args.passphrase_file:
            args._passphrase = _read_secret_file(args.passphrase_file, "passphrase")
        else:
            args._passphrase = _prompt("passphrase")
    return str(args._passphrase)


def _new_passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "new_passphrase_file", None):
        return _read_secret_file(args.new_passphrase_file, "new passphrase")
    first = _prompt("new passphrase")
    if _prompt("new passphrase again") != first:
        raise CliError("The two passphrases differ; nothing was changed.")
    return first


# --- helpers -----------------------------------------------------------------------------------


def _open(args: argparse.Namespace, read_only: bool = False, unlock: bool = True) -> Vault:
    location = VaultLocation.parse(args.vault)
    try:
        vault = Vault.open(location, read_only=read_only)
    except VaultNeedsUpgradeError:
        Vault.open(location).close()  # opening for writing brings the schema up to date
        vault = Vault.open(location, read_only=read_only)
    if unlock:
        try:
            vault.unlock(_passphrase(args), _member(args))
        except BaseException:
            vault.close()
            raise
    return vault


def _member(args: argparse.Namespace) -> uuid.UUID | None:
    if not getattr(args, "member", None):
        return None
    try:
        return uuid.UUID(args.member)
    except ValueError:
        raise CliError(f"'{args.member}' is not a member id (see 'vault info').") from None


def _progress(label: str, out: TextIO) -> Callable[[int, int], None]:
    shown = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != shown[0] and (percent % 10 == 0 or done == total):
            shown[0] = percent
            print(f"{label}: {percent}%", file=out, flush=True)

    return report


def _describe_deadline(summary: CaseSummary, calendar: WorkingDayCalendar, today: date) -> str:
    deadline = next_open_deadline(summary.deadlines(calendar))
    if deadline is None:
        return "-"
    state = deadline.state(today)
    flag = {DeadlineState.OVERDUE: " OVERDUE", DeadlineState.DUE_SOON: " due soon"}.get(state, "")
    return f"{deadline.kind.value} {deadline.due_on.isoformat()}{flag}"


def _command_name() -> str:
    """How the user can call this program again: its name if on PATH, else the script's path."""
    script = Path(sys.argv[0])
    if script.name == "hospital-mediation" and shutil.which("hospital-mediation") != str(script.resolve()):
        return str(script)
    return "hospital-mediation"


def _write_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


# --- commands: vault ------------------------------------------------------------------------------


def cmd_vault_init(args: argparse.Namespace, out: TextIO) -> int:
    location = VaultLocation.parse(args.vault)
    passphrase = _new_passphrase(args) if not args.passphrase_file else _passphrase(args)
    print("Measuring this computer to set the key derivation cost (about 2 seconds)…", file=sys.stderr)
    vault, recovery = Vault.create(location, passphrase, args.name, args.organisation)
    with vault:
        info = vault.info()
    print(f"Vault created at {location}.", file=out)
    print(f"Member fingerprint: {info.members[0].fingerprint}", file=out)
    print("\nRECOVERY KEY (shown once; write it down or print it, and keep it apart from this computer):",
          file=out)
    print(f"\n    {recovery_key.format_recovery_key(recovery)}\n", file=out)
    print("Without the passphrase or this key, nobody (not even us) can open the vault.", file=out)
    return EXIT_OK


def cmd_vault_info(args: argparse.Namespace, out: TextIO) -> int:
    with Vault.open(VaultLocation.parse(args.vault), read_only=True) as vault:
        info = vault.info()
    print(f"Vault:          {info.location}", file=out)
    print(f"Vault id:       {info.vault_id}", file=out)
    print(f"Format version: {info.format_version}", file=out)
    if info.file_size is not None:
        print(f"File size:      {info.file_size / 1024**2:.1f} MiB", file=out)
    print(f"Cases:          {info.cases}", file=out)
    print(f"Audit entries:  {info.audit_entries}", file=out)
    for member in info.members:
        print(f"Member {member.id}", file=out)
        print(f"  fingerprint:  {member.fingerprint}", file=out)
        print(f"  age recipient: {member.age_recipient}", file=out)
        if member.passphrase_kdf:
            p = member.passphrase_kdf
            print(f"  passphrase:   Argon2id, {p.memory_kib // 1024} MiB, {p.iterations} passes, "
                  f"{p.lanes} lanes", file=out)
    return EXIT_OK


def cmd_vault_passwd(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args) as vault:
        current = _passphrase(args) if args.passphrase_file else _prompt("current passphrase again")
        vault.change_passphrase(current, _new_passphrase(args))
    print("Passphrase changed. The recovery key is unchanged.", file=out)
    return EXIT_OK


def cmd_vault_recover(args: argparse.Namespace, out: TextIO) -> int:
    if args.recovery_key_file:
        text = _read_secret_file(args.recovery_key_file, "recovery key")
    else:
        text = _prompt("recovery key")
    key = recovery_key.parse_recovery_key(text)
    with Vault.open(VaultLocation.parse(args.vault)) as vault:
        vault.reset_passphrase_with_recovery_key(key, _new_passphrase(args), member_id=_member(args))
    print("New passphrase set. Keep using the same recovery key.", file=out)
    return EXIT_OK


def cmd_vault_new_recovery_key(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args) as vault:
        current = _passphrase(args) if args.passphrase_file else _prompt("passphrase again")
        recovery = vault.replace_recovery_key(current)
    print("New RECOVERY KEY (shown once; the old one no longer opens the vault):", file=out)
    print(f"\n    {recovery_key.format_recovery_key(recovery)}\n", file=out)
    return EXIT_OK


def cmd_vault_verify(args: argparse.Namespace, out: TextIO) -> int:
    steps: dict[str, Callable[[int, int], None]] = {}

    def progress(what: str, done: int, total: int) -> None:
        steps.setdefault(what, _progress(what, sys.stderr))(done, total)

    with _open(args, read_only=True) as vault:
        report = verify_vault(vault, progress)
    print(f"Audit entries: {report.audit_entries} (chain, signatures and header checked)", file=out)
    print(f"Rows matched against the audit log: {report.rows_checked}", file=out)
    print(f"Cases: {report.cases}, journal entries: {report.journal_entries}, records: {report.records}",
          file=out)
    print(f"Attachments: {report.attachments} ({report.attachment_bytes / 1024**2:.1f} MiB, SHA-256 checked)",
          file=out)
    if report.ok:
        print("The vault is intact.", file=out)
        return EXIT_OK
    for problem in report.problems:
        print(f"PROBLEM: {problem}", file=out)
    return EXIT_INTEGRITY


def cmd_audit_verify(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args, read_only=True) as vault:
        result = vault.audit.verify(_progress("audit", sys.stderr))
    print(f"The audit log is intact: {result.entries} entries, head {result.head_seq}, "
          f"{result.rows_checked} rows match their last entry.", file=out)
    return EXIT_OK


# --- commands: cases ------------------------------------------------------------------------------


def _load_new_cases(path: str) -> list[NewCase]:
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
    cases = _load_new_cases(args.json)  # all validated before anything is written
    with _open(args) as vault:
        created = vault.cases.create_many(
            cases, total=len(cases), progress=_progress("imported", sys.stderr) if len(cases) > 1 else None,
            on_commit=(lambda n: print(f"committed {n}", file=sys.stderr, flush=True)) if args.verbose else None)
    for case in created:
        print(f"{case.reference}  {case.workflow.status.value}", file=out)
    return EXIT_OK


def cmd_case_list(args: argparse.Namespace, out: TextIO) -> int:
    calendar = WorkingDayCalendar(args.holidays)
    today = date.today()
    with _open(args, read_only=True) as vault:
        summaries = vault.cases.list_summaries()
        damaged = vault.cases.damaged
    for s in sorted(summaries, key=lambda s: s.reference):
        level = f"L{int(s.onvs_level)}" if s.onvs_level else "-"
        print(f"{s.reference}  {s.opened_on.isoformat()}  {s.status.value:<22} "
              f"{(s.category.value if s.category else '-'):<19} {level:<3} {s.unit or '-'}  "
              f"next: {_describe_deadline(s, calendar, today)}", file=out)
    if damaged:
        for case_id, reason in damaged.items():
            print(f"hospital-mediation: integrity failure: case {case_id} cannot be read: {reason}", file=sys.stderr)
        return EXIT_INTEGRITY
    if not summaries:
        print("No cases.", file=sys.stderr)
    return EXIT_OK


def cmd_case_show(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args, read_only=True) as vault:
        case = vault.cases.get(vault.cases.find(args.reference).id)
        journal = vault.journal.list(case.id)
        attachments = vault.attachments.list(case.id)
        records = vault.records.list(case.id)
    document = codec.encode(case) | {"journal": codec.encode(journal), "attachments": codec.encode(attachments),
                                     "records": codec.encode(records)}
    if args.json:
        _write_json(document, out)
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
        print(f"  {t.at.date().isoformat()}  {t.from_status.value if t.from_status else '-'} -> "
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
    with _open(args) as vault:
        case_id = vault.cases.find(args.reference).id
        saved = vault.journal.add(case_id, entry)
    print(f"Recorded at {saved.recorded_at.isoformat(timespec='seconds')}, sealed in audit entry "
          f"{saved.audit_seq}.", file=out)
    return EXIT_OK


def cmd_attach(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path} is not a file.")
    with _open(args) as vault:
        case_id = vault.cases.find(args.reference).id
        info = vault.attachments.add_file(case_id, path, args.description or "",
                                          progress=_progress("encrypted", sys.stderr))
    print(f"Attached {info.filename} ({info.size} bytes). SHA-256: {info.sha256}", file=out)
    return EXIT_OK


def cmd_attachment_list(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args, read_only=True) as vault:
        attachments = vault.attachments.list(vault.cases.find(args.reference).id)
    for n, a in enumerate(attachments, 1):
        print(f"{n}  {a.id}  {a.filename}  {a.size} bytes  SHA-256 {a.sha256}", file=out)
    return EXIT_OK


def cmd_attachment_export(args: argparse.Namespace, out: TextIO) -> int:
    with _open(args) as vault:
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
        vault.attachments.export_to_path(chosen.id, destination, _progress("decrypted", sys.stderr))
    print(f"Exported {destination} (SHA-256 verified: {chosen.sha256}).", file=out)
    return EXIT_OK


# --- demo -----------------------------------------------------------------------------------------


def _demo_passphrase(args: argparse.Namespace) -> str:
    return _read_secret_file(args.passphrase_file, "passphrase") if args.passphrase_file else DEMO_PASSPHRASE


DEMO_PASSPHRASE = "demo-passphrase-not-secret"  # noqa: S105 - synthetic demo vault, printed to the user


def default_demo_path() -> Path:
    return default_vault_path().with_name("demo.hmv")


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from hospital_mediation.demo import demo_cases
    from hospital_mediation.domain.taxonomy import RecordKind

    path = Path(args.vault).expanduser() if args.vault else default_demo_path()
    if "://" in str(args.vault or ""):
        raise CliError("The demo makes a vault file; give a path.")
    passphrase = _demo_passphrase(args)
    if path.exists():
        if not args.replace:
            raise CliError(f"{path} exists; add --replace to build a new demo vault there.")
        with Vault.open(path) as existing:  # refuses if it is open elsewhere
            try:
                existing.unlock(passphrase)  # only a vault that opens with the demo passphrase is replaced
            except WrongPassphraseError:
                raise CliError(f"{path} is not a demo vault (it does not open with the demo passphrase); "
                               "it was left untouched.") from None
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    anchor = min(date.fromisoformat(args.anchor), date.today()) if args.anchor else date.today()
    print(f"Creating the demo vault {path} …", file=sys.stderr)
    vault, _recovery = Vault.create(path, passphrase, "Démonstration", "Centre hospitalier de démonstration")
    with vault:
        demos = list(demo_cases(args.cases, args.seed, anchor))
        created = vault.cases.create_many((d.case for d in demos), total=len(demos),
                                          progress=_progress("cases", sys.stderr), today=anchor)
        with vault.transaction():
            for demo, case in zip(demos, created, strict=True):
                case_id = case.id
                received = demo.case.received_on or anchor
                for status, days, outcome in demo.steps:
                    on = min(anchor, received + timedelta(days=days))
                    case = vault.cases.transition(case, status, on=on, outcome=outcome,
                                                  at=datetime.combine(on, time(10), UTC))
                for kind, title, days in demo.records:
                    vault.records.add(case_id, RecordKind(kind), title=title,
                                      on=min(anchor, received + timedelta(days=days)))
    print(f"Demo vault ready: {path}", file=out)
    print(f"It holds {args.cases} invented cases. Passphrase: {passphrase if not args.passphrase_file else '(yours)'}",
          file=out)
    print(f"List them with:  {_command_name()} case list --vault {path}", file=out)
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--vault", metavar="PATH",
                        help=f"vault file or PostgreSQL URL (default: {default_vault_path()})",
                        default=argparse.SUPPRESS)
    common.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                        help="read the passphrase from the first line of FILE ('-' for standard input)")
    common.add_argument("--member", metavar="ID", default=argparse.SUPPRESS,
                        help="your member id, in a vault shared by several members")
    common.add_argument("--holidays", metavar="SUBDIVISION", default=argparse.SUPPRESS,
                        help="public holidays of a French subdivision for deadlines (e.g. 57 for Moselle)")

    parser = _Parser(
        prog="hospital-mediation", parents=[common],
        description="Confidential workplace-conflict and harassment cases, encrypted on this computer.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--verbose", action="store_true", help="say more about long work")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(parent: Any, name: str, handler: Callable[[argparse.Namespace, TextIO], int], help_: str,
            ) -> argparse.ArgumentParser:
        command = parent.add_parser(name, parents=[common], help=help_, description=help_)
        command.set_defaults(handler=handler)
        return command  # type: ignore[no-any-return]

    vault = sub.add_parser("vault", help="create and look after a vault").add_subparsers(
        dest="vault_command", metavar="ACTION", required=True, parser_class=_Parser)
    init = add(vault, "init", cmd_vault_init, "create a new vault")
    init.add_argument("--name", required=True, help="your name, as other members will see it")
    init.add_argument("--organisation", default="", help="your organisation (union, association, unit)")
    add(vault, "info", cmd_vault_info, "what can be said of a vault without unlocking it")
    passwd = add(vault, "passwd", cmd_vault_passwd, "change the passphrase")
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    recover = add(vault, "recover", cmd_vault_recover, "set a new passphrase with the recovery key")
    recover.add_argument("--recovery-key-file", metavar="FILE")
    recover.add_argument("--new-passphrase-file", metavar="FILE")
    add(vault, "new-recovery-key", cmd_vault_new_recovery_key,
        "replace the recovery key (the old one stops working)")
    add(vault, "verify", cmd_vault_verify, "check the whole vault: audit log, every value, every attachment")

    case = sub.add_parser("case", help="cases").add_subparsers(dest="case_command", metavar="ACTION",
                                                               required=True, parser_class=_Parser)
    case_add = add(case, "add", cmd_case_add, "add cases from a JSON file (one case or a list)")
    case_add.add_argument("--json", required=True, metavar="FILE", help="the JSON file ('-' for standard input)")
    add(case, "list", cmd_case_list, "one line per case, reference first")
    show = add(case, "show", cmd_case_show, "show one case")
    show.add_argument("reference")
    show.add_argument("--json", action="store_true", help="the whole case as JSON")

    journal = sub.add_parser("journal", help="the evidence journal").add_subparsers(
        dest="journal_command", metavar="ACTION", required=True, parser_class=_Parser)
    journal_add = add(journal, "add", cmd_journal_add, "record a journal entry (text from standard input)")
    journal_add.add_argument("reference")
    journal_add.add_argument("--event-date", metavar="YYYY-MM-DD", help="when the event happened")
    journal_add.add_argument("--text-file", metavar="FILE")

    attach = add(sub, "attach", cmd_attach, "encrypt a file into a case")
    attach.add_argument("reference")
    attach.add_argument("file")
    attach.add_argument("--description")

    attachment = sub.add_parser("attachment", help="attachments").add_subparsers(
        dest="attachment_command", metavar="ACTION", required=True, parser_class=_Parser)
    listing = add(attachment, "list", cmd_attachment_list, "the attachments of a case")
    listing.add_argument("reference")
    export = add(attachment, "export", cmd_attachment_export,
                 "decrypt an attachment to a file (the file is then readable outside the vault)")
    export.add_argument("reference")
    export.add_argument("attachment", help="its number in 'attachment list', or its id")
    export.add_argument("--output", metavar="PATH")

    audit_parser = sub.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True, parser_class=_Parser)
    add(audit_parser, "verify", cmd_audit_verify, "check the audit log's chain, signatures and rows")

    demo = add(sub, "demo", cmd_demo, f"build a demo vault of invented cases (default: {default_demo_path()})")
    demo.add_argument("--cases", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--anchor", metavar="YYYY-MM-DD", help="the 'today' of the demo (default: today)")
    demo.add_argument("--replace", action="store_true", help="replace an existing demo vault")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, default in (("vault", None), ("passphrase_file", None), ("member", None), ("holidays", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    handler = getattr(args, "handler", None)
    # The demo never follows the environment to the user's real vault.
    if args.vault is None and os.environ.get("HOSPITAL_MEDIATION_VAULT") and handler is not cmd_demo:
        args.vault = os.environ["HOSPITAL_MEDIATION_VAULT"]
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USER
    try:
        return int(handler(args, out))
    except IntegrityError as exc:
        print(f"hospital-mediation: integrity failure: {exc}", file=sys.stderr)
        return EXIT_INTEGRITY
    except HospitalMediationError as exc:
        print(f"hospital-mediation: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("hospital-mediation: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
