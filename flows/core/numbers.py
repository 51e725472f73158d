"""Numbers that arrive from outside (typed option numbers, ids inside button data).

Python's ``int()`` accepts any length of digits (and refuses beyond 4,300),
and SQLite refuses integers past 2**63: a number from a person or a button is
bounded here before it is converted, so hostile input is refused, never raised.
"""

from __future__ import annotations

MAX_DIGITS = 9
"""Longer than any option list or row id the bot will ever offer."""


def small_number(text: str | None) -> int | None:
    """``text`` as a non-negative int when it is 1 to 9 decimal digits, else None."""
    if not text or len(text) > MAX_DIGITS or not text.isdecimal():
        return None
    return int(text)
