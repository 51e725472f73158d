"""Bot API failures as :class:`bot.transport.SendError`: retry later, or never.

The runtime retries temporary failures with backoff (or after Telegram's own
``retry_after``) and records permanent ones for facilitators. A 400 Bad
Request is permanent whatever its text: Telegram answers the same request the
same way next time, and retrying it forever would block every later reply to
that person. Reasons are fixed words, never Telegram's description, which
can contain ids.
"""

from __future__ import annotations

import datetime as dtm
import warnings

from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.transport import SendError

_PERMANENT_BAD_REQUESTS = (
    ("chat not found", "chat-not-found"),
    ("user is deactivated", "user-deactivated"),
    ("peer_id_invalid", "chat-not-found"),
    ("have no rights to send", "no-rights"),
)


def retry_seconds(exc: RetryAfter) -> float:
    """``retry_after`` in seconds, whichever type this PTB version returns."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    if isinstance(value, dtm.timedelta):
        return value.total_seconds()
    return float(value)


def send_error(exc: BaseException) -> SendError:
    """Classify a failed Bot API call made to deliver a message."""
    if isinstance(exc, RetryAfter):
        return SendError("RetryAfter", retry_after=retry_seconds(exc))
    if isinstance(exc, Forbidden):
        return SendError("Forbidden", permanent=True)
    if isinstance(exc, ChatMigrated):
        return SendError("ChatMigrated", permanent=True)
    if isinstance(exc, BadRequest):
        text = exc.message.casefold()
        for needle, reason in _PERMANENT_BAD_REQUESTS:
            if needle in text:
                return SendError(reason, permanent=True)
        return SendError("BadRequest", permanent=True)
    if isinstance(exc, TimedOut):
        return SendError("TimedOut")
    if isinstance(exc, NetworkError | InvalidToken | Conflict | TelegramError):
        return SendError(type(exc).__name__)
    return SendError(type(exc).__name__)
