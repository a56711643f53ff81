"""``hospital-mediation``: the headless commands, on the same core as the desktop app.

Passphrases come from a prompt or ``--passphrase-file`` (never the command line, where other
users and shell histories would see them). Exit codes: 0 done, 1 user error (one line on
stderr), 2 integrity failure (something in the vault was altered or damaged).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from hospital_mediation import __version__
from hospital_mediation.cli.case_commands import (
    cmd_attach,
    cmd_attachment_export,
    cmd_attachment_list,
    cmd_case_add,
    cmd_case_delete,
    cmd_case_feedback,
    cmd_case_list,
    cmd_case_move,
    cmd_case_show,
    cmd_journal_add,
    cmd_retention_due,
    cmd_stats,
)
from hospital_mediation.cli.common import EXIT_INTEGRITY, EXIT_OK, EXIT_USER, Parser
from hospital_mediation.cli.demo_command import DEMO_PASSPHRASE, cmd_demo, default_demo_path
from hospital_mediation.cli.vault_commands import (
    cmd_audit_verify,
    cmd_vault_info,
    cmd_vault_init,
    cmd_vault_new_recovery_key,
    cmd_vault_passwd,
    cmd_vault_recover,
    cmd_vault_verify,
)
from hospital_mediation.errors import HospitalMediationError, IntegrityError
from hospital_mediation.paths import default_vault_path

__all__ = ["DEMO_PASSPHRASE", "build_parser", "main"]


# --- parser ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument("--vault", metavar="PATH",
                        help=f"vault file or PostgreSQL URL (default: {default_vault_path()})",
                        default=argparse.SUPPRESS)
    common.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                        help="read the passphrase from the first line of FILE ('-' for standard input)")
    common.add_argument("--member", metavar="ID", default=argparse.SUPPRESS,
                        help="your member id, in a vault shared by several members")
    common.add_argument("--holidays", metavar="SUBDIVISION", default=argparse.SUPPRESS,
                        help="public holidays of a French subdivision for deadlines (e.g. 57 for Moselle)")

    parser = Parser(
        prog="hospital-mediation", parents=[common],
        description="Confidential workplace-conflict and harassment cases, encrypted on this computer.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--verbose", action="store_true", help="say more about long work")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def add(parent: Any, name: str, handler: Callable[[argparse.Namespace, TextIO], int], help_: str,
            ) -> argparse.ArgumentParser:
        command = parent.add_parser(name, parents=[common], help=help_, description=help_)
        command.set_defaults(handler=handler)
        return command  # type: ignore[no-any-return]

    vault = sub.add_parser("vault", help="create and look after a vault").add_subparsers(
        dest="vault_command", metavar="ACTION", required=True, parser_class=Parser)
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
                                                               required=True, parser_class=Parser)
    case_add = add(case, "add", cmd_case_add, "add cases from a JSON file (one case or a list)")
    case_add.add_argument("--json", required=True, metavar="FILE", help="the JSON file ('-' for standard input)")
    add(case, "list", cmd_case_list, "one line per case, reference first")
    show = add(case, "show", cmd_case_show, "show one case")
    show.add_argument("reference")
    show.add_argument("--json", action="store_true", help="the whole case as JSON")
    move = add(case, "move", cmd_case_move, "move a case along the workflow (dated, audited)")
    move.add_argument("reference")
    move.add_argument("status", help="filed, acknowledged, under_review, orientation, measures, "
                                     "referred_to_mediation or closed")
    move.add_argument("--on", metavar="YYYY-MM-DD", help="when it happened (default: today)")
    move.add_argument("--reason", help="why (needed to reopen a closed case)")
    move.add_argument("--outcome", help="how the case was closed (needed with 'closed')")
    feedback = add(case, "feedback", cmd_case_feedback, "record the written feedback given to the reporter")
    feedback.add_argument("reference")
    feedback.add_argument("--on", metavar="YYYY-MM-DD", help="when it was given (default: today)")
    feedback.add_argument("--details", help="what was said (measures, reasons)")
    delete = add(case, "delete", cmd_case_delete, "delete a case for good: its key is destroyed, a tombstone is kept")
    delete.add_argument("reference")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.add_argument("--reason", default="manual", choices=["manual", "retention"])

    retention = sub.add_parser("retention", help="retention periods").add_subparsers(
        dest="retention_command", metavar="ACTION", required=True, parser_class=Parser)
    add(retention, "due", cmd_retention_due, "closed cases whose retention period has ended")

    stats = add(sub, "stats", cmd_stats, "reports counted by month, category, ONVS level, unit or outcome "
                                         "(deleted cases still count)")
    stats.add_argument("--by", default="month,category",
                       help="comma-separated: month, category, onvs_level, unit, outcome (default: month,category)")

    journal = sub.add_parser("journal", help="the evidence journal").add_subparsers(
        dest="journal_command", metavar="ACTION", required=True, parser_class=Parser)
    journal_add = add(journal, "add", cmd_journal_add, "record a journal entry (text from standard input)")
    journal_add.add_argument("reference")
    journal_add.add_argument("--event-date", metavar="YYYY-MM-DD", help="when the event happened")
    journal_add.add_argument("--text-file", metavar="FILE")

    attach = add(sub, "attach", cmd_attach, "encrypt a file into a case")
    attach.add_argument("reference")
    attach.add_argument("file")
    attach.add_argument("--description")

    attachment = sub.add_parser("attachment", help="attachments").add_subparsers(
        dest="attachment_command", metavar="ACTION", required=True, parser_class=Parser)
    listing = add(attachment, "list", cmd_attachment_list, "the attachments of a case")
    listing.add_argument("reference")
    export = add(attachment, "export", cmd_attachment_export,
                 "decrypt an attachment to a file (the file is then readable outside the vault)")
    export.add_argument("reference")
    export.add_argument("attachment", help="its number in 'attachment list', or its id")
    export.add_argument("--output", metavar="PATH")

    audit_parser = sub.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True, parser_class=Parser)
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
