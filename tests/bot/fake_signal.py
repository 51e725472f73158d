"""A fake signal-cli-rest-api (json-rpc mode) on 127.0.0.1, for driving the real signalbot.

It answers what signalbot and our transport call, in the shapes the real
service uses (checked against bbernhard/signal-cli-rest-api's ``api.go``):

- ``GET /v1/health`` 204, ``GET /v1/about``, ``GET /v1/groups/{number}`` ``[]``
- websocket ``/v1/receive/{number}``: frames ``{"account", "envelope"}`` built
  field by field in :mod:`tests.bot.signal_frames` (each shape cited there),
  pushed to every connected socket and **dropped** when none is connected,
  like the real service (``api.go`` ``handleSignalReceive`` writes only to the
  receive channels registered at that moment)
- ``POST /v2/send``: 201 with a JSON list of ``{"timestamp": "..."}``; errors
  are ``{"error": "..."}`` with 400 (almost everything) or 429 (rate limit);
  ``base64_attachments`` are decoded as ``src/client/attachment.go`` does
  (``data:<mime>;filename=<name>;base64,<data>`` or bare base64) and recorded
- ``PUT|DELETE /v1/typing-indicator/{number}``, ``PUT /v1/contacts/{number}``
  (the disappearing-messages timer), ``GET|DELETE /v1/attachments/{id}``

Test controls: ``push_text``, ``push_attachment``, ``push_group_text``,
``push_frame`` (an envelope), ``push`` (a whole frame), ``push_raw`` (any text),
``store_file``, ``close_clean`` (close code 1000), ``close_abrupt`` (TCP
dropped), ``stop``/``start(port)`` (a restart), ``fail_send``, ``send_delay``,
``typing_status``, ``contacts_status``, ``about``; and to read:
``sent_to``, ``wait_sent``, ``wait_connected``, ``contacts``, ``typing``,
``fetched``, ``deleted``, ``stored`` (files not yet deleted), ``history``
(timer and send calls, in order), ``Sent.files``.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import secrets
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSCloseCode, web

from tests.bot import signal_frames as frames

# src/client/client.go ``About``: versions, build, mode, version, capabilities (api.go About: 200)
ABOUT = {
    "versions": ["v1", "v2"],
    "build": 2,
    "mode": "json-rpc",
    "version": "0.101.0",
    "capabilities": {"v2/send": ["quotes", "mentions"]},
}


@dataclass(frozen=True)
class SentFile:
    mime: str
    name: str
    data: bytes


@dataclass
class Sent:
    recipient: str
    text: str
    payload: dict[str, Any]
    files: list[SentFile] = field(default_factory=list)


def decode_attachment(value: str) -> SentFile:
    """As ``src/client/attachment.go`` ``extractMetaData``: data after the last ``base64,``;
    ``data:`` and ``filename=`` items of the ``;``-separated prefix, if any."""
    flag = value.rfind("base64,")
    if "data:" not in value or flag == -1:
        return SentFile("", "", base64.b64decode(value, validate=True))
    meta = {"mime": "", "name": ""}
    for item in value[: max(flag - 1, 0)].split(";"):
        if item.startswith("data:"):
            meta["mime"] = item[len("data:") :]
        elif item.startswith("filename="):
            meta["name"] = item[len("filename=") :]
    data = base64.b64decode(value[flag + len("base64,") :], validate=True)
    return SentFile(meta["mime"], meta["name"], data)


@dataclass
class Failure:
    status: int
    error: str
    times: int
    recipient: str | None


@dataclass
class FakeSignalApi:
    number: str
    about: dict[str, Any] = field(default_factory=lambda: dict(ABOUT))
    sent: list[Sent] = field(default_factory=list)
    typing: list[tuple[str, str]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    history: list[tuple[str, str]] = field(default_factory=list)
    dropped: int = 0
    connections: int = 0

    def __post_init__(self) -> None:
        self.port = 0
        self.send_delay = 0.0
        self.typing_status = 204
        self.contacts_status = 204
        self._sockets: dict[web.WebSocketResponse, web.Request] = {}
        self._files: dict[str, bytes] = {}
        self._failures: list[Failure] = []
        self._clock = itertools.count(int(time.time() * 1000))
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None

    # ----- server ------------------------------------------------------------

    async def start(self, port: int = 0) -> None:
        app = web.Application()
        app.add_routes(
            [
                web.get("/v1/health", self._health),
                web.get("/v1/about", self._about),
                web.get("/v1/groups/{number}", self._groups),
                web.get("/v1/receive/{number}", self._receive),
                web.post("/v2/send", self._send),
                web.put("/v1/typing-indicator/{number}", self._typing_indicator),
                web.delete("/v1/typing-indicator/{number}", self._typing_indicator),
                web.put("/v1/contacts/{number}", self._update_contact),
                web.get("/v1/attachments/{id}", self._attachment),
                web.delete("/v1/attachments/{id}", self._delete_attachment),
            ]
        )
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port or self.port, reuse_address=True)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        """Shut down (as a restarting container would): sockets close abruptly."""
        self.close_abrupt()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def service(self) -> str:
        return f"127.0.0.1:{self.port}"

    # ----- test controls -----------------------------------------------------

    @property
    def connected(self) -> int:
        return len(self._sockets)

    async def wait_connected(self, total: int = 1, timeout: float = 10) -> None:
        """Until ``total`` websocket sessions have been opened and one is open now."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: self.connections >= total and self.connected)

    async def push_raw(self, text: str) -> bool:
        """Push ``text`` as one websocket frame; False if dropped (no websocket connected)."""
        if not self._sockets:
            self.dropped += 1
            return False
        for socket in list(self._sockets):
            await socket.send_str(text)
        return True

    async def push(self, frame: dict[str, Any]) -> bool:
        return await self.push_raw(json.dumps(frame))

    async def push_frame(
        self, envelope: dict[str, Any], exception: dict[str, Any] | None = None
    ) -> bool:
        """Push one envelope in its frame (see :func:`signal_frames.frame`)."""
        return await self.push(frames.frame(self.number, envelope, exception))

    def stamp(self) -> int:
        """A fresh timestamp in milliseconds, as signal-cli writes them."""
        return next(self._clock)

    def envelope(
        self, number: str | None, uuid_: str, data: dict[str, Any], timestamp: int | None = None
    ) -> dict[str, Any]:
        """A direct message's envelope; ``data`` holds the ``JsonDataMessage`` fields to set."""
        stamp = timestamp if timestamp is not None else next(self._clock)
        message = frames.data_message(stamp, **data)
        return frames.envelope(number, uuid_ or None, stamp, dataMessage=message)

    def store_file(self, content: bytes, content_type: str) -> str:
        """Keep ``content`` as signal-cli would in its attachments folder; its id."""
        extension = content_type.rsplit("/", 1)[-1].split(";")[0]
        attachment_id = f"{secrets.token_urlsafe(15)}.{extension}"
        self._files[attachment_id] = content
        return attachment_id

    @property
    def stored(self) -> set[str]:
        """Ids of the files signal-cli still holds (not deleted by the bot)."""
        return set(self._files)

    async def push_text(
        self, number: str | None, uuid_: str, text: str, timestamp: int | None = None
    ) -> bool:
        return await self.push_frame(self.envelope(number, uuid_, {"message": text}, timestamp))

    async def push_group_text(self, number: str, uuid_: str, text: str) -> bool:
        group = base64.b64encode(b"g" * 32).decode()
        # JsonGroupInfo.java: groupId (base64), groupName, revision, type (DELIVER / UPDATE)
        info = {"groupId": group, "groupName": "Facilitators", "revision": 2, "type": "DELIVER"}
        data = {"message": text, "groupInfo": info}
        return await self.push_frame(self.envelope(number, uuid_, data))

    async def push_attachment(
        self,
        number: str | None,
        uuid_: str,
        content: bytes,
        content_type: str,
        *,
        filename: str | None = None,
        text: str | None = None,
        voice_note: bool | None = None,
        declared_size: int | None = -1,
    ) -> str:
        """Store ``content`` as signal-cli would and push a message referring to it; its id.

        The attachment has no ``isVoiceNote`` unless ``voice_note`` is given
        (see :mod:`tests.bot.signal_frames`).
        """
        attachment_id = self.store_file(content, content_type)
        entry = frames.attachment(
            attachment_id,
            content_type,
            len(content) if declared_size == -1 else declared_size,
            filename=filename,
            upload_timestamp=next(self._clock),
            voice_note=voice_note,
        )
        data: dict[str, Any] = {"attachments": [entry]}
        if text is not None:
            data["message"] = text
        await self.push_frame(self.envelope(number, uuid_, data))
        return attachment_id

    async def close_clean(self) -> None:
        """Close every websocket with code 1000 (signalbot then stops receiving for good)."""
        for socket in list(self._sockets):
            await socket.close(code=WSCloseCode.OK)

    def close_abrupt(self) -> None:
        """Drop every websocket's TCP connection without a close frame."""
        for request in list(self._sockets.values()):
            if request.transport is not None:
                request.transport.abort()

    def fail_send(
        self, status: int, error: str, times: int = 1, recipient: str | None = None
    ) -> None:
        """Answer the next ``times`` sends (to ``recipient``, or anyone) with an error.

        Status 201 answers like signal-cli when the send "succeeded" but the
        recipient is listed with a failure reason (``error``, e.g.
        ``UNREGISTERED_FAILURE``).
        """
        self._failures.append(Failure(status, error, times, recipient))

    async def wait_deleted(self, *file_ids: str, timeout: float = 10) -> None:
        """Until the bot has deleted every one of ``file_ids`` from the service."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: not set(file_ids) & set(self._files))

    def sent_to(self, recipient: str) -> list[str]:
        return [s.text for s in self.sent if s.recipient == recipient]

    async def wait_sent(self, recipient: str, count: int, timeout: float = 10) -> list[str]:
        """Until ``count`` messages were sent to ``recipient``; all of them."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: len(self.sent_to(recipient)) >= count)
        return self.sent_to(recipient)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # ----- handlers ----------------------------------------------------------

    async def _health(self, request: web.Request) -> web.StreamResponse:
        self.calls.append("health")
        return web.Response(status=204)

    async def _about(self, request: web.Request) -> web.StreamResponse:
        self.calls.append("about")
        return web.json_response(self.about)

    def _own(self, request: web.Request) -> None:
        if request.match_info["number"] != self.number:
            raise web.HTTPBadRequest(text=json.dumps({"error": "unknown account"}))

    async def _groups(self, request: web.Request) -> web.StreamResponse:
        self._own(request)
        return web.json_response([])

    async def _receive(self, request: web.Request) -> web.StreamResponse:
        self._own(request)
        socket = web.WebSocketResponse(heartbeat=None)
        await socket.prepare(request)
        self._sockets[socket] = request
        self.connections += 1
        await self._notify()
        try:
            async for _ in socket:
                pass  # clients never write; reading notices the close
        finally:
            self._sockets.pop(socket, None)
            await self._notify()
        return socket

    async def _send(self, request: web.Request) -> web.StreamResponse:
        payload = await request.json()
        recipients = payload.get("recipients") or []
        if payload.get("number") != self.number or len(recipients) != 1:
            return web.json_response({"error": "Couldn't process request"}, status=400)
        recipient = recipients[0]
        if self.send_delay:
            await asyncio.sleep(self.send_delay)
        for failure in self._failures:
            if failure.times > 0 and failure.recipient in (None, recipient):
                failure.times -= 1
                if failure.status == 201:  # accepted, yet not delivered (signal-cli's result)
                    # src/client/client.go send(): a result whose type is not SUCCESS becomes
                    # datastructs.go SendMessageError{uuid, number?, reason: the type}
                    errors = {"recipients": [{"uuid": recipient, "reason": failure.error}]}
                    answer = [{"timestamp": str(next(self._clock)), "errors": errors}]
                    return web.json_response(answer, status=201)
                # api.go SendV2: Error{Msg} → {"error"}, 400 for nearly all, 429 rate limits
                return web.json_response({"error": failure.error}, status=failure.status)
        try:
            files = [decode_attachment(a) for a in payload.get("base64_attachments") or ()]
        except ValueError:
            return web.json_response({"error": "illegal base64 data"}, status=400)
        self.sent.append(Sent(recipient, payload.get("message", ""), payload, files))
        self.history.append(("send", recipient))
        await self._notify()
        # api.go SendV2: 201 with the list of datastructs.go SendMessageResponse, whose
        # timestamp is a string (client.go: strconv.FormatInt of signal-cli's number)
        return web.json_response([{"timestamp": str(next(self._clock))}], status=201)

    async def _typing_indicator(self, request: web.Request) -> web.StreamResponse:
        self._own(request)
        body = await request.json()
        self.typing.append((request.method, body["recipient"]))
        if self.typing_status != 204:
            return web.json_response({"error": "typing failed"}, status=self.typing_status)
        return web.Response(status=204)

    async def _update_contact(self, request: web.Request) -> web.StreamResponse:
        self._own(request)
        body = await request.json()
        if not body.get("recipient"):
            return web.json_response({"error": "recipient missing"}, status=400)
        if self.contacts_status != 204:
            return web.json_response({"error": "update failed"}, status=self.contacts_status)
        self.contacts.append(body)
        self.history.append(("contact", body["recipient"]))
        await self._notify()
        return web.Response(status=204)

    async def _attachment(self, request: web.Request) -> web.StreamResponse:
        attachment_id = request.match_info["id"]
        if attachment_id not in self._files:
            return web.json_response({"error": "not found"}, status=404)
        self.fetched.append(attachment_id)
        return web.Response(
            body=self._files[attachment_id], content_type="application/octet-stream"
        )

    async def _delete_attachment(self, request: web.Request) -> web.StreamResponse:
        attachment_id = request.match_info["id"]
        if self._files.pop(attachment_id, None) is None:
            return web.json_response({"error": "not found"}, status=404)
        self.deleted.append(attachment_id)
        await self._notify()
        return web.Response(status=204)


def person(n: int) -> tuple[str, str]:
    """A (valid but fictional phone number, UUID) pair for the n-th test person."""
    numbers = ("+491701234567", "+254712345678", "+33612345678", "+5511912345678")
    return numbers[n], str(uuid.UUID(int=0x5151_0000 + n, version=4))
