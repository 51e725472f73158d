"""The Telegram channel (python-telegram-bot), with at-least-once delivery.

``transport`` wires the parts: ``polling`` (our own getUpdates loop) or
``webhook`` receive updates, ``convert`` turns them into ``Received``,
``accept`` commits them before they are confirmed, ``render`` and ``errors``
send replies, ``commands`` sets the per-language command menu.

PTB 22 warns that ``RetryAfter.retry_after`` will become a ``timedelta``;
we opt in to that now (``PTB_TIMEDELTA``) and accept both types.
"""

import os

os.environ.setdefault("PTB_TIMEDELTA", "1")

from bot.telegram.transport import TelegramOptions, TelegramTransport, file_url_for
from bot.telegram.webhook import WebhookConfig

__all__ = ["TelegramOptions", "TelegramTransport", "WebhookConfig", "file_url_for"]
