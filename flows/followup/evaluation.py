"""The short evaluation when a case is completed, and the light one months later.

Asked of the requester and each collaborator separately. The outcomes are
the pilot evaluation's list; the strategies the design document's six
areas; the 1-5 scales follow the pilot's questions (fit with needs,
connections and resources, co-creation, the grant, the forms and this bot).
"""

from __future__ import annotations

from collections.abc import Callable

from flows.core.events import FlowCompleted
from flows.core.questions import Answers, Kind, Question
from flows.engine.flow import Completion, Finished, Flow

EVALUATION = "evaluation"
LASTING = "lasting"

SCALE = ("1", "2", "3", "4", "5")
RESULT = ("fully", "partly", "not", "too_early")
OUTCOMES = (
    "awareness",
    "cohesion",
    "advocacy",
    "resistance",
    "legal",
    "networks",
    "media",
    "links",
)
STRATEGIES = ("research", "remedy", "organising", "advocacy", "expertise", "security")
RECOMMEND = ("yes", "maybe", "no")
NEXT = ("none", "next_level", "deeper", "exchange")
STORY = ("named", "anonymised", "no")
LASTED = ("yes", "partly", "no", "too_early")

SCALES = ("ev_fit", "ev_connections", "ev_cocreated", "ev_grant", "ev_ease", "ev_capacity")


FUNDED = "funded"
"""Seeded when the evaluation opens: the case had a grant approved."""


def _funded(answers: Answers) -> bool:
    return answers.get(FUNDED) is True


def _capacity_said(answers: Answers) -> bool:
    return answers.get("ev_capacity") is not None


def _complete(flow_id: str, key: str) -> Callable[[Completion], Finished]:
    def complete(done: Completion) -> Finished:
        answers = dict(done.answers)
        if done.file_ids:
            answers["files"] = list(done.file_ids)
        event = FlowCompleted(flow_id, done.case, answers)
        return Finished((event,), key, {"ref": done.case or "-"})

    return complete


EVALUATION_FLOW = Flow(
    EVALUATION,
    (
        Question("ev_result", Kind.CHOICE, RESULT),
        Question("ev_outcomes", Kind.MULTI, OUTCOMES, optional=True),
        Question("ev_strategies", Kind.MULTI, STRATEGIES, optional=True),
        Question("ev_fit", Kind.CHOICE, SCALE),
        Question("ev_connections", Kind.CHOICE, SCALE),
        Question("ev_cocreated", Kind.CHOICE, SCALE),
        Question("ev_grant", Kind.CHOICE, SCALE, optional=True, ask_if=_funded),
        Question("ev_ease", Kind.CHOICE, SCALE),
        Question("ev_capacity", Kind.CHOICE, SCALE),
        Question("ev_capacity_how", Kind.TEXT, optional=True, ask_if=_capacity_said),
        Question("ev_worked", Kind.TEXT, optional=True, takes_files=True),
        Question("ev_not_worked", Kind.TEXT, optional=True, takes_files=True),
        Question("ev_lessons", Kind.TEXT, optional=True, takes_files=True),
        Question("ev_recommend", Kind.CHOICE, RECOMMEND),
        Question("ev_next", Kind.CHOICE, NEXT),
        Question("ev_story", Kind.CHOICE, STORY),
    ),
    _complete(EVALUATION, "evaluation-thanks"),
    intro="evaluation-intro",
)

LASTING_FLOW = Flow(
    LASTING,
    (
        Question("la_lasted", Kind.CHOICE, LASTED),
        Question("la_notes", Kind.TEXT, optional=True, takes_files=True),
    ),
    _complete(LASTING, "lasting-thanks"),
    intro="lasting-intro",
)
