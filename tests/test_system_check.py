"""The hint `make run` prints before starting the application."""

from __future__ import annotations

from hospital_mediation.gui.system_check import XCB_LIBRARIES, advice, missing_packages


def test_missing_libraries_are_named_with_the_install_command() -> None:
    installed = {name: f"lib{name}.so" for name in XCB_LIBRARIES if name != "xcb-cursor"}
    text = advice({"DISPLAY": ":0"}, installed.get)
    assert text.endswith("sudo apt install libxcb-cursor0")
    assert missing_packages(installed.get) == ["libxcb-cursor0"]


def test_nothing_is_said_when_all_is_there() -> None:
    assert advice({"DISPLAY": ":0"}, lambda name: f"lib{name}.so") == ""


def test_no_graphical_session_is_said() -> None:
    assert "No graphical session" in advice({}, lambda name: None)


def test_a_chosen_platform_or_wayland_is_left_alone() -> None:
    assert advice({"QT_QPA_PLATFORM": "offscreen"}, lambda name: None) == ""
    assert advice({"WAYLAND_DISPLAY": "wayland-0"}, lambda name: None) == ""
