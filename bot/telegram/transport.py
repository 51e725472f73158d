"""The Telegram channel: a python-telegram-bot ``Application`` run inside our event loop.

The application is built without PTB's Updater (which confirms updates before
they are handled, see :mod:`bot.telegram.polling`) and without its JobQueue
(due times live in the store), with ``AIORateLimiter(max_retries=0)``: it
keeps the overall send rate under Telegram's limit, and every retry is the
runtime outbox's job. Updates arrive by our own long polling, or by webhook
when a :class:`WebhookConfig` is given; either way each one is committed to
the inbox before Telegram is told it arrived.

Updates are converted directly rather than through ``process_update`` and
handlers, because ``process_update`` hands a handler's exception to error
handlers instead of raising it, which would let us confirm an update that
was never committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any

from telegram import Bot, InputFile
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bot.i18n import Catalogs
from bot.logs import event
from bot.telegram.accept import Acceptor
from bot.telegram.commands import set_menus
from bot.telegram.convert import Converter
from bot.telegram.download import Downloader
from bot.telegram.errors import retry_seconds, send_error
from bot.telegram.pacing import Pacing
from bot.telegram.polling import Backoff, Poller
from bot.telegram.render import file_name, pieces, render
from bot.telegram.webhook import WebhookConfig, WebhookServer
from bot.transport import Note, Receive, Rendered, SendError, ignore_note
from config.settings import DEFAULT_TELEGRAM_API, ConfigError, Settings
from flows.core.messages import Channel
from flows.core.policy import Policy

log = logging.getLogger("cre.telegram")


@dataclass(frozen=True, slots=True)
class TelegramOptions:
    """Timing and limits. The defaults suit production; tests shorten them.

    ``max_rate`` is the overall messages per second (0: no limit), ``chat_rate``
    the messages per second to one chat after a short burst (0: no limit; see
    :mod:`bot.telegram.pacing`);
    ``backoff`` is the first pause after a failed getUpdates or download;
    ``tries`` is how often an update's conversion or commit may fail before
    it is quarantined.
    """

    poll_timeout: int = 30
    backoff: float = 1.0
    max_backoff: float = 30.0
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    write_timeout: float = 20.0
    pool_timeout: float = 5.0
    max_rate: float = 30.0
    chat_rate: float = 1.0
    download_attempts: int = 3
    download_timeout: float = 60.0
    tries: int = 3


def file_url_for(api_url: str) -> str:
    """The file download URL matching a Bot API URL: ``…/bot`` becomes ``…/file/bot``."""
    head, found, tail = api_url.rpartition("/bot")
    if not found:
        raise ConfigError(
            "CRE_TELEGRAM_API_URL must end in /bot (or contain /bot{token}), "
            f"like {DEFAULT_TELEGRAM_API}"
        )
    return f"{head}/file/bot{tail}"


def build_application(
    token: str, api_url: str, options: TelegramOptions
) -> Application[Any, Any, Any, Any, Any, Any]:
    return (
        ApplicationBuilder()
        .token(token)
        .base_url(api_url)
        .base_file_url(file_url_for(api_url))
        .updater(None)
        .job_queue(None)
        .rate_limiter(AIORateLimiter(overall_max_rate=options.max_rate, max_retries=0))
        .connect_timeout(options.connect_timeout)
        .read_timeout(options.read_timeout)
        .write_timeout(options.write_timeout)
        .media_write_timeout(options.write_timeout * 3)
        .pool_timeout(options.pool_timeout)
        .get_updates_connect_timeout(options.connect_timeout)
        .get_updates_read_timeout(options.read_timeout)
        .get_updates_write_timeout(options.write_timeout)
        .get_updates_pool_timeout(options.pool_timeout)
        .build()
    )


class TelegramTransport:
    """Implements :class:`bot.transport.Transport` for Telegram (polling, or webhook)."""

    channel = Channel.TELEGRAM

    def __init__(
        self,
        token: str,
        catalogs: Catalogs,
        policy: Policy | None = None,
        api_url: str = DEFAULT_TELEGRAM_API,
        webhook: WebhookConfig | None = None,
        options: TelegramOptions | None = None,
    ) -> None:
        self.catalogs = catalogs
        self.policy = policy or Policy()
        self.options = options or TelegramOptions()
        self.webhook = webhook
        self.application = build_application(token, api_url, self.options)
        self.bot: Bot = self.application.bot
        self.backoff = Backoff(self.options.backoff, self.options.max_backoff)
        self.pacing = Pacing(self.options.chat_rate)
        self.poller: Poller | None = None
        self.server: WebhookServer | None = None
        self._acceptor: Acceptor | None = None
        self._downloader: Downloader | None = None
        self.note: Note = ignore_note
        self._stack: AsyncExitStack | None = None
        self._task: asyncio.Task[None] | None = None
        self._menus: asyncio.Task[int] | None = None

    @classmethod
    def from_settings(
        cls, settings: Settings, catalogs: Catalogs | None = None
    ) -> TelegramTransport:
        if settings.telegram_token is None:
            raise ConfigError("CRE_TELEGRAM_TOKEN is not set")
        webhook = None
        if settings.telegram_webhook_url is not None:
            host, _, port = settings.telegram_webhook_listen.rpartition(":")
            webhook = WebhookConfig(
                settings.telegram_webhook_url,
                host,
                int(port),
                secret=settings.telegram_webhook_secret,
            )
        return cls(
            settings.telegram_token,
            catalogs or Catalogs(),
            settings.policy,
            settings.telegram_api_url,
            webhook,
            TelegramOptions(
                max_rate=settings.telegram_max_rate, chat_rate=settings.telegram_chat_rate
            ),
        )

    # ----- lifecycle ------------------------------------------------------------

    async def start(self, receive: Receive, note: Note = ignore_note) -> None:
        """Connect (getMe) and start receiving in the background.

        A token Telegram rejects stops the bot with a clear message; an
        unreachable Telegram does not: connecting is retried in the background.
        ``note`` counts quarantined updates (see :mod:`bot.telegram.accept`).
        """
        self.note = note
        self._downloader = Downloader(
            self.bot,
            self.policy.max_file_bytes,
            attempts=self.options.download_attempts,
            timeout=self.options.download_timeout,
            retry_pause=self.options.backoff,
        )
        converter = Converter(self._downloader, self.policy)
        self._acceptor = Acceptor(self.bot, converter, receive, note, tries=self.options.tries)
        if self.webhook is not None:
            self.server = WebhookServer(self.bot, self._acceptor, self.webhook)
            await self.server.start()
        try:
            await self._connect()
        except InvalidToken:
            await self.stop()
            raise ConfigError(
                "Telegram rejected CRE_TELEGRAM_TOKEN (or CRE_TELEGRAM_API_URL is wrong): "
                "check the token @BotFather gave you"
            ) from None
        except Exception as exc:  # unreachable for now: keep trying in the background
            event(log, "telegram.connect_failed", logging.WARNING, error=type(exc).__name__)
        self._task = asyncio.create_task(self._run(), name="telegram-start")

    async def _connect(self) -> None:
        stack = AsyncExitStack()
        try:
            await stack.enter_async_context(self.application)
            await self.application.start()
        except BaseException:
            await stack.aclose()
            raise
        self._stack = stack

    async def _run(self) -> None:
        failures = 0
        while self._stack is None:
            failures += 1
            await asyncio.sleep(self.backoff.delay(failures))
            try:
                await self._connect()
            except Exception as exc:  # retried until Telegram answers
                name = (
                    "telegram.token_rejected"
                    if isinstance(exc, InvalidToken)
                    else "telegram.connect_failed"
                )
                event(log, name, logging.WARNING, error=type(exc).__name__, attempts=failures)
        event(log, "telegram.connected", status="webhook" if self.server else "polling")
        self._menus = asyncio.create_task(
            set_menus(self.bot, self.catalogs, self.policy.languages, self.policy.default_language)
        )
        if self.server is not None:
            await self._register_webhook()
            return
        assert self._acceptor is not None
        self.poller = Poller(
            self.bot,
            self._acceptor,
            timeout=self.options.poll_timeout,
            backoff=self.backoff,
            read_timeout=self.options.read_timeout,
        )
        self.poller.start()

    async def _register_webhook(self) -> None:
        assert self.server is not None
        failures = 0
        while True:
            try:
                await self.server.register()
                return
            except TelegramError as exc:
                failures += 1
                event(
                    log,
                    "telegram.webhook_set_failed",
                    logging.WARNING,
                    error=type(exc).__name__,
                    attempts=failures,
                )
                await asyncio.sleep(self.backoff.delay(failures))

    async def stop(self) -> None:
        """Stop receiving (a batch being committed is finished first), then disconnect."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self.poller is not None:
            await self.poller.stop()
        if self.server is not None:
            await self.server.stop()
        if self._menus is not None and not self._menus.done():
            self._menus.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._menus
        if self._acceptor is not None:
            await self._acceptor.close()
        if self._downloader is not None:
            await self._downloader.close()
        if self._stack is not None:
            if self.application.running:
                await self.application.stop()
            await self._stack.aclose()
            self._stack = None
        event(log, "telegram.stopped")

    # ----- sending ----------------------------------------------------------------

    def pieces(self, message: Rendered) -> list[Rendered]:
        """Texts longer than Telegram allows in parts, buttons on the last (see ``render``)."""
        return pieces(message)

    async def send(self, address: str, message: Rendered) -> None:
        """Send one piece (one Bot API call).

        A message not cut with :meth:`pieces` is still sent whole, piece after
        piece; a failure then cannot tell which pieces were delivered.
        """
        try:
            chat_id = int(address)
        except ValueError:
            raise SendError("bad-address", permanent=True) from None
        for part in render(message):
            await self.pacing.wait(chat_id)
            try:
                if part.file is None:
                    await self.bot.send_message(
                        chat_id=chat_id, text=part.text, reply_markup=part.keyboard
                    )
                else:
                    await self.bot.send_document(
                        chat_id=chat_id,
                        document=InputFile(part.file.data, filename=file_name(part.file)),
                        caption=part.text or None,
                        reply_markup=part.keyboard,
                    )
            except TelegramError as exc:
                if isinstance(exc, RetryAfter):  # flood control is bot-wide: everyone waits
                    self.pacing.flood(retry_seconds(exc))
                raise send_error(exc) from exc
