"""A vault: create, open, unlock, lock, change the passphrase, recover, and write transactions.

Key hierarchy (docs/formats/vault.md): passphrase or recovery key -> key slot -> member
master key -> member secrets (X25519, Ed25519, local key) -> vault key and case keys ->
sealed values. Every write goes through :meth:`Vault.transaction`, which appends the
audit entries of the change and re-seals the header with the new audit head.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from hospital_mediation import audit
from hospital_mediation.crypto import identity, kdf, key_slots, key_wrap, recovery_key
from hospital_mediation.crypto.field_cipher import FieldCipher, new_key
from hospital_mediation.errors import (
    AuditIntegrityError,
    ConcurrentEditError,
    NotAVaultError,
    ReadOnlyVaultError,
    UserError,
    VaultCorruptError,
    VaultExistsError,
    VaultLockedError,
    VaultVersionError,
    WeakPassphraseError,
)
from hospital_mediation.store import rows
from hospital_mediation.store.case_keys import CaseKeys
from hospital_mediation.store.database import Database, VaultLocation, remove_vault_files, translate_errors
from hospital_mediation.store.keyring import Keyring, header_mac, members_digest
from hospital_mediation.store.schema import (
    FORMAT_VERSION,
    AuditEntryRow,
    CaseRow,
    Counter,
    KeySlot,
    Member,
    VaultHeader,
)

MIN_PASSPHRASE_LENGTH = 10


def check_passphrase(passphrase: str) -> None:
    """The floor the core enforces; the GUI adds strength feedback on top."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError(
            f"The passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters; "
            "several unrelated words are easiest to remember."
        )


def _slot_context(member_id: uuid.UUID) -> bytes:
    """What a key slot is bound to. Not the vault id: that is bound one step later (the sealed
    member secrets), so an altered header is reported as damage, not as a wrong passphrase."""
    return b"HM-SLOT-1|" + member_id.bytes


def _stored_members_digest(session: Session) -> bytes:
    members = session.execute(select(Member.id, Member.x25519_public, Member.ed25519_public)).all()
    return members_digest([(m[0], m[1], m[2]) for m in members])


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class MemberInfo:
    id: uuid.UUID
    fingerprint: str
    age_recipient: str
    passphrase_kdf: kdf.KdfParams | None


@dataclass
class VaultInfo:
    location: str
    vault_id: uuid.UUID
    format_version: int
    members: list[MemberInfo]
    cases: int
    audit_entries: int
    file_size: int | None


@dataclass
class Transaction:
    """One write: the session, the keys, and the audit entries it appends."""

    session: Session
    keys: Keyring
    head_seq: int
    head_hash: bytes
    now: datetime = field(default_factory=_now)
    _pending: list[dict[str, Any]] = field(default_factory=list)
    new_case_ids: list[uuid.UUID] = field(default_factory=list)  # keys to forget if this rolls back

    @property
    def next_seq(self) -> int:
        return self.head_seq + 1

    @property
    def pending_entries(self) -> list[dict[str, Any]]:
        """Audit entries of this transaction not yet written to the log."""
        return self._pending

    def audit(self, action: str, case_id: uuid.UUID | None, changed: list[audit.RowRef],
              details: dict[str, Any] | None = None, vault_sealed: bool = False) -> int:
        """Append an audit entry for this change; returns its sequence number.

        Its body is sealed under the case key (readers of the case read it), or under the vault
        key for vault events and for ``vault_sealed`` case events (a deletion outlives the case key).
        """
        seq = self.head_seq + 1
        cipher = self.keys.case_cipher(case_id) if case_id and not vault_sealed else self.keys.vault_cipher
        body = cipher.seal_json(
            {"action": action, "at": self.now.isoformat(), "details": details or {}},
            "audit_log", "body", uuid.UUID(int=seq), 1,
        )
        record = audit.seal(seq, self.head_hash, self.keys.member_id, case_id, audit.encode_rows(changed), body,
                            self.keys.secrets.signing_key)
        self._pending.append({
            "seq": record.seq, "prev_hash": record.prev_hash, "actor_id": record.actor_id,
            "case_id": record.case_id, "rows": record.rows, "body": record.body,
            "entry_hash": record.entry_hash, "signature": record.signature,
        })
        self.head_seq, self.head_hash = seq, record.entry_hash
        return seq

    def flush_audit(self) -> None:
        if self._pending:
            self.session.execute(insert(AuditEntryRow), self._pending)
            self._pending = []


class Vault:
    """An open vault. Use :meth:`create` or :meth:`open`, then :meth:`unlock`."""

    def __init__(self, db: Database, header: VaultHeader) -> None:
        self._db = db
        self.vault_id = header.vault_id
        self.format_version = header.format_version
        self._keys: Keyring | None = None
        self._case_keys: CaseKeys | None = None
        self._known_head: tuple[int, bytes] = (0, audit.GENESIS_HASH)
        self._write_lock = threading.RLock()
        self._local = threading.local()
        from hospital_mediation.store.attachments import AttachmentRepository
        from hospital_mediation.store.audit_log import AuditLog
        from hospital_mediation.store.cases import CaseRepository
        from hospital_mediation.store.drafts import DraftRepository
        from hospital_mediation.store.journal import JournalRepository
        from hospital_mediation.store.records import CaseRecordRepository
        from hospital_mediation.store.retention import RetentionRepository
        from hospital_mediation.store.settings import SettingsRepository

        self.cases = CaseRepository(self)
        self.journal = JournalRepository(self)
        self.attachments = AttachmentRepository(self)
        self.records = CaseRecordRepository(self)
        self.audit = AuditLog(self)
        self.settings = SettingsRepository(self)
        self.drafts = DraftRepository(self)
        self.retention = RetentionRepository(self)

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        location: VaultLocation | str | Path | None,
        passphrase: str,
        member_name: str,
        organisation: str = "",
        kdf_params: kdf.KdfParams | None = None,
    ) -> tuple[Vault, bytes]:
        """Create a vault with one member; returns it unlocked, and the recovery key to show once."""
        check_passphrase(passphrase)
        if not isinstance(location, VaultLocation):
            location = VaultLocation.parse(location)
        if location.path is not None and location.path.exists():
            raise VaultExistsError(f"There is already a vault at {location.path}.")
        if location.url is not None:
            probe = Database(location)
            try:
                if probe.has_vault_tables():
                    with probe.session() as session:
                        if session.get(VaultHeader, 1) is not None:
                            raise VaultExistsError(f"There is already a vault at {location}.")
            finally:
                probe.close()
        params = kdf_params or kdf.calibrate()
        if location.path is not None:
            recovery, master_key = cls._create_file(location.path, passphrase, member_name, organisation, params)
        else:
            db = Database(location)
            try:
                if db.has_vault_tables():
                    with db.session() as session:
                        if session.get(VaultHeader, 1) is not None:
                            raise VaultExistsError(f"There is already a vault at {location}.")
                db.upgrade()
                recovery, master_key = cls._initialise(db, passphrase, member_name, organisation, params)
            finally:
                db.close()
        vault = cls.open(location)
        try:
            with translate_errors(location), vault._db.session() as session:
                member = vault._member(session, None)
            vault._finish_unlock(member, master_key)  # no second key derivation
        except BaseException:
            vault.close()
            raise
        return vault, recovery

    @staticmethod
    def _create_file(path: Path, passphrase: str, member_name: str, organisation: str,
                     params: kdf.KdfParams) -> tuple[bytes, bytes]:
        """Build the vault under a temporary name and move it into place only once complete."""
        if not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True)
        building = path.with_name(f".{path.name}.creating-{os.getpid()}")
        # Only the owner may read the file (SQLite gives its -wal and -shm the same mode).
        os.close(os.open(building, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        db = Database(VaultLocation(path=building), create=True)
        try:
            db.upgrade()
            created = Vault._initialise(db, passphrase, member_name, organisation, params)
            db.close()  # the last connection checkpoints and removes the WAL
            if path.exists():
                raise VaultExistsError(f"There is already a vault at {path}.")
            os.replace(building, path)
        except BaseException:
            db.close()
            with contextlib.suppress(OSError):
                remove_vault_files(building)
            raise
        with contextlib.suppress(OSError):
            building.with_name(building.name + ".lock").unlink()
        return created

    @staticmethod
    def _initialise(db: Database, passphrase: str, member_name: str, organisation: str,
                    params: kdf.KdfParams) -> tuple[bytes, bytes]:
        """Write a new vault's header, first member, slots and first audit entry.

        Returns the recovery key and the member's master key (so creation need not derive it again).
        """
        vault_id, member_id = uuid.uuid4(), uuid.uuid4()
        secrets = identity.MemberSecrets.generate()
        master_key, vault_key, recovery = new_key(), new_key(), recovery_key.generate()
        context = _slot_context(member_id)
        keys = Keyring(vault_id, member_id, secrets, vault_key)
        member = Member(
            id=member_id,
            row_version=1,
            x25519_public=secrets.x25519_public,
            ed25519_public=secrets.ed25519_public,
            sealed_secrets=FieldCipher(master_key, vault_id).seal(
                secrets.to_bytes(), "members", "sealed_secrets", member_id, 1),
            vault_key_wrap=key_wrap.wrap_for_public_key(
                vault_key, secrets.encryption_key.public_key(),
                key_wrap.wrap_context(vault_id, "vault", vault_id, member_id)),
            profile=keys.vault_cipher.seal_json(
                {"name": member_name, "organisation": organisation}, "members", "profile", member_id, 1),
        )
        slots = [
            KeySlot(id=uuid.uuid4(), member_id=member_id, kind="passphrase", row_version=1,
                    blob=key_slots.create_passphrase_slot(master_key, passphrase, context, params)),
            KeySlot(id=uuid.uuid4(), member_id=member_id, kind="recovery", row_version=1,
                    blob=key_slots.create_recovery_slot(master_key, recovery, context)),
        ]
        with db.session() as session, session.begin():
            session.add(member)
            session.flush()
            session.add_all(slots)
            counter = Counter(name="case_reference", value=0)
            session.add(counter)
            tx = Transaction(session, keys, 0, audit.GENESIS_HASH)
            tx.audit("vault.created", None, [rows.ref("members", member), *(rows.ref("key_slots", s) for s in slots),
                                             rows.ref("counters", counter)],
                     {"format_version": FORMAT_VERSION})
            tx.flush_audit()
            digest = members_digest([(member_id, member.x25519_public, member.ed25519_public)])
            session.add(VaultHeader(
                id=1, format_version=FORMAT_VERSION, vault_id=vault_id, audit_seq=tx.head_seq,
                audit_hash=tx.head_hash,
                mac=header_mac(keys.header_mac_key, FORMAT_VERSION, vault_id, tx.head_seq, tx.head_hash, digest),
            ))
        return recovery, master_key

    @classmethod
    def open(cls, location: VaultLocation | str | Path | None, read_only: bool = False) -> Vault:
        """Open a vault (still locked). A second writer process gets :class:`VaultInUseError`."""
        if not isinstance(location, VaultLocation):
            location = VaultLocation.parse(location)
        db = Database(location, read_only=read_only)
        try:
            db.check_schema()
            with translate_errors(location), db.session() as session:
                header = session.get(VaultHeader, 1)
            if header is None:
                raise NotAVaultError(f"{location} is not a Hospital Mediation vault (its header is missing).")
            if header.format_version > FORMAT_VERSION:
                raise VaultVersionError(
                    f"The vault {location} uses format {header.format_version}; this version of Hospital "
                    f"Mediation reads formats up to {FORMAT_VERSION}. Install the latest version to open it."
                )
            if header.format_version < 1:
                raise VaultCorruptError(f"The vault {location} has an invalid format version.")
            return cls(db, header)
        except BaseException:
            db.close()
            raise

    def close(self) -> None:
        self.lock()
        self._db.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def location(self) -> VaultLocation:
        return self._db.location

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    @property
    def database(self) -> Database:
        return self._db

    # --- unlocking --------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._keys is not None

    @property
    def keys(self) -> Keyring:
        if self._keys is None:
            raise VaultLockedError()
        return self._keys

    @property
    def case_keys(self) -> CaseKeys:
        if self._case_keys is None:
            raise VaultLockedError()
        return self._case_keys

    @property
    def member_id(self) -> uuid.UUID:
        return self.keys.member_id

    def _member(self, session: Session, member_id: uuid.UUID | None) -> Member:
        members = list(session.scalars(select(Member)))
        if member_id is not None:
            for member in members:
                if member.id == member_id:
                    return member
            raise UserError(f"No member {member_id} in this vault.")
        if len(members) != 1:
            raise UserError("This vault has several members: say which one you are (--member ID).")
        return members[0]

    def _slot(self, session: Session, member_id: uuid.UUID, kind: str) -> KeySlot:
        slot = session.scalars(select(KeySlot).where(KeySlot.member_id == member_id, KeySlot.kind == kind)).first()
        if slot is None:
            raise VaultCorruptError(f"The member's {kind} key slot is missing.")
        return slot

    def unlock(self, passphrase: str, member_id: uuid.UUID | None = None) -> None:
        """Derive the key (slow, about 1 s) and check the header and the audit head.

        Case keys are opened on first use (see :mod:`hospital_mediation.store.case_keys`)."""
        with translate_errors(self.location), self._db.session() as session:
            member = self._member(session, member_id)
            blob = self._slot(session, member.id, "passphrase").blob
        master_key = key_slots.open_passphrase_slot(blob, passphrase, _slot_context(member.id))
        self._finish_unlock(member, master_key)

    def unlock_with_recovery_key(self, key: bytes, member_id: uuid.UUID | None = None) -> None:
        with translate_errors(self.location), self._db.session() as session:
            member = self._member(session, member_id)
            blob = self._slot(session, member.id, "recovery").blob
        master_key = key_slots.open_recovery_slot(blob, key, _slot_context(member.id))
        self._finish_unlock(member, master_key)

    def _finish_unlock(self, member: Member, master_key: bytes) -> None:
        secrets = identity.MemberSecrets.from_bytes(
            FieldCipher(master_key, self.vault_id).open(
                member.sealed_secrets, "members", "sealed_secrets", member.id, member.row_version))
        if secrets.x25519_public != member.x25519_public or secrets.ed25519_public != member.ed25519_public:
            raise VaultCorruptError("The member's public keys do not match their private keys.")
        vault_key = key_wrap.unwrap_with_private_key(
            member.vault_key_wrap, secrets.encryption_key,
            key_wrap.wrap_context(self.vault_id, "vault", self.vault_id, member.id))
        keys = Keyring(self.vault_id, member.id, secrets, vault_key)
        with translate_errors(self.location), self._db.session(snapshot=True) as session, session.begin():
            header = self._check_header(session, keys)
            self._known_head = (header.audit_seq, header.audit_hash)
            keys.member_keys = {member_id: Ed25519PublicKey.from_public_bytes(public) for member_id, public
                                in session.execute(select(Member.id, Member.ed25519_public))}
        self._keys = keys
        self._case_keys = CaseKeys(self, keys)

    def _check_header(self, session: Session, keys: Keyring, for_update: bool = False) -> VaultHeader:
        """The header authenticates (MAC over format, vault, audit head and members) and the audit
        log ends where it says. ``for_update`` locks the header row until the end of the
        transaction: on PostgreSQL, writers append to the audit log one after the other."""
        query = select(VaultHeader).where(VaultHeader.id == 1)
        header = session.execute(query.with_for_update() if for_update else query).scalar_one_or_none()
        if header is None:
            raise VaultCorruptError("The vault header is missing.")
        expected = header_mac(keys.header_mac_key, header.format_version, header.vault_id, header.audit_seq,
                              header.audit_hash, _stored_members_digest(session))
        if not hmac.compare_digest(expected, header.mac) or header.vault_id != self.vault_id:
            raise VaultCorruptError(
                "The vault header failed authentication: the file was altered, or members or the "
                "audit head were changed outside the application.")
        last = session.execute(
            select(AuditEntryRow.seq, AuditEntryRow.entry_hash).order_by(AuditEntryRow.seq.desc()).limit(1)
        ).first()
        audit.check_head(header.audit_seq, header.audit_hash, *(last if last else (0, audit.GENESIS_HASH)))
        return header

    def _check_before_write(self, session: Session, keys: Keyring) -> VaultHeader:
        """Before appending: the header still authenticates, and the log only grew since we last saw
        it, by entries of members. Without this a write would re-seal whatever someone changed."""
        header = self._check_header(session, keys, for_update=True)
        known_seq, known_hash = self._known_head
        if header.audit_seq < known_seq:
            raise AuditIntegrityError(
                f"The audit log was rolled back to entry {header.audit_seq} after this vault was unlocked "
                f"at entry {known_seq}: the vault was replaced or altered. Nothing was written.", header.audit_seq)
        if header.audit_seq == known_seq and header.audit_hash != known_hash:
            raise AuditIntegrityError("The audit log was rewritten after this vault was unlocked. Nothing was "
                                      "written.", known_seq)
        if header.audit_seq > known_seq:  # another member wrote meanwhile (a shared PostgreSQL vault)
            self.audit.verify_since(session, known_seq, known_hash)
        return header

    def lock(self) -> None:
        """Forget every key; repositories refuse to work until the next unlock."""
        if self._keys is not None:
            self._keys.clear()
            self._keys = None
            self._case_keys = None

    # --- passphrase and recovery -------------------------------------------------------

    def change_passphrase(self, current: str, new: str, params: kdf.KdfParams | None = None) -> None:
        """Rewrap the master key under a new passphrase: one slot, one transaction."""
        check_passphrase(new)
        keys = self.keys
        with translate_errors(self.location), self._db.session() as session:
            slot = self._slot(session, keys.member_id, "passphrase")
        context = _slot_context(keys.member_id)
        master_key = key_slots.open_passphrase_slot(slot.blob, current, context)
        self._replace_passphrase_slot(slot, master_key, new, params, "member.passphrase_changed")

    def reset_passphrase_with_recovery_key(self, key: bytes, new: str, params: kdf.KdfParams | None = None,
                                           member_id: uuid.UUID | None = None) -> None:
        """Lost passphrase: open the recovery slot, set a new passphrase, and unlock."""
        check_passphrase(new)
        with translate_errors(self.location), self._db.session() as session:
            member = self._member(session, member_id or (None if self._keys is None else self._keys.member_id))
            recovery_blob = self._slot(session, member.id, "recovery").blob
            slot = self._slot(session, member.id, "passphrase")
        master_key = key_slots.open_recovery_slot(recovery_blob, key, _slot_context(member.id))
        if self._keys is None:
            self._finish_unlock(member, master_key)
        self._replace_passphrase_slot(slot, master_key, new, params, "member.passphrase_reset_with_recovery_key")

    def replace_recovery_key(self, passphrase: str) -> bytes:
        """A new recovery key (to show once); the old one stops opening the vault."""
        keys = self.keys
        with translate_errors(self.location), self._db.session() as session:
            passphrase_slot = self._slot(session, keys.member_id, "passphrase")
            slot = self._slot(session, keys.member_id, "recovery")
        context = _slot_context(keys.member_id)
        master_key = key_slots.open_passphrase_slot(passphrase_slot.blob, passphrase, context)
        recovery = recovery_key.generate()
        blob = key_slots.create_recovery_slot(master_key, recovery, context)
        self._rewrite_slot(slot, blob, "member.recovery_key_replaced", {})
        return recovery

    def _replace_passphrase_slot(self, slot: KeySlot, master_key: bytes, new: str,
                                 params: kdf.KdfParams | None, action: str) -> None:
        params = params or kdf.calibrate()
        blob = key_slots.create_passphrase_slot(master_key, new, _slot_context(slot.member_id),
                                                params)
        self._rewrite_slot(slot, blob, action,
                           {"kdf_memory_kib": params.memory_kib, "kdf_iterations": params.iterations})

    def _rewrite_slot(self, slot: KeySlot, blob: bytes, action: str, details: dict[str, Any]) -> None:
        """Replace one slot in one audited transaction; nothing else is re-encrypted."""
        with self.transaction() as tx:
            current = tx.session.execute(select(KeySlot.__table__).where(KeySlot.id == slot.id)).mappings().first()
            if current is not None and current["row_version"] == slot.row_version:
                rows.check_unchanged(tx, "key_slots", current)
            version = slot.row_version + 1
            result = tx.session.execute(
                update(KeySlot).where(KeySlot.id == slot.id, KeySlot.row_version == slot.row_version)
                .values(blob=blob, row_version=version))
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise ConcurrentEditError("key slot", slot.id)
            tx.audit(action, None, [rows.ref("key_slots", {"id": slot.id, "row_version": version, "kind": slot.kind,
                                                "blob": blob})], details)

    # --- reading and writing -------------------------------------------------------------

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session with one consistent snapshot; inside a transaction, the transaction's own
        session, so a change sees what it wrote earlier."""
        self.keys  # noqa: B018 - raises VaultLockedError when locked
        current: Transaction | None = getattr(self._local, "tx", None)
        if current is not None:
            yield current.session
            return
        with translate_errors(self.location), self._db.session(snapshot=True) as session, session.begin():
            yield session

    @staticmethod
    def _nested(tx: Transaction) -> Iterator[Transaction]:
        """A transaction inside another: a savepoint, so a failed part undoes only itself."""
        pending, head, new_cases = len(tx._pending), (tx.head_seq, tx.head_hash), len(tx.new_case_ids)
        with tx.session.begin_nested():
            try:
                yield tx
            except BaseException:
                del tx._pending[pending:]
                tx.head_seq, tx.head_hash = head
                for case_id in tx.new_case_ids[new_cases:]:
                    tx.keys.forget_case(case_id)
                del tx.new_case_ids[new_cases:]
                raise

    @contextlib.contextmanager
    def raw_write(self) -> Iterator[Session]:
        """A write outside the audit log: only for a member's private drafts (see store/drafts.py)."""
        if self.read_only:
            raise ReadOnlyVaultError()
        with self._write_lock, translate_errors(self.location), self._write_session() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def _write_session(self) -> Iterator[Session]:
        """A session on its own connection whose transactions take SQLite's write lock at once."""
        connection = self._db.engine.connect().execution_options(hm_write=True)
        try:
            with Session(bind=connection, expire_on_commit=False) as session:
                yield session
        finally:
            connection.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """A write: everything in it, audit entries and new header included, commits or nothing does.

        A transaction opened inside another one (same thread) joins it, so several repository
        calls can be made one atomic change.
        """
        if self.read_only:
            raise ReadOnlyVaultError()
        keys = self.keys
        current: Transaction | None = getattr(self._local, "tx", None)
        if current is not None:
            yield from self._nested(current)
            return
        with self._write_lock, translate_errors(self.location), self._write_session() as session:
            tx: Transaction | None = None
            try:
                with session.begin():
                    header = self._check_before_write(session, keys)
                    tx = Transaction(session, keys, header.audit_seq, header.audit_hash)
                    self._local.tx = tx
                    try:
                        yield tx
                    finally:
                        self._local.tx = None
                    tx.flush_audit()
                    if tx.head_seq != header.audit_seq:
                        mac = header_mac(keys.header_mac_key, header.format_version, header.vault_id,
                                         tx.head_seq, tx.head_hash, _stored_members_digest(session))
                        session.execute(update(VaultHeader).where(VaultHeader.id == 1).values(
                            audit_seq=tx.head_seq, audit_hash=tx.head_hash, mac=mac))
            except BaseException:
                for case_id in tx.new_case_ids if tx is not None else ():
                    keys.forget_case(case_id)  # keys of cases that were never committed
                raise
            self._known_head = (tx.head_seq, tx.head_hash)
        self._db.after_commit()

    def next_references(self, tx: Transaction, count: int) -> list[int]:
        """Reserve ``count`` case numbers (atomic on both databases), from an untampered counter."""
        session = tx.session
        current = session.execute(select(Counter.__table__).where(Counter.name == "case_reference")).mappings().one()
        rows.check_unchanged(tx, "counters", current)
        value = session.execute(
            update(Counter).where(Counter.name == "case_reference").values(value=Counter.value + count)
            .returning(Counter.value)).scalar_one()
        return list(range(value - count + 1, value + 1))

    # --- information ----------------------------------------------------------------------

    def info(self) -> VaultInfo:
        """What can be said without unlocking: no names, no counts by category."""
        with translate_errors(self.location), self._db.session() as session:
            members = []
            for member in session.scalars(select(Member)):
                slot = session.scalars(select(KeySlot).where(KeySlot.member_id == member.id,
                                                             KeySlot.kind == "passphrase")).first()
                params = None
                if slot is not None:
                    with contextlib.suppress(Exception):
                        params = key_slots.parse_slot(slot.blob).params
                try:
                    recipient = identity.age_recipient_string(X25519PublicKey.from_public_bytes(member.x25519_public))
                except ValueError:
                    recipient = "(damaged)"
                members.append(MemberInfo(
                    member.id, identity.fingerprint(member.x25519_public, member.ed25519_public), recipient, params))
            cases = session.scalar(select(func.count()).select_from(CaseRow)) or 0
            entries = session.scalar(select(func.count()).select_from(AuditEntryRow)) or 0
        path = self.location.path
        return VaultInfo(str(self.location), self.vault_id, self.format_version, members, cases, entries,
                         path.stat().st_size if path is not None and path.exists() else None)
