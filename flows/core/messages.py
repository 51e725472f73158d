"""Transport-neutral messages: what a person sent, and what the bot says back.

Transports translate messenger updates into :class:`Inbound` and render
:class:`Outbound` back; the flows only ever see these types. Outbound messages
carry Fluent message ids and arguments, never translated text, so a message
can be rendered in whatever language the person has chosen at send time, and
choices carry stable ids that never depend on the language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class Ref:
    """An argument that is itself one or more catalog messages, rendered in the
    reader's language and joined with commas (an option label in a summary)."""

    keys: tuple[str, ...]


ArgValue = str | int | float | Ref
"""A Fluent argument: plain scalars or message references, so rows serialise to JSON."""


def _encode_args(args: dict[str, ArgValue]) -> dict[str, Any]:
    return {k: {"$ref": list(v.keys)} if isinstance(v, Ref) else v for k, v in args.items()}


def _decode_args(args: dict[str, Any] | None) -> dict[str, ArgValue]:
    return {k: Ref(tuple(v["$ref"])) if isinstance(v, dict) else v for k, v in (args or {}).items()}


class Channel(StrEnum):
    """The messengers a person can reach the bot on."""

    CONSOLE = "console"
    TELEGRAM = "telegram"
    SIGNAL = "signal"


class AttachmentKind(StrEnum):
    """What a transport says a file is; the media policy decides what is kept."""

    PHOTO = "photo"
    DOCUMENT = "document"
    VOICE = "voice"
    AUDIO = "audio"
    VIDEO = "video"
    STICKER = "sticker"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file a person sent. ``data`` is None when the transport could not fetch it."""

    kind: AttachmentKind
    mime: str
    size: int
    data: bytes | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Inbound:
    """One message from a person, already stripped of messenger specifics.

    ``sender`` is the keyed pseudonym of the messenger account, never the raw
    id. ``choice`` is the opaque choice token a button sent back: untrusted
    until the engine has matched it against the question it belongs to.

    ``forwarded`` marks content the person passed on from elsewhere: it is
    never a command, whatever it starts with. ``album`` is the messenger's id
    of a group of files sent together (Telegram's ``media_group_id``), so the
    engine can acknowledge the group once. ``unreadable`` says the transport
    knew who wrote but could not read what (the person is asked to send it
    again).
    """

    sender: str
    channel: Channel
    text: str | None = None
    choice: str | None = None
    attachment: Attachment | None = None
    locale_hint: str | None = None
    forwarded: bool = False
    album: str | None = None
    unreadable: bool = False


@dataclass(frozen=True, slots=True)
class Choice:
    """One option a person can pick. ``token`` goes to the button; ``key`` is its label."""

    token: str
    key: str
    args: dict[str, ArgValue] = field(default_factory=dict)
    selected: bool = False


@dataclass(frozen=True, slots=True)
class Outbound:
    """One message to send. Either a catalog message (``key`` + ``args``) or relayed ``text``,
    optionally with a stored file (``file_id``) relayed with it.

    ``parts`` are extra catalog messages rendered after the main one, joined by
    blank lines (used for summaries). ``multi`` tells renderers that several
    choices may be toggled before a final "done" choice.
    """

    recipient: str
    key: str
    args: dict[str, ArgValue] = field(default_factory=dict)
    choices: tuple[Choice, ...] = ()
    parts: tuple[tuple[str, dict[str, ArgValue]], ...] = ()
    multi: bool = False
    text: str | None = None
    file_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict; the outbox stores it sealed."""
        return {
            "recipient": self.recipient,
            "key": self.key,
            "args": _encode_args(self.args),
            "choices": [
                {
                    "token": c.token,
                    "key": c.key,
                    "args": _encode_args(c.args),
                    "selected": c.selected,
                }
                for c in self.choices
            ],
            "parts": [[k, _encode_args(a)] for k, a in self.parts],
            "multi": self.multi,
            "text": self.text,
            "file_id": self.file_id,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outbound:
        return cls(
            recipient=data["recipient"],
            key=data["key"],
            args=_decode_args(data.get("args")),
            choices=tuple(
                Choice(c["token"], c["key"], _decode_args(c.get("args")), bool(c.get("selected")))
                for c in data.get("choices") or ()
            ),
            parts=tuple((k, _decode_args(a)) for k, a in data.get("parts") or ()),
            multi=bool(data.get("multi")),
            text=data.get("text"),
            file_id=data.get("file_id"),
        )
