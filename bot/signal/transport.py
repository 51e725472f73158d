"""The Signal channel: signalbot talking to signal-cli-rest-api (json-rpc mode).

Contract with the runtime (see :mod:`bot.runtime`):
- Each direct message becomes one :class:`Received` per file (or one, for
  text; a long text's ``text/x-signal-plain`` attachment is its text),
  handed to ``receive`` in arrival order for each person (the text messages
  of different people at once, so a burst shares commits; a frame with files
  alone), each file downloaded just before its own commit; ``receive`` has
  committed it to the inbox when it returns. ``dedupe`` is ``sender:timestamp``
  (plus ``:n`` for the n-th extra file), so a frame seen twice (two websockets,
  a replay) is stored once.
- A shared contact, a poll or a payment becomes a :class:`Received` without
  text or file (the engine answers with a hint); a message whose parts cannot
  be read becomes one with ``unreadable`` (the person is asked to resend).
- Error frames (a changed safety number, an ``{"error": …}`` of the service)
  and frames nobody can read are logged without content and counted through
  ``note`` (``identity-error``, ``decrypt-error``, ``service-error``,
  ``unrecognised-frame``).
- ``user_id`` is the sender's Signal UUID (its phone number only when the
  UUID is missing) and is pseudonymised by the runtime; ``address`` is the
  same value, sealed at rest by the store, used to write back.
- :meth:`pieces` cuts a reply into Signal messages; :meth:`send` sends one
  piece, with its file as an attachment, and raises :class:`SendError` with
  ``permanent=True`` only when no retry can help (the person is not on
  Signal, the address is invalid, the file is bigger than Signal carries).

Safety defaults: group messages are never handled as requests; each person's
chat gets a disappearing-messages timer before the bot's first reply in this
process; every file signal-cli stored for a frame (attachments, link-preview
images, quote thumbnails, contact avatars) is deleted from its volume once
the frame is committed, skipped or lost.

The :class:`signalbot.SignalBot` is built inside the running loop and never
started: ``SignalBot.start`` runs signalbot's own receive pipeline (whose
concurrent consumers could reorder a person's messages) and ``SignalBot.stop``
stops the event loop, which belongs to the runtime. We use its client, read
frames with our own tolerant reader (:mod:`bot.signal.envelope`) and run the
receive loop ourselves (:mod:`bot.signal.receive`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Coroutine
from typing import Any

from packaging.version import InvalidVersion, Version
from signalbot import (
    LOGGER_NAME,
    MIN_SIGNAL_CLI_REST_API_VERSION,
    Config,
    ConnectionMode,
    InMemoryConfig,
    SignalBot,
    UpdateContact,
)

from bot.logs import event
from bot.signal.envelope import Frame, FrameKind, read_frame
from bot.signal.inbound import LOGGED_SKIPS, valid_address
from bot.signal.intake import Intake
from bot.signal.receive import ReceiveLoop
from bot.signal.render import data_uri, pieces
from bot.signal.rest import RestClient
from bot.transport import Note, Receive, Rendered, SendError, ignore_note
from flows.core.messages import Channel
from flows.core.policy import Policy

log = logging.getLogger("cre.signal")

DEFAULT_DISAPPEARING = 7 * 24 * 3600
SIDE_CALL_TIMEOUT = 15.0
"""Seconds for calls that must never hold up a reply: typing, timer, file clean-up."""


class SignalTransport:
    """One Signal number, served through signal-cli-rest-api at ``service`` (host:port).

    ``disappearing`` is the timer in seconds set on each person's chat (0: leave
    the person's own setting alone). ``backoff`` is (first delay, cap) in
    seconds between websocket reconnections.
    """

    channel = Channel.SIGNAL

    def __init__(
        self,
        service: str,
        number: str,
        *,
        disappearing: int = DEFAULT_DISAPPEARING,
        policy: Policy | None = None,
        backoff: tuple[float, float] = (0.1, 2.0),
        send_timeout: float = 60.0,
    ) -> None:
        self.service = service
        self.number = number
        self.disappearing = disappearing
        self.policy = policy or Policy()
        self._backoff = backoff
        self._rest = RestClient(service, number, send_timeout)
        self._bot: SignalBot | None = None
        self._loop: ReceiveLoop | None = None
        self._intake: Intake | None = None
        self._note: Note = ignore_note
        self._timer_set: set[str] = set()
        self._typing: dict[str, asyncio.Task[None]] = {}
        self._background: set[asyncio.Task[None]] = set()
        self._not_ready = 0

    # ----- lifecycle ----------------------------------------------------------

    async def start(self, receive: Receive, note: Note = ignore_note) -> None:
        """Build the SignalBot in this loop and start receiving in the background."""
        self._intake = Intake(self._rest, self.policy, receive)
        self._note = note
        self._bot = SignalBot(
            Config(
                phone_number=self.number,
                signal_service=self.service,
                connection_mode=ConnectionMode.HTTP_ONLY,
                download_attachments=False,
                storage=InMemoryConfig(),
            )
        )
        _keep_library_logs_safe()
        first, cap = self._backoff
        self._loop = ReceiveLoop(
            self._frames, self._on_frame, self._check, initial=first, cap=cap, lane=_lane
        )
        self._loop.start()
        event(log, "signal.started", channel=self.channel.value)

    async def stop(self) -> None:
        if self._loop is not None:
            await self._loop.stop()
        pending = [*self._background, *self._typing.values()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await self._rest.close()
        if self._bot is not None:
            await self._bot.close()  # only the HTTP session: SignalBot.stop() would stop our loop

    @property
    def receive_attempts(self) -> int:
        """How many websocket sessions were tried (for health checks and tests)."""
        return self._loop.attempts if self._loop is not None else 0

    def _signalbot(self) -> SignalBot:
        if self._bot is None:
            raise RuntimeError("SignalTransport.start() has not been called")
        return self._bot

    def _frames(self) -> AsyncIterator[str]:
        # signalbot's websocket client (it has no public accessor; ``start`` would
        # run its own pipeline instead): connects, yields frames, ends on a clean close.
        return self._signalbot()._signal.messages.receive()

    async def _check(self) -> bool:
        """Is signal-cli-rest-api reachable, in json-rpc mode, and new enough?

        Checked until it is (logged once, then every 30th try), then never again:
        the websocket loop handles later outages.
        """
        try:
            async with asyncio.timeout(SIDE_CALL_TIMEOUT):
                about = await self._signalbot().general.about()
        except Exception as exc:
            self._not_ready += 1
            level = logging.WARNING if self._not_ready % 30 == 1 else logging.DEBUG
            error = type(exc).__name__
            event(log, "signal.unreachable", level, error=error, count=self._not_ready)
            return False
        try:
            recent = about.version == "unset" or Version(about.version) >= (
                MIN_SIGNAL_CLI_REST_API_VERSION
            )
        except InvalidVersion:
            recent = False
        if about.mode != "json-rpc" or not recent:
            self._not_ready += 1
            level = logging.ERROR if self._not_ready % 30 == 1 else logging.DEBUG
            event(log, "signal.incompatible", level, status=about.mode[:20], count=self._not_ready)
            return False
        self._not_ready = 0
        return True

    # ----- inbound --------------------------------------------------------------

    async def _on_frame(self, raw: str) -> None:
        """Handle one frame; whatever happens, delete every file signal-cli stored for it.

        The service never sends a frame again, so once it is committed, skipped
        or lost, its plain-text files serve nobody.
        """
        frame = read_frame(raw)
        try:
            await self._triage(frame)
        finally:
            await self._delete(frame.stored)

    async def _delete(self, file_ids: tuple[str, ...]) -> None:
        """Delete the service's copies now, before the next frame (not in the background,
        where stopping the bot would cancel them); a failure is logged, never raised."""
        for file_id in file_ids:
            try:
                async with asyncio.timeout(SIDE_CALL_TIMEOUT):
                    await self._rest.delete_attachment(file_id)
            except Exception as exc:
                event(log, "signal.delete_failed", logging.WARNING, error=type(exc).__name__)

    async def _triage(self, frame: Frame) -> None:
        if frame.problem is not None:
            name = f"signal.{frame.problem.replace('-', '_')}"
            event(log, name, logging.WARNING, channel=self.channel.value, error=frame.reason)
            await self._count(frame.problem)
        if frame.kind is FrameKind.SKIPPED and frame.reason in LOGGED_SKIPS:
            event(log, f"signal.{frame.reason.replace('-', '_')}_ignored", channel="signal")
        if frame.kind is not FrameKind.MESSAGE or frame.sender is None:
            return
        assert self._intake is not None
        if await self._intake.deliver(frame, frame.sender):
            self._start_typing(frame.sender)

    async def _count(self, kind: str) -> None:
        """Tell the runtime about a content-free event; a failure to count loses nothing."""
        try:
            await self._note(kind)
        except Exception as exc:
            event(log, "signal.note_failed", logging.WARNING, error=type(exc).__name__)

    # ----- outbound -------------------------------------------------------------

    def pieces(self, message: Rendered) -> list[Rendered]:
        """Text with numbered choices, cut below Signal's 2 KiB; the file goes with the first."""
        return pieces(message)

    async def send(self, address: str, message: Rendered) -> None:
        """Send one piece (see :meth:`pieces`) as one Signal message, its file attached.

        Given a message that is not yet cut (a caller that skipped :meth:`pieces`),
        its pieces are sent in order: each is its own piece, so nothing is lost.
        """
        if not valid_address(address):
            raise SendError("invalid-recipient", permanent=True)
        parts = pieces(message)
        attachments = [data_uri(part.file) if part.file else None for part in parts]
        await self._ensure_timer(address)
        for part, attachment in zip(parts, attachments, strict=True):
            await self._rest.send(address, part.text, [attachment] if attachment else None)
        self._stop_typing(address)

    async def _ensure_timer(self, address: str) -> None:
        """Set the disappearing-messages timer on this chat, once per person and process.

        signal-cli stores the timer for the contact and tells the person's
        phone, so our replies and theirs disappear after ``disappearing``
        seconds. If it fails, the reply still goes (it may matter more) and
        the next reply tries again.
        """
        if not self.disappearing or address in self._timer_set:
            return
        try:
            async with asyncio.timeout(SIDE_CALL_TIMEOUT):
                await self._signalbot().contacts.update(
                    UpdateContact(expiration_in_seconds=self.disappearing), address
                )
        except Exception as exc:
            event(log, "signal.timer_failed", logging.WARNING, error=type(exc).__name__)
            return
        self._timer_set.add(address)
        event(log, "signal.timer_set", channel=self.channel.value, seconds=self.disappearing)

    # ----- typing indicator -------------------------------------------------------

    def _start_typing(self, address: str) -> None:
        self._typing[address] = self._spawn(self._signalbot().messages.start_typing(address))

    def _stop_typing(self, address: str) -> None:
        started = self._typing.pop(address, None)
        if started is None:
            return

        async def stop() -> None:
            await asyncio.wait([started])  # a late "start" must not land after the "stop"
            await self._signalbot().messages.stop_typing(address)

        self._spawn(stop())

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[None]:
        """Run a side call in the background; its failure is ignored (logged by class)."""

        async def quietly() -> None:
            try:
                async with asyncio.timeout(SIDE_CALL_TIMEOUT):
                    await work
            except Exception as exc:
                event(log, "signal.side_call_failed", logging.DEBUG, error=type(exc).__name__)

        task = asyncio.create_task(quietly())
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task


def _keep_library_logs_safe() -> None:
    """signalbot gives its logger a handler of its own that prints message arguments
    (numbers, texts); remove it so its records only reach our redacting handlers."""
    library = logging.getLogger(LOGGER_NAME)
    for handler in list(library.handlers):
        library.removeHandler(handler)


def _lane(raw: str) -> str | None:
    """A person's file-less message goes in their lane; anything else is handled alone."""
    frame = read_frame(raw)
    if frame.kind is not FrameKind.MESSAGE or frame.sender is None or frame.files:
        return None
    return frame.sender
