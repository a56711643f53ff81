"""The recovery key as written down: 13 checked groups, forgiving reading, precise errors."""

from __future__ import annotations

import os
import re
from collections.abc import Callable

import pytest

from hospital_mediation.crypto import recovery_key
from hospital_mediation.crypto.recovery_key import ALPHABET, GROUPS, format_recovery_key, parse_recovery_key
from hospital_mediation.errors import RecoveryKeyFormatError, UserError

FIXED_KEYS = [bytes(32), b"\xff" * 32, bytes(range(32)), bytes(range(255, 223, -1))]


def _groups(text: str) -> list[str]:
    return text.split("-")


@pytest.fixture
def key() -> bytes:
    return recovery_key.generate()


def test_generate_gives_256_random_bits() -> None:
    keys = {recovery_key.generate() for _ in range(50)}
    assert len(keys) == 50
    assert all(len(k) == 32 for k in keys)


def test_format_is_13_groups_of_five_alphabet_characters(key: bytes) -> None:
    text = format_recovery_key(key)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){12}", text), text
    assert len(_groups(text)) == GROUPS == 13


@pytest.mark.parametrize("fixed", FIXED_KEYS, ids=["zeros", "ones", "ascending", "descending"])
def test_round_trip_of_fixed_keys(fixed: bytes) -> None:
    assert parse_recovery_key(format_recovery_key(fixed)) == fixed


def test_round_trip_of_many_random_keys() -> None:
    for _ in range(500):
        key = os.urandom(32)
        assert parse_recovery_key(format_recovery_key(key)) == key


def test_all_zero_key_is_written_with_check_characters() -> None:
    # Position is part of each check character, so equal data groups are written differently.
    groups = _groups(format_recovery_key(bytes(32)))
    assert all(g.startswith("0000") for g in groups)
    assert len({g[4] for g in groups}) == GROUPS


def test_format_refuses_keys_of_the_wrong_length() -> None:
    with pytest.raises(ValueError, match="256-bit"):
        format_recovery_key(b"\0" * 31)


@pytest.mark.parametrize(
    "rewrite",
    [
        pytest.param(str.lower, id="lowercase"),
        pytest.param(lambda t: t.replace("-", " "), id="spaces"),
        pytest.param(lambda t: t.replace("-", ""), id="no-dashes"),
        pytest.param(lambda t: "  " + t.replace("-", "\t").lower() + "\r\n", id="tabs-and-newline"),
        pytest.param(lambda t: " - ".join(_groups(t)), id="spaced-dashes"),
        pytest.param(lambda t: t.replace("-", "")[:30] + "\n" + t.replace("-", "")[30:], id="two-lines"),
        pytest.param(lambda t: t.replace("0", "O"), id="letter-O"),
        pytest.param(lambda t: t.replace("0", "o"), id="lowercase-o"),
        pytest.param(lambda t: t.replace("1", "I"), id="letter-I"),
        pytest.param(lambda t: t.replace("1", "L"), id="letter-L"),
        pytest.param(lambda t: t.replace("1", "l").lower(), id="lowercase-l"),
    ],
)
def test_reading_is_forgiving(rewrite: Callable[[str], str]) -> None:
    # Keys whose text holds both 0 and 1, so every rewrite changes something.
    for fixed in [bytes(range(32)), *(os.urandom(32) for _ in range(20))]:
        text = format_recovery_key(fixed)
        assert parse_recovery_key(rewrite(text)) == fixed


def test_every_single_substitution_names_its_group() -> None:
    for key in (os.urandom(32), bytes(32), b"\xff" * 32):
        groups = _groups(format_recovery_key(key))
        missed = []
        for g in range(GROUPS):
            for position in range(5):
                for replacement in ALPHABET:
                    if replacement == groups[g][position]:
                        continue
                    changed = list(groups)
                    changed[g] = groups[g][:position] + replacement + groups[g][position + 1 :]
                    try:
                        parse_recovery_key("-".join(changed))
                    except RecoveryKeyFormatError as exc:
                        if exc.group != g + 1 or f"Group {g + 1} " not in str(exc):
                            missed.append((g + 1, position, replacement, exc.group, str(exc)))
                    else:
                        missed.append((g + 1, position, replacement, None, "accepted"))
        assert missed == []


def test_mistyped_group_message() -> None:
    groups = _groups(format_recovery_key(bytes(range(32))))
    groups[4] = ("1" if groups[4][0] != "1" else "2") + groups[4][1:]
    with pytest.raises(RecoveryKeyFormatError) as caught:
        parse_recovery_key("-".join(groups))
    assert str(caught.value) == "Group 5 of the recovery key looks mistyped."
    assert caught.value.group == 5
    assert isinstance(caught.value, UserError)


def test_swapped_adjacent_groups_are_detected() -> None:
    for key in (os.urandom(32), os.urandom(32), bytes(32)):
        groups = _groups(format_recovery_key(key))
        for g in range(GROUPS - 1):
            swapped = list(groups)
            swapped[g], swapped[g + 1] = swapped[g + 1], swapped[g]
            with pytest.raises(RecoveryKeyFormatError) as caught:
                parse_recovery_key("-".join(swapped))
            assert caught.value.group == g + 1, (g, str(caught.value))


def test_nonzero_padding_in_the_last_group_is_reported() -> None:
    groups = _groups(format_recovery_key(bytes(32)))
    data = groups[-1][:3] + "1"  # the last character carries the 4 padding bits, which must be 0
    groups[-1] = data + recovery_key._check_character(GROUPS, data)
    with pytest.raises(RecoveryKeyFormatError, match="last group of the recovery key looks mistyped") as exc:
        parse_recovery_key("-".join(groups))
    assert exc.value.group == GROUPS


@pytest.mark.parametrize(
    ("change", "count"),
    [
        pytest.param(lambda t: t[:-1], 64, id="one-short"),
        pytest.param(lambda t: t + "0", 66, id="one-more"),
        pytest.param(lambda t: t.rsplit("-", 1)[0], 60, id="missing-group"),
        pytest.param(lambda t: t + "-" + t[:5], 70, id="extra-group"),
        pytest.param(lambda _t: "", 0, id="empty"),
        pytest.param(lambda _t: " - \n", 0, id="only-separators"),
    ],
)
def test_wrong_length_is_explained(key: bytes, change: Callable[[str], str], count: int) -> None:
    with pytest.raises(RecoveryKeyFormatError) as caught:
        parse_recovery_key(change(format_recovery_key(key)))
    assert str(caught.value) == (
        f"The recovery key has {count} characters; it should have 65 (13 groups of 5)."
    )
    assert caught.value.group is None


@pytest.mark.parametrize(
    ("bad", "shown"),
    [
        pytest.param("U", "U", id="U-not-in-crockford"),
        pytest.param("u", "U", id="lowercase-u"),
        pytest.param("*", "*", id="star"),
        pytest.param("_", "_", id="underscore"),
        pytest.param("É", "É", id="accented"),
        pytest.param(".", ".", id="dot"),
    ],
)
def test_foreign_characters_are_named(key: bytes, bad: str, shown: str) -> None:
    text = format_recovery_key(key)
    with pytest.raises(RecoveryKeyFormatError) as caught:
        parse_recovery_key(text[:7] + bad + text[8:])
    assert str(caught.value) == f"The recovery key contains characters that are never used in one: {shown}."
    assert caught.value.group is None


def test_several_foreign_characters_are_each_named_once(key: bytes) -> None:
    text = format_recovery_key(key)
    with pytest.raises(RecoveryKeyFormatError, match=r"never used in one: \* U\.$"):
        parse_recovery_key("U" + text + "*U*")


def test_one_group_is_read_as_the_whole_key_is() -> None:
    assert recovery_key.normalise(" o1il-z ") == "0111Z"
    assert recovery_key.normalise("AB?U") == "AB?U"  # never used in a key: kept, so it still differs
