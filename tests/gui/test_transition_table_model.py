"""The workflow history model: Qt's model tester, local dates, "you" for this member."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt

from hospital_mediation.domain.model import Transition
from hospital_mediation.domain.workflow import Status
from hospital_mediation.gui.labels import local_date, local_date_time
from hospital_mediation.gui.models.transition_table_model import (
    TRANSITION_ROLE,
    TransitionColumn,
    TransitionTableModel,
)

ME, OTHER = uuid.uuid4(), uuid.uuid4()
HISTORY = [
    Transition(datetime(2026, 3, 2, 9, 30, tzinfo=UTC), Status.DRAFT, None, ME),
    Transition(datetime(2026, 3, 3, 14, 0, tzinfo=UTC), Status.FILED, Status.DRAFT, OTHER),
    Transition(datetime(2026, 4, 1, 8, 0, tzinfo=UTC), Status.CLOSED, Status.FILED, None, "Retrait\nde la plainte",
               on=date(2026, 3, 27)),
]


def test_model_passes_qt_model_tester(qtmodeltester: Any) -> None:
    model = TransitionTableModel()
    model.set_transitions(HISTORY, ME)
    qtmodeltester.check(model)


def test_rows() -> None:
    model = TransitionTableModel()
    model.set_transitions(HISTORY, ME)
    assert model.rowCount() == 3
    assert model.index(0, TransitionColumn.ACTOR).data() == "you"
    assert model.index(1, TransitionColumn.ACTOR).data() == str(OTHER)[:8]
    assert model.index(1, TransitionColumn.ACTOR).data(Qt.ItemDataRole.ToolTipRole) == str(OTHER)
    assert model.index(2, TransitionColumn.ACTOR).data() == ""
    assert (model.index(1, TransitionColumn.FROM).data(), model.index(1, TransitionColumn.TO).data()) == \
        ("Draft", "Filed")
    assert model.index(0, TransitionColumn.FROM).data() == ""
    assert model.index(2, TransitionColumn.REASON).data() == "Retrait"  # the first line; all of it in the tooltip
    assert model.index(2, TransitionColumn.REASON).data(Qt.ItemDataRole.ToolTipRole) == "Retrait\nde la plainte"
    assert model.index(0, TransitionColumn.AT).data() == local_date_time(HISTORY[0].at)  # no day given: the moment
    assert model.index(2, TransitionColumn.AT).data() == local_date(date(2026, 3, 27))  # the day it took effect
    assert local_date_time(HISTORY[2].at) in model.index(2, TransitionColumn.AT).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 0).data(TRANSITION_ROLE) is HISTORY[2]
    model.clear()
    assert model.rowCount() == 0
