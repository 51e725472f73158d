"""What a facilitator sees of a case's follow-up: built purely from the store's rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from flows.core.messages import ArgValue, Ref
from flows.core.questions import Kind
from flows.engine.flow import Flow
from flows.followup.checkin import CHECKIN_FLOW, MORE_FLOW
from flows.followup.evaluation import EVALUATION_FLOW, LASTING_FLOW
from flows.followup.records import (
    ACTIVE,
    ANSWERED,
    AWAITING,
    AnswerSet,
    Item,
    Plan,
    Prefs,
    Prompt,
)
from flows.followup.zones import is_zone, zone_name

FLOWS: dict[str, Flow] = {f.id: f for f in (CHECKIN_FLOW, MORE_FLOW, EVALUATION_FLOW, LASTING_FLOW)}
MAX_SHOWN = 500
SHOWN_ANSWERS = 4
"""The latest answer sets shown; a phone screen, not an archive."""


@dataclass(frozen=True, slots=True)
class PersonLine:
    number: int
    requester: bool
    name: str
    sent: int
    answered: int
    paused: bool
    stopped: bool
    zone: str
    """The zone the scheduler uses for them (set, else their country's, else UTC)."""
    zone_set: bool
    """True when a facilitator set it, False when worked out from the country."""


@dataclass(frozen=True, slots=True)
class FollowupView:
    plan: Plan | None
    people: tuple[PersonLine, ...]
    open_items: tuple[Item, ...]
    answers: tuple[tuple[int, AnswerSet], ...]
    """(person's number, answers), latest last."""
    notes: int
    next_due: datetime | None
    today: date
    """The facilitator's today (UTC), to check an end date they type."""


def build_view(
    *,
    plan: Plan | None,
    requester: str | None,
    people: Sequence[str],
    names: Mapping[str, str],
    prefs: Mapping[str, Prefs],
    countries: Mapping[str, str | None],
    prompts: Sequence[Prompt],
    items: Sequence[Item],
    answers: Sequence[AnswerSet],
    notes: int,
    today: date,
) -> FollowupView:
    lines = []
    for number, person in enumerate(people, start=1):
        mine = [p for p in prompts if p.person == person]
        choice = prefs.get(person, Prefs(person))
        lines.append(
            PersonLine(
                number,
                person == requester,
                names.get(person, ""),
                sum(1 for p in mine if p.state in AWAITING | {ANSWERED}),
                sum(1 for p in mine if p.state == ANSWERED),
                choice.paused_until is not None,
                choice.stopped,
                zone_name(countries.get(person), choice.zone),
                is_zone(choice.zone or ""),
            )
        )
    numbers = {person: n for n, person in enumerate(people, start=1)}
    shown = [(numbers[a.person], a) for a in answers if a.person in numbers][-SHOWN_ANSWERS:]
    upcoming = [p.due_at for p in prompts if p.state in ACTIVE and p.due_at is not None]
    return FollowupView(
        plan,
        tuple(lines),
        tuple(i for i in items if i.closed_at is None),
        tuple(shown),
        notes,
        min(upcoming) if upcoming else None,
        today,
    )


def answer_lines(flow_id: str, answers: Mapping[str, Any]) -> list[tuple[str, dict[str, ArgValue]]]:
    """One line per answer: labels and options as catalog ids, free text as written."""
    flow = FLOWS.get(flow_id)
    if flow is None:
        return []
    lines: list[tuple[str, dict[str, ArgValue]]] = []
    for question in flow.questions:
        value = answers.get(question.id)
        if value is None:
            continue
        shown: ArgValue
        if question.kind is Kind.MULTI and isinstance(value, list):
            shown = Ref(tuple(question.option_key(str(v)) for v in value))
        elif question.kind is Kind.CHOICE:
            shown = Ref((question.option_key(str(value)),))
        else:
            shown = str(value)[:MAX_SHOWN]
        lines.append(("fu-answer-line", {"label": Ref((question.label,)), "value": shown}))
    files = answers.get("files")
    if isinstance(files, list) and files:
        lines.append(("fu-answer-files", {"count": len(files)}))
    return lines
