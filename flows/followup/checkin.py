"""The check-in during implementation, asked of the requester and each collaborator separately.

Two flows: the four questions that can need the facilitator at once (how it
is going, the timeline, disagreements, threats), and, started right after,
the two optional ones (what changed, what was achieved or learned). Ending
the first part already alerts the facilitator, so a threat is not held back
until someone finds time for the free text.
"""

from __future__ import annotations

from collections.abc import Mapping

from flows.core.events import FlowCompleted
from flows.core.messages import ArgValue
from flows.core.questions import Answers, Kind, Question
from flows.engine.flow import Completion, Finished, Flow

CHECKIN = "checkin"
CHECKIN_MORE = "checkin_more"

GOING = ("on_track", "difficulties", "blocked", "more_support")
TIMELINE = ("on_time", "small_delay", "big_delay")
DISPUTE = ("none", "resolved", "facilitator", "third_party")
THREAT = ("no", "yes")

ALERTING: Mapping[str, frozenset[str]] = {
    "ci_going": frozenset({"difficulties", "blocked", "more_support"}),
    "ci_dispute": frozenset({"facilitator", "third_party"}),
    "ci_threat": frozenset({"yes"}),
    "ev_result": frozenset({"not"}),
}
"""Answers that tell the case's facilitator at once."""

ITEMS: Mapping[str, frozenset[str]] = {
    **ALERTING,
    "ci_timeline": frozenset({"small_delay", "big_delay"}),
    "ev_next": frozenset({"next_level", "deeper", "exchange"}),
    "la_lasted": frozenset({"partly", "no"}),
}
"""Answers that open a follow-up item on the case for the facilitator."""


def items(answers: Answers) -> list[str]:
    """The follow-up items these answers open, as ``question:answer`` (no free text)."""
    return [f"{q}:{answers[q]}" for q, values in ITEMS.items() if answers.get(q) in values]


def alerts(answers: Answers) -> bool:
    return any(answers.get(q) in values for q, values in ALERTING.items())


def _noted(done: Completion) -> Finished:
    answers = dict(done.answers)
    parts: list[tuple[str, dict[str, ArgValue]]] = []
    if answers.get("ci_threat") == "yes":
        parts.append(("checkin-threat-care", {}))
    elif alerts(answers):
        parts.append(("checkin-facilitator-told", {}))
    event = FlowCompleted(CHECKIN, done.case, answers)
    return Finished((event,), "checkin-noted", {"ref": done.case or "-"}, tuple(parts))


def _thanks(done: Completion) -> Finished:
    answers = dict(done.answers)
    if done.file_ids:
        answers["files"] = list(done.file_ids)
    event = FlowCompleted(CHECKIN_MORE, done.case, answers)
    return Finished((event,), "checkin-thanks", {"ref": done.case or "-"})


CHECKIN_FLOW = Flow(
    CHECKIN,
    (
        Question("ci_going", Kind.CHOICE, GOING),
        Question("ci_timeline", Kind.CHOICE, TIMELINE),
        Question("ci_dispute", Kind.CHOICE, DISPUTE),
        Question("ci_threat", Kind.CHOICE, THREAT),
    ),
    _noted,
    intro="checkin-intro",
)

MORE_FLOW = Flow(
    CHECKIN_MORE,
    (
        Question("ci_context", Kind.TEXT, optional=True, takes_files=True),
        Question("ci_learned", Kind.TEXT, optional=True, takes_files=True),
    ),
    _thanks,
)
