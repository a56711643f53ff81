"""Opening an attachment with another program: the one place where the application itself puts
plaintext on disk, only after the user was warned and confirmed.

The decrypted copy goes into a private directory (``0700``, the file ``0600``) with a
recognisable name in the system's temporary folder. It is overwritten with zeros and deleted
when the session locks or the application quits; directories left by a crash are deleted at the
next start (:func:`cleanup_leftovers`). Each directory holds a lock file while its application
runs, so a second running instance never deletes the files of the first.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from hospital_mediation.domain.model import AttachmentInfo
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.workers import start
from hospital_mediation.progress import Progress
from hospital_mediation.store import Vault
from hospital_mediation.store.attachments import safe_filename

PREFIX = "hospital-mediation-open-"
_LOCK_NAME = ".in-use.lock"
_ZEROS = bytes(1024 * 1024)


class NoProgramError(Exception):
    """The system has no program for this kind of file (the copy was deleted at once)."""


@dataclass
class PrivateCopy:
    """A private directory, the plaintext file in it, and the lock that says it is in use."""

    directory: Path
    path: Path
    lock: QLockFile


def make_private_copy_place(filename: str, temp_root: Path | None = None) -> PrivateCopy:
    """A new private directory (locked as ours) and the path the plaintext will have in it."""
    directory = Path(tempfile.mkdtemp(prefix=PREFIX, dir=temp_root))  # 0700, a name nobody can predict
    os.chmod(directory, 0o700)
    lock = QLockFile(str(directory / _LOCK_NAME))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old
    if not lock.tryLock(0):
        directory.rmdir()
        raise OSError(f"Cannot lock the temporary directory {directory}.")
    return PrivateCopy(directory, directory / safe_filename(filename), lock)


def write_plaintext(vault: Vault, attachment_id: uuid.UUID, path: Path,
                    progress: Progress | None = None) -> AttachmentInfo:
    """Decrypt the attachment into a new file readable by its owner only (checked against its SHA-256);
    the copy is recorded in the audit log, and removed if it cannot be."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, 0o600)
    try:
        with open(descriptor, "wb") as sink:
            info = vault.attachments.export(attachment_id, sink, progress)
        vault.attachments.record_outside_copy(info)
    except BaseException:
        _overwrite_with_zeros(path)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return info


def _overwrite_with_zeros(path: Path) -> None:
    """Best effort: the bytes may survive elsewhere (journaling, SSD wear levelling, the program's own copies)."""
    with contextlib.suppress(OSError):
        remaining = path.lstat().st_size
        with open(path, "r+b", buffering=0) as handle:
            while remaining > 0:
                written = handle.write(_ZEROS[:min(remaining, len(_ZEROS))]) or 0
                if written <= 0:
                    break
                remaining -= written
            os.fsync(handle.fileno())


def wipe_directory(directory: Path, lock: QLockFile | None = None) -> bool:
    """Overwrite and delete every file of one of our directories, then the directory; True if it is gone."""
    try:
        entries = list(directory.iterdir())
    except OSError:
        entries = []
    for entry in entries:
        if entry.name == _LOCK_NAME:
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISREG(entry.lstat().st_mode):
                _overwrite_with_zeros(entry)
            if entry.is_dir() and not entry.is_symlink():
                wipe_directory(entry)
            else:
                entry.unlink()
    if lock is not None:
        lock.unlock()
    with contextlib.suppress(OSError):
        (directory / _LOCK_NAME).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        directory.rmdir()
    return not directory.exists()


def cleanup_leftovers(temp_root: Path | None = None) -> int:
    """Delete the private directories a crashed session left behind; returns how many.

    Only directories with our prefix, owned by this user, and not in use by a running instance
    (its lock file is held) are touched. Call it once at start (in the background: it overwrites).
    """
    root = temp_root or Path(tempfile.gettempdir())
    removed = 0
    try:
        candidates = sorted(root.glob(PREFIX + "*"))
    except OSError:
        return 0
    for candidate in candidates:
        try:
            status = candidate.lstat()
        except OSError:
            continue
        if not stat.S_ISDIR(status.st_mode):  # lstat: a symbolic link is never followed
            continue
        if hasattr(os, "getuid") and status.st_uid != os.getuid():
            continue
        lock = QLockFile(str(candidate / _LOCK_NAME))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):  # held by a running instance
            continue
        if wipe_directory(candidate, lock):
            removed += 1
    return removed


class ExternalOpener(QObject):
    """Decrypts attachments into private temporary files, hands them to the system, deletes them later.

    Use one per session (:func:`opener_for`), so the copies outlive the panel that asked for them.

    Signals:
        progressed(str, object, object): the copy at this path is being decrypted: bytes done, total.
        opened(str): the copy at this path was handed to the system's program.
        failed(str, object): the copy at this path could not be written or handed over (the error);
            it was deleted.
    """

    progressed = Signal(str, object, object)  # Python ints: a file may pass 2 GiB
    opened = Signal(str)
    failed = Signal(str, object)

    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._copies: dict[Path, PrivateCopy] = {}
        session.locked.connect(self._on_session_locked)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cleanup)

    @property
    def copies(self) -> list[Path]:
        """The plaintext files on disk now (or being written)."""
        return [copy.path for copy in self._copies.values()]

    def open_attachment(self, info: AttachmentInfo) -> Path:
        """Write the plaintext in the background, then open it with the system's program for its type.

        Returns the path the copy will have (as in :attr:`opened` and :attr:`failed`).
        """
        copy = make_private_copy_place(info.filename)
        self._copies[copy.directory] = copy
        start(write_plaintext, self._session.vault, info.id, copy.path,  # up to 2 GiB: its progress is shown
              succeeded=lambda _info: self._on_task_succeeded(copy),
              failed=lambda error: self._on_task_failed(copy, error),
              progressed=lambda done, total: self.progressed.emit(str(copy.path), done, total))
        return copy.path

    def cleanup(self) -> int:
        """Overwrite and delete every copy now; returns how many directories were removed."""
        copies, self._copies = list(self._copies.values()), {}
        return sum(wipe_directory(copy.directory, copy.lock) for copy in copies)

    def _on_task_succeeded(self, copy: PrivateCopy) -> None:
        if copy.directory not in self._copies or not self._session.vault.is_unlocked:
            self._forget(copy)  # locked while decrypting: never hand it over
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy.path))):
            self._forget(copy)
            self.failed.emit(str(copy.path), NoProgramError(copy.path.suffix))
            return
        self.opened.emit(str(copy.path))

    def _on_task_failed(self, copy: PrivateCopy, error: BaseException) -> None:
        self._forget(copy)
        self.failed.emit(str(copy.path), error)

    def _forget(self, copy: PrivateCopy) -> None:
        self._copies.pop(copy.directory, None)
        wipe_directory(copy.directory, copy.lock)

    def _on_session_locked(self) -> None:
        self.cleanup()


def opener_for(session: VaultSession) -> ExternalOpener:
    """The session's opener (created on first use; it lives as long as the session)."""
    existing = session.findChild(ExternalOpener)
    if isinstance(existing, ExternalOpener):
        return existing
    return ExternalOpener(session, parent=session)
