"""What every command shares: exit codes, passphrases, opening the vault, progress lines."""

from __future__ import annotations

import argparse
import getpass
import json
import shutil
import sys
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

from hospital_mediation.domain.deadlines import DeadlineState, WorkingDayCalendar, next_open_deadline
from hospital_mediation.domain.model import CaseSummary
from hospital_mediation.errors import (
    UserError,
    VaultNeedsUpgradeError,
)
from hospital_mediation.store import Vault, VaultLocation

EXIT_OK, EXIT_USER, EXIT_INTEGRITY = 0, 1, 2
MAX_SECRET_FILE = 4096


class CliError(UserError):
    pass


class Parser(argparse.ArgumentParser):
    """Usage mistakes exit with 1 (a user error): 2 is kept for integrity failures."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER, f"{self.prog}: {message}\n")


# --- secrets -----------------------------------------------------------------------------------


def read_secret_file(path: str, what: str) -> str:
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


def prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(f"No terminal to ask for the {label}; give it with a file option (see --help).")
    return getpass.getpass(f"{label[0].upper()}{label[1:]}: ")


def read_passphrase(args: argparse.Namespace) -> str:
    """Asked or read once per command (standard input cannot be read twice)."""
    if getattr(args, "_passphrase", None) is None:
        if args.passphrase_file:
            args._passphrase = read_secret_file(args.passphrase_file, "passphrase")
        else:
            args._passphrase = prompt("passphrase")
    return str(args._passphrase)


def new_passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "new_passphrase_file", None):
        return read_secret_file(args.new_passphrase_file, "new passphrase")
    first = prompt("new passphrase")
    if prompt("new passphrase again") != first:
        raise CliError("The two passphrases differ; nothing was changed.")
    return first


# --- helpers -----------------------------------------------------------------------------------


def open_vault(args: argparse.Namespace, read_only: bool = False, unlock: bool = True) -> Vault:
    location = VaultLocation.parse(args.vault)
    try:
        vault = Vault.open(location, read_only=read_only)
    except VaultNeedsUpgradeError:
        Vault.open(location).close()  # opening for writing brings the schema up to date
        vault = Vault.open(location, read_only=read_only)
    if unlock:
        try:
            vault.unlock(read_passphrase(args), member_id(args))
        except BaseException:
            vault.close()
            raise
    return vault


def member_id(args: argparse.Namespace) -> uuid.UUID | None:
    if not getattr(args, "member", None):
        return None
    try:
        return uuid.UUID(args.member)
    except ValueError:
        raise CliError(f"'{args.member}' is not a member id (see 'vault info').") from None


def progress_printer(label: str, out: TextIO) -> Callable[[int, int], None]:
    shown = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != shown[0] and (percent % 10 == 0 or done == total):
            shown[0] = percent
            print(f"{label}: {percent}%", file=out, flush=True)

    return report


def describe_deadline(summary: CaseSummary, calendar: WorkingDayCalendar, today: date) -> str:
    deadline = next_open_deadline(summary.deadlines(calendar))
    if deadline is None:
        return "-"
    state = deadline.state(today)
    flag = {DeadlineState.OVERDUE: " OVERDUE", DeadlineState.DUE_SOON: " due soon"}.get(state, "")
    return f"{deadline.kind.value} {deadline.due_on.isoformat()}{flag}"


def command_name() -> str:
    """How the user can call this program again: its name if on PATH, else the script's path."""
    script = Path(sys.argv[0])
    if script.name == "hospital-mediation" and shutil.which("hospital-mediation") != str(script.resolve()):
        return str(script)
    return "hospital-mediation"


def write_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
