"""The seam between messengers and the runtime.

A transport turns messenger updates into :class:`Received` and hands them to
the runtime's ``receive`` (which commits them to the inbox before returning,
so only then may the transport acknowledge them to the messenger), and sends
:class:`Rendered` messages, raising :class:`SendError` to say whether a
failure is worth retrying.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from flows.core.messages import Attachment, Channel


@dataclass(frozen=True, slots=True)
class Received:
    """One message as a transport saw it. ``user_id`` is pseudonymised at once, never stored.

    ``dedupe`` is the messenger's own id for the message (Telegram's update_id,
    Signal's sender + timestamp): a redelivery with the same id is ignored.
    ``address`` is what the transport needs to write back (a chat id).
    ``forwarded``, ``album`` and ``unreadable`` mean what they mean on
    :class:`flows.core.messages.Inbound`.
    """

    channel: Channel
    user_id: str
    address: str
    dedupe: str
    text: str | None = None
    choice: str | None = None
    attachment: Attachment | None = None
    locale_hint: str | None = None
    forwarded: bool = False
    album: str | None = None
    unreadable: bool = False


@dataclass(frozen=True, slots=True)
class FilePayload:
    """A stored file sent along with a message (evidence relayed to a facilitator)."""

    kind: str
    mime: str
    data: bytes
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Rendered:
    """A message in the reader's language: text plus (token, label) choices.

    ``multi_hint`` tells text-only channels (console, Signal) how to pick
    several options at once; button channels may ignore it.
    """

    text: str
    choices: tuple[tuple[str, str], ...] = ()
    multi: bool = False
    rtl: bool = False
    multi_hint: str = ""
    file: FilePayload | None = None


class SendError(Exception):
    """Sending failed. ``permanent`` failures (blocked, chat gone) are never retried.

    A permanent failure means the person cannot be reached (reported to whoever
    handles their cases) unless ``unreachable`` is False: then only this message
    cannot go (a file too big for the channel), and it is dropped and audited.
    """

    def __init__(
        self,
        reason: str,
        permanent: bool = False,
        retry_after: float | None = None,
        unreachable: bool | None = None,
    ):
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after
        self.unreachable = permanent if unreachable is None else unreachable


Receive = Callable[[Received], Awaitable[None]]

Note = Callable[[str], Awaitable[None]]
"""Count a transport-level event that has no person or content (``quarantined``,
``unrecognised-frame``, ``identity-error``, ``service-error``…): the runtime
persists the count so ``cre-admin doctor`` can show it. Never pass content."""


async def ignore_note(kind: str) -> None:
    """The :data:`Note` used when nobody counts (a transport tested on its own)."""


class Transport(Protocol):
    channel: Channel

    async def start(self, receive: Receive, note: Note = ignore_note) -> None:
        """Begin receiving; return once receiving runs in the background."""

    async def stop(self) -> None: ...

    def pieces(self, message: Rendered) -> list[Rendered]:
        """``message`` cut into what this channel sends as separate messages.

        The runtime sends the pieces one by one through :meth:`send` and records
        each delivered piece, so a retry never resends a piece already delivered.
        """

    async def send(self, address: str, message: Rendered) -> None:
        """Send one piece (see :meth:`pieces`); raise :class:`SendError` on failure."""
