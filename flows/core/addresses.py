"""What a messenger account or chat id looks like on each channel.

``cre-admin`` (facilitators, collaborators, grants members, queues, imports)
checks every id a coordinator types against these rules, so that ``@amina``
on Telegram or ``0712345678`` on Signal is refused with what is expected
instead of being stored and silently never reached.
"""

from __future__ import annotations

import re

_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SIGNAL_GROUP = re.compile(r"^[A-Za-z0-9+/=_-]{16,128}$")


class AddressError(ValueError):
    """The id does not fit the channel; the message says what is expected."""


def person_address(channel: str, text: str) -> str:
    """The normalised id of one person on ``channel``, or :class:`AddressError`."""
    value = text.strip()
    if channel == "telegram":
        if not value.isascii() or not value.isdigit() or int(value) <= 0:
            raise AddressError(
                f"a Telegram id is the person's numeric user id (such as 123456789), "
                f"not {value!r}: usernames like @name cannot be messaged by a bot"
            )
        return str(int(value))
    if channel == "signal":
        if _E164.match(value):
            return value
        if _UUID.match(value.lower()):
            return value.lower()
        raise AddressError(
            f"a Signal id is a phone number in international form (such as "
            f"+254712345678) or the account's UUID, not {value!r}"
        )
    if channel == "console":
        if not value or not value.isprintable():
            raise AddressError("a console id is a non-empty name")
        return value
    raise AddressError(f"unknown channel {channel!r}: use telegram, signal or console")


def chat_address(channel: str, text: str) -> str:
    """The normalised id of a group chat (a region's queue) on ``channel``."""
    value = text.strip()
    if channel == "telegram":
        body = value[1:] if value.startswith("-") else value
        if not body.isascii() or not body.isdigit() or int(body) == 0:
            raise AddressError(
                f"a Telegram chat id is a number (groups look like -1001234567890), not {value!r}"
            )
        return value
    if channel == "signal":
        if not _SIGNAL_GROUP.match(value):
            raise AddressError(
                f"a Signal group id is the base64 id signal-cli lists for the group, not {value!r}"
            )
        return value
    return person_address(channel, value)
