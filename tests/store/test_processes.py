"""Several processes on one vault file: the single-writer lock, and kill -9 during a bulk import."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hospital_mediation.errors import VaultInUseError
from hospital_mediation.store import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def child(*args: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, text=True, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]


@pytest.fixture
def held_vault(sqlite_vault: Vault) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    path = sqlite_vault.location.path
    assert path is not None
    sqlite_vault.close()
    holder = child("-m", "tests.helpers.hold_vault", str(path))
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "open"
    try:
        yield path, holder
    finally:
        holder.communicate(timeout=30)


def test_second_writer_process_is_refused(held_vault: tuple[Path, subprocess.Popen[str]]) -> None:
    path, holder = held_vault
    with pytest.raises(VaultInUseError, match=f"in use by process {holder.pid}") as caught:
        Vault.open(path)
    assert caught.value.pid == holder.pid


def test_second_writer_cli_gets_one_clear_line(held_vault: tuple[Path, subprocess.Popen[str]],
                                               tmp_path: Path) -> None:
    path, holder = held_vault
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE)
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.cli", "journal", "add", "2026-0001", "--vault", str(path),
         "--passphrase-file", str(secret)],
        cwd=ROOT, input="texte", capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"hospital-mediation: The vault {path} is in use by process {holder.pid}; "
                                     "close it there first.")


def test_readers_are_not_blocked_by_the_writer(held_vault: tuple[Path, subprocess.Popen[str]]) -> None:
    path, _holder = held_vault
    with Vault.open(path, read_only=True) as reader:
        reader.unlock(PASSPHRASE)
        assert reader.cases.list_summaries() == []


def test_lock_is_released_when_the_holder_dies(sqlite_vault: Vault) -> None:
    path = sqlite_vault.location.path
    assert path is not None
    sqlite_vault.close()
    holder = child("-m", "tests.helpers.hold_vault", str(path))
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    holder.kill()
    holder.communicate(timeout=30)
    with Vault.open(path) as reopened:
        reopened.unlock(PASSPHRASE)


def _import_file(tmp_path: Path, count: int) -> Path:
    cases = [{"report": {"unit": f"Unité {n}", "category": "moral_harassment",
                         "facts": {"description": "Faits " * 300}},
              "received_on": "2026-11-02",
              "journal": [{"text": f"Entrée {n}.{k}", "event_on": "2026-11-01"} for k in range(3)]}
             for n in range(count)]
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases))
    return path


@pytest.mark.parametrize("kill_after", ["committed 200", "committed 1000", "imported: 60%"])
def test_kill_9_during_bulk_import_keeps_every_committed_case(sqlite_vault: Vault, tmp_path: Path,
                                                              kill_after: str) -> None:
    path = sqlite_vault.location.path
    assert path is not None
    sqlite_vault.close()
    data = _import_file(tmp_path, 3000)
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE)
    importer = child("-m", "tests.helpers.cli", "--verbose", "case", "add", "--json", str(data),
                     "--vault", str(path), "--passphrase-file", str(secret))
    assert importer.stderr is not None
    committed = 0
    killed = False
    try:
        for line in importer.stderr:
            if line.startswith("committed "):
                committed = int(line.split()[1])
            if line.strip() == kill_after:
                os.kill(importer.pid, signal.SIGKILL)
                killed = True
                break
    finally:
        if not killed:
            importer.kill()
        importer.communicate(timeout=60)
    assert killed, f"the import finished before '{kill_after}'"
    assert importer.returncode == -signal.SIGKILL
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        summaries = vault.cases.list_summaries()
        assert committed <= len(summaries) < 3000
        assert len(summaries) % 200 == 0  # whole batches only
        for summary in summaries[::97]:
            case = vault.cases.get(summary.id)
            assert case.report.facts.description.startswith("Faits")
            assert len(vault.journal.list(summary.id)) == 3
        assert vault.audit.verify().entries == 1 + len(summaries)
