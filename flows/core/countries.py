"""Match a country typed in any shipped language to an ISO 3166-1 alpha-2 code.

Routing depends on the country, so a typo must not silently send a case to
the wrong region: an unambiguous match is accepted, a few close matches are
offered as choices, anything else is asked again.
"""

from __future__ import annotations

import difflib
import unicodedata
from functools import cache

from babel import Locale

from flows.core.policy import LANGUAGES

_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = (ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in kept).split())


@cache
def _names() -> dict[str, frozenset[str]]:
    """Folded name → codes, over every shipped language's territory names."""
    index: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                index.setdefault(fold(name), set()).add(code)
                index.setdefault(fold(code), set()).add(code)
    return {name: frozenset(codes) for name, codes in index.items()}


def country_name(code: str, locale: str) -> str:
    """The country's name in the person's language (falls back to the code)."""
    name = Locale.parse(locale).territories.get(code)
    return str(name) if name else code


def is_country(code: str) -> bool:
    return code in Locale.parse("en").territories and code not in _NOT_COUNTRIES


def match_country(text: str, limit: int = 5) -> list[str]:
    """Codes the text may mean: one for a clear match, a few for near misses, none."""
    key = fold(text)
    if not key:
        return []
    names = _names()
    exact = sorted(names.get(key, ()))
    starts = sorted(
        {c for n, codes in names.items() if len(key) >= 4 and n.startswith(key) for c in codes}
        - set(exact)
    )
    if exact or 0 < len(starts) <= limit:
        return (exact + starts)[:limit]
    close = difflib.get_close_matches(key, list(names), n=limit, cutoff=0.8)
    found: list[str] = []
    for name in close:
        for code in sorted(names[name]):
            if code not in found:
                found.append(code)
    return found[:limit]
