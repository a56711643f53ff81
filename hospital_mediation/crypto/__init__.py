"""Cryptography of the vault: key derivation, key slots, wraps, field AEAD, streams.

Only standard constructions from the ``cryptography`` package; see docs/formats/vault.md.
"""
