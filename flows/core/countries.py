"""Match a country typed in any shipped language to an ISO 3166-1 alpha-2 code.

Routing depends on the country, so a typo must not silently send a case to
the wrong region: an unambiguous match is accepted, a few close matches are
offered as choices, anything else is asked again. People write the names
they use, not the ISO ones: common aliases and abbreviations ("Ivory
Coast", "DRC", "RDC", "Burma", "UK") are known, and a case may concern
several countries ("Tanzania, Kenya", "Tanzania na Kenya").
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cache

from babel import Locale

from flows.core.policy import LANGUAGES

_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})

ALIASES: dict[str, str] = {
    # English
    "ivory coast": "CI",
    "drc": "CD",
    "dr congo": "CD",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "congo kinshasa": "CD",
    "kinshasa": "CD",
    "congo brazzaville": "CG",
    "republic of congo": "CG",
    "burma": "MM",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "uae": "AE",
    "emirates": "AE",
    "korea": "KR",
    "south korea": "KR",
    "north korea": "KP",
    "east timor": "TL",
    "timor": "TL",
    "swaziland": "SZ",
    "czech republic": "CZ",
    "holland": "NL",
    "palestine": "PS",
    "png": "PG",
    "trinidad and tobago": "TT",
    "bosnia": "BA",
    "cape verde": "CV",
    "vatican": "VA",
    "russia": "RU",
    "vietnam": "VN",
    # French, Spanish, Portuguese
    "rdc": "CD",
    "rd congo": "CD",
    "republique democratique du congo": "CD",
    "cote divoire": "CI",
    "cote d ivoire": "CI",
    "birmanie": "MM",
    "birmania": "MM",
    "birmania myanmar": "MM",
    "angleterre": "GB",
    "inglaterra": "GB",
    "eeuu": "US",
    "ee uu": "US",
    "eua": "US",
    "usa eeuu": "US",
    "rca": "CF",
    "centrafrique": "CF",
    "costa de marfil": "CI",
    "republica democratica do congo": "CD",
    "birmania mianmar": "MM",
    "palestina": "PS",
    # Kiswahili, Indonesian
    "kongo": "CD",
    "jamhuri ya kidemokrasia ya kongo": "CD",
    "uingereza": "GB",
    "amerika": "US",
    "as": "US",
    "ri": "ID",
    "inggris": "GB",
    # Arabic
    "الكونغو الديمقراطية": "CD",
    "جمهورية الكونغو الديمقراطية": "CD",
    "بورما": "MM",
    "الإمارات": "AE",
    "الامارات": "AE",
    "أمريكا": "US",
    "امريكا": "US",
    "بريطانيا": "GB",
    "فلسطين": "PS",
    "كوت ديفوار": "CI",
}
"""Folded alias → code: the names people use that the ISO lists do not give."""

_SEPARATORS = re.compile(r"\s*[,;/&+،؛\n]\s*|\s+(?:and|et|y|e|na|dan|und|or|ou|o|au|atau)\s+|\s+و")


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
                bare, _, inner = name.partition("(")  # "Myanmar (Burma)": both names
                if inner:
                    index.setdefault(fold(bare), set()).add(code)
                    index.setdefault(fold(inner), set()).add(code)
    for alias, code in ALIASES.items():
        index.setdefault(fold(alias), set()).add(code)
    return {name: frozenset(codes) for name, codes in index.items()}


def country_name(code: str, locale: str) -> str:
    """The country's name in the person's language (falls back to the code)."""
    name = Locale.parse(locale).territories.get(code)
    return str(name) if name else code


def is_country(code: str) -> bool:
    return code in Locale.parse("en").territories and code not in _NOT_COUNTRIES


def match_countries(text: str) -> list[str] | None:
    """Several countries in one answer ("Tanzania, Kenya"), each matched exactly.

    None unless the text names two or more countries, each unambiguously
    (an alias, an exact name or code, or the one name it begins).
    """
    pieces = [p for p in _SEPARATORS.split(text) if p and p.strip()]
    if len(pieces) < 2:
        return None
    found: list[str] = []
    for piece in pieces:
        codes = match_country(piece)
        if len(codes) != 1 or (fold(piece) not in _names() and len(fold(piece)) < 4):
            return None
        if codes[0] not in found:
            found.append(codes[0])
    return found if len(found) >= 2 else None


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
