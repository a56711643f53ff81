"""Commands that create and look after a vault: init, info, passwd, recover, verify."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TextIO

from hospital_mediation.cli.common import (
    EXIT_INTEGRITY,
    EXIT_OK,
    member_id,
    new_passphrase,
    open_vault,
    progress_printer,
    prompt,
    read_passphrase,
    read_secret_file,
)
from hospital_mediation.crypto import recovery_key
from hospital_mediation.store import Vault, VaultLocation
from hospital_mediation.store.verify import verify_vault

# --- commands: vault ------------------------------------------------------------------------------


def cmd_vault_init(args: argparse.Namespace, out: TextIO) -> int:
    location = VaultLocation.parse(args.vault)
    passphrase = new_passphrase(args) if not args.passphrase_file else read_passphrase(args)
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
    with open_vault(args, read_only=True, unlock=False) as vault:
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
    with open_vault(args) as vault:
        current = read_passphrase(args) if args.passphrase_file else prompt("current passphrase again")
        vault.change_passphrase(current, new_passphrase(args))
    print("Passphrase changed. The recovery key is unchanged.", file=out)
    return EXIT_OK


def cmd_vault_recover(args: argparse.Namespace, out: TextIO) -> int:
    if args.recovery_key_file:
        text = read_secret_file(args.recovery_key_file, "recovery key")
    else:
        text = prompt("recovery key")
    key = recovery_key.parse_recovery_key(text)
    with Vault.open(VaultLocation.parse(args.vault)) as vault:
        vault.reset_passphrase_with_recovery_key(key, new_passphrase(args), member_id=member_id(args))
    print("New passphrase set. Keep using the same recovery key.", file=out)
    return EXIT_OK


def cmd_vault_new_recovery_key(args: argparse.Namespace, out: TextIO) -> int:
    with open_vault(args) as vault:
        current = read_passphrase(args) if args.passphrase_file else prompt("passphrase again")
        recovery = vault.replace_recovery_key(current)
    print("New RECOVERY KEY (shown once; the old one no longer opens the vault):", file=out)
    print(f"\n    {recovery_key.format_recovery_key(recovery)}\n", file=out)
    return EXIT_OK


def cmd_vault_verify(args: argparse.Namespace, out: TextIO) -> int:
    steps: dict[str, Callable[[int, int], None]] = {}

    def progress(what: str, done: int, total: int) -> None:
        steps.setdefault(what, progress_printer(what, sys.stderr))(done, total)

    with open_vault(args, read_only=True) as vault:
        report = verify_vault(vault, progress)
    if report.audit_entries:
        print(f"Audit entries: {report.audit_entries} (chain, signatures and header checked)", file=out)
        print(f"Rows matched against the audit log: {report.rows_checked}", file=out)
    else:
        print("Audit log: FAILED verification (see below)", file=out)
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
    with open_vault(args, read_only=True) as vault:
        result = vault.audit.verify(progress_printer("audit", sys.stderr))
    print(f"The audit log is intact: {result.entries} entries, head {result.head_seq}, "
          f"{result.rows_checked} rows match their last entry.", file=out)
    return EXIT_OK
