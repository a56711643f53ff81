"""The signed, hash-chained audit log: building entries and verifying a chain.

Each entry holds a sequence number, the previous entry's hash, the actor (member id), the
case id if any, the rows the change wrote (table, id, version and a digest of their
ciphertext), and an encrypted body (action, time, details). Its hash covers all of that
and is signed with the actor's Ed25519 key. The newest (seq, hash) is also bound into the
vault header's MAC, so cutting entries off the end is detected.

This module knows no database: the store hands it :class:`AuditRecord` values.
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from uuid import UUID

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hospital_mediation.errors import AuditIntegrityError

GENESIS_HASH = b"\0" * 32
# What a member's Ed25519 key signs for the audit log: the label keeps these signatures apart
# from anything else the same key signs (package manifests, shared keys).
SIGNED_LABEL = b"HM-AUDIT-SIG-1|"
_NO_CASE = b"\0" * 16
_PREFIX = b"HM-AUDIT-1"

# A row reference: (table, row id, row version, digest of its sealed columns); an empty
# digest records that the row was deleted.
RowRef = tuple[str, str, int, str]


def row_digest(*sealed_columns: bytes | None) -> str:
    """Digest of a row's sealed columns, in the order the table declares them."""
    digest = hashlib.sha256()
    for column in sealed_columns:
        data = column or b""
        digest.update(struct.pack(">I", len(data)))
        digest.update(data)
    return digest.hexdigest()[:32]


def encode_rows(rows: Iterable[RowRef]) -> str:
    return json.dumps([list(r) for r in rows], separators=(",", ":"))


def decode_rows(text: str) -> list[RowRef]:
    try:
        raw = json.loads(text)
        return [(str(t), str(i), int(v), str(d)) for t, i, v, d in raw]
    except (ValueError, TypeError):
        raise AuditIntegrityError("An audit entry's list of rows is unreadable.") from None


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    prev_hash: bytes
    actor_id: UUID
    case_id: UUID | None
    rows: str
    body: bytes
    entry_hash: bytes
    signature: bytes


def entry_hash(seq: int, prev_hash: bytes, actor_id: UUID, case_id: UUID | None, rows: str,
               body: bytes) -> bytes:
    rows_bytes = rows.encode()
    return hashlib.sha256(
        b"".join(
            (
                _PREFIX,
                struct.pack(">Q", seq),
                prev_hash,
                actor_id.bytes,
                case_id.bytes if case_id else _NO_CASE,
                struct.pack(">I", len(rows_bytes)),
                rows_bytes,
                struct.pack(">I", len(body)),
                body,
            )
        )
    ).digest()


def seal(seq: int, prev_hash: bytes, actor_id: UUID, case_id: UUID | None, rows: str, body: bytes,
         signing_key: Ed25519PrivateKey) -> AuditRecord:
    digest = entry_hash(seq, prev_hash, actor_id, case_id, rows, body)
    return AuditRecord(seq, prev_hash, actor_id, case_id, rows, body, digest, signing_key.sign(SIGNED_LABEL + digest))


@dataclass
class ChainReport:
    entries: int
    head_seq: int
    head_hash: bytes
    latest_rows: dict[tuple[str, str], tuple[int, str, int]]  # (table, id) -> (version, digest, seq)


def check_head(header_seq: int, header_hash: bytes, last_seq: int, last_hash: bytes) -> None:
    """The last stored entry must be the head the vault header records."""
    if last_seq < header_seq:
        raise AuditIntegrityError(
            f"The audit log was cut: it ends at entry {last_seq} but the vault recorded entry {header_seq}.",
            last_seq + 1)
    if last_seq > header_seq or last_hash != header_hash:
        raise AuditIntegrityError(
            f"The audit log does not end where the vault header says (entry {header_seq}).", header_seq)


def verify_chain(records: Iterable[AuditRecord], public_keys: Mapping[UUID, Ed25519PublicKey],
                 after_seq: int = 0, after_hash: bytes = GENESIS_HASH) -> ChainReport:
    """Check sequence, links, hashes and signatures of the entries following ``after_seq``
    (whose hash is ``after_hash``); the error names the first bad entry."""
    expected_seq = after_seq + 1
    prev = after_hash
    latest: dict[tuple[str, str], tuple[int, str, int]] = {}
    for record in records:
        seq = record.seq
        if seq != expected_seq:
            if seq > expected_seq:
                gap = (f"Audit entry {expected_seq} is missing" if seq == expected_seq + 1
                       else f"Audit entries {expected_seq} to {seq - 1} are missing")
                raise AuditIntegrityError(f"{gap} (entry {seq} came next), or entries are out of order.",
                                          expected_seq)
            raise AuditIntegrityError(f"Audit entry {seq} is out of order or duplicated.", seq)
        if record.prev_hash != prev:
            raise AuditIntegrityError(
                f"Audit entry {seq} does not follow entry {seq - 1}: the chain was cut, reordered or edited.",
                seq)
        digest = entry_hash(seq, record.prev_hash, record.actor_id, record.case_id, record.rows, record.body)
        if digest != record.entry_hash:
            raise AuditIntegrityError(f"Audit entry {seq} was edited after it was written.", seq)
        key = public_keys.get(record.actor_id)
        if key is None:
            raise AuditIntegrityError(f"Audit entry {seq} is signed by an unknown member.", seq)
        try:
            key.verify(record.signature, SIGNED_LABEL + digest)
        except InvalidSignature:
            raise AuditIntegrityError(f"Audit entry {seq} has an invalid signature.", seq) from None
        try:
            changed = decode_rows(record.rows)
        except AuditIntegrityError:
            raise AuditIntegrityError(f"Audit entry {seq}'s list of rows is unreadable.", seq) from None
        for table, row_id, version, row_hash in changed:
            latest[(table, row_id)] = (version, row_hash, seq)
        prev = digest
        expected_seq += 1
    return ChainReport(expected_seq - 1 - after_seq, expected_seq - 1, prev, latest)
