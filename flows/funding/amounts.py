"""Reading an amount someone typed: ``4500``, ``4,500``, ``4 500``, ``4.500``, ``4500.50``,
``4500,50``, ``4.500,50``, ``$4500``, ``USD 4500``.

A comma or a dot followed by one or two final digits is the decimal mark (so
``4500,50`` is 4,500.50 as people write it in French, Spanish, Portuguese or
Indonesian); groups of three digits may be separated by spaces, commas or dots,
one kind per amount and never the decimal mark's. Amounts are kept as integer
cents (never floats) so that sums in the annual report are exact. Anything
else (negative, zero, words, several numbers, absurdly large) is refused so the
person can be told what is expected.
"""

from __future__ import annotations

import re

MAX_CENTS = 10**13
_NUMBER = re.compile(
    r"^(\d+|\d{1,3}(?P<sep>[ ,.])\d{3}(?:(?P=sep)\d{3})*)(?:(?P<mark>[.,])(\d{1,2}))?$"
)
_CURRENCY_WORDS = ("usd", "us$", "$", "dollars", "dollar")


def parse_cents(text: str | None) -> int | None:
    """Integer cents of a positive amount, or None when the text is not one."""
    if text is None:
        return None
    value = text.strip().casefold().replace("\u00a0", " ").replace("\u202f", " ")
    for word in _CURRENCY_WORDS:
        value = value.removeprefix(word).removesuffix(word).strip()
    if len(value) > 24 or not value.isascii():
        return None
    match = _NUMBER.match(value)
    if match is None or (match["mark"] is not None and match["mark"] == match["sep"]):
        return None
    whole = int(re.sub(r"[ ,.]", "", match.group(1)))
    cents = int((match.group(4) or "0").ljust(2, "0"))
    total = whole * 100 + cents
    return total if 0 < total < MAX_CENTS else None


def show_cents(cents: int) -> str:
    """``1234567`` → ``12,345.67``; whole amounts without decimals (``5,000``)."""
    whole, part = divmod(cents, 100)
    return f"{whole:,}" if part == 0 else f"{whole:,}.{part:02d}"
