"""Attachment streams: chunked AES-GCM (age's STREAM) with constant memory and precise errors."""

from __future__ import annotations

import hashlib
import io
import os
import random
import tracemalloc
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hospital_mediation.crypto import attachment_stream
from hospital_mediation.crypto.attachment_stream import (
    CHUNK_SIZE,
    SEALED_CHUNK_SIZE,
    TAG_SIZE,
    StreamDecryptor,
    decrypt_stream,
    encrypt_stream,
)
from hospital_mediation.errors import AttachmentIntegrityError, IntegrityError

ODD_PIECES = (1, 7, 4093, 65537, 16, 65553, 131101, 3)


def sealed_size(plain_size: int) -> int:
    """The format's ciphertext size: every chunk (at least one) adds a 16-byte tag."""
    chunks = max(1, -(-plain_size // CHUNK_SIZE))
    return plain_size + chunks * TAG_SIZE


@pytest.fixture
def key() -> bytes:
    return AESGCM.generate_key(256)


def encrypt(data: bytes, key: bytes) -> bytes:
    out = bytearray()
    result = encrypt_stream(io.BytesIO(data), key, out.extend)
    assert result.size == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    return bytes(out)


def decrypt(sealed: bytes, key: bytes) -> bytes:
    out = bytearray()
    result = decrypt_stream(in_pieces(sealed), key, out.extend)
    assert result.size == len(out)
    assert result.sha256 == hashlib.sha256(out).hexdigest()
    return bytes(out)


def in_pieces(data: bytes, sizes: tuple[int, ...] = ODD_PIECES) -> Iterator[bytes]:
    """``data`` cut into pieces of odd sizes, cycling through ``sizes``."""
    offset = index = 0
    while offset < len(data):
        size = sizes[index % len(sizes)]
        yield data[offset : offset + size]
        offset += size
        index += 1


def sealed_chunks(sealed: bytes) -> list[bytes]:
    return [sealed[i : i + SEALED_CHUNK_SIZE] for i in range(0, len(sealed), SEALED_CHUNK_SIZE)]


def seal_chunk(key: bytes, counter: int, last: bool, plaintext: bytes) -> bytes:
    """One chunk as the format documents it: nonce = 11-byte big-endian counter | last flag."""
    nonce = counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
    return AESGCM(key).encrypt(nonce, plaintext, None)


# --- round trips ------------------------------------------------------------------------

SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE]


@pytest.mark.parametrize("size", SIZES, ids=["empty", "one", "chunk-1", "chunk", "chunk+1", "3-chunks"])
def test_round_trip(key: bytes, size: int) -> None:
    data = os.urandom(size)
    sealed = encrypt(data, key)
    assert len(sealed) == sealed_size(size)
    assert decrypt(sealed, key) == data


def test_round_trip_of_a_random_size(key: bytes) -> None:
    size = random.randrange(2, 6 * CHUNK_SIZE)
    data = os.urandom(size)
    sealed = encrypt(data, key)
    assert len(sealed) == sealed_size(size), size
    assert decrypt(sealed, key) == data, size


@pytest.mark.parametrize("size", SIZES, ids=["empty", "one", "chunk-1", "chunk", "chunk+1", "3-chunks"])
def test_round_trip_fed_one_byte_at_a_time_and_whole(key: bytes, size: int) -> None:
    data = os.urandom(size)
    sealed = encrypt(data, key)
    for pieces in ([sealed], [sealed[i : i + 1] for i in range(len(sealed))]):
        out = bytearray()
        decrypt_stream(pieces, key, out.extend)
        assert out == data


def test_stream_format_is_the_documented_one(key: bytes) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 10)
    sealed = encrypt(data, key)
    chunks = sealed_chunks(sealed)
    assert chunks == [
        seal_chunk(key, 0, False, data[:CHUNK_SIZE]),
        seal_chunk(key, 1, False, data[CHUNK_SIZE : 2 * CHUNK_SIZE]),
        seal_chunk(key, 2, True, data[2 * CHUNK_SIZE :]),
    ]


def test_empty_file_is_one_sealed_empty_final_chunk(key: bytes) -> None:
    sealed = encrypt(b"", key)
    assert len(sealed) == TAG_SIZE
    assert sealed == seal_chunk(key, 0, True, b"")
    assert decrypt(sealed, key) == b""


def test_exact_multiple_ends_with_a_full_final_chunk(key: bytes) -> None:
    data = os.urandom(2 * CHUNK_SIZE)
    chunks = sealed_chunks(encrypt(data, key))
    assert len(chunks) == 2
    assert chunks[1] == seal_chunk(key, 1, True, data[CHUNK_SIZE:])


class ShortReads(io.RawIOBase):
    """A pipe-like source that returns at most ``limit`` bytes per read."""

    def __init__(self, data: bytes, limit: int) -> None:
        self._data = memoryview(data)
        self._offset = 0
        self._limit = limit

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        size = self._limit if size < 0 else min(size, self._limit)
        piece = bytes(self._data[self._offset : self._offset + size])
        self._offset += len(piece)
        return piece


def test_short_reads_still_give_full_chunks(key: bytes) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 5)
    out = bytearray()
    result = encrypt_stream(ShortReads(data, 1000), key, out.extend)  # type: ignore[arg-type]
    assert len(out) == sealed_size(len(data))
    assert result.size == len(data)
    assert decrypt(bytes(out), key) == data


def test_size_and_sha256_match_hashlib(key: bytes) -> None:
    data = os.urandom(CHUNK_SIZE * 2 + 12345)
    out = bytearray()
    encrypted = encrypt_stream(io.BytesIO(data), key, out.extend)
    decrypted = decrypt_stream(in_pieces(bytes(out)), key, lambda _chunk: None)
    assert encrypted.size == decrypted.size == len(data)
    assert encrypted.sha256 == decrypted.sha256 == hashlib.sha256(data).hexdigest()


def test_progress_reaches_the_total(key: bytes) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 1)
    seen: list[tuple[int, int]] = []
    out = bytearray()
    encrypt_stream(io.BytesIO(data), key, out.extend, total=len(data),
                   progress=lambda d, t: seen.append((d, t)))
    assert seen == [(CHUNK_SIZE, len(data)), (2 * CHUNK_SIZE, len(data)), (len(data), len(data))]
    seen.clear()
    decrypt_stream([bytes(out)], key, lambda _chunk: None, total=len(data),
                   progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(data), len(data))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 10 * CHUNK_SIZE - 1])
def test_sealed_size(size: int) -> None:
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert sealed_size(size) == size + chunks * TAG_SIZE


# --- damage -----------------------------------------------------------------------------


def expect_integrity_error(sealed: bytes | list[bytes], key: bytes, message: str) -> str:
    pieces = [sealed] if isinstance(sealed, bytes) else sealed
    written = bytearray()
    with pytest.raises(AttachmentIntegrityError) as caught:
        decrypt_stream(pieces, key, written.extend)
    assert isinstance(caught.value, IntegrityError)
    assert message in str(caught.value), str(caught.value)
    return str(caught.value)


def test_truncation_at_a_chunk_boundary(key: bytes) -> None:
    sealed = encrypt(os.urandom(3 * CHUNK_SIZE + 100), key)
    for kept in (1, 2, 3):
        expect_integrity_error(
            sealed[: kept * SEALED_CHUNK_SIZE], key,
            f"The attachment is truncated: it stops after chunk {kept} of a longer file.",
        )


def test_truncation_at_a_chunk_boundary_of_an_exact_multiple(key: bytes) -> None:
    sealed = encrypt(os.urandom(3 * CHUNK_SIZE), key)
    expect_integrity_error(sealed[: 2 * SEALED_CHUNK_SIZE], key, "stops after chunk 2 of a longer file")


@pytest.mark.parametrize("cut", [1, TAG_SIZE, 1000, SEALED_CHUNK_SIZE - TAG_SIZE])
def test_truncation_inside_the_last_chunk(key: bytes, cut: int) -> None:
    sealed = encrypt(os.urandom(2 * CHUNK_SIZE), key)
    expect_integrity_error(sealed[:-cut], key, "Chunk 2 of the attachment failed authentication")


def test_truncation_inside_a_middle_chunk(key: bytes) -> None:
    sealed = encrypt(os.urandom(3 * CHUNK_SIZE + 7), key)
    message = expect_integrity_error(
        sealed[: SEALED_CHUNK_SIZE + 500], key, "Chunk 2 of the attachment failed authentication"
    )
    assert "cut inside a chunk" in message


@pytest.mark.parametrize("kept", [1, TAG_SIZE - 1])
def test_truncation_inside_the_tag_of_a_chunk(key: bytes, kept: int) -> None:
    sealed = encrypt(os.urandom(CHUNK_SIZE + 50), key)
    expect_integrity_error(
        sealed[: SEALED_CHUNK_SIZE + kept], key, "The attachment is truncated: it ends inside chunk 2."
    )


def test_empty_ciphertext_is_truncated(key: bytes) -> None:
    expect_integrity_error(b"", key, "it ends inside chunk 1")
    expect_integrity_error([], key, "it ends inside chunk 1")


def test_reordered_chunks(key: bytes) -> None:
    chunks = sealed_chunks(encrypt(os.urandom(3 * CHUNK_SIZE + 1), key))
    chunks[1], chunks[2] = chunks[2], chunks[1]
    expect_integrity_error(b"".join(chunks), key, "Chunk 2 of the attachment failed authentication: chunks "
                           "were altered, reordered, duplicated or added.")


def test_last_chunk_moved_first(key: bytes) -> None:
    chunks = sealed_chunks(encrypt(os.urandom(2 * CHUNK_SIZE), key))
    expect_integrity_error(b"".join(reversed(chunks)), key, "Chunk 1 of the attachment failed authentication")


def test_duplicated_chunk(key: bytes) -> None:
    chunks = sealed_chunks(encrypt(os.urandom(3 * CHUNK_SIZE + 1), key))
    expect_integrity_error(
        b"".join([chunks[0], chunks[0], *chunks[1:]]), key, "Chunk 2 of the attachment failed authentication"
    )


def test_duplicated_last_chunk_of_an_exact_multiple(key: bytes) -> None:
    sealed = encrypt(os.urandom(2 * CHUNK_SIZE), key)
    expect_integrity_error(
        sealed + sealed_chunks(sealed)[-1], key, "The attachment has data after its last chunk (chunk 2)."
    )


@pytest.mark.parametrize("extra", [b"\0", b"x" * TAG_SIZE, os.urandom(SEALED_CHUNK_SIZE + 3)])
def test_trailing_data_after_an_exact_multiple(key: bytes, extra: bytes) -> None:
    sealed = encrypt(os.urandom(2 * CHUNK_SIZE), key)
    expect_integrity_error(sealed + extra, key, "The attachment has data after its last chunk (chunk 2).")


@pytest.mark.parametrize("extra", [b"\0", b"x" * TAG_SIZE, os.urandom(1000)])
def test_trailing_data_after_a_partial_last_chunk(key: bytes, extra: bytes) -> None:
    sealed = encrypt(os.urandom(CHUNK_SIZE + 100), key)
    message = expect_integrity_error(sealed + extra, key, "Chunk 2 of the attachment failed authentication")
    assert "extended" in message


def test_trailing_data_after_the_empty_file(key: bytes) -> None:
    expect_integrity_error(encrypt(b"", key) + b"\0", key, "Chunk 1 of the attachment failed authentication")


def test_data_fed_after_finish_is_refused(key: bytes) -> None:
    decryptor = StreamDecryptor(key)
    assert list(decryptor.feed(encrypt(b"abc", key))) == []
    assert decryptor.finish() == b"abc"
    assert decryptor.finish() == b""
    with pytest.raises(AttachmentIntegrityError, match="data after its last chunk"):
        list(decryptor.feed(b"\0"))


def test_appended_empty_final_chunk_is_refused(key: bytes) -> None:
    # Only a key holder could write this: full chunks, none marked last, then an empty last one.
    data = os.urandom(2 * CHUNK_SIZE)
    forged = b"".join((
        seal_chunk(key, 0, False, data[:CHUNK_SIZE]),
        seal_chunk(key, 1, False, data[CHUNK_SIZE:]),
        seal_chunk(key, 2, True, b""),
    ))
    expect_integrity_error(forged, key, "The attachment ends with an empty chunk: it was altered.")


def test_empty_chunk_appended_to_a_finished_stream_is_refused(key: bytes) -> None:
    sealed = encrypt(os.urandom(CHUNK_SIZE), key)
    expect_integrity_error(sealed + seal_chunk(key, 1, True, b""), key, "data after its last chunk (chunk 1)")


@pytest.mark.parametrize(
    "position",
    [0, 11, CHUNK_SIZE, SEALED_CHUNK_SIZE - 1, SEALED_CHUNK_SIZE, SEALED_CHUNK_SIZE + 5, -TAG_SIZE, -1],
)
def test_flipped_bit_is_detected(key: bytes, position: int) -> None:
    sealed = bytearray(encrypt(os.urandom(CHUNK_SIZE + 300), key))
    sealed[position] ^= 0x10
    chunk = (position % len(sealed)) // SEALED_CHUNK_SIZE + 1
    expect_integrity_error(bytes(sealed), key, f"Chunk {chunk} of the attachment failed authentication")


def test_another_key_does_not_decrypt(key: bytes) -> None:
    sealed = encrypt(os.urandom(100), key)
    other_key = AESGCM.generate_key(256)
    expect_integrity_error(sealed, other_key, "Chunk 1 of the attachment failed authentication")


def test_nothing_is_written_from_a_chunk_that_fails(key: bytes) -> None:
    sealed = bytearray(encrypt(os.urandom(2 * CHUNK_SIZE + 1), key))
    sealed[SEALED_CHUNK_SIZE + 1] ^= 1
    written = bytearray()
    with pytest.raises(AttachmentIntegrityError):
        decrypt_stream([bytes(sealed)], key, written.extend)
    assert len(written) == CHUNK_SIZE  # the first, authentic chunk only


# --- memory -----------------------------------------------------------------------------

BIG = 32 * 1024 * 1024
MEMORY_LIMIT = 2 * 1024 * 1024
_PATTERN = bytes(range(256)) * (CHUNK_SIZE // 256)


class GeneratedSource:
    """A 32 MiB file produced as it is read, never held whole."""

    def __init__(self, size: int) -> None:
        self.remaining = size

    def read(self, size: int = -1) -> bytes:
        size = min(size if size >= 0 else CHUNK_SIZE, self.remaining, len(_PATTERN))
        self.remaining -= size
        return _PATTERN[:size]


def generated_ciphertext(key: bytes, size: int) -> Iterator[bytes]:
    chunks = -(-size // CHUNK_SIZE)
    for counter in range(chunks):
        yield seal_chunk(key, counter, counter == chunks - 1, _PATTERN)


class CountingSink:
    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> None:
        self.size += len(data)


def _expected_sha256(size: int) -> str:
    digest = hashlib.sha256()
    for _ in range(size // len(_PATTERN)):
        digest.update(_PATTERN)
    return digest.hexdigest()


def test_encrypting_32_mib_uses_constant_memory(key: bytes) -> None:
    sink = CountingSink()
    tracemalloc.start()
    try:
        result = encrypt_stream(GeneratedSource(BIG), key, sink.write)  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.size == sealed_size(BIG)
    assert result.size == BIG
    assert result.sha256 == _expected_sha256(BIG)
    assert peak < MEMORY_LIMIT, f"peak {peak} bytes"


def test_decrypting_32_mib_uses_constant_memory(key: bytes) -> None:
    sink = CountingSink()
    tracemalloc.start()
    try:
        result = decrypt_stream(generated_ciphertext(key, BIG), key, sink.write)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.size == result.size == BIG
    assert result.sha256 == _expected_sha256(BIG)
    assert peak < MEMORY_LIMIT, f"peak {peak} bytes"


def test_generated_ciphertext_is_what_encrypt_stream_writes(key: bytes) -> None:
    # Keeps the memory test honest: its generator writes the same format as the encryptor.
    size = 3 * CHUNK_SIZE
    out = bytearray()
    encrypt_stream(GeneratedSource(size), key, out.extend)  # type: ignore[arg-type]
    assert bytes(out) == b"".join(generated_ciphertext(key, size))


def test_nonce_counter_overflow_is_refused() -> None:
    with pytest.raises(OverflowError, match="stream too long"):
        attachment_stream._nonce(1 << 88, False)
    assert attachment_stream._nonce((1 << 88) - 1, True) == b"\xff" * 11 + b"\x01"
