"""A flow described as data: its questions, and what completing it produces.

The engine runs any :class:`Flow` the same way: it asks the applicable
questions in order, accepts answers, lets the person go back, skip, cancel
and send files, and when the last answer is in it calls :attr:`Flow.complete`
which turns the answers into events (``CaseSubmitted`` for the intake) and
the closing message. A new flow is one module that builds a ``Flow``, plus
its messages in the catalogs.

A flow starts in one of two ways: a person writes while nothing is in
progress and :attr:`Flows.first` (the intake) opens, or the exchange starts
one with :func:`flows.engine.turn.start` (a check-in, a survey, an
invitation), in goflow's terms a trigger.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from flows.core.events import Event
from flows.core.messages import ArgValue, Channel
from flows.core.questions import Answers, Question

Parts = tuple[tuple[str, dict[str, ArgValue]], ...]


@dataclass(frozen=True, slots=True)
class Completion:
    """What a flow's ``complete`` gets once its last answer is in."""

    answers: dict[str, object]
    """Only the answers to questions that still apply (see :meth:`Flow.kept`)."""
    file_ids: tuple[str, ...]
    channel: Channel
    locale: str
    now: datetime
    consented_at: str | None
    case: str | None
    """The case the conversation is about, when the exchange started it for one."""
    new_ref: Callable[[], str]
    reply_days: int


@dataclass(frozen=True, slots=True)
class Finished:
    """What completing a flow produced: events for the caller, and the closing message."""

    events: tuple[Event, ...]
    key: str
    args: dict[str, ArgValue] = field(default_factory=dict)
    parts: Parts = ()


def _no_parts(_: Answers) -> Parts:
    return ()


@dataclass(frozen=True, slots=True)
class Flow:
    """One conversation the engine can run.

    ``opening``: ask the language, welcome and ask consent before the first
    question (the intake, for someone the exchange does not know yet).
    ``review``: show a summary and allow changes before completing.
    ``intro``: a message said when the exchange starts the flow.
    ``keep``: answers kept on completion although no question asks them
    (the intake's referral code).
    """

    id: str
    questions: tuple[Question, ...]
    complete: Callable[[Completion], Finished]
    opening: bool = False
    review: bool = False
    intro: str | None = None
    summary_parts: Callable[[Answers], Parts] = _no_parts
    keep: frozenset[str] = frozenset()

    def question(self, step: str | None) -> Question | None:
        """The question with id ``step``, if this flow has one."""
        return next((q for q in self.questions if q.id == step), None)

    def applicable(self, answers: Answers) -> list[Question]:
        """The questions that apply given the answers so far, in order."""
        return [q for q in self.questions if q.ask_if(answers)]

    def next_question(self, answers: Answers) -> Question | None:
        """The first applicable question without an answer; None means all are in."""
        return next((q for q in self.applicable(answers) if q.id not in answers), None)

    def kept(self, answers: Answers) -> dict[str, object]:
        """Only the answers to questions that still apply: nothing more is stored."""
        ids = {q.id for q in self.applicable(answers)} | self.keep
        return {k: v for k, v in answers.items() if k in ids}


@dataclass(frozen=True, slots=True)
class Flows:
    """The flows the engine can run. ``first`` opens for someone who writes with nothing
    in progress and no case yet (the intake)."""

    first: Flow
    others: tuple[Flow, ...] = ()

    def get(self, flow_id: str | None) -> Flow | None:
        return next((f for f in (self.first, *self.others) if f.id == flow_id), None)
