"""A person's conversation state, the only thing a restart needs to resume them.

It is saved (sealed) after every accepted input, in the same transaction as
the replies it produced, so a crash never loses an acknowledged answer and
never re-asks one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

LANGUAGE = "language"
CONSENT = "consent"
SUMMARY = "summary"
EDIT = "edit"
MENU = "menu"
RELAY = "relay"


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What ``/status`` shows about one of the person's cases."""

    ref: str
    status: str
    created_at: str


PROGRESS = (
    "flow",
    "step",
    "case",
    "answers",
    "history",
    "files",
    "selection",
    "offered",
    "adding",
    "consented_at",
)
"""What says where a conversation stands: kept aside when the person switches to another."""


@dataclass(slots=True)
class Conversation:
    """Where one person is.

    ``flow`` is None when nothing is in progress. ``step`` is a question id or
    one of the fixed steps above. ``interrupt`` is a global question asked
    on top of the step (language, cancel or forget confirmation): once
    answered, the step is asked again. ``offered`` holds the extra choice
    tokens valid right now (the candidate countries after a near miss), so a
    button from anything else is refused. ``answers`` exist only after consent.
    ``pending`` holds the messages to relay while the person picks which of
    their cases it is about; ``desk`` is a facilitator's workspace state.
    ``album`` is the id of the group of files the last message belonged to, so
    an album is acknowledged once (and each refusal said once: ``album_said``).
    ``invitations`` are a collaborator's
    invitations still waiting for an answer, latest last.

    Several conversations per person: ``flow``/``step`` say which flow is
    active and where it stands, ``case`` which case it is about (when the
    exchange started it for one); ``waiting`` holds the flows the exchange
    started meanwhile (``{"flow": id, "case": ref}``), oldest first, opened
    one by one as the active one ends, and those the person switched away
    from with ``/switch`` (the same, plus where they stood: see
    :data:`PROGRESS`). State saved before these fields existed loads with
    none waiting.

    ``last_seen`` is when the person last wrote (ISO time), so someone coming
    back after a long gap is reminded where they were before their message
    counts as an answer. ``adding`` names the long free-text question whose
    answer is still growing over several messages ("That's all" ends it).
    ``relay_case`` is the case the person chose for their messages when they
    have several open, remembered until they switch or a long gap passes.
    ``guess`` is the language guessed from the first message, offered first.
    """

    locale: str | None = None
    flow: str | None = None
    step: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    files: list[dict[str, str]] = field(default_factory=list)
    selection: list[str] = field(default_factory=list)
    offered: list[str] = field(default_factory=list)
    interrupt: str | None = None
    retries: int = 0
    consented_at: str | None = None
    pending: dict[str, Any] = field(default_factory=dict)
    desk: dict[str, Any] = field(default_factory=dict)
    album: str | None = None
    album_said: list[str] = field(default_factory=list)
    invitations: list[int] = field(default_factory=list)
    case: str | None = None
    waiting: list[dict[str, Any]] = field(default_factory=list)
    last_seen: str | None = None
    adding: str | None = None
    relay_case: str | None = None
    guess: str | None = None

    def copy(self) -> Conversation:
        """An independent copy, made per message so that a step never changes its input.

        The fields hold JSON values only, so a walk over dicts and lists does
        what ``copy.deepcopy`` does, several times faster (no memo, no dispatch).
        """
        return Conversation(**{name: clone(getattr(self, name)) for name in _FIELDS})

    def to_json(self) -> dict[str, Any]:
        """A fresh JSON value (not ``asdict``, which deep-copies every string too)."""
        return {name: clone(getattr(self, name)) for name in _FIELDS}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Conversation:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def reset(self) -> None:
        """Forget the conversation in progress, keeping the language and the flows waiting."""
        kept = self.locale, self.waiting, self.last_seen, self.relay_case
        for name, spec in self.__dataclass_fields__.items():
            default = spec.default_factory() if callable(spec.default_factory) else spec.default
            setattr(self, name, default)
        self.locale, self.waiting, self.last_seen, self.relay_case = kept


_FIELDS = tuple(f.name for f in fields(Conversation))


def clone(value: Any) -> Any:
    """A copy of a JSON value: dicts and lists are copied all the way down, the rest shared
    (strings, numbers, booleans and None cannot change)."""
    if isinstance(value, dict):
        return {key: clone(item) for key, item in value.items()}
    if isinstance(value, list):
        return [clone(item) for item in value]
    return value
