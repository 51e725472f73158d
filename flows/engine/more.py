"""A long free-text answer that comes in several messages.

On a bad connection, or past what one message carries, a person sends their
testimony in pieces. Each piece is added to the answer at once (so it is
committed with the reply and nothing is lost), and the answer stays open
until they choose "That's all" (or type it, or its number, or ``/skip``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.core.messages import Choice
from flows.core.questions import DONE, Question
from flows.engine import asking, matching

if TYPE_CHECKING:
    from flows.engine.turn import Turn


def choices(question: Question) -> list[Choice]:
    return [Choice(question.token(DONE), "text-done")]


def answer_more(turn: Turn, question: Question) -> None:
    """ "That's all" ends the answer; anything else typed is added to it."""
    offered = choices(question)
    if turn.msg.choice is not None:
        if matching.match(turn, offered, question.id) is not None:
            finish(turn)
        return
    if matching.match(turn, offered, question.id, quiet=True) is not None:
        finish(turn)
        return
    add(turn, question, turn.text)


def add(turn: Turn, question: Question, text: str) -> None:
    """Join ``text`` to the answer so far (a blank line between pieces), within the limits."""
    st = turn.state
    if len(text) > turn.policy.max_text:
        turn.invalid("hint-too-long", {"limit": turn.policy.max_text, "length": len(text)})
        return
    so_far = st.answers.get(question.id)
    joined = f"{so_far}\n\n{text}" if isinstance(so_far, str) and so_far else text
    if len(joined) > turn.policy.max_answer_text:
        turn.invalid("hint-answer-full", {"limit": turn.policy.max_answer_text})
        return
    st.answers[question.id] = joined
    st.retries = 0
    turn.say("text-more", choices=choices(question))


def finish(turn: Turn) -> None:
    turn.state.adding = None
    turn.state.retries = 0
    asking.advance(turn)
