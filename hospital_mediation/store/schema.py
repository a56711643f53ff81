"""The vault schema: one for SQLite and PostgreSQL, changed only through Alembic migrations.

Plaintext columns are ids, row versions, foreign keys, key material and the audit chain's
links. Everything else (dates, statuses, categories, names, text, file names) lives in
``LargeBinary`` columns sealed by :class:`~hospital_mediation.crypto.field_cipher.FieldCipher`.
"""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, ForeignKey, Integer, LargeBinary, MetaData, String, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

FORMAT_VERSION = 1
SETTINGS_ID = uuid.UUID(int=1)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class VaultHeader(Base):
    """One row: what this vault is, and the audit head bound by a MAC under the vault key."""

    __tablename__ = "vault_header"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    format_version: Mapped[int] = mapped_column(Integer)
    vault_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    audit_seq: Mapped[int] = mapped_column(BigInteger)
    audit_hash: Mapped[bytes] = mapped_column(LargeBinary)
    mac: Mapped[bytes] = mapped_column(LargeBinary)


class Member(Base):
    __tablename__ = "members"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    row_version: Mapped[int] = mapped_column(Integer)
    x25519_public: Mapped[bytes] = mapped_column(LargeBinary)
    ed25519_public: Mapped[bytes] = mapped_column(LargeBinary)
    sealed_secrets: Mapped[bytes] = mapped_column(LargeBinary)  # under the member's master key
    vault_key_wrap: Mapped[bytes] = mapped_column(LargeBinary)  # HPKE to x25519_public
    profile: Mapped[bytes] = mapped_column(LargeBinary)  # name, organisation: under the vault key


class KeySlot(Base):
    __tablename__ = "key_slots"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    row_version: Mapped[int] = mapped_column(Integer)
    blob: Mapped[bytes] = mapped_column(LargeBinary)


class Counter(Base):
    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class CaseRow(Base):
    __tablename__ = "cases"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    row_version: Mapped[int] = mapped_column(Integer)
    summary: Mapped[bytes] = mapped_column(LargeBinary)
    report: Mapped[bytes] = mapped_column(LargeBinary)
    workflow: Mapped[bytes] = mapped_column(LargeBinary)


class CaseKeyWrap(Base):
    """A case key wrapped for one member: 'local' (AES-GCM, their local key), or 'hpke' (to their
    X25519 key, by ``sharer_id``, whose Ed25519 ``signature`` proves a member shared it)."""

    __tablename__ = "case_key_wraps"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    method: Mapped[str] = mapped_column(String(8))
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    sharer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class JournalEntryRow(Base):
    __tablename__ = "journal_entries"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    row_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[bytes] = mapped_column(LargeBinary)


class CaseRecordRow(Base):
    __tablename__ = "case_records"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    row_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[bytes] = mapped_column(LargeBinary)


class AttachmentRow(Base):
    __tablename__ = "attachments"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    row_version: Mapped[int] = mapped_column(Integer)
    meta: Mapped[bytes] = mapped_column(LargeBinary)
    file_key_wrap: Mapped[bytes] = mapped_column(LargeBinary)  # under the case key
    segments: Mapped[int] = mapped_column(Integer)


class AttachmentSegment(Base):
    """About 1 MiB of an attachment's ciphertext stream (16 sealed chunks)."""

    __tablename__ = "attachment_segments"
    attachment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SettingsRow(Base):
    """One row (id SETTINGS_ID): the vault settings, sealed under the vault key."""

    __tablename__ = "settings"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    row_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[bytes] = mapped_column(LargeBinary)


class DraftRow(Base):
    """A member's unfiled report, sealed under that member's local key; private, not audited."""

    __tablename__ = "drafts"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    row_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[bytes] = mapped_column(LargeBinary)


class TombstoneRow(Base):
    """What statistics keep of a deleted case (category, level, unit, month, outcome), sealed."""

    __tablename__ = "tombstones"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    row_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEntryRow(Base):
    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary)
    actor_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    # No foreign key: the entries of a deleted (crypto-shredded) case stay in the chain.
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    rows: Mapped[str] = mapped_column(Text)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    entry_hash: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
