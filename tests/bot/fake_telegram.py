"""A fake Telegram Bot API server on 127.0.0.1, speaking HTTP as python-telegram-bot calls it.

Calls are ``POST /bot{token}/{method}`` with form-urlencoded or multipart
bodies whose non-string values are JSON-encoded; files are served at
``GET /file/bot{token}/{file_path}``. Answers are ``{"ok": true, "result": …}``
or a non-2xx ``{"ok": false, "error_code": …, "description": …}`` like the
real server's, so the real library classifies them (429 with
``parameters.retry_after`` becomes RetryAfter, 403 Forbidden, 409 Conflict…).

getUpdates follows Telegram's rules: an update stays queued until a later
call's ``offset`` is above its id (that call confirms it); with ``timeout``
the call waits until an update is queued or the time is up; a newer
getUpdates ends an older waiting one with 409 Conflict.

Tests push updates as a person would (``push_message``, ``push_callback``,
``push_photo``…), including the odd shapes real servers and clients produce
(``push_docs_example``, ``push_legacy_poll``, ``push_forwarded``,
``push_album``, ``push_stale``…; each cites where its shape comes from), read
what the bot sent (``sent_to``, ``texts``), inject
failures (``fail`` for a scripted queue per method, ``chaos`` for a random
rate) and pause a call at a chosen moment (``hold``) to kill the bot there.
An injected failure happens before the call is processed, except ``lost``,
which processes the call and never answers (a reply delivered whose
confirmation was lost: the one case where a resend duplicates a message).
A client that gives up on a slow answer (its read timeout) closes the
connection: the fake notices, and marks what that answer confirmed as
``answer_abandoned``, the same thing seen from the other side.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

TOKEN = "123456:TEST-token-not-real"
BOT_USER: dict[str, Any] = {
    "id": 123456,
    "is_bot": True,
    "first_name": "CRE Test",
    "username": "cre_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
MAX_DOWNLOAD = 20 * 1024 * 1024
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "callback_query_id",
        "file_id",
        "url",
        "secret_token",
        "language_code",
        "description",
        "short_description",
        "name",
        "parse_mode",
    }
)


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Failure:
    """One injected failure: an error status, a timeout, a dropped connection or a lost answer."""

    kind: str
    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None

    @classmethod
    def flood(cls, seconds: int = 1) -> Failure:
        return cls("status", 429, f"Too Many Requests: retry after {seconds}", seconds)

    @classmethod
    def server(cls, status: int = 500) -> Failure:
        names = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
        return cls("status", status, names.get(status, "Server Error"))

    @classmethod
    def timeout(cls) -> Failure:
        return cls("timeout", 504, "Gateway Timeout")

    @classmethod
    def drop(cls) -> Failure:
        return cls("drop")

    @classmethod
    def lost(cls) -> Failure:
        return cls("lost", 504, "Gateway Timeout")

    @classmethod
    def conflict(cls) -> Failure:
        return cls(
            "status",
            409,
            "Conflict: terminated by other getUpdates request; "
            "make sure that only one bot instance is running",
        )

    @classmethod
    def error(cls, status: int, description: str) -> Failure:
        return cls("status", status, description)


CHAOS_MIX: tuple[Failure, ...] = (
    Failure.flood(1),
    Failure.server(500),
    Failure.server(502),
    Failure.timeout(),
    Failure.drop(),
)


@dataclass(slots=True)
class Sent:
    """A message the bot sent (and, for ``editMessageText``, its latest text)."""

    message_id: int
    chat_id: int
    text: str
    buttons: list[tuple[str, str]]
    response_lost: bool = False
    answer_abandoned: bool = False
    """The bot closed the connection right after (or before) this answer: it timed out."""
    edits: int = 0
    epoch: int = 0
    document: bytes | None = None
    file_name: str | None = None

    @property
    def labels(self) -> list[str]:
        return [label for label, _ in self.buttons]

    @property
    def data(self) -> list[str]:
        return [data for _, data in self.buttons]


@dataclass(slots=True)
class Call:
    method: str
    params: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Upload:
    """A file part of a multipart request."""

    name: str
    data: bytes


@dataclass(slots=True)
class FakeFile:
    """``size`` is what the update and getFile announce; ``data`` is what is served.

    ``announce`` False leaves ``file_size`` out of getFile (optional in the Bot
    API docs' File object; a self-hosted server may not know it). ``chunked``
    serves it without Content-Length.
    """

    file_id: str
    path: str
    data: bytes
    size: int
    announce: bool = True
    chunked: bool = False


@dataclass(slots=True)
class Hold:
    """Pauses the first matching call until ``release`` is set (or the server closes).

    ``after`` holds it after it was processed (a message delivered whose answer
    never leaves), otherwise before (nothing happened yet).
    """

    method: str
    match: Callable[[dict[str, Any]], bool]
    after: bool
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)
    used: bool = False


class FakeTelegram:
    def __init__(self, token: str = TOKEN, timeout_delay: float = 2.0, seed: int = 4) -> None:
        self.token = token
        self.timeout_delay = timeout_delay
        self.calls: list[Call] = []
        self.sent: list[Sent] = []
        self.commands: dict[str | None, list[dict[str, str]]] = {}
        self.callback_answers: list[str] = []
        self.downloads: list[str] = []
        self.webhook: dict[str, Any] | None = None
        self.blocked: set[int] = set()
        self.gone: set[int] = set()
        self.files: dict[str, FakeFile] = {}
        self.script: dict[str, list[Failure]] = {}
        self.chaos_rate = 0.0
        self.chaos_methods: frozenset[str] | None = None
        self.chaos_mix: tuple[Failure, ...] = CHAOS_MIX
        self.injected: Counter[str] = Counter()
        self.holds: list[Hold] = []
        self.served = asyncio.Event()
        self.epoch = 0
        """Tests bump this when they kill the bot; each sent message records it."""
        self.pushed: dict[int, dict[str, Any]] = {}
        self.download_limit: int | None = MAX_DOWNLOAD
        """getFile refuses files above this, as api.telegram.org does (None: self-hosted)."""
        self.chunked_downloads = False
        """Files added from now on are served without Content-Length (chunked), as a proxy may."""
        self._stale: set[int] = set()
        self._pending: list[dict[str, Any]] = []
        self._update_ids = itertools.count(700_000)
        self._message_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._changed = asyncio.Event()
        self._poll_generation = 0
        self._closing = asyncio.Event()
        self._rng = random.Random(seed)
        self._runner: web.AppRunner | None = None
        self._watched: list[tuple[float, Any, list[int]]] = []
        self._sweeper: asyncio.Task[None] | None = None
        self.port = 0

    # ----- server lifecycle ------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._route)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self._sweeper = asyncio.create_task(self._sweep_abandoned())

    async def close(self) -> None:
        self._closing.set()
        self._wake()
        for hold in self.holds:
            hold.release.set()
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """What ``CRE_TELEGRAM_API_URL`` is set to: the token follows ``/bot``."""
        return f"{self.url}/bot"

    ABANDON_WINDOW = 1.0
    """Seconds after an answer during which a closed connection means the client gave up.

    python-telegram-bot (httpx) closes a connection whose answer it stopped
    waiting for; one whose answer it read goes back to its pool and stays open.
    """

    def _watch(self, request: web.Request, result: Any) -> None:
        """Watch the connection of an answer that confirmed sent messages."""
        items = result if isinstance(result, list) else [result]
        ids = [m["message_id"] for m in items if isinstance(m, dict) and "message_id" in m]
        if ids and request.protocol is not None:
            self._watched.append((time.monotonic() + self.ABANDON_WINDOW, request.protocol, ids))

    async def _sweep_abandoned(self) -> None:
        while True:
            await asyncio.sleep(0.02)
            now = time.monotonic()
            keep = []
            for deadline, protocol, ids in self._watched:
                if protocol.transport is None:
                    for sent in self.sent:
                        if sent.message_id in ids:
                            sent.answer_abandoned = True
                elif deadline > now:
                    keep.append((deadline, protocol, ids))
            self._watched = keep

    # ----- what tests push ----------------------------------------------------------------

    def _user(self, user_id: int, language_code: str | None) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        if language_code:
            user["language_code"] = language_code
        return user

    def _queue(self, kind: str, body: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        update = {"update_id": update_id, kind: body}
        self._pending.append(update)
        self.pushed[update_id] = update
        self._wake()
        return update_id

    def _message(
        self,
        user_id: int,
        language_code: str | None,
        chat: dict[str, Any] | None,
        **content: Any,
    ) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat or {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
            "from": self._user(user_id, language_code),
            **content,
        }

    def push_message(
        self,
        user_id: int,
        text: str,
        language_code: str | None = "en",
        chat: dict[str, Any] | None = None,
    ) -> int:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            length = len(text.split(" ", 1)[0])
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self._queue("message", self._message(user_id, language_code, chat, **content))

    def push_group_message(self, user_id: int, text: str, group_id: int = -1001234) -> int:
        chat = {"id": group_id, "type": "supergroup", "title": "Some group"}
        return self.push_message(user_id, text, chat=chat)

    def push_content(self, user_id: int, language_code: str | None = "en", **content: Any) -> int:
        """Any message content, for example ``location={...}``."""
        return self._queue("message", self._message(user_id, language_code, None, **content))

    def push_callback(self, user_id: int, data: str, language_code: str | None = "en") -> int:
        own = [s for s in self.sent if s.chat_id == user_id]
        message = {
            "message_id": own[-1].message_id if own else 1,
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
            "from": BOT_USER,
            "text": own[-1].text if own else "…",
        }
        body = {
            "id": f"cb{next(self._callback_ids)}",
            "from": self._user(user_id, language_code),
            "chat_instance": f"ci{user_id}",
            "message": message,
            "data": data,
        }
        return self._queue("callback_query", body)

    def push_group_callback(self, user_id: int, data: str, group_id: int = -1001234) -> int:
        """A member pressing a button under one of the bot's messages in a group."""
        own = [s for s in self.sent if s.chat_id == group_id]
        message = {
            "message_id": own[-1].message_id if own else 1,
            "date": int(time.time()),
            "chat": {"id": group_id, "type": "supergroup", "title": "Queue"},
            "from": BOT_USER,
            "text": own[-1].text if own else "…",
        }
        body = {
            "id": f"cb{next(self._callback_ids)}",
            "from": self._user(user_id, "en"),
            "chat_instance": f"ci{group_id}",
            "message": message,
            "data": data,
        }
        return self._queue("callback_query", body)

    def redeliver(self, update_id: int) -> None:
        """Queue an already pushed update again, as Telegram does when unsure it arrived."""
        self._pending.append(self.pushed[update_id])
        self._wake()

    def add_file(
        self,
        data: bytes,
        folder: str,
        suffix: str,
        size: int | None = None,
        announce: bool = True,
    ) -> FakeFile:
        number = next(self._file_ids)
        stored = FakeFile(
            f"FILE{number:04d}",
            f"{folder}/file_{number}.{suffix}",
            data,
            size or len(data),
            announce,
            self.chunked_downloads,
        )
        self.files[stored.file_id] = stored
        return stored

    def _file_fields(self, stored: FakeFile, announce_size: bool) -> dict[str, Any]:
        fields: dict[str, Any] = {"file_id": stored.file_id, "file_unique_id": f"u{stored.file_id}"}
        if announce_size:
            fields["file_size"] = stored.size
        return fields

    def push_photo(self, user_id: int, data: bytes, caption: str | None = None) -> int:
        small = self.add_file(data[: max(1, len(data) // 4)], "photos", "jpg")
        large = self.add_file(data, "photos", "jpg")
        sizes = [
            {**self._file_fields(small, True), "width": 90, "height": 60},
            {**self._file_fields(large, True), "width": 1280, "height": 853},
        ]
        extra = {"caption": caption} if caption else {}
        return self.push_content(user_id, photo=sizes, **extra)

    def push_document(
        self,
        user_id: int,
        data: bytes,
        file_name: str = "report.pdf",
        mime_type: str | None = "application/pdf",
        size: int | None = None,
        announce_size: bool = True,
        caption: str | None = None,
    ) -> int:
        """A document; ``mime_type`` None leaves the field out.

        Document.mime_type and file_size are optional in the Bot API docs
        (https://core.telegram.org/bots/api#document); PTB's own test data
        builds documents with and without them (tests/_files/test_document.py).
        ``announce_size`` False also leaves file_size out of getFile.
        """
        stored = self.add_file(
            data, "documents", file_name.rsplit(".", 1)[-1], size, announce=announce_size
        )
        document: dict[str, Any] = {
            **self._file_fields(stored, announce_size),
            "file_name": file_name,
        }
        if mime_type is not None:
            document["mime_type"] = mime_type
        extra = {"caption": caption} if caption else {}
        return self.push_content(user_id, document=document, **extra)

    def push_voice(self, user_id: int, data: bytes, duration: int = 3) -> int:
        stored = self.add_file(data, "voice", "oga")
        voice = {**self._file_fields(stored, True), "duration": duration, "mime_type": "audio/ogg"}
        return self.push_content(user_id, voice=voice)

    def push_sticker(self, user_id: int) -> int:
        stored = self.add_file(b"RIFF-webp-sticker", "stickers", "webp")
        sticker = {
            **self._file_fields(stored, True),
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return self.push_content(user_id, sticker=sticker)

    # ----- odd shapes real servers and clients send -------------------------------------------

    def push_raw(self, kind: str, body: Any, stale: bool = False) -> int:
        """Any update body as is. ``stale``: delivered whatever ``allowed_updates`` says.

        The Bot API docs (getUpdates, ``allowed_updates``): "this parameter
        doesn't affect updates created before the call to getUpdates, so
        unwanted updates may be received for a short period of time".
        """
        update_id = self._queue(kind, body)
        if stale:
            self._stale.add(update_id)
        return update_id

    def push_docs_example(self, text: str = "/start") -> int:
        """The update of the Bot API's own webhook guide, field by field.

        https://core.telegram.org/bots/webhooks#testing-your-bot-with-updates:
        ``from`` has no ``is_bot`` and ``chat`` no ``type`` (both required by
        PTB's User and Chat), so PTB cannot parse it. Its ids are the guide's.
        """
        return self._queue(
            "message",
            {
                "date": 1441645532,
                "chat": {
                    "last_name": "Test Lastname",
                    "id": 1111111,
                    "first_name": "Test",
                    "username": "Test",
                },
                "message_id": 1365,
                "from": {
                    "last_name": "Test Lastname",
                    "id": 1111111,
                    "first_name": "Test",
                    "username": "Test",
                },
                "text": text,
            },
        )

    def push_legacy_poll(self, user_id: int) -> int:
        """A person sends a poll, as a Bot API server older than 9.6 shows it.

        Poll and PollOption per https://core.telegram.org/bots/api#poll; Bot
        API 9.6 added PollOption.persistent_id, which PTB 22.8 requires
        (src/telegram/_poll.py: "`persistent_id` is a required argument since
        Bot API 9.6"); an older self-hosted server leaves it out.
        """
        poll = {
            "id": f"poll{user_id}",
            "question": "Which day?",
            "options": [
                {"text": "Monday", "voter_count": 0},
                {"text": "Tuesday", "voter_count": 0},
            ],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
        }
        return self.push_content(user_id, poll=poll)

    def push_unknown_update(self, user_id: int) -> int:
        """An update type newer than our library (future Bot API versions add some).

        PTB keeps unknown top-level fields in ``api_kwargs`` (TelegramObject.de_json).
        """
        body = {"from": self._user(user_id, "en"), "date": int(time.time()), "flavour": "new"}
        return self.push_raw("future_update_kind", body, stale=True)

    def push_edited(self, user_id: int, text: str) -> int:
        """``edited_message`` (https://core.telegram.org/bots/api#update), with edit_date."""
        body = self._message(user_id, "en", None, text=text, edit_date=int(time.time()))
        return self.push_raw("edited_message", body, stale=True)

    def push_blocked_bot(self, user_id: int) -> int:
        """``my_chat_member`` when a person blocks the bot (ChatMemberUpdated, Bot API docs).

        Old member "member", new member "kicked" with ``until_date`` 0, as the
        docs' ChatMemberBanned describes.
        """
        bot = {"user": BOT_USER}
        body = {
            "chat": {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
            "from": self._user(user_id, "en"),
            "date": int(time.time()),
            "old_chat_member": {**bot, "status": "member"},
            "new_chat_member": {**bot, "status": "kicked", "until_date": 0},
        }
        return self.push_raw("my_chat_member", body, stale=True)

    def push_forwarded(self, user_id: int, text: str, origin: str) -> int:
        """A forwarded text message; ``origin`` is a MessageOrigin type or ``legacy``.

        MessageOriginUser / HiddenUser / Chat / Channel per
        https://core.telegram.org/bots/api#messageorigin (Bot API 7.0) and
        PTB's tests/test_messageorigin.py; ``legacy`` is what servers before
        7.0 sent (forward_from + forward_date, replaced by forward_origin in
        the Bot API 7.0 changelog); ``automatic`` is ``is_automatic_forward``.
        """
        date = int(time.time()) - 3600
        someone = self._user(4242, "en")
        channel = {"id": -1009999, "type": "channel", "title": "News"}
        group = {"id": -1008888, "type": "supergroup", "title": "Neighbours"}
        origins: dict[str, dict[str, Any]] = {
            "user": {"forward_origin": {"type": "user", "date": date, "sender_user": someone}},
            "hidden_user": {
                "forward_origin": {
                    "type": "hidden_user",
                    "date": date,
                    "sender_user_name": "Someone",
                }
            },
            "chat": {
                "forward_origin": {
                    "type": "chat",
                    "date": date,
                    "sender_chat": group,
                    "author_signature": "Admin",
                }
            },
            "channel": {
                "forward_origin": {
                    "type": "channel",
                    "date": date,
                    "chat": channel,
                    "message_id": 77,
                    "author_signature": "Editor",
                }
            },
            "legacy": {"forward_from": someone, "forward_date": date},
            "legacy_hidden": {"forward_sender_name": "Someone", "forward_date": date},
            "automatic": {"is_automatic_forward": True},
        }
        content: dict[str, Any] = {"text": text, **origins[origin]}
        if text.startswith("/"):
            length = len(text.split(" ", 1)[0])
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self.push_content(user_id, **content)

    def push_album(
        self, user_id: int, photos: list[bytes], caption: str | None = None
    ) -> list[int]:
        """Photos sent together: one update each, sharing ``media_group_id``.

        https://core.telegram.org/bots/api#message: media_group_id, "the unique
        identifier of a media message group this message belongs to"; only the
        first item carries the album's caption.
        """
        group = f"1337{user_id}{len(self.pushed)}"
        ids = []
        for index, data in enumerate(photos):
            stored = self.add_file(data, "photos", "jpg")
            sizes = [{**self._file_fields(stored, True), "width": 1280, "height": 960}]
            extra = {"caption": caption} if caption and index == 0 else {}
            ids.append(self.push_content(user_id, photo=sizes, media_group_id=group, **extra))
        return ids

    def push_video(
        self, user_id: int, data: bytes, mime_type: str | None = "video/quicktime"
    ) -> int:
        """A video as iOS clients send it (``video/quicktime``); Video.mime_type is optional."""
        stored = self.add_file(data, "videos", "mov")
        video: dict[str, Any] = {
            **self._file_fields(stored, True),
            "width": 1920,
            "height": 1080,
            "duration": 4,
            "file_name": "IMG_0001.MOV",
        }
        if mime_type is not None:
            video["mime_type"] = mime_type
        return self.push_content(user_id, video=video)

    def push_audio(self, user_id: int, data: bytes, mime_type: str | None = "audio/mpeg3") -> int:
        """An audio file with a client's odd MIME (``audio/mpeg3``); Audio.mime_type is optional."""
        stored = self.add_file(data, "music", "mp3")
        audio: dict[str, Any] = {
            **self._file_fields(stored, True),
            "duration": 30,
            "file_name": "recording.mp3",
        }
        if mime_type is not None:
            audio["mime_type"] = mime_type
        return self.push_content(user_id, audio=audio)

    # ----- what tests read ------------------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == chat_id]

    def texts(self, chat_id: int) -> list[str]:
        return [s.text for s in self.sent_to(chat_id)]

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    @property
    def pending(self) -> list[int]:
        """Ids of updates not yet confirmed by the bot."""
        return [u["update_id"] for u in self._pending]

    # ----- failure injection and holds --------------------------------------------------------

    def fail(self, method: str, *failures: Failure) -> None:
        """The next calls to ``method`` fail in this order."""
        self.script.setdefault(method, []).extend(failures)

    def chaos(
        self,
        rate: float,
        methods: frozenset[str] | None = None,
        mix: tuple[Failure, ...] = CHAOS_MIX,
    ) -> None:
        """Fail a ``rate`` share of calls (to ``methods``, default all) with a random ``mix``."""
        self.chaos_rate = rate
        self.chaos_methods = methods
        self.chaos_mix = mix

    def hold(
        self,
        method: str,
        match: Callable[[dict[str, Any]], bool] = lambda _: True,
        after: bool = False,
    ) -> Hold:
        hold = Hold(method, match, after)
        self.holds.append(hold)
        return hold

    def _failure(self, method: str) -> Failure | None:
        queued = self.script.get(method)
        if queued:
            return queued.pop(0)
        chosen = self.chaos_methods is None or method in self.chaos_methods
        if self.chaos_rate and chosen and self._rng.random() < self.chaos_rate:
            return self._rng.choice(self.chaos_mix)
        return None

    def _hold(self, method: str, params: dict[str, Any], after: bool) -> Hold | None:
        for hold in self.holds:
            wanted = not hold.used and hold.method == method and hold.after == after
            if wanted and hold.match(params):
                hold.used = True
                return hold
        return None

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    # ----- HTTP ----------------------------------------------------------------------------

    async def _route(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        file_prefix = f"/file/bot{self.token}/"
        api_prefix = f"/bot{self.token}/"
        if path.startswith(file_prefix) and request.method == "GET":
            return await self._download(request, path[len(file_prefix) :])
        if path.startswith(api_prefix) and request.method == "POST":
            return await self._api(request, path[len(api_prefix) :])
        if path.startswith("/bot") or path.startswith("/file/bot"):
            return _error(401, "Unauthorized")
        return _error(404, "Not Found")

    async def _download(self, request: web.Request, file_path: str) -> web.StreamResponse:
        for stored in self.files.values():
            if stored.path == file_path:
                self.downloads.append(stored.file_id)
                if not stored.chunked:
                    return web.Response(body=stored.data, content_type="application/octet-stream")
                response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
                response.enable_chunked_encoding()
                await response.prepare(request)
                view = memoryview(stored.data)
                with contextlib.suppress(ConnectionError):  # the reader may stop early
                    for start in range(0, len(view), 256 * 1024):
                        await response.write(view[start : start + 256 * 1024])
                    await response.write_eof()
                return response
        return _error(404, "Not Found")

    async def _api(self, request: web.Request, method: str) -> web.StreamResponse:
        params = await _params(request)
        self.calls.append(Call(method, params))
        if self._watched:  # a connection reused: the client read its previous answer
            self._watched = [w for w in self._watched if w[1] is not request.protocol]
        failure = self._failure(method)
        if failure is not None and failure.kind != "lost":
            self.injected[failure.kind if failure.kind != "status" else str(failure.status)] += 1
            return await self._failed(request, method, params, failure)
        hold = self._hold(method, params, after=False)
        if hold is not None:
            hold.arrived.set()
            await hold.release.wait()
        handler = getattr(self, f"m_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        try:
            result = await handler(params)
        except ApiError as exc:
            return _error(exc.status, exc.description, exc.retry_after)
        hold = self._hold(method, params, after=True)
        if hold is not None:
            hold.arrived.set()
            await hold.release.wait()
        if failure is not None:
            self.injected["lost"] += 1
            if isinstance(result, dict) and "message_id" in result:
                for sent in self.sent:
                    if sent.message_id == result["message_id"]:
                        sent.response_lost = True
            await self._pause(self.timeout_delay)
            return _error(failure.status, failure.description)
        self._watch(request, result)
        return web.json_response({"ok": True, "result": result})

    async def _failed(
        self, request: web.Request, method: str, params: dict[str, Any], failure: Failure
    ) -> web.StreamResponse:
        if failure.kind == "timeout":
            wait = self.timeout_delay
            if method == "getUpdates":
                wait += float(params.get("timeout") or 0)
            await self._pause(wait)
        elif failure.kind == "drop":
            if request.transport is not None:
                request.transport.close()
            await asyncio.sleep(0)
            return web.Response(status=500)
        return _error(failure.status, failure.description, failure.retry_after)

    # ----- Bot API methods ---------------------------------------------------------------------

    async def m_getMe(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    async def m_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = None
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    async def m_setWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = dict(params)
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self._wake()
        return True

    async def m_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        return {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    async def m_getUpdates(self, params: dict[str, Any]) -> Any:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake()
        offset = params.get("offset")
        if isinstance(offset, int):
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        limit = int(params.get("limit") or 100)
        allowed = params.get("allowed_updates") or None
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while True:
            if generation != self._poll_generation:
                raise ApiError(409, Failure.conflict().description)
            ready = [
                u
                for u in self._pending
                if allowed is None or _kind(u) in allowed or u["update_id"] in self._stale
            ]
            if ready or self._closing.is_set():
                if ready:
                    self.served.set()
                return ready[:limit]
            left = deadline - time.monotonic()
            if left <= 0:
                return []
            changed = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), left)

    async def m_sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = int(params["chat_id"])
        text = str(params.get("text") or "")
        self._check_chat(chat_id)
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        markup = params.get("reply_markup")
        buttons = _buttons(markup)
        sent = Sent(next(self._message_ids), chat_id, text, buttons, epoch=self.epoch)
        self.sent.append(sent)
        return self._message_result(sent, markup)

    async def m_sendDocument(self, params: dict[str, Any]) -> Any:
        chat_id = int(params["chat_id"])
        self._check_chat(chat_id)
        document = params.get("document")
        if not isinstance(document, Upload):
            raise ApiError(400, "Bad Request: there is no document in the request")
        caption = str(params.get("caption") or "")
        if len(caption.encode("utf-16-le")) // 2 > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        markup = params.get("reply_markup")
        sent = Sent(
            next(self._message_ids),
            chat_id,
            caption,
            _buttons(markup),
            epoch=self.epoch,
            document=document.data,
            file_name=document.name,
        )
        self.sent.append(sent)
        result = self._message_result(sent, markup)
        del result["text"]
        result["document"] = {
            "file_id": "SENT",
            "file_unique_id": "uSENT",
            "file_name": document.name,
        }
        if caption:
            result["caption"] = caption
        return result

    async def m_editMessageText(self, params: dict[str, Any]) -> Any:
        chat_id = int(params["chat_id"])
        message_id = int(params["message_id"])
        for sent in self.sent:
            if sent.chat_id == chat_id and sent.message_id == message_id:
                sent.text = str(params["text"])
                sent.buttons = _buttons(params.get("reply_markup"))
                sent.edits += 1
                return self._message_result(sent, params.get("reply_markup"))
        raise ApiError(400, "Bad Request: message to edit not found")

    async def m_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        self.callback_answers.append(str(params["callback_query_id"]))
        return True

    async def m_setMyCommands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list) or not commands:
            raise ApiError(400, "Bad Request: commands must be a non-empty list")
        for command in commands:
            description = command.get("description", "")
            if not 1 <= len(description) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[params.get("language_code") or None] = commands
        return True

    async def m_getFile(self, params: dict[str, Any]) -> Any:
        stored = self.files.get(str(params.get("file_id")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if self.download_limit is not None and stored.size > self.download_limit:
            raise ApiError(400, "Bad Request: file is too big")
        result: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": f"u{stored.file_id}",
            "file_path": stored.path,
        }
        if stored.announce:
            result["file_size"] = stored.size
        return result

    def _check_chat(self, chat_id: int) -> None:
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.gone:
            raise ApiError(400, "Bad Request: chat not found")

    def _message_result(self, sent: Sent, markup: Any) -> dict[str, Any]:
        result: dict[str, Any] = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": {"id": sent.chat_id, "type": "private", "first_name": "Someone"},
            "from": BOT_USER,
            "text": sent.text,
        }
        if markup:
            result["reply_markup"] = markup
        return result

    def _wake(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    # ----- webhook delivery (Telegram's side of webhook mode) ------------------------------------

    async def deliver(self, secret: str | None = None) -> list[int]:
        """POST queued updates to the webhook in order, as Telegram does; stop at a failure.

        Returns the HTTP statuses; an update is confirmed only by a 2xx answer.
        """
        assert self.webhook is not None, "no webhook set"
        token = self.webhook.get("secret_token") if secret is None else secret
        headers = {"X-Telegram-Bot-Api-Secret-Token": str(token)} if token else {}
        statuses: list[int] = []
        async with aiohttp.ClientSession() as session:
            while self._pending:
                update = self._pending[0]
                async with session.post(
                    str(self.webhook["url"]), json=update, headers=headers
                ) as response:
                    statuses.append(response.status)
                if not 200 <= statuses[-1] < 300:
                    break
                self._pending.pop(0)
        return statuses


def _kind(update: dict[str, Any]) -> str:
    return next(k for k in update if k != "update_id")


def _buttons(markup: Any) -> list[tuple[str, str]]:
    if not isinstance(markup, dict):
        return []
    found = []
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data", "")
            if not 1 <= len(data.encode("utf-8")) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            found.append((button["text"], data))
    return found


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)


async def _params(request: web.Request) -> dict[str, Any]:
    """Decode a Bot API body: JSON, or a form whose non-string values are JSON-encoded."""
    if request.content_type == "application/json":
        data = await request.json()
        return dict(data) if isinstance(data, dict) else {}
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        if isinstance(value, web.FileField):
            params[key] = Upload(value.filename, value.file.read())
        elif key in _STRING_FIELDS:
            params[key] = value
        else:
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
    return params
