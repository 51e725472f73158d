"""Opening the intake: language, welcome and the safety notes of the channel, consent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.core import tokens
from flows.core.messages import ArgValue, Channel, Choice
from flows.core.state import CONSENT, LANGUAGE
from flows.engine import asking, matching
from flows.engine.context import INTAKE

if TYPE_CHECKING:
    from flows.engine.turn import Turn

CONSENT_CHOICES = (Choice("consent:yes", "consent-yes"), Choice("consent:no", "consent-no"))


def start_intake(turn: Turn, referral: str | None) -> None:
    st = turn.state
    st.reset()
    st.flow = INTAKE
    if referral:
        st.offered = [tokens.choice(tokens.REFERRAL, referral)]
    if st.locale is None:
        asking.go(turn, LANGUAGE)
    else:
        welcome(turn)


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
