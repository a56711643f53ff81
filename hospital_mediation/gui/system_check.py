"""Before `make run`: say which system libraries Qt's X11 platform lacks, with the command that
installs them, instead of Qt's terse "could not load the Qt platform plugin" later.

It only warns: the application is started anyway (another platform plugin may do).
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

# The libraries Qt 6's xcb plugin loads that a minimal Debian/Ubuntu desktop may lack, by package.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}


def missing_packages(find: Callable[[str], str | None] = ctypes.util.find_library) -> list[str]:
    return sorted({package for library, package in XCB_LIBRARIES.items() if find(library) is None})


def advice(environ: Mapping[str, str], find: Callable[[str], str | None] = ctypes.util.find_library) -> str:
    """What to tell the user before starting, or "" when nothing seems amiss."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return ""  # the user chose a platform (wayland, offscreen…): not ours to second-guess
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return ("No graphical session was found (neither DISPLAY nor WAYLAND_DISPLAY is set): "
                "start the application from a desktop session, or use the command line "
                "(hospital-mediation --help).")
    if environ.get("WAYLAND_DISPLAY") and not platform:
        return ""  # Qt uses its Wayland plugin there
    missing = missing_packages(find)
    if missing:
        return ("Qt needs system libraries that are not installed; install them with:\n"
                f"    sudo apt install {' '.join(missing)}")
    return ""


def main() -> int:
    text = advice(os.environ)
    if text:
        print(text, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
