"""Attachments in the store: round trips, limits, and tampering with stored segments."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from hospital_mediation.crypto.attachment_stream import CHUNK_SIZE
from hospital_mediation.domain.model import NewCase, Report
from hospital_mediation.errors import AttachmentIntegrityError, AuditIntegrityError, UserError
from hospital_mediation.store import Vault
from hospital_mediation.store.attachments import SEGMENT_SIZE, safe_filename
from hospital_mediation.store.schema import AttachmentRow, AttachmentSegment
from tests.conftest import PASSPHRASE
from tests.store.test_tamper import raw, reopen


def new_case(vault: Vault) -> object:
    return vault.cases.create(NewCase(report=Report(unit="Imagerie")))


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, 16 * CHUNK_SIZE, 16 * CHUNK_SIZE + 5, 3 * 1024 * 1024 + 17])
def test_round_trip(vault: Vault, size: int) -> None:
    case = new_case(vault)
    data = os.urandom(size)
    info = vault.attachments.add(case.id, io.BytesIO(data), "scan.pdf")  # type: ignore[attr-defined]
    assert info.size == size
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.media_type == "application/pdf"
    out = io.BytesIO()
    vault.attachments.export(info.id, out)
    assert out.getvalue() == data
    assert vault.attachments.list(case.id) == [info]  # type: ignore[attr-defined]


def test_progress_is_reported(vault: Vault) -> None:
    case = new_case(vault)
    seen: list[tuple[int, int]] = []
    size = 5 * CHUNK_SIZE
    vault.attachments.add(case.id, io.BytesIO(b"a" * size), "a.txt", size_hint=size,  # type: ignore[attr-defined]
                          progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (size, size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_size_limit(vault: Vault) -> None:
    case = new_case(vault)
    with pytest.raises(UserError, match="size limit"):
        vault.attachments.add(case.id, io.BytesIO(b"x" * 5000), "big.bin", max_size=4096)  # type: ignore[attr-defined]
    assert vault.attachments.list(case.id) == []  # type: ignore[attr-defined]
    assert vault.audit.verify().entries == 2


def test_file_names_are_made_safe() -> None:
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("C:\\Users\\x\\photo.jpg") == "photo.jpg"
    assert safe_filename("a\x00b\x1bc.txt") == "abc.txt"
    assert safe_filename("..") == "attachment"
    assert len(safe_filename("x" * 500 + ".pdf")) <= 200
    assert safe_filename("x" * 500 + ".pdf").endswith(".pdf")


def test_export_to_path_is_audited_and_refuses_overwrite(sqlite_vault: Vault, tmp_path: Path) -> None:
    case = new_case(sqlite_vault)
    info = sqlite_vault.attachments.add(case.id, io.BytesIO(b"preuve"), "preuve.txt")  # type: ignore[attr-defined]
    target = tmp_path / "out.txt"
    sqlite_vault.attachments.export_to_path(info.id, target)
    assert target.read_bytes() == b"preuve"
    with pytest.raises(UserError, match="already exists"):
        sqlite_vault.attachments.export_to_path(info.id, target)
    assert sqlite_vault.audit.entries()[-1].action == "attachment.exported"


def _stored(vault: Vault, size: int) -> tuple[object, object]:
    case = new_case(vault)
    info = vault.attachments.add(case.id, io.BytesIO(os.urandom(size)), "x.bin")  # type: ignore[attr-defined]
    return case, info


def test_missing_segment_is_detected(vault: Vault) -> None:
    _case, info = _stored(vault, 3 * SEGMENT_SIZE)
    location = vault.location
    vault.close()
    with raw(location) as connection:
        connection.execute(delete(AttachmentSegment).where(AttachmentSegment.seq == 1))
    with reopen(location) as again, pytest.raises(AttachmentIntegrityError, match="Segment 2"):
        again.attachments.export(info.id, io.BytesIO())  # type: ignore[attr-defined]


def test_cut_last_segment_is_detected(vault: Vault) -> None:
    _case, info = _stored(vault, 2 * SEGMENT_SIZE)
    location = vault.location
    vault.close()
    with raw(location) as connection:
        last = connection.execute(select(AttachmentSegment.seq).order_by(AttachmentSegment.seq.desc())).first()
        assert last is not None and last.seq == 2
        connection.execute(delete(AttachmentSegment).where(AttachmentSegment.seq == last.seq))
    with reopen(location) as again, pytest.raises(AttachmentIntegrityError, match="cut or extended|truncated"):
        again.attachments.export(info.id, io.BytesIO())  # type: ignore[attr-defined]


def test_swapped_segments_are_detected(vault: Vault) -> None:
    _case, info = _stored(vault, 2 * SEGMENT_SIZE + 10)
    location = vault.location
    vault.close()
    with raw(location) as connection:
        segments = dict(connection.execute(select(AttachmentSegment.seq, AttachmentSegment.data)).all())
        connection.execute(update(AttachmentSegment).where(AttachmentSegment.seq == 0).values(data=segments[1]))
        connection.execute(update(AttachmentSegment).where(AttachmentSegment.seq == 1).values(data=segments[0]))
    with reopen(location) as again, pytest.raises(AttachmentIntegrityError, match="Chunk 1"):
        again.attachments.export(info.id, io.BytesIO())  # type: ignore[attr-defined]


def test_segments_from_another_attachment_are_detected(vault: Vault) -> None:
    _case, first = _stored(vault, 1000)
    _case2, second = _stored(vault, 1000)
    location = vault.location
    vault.close()
    with raw(location) as connection:
        other = connection.execute(select(AttachmentSegment.data)
                                   .where(AttachmentSegment.attachment_id == second.id)).scalar_one()  # type: ignore[attr-defined]
        connection.execute(update(AttachmentSegment).where(AttachmentSegment.attachment_id == first.id)  # type: ignore[attr-defined]
                           .values(data=other))
    with reopen(location) as again, pytest.raises(AttachmentIntegrityError, match="failed authentication"):
        again.attachments.export(first.id, io.BytesIO())  # type: ignore[attr-defined]


def test_failed_export_leaves_no_file(sqlite_vault: Vault, tmp_path: Path) -> None:
    _case, info = _stored(sqlite_vault, 2 * SEGMENT_SIZE)
    location = sqlite_vault.location
    sqlite_vault.close()
    with raw(location) as connection:
        data = connection.execute(select(AttachmentSegment.data).where(AttachmentSegment.seq == 1)).scalar_one()
        connection.execute(update(AttachmentSegment).where(AttachmentSegment.seq == 1)
                           .values(data=data[:-1] + bytes([data[-1] ^ 1])))
    target = tmp_path / "export.bin"
    with reopen(location) as again, pytest.raises(AttachmentIntegrityError):
        again.attachments.export_to_path(info.id, target)  # type: ignore[attr-defined]
    assert not target.exists()
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


def test_altered_attachment_row_is_detected_by_audit(vault: Vault) -> None:
    _case, _info = _stored(vault, 100)
    location = vault.location
    vault.close()
    with raw(location) as connection:
        connection.execute(update(AttachmentRow).values(segments=2))
    with reopen(location) as again, pytest.raises(AuditIntegrityError, match="attachments"):
        again.audit.verify()


def test_writer_error_is_raised_even_inside_an_except_block(vault: Vault,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from hospital_mediation.store import attachments as module

    case = new_case(vault)
    original = module._SegmentWriter._run

    def failing_run(self: module._SegmentWriter) -> None:
        self._error = OSError("disk full")
        original(self)

    monkeypatch.setattr(module._SegmentWriter, "_run", failing_run)
    try:
        raise KeyError("an unrelated error being handled by the caller")
    except KeyError:
        with pytest.raises(OSError, match="disk full"):
            vault.attachments.add(case.id, io.BytesIO(os.urandom(3 * SEGMENT_SIZE)), "x.bin")  # type: ignore[attr-defined]
    assert vault.attachments.list(case.id) == []  # type: ignore[attr-defined]


def test_export_refuses_read_only_before_writing_anything(sqlite_vault: Vault, tmp_path: Path) -> None:
    case = new_case(sqlite_vault)
    info = sqlite_vault.attachments.add(case.id, io.BytesIO(b"secret"), "s.txt")  # type: ignore[attr-defined]
    location = sqlite_vault.location
    sqlite_vault.close()
    out = tmp_path / "out"
    out.mkdir()
    with Vault.open(location, read_only=True) as reader:
        reader.unlock(PASSPHRASE)
        with pytest.raises(UserError, match="for writing"):
            reader.attachments.export_to_path(info.id, out / "s.txt")
    assert list(out.iterdir()) == []


def test_export_leaves_someone_elses_partial_file_alone(sqlite_vault: Vault, tmp_path: Path) -> None:
    case = new_case(sqlite_vault)
    info = sqlite_vault.attachments.add(case.id, io.BytesIO(b"secret"), "s.txt")  # type: ignore[attr-defined]
    partial = tmp_path / ".s.txt.partial"
    partial.write_text("not ours")
    with pytest.raises(UserError, match="interrupted export"):
        sqlite_vault.attachments.export_to_path(info.id, tmp_path / "s.txt")
    assert partial.read_text() == "not ours"
    partial.unlink()
    sqlite_vault.attachments.export_to_path(info.id, tmp_path / "s.txt")
    assert (tmp_path / "s.txt").stat().st_mode & 0o077 == 0
