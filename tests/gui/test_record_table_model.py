"""The follow-up records model: Qt's model tester, adding and refreshing rows."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt

from hospital_mediation.domain.model import CaseRecord
from hospital_mediation.domain.taxonomy import RecordKind
from hospital_mediation.gui.labels import local_date
from hospital_mediation.gui.models.record_table_model import RECORD_ROLE, RecordColumn, RecordTableModel

CASE = uuid.uuid4()


def record(kind: RecordKind, title: str, text: str = "", on: date | None = None) -> CaseRecord:
    return CaseRecord(uuid.uuid4(), CASE, kind, datetime(2026, 5, 4, 10, 0, tzinfo=UTC), on, title, text)


def test_model_passes_qt_model_tester(qtmodeltester: Any) -> None:
    model = RecordTableModel()
    model.set_records([record(RecordKind.ORIENTATION, "Médecine du travail", on=date(2026, 5, 2)),
                       record(RecordKind.NOTE, "Appel", "x" * 500)])
    qtmodeltester.check(model)
    model.upsert(record(RecordKind.MEASURE, "Changement d'équipe"))
    qtmodeltester.check(model)


def test_rows_and_upsert() -> None:
    orientation = record(RecordKind.ORIENTATION, "Médecine du travail", on=date(2026, 5, 2))
    note = record(RecordKind.NOTE, "Appel", "ligne un\nligne deux " + "x" * 300)
    model = RecordTableModel()
    model.set_records([orientation, note])
    assert model.index(0, RecordColumn.KIND).data() == "Orientation"
    assert model.index(0, RecordColumn.DATE).data() == local_date(date(2026, 5, 2))
    assert model.index(1, RecordColumn.DATE).data() == local_date(note.recorded_at.astimezone().date())
    shown = model.index(1, RecordColumn.TEXT).data()
    assert shown.startswith("ligne un ligne deux") and shown.endswith("…") and len(shown) <= 160
    assert model.index(1, RecordColumn.TEXT).data(Qt.ItemDataRole.ToolTipRole) == note.text
    assert model.upsert(replace(note, title="Appel du cadre", version=2)) == 1
    assert model.rowCount() == 2 and model.index(1, RecordColumn.TITLE).data() == "Appel du cadre"
    assert model.upsert(record(RecordKind.EXCHANGE, "Courriel")) == 2
    assert model.index(2, 0).data(RECORD_ROLE).kind is RecordKind.EXCHANGE
    assert model.row_of(orientation.id) == 0
    model.clear()
    assert model.rowCount() == 0
