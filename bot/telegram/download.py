"""Downloading one file, streamed, with a hard size cap.

``getFile`` (through PTB) gives the file's path on the Bot API's file server;
the bytes are then read in chunks and reading stops as soon as they pass
``max_bytes``, whatever the update or ``getFile`` announced (a self-hosted
Bot API server serves files above Telegram's 20 MB, and a size can be
missing or wrong). PTB's own ``download_*`` methods read a whole body into
memory first, so they are not used. At most one file is held in memory per
update being handled.

A download that keeps failing gives up after ``attempts`` tries: the message
is passed on without data and the engine asks for the file again.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit, urlunsplit

from telegram import Bot
from telegram.error import BadRequest, RetryAfter, TelegramError

from bot.logs import event
from bot.telegram.errors import retry_seconds

log = logging.getLogger("cre.telegram")
CHUNK = 64 * 1024


if TYPE_CHECKING:
    import aiohttp


@dataclass(frozen=True, slots=True)
class Fetched:
    """The bytes (None when too big or unavailable) and the best known size.

    ``size`` is above the cap when the file was refused for its size.
    """

    data: bytes | None
    size: int


class DownloadFailed(Exception):
    """The file server answered with an error status (retried like a network error)."""


class Downloader:
    """One aiohttp session for the transport's lifetime; :meth:`close` it at stop."""

    def __init__(
        self,
        bot: Bot,
        max_bytes: int,
        attempts: int = 3,
        timeout: float = 60.0,
        retry_pause: float = 1.0,
    ) -> None:
        self.bot = bot
        self.max_bytes = max_bytes
        self.attempts = max(1, attempts)
        self.timeout = timeout
        self.retry_pause = retry_pause
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def fetch(self, file_id: str, size: int) -> Fetched:
        import aiohttp  # see _stream

        for attempt in range(1, self.attempts + 1):
            try:
                async with asyncio.timeout(self.timeout):
                    tg_file = await self.bot.get_file(file_id)
                    size = tg_file.file_size or size
                    if size > self.max_bytes:
                        return Fetched(None, size)
                    if tg_file.file_path is None:
                        raise DownloadFailed("no file_path")
                    return await self._stream(tg_file.file_path)
            except BadRequest as exc:
                if "too big" in exc.message.casefold():  # above what the Bot API serves
                    return Fetched(None, max(size, self.max_bytes + 1))
                event(log, "telegram.download_failed", logging.WARNING, error="BadRequest")
                return Fetched(None, size)
            except (TelegramError, aiohttp.ClientError, DownloadFailed, OSError) as exc:
                event(
                    log,
                    "telegram.download_failed",
                    logging.WARNING,
                    error=type(exc).__name__,
                    attempts=attempt,
                )
                if attempt < self.attempts:
                    pause = self.retry_pause * attempt
                    if isinstance(exc, RetryAfter):
                        pause = max(pause, retry_seconds(exc))
                    await asyncio.sleep(min(pause, 30.0))
        return Fetched(None, size)

    async def _stream(self, path: str) -> Fetched:
        """Read ``path`` (a URL) in chunks; stop past the cap."""
        import aiohttp  # here: loading it costs 0.2 s of start-up, and most updates carry no file

        parts = urlsplit(path)
        if parts.scheme not in ("http", "https"):
            # a Bot API server in --local mode hands out paths on its own disk
            raise DownloadFailed("not a URL")
        url = urlunsplit(parts._replace(path=quote(parts.path)))
        if self._session is None:
            self._session = aiohttp.ClientSession()
        async with self._session.get(url) as response:
            if response.status != 200:
                raise DownloadFailed(f"status {response.status}")
            announced = response.content_length
            if announced is not None and announced > self.max_bytes:
                return Fetched(None, announced)
            buffer = bytearray()
            async for chunk in response.content.iter_chunked(CHUNK):
                buffer += chunk
                if len(buffer) > self.max_bytes:
                    return Fetched(None, len(buffer))
        return Fetched(bytes(buffer), len(buffer))
