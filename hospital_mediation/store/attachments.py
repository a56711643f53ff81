"""Attachments: streamed in, encrypted chunk by chunk, stored in ~1 MiB segments.

Memory stays constant whatever the file size. The SHA-256 of the original is recorded
(sealed) at import as evidence and checked again on every export.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
import queue
import threading
import unicodedata
import uuid
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import Connection, insert, select, update

from hospital_mediation.crypto import attachment_stream
from hospital_mediation.crypto.field_cipher import FieldCipher, new_key
from hospital_mediation.domain import codec
from hospital_mediation.domain.model import AttachmentInfo
from hospital_mediation.errors import AttachmentIntegrityError, NotFoundError, UserError
from hospital_mediation.progress import Progress
from hospital_mediation.store import rows
from hospital_mediation.store.schema import AttachmentRow, AttachmentSegment, CaseRow

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault

SEGMENT_CHUNKS = 16
SEGMENT_SIZE = SEGMENT_CHUNKS * attachment_stream.SEALED_CHUNK_SIZE
DEFAULT_MAX_SIZE = 2 * 1024**3
MAX_NAME_LENGTH = 200


_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}


def safe_filename(name: str) -> str:
    """The last path component, without control characters or characters Windows refuses,
    never a reserved device name, of bounded length: safe to export on any system."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join("_" if c in '<>:"|?*' else c for c in unicodedata.normalize("NFC", base)
                      if unicodedata.category(c)[0] != "C")
    cleaned = cleaned.strip().strip(".") or "attachment"
    if cleaned.split(".", 1)[0].upper() in _RESERVED:
        cleaned = "_" + cleaned
    if len(cleaned) > MAX_NAME_LENGTH:
        stem, dot, suffix = cleaned.rpartition(".")
        cleaned = (stem[: MAX_NAME_LENGTH - len(suffix) - 1] + dot + suffix) if dot and len(suffix) < 16 \
            else cleaned[:MAX_NAME_LENGTH]
    return cleaned


def _size(count: int) -> str:
    return f"{count / 1024**2:g} MiB" if count >= 1024**2 else f"{count} bytes"


class _LimitedReader:
    def __init__(self, source: BinaryIO, limit: int) -> None:
        self._source = source
        self._limit = limit
        self._read = 0

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self._read += len(data)
        if self._read > self._limit:
            raise UserError(f"The file is larger than the attachment size limit ({_size(self._limit)}).")
        return data


_FLUSH_EVERY = 32  # segments, about 32 MiB


class _WalFlusher:
    """Syncs the SQLite WAL to disk while a large attachment is still being written.

    With ``synchronous=FULL`` the commit syncs the WAL anyway; syncing as we go lets the disk work
    while the next segments are encrypted, instead of all at once at the end. It changes what is
    on disk sooner, never what is committed.
    """

    def __init__(self, wal_path: Path) -> None:
        self._path = wal_path
        self._wanted = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="wal-flusher", daemon=True)
        self._thread.start()

    def request(self) -> None:
        self._wanted.set()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._stopping:
                return
            with contextlib.suppress(OSError):
                descriptor = os.open(self._path, os.O_RDONLY)
                try:
                    os.fdatasync(descriptor) if hasattr(os, "fdatasync") else os.fsync(descriptor)
                finally:
                    os.close(descriptor)

    def stop(self) -> None:
        self._stopping = True
        self._wanted.set()
        self._thread.join()


class _SegmentWriter:
    """Inserts segments from a second thread: the database writes (which release the GIL) overlap
    with reading, hashing and encrypting the next segment. Only one thread uses the connection at
    a time: the caller only queues, and :meth:`close` waits for the writer before returning."""

    def __init__(self, connection: Connection, attachment_id: uuid.UUID, wal_path: Path | None) -> None:
        self._connection = connection
        self._attachment_id = attachment_id
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._count = 0
        self._flusher = _WalFlusher(wal_path) if wal_path is not None else None
        self._thread = threading.Thread(target=self._run, name="attachment-writer", daemon=True)
        self._thread.start()

    def put(self, segment: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(segment)

    def _run(self) -> None:
        while (segment := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain until close()
            try:
                self._connection.execute(insert(AttachmentSegment), [
                    {"attachment_id": self._attachment_id, "seq": self._count, "data": segment}])
                self._count += 1
                if self._flusher is not None and self._count % _FLUSH_EVERY == 0:
                    self._flusher.request()
            except BaseException as exc:  # handed to the caller's thread
                self._error = exc

    def close(self, raise_error: bool) -> int:
        """Wait for the queued segments and return their count; re-raise the writer's database
        error unless the caller is already failing with its own."""
        self._queue.put(None)
        self._thread.join()
        if self._flusher is not None:
            self._flusher.stop()
        if self._error is not None and raise_error:
            raise self._error
        return self._count


class AttachmentRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, case_id: uuid.UUID, source: BinaryIO, filename: str, media_type: str | None = None,
            description: str = "", journal_entry_id: uuid.UUID | None = None, size_hint: int = 0,
            progress: Progress | None = None, max_size: int = DEFAULT_MAX_SIZE) -> AttachmentInfo:
        """Encrypt ``source`` into the vault in one transaction (all of it, or nothing)."""
        cipher = self._vault.keys.case_cipher(case_id)
        name = safe_filename(filename)
        media_type = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        attachment_id = uuid.uuid4()
        file_key = new_key()
        with self._vault.transaction() as tx:
            if tx.session.get(CaseRow, case_id) is None:
                raise NotFoundError(f"There is no case {case_id}.")
            wrap = cipher.seal(file_key, "attachments", "file_key_wrap", attachment_id, 1)
            tx.session.execute(insert(AttachmentRow), [{
                "id": attachment_id, "case_id": case_id, "row_version": 1, "meta": b"",
                "file_key_wrap": wrap, "segments": 0,
            }])
            buffer = bytearray()
            path = self._vault.location.path
            wal = path.with_name(path.name + "-wal") if path is not None else None
            writer = _SegmentWriter(tx.session.connection(), attachment_id, wal)
            failed = True
            try:

                def write(sealed_chunk: bytes) -> None:
                    buffer.extend(sealed_chunk)
                    if len(buffer) >= SEGMENT_SIZE:
                        writer.put(bytes(buffer))
                        buffer.clear()

                result = attachment_stream.encrypt_stream(
                    _LimitedReader(source, max_size), file_key, write, size_hint, progress)  # type: ignore[arg-type]
                if buffer:
                    writer.put(bytes(buffer))
                failed = False
            finally:
                segments = writer.close(raise_error=not failed)
            info = AttachmentInfo(attachment_id, case_id, name, result.size, result.sha256, tx.now, media_type,
                                  description, journal_entry_id)
            meta = self._seal_meta(cipher, info, 1)
            tx.session.execute(update(AttachmentRow).where(AttachmentRow.id == attachment_id)
                               .values(meta=meta, segments=segments))
            row = {"id": attachment_id, "case_id": case_id, "row_version": 1, "meta": meta,
                   "file_key_wrap": wrap, "segments": segments}
            tx.audit("attachment.added", case_id, [rows.ref("attachments", row)],
                     {"filename": name, "size": result.size, "sha256": result.sha256})
        return info

    def add_file(self, case_id: uuid.UUID, path: Path, description: str = "",
                 journal_entry_id: uuid.UUID | None = None, progress: Progress | None = None,
                 max_size: int = DEFAULT_MAX_SIZE) -> AttachmentInfo:
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise UserError(f"Cannot read {path}: {exc.strerror}.") from None
        with handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_size:
                raise UserError(f"{path.name} is larger than the attachment size limit ({_size(max_size)}).")
            return self.add(case_id, handle, path.name, None, description, journal_entry_id, size, progress,
                            max_size)

    @staticmethod
    def _seal_meta(cipher: FieldCipher, info: AttachmentInfo, version: int) -> bytes:
        data = codec.encode(info)
        del data["id"], data["case_id"]
        return cipher.seal_json(data, "attachments", "meta", info.id, version)

    @staticmethod
    def _open_meta(cipher: FieldCipher, row: Any) -> AttachmentInfo:
        data = cipher.open_json(row.meta, "attachments", "meta", row.id, row.row_version)
        return rows.decode_stored(AttachmentInfo, data | {"id": str(row.id), "case_id": str(row.case_id)}, "attachment")

    def list(self, case_id: uuid.UUID) -> list[AttachmentInfo]:
        cipher = self._vault.keys.case_cipher(case_id)
        with self._vault.reading() as session:
            found = session.execute(
                select(AttachmentRow.id, AttachmentRow.case_id, AttachmentRow.row_version, AttachmentRow.meta)
                .where(AttachmentRow.case_id == case_id)).all()
        return sorted((self._open_meta(cipher, row) for row in found), key=lambda a: a.added_at)

    def get(self, attachment_id: uuid.UUID) -> AttachmentInfo:
        with self._vault.reading() as session:
            row = session.get(AttachmentRow, attachment_id)
            if row is None:
                raise NotFoundError(f"There is no attachment {attachment_id}.")
            return self._open_meta(self._vault.keys.case_cipher(row.case_id), row)

    def _segments(self, attachment_id: uuid.UUID, expected: int) -> Generator[bytes]:
        """The stored segments in order; a missing or extra segment is an integrity error."""
        with self._vault.reading() as session:
            result = session.execute(
                select(AttachmentSegment.seq, AttachmentSegment.data)
                .where(AttachmentSegment.attachment_id == attachment_id)
                .order_by(AttachmentSegment.seq)
                .execution_options(yield_per=4))
            index = 0
            try:
                for seq, data in result:
                    if seq != index:
                        raise AttachmentIntegrityError(f"Segment {index + 1} of the attachment is missing.")
                    index += 1
                    yield data
            finally:
                result.close()
            if index != expected:
                raise AttachmentIntegrityError(
                    f"The attachment has {index} stored segments instead of {expected}: it was cut or extended.")

    def export(self, attachment_id: uuid.UUID, sink: BinaryIO, progress: Progress | None = None) -> AttachmentInfo:
        """Decrypt into ``sink``, checking every chunk, the size and the SHA-256 recorded at import."""
        with self._vault.reading() as session:
            row = session.get(AttachmentRow, attachment_id)
            if row is None:
                raise NotFoundError(f"There is no attachment {attachment_id}.")
            cipher = self._vault.keys.case_cipher(row.case_id)
            info = self._open_meta(cipher, row)
            file_key = cipher.open(row.file_key_wrap, "attachments", "file_key_wrap", row.id, row.row_version)
            expected_segments = row.segments
        with contextlib.closing(self._segments(attachment_id, expected_segments)) as segments:
            result = attachment_stream.decrypt_stream(segments, file_key, sink.write, info.size, progress)
        if result.size != info.size or result.sha256 != info.sha256:
            raise AttachmentIntegrityError(
                f"The attachment {info.id} does not match the SHA-256 recorded when it was added.")
        return info

    def verify(self, attachment_id: uuid.UUID, progress: Progress | None = None) -> AttachmentInfo:
        """Decrypt and check without writing the plaintext anywhere."""

        class _Discard:
            def write(self, data: bytes) -> int:
                return len(data)

        return self.export(attachment_id, _Discard(), progress)  # type: ignore[arg-type]

    def export_to_path(self, attachment_id: uuid.UUID, destination: Path,
                       progress: Progress | None = None) -> AttachmentInfo:
        """Write the plaintext to a file the user chose: an explicit, audited act.

        The file (readable by its owner only) appears under its name only once complete and
        verified, and never replaces an existing file; a damaged attachment leaves nothing behind.
        """
        if self._vault.read_only:
            raise UserError("Open the vault for writing to export: the export is recorded in the audit log.")
        if destination.exists():
            raise UserError(f"{destination} already exists; choose another name.")
        partial = destination.with_name(f".{destination.name}.partial")
        try:
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise UserError(f"{partial} exists (an interrupted export?); remove it and try again.") from None
        except OSError as exc:
            raise UserError(f"Cannot write in {destination.parent}: {exc.strerror}.") from None
        try:
            with open(descriptor, "wb") as sink:
                info = self.export(attachment_id, sink, progress)
            _move_without_replacing(partial, destination)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()  # ours: created above with O_EXCL
            raise
        try:
            with self._vault.transaction() as tx:
                tx.audit("attachment.exported", info.case_id, [],
                         {"attachment": str(info.id), "filename": info.filename})
        except BaseException:
            with contextlib.suppress(OSError):
                destination.unlink()  # an export the audit log does not record must not stay behind
            raise
        return info


    def record_outside_copy(self, info: AttachmentInfo) -> None:
        """A decrypted copy was written for another program to open (the application's "open with
        another program"): recorded in the audit log as an export is."""
        with self._vault.transaction() as tx:
            tx.audit("attachment.opened_outside", info.case_id, [],
                     {"attachment": str(info.id), "filename": info.filename})


def _move_without_replacing(source: Path, destination: Path) -> None:
    try:
        if os.name == "nt":
            os.rename(source, destination)  # refuses an existing destination on Windows
            return
        try:
            os.link(source, destination)  # refuses an existing destination
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT, some network shares)
            if destination.exists():
                raise FileExistsError(destination) from None
            os.rename(source, destination)
            return
        os.unlink(source)
    except FileExistsError:
        raise UserError(f"{destination} appeared meanwhile; the export was not written over it.") from None
