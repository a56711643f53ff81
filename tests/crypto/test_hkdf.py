"""HKDF-SHA256 (RFC 5869), used for the recovery slot and the header MAC key."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.hmac import HMAC
from cryptography.hazmat.primitives.kdf.hkdf import HKDF, HKDFExpand

from hospital_mediation.crypto import key_slots

# RFC 5869 appendix A.1, test case 1.
IKM = bytes.fromhex("0b" * 22)
SALT = bytes.fromhex("000102030405060708090a0b0c")
INFO = bytes.fromhex("f0f1f2f3f4f5f6f7f8f9")
LENGTH = 42
PRK = bytes.fromhex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5")
OKM = bytes.fromhex(
    "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
)


def test_hkdf_sha256_matches_rfc_5869_test_case_1() -> None:
    assert HKDF(algorithm=hashes.SHA256(), length=LENGTH, salt=SALT, info=INFO).derive(IKM) == OKM


def test_hkdf_extract_step_gives_the_rfc_prk() -> None:
    mac = HMAC(SALT, hashes.SHA256())
    mac.update(IKM)
    assert mac.finalize() == PRK


def test_hkdf_expand_of_the_rfc_prk_gives_the_rfc_okm() -> None:
    assert HKDFExpand(algorithm=hashes.SHA256(), length=LENGTH, info=INFO).derive(PRK) == OKM


def test_recovery_slot_wrapping_key_is_hkdf_sha256_with_its_label() -> None:
    # The slot format (docs) promises HKDF-SHA256(recovery key, salt, "HM recovery slot v1").
    expected = HKDF(hashes.SHA256(), 32, SALT + b"\0\0\0", b"HM recovery slot v1").derive(IKM + IKM)
    assert key_slots._recovery_wrapping_key(IKM + IKM, SALT + b"\0\0\0") == expected
