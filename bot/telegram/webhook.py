"""Webhook mode: Telegram POSTs each update to us; 200 only once it is committed.

An aiohttp server listens on ``listen:port`` (normally behind a reverse proxy
that terminates HTTPS at the public ``url``). Each request must carry the
secret registered with ``setWebhook`` in ``X-Telegram-Bot-Api-Secret-Token``
(compared in constant time); anything else is refused with 403. The update is
committed to the inbox before the 200 is returned; when it must wait (its
commit failed) the answer is 500, and Telegram delivers it again later (the
inbox ignores the duplicate). An update that cannot be parsed, or keeps
failing, is quarantined (counted first, see :mod:`bot.telegram.accept`) and
answered with 200, so that Telegram stops resending it.

``max_connections`` defaults to 1 so that Telegram sends one update at a time
and a person's messages arrive in order; raise it only for very busy bots.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from telegram import Bot

from bot.logs import event
from bot.telegram.accept import Acceptor
from bot.telegram.convert import ALLOWED_UPDATES

log = logging.getLogger("cre.telegram")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

if TYPE_CHECKING:
    from aiohttp import web


@dataclass(frozen=True, slots=True)
class WebhookConfig:
    """Where Telegram reaches us. ``path`` defaults to the path of ``url``.

    ``secret`` (1–256 of ``A-Z a-z 0-9 _ -``) defaults to a fresh random one at
    every start; it is registered with ``setWebhook`` each time.
    """

    url: str
    listen: str = "127.0.0.1"
    port: int = 8443
    path: str | None = None
    secret: str | None = None
    max_connections: int = 1

    @property
    def route(self) -> str:
        return self.path or urlparse(self.url).path or "/"


class WebhookServer:
    def __init__(self, bot: Bot, acceptor: Acceptor, config: WebhookConfig) -> None:
        self.bot = bot
        self.acceptor = acceptor
        self.config = config
        self.secret = config.secret or secrets.token_urlsafe(32)
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen; raises OSError when the address is taken, so a bad setting stops the bot."""
        from aiohttp import web  # imported here: only webhook mode needs the server (0.2 s)

        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_post(self.config.route, self.handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=5.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.config.listen, self.config.port).start()
        event(log, "telegram.webhook_listening", count=self.port)

    @property
    def port(self) -> int:
        """The bound port (useful when ``port`` was 0)."""
        if self._runner is None or not self._runner.addresses:
            return self.config.port
        return int(self._runner.addresses[0][1])

    async def register(self) -> None:
        await self.bot.set_webhook(
            url=self.config.url,
            secret_token=self.secret,
            allowed_updates=list(ALLOWED_UPDATES),
            max_connections=self.config.max_connections,
            drop_pending_updates=False,
        )
        event(log, "telegram.webhook_set")

    async def stop(self) -> None:
        """Stop listening. The webhook stays registered: Telegram keeps updates until we return."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def handle(self, request: web.Request) -> web.Response:
        from aiohttp import web

        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            event(log, "telegram.webhook_refused", logging.WARNING, status=403)
            return web.Response(status=403)
        data: object = None
        try:
            data = json.loads(await request.read())
        except ValueError as exc:  # not JSON: quarantined like an unparseable update
            event(log, "telegram.webhook_malformed", logging.WARNING, error=type(exc).__name__)
        if await self.acceptor.accept(data):
            return web.Response(status=200)
        event(log, "telegram.webhook_failed", logging.ERROR)
        return web.Response(status=500)
