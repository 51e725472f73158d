"""The Telegram channel (python-telegram-bot), with at-least-once delivery.

``transport`` wires the parts: ``polling`` (our own getUpdates loop, on raw
JSON) or ``webhook`` receive updates, ``accept`` parses and commits each one
before it is confirmed (or quarantines it), ``convert`` turns an update into
a ``Received`` (``files`` says which file it carries, ``download`` streams it
with a cap, ``clean`` makes its strings storable), ``render`` and ``errors``
send replies piece by piece, ``commands`` sets the per-language command menu.

PTB 22 warns that ``RetryAfter.retry_after`` will become a ``timedelta``;
we opt in to that now (``PTB_TIMEDELTA``) and accept both types.
"""

import os

os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.telegram.transport import TelegramOptions, TelegramTransport, file_url_for
from bot.telegram.webhook import WebhookConfig

__all__ = ["TelegramOptions", "TelegramTransport", "WebhookConfig", "file_url_for"]
