"""Opening a flow: the intake's language, welcome and consent, or a flow the exchange started."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from flows.core import tokens
from flows.core.messages import ArgValue, Channel, Choice
from flows.core.state import CONSENT, LANGUAGE, PROGRESS
from flows.engine import asking, matching
from flows.engine.flow import Flow

if TYPE_CHECKING:
    from flows.engine.turn import Turn

CONSENT_CHOICES = (Choice("consent:yes", "consent-yes"), Choice("consent:no", "consent-no"))


def start_intake(turn: Turn, referral: str | None) -> None:
    """Someone writes with nothing in progress and no case: the first flow (the intake) opens."""
    st = turn.state
    st.reset()
    flow = turn.flows.first
    st.flow = flow.id
    if referral:
        st.offered = [tokens.choice(tokens.REFERRAL, referral)]
    guess = None if turn.text.startswith("/") else turn.ctx.guess_language(turn.text)
    if guess not in turn.policy.languages:
        guess = None
    if not flow.opening:
        first_question(turn, flow)
    elif st.locale is None or (guess is not None and guess != st.locale):
        st.guess = guess  # "habari" offers Kiswahili first; the whole menu stays
        asking.go(turn, LANGUAGE)
    else:
        welcome(turn)


def begin(turn: Turn, flow: Flow, case: str | None, seed: dict[str, Any] | None = None) -> None:
    """Open a flow the exchange started (about ``case``, if any): its intro, its first question."""
    st = turn.state
    st.flow, st.case, st.step = flow.id, case, None
    if seed:
        st.answers.update(seed)
    if flow.intro:
        turn.say(flow.intro, {"ref": case} if case else {})
    first_question(turn, flow)


def first_question(turn: Turn, flow: Flow) -> None:
    question = flow.next_question(turn.state.answers)
    if question is not None:
        asking.go(turn, question.id)


def open_waiting(turn: Turn) -> None:
    """After a flow ends, the next one the exchange started meanwhile opens, oldest first."""
    st = turn.state
    while st.waiting and st.flow is None:
        resume(turn, st.waiting.pop(0))


def resume(turn: Turn, entry: dict[str, Any]) -> None:
    """Open a waiting flow: where the person left it if they switched away, else from the start."""
    st = turn.state
    flow = turn.flows.get(entry.get("flow"))
    if flow is None:
        return
    if "step" not in entry:
        begin(turn, flow, entry.get("case") or None, entry.get("seed"))
        return
    for name in PROGRESS:
        if name in entry:
            setattr(st, name, copy.deepcopy(entry[name]))
    st.retries = 0
    turn.reprompt()


def welcome(turn: Turn) -> None:
    parts: list[tuple[str, dict[str, ArgValue]]] = []
    if turn.ctx.channel is Channel.TELEGRAM:
        parts.append(("telegram-not-encrypted", {}))
        if turn.policy.signal_number:
            parts.append(("telegram-signal-offer", {"number": turn.policy.signal_number}))
    elif turn.ctx.channel is Channel.SIGNAL:
        parts.append(("signal-safety-note", {}))
    turn.say("welcome", parts=parts)
    asking.go(turn, CONSENT)


def ask_consent(turn: Turn) -> None:
    turn.say("q-consent", choices=CONSENT_CHOICES)


def answer_consent(turn: Turn) -> None:
    token = matching.match(turn, CONSENT_CHOICES, CONSENT)
    if token == "consent:yes":
        st = turn.state
        referral = [tokens.value_of(t) for t in st.offered if tokens.is_kind(t, tokens.REFERRAL)]
        st.offered = []
        st.consented_at = turn.ctx.now.isoformat()
        if referral:
            st.answers["referral_code"] = referral[0]
        turn.say("consent-thanks")
        asking.advance(turn)
    elif token == "consent:no":
        turn.state.reset()
        turn.say("consent-declined")
        open_waiting(turn)
