"""Opening an attachment with another program: a private plaintext copy, deleted on lock, on quit,
and after a crash at the next start; never another program launched from the tests."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from hospital_mediation.domain.model import AttachmentInfo, NewCase
from hospital_mediation.errors import NotFoundError
from hospital_mediation.gui.external_open import (
    PREFIX,
    ExternalOpener,
    NoProgramError,
    cleanup_leftovers,
    make_private_copy_place,
    opener_for,
    wipe_directory,
)
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.store import Vault
from tests.gui.conftest import wait_for_tasks

CONTENT = b"Certificat medical: ITT 3 jours\n" * 100


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test: a fresh one."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr("hospital_mediation.gui.external_open.QDesktopServices.openUrl",
                        lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def attachment(demo_vault: Vault, tmp_path: Path) -> AttachmentInfo:
    case = demo_vault.cases.create(NewCase())
    source = tmp_path / "certificat médical.txt"
    source.write_bytes(CONTENT)
    return demo_vault.attachments.add_file(case.id, source)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def open_copy(qtbot: Any, opener: ExternalOpener, info: AttachmentInfo) -> Path:
    with qtbot.waitSignal(opener.opened, timeout=10_000) as signal:
        expected = opener.open_attachment(info)
    wait_for_tasks(qtbot)
    assert signal.args == [str(expected)]
    return expected


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_copy_is_private_and_deleted_when_the_session_locks(
        qtbot: Any, session: VaultSession, attachment: AttachmentInfo, temp_root: Path, opened: list[QUrl]) -> None:
    opener = opener_for(session)
    assert opener_for(session) is opener  # one per session
    copy = open_copy(qtbot, opener, attachment)
    assert [Path(url.toLocalFile()) for url in opened] == [copy]
    assert copy.read_bytes() == CONTENT and copy.name == "certificat médical.txt"
    assert copy.parent.parent == temp_root and copy.parent.name.startswith(PREFIX)
    assert mode(copy) == 0o600 and mode(copy.parent) == 0o700
    assert opener.copies == [copy]
    last = session.vault.audit.entries()[-1]
    assert last.action == "attachment.opened_outside"  # a plaintext copy left the vault: on record
    session.lock()
    assert not copy.exists() and not copy.parent.exists() and list(temp_root.iterdir()) == []
    assert opener.copies == []


def test_the_decryption_tells_its_progress(qtbot: Any, session: VaultSession, temp_root: Path, tmp_path: Path,
                                           opened: list[QUrl]) -> None:
    """Up to 2 GiB is decrypted before the program opens: the panel shows how far it is."""
    case = session.vault.cases.create(NewCase())
    source = tmp_path / "scan.bin"
    source.write_bytes(b"\x5a" * (8 * 1024 * 1024))
    info = session.vault.attachments.add_file(case.id, source)
    opener = ExternalOpener(session)
    steps: list[tuple[str, int, int]] = []
    opener.progressed.connect(lambda path, done, total: steps.append((path, done, total)))
    path = open_copy(qtbot, opener, info)
    assert len(steps) > 1 and {step[0] for step in steps} == {str(path)}
    assert [done for _path, done, _total in steps] == sorted(done for _path, done, _total in steps)
    assert steps[-1][1:] == (info.size, info.size)
    opener.cleanup()


def test_copies_are_deleted_when_the_application_quits(qtbot: Any, session: VaultSession,
                                                       attachment: AttachmentInfo, temp_root: Path,
                                                       opened: list[QUrl]) -> None:
    opener = ExternalOpener(session)
    first, second = open_copy(qtbot, opener, attachment), open_copy(qtbot, opener, attachment)
    assert first != second and first.exists() and second.exists()
    QApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert not first.parent.exists() and not second.parent.exists()


def test_no_program_for_the_type_deletes_the_copy(qtbot: Any, session: VaultSession, attachment: AttachmentInfo,
                                                  temp_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hospital_mediation.gui.external_open.QDesktopServices.openUrl", lambda url: False)
    opener = ExternalOpener(session)
    with qtbot.waitSignal(opener.failed, timeout=10_000) as signal:
        path = opener.open_attachment(attachment)
    wait_for_tasks(qtbot)
    assert signal.args[0] == str(path) and isinstance(signal.args[1], NoProgramError)
    assert list(temp_root.iterdir()) == [] and opener.copies == []


def test_a_failed_decryption_leaves_nothing(qtbot: Any, session: VaultSession, temp_root: Path,
                                            opened: list[QUrl]) -> None:
    missing = AttachmentInfo(uuid.uuid4(), uuid.uuid4(), "absent.pdf", 10, "0" * 64, datetime.now(UTC))
    opener = ExternalOpener(session)
    with qtbot.waitSignal(opener.failed, timeout=10_000) as signal:
        opener.open_attachment(missing)
    wait_for_tasks(qtbot)
    assert isinstance(signal.args[1], NotFoundError)
    assert opened == [] and list(temp_root.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "link"), reason="hard links")
def test_files_are_overwritten_with_zeros_before_deletion(temp_root: Path, tmp_path: Path) -> None:
    place = make_private_copy_place("note.txt")
    place.path.write_bytes(CONTENT)
    witness = tmp_path / "witness"
    os.link(place.path, witness)  # a second name for the same bytes: it sees what the wipe wrote
    assert wipe_directory(place.directory, place.lock)
    assert witness.read_bytes() == bytes(len(CONTENT))


def test_cleanup_leftovers_removes_stale_directories_only(temp_root: Path) -> None:
    crashed = temp_root / f"{PREFIX}crashed"
    crashed.mkdir(mode=0o700)
    (crashed / "plainte.pdf").write_bytes(CONTENT)
    # A crash with its lock still on disk: the process that held it is gone.
    killed = temp_root / f"{PREFIX}killed"
    killed.mkdir(mode=0o700)
    (killed / "photo.jpg").write_bytes(CONTENT)
    script = ("import os, sys; from PySide6.QtCore import QLockFile; lock = QLockFile(sys.argv[1]); "
              "assert lock.tryLock(0); os._exit(0)")
    subprocess.run([sys.executable, "-c", script, str(killed / ".in-use.lock")], check=True)
    assert (killed / ".in-use.lock").exists()
    in_use = make_private_copy_place("open-now.txt")  # held by this running application
    in_use.path.write_bytes(CONTENT)
    unrelated = temp_root / "someone-elses-dir"
    unrelated.mkdir()
    target = temp_root / "target"
    target.mkdir()
    (target / "keep.txt").write_text("keep")
    (temp_root / f"{PREFIX}link").symlink_to(target)

    assert cleanup_leftovers() == 2
    assert not crashed.exists() and not killed.exists()
    assert in_use.path.read_bytes() == CONTENT
    assert unrelated.exists() and (target / "keep.txt").read_text() == "keep"
    wipe_directory(in_use.directory, in_use.lock)
    assert not in_use.directory.exists()
