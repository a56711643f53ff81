"""Run the real CLI in a child process with the tests' cheap key derivation.

Usage: python -m tests.helpers.cli <hospital-mediation arguments>
The policy is installed here, in the test tree, never by an option of the application.
"""

from __future__ import annotations

import sys

from hospital_mediation import cli
from hospital_mediation.crypto import kdf
from tests.conftest import FAST_KDF_POLICY

if __name__ == "__main__":
    kdf.set_policy_for_tests(FAST_KDF_POLICY)
    sys.exit(cli.main(sys.argv[1:]))
