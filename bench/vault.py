"""Vault benchmarks: each figure is printed with a baseline measured in the same run, and the ratio.

    python bench/vault.py [--cases 10000] [--attachment-mib 1024] [--workdir DIR]

1. bulk insert of N synthetic cases (about 2 KB of text and 3 journal entries each) through the
   vault, against the same rows inserted in plaintext through the same SQLAlchemy statements;
2. unlock (key derivation excluded: the recovery slot uses HKDF) to every case summary decrypted,
   against a bare loop of AES-GCM decrypt + json.loads over the same ciphertexts;
3. a large attachment stored and read back (MB/s, peak RSS growth, in a fresh process), against
   AES-GCM over 64 KiB chunks in memory;
4. the calibrated key derivation time, against the floor parameters (m = 64 MiB, t = 3, p = 4).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import insert, select, update

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hospital_mediation.crypto import kdf, recovery_key  # noqa: E402
from hospital_mediation.crypto.attachment_stream import CHUNK_SIZE  # noqa: E402
from hospital_mediation.crypto.field_cipher import field_associated_data  # noqa: E402
from hospital_mediation.demo import demo_case  # noqa: E402
from hospital_mediation.domain import codec  # noqa: E402
from hospital_mediation.domain.model import Case, NewCase, NewJournalEntry, Transition, Workflow  # noqa: E402
from hospital_mediation.domain.workflow import Status  # noqa: E402
from hospital_mediation.store import Vault, VaultLocation  # noqa: E402
from hospital_mediation.store.cases import summary_to_json  # noqa: E402
from hospital_mediation.store.database import Database  # noqa: E402
from hospital_mediation.store.schema import AuditEntryRow, CaseRow, Counter, JournalEntryRow  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"  # noqa: S105
BATCH = 200


def line(name: str, figure: str, baseline: str, ratio: float, target: str) -> None:
    print(f"{name}\n    figure:   {figure}\n    baseline: {baseline}\n    ratio:    {ratio:.2f}x   ({target})",
          flush=True)


def synthetic_cases(count: int) -> list[NewCase]:
    rng = random.Random(20261129)  # noqa: S311 - synthetic data
    result = []
    for _ in range(count):
        new = demo_case(rng, date(2026, 11, 29), text_padding=1500).case
        journal = [NewJournalEntry(f"Entrée {k} : " + rng.choice(["remarque", "planning", "entretien"]) * 20,
                                   event_on=date(2026, 10, 1 + k)) for k in range(3)]
        result.append(replace(new, journal=journal, received_on=new.received_on or date(2026, 11, 2)))
    return result


def case_text_bytes(new: NewCase) -> int:
    return len(json.dumps(codec.encode(new), ensure_ascii=False).encode())


def plaintext_insert(path: Path, cases: list[NewCase]) -> float:
    """The same rows (cases, journal entries, audit entries, counter, header) with plaintext JSON."""
    db = Database(VaultLocation(path=path), create=True)
    db.upgrade()
    with db.session() as session, session.begin():
        session.add(Counter(name="case_reference", value=0))
    member = uuid.uuid4()
    start = time.perf_counter()
    seq = 0
    for offset in range(0, len(cases), BATCH):
        batch = cases[offset:offset + BATCH]
        with db.session() as session, session.begin():
            value = session.execute(update(Counter).where(Counter.name == "case_reference")
                                    .values(value=Counter.value + len(batch)).returning(Counter.value)).scalar_one()
            case_rows, journal_rows, audit_rows = [], [], []
            now = datetime.now(UTC)
            for number, new in zip(range(value - len(batch) + 1, value + 1), batch, strict=True):
                case_id = uuid.uuid4()
                workflow = Workflow(Status.FILED, [Transition(at=now, to_status=Status.FILED)], new.received_on)
                case = Case(case_id, 1, f"2026-{number:04d}", date(2026, 11, 29), new.report, workflow)
                case_rows.append({
                    "id": case_id, "row_version": 1,
                    "summary": json.dumps(summary_to_json(case), ensure_ascii=False).encode(),
                    "report": json.dumps(codec.encode(case.report), ensure_ascii=False).encode(),
                    "workflow": json.dumps(codec.encode(workflow), ensure_ascii=False).encode(),
                })
                seq += 1
                for entry in new.journal:
                    journal_rows.append({
                        "id": uuid.uuid4(), "case_id": case_id, "row_version": 1,
                        "payload": json.dumps(codec.encode(entry) | {"recorded_at": now.isoformat()},
                                              ensure_ascii=False).encode(),
                    })
                audit_rows.append({"seq": seq, "prev_hash": b"", "actor_id": member, "case_id": case_id,
                                   "rows": "[]", "body": json.dumps({"action": "case.created"}).encode(),
                                   "entry_hash": b"", "signature": b""})
            session.execute(insert(CaseRow), case_rows)
            session.execute(insert(JournalEntryRow), journal_rows)
            session.execute(insert(AuditEntryRow), audit_rows)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def bench_bulk_and_unlock(workdir: Path, count: int) -> tuple[Path, bytes]:
    cases = synthetic_cases(count)
    mean_text = sum(case_text_bytes(c) for c in cases[:200]) / min(200, count)
    print(f"{count} synthetic cases, about {mean_text / 1024:.1f} KB of JSON each, 3 journal entries each", flush=True)

    path = workdir / "bench.hmv"
    vault, recovery = Vault.create(path, PASSPHRASE, "Benchmark")
    start = time.perf_counter()
    vault.cases.create_many(cases, batch_size=BATCH)
    encrypted = time.perf_counter() - start
    vault.close()
    plain = plaintext_insert(workdir / "plain.hmv", cases)
    line(f"1. bulk insert of {count} cases", f"{encrypted:.2f} s ({count / encrypted:.0f} cases/s)",
         f"{plain:.2f} s, same rows in plaintext through the same SQLAlchemy", encrypted / plain, "target <= 2.5x")

    best = float("inf")
    for attempt in range(5):
        start = time.perf_counter()
        vault = Vault.open(path)
        vault.unlock_with_recovery_key(recovery)
        summaries = vault.cases.list_summaries()
        best = min(best, time.perf_counter() - start)
        assert len(summaries) == count
        if attempt < 4:
            vault.close()
    keys = vault.keys
    with vault.reading() as session:
        sealed = session.execute(select(CaseRow.id, CaseRow.row_version, CaseRow.summary)).all()
    items = [(keys.case_key(case_id), blob[1:13], blob[13:],
              field_associated_data(vault.vault_id, "cases", "summary", case_id, version))
             for case_id, version, blob in sealed]
    vault.close()
    baseline = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for key, nonce, ciphertext, ad in items:
            json.loads(AESGCM(key).decrypt(nonce, ciphertext, ad))
        baseline = min(baseline, time.perf_counter() - start)
    line(f"2. unlock to {count} summaries decrypted (KDF excluded)", f"{best * 1000:.0f} ms",
         f"{baseline * 1000:.0f} ms, bare AES-GCM decrypt + json.loads of the same ciphertexts", best / baseline,
         "target <= 3x and < 500 ms")
    return path, recovery


class RepeatingReader:
    """A file-like source of ``size`` bytes that costs no memory and little CPU."""

    def __init__(self, size: int) -> None:
        self._block = os.urandom(1024 * 1024)
        self._left = size

    def read(self, n: int = -1) -> bytes:
        n = self._left if n < 0 else min(n, self._left)
        self._left -= n
        if n <= len(self._block):
            return self._block[:n]
        return (self._block * (n // len(self._block) + 1))[:n]


class Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def attachment_child(path: str, recovery_hex: str, mib: int) -> None:
    """Runs in a fresh process so that peak RSS speaks of this phase only."""
    import psutil

    size = mib * 1024 * 1024
    vault = Vault.open(path)
    vault.unlock_with_recovery_key(bytes.fromhex(recovery_hex))
    case = vault.cases.create(NewCase())
    process = psutil.Process()
    before = peak = process.memory_info().rss
    sampling = True

    def sample() -> None:
        nonlocal peak
        while sampling:
            peak = max(peak, process.memory_info().rss)
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    info = vault.attachments.add(case.id, RepeatingReader(size), "big.bin", max_size=size)  # type: ignore[arg-type]
    stored = time.perf_counter() - start
    if vault.database.checkpointer is not None:
        vault.database.checkpointer.stop()  # measure the read alone, not beside the background checkpoint
    start = time.perf_counter()
    vault.attachments.export(info.id, Discard())  # type: ignore[arg-type]
    read = time.perf_counter() - start
    sampling = False
    sampler.join()
    vault.close()
    # What this disk can do: the same number of bytes written to a plain file and synced.
    plain = Path(path).with_name("disk-baseline.bin")
    source = RepeatingReader(size)
    start = time.perf_counter()
    with open(plain, "wb") as handle:
        while block := source.read(1024 * 1024):
            handle.write(block)
        handle.flush()
        os.fsync(handle.fileno())
    disk = time.perf_counter() - start
    plain.unlink()
    print(json.dumps({"stored": stored, "read": read, "growth": peak - before, "disk": disk}))


def bench_attachment(path: Path, recovery: bytes, mib: int) -> None:
    result = subprocess.run([sys.executable, __file__, "--attachment-child", str(path), recovery.hex(), str(mib)],
                            capture_output=True, text=True, check=True)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    size = mib * 1024 * 1024
    key, nonce, chunk = os.urandom(32), os.urandom(12), os.urandom(CHUNK_SIZE)
    aead = AESGCM(key)
    start = time.perf_counter()
    sealed = b""
    for _ in range(size // CHUNK_SIZE):
        sealed = aead.encrypt(nonce, chunk, None)
    encrypt = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(size // CHUNK_SIZE):
        aead.decrypt(nonce, sealed, None)
    decrypt = time.perf_counter() - start
    mb = size / 1e6
    store_rate, read_rate = mb / figures["stored"], mb / figures["read"]
    line(f"3a. {mib} MiB attachment stored (encrypt, SHA-256, SQLite commit)", f"{store_rate:.0f} MB/s",
         f"{mb / encrypt:.0f} MB/s, AES-GCM over 64 KiB chunks in memory", (mb / encrypt) / store_rate,
         "target >= 300 MB/s")
    print(f"    this disk writes and syncs a plain file of the same size at {mb / figures['disk']:.0f} MB/s "
          f"(stored / disk = {figures['disk'] / figures['stored']:.2f})", flush=True)
    line(f"3b. {mib} MiB attachment read back (decrypt, SHA-256 check)", f"{read_rate:.0f} MB/s",
         f"{mb / decrypt:.0f} MB/s, AES-GCM decrypt over 64 KiB chunks in memory", (mb / decrypt) / read_rate,
         "target >= 300 MB/s")
    print(f"    peak RSS growth during both: {figures['growth'] / 1024**2:.1f} MiB (target < 64 MiB)", flush=True)


def bench_kdf() -> None:
    params = kdf.calibrate()
    floor = kdf.active_policy().floor
    salt = kdf.new_salt()
    start = time.perf_counter()
    kdf.derive_key_encryption_key(PASSPHRASE, salt, params)
    calibrated = time.perf_counter() - start
    start = time.perf_counter()
    kdf.derive_key_encryption_key(PASSPHRASE, salt, floor)
    at_floor = time.perf_counter() - start
    line("4. key derivation at the calibrated parameters",
         f"{calibrated:.2f} s (Argon2id m={params.memory_kib // 1024} MiB, t={params.iterations}, p={params.lanes})",
         f"{at_floor:.2f} s at the floor (m=64 MiB, t=3, p=4)", calibrated / at_floor, "target about 1 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--attachment-mib", type=int, default=1024)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--attachment-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.attachment_child:
        attachment_child(args.attachment_child[0], args.attachment_child[1], int(args.attachment_child[2]))
        return
    workdir = Path(tempfile.mkdtemp(prefix="hm-bench-", dir=args.workdir))
    try:
        bench_kdf()
        path, recovery = bench_bulk_and_unlock(workdir, args.cases)
        bench_attachment(path, recovery_key.parse_recovery_key(recovery_key.format_recovery_key(recovery)),
                         args.attachment_mib)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
