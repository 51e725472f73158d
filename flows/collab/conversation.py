"""A collaborator's own conversation: what they type answers what they were asked.

Collaborators (organisations and people who support communities) are asked
one thing by the bot: whether they accept an invitation to a case. They may
tap a button, or type the option's number or its label ("1", "oui", "نعم،
أقبل"); anything else gets a short help of their own, never the requester's
intake.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.core.countries import fold
from flows.core.numbers import small_number

ACCEPT = "collab-accept"
DECLINE = "collab-decline"
_FIRST_WORD = re.compile(r"[\s,،、.!]+")


def typed_answer(text: str, locale: str, label: Callable[[str, str], str]) -> bool | None:
    """True for accept, False for decline, None when ``text`` is neither.

    The invitation offers accept as option 1 and decline as option 2; a label
    matches whole, or by its first word ("Yes, I accept" → "yes").
    """
    number = small_number(text)
    if number is not None:
        return {1: True, 2: False}.get(number)
    wanted = fold(text)
    if not wanted:
        return None
    for key, answer in ((ACCEPT, True), (DECLINE, False)):
        for loc in dict.fromkeys((locale, "en")):
            shown = label(loc, key)
            first = _FIRST_WORD.split(shown.strip(), maxsplit=1)[0]
            if wanted in (fold(shown), fold(first)):
                return answer
    return None
