"""The signed, hash-chained audit log: a good chain verifies, every kind of tampering is named."""

from __future__ import annotations

import dataclasses
import os
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hospital_mediation import audit
from hospital_mediation.audit import GENESIS_HASH, AuditRecord, encode_rows, row_digest, seal, verify_chain
from hospital_mediation.errors import AuditIntegrityError, IntegrityError

ALICE = uuid.UUID("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")
BOB = uuid.UUID("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb")
MALLORY = uuid.UUID("cccccccc-cccc-4ccc-8ccc-cccccccccccc")
CASE_1 = uuid.UUID("11111111-1111-4111-8111-111111111111")
CASE_2 = uuid.UUID("22222222-2222-4222-8222-222222222222")
ENTRIES = 10
MIDDLE = 5


@dataclasses.dataclass
class Chain:
    records: list[AuditRecord]
    signing_keys: dict[uuid.UUID, Ed25519PrivateKey]

    @property
    def public_keys(self) -> dict[uuid.UUID, Ed25519PublicKey]:
        return {member: key.public_key() for member, key in self.signing_keys.items()}

    def replaced(self, index: int, **changes: object) -> list[AuditRecord]:
        records = list(self.records)
        records[index] = dataclasses.replace(records[index], **changes)  # type: ignore[arg-type]
        return records


def _rows_for(seq: int) -> str:
    case_row = ("cases", str(CASE_1 if seq % 2 else CASE_2), seq, row_digest(os.urandom(40), None))
    journal_row = ("journal_entries", str(uuid.UUID(int=seq)), 1, row_digest(os.urandom(20)))
    return encode_rows([case_row, journal_row] if seq > 1 else [])


@pytest.fixture
def chain() -> Chain:
    keys = {ALICE: Ed25519PrivateKey.generate(), BOB: Ed25519PrivateKey.generate()}
    records: list[AuditRecord] = []
    prev = GENESIS_HASH
    for seq in range(1, ENTRIES + 1):
        actor = ALICE if seq % 3 else BOB
        case_id = None if seq == 1 else (CASE_1 if seq % 2 else CASE_2)
        record = seal(seq, prev, actor, case_id, _rows_for(seq), os.urandom(60), keys[actor])
        records.append(record)
        prev = record.entry_hash
    return Chain(records, keys)


def expect_error(records: list[AuditRecord], keys: dict[uuid.UUID, Ed25519PublicKey], seq: int,
                 *phrases: str) -> str:
    with pytest.raises(AuditIntegrityError) as caught:
        verify_chain(records, keys)
    message = str(caught.value)
    assert caught.value.seq == seq, message
    for phrase in phrases:
        assert phrase in message, message
    assert isinstance(caught.value, IntegrityError)
    return message


# --- a good chain -----------------------------------------------------------------------


def test_good_chain_verifies_and_reports_its_head(chain: Chain) -> None:
    report = verify_chain(chain.records, chain.public_keys)
    assert report.entries == ENTRIES
    assert report.head_seq == ENTRIES
    assert report.head_hash == chain.records[-1].entry_hash


def test_good_chain_reports_the_latest_version_of_each_row(chain: Chain) -> None:
    report = verify_chain(iter(chain.records), chain.public_keys)
    expected: dict[tuple[str, str], tuple[int, str, int]] = {}
    for record in chain.records:
        for table, row_id, version, digest in audit.decode_rows(record.rows):
            expected[(table, row_id)] = (version, digest, record.seq)
    assert report.latest_rows == expected
    # Case 1 was last written by entry 9, case 2 by entry 10.
    assert report.latest_rows[("cases", str(CASE_1))][0::2] == (9, 9)
    assert report.latest_rows[("cases", str(CASE_2))][0::2] == (10, 10)
    assert len([k for k in report.latest_rows if k[0] == "journal_entries"]) == ENTRIES - 1


def test_empty_chain_has_the_genesis_head() -> None:
    report = verify_chain([], {})
    assert (report.entries, report.head_seq, report.head_hash, report.latest_rows) == (0, 0, GENESIS_HASH, {})


def test_chain_cut_at_the_end_verifies_with_an_older_head(chain: Chain) -> None:
    # verify_chain cannot see this alone; the vault header's MAC binds the head it reports.
    report = verify_chain(chain.records[:-2], chain.public_keys)
    assert (report.head_seq, report.head_hash) == (ENTRIES - 2, chain.records[-3].entry_hash)


def test_row_digest_is_length_prefixed() -> None:
    assert row_digest(b"ab", b"c") != row_digest(b"a", b"bc")
    assert row_digest(None) == row_digest(b"")
    assert len(row_digest(b"x")) == 32


def test_rows_round_trip() -> None:
    rows = [("cases", str(CASE_1), 3, "ab" * 16), ("attachments", "x", 1, "")]
    assert audit.decode_rows(encode_rows(rows)) == rows


def test_entry_hash_covers_every_field(chain: Chain) -> None:
    record = chain.records[MIDDLE - 1]
    args = (record.seq, record.prev_hash, record.actor_id, record.case_id, record.rows, record.body)
    base = audit.entry_hash(*args)
    assert base == record.entry_hash
    variants = [
        (record.seq + 1, *args[1:]),
        (record.seq, b"\1" * 32, *args[2:]),
        (*args[:2], MALLORY, *args[3:]),
        (*args[:3], None, *args[4:]),
        (*args[:4], record.rows + " ", record.body),
        (*args[:5], record.body + b"\0"),
    ]
    assert all(audit.entry_hash(*v) != base for v in variants)  # type: ignore[misc]


# --- tampering --------------------------------------------------------------------------


def test_edited_body(chain: Chain) -> None:
    body = bytearray(chain.records[MIDDLE - 1].body)
    body[0] ^= 1
    records = chain.replaced(MIDDLE - 1, body=bytes(body))
    expect_error(records, chain.public_keys, MIDDLE, f"Audit entry {MIDDLE} was edited after it was written.")


def test_edited_rows(chain: Chain) -> None:
    rows = audit.decode_rows(chain.records[MIDDLE - 1].rows)
    rows[0] = (rows[0][0], rows[0][1], rows[0][2] + 1, rows[0][3])
    records = chain.replaced(MIDDLE - 1, rows=encode_rows(rows))
    expect_error(records, chain.public_keys, MIDDLE, "was edited after it was written")


def test_removed_row_reference(chain: Chain) -> None:
    fewer = audit.decode_rows(chain.records[MIDDLE - 1].rows)[1:]
    records = chain.replaced(MIDDLE - 1, rows=encode_rows(fewer))
    expect_error(records, chain.public_keys, MIDDLE, "was edited after it was written")


def test_edited_actor(chain: Chain) -> None:
    record = chain.records[MIDDLE - 1]
    other = BOB if record.actor_id == ALICE else ALICE
    expect_error(chain.replaced(MIDDLE - 1, actor_id=other), chain.public_keys, MIDDLE, "was edited")


def test_edited_case(chain: Chain) -> None:
    expect_error(chain.replaced(MIDDLE - 1, case_id=MALLORY), chain.public_keys, MIDDLE, "was edited")
    expect_error(chain.replaced(MIDDLE - 1, case_id=None), chain.public_keys, MIDDLE, "was edited")


def test_deleted_middle_entry(chain: Chain) -> None:
    records = chain.records[: MIDDLE - 1] + chain.records[MIDDLE:]
    message = expect_error(records, chain.public_keys, MIDDLE, "missing")
    assert str(MIDDLE) in message


def test_several_deleted_entries(chain: Chain) -> None:
    records = chain.records[:3] + chain.records[7:]
    expect_error(records, chain.public_keys, 4, "Audit entries 4 to 7 are missing (entry 8 came next)")


def test_deleted_first_entry(chain: Chain) -> None:
    expect_error(chain.records[1:], chain.public_keys, 1, "missing")


def test_swapped_sequence_numbers(chain: Chain) -> None:
    # What swapping two rows' seq looks like to verify_chain: the store reads in seq order.
    records = list(chain.records)
    fifth, sixth = records[MIDDLE - 1], records[MIDDLE]
    records[MIDDLE - 1] = dataclasses.replace(sixth, seq=MIDDLE)
    records[MIDDLE] = dataclasses.replace(fifth, seq=MIDDLE + 1)
    expect_error(records, chain.public_keys, MIDDLE,
                 f"Audit entry {MIDDLE} does not follow entry {MIDDLE - 1}", "reordered")


def test_swapped_entries(chain: Chain) -> None:
    records = list(chain.records)
    records[MIDDLE - 1], records[MIDDLE] = records[MIDDLE], records[MIDDLE - 1]
    message = expect_error(records, chain.public_keys, MIDDLE)
    # Entry 5 is not missing, it comes after entry 6: the message must not send the reader
    # looking for deleted entries.
    assert "out of order" in message, message


def test_duplicated_entry(chain: Chain) -> None:
    records = chain.records[:MIDDLE] + [chain.records[MIDDLE - 1]] + chain.records[MIDDLE:]
    expect_error(records, chain.public_keys, MIDDLE, f"Audit entry {MIDDLE} is out of order or duplicated.")


def test_duplicated_last_entry(chain: Chain) -> None:
    expect_error([*chain.records, chain.records[-1]], chain.public_keys, ENTRIES, "duplicated")


def test_forged_signature(chain: Chain) -> None:
    records = chain.replaced(MIDDLE - 1, signature=os.urandom(64))
    expect_error(records, chain.public_keys, MIDDLE, f"Audit entry {MIDDLE} has an invalid signature.")


def test_signature_by_another_member(chain: Chain) -> None:
    record = chain.records[MIDDLE - 1]
    other = BOB if record.actor_id == ALICE else ALICE
    records = chain.replaced(MIDDLE - 1, signature=chain.signing_keys[other].sign(record.entry_hash))
    expect_error(records, chain.public_keys, MIDDLE, "invalid signature")


def test_signature_of_another_entry(chain: Chain) -> None:
    records = chain.replaced(MIDDLE - 1, signature=chain.records[MIDDLE].signature)
    expect_error(records, chain.public_keys, MIDDLE, "invalid signature")


@pytest.mark.parametrize("length", [0, 63, 65])
def test_signature_of_the_wrong_length(chain: Chain, length: int) -> None:
    records = chain.replaced(MIDDLE - 1, signature=(chain.records[MIDDLE - 1].signature * 2)[:length])
    expect_error(records, chain.public_keys, MIDDLE, "invalid signature")


def test_entry_signed_by_an_unknown_member(chain: Chain) -> None:
    original = chain.records[MIDDLE - 1]
    forged = seal(original.seq, original.prev_hash, MALLORY, original.case_id, original.rows, original.body,
                  Ed25519PrivateKey.generate())
    records = list(chain.records)
    records[MIDDLE - 1] = forged
    expect_error(records, chain.public_keys, MIDDLE, f"Audit entry {MIDDLE} is signed by an unknown member.")


def test_entry_of_a_member_whose_key_is_not_known(chain: Chain) -> None:
    keys = {ALICE: chain.signing_keys[ALICE].public_key()}  # Bob wrote entries 3, 6 and 9
    expect_error(chain.records, keys, 3, "signed by an unknown member")


def test_changed_prev_hash(chain: Chain) -> None:
    records = chain.replaced(MIDDLE - 1, prev_hash=b"\0" * 32)
    expect_error(records, chain.public_keys, MIDDLE,
                 f"Audit entry {MIDDLE} does not follow entry {MIDDLE - 1}: "
                 "the chain was cut, reordered or edited.")


def test_first_entry_must_start_from_genesis(chain: Chain) -> None:
    records = chain.replaced(0, prev_hash=b"\1" * 32)
    expect_error(records, chain.public_keys, 1, "does not follow")


def test_entry_rewritten_and_re_signed_by_its_author_breaks_the_next_link(chain: Chain) -> None:
    original = chain.records[MIDDLE - 1]
    rewritten = seal(original.seq, original.prev_hash, original.actor_id, original.case_id, original.rows,
                     b"another story", chain.signing_keys[original.actor_id])
    records = list(chain.records)
    records[MIDDLE - 1] = rewritten
    expect_error(records, chain.public_keys, MIDDLE + 1,
                 f"Audit entry {MIDDLE + 1} does not follow entry {MIDDLE}")


def test_unreadable_rows_of_a_signed_entry_name_the_entry(chain: Chain) -> None:
    # A member's key can sign rows that are not a list of row references (a bug, or an insider):
    # verification must still say which entry is bad.
    original = chain.records[MIDDLE - 1]
    bad = seal(original.seq, original.prev_hash, original.actor_id, original.case_id, "not json",
               original.body, chain.signing_keys[original.actor_id])
    records = list(chain.records[: MIDDLE - 1]) + [bad]
    expect_error(records, chain.public_keys, MIDDLE, "rows is unreadable")


@pytest.mark.parametrize("text", ["not json", "{", "[[1, 2]]", "5", "null", '[["t", "i", "x", "d"]]'])
def test_unreadable_rows_are_an_integrity_error(text: str) -> None:
    with pytest.raises(AuditIntegrityError, match="An audit entry's list of rows is unreadable."):
        audit.decode_rows(text)
