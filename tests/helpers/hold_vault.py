"""Open a vault for writing and hold it until stdin closes (to test the single-writer lock)."""

from __future__ import annotations

import sys

from hospital_mediation.store import Vault

if __name__ == "__main__":
    with Vault.open(sys.argv[1]):
        print("open", flush=True)
        sys.stdin.read()
