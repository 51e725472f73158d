"""Strings from Telegram made safe to store: lone surrogates replaced.

JSON allows ``"\\ud800"`` escapes that decode to a lone surrogate, which is a
valid ``str`` but cannot be encoded as UTF-8: sealing or storing it raised
``UnicodeEncodeError`` and the update was retried forever. Every string we
take from an update goes through :func:`clean` before it becomes part of a
``Received``. A correctly paired escape (``"\\ud83d\\ude00"``) already decodes
to one code point and is kept.
"""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean(value: str | None) -> str | None:
    """``value`` with each lone surrogate replaced by U+FFFD (None stays None)."""
    if value is None:
        return None
    return _LONE_SURROGATE.sub(REPLACEMENT, value)
