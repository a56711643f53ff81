"""Synthetic but realistic cases for demonstrations, screenshots and benchmarks.

Everything is invented: units and professions of a French public hospital, plain French
wording, pseudonymous initials. The same seed and anchor date give the same content
(ids, keys and nonces stay random, as in any vault).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, TypeVar

from hospital_mediation.domain.model import Facts, Impact, NewCase, NewJournalEntry, Party, Person, Report
from hospital_mediation.domain.taxonomy import (
    Category,
    Channel,
    OnvsLevel,
    Outcome,
    PartyRelation,
    Profession,
    RecordKind,
    ReporterRole,
    ViolenceOrigin,
)
from hospital_mediation.domain.workflow import Status
from hospital_mediation.progress import Progress

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault

T = TypeVar("T")

UNITS = [
    ("Urgences adultes", "Pôle Urgences-SAMU"),
    ("SAMU - SMUR", "Pôle Urgences-SAMU"),
    ("Réanimation médicale", "Pôle Anesthésie-Réanimation"),
    ("Bloc opératoire central", "Pôle Anesthésie-Réanimation"),
    ("Chirurgie orthopédique", "Pôle Chirurgie"),
    ("Chirurgie digestive", "Pôle Chirurgie"),
    ("Maternité", "Pôle Femme-Enfant"),
    ("Pédiatrie", "Pôle Femme-Enfant"),
    ("Psychiatrie adulte", "Pôle Psychiatrie"),
    ("Gériatrie aiguë", "Pôle Gériatrie"),
    ("EHPAD Les Tilleuls", "Pôle Gériatrie"),
    ("Oncologie", "Pôle Médecine"),
    ("Cardiologie", "Pôle Médecine"),
    ("Médecine interne", "Pôle Médecine"),
    ("Laboratoire de biologie", "Pôle Médico-technique"),
    ("Imagerie médicale", "Pôle Médico-technique"),
    ("Pharmacie à usage intérieur", "Pôle Médico-technique"),
    ("Services techniques", "Pôle Logistique"),
    ("Bureau des admissions", "Direction des finances"),
    ("Direction des ressources humaines", "Direction générale"),
]

PLACES = ["salle de soins", "poste de soins infirmier", "couloir du service", "salle de pause", "vestiaire",
          "bureau du cadre de santé", "salle de transmissions", "parking du personnel", "chambre d'un patient",
          "accueil des urgences", "ascenseur de service", "salle de réunion"]

FIRST_INITIALS = "ABCDEFGHJKLMNPRSTV"

FACTS = {
    Category.MORAL_HARASSMENT: [
        "Depuis plusieurs semaines, mon supérieur me fait des remarques humiliantes devant l'équipe "
        "et me retire des tâches sans explication.",
        "Mes plannings sont modifiés à la dernière minute, à moi seulement, et mes demandes restent "
        "sans réponse. On m'a dit que « je ne tiendrais pas longtemps ».",
        "Une collègue critique mon travail devant les patients et me tient à l'écart des transmissions.",
    ],
    Category.SEXUAL_HARASSMENT: [
        "Un collègue me fait des commentaires répétés sur mon physique et m'envoie des messages "
        "insistants en dehors du service malgré mes refus.",
        "Lors des gardes, un praticien se place très près de moi et fait des allusions sexuelles.",
    ],
    Category.SEXIST_ACT: [
        "Pendant la réunion de service, des blagues sexistes ont visé les infirmières ; "
        "personne n'a réagi.",
        "On m'a dit qu'une femme « n'avait pas sa place » au bloc de nuit.",
    ],
    Category.DISCRIMINATION: [
        "Ma demande de formation a été refusée alors que des collègues moins anciens l'ont obtenue ; "
        "on m'a fait comprendre que c'était lié à mon origine.",
        "Depuis l'annonce de ma grossesse, mes missions ont été réduites sans concertation.",
    ],
    Category.VIOLENCE: [
        "Lors d'un désaccord sur la prise en charge, un collègue m'a bousculé(e) contre le chariot de soins.",
        "Un accompagnant a crié, menacé de « revenir régler ça » et jeté une chaise dans ma direction.",
        "Un patient agité m'a frappé(e) au bras pendant le soin.",
    ],
    Category.WORKPLACE_CONFLICT: [
        "Un désaccord persistant sur l'organisation des week-ends oppose deux équipes et "
        "les échanges sont devenus très tendus.",
        "Conflit avec la cadre au sujet des congés : les échanges par courriel sont devenus agressifs.",
    ],
}

JOURNAL = [
    "Remarque devant l'équipe pendant les transmissions du matin.",
    "Planning modifié sans prévenir ; j'ai demandé des explications par courriel.",
    "Entretien avec la cadre de santé ; j'ai pris des notes juste après.",
    "Message reçu le soir sur mon téléphone personnel ; capture d'écran conservée.",
    "J'ai consulté la médecine du travail.",
    "Un collègue témoin accepte de témoigner.",
    "Nouvel incident en salle de pause.",
    "Arrêt de travail de trois jours prescrit par mon médecin.",
]

EXPECTATIONS = ["Que cela cesse et que l'on m'écoute.", "Une médiation avec la personne concernée.",
                "Changer d'équipe le temps que la situation se règle.", "Que les faits soient reconnus.",
                "Une protection fonctionnelle et un accompagnement."]

ORIENTATIONS = ["Médecine du travail", "Psychologue du travail", "Cellule d'écoute", "Protection fonctionnelle",
                "Enquête administrative", "Assistante sociale du personnel"]

_CATEGORY_WEIGHTS = [(Category.MORAL_HARASSMENT, 28), (Category.WORKPLACE_CONFLICT, 24),
                     (Category.VIOLENCE, 20), (Category.SEXIST_ACT, 10), (Category.SEXUAL_HARASSMENT, 9),
                     (Category.DISCRIMINATION, 9)]

_STATUS_PATHS: list[tuple[list[Status], int]] = [
    ([], 5),
    ([Status.FILED], 12),
    ([Status.FILED, Status.ACKNOWLEDGED], 15),
    ([Status.FILED, Status.ACKNOWLEDGED, Status.UNDER_REVIEW], 18),
    ([Status.FILED, Status.ACKNOWLEDGED, Status.UNDER_REVIEW, Status.ORIENTATION], 10),
    ([Status.FILED, Status.ACKNOWLEDGED, Status.UNDER_REVIEW, Status.MEASURES], 10),
    ([Status.FILED, Status.ACKNOWLEDGED, Status.UNDER_REVIEW, Status.REFERRED_TO_MEDIATION], 5),
    ([Status.FILED, Status.ACKNOWLEDGED, Status.UNDER_REVIEW, Status.MEASURES, Status.CLOSED], 15),
    ([Status.FILED, Status.UNDER_REVIEW, Status.CLOSED], 5),
    ([Status.FILED, Status.CLOSED], 5),
]


@dataclass
class DemoCase:
    case: NewCase
    # After filing: (status, days after receipt, outcome when closing).
    steps: list[tuple[Status, int, Outcome | None]] = field(default_factory=list)
    records: list[tuple[RecordKind, str, int]] = field(default_factory=list)


def _pick(rng: random.Random, weighted: Sequence[tuple[T, int]]) -> T:
    return rng.choices([item for item, _ in weighted], weights=[weight for _, weight in weighted])[0]


def _initials(rng: random.Random) -> str:
    return f"{rng.choice(['M.', 'Mme', 'Dr'])} {rng.choice(FIRST_INITIALS)}."


def demo_case(rng: random.Random, anchor: date, text_padding: int = 0) -> DemoCase:
    """One synthetic case; ``text_padding`` adds circumstances text (for size benchmarks)."""
    category = _pick(rng, _CATEGORY_WEIGHTS)
    unit, pole = rng.choice(UNITS)
    occurred = anchor - timedelta(days=rng.randint(5, 400))
    external = category is Category.VIOLENCE and rng.random() < 0.4
    level = OnvsLevel(rng.choice([1, 1, 1, 2, 2, 3])) if category is Category.VIOLENCE else (
        OnvsLevel.INSULTS if rng.random() < 0.5 else None)
    anonymous = rng.random() < 0.08
    circumstances = rng.choice(["Pendant la relève de nuit.", "En pleine activité, service en tension.",
                                "Après un désaccord sur un planning.", "En présence de patients."])
    if text_padding:
        circumstances += " " + ("Précisions sur le contexte du service et les échanges. " * (text_padding // 55 + 1))[
            :text_padding]
    parties = [Party(relation=PartyRelation.PRESUMED_AUTHOR, name=_initials(rng),
                     role=rng.choice(["cadre de santé", "collègue", "praticien", "accompagnant", "patient"]),
                     profession=rng.choice(list(Profession)), is_hierarchical_superior=rng.random() < 0.4)]
    if rng.random() < 0.5:
        parties.append(Party(relation=PartyRelation.WITNESS, name=_initials(rng), role="collègue",
                             consents_to_be_contacted=rng.random() < 0.7))
    sick = rng.random() < 0.25
    report = Report(
        channel=rng.choice([Channel.WRITTEN, Channel.WRITTEN, Channel.ORAL, Channel.MEETING]),
        anonymous=anonymous,
        reporter=Person() if anonymous else Person(name=_initials(rng), contact="poste " + str(rng.randint(2000, 6999)),
                                                   profession=rng.choice(list(Profession)), unit=unit),
        reporter_role=ReporterRole.WITNESS if rng.random() < 0.2 else ReporterRole.VICTIM,
        establishment="Centre hospitalier de démonstration",
        unit=unit,
        pole=pole,
        category=category,
        onvs_level=level,
        origin=ViolenceOrigin.EXTERNAL if external else ViolenceOrigin.INTERNAL,
        facts=Facts(occurred_on=occurred, occurred_at=time(rng.randint(6, 22), rng.choice([0, 15, 30, 45])),
                    place=rng.choice(PLACES), description=rng.choice(FACTS[category]),
                    circumstances=circumstances, repeated=category in (Category.MORAL_HARASSMENT,
                                                                        Category.SEXUAL_HARASSMENT)),
        parties=parties,
        impact=Impact(description=rng.choice(["Troubles du sommeil, appréhension avant les gardes.",
                                              "Stress important.", ""]),
                      sick_leave=sick, sick_leave_days=rng.randint(2, 30) if sick else None),
        actions_taken=rng.choice(["J'en ai parlé à ma cadre.", "Rien pour l'instant.",
                                  "J'ai contacté un représentant syndical."]),
        expectations=rng.choice(EXPECTATIONS),
        facilitator=rng.choice(["", "", "Syndicat du personnel hospitalier", "Association d'aide aux victimes"]),
    )
    path = list(_pick(rng, _STATUS_PATHS))
    if not anonymous and path[:2] == [Status.FILED, Status.UNDER_REVIEW]:
        path.insert(1, Status.ACKNOWLEDGED)  # only an anonymous report skips the acknowledgement
    received = min(anchor, occurred + timedelta(days=rng.randint(0, 60))) if path else None
    journal = [NewJournalEntry(rng.choice(JOURNAL), event_on=occurred + timedelta(days=rng.randint(0, 30)))
               for _ in range(rng.randint(1, 4))]
    steps: list[tuple[Status, int, Outcome | None]] = []
    day = 0
    for status in path[1:]:
        day += rng.randint(1, 12)
        outcome = rng.choice(list(Outcome)) if status is Status.CLOSED else None
        steps.append((status, day, outcome))
    records = []
    if Status.UNDER_REVIEW in path:
        records.append((RecordKind.ORIENTATION, rng.choice(ORIENTATIONS), day))
    if Status.MEASURES in path:
        records.append((RecordKind.MEASURE, rng.choice(["Changement d'équipe temporaire", "Enquête administrative",
                                                        "Rappel des règles au service"]), day))
    return DemoCase(NewCase(report=report, received_on=received, journal=journal, opened_on=received),
                    steps, records)


def demo_cases(count: int, seed: int, anchor: date, text_padding: int = 0) -> Iterator[DemoCase]:
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    for _ in range(count):
        yield demo_case(rng, anchor, text_padding)


def populate(vault: Vault, count: int, seed: int, anchor: date, progress: Progress | None = None) -> None:
    """Fill an unlocked vault with ``count`` demo cases, moved along the workflow and followed up."""
    demos = list(demo_cases(count, seed, anchor))
    created = vault.cases.create_many((d.case for d in demos), total=len(demos), progress=progress, today=anchor)
    with vault.transaction():
        for demo, case in zip(demos, created, strict=True):
            received = demo.case.received_on or anchor
            for status, days, outcome in demo.steps:
                on = min(anchor, received + timedelta(days=days))
                case = vault.cases.transition(case, status, on=on, outcome=outcome,
                                              at=datetime.combine(on, time(10), UTC))
            for kind, title, days in demo.records:
                vault.records.add(case.id, kind, title=title, on=min(anchor, received + timedelta(days=days)))
