"""How long work reports progress in the core: a plain callback, ``progress(done, total)``.

The GUI turns it into a signal and a progress bar; the CLI into percentages on stderr.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
