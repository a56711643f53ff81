"""What the report wizard keeps as a draft, and the filing of the report; both run in a worker thread.

``vault.drafts`` keeps ``{"format": 2, "page": <object name of the page>, "report": codec.encode(Report),
"unanswered": [<names of the choice fields left unchosen>]}``. The draft holds what would be filed, so
the draft of an anonymous report never holds the reporter's name.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date
from typing import Any

from hospital_mediation.domain import codec
from hospital_mediation.domain.model import Case, NewCase, Report
from hospital_mediation.domain.taxonomy import Channel, ReporterRole, ViolenceOrigin
from hospital_mediation.errors import ValidationError
from hospital_mediation.store import Vault
from hospital_mediation.store.drafts import Draft

DRAFT_FORMAT = 2
# The report's fields asked as a choice of radio buttons, in the order of the pages.
CHOICE_FIELDS = ("category", "onvs_level", "origin", "reporter_role", "channel")
# What the form ticked in advance when it wrote format-1 drafts: there, such a value does not show a choice.
_FORMAT_1_PRESELECTED: dict[str, Any] = {"category": None, "onvs_level": None, "origin": ViolenceOrigin.INTERNAL,
                                         "reporter_role": ReporterRole.VICTIM, "channel": Channel.WRITTEN}


def save_draft(vault: Vault, report: Report, unanswered: Collection[str], page: str, draft_id: uuid.UUID | None,
               version: int) -> Draft:
    """Seal the wizard's state as a draft (in a worker thread)."""
    content = {"format": DRAFT_FORMAT, "page": page, "report": codec.encode(report),
               "unanswered": [name for name in CHOICE_FIELDS if name in unanswered]}
    return vault.drafts.save(content, draft_id, version)


def read_draft(content: dict[str, Any]) -> tuple[Report, list[str]]:
    """The report a draft holds and its choice fields left unchosen; :class:`ValidationError` if damaged."""
    report = codec.decode(Report, content.get("report"), "report")
    unanswered = content.get("unanswered")
    if unanswered is None:  # format 1
        return report, [name for name, value in _FORMAT_1_PRESELECTED.items() if getattr(report, name) == value]
    if not isinstance(unanswered, list) or any(not isinstance(name, str) or name not in CHOICE_FIELDS
                                               for name in unanswered):
        raise ValidationError("unanswered", f"expected a list of {', '.join(CHOICE_FIELDS)}")
    return report, unanswered


def file_report(vault: Vault, report: Report, draft_id: uuid.UUID | None,
                today: date) -> tuple[Case, BaseException | None]:
    """Create the case, then remove its draft; a draft that cannot be removed does not undo the filing."""
    case = vault.cases.create(NewCase(report=report, received_on=today), today=today)
    if draft_id is not None:
        try:
            vault.drafts.delete(draft_id)
        except Exception as error:  # noqa: BLE001 - reported on the confirmation page
            return case, error
    return case, None
