"""The demo vault: invented cases to try the application (and to benchmark it)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from hospital_mediation.cli.common import (
    EXIT_OK,
    CliError,
    command_name,
    progress_printer,
    read_secret_file,
)
from hospital_mediation.domain import codec
from hospital_mediation.errors import (
    WrongPassphraseError,
)
from hospital_mediation.paths import default_vault_path
from hospital_mediation.store import Vault
from hospital_mediation.store.database import remove_vault_files

# --- demo -----------------------------------------------------------------------------------------


def demo_passphrase(args: argparse.Namespace) -> str:
    return read_secret_file(args.passphrase_file, "passphrase") if args.passphrase_file else DEMO_PASSPHRASE


DEMO_PASSPHRASE = "demo-passphrase-not-secret"  # noqa: S105 - synthetic demo vault, printed to the user


def default_demo_path() -> Path:
    return default_vault_path().with_name("demo.hmv")


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from hospital_mediation.demo import populate

    path = Path(args.vault).expanduser() if args.vault else default_demo_path()
    if "://" in str(args.vault or ""):
        raise CliError("The demo makes a vault file; give a path.")
    passphrase = demo_passphrase(args)
    if path.exists():
        if not args.replace:
            raise CliError(f"{path} exists; add --replace to build a new demo vault there.")
        with Vault.open(path) as existing:  # refuses if it is open elsewhere
            try:
                existing.unlock(passphrase)  # only a vault that opens with the demo passphrase is replaced
            except WrongPassphraseError:
                raise CliError(f"{path} is not a demo vault (it does not open with the demo passphrase); "
                               "it was left untouched.") from None
        remove_vault_files(path)
    anchor = min(codec.decode(date, args.anchor, "--anchor"), date.today()) if args.anchor else date.today()
    print(f"Creating the demo vault {path} …", file=sys.stderr)
    vault, _recovery = Vault.create(path, passphrase, "Démonstration", "Centre hospitalier de démonstration")
    with vault:
        populate(vault, args.cases, args.seed, anchor, progress_printer("cases", sys.stderr))
    print(f"Demo vault ready: {path}", file=out)
    print(f"It holds {args.cases} invented cases. Passphrase: {passphrase if not args.passphrase_file else '(yours)'}",
          file=out)
    print(f"List them with:  {command_name()} case list --vault {path}", file=out)
    return EXIT_OK
