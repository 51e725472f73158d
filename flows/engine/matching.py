"""Matching what a person typed or tapped against the choices on offer.

Buttons, option numbers and labels in the person's language (or English).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from flows.core import tokens
from flows.core.countries import fold
from flows.core.messages import Choice
from flows.core.numbers import small_number

if TYPE_CHECKING:
    from flows.engine.turn import Turn


def numbers(turn: Turn, count: int) -> list[int] | None:
    """Parse ``1 3 5`` or ``1,3``; None when the text is not a list of option numbers."""
    pieces = [p for p in re.split(r"[\s,;.،、]+", turn.text) if p]
    numbers = [small_number(p) for p in pieces]
    if not pieces or any(n is None for n in numbers):
        return None
    values = [n - 1 for n in numbers if n is not None]
    if any(v < 0 or v >= count for v in values):
        return None
    return values


def match(
    turn: Turn,
    choices: Sequence[Choice],
    step: str,
    quiet: bool = False,
) -> str | None:
    """The token the person picked among ``choices``, or None after replying why not.

    Buttons are matched against the tokens offered now, never trusted as
    sent; text is matched as an option number, then as the option's label
    in the person's language (or English), then as the option id.
    """
    offered = [c.token for c in choices]
    if turn.msg.choice is not None:
        if turn.msg.choice in offered:
            return turn.msg.choice
        if not quiet:
            stale = tokens.kind_of(turn.msg.choice) != step
            turn.invalid("hint-stale-choice" if stale else "hint-choice", {"count": len(choices)})
        return None
    number = small_number(turn.text)
    if number is not None and 0 < number <= len(choices):
        return offered[number - 1]
    wanted = fold(turn.text)
    if wanted:
        for choice in choices:
            if choice.key == "country-choice":
                label = str(choice.args.get("name", ""))
                if fold(label) == wanted:
                    return choice.token
                continue
            if is_label(turn, choice.key) or wanted == fold(tokens.value_of(choice.token)):
                return choice.token
        for choice in choices:
            if is_word(turn, choice):
                return choice.token
    if not quiet:
        turn.invalid("hint-choice", {"count": len(choices)})
    return None


def is_word(turn: Turn, choice: Choice) -> bool:
    """Typed text is one of the common words for the choice (``kw-<key>``, comma-separated).

    Yes and no (``words-yes``, ``words-no``) are understood in every shipped
    language: "ndio", "نعم", "sí", "sim", "oui" mean yes to anyone. Other
    keywords are matched in the person's language and English.
    """
    wanted = fold(turn.text)
    if not wanted:
        return False
    value = tokens.value_of(choice.token)
    if value in ("yes", "no"):
        languages = set(turn.policy.languages)
        if any(wanted in words(turn.ctx.label(loc, f"words-{value}")) for loc in languages):
            return True
    return any(
        wanted in words(turn.ctx.label(loc, f"kw-{choice.key}")) for loc in {turn.locale, "en"}
    )


def words(listed: str) -> set[str]:
    """The folded entries of a comma-separated catalog list (empty when the message is absent)."""
    return {w for w in (fold(part) for part in listed.split(",")) if w}


def is_label(turn: Turn, key: str) -> bool:
    wanted = fold(turn.text)
    if not wanted:
        return False
    return any(fold(turn.ctx.label(loc, key)) == wanted for loc in {turn.locale, "en"})
