"""Attachment encryption in 64 KiB chunks with constant memory (age's STREAM construction).

The ciphertext is a sequence of chunks, each the AES-256-GCM encryption of up to 64 KiB
of the file under the attachment's own key, with the 96-bit nonce
``chunk counter (11 bytes, big-endian) | last-chunk flag (1 byte)``. Every chunk but the
last holds exactly 64 KiB; the last has the flag set and holds 1 byte to 64 KiB, or 0 bytes
only when the whole file is empty. So reordering, duplicating or dropping a chunk, cutting
the stream at or inside a chunk, and adding bytes after the last chunk all fail.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hospital_mediation.errors import AttachmentIntegrityError
from hospital_mediation.progress import Progress

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
_MAX_COUNTER = (1 << 88) - 1



def _nonce(counter: int, last: bool) -> bytes:
    if counter > _MAX_COUNTER:
        raise OverflowError("stream too long")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


@dataclass(frozen=True)
class StreamResult:
    size: int
    sha256: str


def _read_chunks(source: BinaryIO) -> Iterator[bytes]:
    while True:
        chunk = source.read(CHUNK_SIZE)
        # Files, pipes and sockets may return short reads: fill each chunk exactly.
        while chunk and len(chunk) < CHUNK_SIZE:
            more = source.read(CHUNK_SIZE - len(chunk))
            if not more:
                break
            chunk += more
        if not chunk:
            return
        yield chunk


def encrypt_stream(
    source: BinaryIO,
    key: bytes,
    write: Callable[[bytes], object],
    total: int = 0,
    progress: Progress | None = None,
) -> StreamResult:
    """Encrypt ``source`` into ``write``; returns the plaintext size and its SHA-256."""
    aead = AESGCM(key)
    digest = hashlib.sha256()
    size = 0
    counter = 0
    pending: bytes | None = None
    for chunk in _read_chunks(source):
        if pending is not None:
            write(aead.encrypt(_nonce(counter, False), pending, None))
            counter += 1
        digest.update(chunk)
        size += len(chunk)
        pending = chunk
        if progress is not None:
            progress(size, max(total, size))
    write(aead.encrypt(_nonce(counter, True), pending or b"", None))
    return StreamResult(size, digest.hexdigest())


class StreamDecryptor:
    """Feed ciphertext in pieces of any size; plaintext comes out chunk by chunk."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)
        self._buffer = bytearray()
        self._counter = 0
        self._finished = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._finished and data:
            raise AttachmentIntegrityError("The attachment has data after its last chunk.")
        self._buffer += data
        # Keep at least one sealed chunk back: only end of input says which chunk is last.
        while len(self._buffer) > SEALED_CHUNK_SIZE:
            sealed = bytes(self._buffer[:SEALED_CHUNK_SIZE])
            del self._buffer[:SEALED_CHUNK_SIZE]
            yield self._open(sealed, last=False)

    def finish(self) -> bytes:
        """Open the final chunk; raises if the stream was cut or extended."""
        if self._finished:
            return b""
        sealed = bytes(self._buffer)
        self._buffer.clear()
        if len(sealed) < TAG_SIZE:
            raise AttachmentIntegrityError(
                f"The attachment is truncated: it ends inside chunk {self._counter + 1}."
            )
        index = self._counter
        plaintext = self._open(sealed, last=True)
        if not plaintext and index > 0:
            raise AttachmentIntegrityError("The attachment ends with an empty chunk: it was altered.")
        self._finished = True
        return plaintext

    def _open(self, sealed: bytes, last: bool) -> bytes:
        index = self._counter
        try:
            plaintext = self._aead.decrypt(_nonce(index, last), sealed, None)
        except InvalidTag:
            self._raise_for(sealed, index, last)
        self._counter += 1
        return plaintext

    def _raise_for(self, sealed: bytes, index: int, last: bool) -> NoReturn:
        try:
            self._aead.decrypt(_nonce(index, not last), sealed, None)
        except InvalidTag:
            if last:
                raise AttachmentIntegrityError(
                    f"Chunk {index + 1} of the attachment failed authentication: the attachment was "
                    "cut inside a chunk, extended, or altered."
                ) from None
            raise AttachmentIntegrityError(
                f"Chunk {index + 1} of the attachment failed authentication: chunks were altered, "
                "reordered, duplicated or added."
            ) from None
        if last:
            raise AttachmentIntegrityError(
                f"The attachment is truncated: it stops after chunk {index + 1} of a longer file."
            )
        raise AttachmentIntegrityError(
            f"The attachment has data after its last chunk (chunk {index + 1})."
        )


def decrypt_stream(pieces: Iterable[bytes], key: bytes, write: Callable[[bytes], object],
                   total: int = 0, progress: Progress | None = None) -> StreamResult:
    """Decrypt a sequence of ciphertext pieces; returns the size and SHA-256 of the plaintext."""
    decryptor = StreamDecryptor(key)
    digest = hashlib.sha256()
    size = 0
    for piece in pieces:
        for plaintext in decryptor.feed(piece):
            digest.update(plaintext)
            write(plaintext)
            size += len(plaintext)
            if progress is not None:
                progress(size, max(total, size))
    plaintext = decryptor.finish()
    digest.update(plaintext)
    write(plaintext)
    size += len(plaintext)
    if progress is not None:
        progress(size, max(total, size))
    return StreamResult(size, digest.hexdigest())
