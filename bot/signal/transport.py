"""The Signal channel: signalbot talking to signal-cli-rest-api (json-rpc mode).

Contract with the runtime (see :mod:`bot.runtime`):
- Each direct message becomes one :class:`Received` per file (or one, for
  text; a long text's ``text/x-signal-plain`` attachment is its text),
  handed to ``receive`` one at a time in arrival order; ``receive`` has
  committed it to the inbox when it returns. ``dedupe`` is
  ``sender:timestamp`` (plus ``:n`` for the n-th extra file), so a frame seen
  twice (two websockets, a replay) is stored once.
- ``user_id`` is the sender's Signal UUID (its phone number only when the
  UUID is missing) and is pseudonymised by the runtime; ``address`` is the
  same value, sealed at rest by the store, used to write back.
- :meth:`send` raises :class:`SendError` with ``permanent=True`` only when no
  retry can help (the person is not on Signal, the address is invalid).

Safety defaults: group messages are never handled as requests; each person's
chat gets a disappearing-messages timer before the bot's first reply in this
process; files are deleted from signal-cli-rest-api's volume once committed.

The :class:`signalbot.SignalBot` is built inside the running loop and never
started: ``SignalBot.start`` runs signalbot's own receive pipeline (whose
concurrent consumers could reorder a person's messages) and ``SignalBot.stop``
stops the event loop, which belongs to the runtime. We use its client and
parser and run the receive loop ourselves (:mod:`bot.signal.receive`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import AsyncIterator, Coroutine
from typing import Any

from packaging.version import InvalidVersion, Version
from signalbot import (
    LOGGER_NAME,
    MIN_SIGNAL_CLI_REST_API_VERSION,
    Config,
    ConnectionMode,
    DataMessage,
    InMemoryConfig,
    SignalBot,
    UnknownMessageFormatError,
    UpdateContact,
    parse,
)
from signalbot import Attachment as SignalAttachment

from bot.logs import event
from bot.signal.inbound import LOGGED_SKIPS, attachment_kind, clean_mime, skip_reason
from bot.signal.receive import ReceiveLoop
from bot.signal.render import render_text, split_body
from bot.signal.rest import RestClient
from bot.transport import Note, Receive, Received, Rendered, SendError, ignore_note
from flows.messages import Attachment, AttachmentKind, Channel
from flows.policy import Policy

log = logging.getLogger("cre.signal")

DEFAULT_DISAPPEARING = 7 * 24 * 3600
LONG_TEXT = "text/x-signal-plain"
LONG_TEXT_LIMIT = 64 * 1024
"""Signal apps cap a long message's text attachment at 64 KiB."""
COMMIT_ATTEMPTS = 3
SIDE_CALL_TIMEOUT = 15.0
"""Seconds for calls that must never hold up a reply: typing, timer, file clean-up."""


def valid_address(address: str) -> bool:
    """A Signal UUID or an international phone number (what ``send`` can reach)."""
    if address.startswith("+"):
        return address[1:].isdigit() and 7 <= len(address) <= 16
    try:
        uuid.UUID(address)
    except ValueError:
        return False
    return True


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
        self._receive: Receive | None = None
        self._timer_set: set[str] = set()
        self._typing: dict[str, asyncio.Task[None]] = {}
        self._background: set[asyncio.Task[None]] = set()
        self._not_ready = 0

    # ----- lifecycle ----------------------------------------------------------

    async def start(self, receive: Receive, note: Note = ignore_note) -> None:
        """Build the SignalBot in this loop and start receiving in the background."""
        self._receive = receive
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
        self._loop = ReceiveLoop(self._frames, self._on_frame, self._check, initial=first, cap=cap)
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
        try:
            frame = json.loads(raw)
        except ValueError:
            event(log, "signal.unreadable", logging.WARNING)
            return
        reason = skip_reason(frame) if isinstance(frame, dict) else "no-envelope"
        if reason is not None:
            if reason in LOGGED_SKIPS:
                event(log, f"signal.{reason}_ignored", channel=self.channel.value)
            return
        try:
            message = await parse(self._signalbot()._signal, raw)
        except UnknownMessageFormatError:
            return
        except Exception as exc:  # a frame signalbot cannot read must not stop the loop
            event(log, "signal.unparsed", logging.WARNING, error=type(exc).__name__)
            return
        if not isinstance(message, DataMessage) or message.is_group():
            return
        sender = message.source_uuid or message.source_number
        if not sender:
            return
        items = await self._received(message, sender)
        if not items:
            return
        for item in items:
            await self._commit(item)
        self._start_typing(sender)
        for attachment in message.attachments or ():
            if attachment.local_filename is not None:
                self._spawn(self._rest.delete_attachment(attachment.local_filename))

    async def _commit(self, item: Received) -> None:
        """Hand ``item`` to the runtime, retrying briefly: the service will not send it again.

        Retrying is safe because the inbox ignores a second copy (same dedupe).
        """
        assert self._receive is not None
        for attempt in range(1, COMMIT_ATTEMPTS + 1):
            try:
                await self._receive(item)
                return
            except Exception as exc:
                if attempt == COMMIT_ATTEMPTS:
                    raise
                event(log, "signal.commit_retry", logging.WARNING, error=type(exc).__name__)
                await asyncio.sleep(0.5 * attempt)

    async def _received(self, message: DataMessage, sender: str) -> list[Received]:
        text = message.text
        files: list[Attachment] = []
        for attachment in message.attachments or ():
            if clean_mime(attachment.content_type) == LONG_TEXT:
                text = await self._long_text(attachment) or text
            else:
                files.append(await self._fetch(attachment))
        if message.sticker is not None:
            files.append(Attachment(AttachmentKind.STICKER, "image/webp", 0))
        base = f"{sender}:{message.timestamp}"
        if not files:
            if not text:
                return []
            return [self._item(sender, base, text=text)]
        return [
            self._item(sender, base if n == 0 else f"{base}:{n}", text if n == 0 else None, file)
            for n, file in enumerate(files)
        ]

    def _item(
        self, sender: str, dedupe: str, text: str | None = None, file: Attachment | None = None
    ) -> Received:
        return Received(
            channel=self.channel,
            user_id=sender,
            address=sender,
            dedupe=dedupe,
            text=text,
            attachment=file,
            locale_hint=None,  # Signal tells us no language: the engine asks for it first
        )

    async def _long_text(self, attachment: SignalAttachment) -> str | None:
        """The whole of a long message, which Signal sends as a text attachment
        (the message itself carries only its first 2 KiB)."""
        if attachment.local_filename is None:
            return None
        data, _ = await self._rest.fetch_attachment(attachment.local_filename, LONG_TEXT_LIMIT)
        return data.decode("utf-8", errors="replace") if data else None

    async def _fetch(self, attachment: SignalAttachment) -> Attachment:
        """The file, or its description with ``data=None`` when too big or unavailable."""
        mime = clean_mime(attachment.content_type)
        kind = attachment_kind(mime)
        name = attachment.remote_filename
        declared = attachment.size or 0
        limit = self.policy.max_file_bytes
        if attachment.local_filename is None or declared > limit:
            return Attachment(kind, mime, declared, None, name)
        data, size = await self._rest.fetch_attachment(attachment.local_filename, limit)
        return Attachment(kind, mime, max(size, declared), data, name)

    # ----- outbound -------------------------------------------------------------

    def pieces(self, message: Rendered) -> list[Rendered]:
        return [message]

    async def send(self, address: str, message: Rendered) -> None:
        """Send ``message`` as text with its choices numbered; see the module contract."""
        if not valid_address(address):
            raise SendError("invalid-recipient", permanent=True)
        await self._ensure_timer(address)
        for piece in split_body(render_text(message)):
            await self._rest.send_text(address, piece)
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
