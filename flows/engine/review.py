"""The end of a flow: the summary of the answers, changing one, and completing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.core import tokens
from flows.core.messages import ArgValue, Choice, Ref
from flows.core.state import EDIT, SUMMARY
from flows.engine import asking, interrupts, matching, opening
from flows.engine.answers import display_answer
from flows.engine.flow import Completion, Flow

if TYPE_CHECKING:
    from flows.engine.turn import Turn

SUMMARY_CHOICES = (
    Choice("summary:submit", "summary-submit"),
    Choice("summary:change", "summary-change"),
    Choice("summary:cancel", "summary-cancel"),
)


def show_summary(turn: Turn) -> None:
    st = turn.state
    parts: list[tuple[str, dict[str, ArgValue]]] = []
    flow = turn.flow
    for question in flow.applicable(st.answers) if flow else ():
        if st.answers.get(question.id) is not None:
            parts.append(
                (
                    "summary-line",
                    {
                        "label": Ref((question.label,)),
                        "value": display_answer(question, st.answers[question.id], turn.locale),
                    },
                )
            )
    if st.files:
        parts.append(("summary-files", {"count": len(st.files)}))
    parts.extend(flow.summary_parts(st.answers) if flow else ())
    turn.say("summary", parts=parts, choices=SUMMARY_CHOICES)


def answer_summary(turn: Turn) -> None:
    token = matching.match(turn, SUMMARY_CHOICES, SUMMARY)
    if token == "summary:submit" and turn.flow is not None:
        complete(turn, turn.flow)
    elif token == "summary:change":
        asking.go(turn, EDIT)
    elif token == "summary:cancel":
        turn.state.interrupt = "cancel"
        interrupts.ask_confirm(turn, "cancel")


def edit_choices(turn: Turn) -> list[Choice]:
    answers = turn.state.answers
    choices = [
        Choice(tokens.choice(tokens.EDIT, q.id), q.label)
        for q in (turn.flow.applicable(answers) if turn.flow else ())
        if q.id in answers
    ]
    choices.append(Choice("edit:__summary", "edit-back-to-summary"))
    return choices


def ask_edit(turn: Turn) -> None:
    turn.say("q-edit", choices=edit_choices(turn))


def answer_edit(turn: Turn) -> None:
    token = matching.match(turn, edit_choices(turn), EDIT)
    if token is None:
        return
    target = tokens.value_of(token)
    asking.go(turn, SUMMARY if target == "__summary" else target)


def complete(turn: Turn, flow: Flow) -> None:
    """The last answer is in (and reviewed, if the flow asks for it): produce what it produces.

    Then the conversation is over, and the next waiting flow, if any, opens.
    """
    st = turn.state
    finished = flow.complete(
        Completion(
            answers=flow.kept(st.answers),
            file_ids=tuple(f["id"] for f in st.files),
            channel=turn.msg.channel,
            locale=turn.locale,
            now=turn.ctx.now,
            consented_at=st.consented_at,
            case=st.case,
            new_ref=turn.ctx.new_ref,
            reply_days=turn.policy.reply_days,
        )
    )
    turn.events.extend(finished.events)
    turn.say(finished.key, finished.args, parts=finished.parts)
    st.reset()
    opening.open_waiting(turn)
