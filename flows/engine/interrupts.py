"""Questions asked on top of the current step: the language, or confirming cancel or forget.

Once answered, the step is asked again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.core import tokens
from flows.core.events import (
    FilesDiscarded,
    PersonForgotten,
)
from flows.core.messages import Choice
from flows.core.state import LANGUAGE, Conversation
from flows.engine import matching, opening

if TYPE_CHECKING:
    from flows.engine.turn import Turn


def ask_language(turn: Turn) -> None:
    """The language menu, asked in the guessed language (offered first) when there is one."""
    if turn.state.guess in turn.policy.languages:
        turn.render_locale = turn.state.guess
    turn.say("q-language", choices=language_choices(turn))


def language_choices(turn: Turn) -> list[Choice]:
    guess = turn.state.guess
    ordered = sorted(turn.policy.languages, key=lambda code: code != guess)
    return [Choice(tokens.choice(tokens.LANGUAGE, code), f"language-{code}") for code in ordered]


def ask_confirm(turn: Turn, what: str) -> None:
    turn.say(f"confirm-{what}", choices=confirm_choices(turn, what))


def answer_interrupt(turn: Turn) -> None:
    st = turn.state
    what = st.interrupt or ""
    if what == LANGUAGE:
        token = matching.match(turn, language_choices(turn), LANGUAGE)
        if token is not None:
            st.interrupt = None
            set_language(turn, tokens.value_of(token))
            turn.say("language-set")
            turn.reprompt()
        return
    token = matching.match(turn, confirm_choices(turn, what), what)
    if token is None:
        return
    st.interrupt = None
    if not token.endswith(":yes"):
        turn.say("kept-going")
        turn.reprompt()
    elif what == "cancel":
        cancel_now(turn)
    else:
        forget_now(turn)


def confirm_choices(turn: Turn, what: str) -> list[Choice]:
    return [
        Choice(tokens.choice(what, "yes"), f"confirm-{what}-yes"),
        Choice(tokens.choice(what, "no"), "no"),
    ]


def set_language(turn: Turn, code: str) -> None:
    turn.state.locale = code
    turn.state.guess = None
    turn.render_locale = None
    turn.state.retries = 0


def cancel_now(turn: Turn) -> None:
    ids = tuple(f["id"] for f in turn.state.files)
    if ids:
        turn.events.append(FilesDiscarded(ids))
    turn.state.reset()
    turn.say("cancelled")
    opening.open_waiting(turn)


def forget_now(turn: Turn) -> None:
    turn.render_locale = turn.locale
    turn.events.append(PersonForgotten())
    turn.state = Conversation()
    turn.say("forgotten")
