"""Strict conversion between domain dataclasses and JSON values.

One codec for what we store (inside encrypted columns) and for what we import from
outside (``case add --json``), so an imported value passes the same checks as a stored
one. Decoding refuses unknown keys, wrong types, out-of-range dates, oversized text and
lists, and says where: ``report.facts.occurred_on: expected a date (YYYY-MM-DD)``.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import types
import typing
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from enum import Enum
from functools import cache
from typing import Any, TypeVar
from uuid import UUID

from hospital_mediation.errors import ValidationError

T = TypeVar("T")

MAX_TEXT_LENGTH = 1_000_000
MAX_LIST_LENGTH = 10_000
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32

Decoder = Callable[[Any, str], Any]


def encode(value: Any) -> Any:
    """A JSON-ready copy of ``value`` (dataclasses, enums, dates, UUIDs, lists).

    Refuses what :func:`decode` would refuse (NUL characters, over-long text, dates out of
    range, times without UTC offset), so nothing is ever stored that could not be read back.
    """
    kind = type(value)
    encoder = _ENCODERS.get(kind)
    if encoder is None:
        encoder = _ENCODERS[kind] = _encoder_for(kind)
    return encoder(value)


def _encode_str(value: str) -> str:
    if "\x00" in value or len(value) > MAX_TEXT_LENGTH:
        raise ValidationError("", "text contains a NUL character or is too long")
    return value


def _encode_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValidationError("", "a date and time has no UTC offset")
    _check_year(value, "")
    return value.isoformat()


def _encode_date(value: date) -> str:
    _check_year(value, "")
    return value.isoformat()


def _same(value: Any) -> Any:
    return value


def _encoder_for(kind: type) -> Callable[[Any], Any]:
    """One encoder per type, built once: the encoding of 10 000 cases must not re-inspect types."""
    if dataclasses.is_dataclass(kind):
        names = tuple(f.name for f in _fields(kind))
        return lambda value: {name: encode(getattr(value, name)) for name in names}
    if issubclass(kind, Enum):
        return lambda value: value.value
    if issubclass(kind, str):
        return _encode_str
    if issubclass(kind, datetime):
        return _encode_datetime
    if issubclass(kind, date):
        return _encode_date
    if issubclass(kind, time | UUID):
        return lambda value: value.isoformat() if isinstance(value, time) else str(value)
    if issubclass(kind, list | tuple):
        return lambda value: [encode(item) for item in value]
    return _same


_ENCODERS: dict[type, Callable[[Any], Any]] = {}


def decode(cls: type[T], data: Any, path: str = "") -> T:
    """Build a ``cls`` from JSON data; raises :class:`ValidationError` naming the field."""
    result: T = _decoder_for(cls)(data, path)  # type: ignore[arg-type]
    return result


def loads_document(raw: bytes, what: str) -> Any:
    """Parse outside JSON: size cap, UTF-8, no duplicate keys, no NaN, bounded nesting."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise ValidationError(what, f"larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MiB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(what, f"not UTF-8 text (byte {exc.start})") from None
    if _nesting_depth(text) > MAX_DEPTH:
        raise ValidationError(what, f"nested more than {MAX_DEPTH} levels deep")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant,
                          parse_int=_parse_int, parse_float=_parse_float)
    except json.JSONDecodeError as exc:
        raise ValidationError(what, f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from None
    except ValidationError as exc:  # from the hooks, which do not know the document's name
        raise ValidationError(what, exc.args[0]) from None


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > 20:
        raise ValidationError("", "a number is too long")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if len(text) > 40 or not math.isfinite(value):
        raise ValidationError("", f"the number {text[:20]} is out of range")
    return value


def _nesting_depth(text: str) -> int:
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValidationError("", f"the key '{key[:40]}' appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> None:
    raise ValidationError("", f"{name} is not allowed")


@cache
def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _type_name(data: Any) -> str:
    return "null" if data is None else type(data).__name__


@cache
def _decoder_for(tp: Any) -> Decoder:  # noqa: C901 - one branch per supported type
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union {tp}")
        inner = _decoder_for(args[0])
        return lambda data, path: None if data is None else inner(data, path)
    if origin is list:
        (item_type,) = typing.get_args(tp)
        item = _decoder_for(item_type)

        def decode_list(data: Any, path: str) -> list[Any]:
            if not isinstance(data, list):
                raise ValidationError(path, f"expected a list, got {_type_name(data)}")
            if len(data) > MAX_LIST_LENGTH:
                raise ValidationError(path, f"more than {MAX_LIST_LENGTH} items")
            return [item(v, f"{path}[{i}]") for i, v in enumerate(data)]

        return decode_list
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum_decoder(tp)
    simple = _SIMPLE.get(tp)
    if simple is None:
        raise TypeError(f"unsupported type {tp}")
    return simple


def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    plan = [(f.name, f, hints[f.name]) for f in _fields(cls) if f.init]
    names = {name for name, _, _ in plan}

    def decode_dataclass(data: Any, path: str) -> Any:
        if not isinstance(data, dict):
            raise ValidationError(path, f"expected an object, got {_type_name(data)}")
        unknown = [k for k in data if k not in names]
        if unknown:
            raise ValidationError(_join(path, str(unknown[0])[:60]), "unknown field")
        kwargs = {}
        for name, field, tp in plan:
            if name in data:
                kwargs[name] = _decoder_for(tp)(data[name], _join(path, name))
            elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
                raise ValidationError(_join(path, name), "missing")
        return cls(**kwargs)

    return decode_dataclass


def _enum_decoder(cls: type[Enum]) -> Decoder:
    allowed = ", ".join(str(m.value) for m in cls)

    numbered = issubclass(cls, int)

    def decode_enum(data: Any, path: str) -> Enum:
        if isinstance(data, bool):
            raise ValidationError(path, f"expected one of {allowed}")
        try:
            if numbered and not isinstance(data, int):
                raise ValueError(data)
            return cls(data)
        except (ValueError, TypeError):
            shown = str(data)[:40]
            raise ValidationError(path, f"unknown value '{shown}' (expected one of {allowed})") from None

    return decode_enum


def _decode_str(data: Any, path: str) -> str:
    if not isinstance(data, str):
        raise ValidationError(path, f"expected text, got {_type_name(data)}")
    if len(data) > MAX_TEXT_LENGTH:
        raise ValidationError(path, f"text longer than {MAX_TEXT_LENGTH} characters")
    if "\x00" in data:
        raise ValidationError(path, "text contains a NUL character")
    try:
        data.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(path, "text contains an invalid character (an unpaired surrogate)") from None
    return data


def _decode_int(data: Any, path: str) -> int:
    if isinstance(data, bool) or not isinstance(data, int):
        raise ValidationError(path, f"expected a whole number, got {_type_name(data)}")
    if not -(2**53) <= data <= 2**53:
        raise ValidationError(path, "number out of range")
    return data


def _decode_bool(data: Any, path: str) -> bool:
    if not isinstance(data, bool):
        raise ValidationError(path, f"expected true or false, got {_type_name(data)}")
    return data


def _check_year(value: date, path: str) -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValidationError(path, f"year {value.year} is out of range")


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _decode_date(data: Any, path: str) -> date:
    if not isinstance(data, str) or not _ISO_DATE.fullmatch(data):
        raise ValidationError(path, "expected a date (YYYY-MM-DD)")
    try:
        value = date.fromisoformat(data)
    except ValueError:
        raise ValidationError(path, "expected a date (YYYY-MM-DD)") from None
    _check_year(value, path)
    return value


def _decode_datetime(data: Any, path: str) -> datetime:
    if not isinstance(data, str) or len(data) > 40:
        raise ValidationError(path, "expected a date and time with its UTC offset")
    try:
        value = datetime.fromisoformat(data)
    except ValueError:
        raise ValidationError(path, "expected a date and time with its UTC offset") from None
    if value.tzinfo is None:
        raise ValidationError(path, "the date and time has no UTC offset")
    _check_year(value, path)
    return value.astimezone(UTC)


def _decode_time(data: Any, path: str) -> time:
    if not isinstance(data, str) or len(data) > 15:
        raise ValidationError(path, "expected a time (HH:MM)")
    try:
        value = time.fromisoformat(data)
    except ValueError:
        raise ValidationError(path, "expected a time (HH:MM)") from None
    if value.tzinfo is not None:
        raise ValidationError(path, "a time of day takes no UTC offset")
    return value


def _decode_uuid(data: Any, path: str) -> UUID:
    if not isinstance(data, str) or len(data) > 40:
        raise ValidationError(path, "expected an identifier")
    try:
        return UUID(data)
    except ValueError:
        raise ValidationError(path, "expected an identifier") from None


_SIMPLE: dict[Any, Decoder] = {
    str: _decode_str,
    int: _decode_int,
    bool: _decode_bool,
    date: _decode_date,
    datetime: _decode_datetime,
    time: _decode_time,
    UUID: _decode_uuid,
}
