"""What a step takes from outside (:class:`Context`) and what it returns (:class:`Result`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from flows.core.events import Event
from flows.core.greetings import guess_greeting
from flows.core.messages import Channel, Outbound
from flows.core.policy import Policy
from flows.core.state import CaseSummary, Conversation
from flows.engine.flow import Flows

_INVISIBLE = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class Context:
    """Everything from outside that a step may depend on.

    ``label(locale, key)`` renders a catalog message, used only to recognise
    answers typed as an option's text. ``new_id`` and ``new_ref`` supply fresh
    identifiers, so tests can make them deterministic. ``file_usage`` is the
    (files, bytes) the person has had stored in the last rolling day, whatever
    the flow: the caller loads it when the message carries a file, so the
    daily quota holds across the intake and the relay.
    """

    now: datetime
    channel: Channel
    label: Callable[[str, str], str]
    new_id: Callable[[], str]
    new_ref: Callable[[], str]
    policy: Policy = field(default_factory=Policy)
    cases: tuple[CaseSummary, ...] = ()
    file_usage: tuple[int, int] = (0, 0)
    guess_language: Callable[[str], str | None] = guess_greeting
    """The likely language of a newcomer's first message (offered first), or None."""
    flows: Flows = field(kw_only=True)
    """The flows this build runs; a saved state naming another one is treated as idle."""


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of one step. ``locale`` is the language to render ``outbound`` in."""

    state: Conversation
    outbound: tuple[Outbound, ...]
    events: tuple[Event, ...]
    locale: str


def pending_items(pending: dict[str, Any]) -> list[dict[str, str]]:
    """The messages waiting for the person to say which case they are about.

    State saved before the list existed held one message as ``{"text", "file"}``.
    """
    items = pending.get("items")
    if isinstance(items, list):
        return [item for item in items if isinstance(item, dict)]
    return [pending] if pending else []


def clean_text(text: str | None) -> str:
    """Drop control and bidi-override characters (they can disguise text), normalise."""
    if not text:
        return ""
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text)).strip()
