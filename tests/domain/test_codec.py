"""The strict JSON codec: round trips, and hostile input refused with the field's path."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from hospital_mediation.domain import codec
from hospital_mediation.domain.model import (
    Case,
    Facts,
    Impact,
    NewCase,
    NewJournalEntry,
    Party,
    Person,
    Report,
    Transition,
    Workflow,
)
from hospital_mediation.domain.taxonomy import (
    Category,
    Channel,
    OnvsLevel,
    Outcome,
    PartyRelation,
    Profession,
    ReporterRole,
    ViolenceOrigin,
)
from hospital_mediation.domain.workflow import Status
from hospital_mediation.errors import UserError, ValidationError

MEMBER = uuid.UUID("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")


def full_report() -> Report:
    """A report with every field set to something other than its default."""
    return Report(
        channel=Channel.MEETING,
        anonymous=True,
        reporter=Person(name="Camille Durand", contact="camille@example.org", profession=Profession.NURSE,
                        unit="Urgences"),
        reporter_role=ReporterRole.WITNESS,
        establishment="CHU de Nulle-Part",
        unit="Réanimation",
        pole="Pôle médecine",
        category=Category.MORAL_HARASSMENT,
        onvs_level=OnvsLevel.THREATS,
        origin=ViolenceOrigin.EXTERNAL,
        facts=Facts(
            occurred_on=date(2026, 3, 2),
            occurred_at=time(14, 30),
            place="Salle de soins",
            description="Remarques humiliantes répétées « devant l'équipe ».\nDeuxième ligne.",
            circumstances="Pendant la relève",
            repeated=True,
            first_occurred_on=date(2025, 12, 1),
        ),
        parties=[
            Party(relation=PartyRelation.PRESUMED_AUTHOR, name="X", role="Cadre", profession=Profession.MANAGER,
                  is_hierarchical_superior=True, consents_to_be_contacted=False),
            Party(relation=PartyRelation.WITNESS, name="", role="Interne", profession=Profession.INTERN,
                  is_hierarchical_superior=False, consents_to_be_contacted=True),
        ],
        impact=Impact(description="Arrêt de travail", sick_leave=True, sick_leave_days=14,
                      work_accident_declared=True, itt_days=0),
        actions_taken="Entretien avec la direction",
        expectations="Changement d'équipe",
        facilitator="Référent harcèlement",
    )


def full_new_case() -> NewCase:
    return NewCase(
        report=full_report(),
        received_on=date(2026, 3, 3),
        journal=[
            NewJournalEntry(text="Premier entretien", event_on=date(2026, 3, 4),
                            attachment_ids=[uuid.uuid4(), uuid.uuid4()], supersedes=uuid.uuid4()),
            NewJournalEntry(text="Appel"),
        ],
        opened_on=date(2026, 3, 3),
    )


def full_case() -> Case:
    at = datetime(2026, 3, 3, 9, 15, 30, 123456, tzinfo=UTC)
    return Case(
        id=uuid.uuid4(),
        version=7,
        reference="2026-0042",
        opened_on=date(2026, 3, 3),
        report=full_report(),
        workflow=Workflow(
            status=Status.CLOSED,
            history=[
                Transition(at=at, to_status=Status.FILED, from_status=Status.DRAFT, actor=MEMBER, reason=""),
                Transition(at=at + timedelta(days=40), to_status=Status.CLOSED, from_status=Status.MEASURES,
                           actor=MEMBER, reason="Mesures prises"),
            ],
            received_on=date(2026, 3, 3),
            acknowledged_on=date(2026, 3, 5),
            feedback_on=date(2026, 5, 1),
            closed_on=date(2026, 5, 2),
            outcome=Outcome.MEASURES_TAKEN,
        ),
    )


def through_json(value: Any) -> Any:
    return codec.loads_document(json.dumps(codec.encode(value)).encode(), "test.json")


# --- round trips ------------------------------------------------------------------------


def test_new_case_round_trip() -> None:
    original = full_new_case()
    assert codec.decode(NewCase, through_json(original)) == original


def test_case_round_trip() -> None:
    original = full_case()
    assert codec.decode(Case, through_json(original)) == original


def test_encoding_is_plain_json() -> None:
    encoded = codec.encode(full_case())
    assert encoded["workflow"]["status"] == "closed"
    assert encoded["report"]["onvs_level"] == 2
    assert encoded["report"]["facts"]["occurred_at"] == "14:30:00"
    assert encoded["workflow"]["history"][0]["at"] == "2026-03-03T09:15:30.123456+00:00"
    assert isinstance(encoded["id"], str)
    assert json.loads(json.dumps(encoded)) == encoded


def test_defaults_fill_missing_optional_fields() -> None:
    assert codec.decode(NewCase, {}) == NewCase()
    assert codec.decode(NewCase, {"report": {"facts": {}}}) == NewCase()


def test_a_choice_not_said_is_null_and_earlier_answers_still_read() -> None:
    for document in ({}, {"channel": None, "reporter_role": None, "origin": None}):
        report = codec.decode(Report, document)
        assert (report.channel, report.reporter_role, report.origin) == (None, None, None)
    assert codec.encode(Report())["channel"] is None
    earlier = codec.decode(Report, {"channel": "written", "reporter_role": "victim", "origin": "internal"})
    assert (earlier.channel, earlier.reporter_role, earlier.origin) == (
        Channel.WRITTEN, ReporterRole.VICTIM, ViolenceOrigin.INTERNAL)


def test_datetimes_with_an_offset_are_stored_in_utc() -> None:
    data = codec.encode(full_case())
    data["workflow"]["history"][0]["at"] = "2026-03-03T11:15:30+02:00"
    decoded = codec.decode(Case, data)
    at = decoded.workflow.history[0].at
    assert at == datetime(2026, 3, 3, 9, 15, 30, tzinfo=UTC)
    assert at.utcoffset() == timedelta(0)


def test_decode_of_a_single_value_uses_the_given_path() -> None:
    assert codec.decode(date, "2026-05-01", "--event-date") == date(2026, 5, 1)
    with pytest.raises(ValidationError) as caught:
        codec.decode(date, "tomorrow", "--event-date")
    assert caught.value.path == "--event-date"
    assert str(caught.value) == "--event-date: expected a date (YYYY-MM-DD)"


# --- hostile values ---------------------------------------------------------------------


def new_case_data() -> dict[str, Any]:
    return copy.deepcopy(codec.encode(full_new_case()))


def case_data() -> dict[str, Any]:
    return copy.deepcopy(codec.encode(full_case()))


def _set(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    target: Any = data
    parts = path.replace("[", ".").replace("]", "").split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    if last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return data


def expect_invalid(cls: type, data: Any, path: str, message: str, root: str = "") -> None:
    with pytest.raises(ValidationError) as caught:
        codec.decode(cls, data, root)
    assert caught.value.path == path, str(caught.value)
    assert message in str(caught.value), str(caught.value)
    if path:
        assert str(caught.value).startswith(f"{path}: ")
    assert isinstance(caught.value, UserError)


HOSTILE_NEW_CASE = [
    pytest.param("report.anonymous", "true", "expected true or false, got str", id="string-for-bool"),
    pytest.param("report.facts.repeated", 1, "expected true or false, got int", id="number-for-bool"),
    pytest.param("report.parties[1].is_hierarchical_superior", "no", "expected true or false", id="nested-bool"),
    pytest.param("report.impact.sick_leave_days", True, "expected a whole number, got bool", id="bool-for-int"),
    pytest.param("report.impact.itt_days", 3.0, "expected a whole number, got float", id="float-for-int"),
    pytest.param("report.impact.itt_days", "3", "expected a whole number, got str", id="string-for-int"),
    pytest.param("report.impact.itt_days", 2**60, "number out of range", id="huge-int"),
    pytest.param("report.unit", 5, "expected text, got int", id="number-for-text"),
    pytest.param("report.facts.description", ["a"], "expected text, got list", id="list-for-text"),
    pytest.param("report.reporter.name", None, "expected text, got null", id="null-for-text"),
    pytest.param("report.parties", {"name": "x"}, "expected a list, got dict", id="object-for-list"),
    pytest.param("journal", "entry", "expected a list, got str", id="string-for-list"),
    pytest.param("report.facts", [], "expected an object, got list", id="list-for-object"),
    pytest.param("report.category", "bullying", "unknown value 'bullying' (expected one of violence,",
                 id="unknown-enum"),
    pytest.param("report.channel", "", "unknown value ''", id="empty-enum"),
    pytest.param("report.channel", True, "expected one of written, oral, meeting", id="bool-for-enum"),
    pytest.param("report.onvs_level", 5, "unknown value '5' (expected one of 1, 2, 3, 4)", id="unknown-level"),
    pytest.param("report.onvs_level", "2", "unknown value '2'", id="string-for-int-enum"),
    pytest.param("report.parties[0].relation", "boss", "unknown value 'boss'", id="enum-in-list"),
    pytest.param("report.facts.occurred_on", "2026-02-30", "expected a date (YYYY-MM-DD)", id="impossible-date"),
    pytest.param("report.facts.occurred_on", "2026-13-01", "expected a date", id="month-13"),
    pytest.param("report.facts.occurred_on", "02/03/2026", "expected a date", id="french-format"),
    pytest.param("report.facts.occurred_on", "2026-03-02T10:00", "expected a date", id="datetime-for-date"),
    pytest.param("report.facts.occurred_on", 20260302, "expected a date", id="number-for-date"),
    pytest.param("report.facts.occurred_on", "1800-01-01", "year 1800 is out of range", id="year-1800"),
    pytest.param("received_on", "9999-12-31", "year 9999 is out of range", id="year-9999"),
    pytest.param("opened_on", "1899-12-31", "year 1899 is out of range", id="year-1899"),
    pytest.param("report.facts.occurred_at", "25:00", "expected a time (HH:MM)", id="impossible-time"),
    pytest.param("report.facts.occurred_at", "14:30+02:00", "a time of day takes no UTC offset",
                 id="time-with-offset"),
    pytest.param("journal[0].attachment_ids[1]", "not-a-uuid", "expected an identifier", id="bad-uuid"),
    pytest.param("journal[0].supersedes", 12, "expected an identifier", id="number-for-uuid"),
    pytest.param("journal[1].text", "a\x00b", "text contains a NUL character", id="nul"),
]


@pytest.mark.parametrize(("path", "value", "message"), HOSTILE_NEW_CASE)
def test_hostile_value_in_a_new_case(path: str, value: Any, message: str) -> None:
    expect_invalid(NewCase, _set(new_case_data(), path, value), path, message)


def test_unknown_key_is_named() -> None:
    data = new_case_data()
    data["report"]["facts"]["weather"] = "rainy"
    expect_invalid(NewCase, data, "report.facts.weather", "unknown field")


def test_unknown_top_level_key_is_named() -> None:
    expect_invalid(NewCase, {"recieved_on": "2026-01-01"}, "recieved_on", "unknown field")


def test_paths_start_at_the_given_root() -> None:
    data = _set(new_case_data(), "report.unit", 5)
    expect_invalid(NewCase, data, "[3].report.unit", "expected text", root="[3]")


def test_missing_required_field_is_named() -> None:
    data = case_data()
    del data["reference"]
    expect_invalid(Case, data, "reference", "missing")
    data = case_data()
    del data["workflow"]["history"][1]["at"]
    expect_invalid(Case, data, "workflow.history[1].at", "missing")


def test_document_that_is_not_an_object() -> None:
    expect_invalid(NewCase, [], "", "expected an object, got list")
    expect_invalid(NewCase, None, "", "expected an object, got null")


def test_datetime_without_utc_offset() -> None:
    data = _set(case_data(), "workflow.history[0].at", "2026-03-03T09:15:30")
    expect_invalid(Case, data, "workflow.history[0].at", "the date and time has no UTC offset")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yesterday", "expected a date and time with its UTC offset"),
        ("2026-02-30T10:00:00+00:00", "expected a date and time with its UTC offset"),
        ("1800-01-01T00:00:00+00:00", "year 1800 is out of range"),
        ("9999-12-31T23:59:59+00:00", "year 9999 is out of range"),
        ("2026-03-03T09:15:30+00:00" + " " * 30, "expected a date and time"),
        (1_700_000_000, "expected a date and time"),
    ],
)
def test_bad_datetimes(value: Any, message: str) -> None:
    expect_invalid(Case, _set(case_data(), "workflow.history[1].at", value), "workflow.history[1].at", message)


def test_unknown_status_in_history() -> None:
    data = _set(case_data(), "workflow.history[0].to_status", "archived")
    expect_invalid(Case, data, "workflow.history[0].to_status", "unknown value 'archived'")


def test_text_over_the_maximum_length() -> None:
    at_limit = "x" * codec.MAX_TEXT_LENGTH
    assert codec.decode(NewCase, _set(new_case_data(), "report.facts.description", at_limit)).report.facts.description \
        == at_limit
    data = _set(new_case_data(), "report.facts.description", at_limit + "x")
    expect_invalid(NewCase, data, "report.facts.description", "text longer than 1000000 characters")


def test_list_over_the_maximum_length() -> None:
    assert len(codec.decode(NewCase, {"report": {"parties": [{}] * codec.MAX_LIST_LENGTH}}).report.parties) == (
        codec.MAX_LIST_LENGTH
    )
    data = {"report": {"parties": [{}] * (codec.MAX_LIST_LENGTH + 1)}}
    expect_invalid(NewCase, data, "report.parties", "more than 10000 items")


def test_unknown_key_name_is_shortened_in_the_path() -> None:
    data = {"k" * 500: 1}
    with pytest.raises(ValidationError) as caught:
        codec.decode(NewCase, data)
    assert caught.value.path == "k" * 60


def test_unpaired_surrogate_in_text_is_refused() -> None:
    # JSON may spell "\ud800"; Python keeps it, but the store cannot encode it as UTF-8 when it
    # seals the value, so it must be refused here with the field's path.
    data = codec.loads_document(b'{"report": {"unit": "\\ud800"}}', "case.json")
    expect_invalid(NewCase, data, "report.unit", "text")


def test_iso_week_date_is_not_a_date() -> None:
    # The documented format is YYYY-MM-DD; "2026-W01-1" also has ten characters.
    expect_invalid(NewCase, {"received_on": "2026-W01-1"}, "received_on", "expected a date (YYYY-MM-DD)")


def test_fractional_number_for_a_numbered_level_is_refused() -> None:
    expect_invalid(NewCase, {"report": {"onvs_level": 2.5}}, "report.onvs_level", "unknown value '2.5'")


def test_float_for_a_numbered_level_is_refused_like_for_whole_numbers() -> None:
    # Whole-number fields refuse 3.0 ("got float"); the ONVS level (an IntEnum) must not take 2.0.
    expect_invalid(NewCase, {"report": {"onvs_level": 2.0}}, "report.onvs_level", "2.0")


# --- loads_document ---------------------------------------------------------------------


def expect_refused(raw: bytes, message: str, what: str = "case.json") -> str:
    with pytest.raises(ValidationError) as caught:
        codec.loads_document(raw, what)
    assert caught.value.path == what, str(caught.value)
    assert message in str(caught.value), str(caught.value)
    assert str(caught.value).startswith(f"{what}: ")
    return str(caught.value)


def test_loads_a_document() -> None:
    assert codec.loads_document(b'{"a": [1, "\xc3\xa9", null, true]}', "case.json") == {"a": [1, "é", None, True]}


def test_utf8_bom_is_accepted() -> None:
    assert codec.loads_document(b'\xef\xbb\xbf{"a": 1}', "case.json") == {"a": 1}


@pytest.mark.parametrize(
    ("raw", "byte"),
    [(b'{"a": "\xff"}', 7), (b"\xe9t\xe9", 0), ('{"a": "é"}'.encode("latin-1"), 7),
     ('{"a": 1}'.encode("utf-16"), 0)],
)
def test_non_utf8_bytes_are_refused(raw: bytes, byte: int) -> None:
    expect_refused(raw, f"not UTF-8 text (byte {byte})")


@pytest.mark.parametrize(
    ("raw", "line", "column"),
    [(b'{"a": 1,}', 1, 9), (b'{\n  "a": 1\n  "b": 2\n}', 3, 3), (b"", 1, 1), (b"{'a': 1}", 1, 2),
     (b'{"a": 1} x', 1, 10)],
)
def test_invalid_json_is_located(raw: bytes, line: int, column: int) -> None:
    expect_refused(raw, f"not valid JSON (line {line}, column {column})")


def test_duplicate_keys_are_refused() -> None:
    expect_refused(b'{"report": {"unit": "A", "unit": "B"}}', "the key 'unit' appears twice in one object")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(constant: str) -> None:
    expect_refused(f'{{"a": {constant}}}'.encode(), f"{constant} is not allowed")


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    at_limit = b"[" * codec.MAX_DEPTH + b"]" * codec.MAX_DEPTH
    codec.loads_document(at_limit, "case.json")
    one_more = b"[" * (codec.MAX_DEPTH + 1) + b"]" * (codec.MAX_DEPTH + 1)
    expect_refused(one_more, f"nested more than {codec.MAX_DEPTH} levels deep")


def test_100000_nested_brackets_do_not_recurse() -> None:
    expect_refused(b"[" * 100_000 + b"]" * 100_000, "nested more than 32 levels deep")
    expect_refused(b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested more than 32 levels deep")
    expect_refused(b"[" * 100_000, "nested more than 32 levels deep")  # unclosed too


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"a": "[" * 100 + '\\"{' * 100})
    assert codec.loads_document(text.encode(), "case.json") == {"a": "[" * 100 + '\\"{' * 100}


def test_document_over_the_size_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codec, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    exactly = b'"' + b"x" * (1024 * 1024 - 2) + b'"'
    assert len(codec.loads_document(exactly, "case.json")) == 1024 * 1024 - 2
    expect_refused(exactly + b" ", "larger than 1 MiB")


def test_production_size_cap_is_64_mib() -> None:
    assert codec.MAX_DOCUMENT_BYTES == 64 * 1024 * 1024


def test_huge_integer_literal_is_refused_as_invalid() -> None:
    # Python refuses to convert integers of more than 4300 digits with a bare ValueError.
    message = expect_refused(b'{"report": {"impact": {"itt_days": ' + b"9" * 5000 + b"}}}", "")
    assert "number" in message or "JSON" in message, message
