"""The two signal-cli-rest-api calls that signalbot's client cannot make safely for us.

- ``POST /v2/send``: signalbot raises on any non-2xx status and drops the
  response body, but the body is the only place signal-cli-rest-api says why
  (it answers 400 to almost every failure: "Unregistered user" is permanent,
  "Network failure" is not). We read it to choose between a permanent and a
  temporary :class:`~bot.transport.SendError`.
- ``GET /v1/attachments/{id}``: signalbot downloads a whole file into memory
  and base64-encodes it; we stream it with a byte limit, so a huge file is
  never held. ``DELETE`` then removes signal-cli's plain-text copy.

The request body for sending is still built by signalbot (``SendMessage``).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import quote

import aiohttp
from signalbot import SendMessage, TextMode

from bot.transport import SendError

PERMANENT_MARKERS = (
    "unregistered user",
    "invalid phone number",
    "invalid number",
    "invalid recipient",
    "invalid identifier",
)
"""Phrases of signal-cli errors that no retry will fix (lower case)."""

RATE_LIMIT_PAUSE = 60.0
CHUNK = 64 * 1024


def failure(status: int, body: str) -> SendError:
    """The :class:`SendError` for a non-2xx answer to ``POST /v2/send``.

    Reasons are fixed tokens: they are stored and logged, so they must never
    carry the error text (which names the recipient).
    """
    detail = body.casefold()
    if status == 400 and any(marker in detail for marker in PERMANENT_MARKERS):
        reason = "unregistered" if "unregistered" in detail else "invalid-recipient"
        return SendError(reason, permanent=True)
    if status == 429:
        return SendError("rate-limited", retry_after=RATE_LIMIT_PAUSE)
    if "untrusted identity" in detail:
        return SendError("untrusted-identity")  # the person's safety number changed
    return SendError(f"http-{status}")


def delivery_failure(answer: Any) -> SendError | None:
    """A 201 answer may still list recipients the message did not reach."""
    responses = answer if isinstance(answer, list) else [answer]
    reasons: list[str] = []
    for response in responses:
        errors = response.get("errors") if isinstance(response, dict) else None
        recipients = errors.get("recipients") if isinstance(errors, dict) else None
        for entry in recipients or ():
            if isinstance(entry, dict):
                reasons.append(str(entry.get("reason") or "unknown").upper())
    if not reasons:
        return None
    if "UNREGISTERED_FAILURE" in reasons:
        return SendError("unregistered", permanent=True)
    if "RATE_LIMIT_FAILURE" in reasons:
        return SendError("rate-limited", retry_after=RATE_LIMIT_PAUSE)
    return SendError(reasons[0].casefold().replace("_", "-")[:40])


class RestClient:
    """A loopback HTTP client for signal-cli-rest-api at ``service`` (host:port)."""

    def __init__(self, service: str, number: str, timeout: float = 60.0) -> None:
        self.base = f"http://{service}"
        self.number = number
        self.timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.timeout, connect=10)
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def send(self, recipient: str, text: str, attachments: list[str] | None = None) -> None:
        """Send ``text`` (with ``attachments``, data URIs, see
        :func:`bot.signal.render.data_uri`) to one person in one Signal message;
        raise :class:`SendError` unless it was accepted."""
        message = SendMessage(
            text=text, text_mode=TextMode.NORMAL, base64_attachments=attachments or None
        )
        request = await message.to_generated(self.number, [recipient])
        payload = request.model_dump_json(exclude_none=True, by_alias=True)
        try:
            async with self._client().post(
                f"{self.base}/v2/send",
                data=payload,
                headers={"Content-Type": "application/json"},
            ) as response:
                body = await response.text()
                status = response.status
        except TimeoutError:
            raise SendError("timeout") from None
        except aiohttp.ClientError as exc:
            raise SendError(f"unreachable:{type(exc).__name__}"[:60]) from None
        if not 200 <= status < 300:
            raise failure(status, body)
        try:
            answer = json.loads(body)
        except ValueError:
            return  # accepted, without the usual timestamps
        problem = delivery_failure(answer)
        if problem is not None:
            raise problem

    async def fetch_attachment(self, attachment_id: str, limit: int) -> tuple[bytes | None, int]:
        """The file's bytes and size; ``(None, size)`` if it is over ``limit`` or unavailable.

        Reading stops one chunk past the limit, so memory stays bounded.
        """
        url = f"{self.base}/v1/attachments/{quote(attachment_id, safe='')}"
        data = bytearray()
        try:
            async with self._client().get(url) as response:
                if response.status != 200:
                    return None, 0
                declared = response.content_length
                if declared is not None and declared > limit:
                    return None, declared
                async for chunk in response.content.iter_chunked(CHUNK):
                    data.extend(chunk)
                    if len(data) > limit:
                        return None, len(data)
        except (TimeoutError, aiohttp.ClientError):
            return None, len(data)
        return bytes(data), len(data)

    async def delete_attachment(self, attachment_id: str) -> None:
        """Remove signal-cli-rest-api's copy (kept in plain files on its volume).

        A file already gone (404) is fine; any other failure raises.
        """
        url = f"{self.base}/v1/attachments/{quote(attachment_id, safe='')}"
        async with asyncio.timeout(self.timeout), self._client().delete(url) as response:
            if response.status != 404:
                response.raise_for_status()
