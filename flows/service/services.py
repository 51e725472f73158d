"""The outside things the service needs (time, randomness, labels, flows), injected once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from flows.core.greetings import guess_greeting
from flows.core.policy import Policy
from flows.core.ports import Clock
from flows.engine.flow import Flows
from flows.followup.view import FLOWS as _FOLLOWUP
from flows.intake import flow as intake

FOLLOWUP_FLOWS = tuple(_FOLLOWUP.values())


@dataclass(frozen=True, slots=True)
class Services:
    """The outside things a step needs: time, randomness and labels, all injected."""

    clock: Clock
    label: Callable[[str, str], str]
    entropy: Callable[[int], bytes]
    policy: Policy = field(default_factory=Policy)
    flows: Flows = field(default_factory=lambda: Flows(intake.FLOW, FOLLOWUP_FLOWS))
    """The flows the engine runs; the intake opens for a newcomer; the exchange starts
    the follow-ups (check-ins, surveys)."""
    guess_language: Callable[[str], str | None] = guess_greeting
    """A newcomer's likely language from their first message (a greeting lexicon by
    default; the bot injects the statistical detector, ``bot/language.py``)."""
