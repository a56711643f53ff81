"""Opening the database behind a vault: a SQLite file (default) or a PostgreSQL URL.

SQLite runs in WAL mode with ``secure_delete``, foreign keys and full sync; one process
writes at a time, enforced by an advisory lock on ``<vault>.lock`` that names the holder.
Alembic brings the schema up to date; a vault from a newer version is refused.
"""

from __future__ import annotations

import contextlib
import os
import struct
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from hospital_mediation.errors import (
    NotAVaultError,
    VaultCorruptError,
    VaultInUseError,
    VaultNeedsUpgradeError,
    VaultNotFoundError,
    VaultUnavailableError,
    VaultVersionError,
)
from hospital_mediation.paths import default_vault_path

_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class VaultLocation:
    """A vault file path, or a database URL (``postgresql+psycopg://…``)."""

    path: Path | None = None
    url: str | None = None

    @classmethod
    def parse(cls, text: str | os.PathLike[str] | None) -> VaultLocation:
        if text is None:
            return cls(path=default_vault_path())
        value = os.fspath(text)
        if "://" in value:
            return cls(url=value)
        return cls(path=Path(value).expanduser())

    @property
    def is_file(self) -> bool:
        return self.path is not None

    def __str__(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url or "").render_as_string(hide_password=True)


class WriterLock:
    """An exclusive advisory lock held while a process may write a vault file."""

    def __init__(self, vault_path: Path) -> None:
        self.path = vault_path.with_name(vault_path.name + ".lock")
        self._file: IO[str] | None = None

    def acquire(self, shown_path: Path) -> None:
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = open(descriptor, "a+", encoding="ascii")  # noqa: SIM115 - held until release()
        try:
            _lock_file(handle)
        except OSError:
            try:
                handle.seek(0)
                text = handle.read(32).strip()
            except OSError:  # Windows refuses to read a locked region
                text = ""
            handle.close()
            raise VaultInUseError(str(shown_path), int(text) if text.isdigit() else None) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.seek(0)
                self._file.truncate()
                self._file.flush()
                _unlock_file(self._file)
            self._file.close()
            self._file = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


VAULT_FILE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")  # the file, SQLite's companions, WriterLock's


def remove_vault_files(path: Path) -> None:
    """Delete a vault file and the files that go with it (only for a vault closed by everyone:
    a new vault abandoned before it was used, a demo being replaced). Every file is tried; the first
    error other than a missing file is raised afterwards."""
    failure: OSError | None = None
    for suffix in VAULT_FILE_SUFFIXES:
        try:
            Path(f"{path}{suffix}").unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            failure = failure or error
    if failure is not None:
        raise failure


def check_sqlite_file(path: Path) -> None:
    """Cheap checks before SQLite touches the file: exists, is SQLite, is not cut short."""
    if not path.exists():
        raise VaultNotFoundError(f"There is no vault at {path}.")
    if not path.is_file():
        raise NotAVaultError(f"{path} is not a vault file.")
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotAVaultError(f"{path} is not a Hospital Mediation vault (or it is badly damaged).")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    if page_count and path.stat().st_size < page_size * page_count:
        raise VaultCorruptError(
            f"The vault file {path} is truncated: it is shorter than its own header says."
        )


WAL_SIZE_LIMIT = 32 * 1024 * 1024  # what an emptied WAL is truncated back to
WAL_CHECKPOINT_AT = 128 * 1024 * 1024  # a WAL this large is copied back in the background


class Checkpointer:
    """Copies the WAL back into the vault file in a background thread once it has grown.

    SQLite would otherwise do it inside the commit that crosses the threshold, so storing a
    1 GiB attachment would pay for writing it twice before returning. The commit is durable
    without it (the WAL is synced); closing the last connection checkpoints what is left.
    """

    def __init__(self, engine: Engine, wal_path: Path) -> None:
        self._engine = engine
        self._wal_path = wal_path
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False

    def poke(self) -> None:
        try:
            if self._wal_path.stat().st_size < WAL_CHECKPOINT_AT:
                return
        except OSError:
            return
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self._again = True
                return
            self._thread = threading.Thread(target=self._run, name="vault-checkpoint", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with contextlib.suppress(Exception):  # a busy or closing database: the next poke retries
                connection = self._engine.raw_connection()
                try:
                    connection.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)")
                finally:
                    connection.close()
            with self._lock:
                if not self._again:
                    return
                self._again = False

    def stop(self) -> None:
        with self._lock:
            thread, self._again = self._thread, False
        if thread is not None:
            thread.join()


def _sqlite_engine(path: Path, read_only: bool) -> Engine:
    if read_only:
        url = f"sqlite+pysqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path.as_posix()}"
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        pragmas = ["foreign_keys=ON", "secure_delete=ON", "synchronous=FULL", "temp_store=MEMORY",
                   "busy_timeout=10000", "cache_size=-16384"]
        if not read_only:
            # 64 KiB pages (they only take effect in a new file) make attachments 3-4x faster to store;
            # checkpoints run off the commit path (see Checkpointer); journal_size_limit then shrinks the WAL.
            pragmas = ["page_size=65536", *pragmas, "journal_mode=WAL", "wal_autocheckpoint=0",
                       f"journal_size_limit={WAL_SIZE_LIMIT}"]
        for pragma in pragmas:
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write takes SQLite's write lock at once, so it never fails half-way on an upgrade.
        write = connection.get_execution_options().get("hm_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


class Database:
    """An engine, a session factory, and for files the writer lock."""

    def __init__(self, location: VaultLocation, read_only: bool = False, create: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        self._lock: WriterLock | None = None
        self.checkpointer: Checkpointer | None = None
        if location.path is not None:
            if not create:
                check_sqlite_file(location.path)
            if not read_only:
                self._lock = WriterLock(location.path)
                self._lock.acquire(location.path)
            try:
                self.engine = _sqlite_engine(location.path, read_only)
                if not read_only:
                    self.checkpointer = Checkpointer(self.engine, location.path.with_name(location.path.name + "-wal"))
            except BaseException:
                self.release_lock()
                raise
        else:
            url = make_url(location.url or "")
            if url.drivername == "postgresql":
                url = url.set(drivername="postgresql+psycopg")
            self.engine = create_engine(url, pool_pre_ping=True)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self, snapshot: bool = False) -> Session:
        """A session; with ``snapshot``, all its reads see one state of the database (PostgreSQL's
        default gives each statement its own; SQLite's WAL transactions already do)."""
        if snapshot and self.dialect == "postgresql":
            return Session(bind=self.engine.execution_options(isolation_level="REPEATABLE READ"),
                           expire_on_commit=False)
        return self.sessions()

    def release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def after_commit(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.poke()

    def close(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
        self.engine.dispose()
        self.release_lock()

    # --- schema -----------------------------------------------------------------------

    def _alembic_config(self) -> Any:
        # Alembic is imported here, not at the top: only opening a vault needs it, and it costs
        # a noticeable part of the application's start-up.
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", "hospital_mediation.store:migrations")
        return config

    def has_vault_tables(self) -> bool:
        with translate_errors(self.location), self.engine.connect() as connection:
            return inspect(connection).has_table("vault_header")

    def check_schema(self) -> None:
        """Refuse a vault that is not ours or is newer; bring an older one up to date."""
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(self._alembic_config())
        with translate_errors(self.location), self.engine.connect() as connection:
            if not inspect(connection).has_table("vault_header"):
                raise NotAVaultError(f"{self.location} is not a Hospital Mediation vault.")
            current = MigrationContext.configure(connection).get_current_revision()
        known = {rev.revision for rev in script.walk_revisions()}
        if current is None:
            raise NotAVaultError(f"{self.location} is not a Hospital Mediation vault.")
        if current not in known:
            raise VaultVersionError(
                f"The vault {self.location} was written by a newer version of Hospital Mediation "
                "(its schema is unknown to this one). Install the latest version to open it."
            )
        if current != script.get_current_head():
            if self.read_only:
                raise VaultNeedsUpgradeError(
                    f"The vault {self.location} needs an upgrade; open it once for writing."
                )
            self.upgrade()

    def upgrade(self) -> None:
        from alembic import command

        config = self._alembic_config()
        try:
            with translate_errors(self.location), self.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except sa_exc.DBAPIError as exc:  # e.g. a table that "already exists": the recorded version lies
            raise VaultCorruptError(
                f"The vault {self.location} does not match the schema version it records: {exc.orig}.") from None


@contextlib.contextmanager
def translate_errors(location: VaultLocation) -> Iterator[None]:
    """Turn driver errors about a damaged or busy database into the core's errors."""
    try:
        yield
    except sa_exc.OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise VaultInUseError(str(location), None) from None
        if "malformed" in text or "not a database" in text or "disk i/o" in text:
            raise VaultCorruptError(f"The vault {location} is damaged: {exc.orig}.") from None
        if location.url is not None:  # a server that is down, refuses us, or has no such database
            first_line = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "no answer"
            raise VaultUnavailableError(f"Cannot use the database {location}: {first_line}") from None
        raise
    except sa_exc.DatabaseError as exc:
        text = str(exc.orig).lower()
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            raise VaultCorruptError(f"The vault {location} is damaged: {exc.orig}.") from None
        raise
