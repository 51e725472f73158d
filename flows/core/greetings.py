"""The language of a first message that is only a greeting.

Statistical detectors need more than a word or two, and a first message is
often just "habari" or "السلام عليكم". These common greetings (and thanks)
decide the language on their own; anything longer goes to the detector the
deployment injects (see ``bot/language.py``).
"""

from __future__ import annotations

from functools import cache

from flows.core.countries import fold

GREETINGS: dict[str, tuple[str, ...]] = {
    "sw": (
        "habari",
        "habari yako",
        "habari zenu",
        "habari gani",
        "habari za asubuhi",
        "habari za mchana",
        "habari za jioni",
        "hujambo",
        "hamjambo",
        "jambo",
        "mambo",
        "shikamoo",
        "salama",
        "salamu",
        "niaje",
        "vipi",
        "asante",
        "asante sana",
        "karibu",
        "naomba msaada",
        "msaada",
    ),
    "ar": (
        "السلام عليكم",
        "السلام عليكم ورحمة الله",
        "السلام عليكم ورحمة الله وبركاته",
        "سلام",
        "مرحبا",
        "مرحباً",
        "اهلا",
        "أهلا",
        "أهلا وسهلا",
        "صباح الخير",
        "مساء الخير",
        "شكرا",
        "مساعدة",
        "النجدة",
    ),
    "fr": (
        "bonjour",
        "bonsoir",
        "salut",
        "coucou",
        "bjr",
        "bsr",
        "merci",
        "aide",
        "au secours",
        "bonjour madame",
        "bonjour monsieur",
    ),
    "es": (
        "hola",
        "buenos dias",
        "buenas tardes",
        "buenas noches",
        "buenas",
        "saludos",
        "gracias",
        "ayuda",
        "buen dia",
    ),
    "pt": (
        "ola",
        "oi",
        "bom dia",
        "boa tarde",
        "boa noite",
        "obrigado",
        "obrigada",
        "tudo bem",
        "ajuda",
    ),
    "id": (
        "selamat pagi",
        "selamat siang",
        "selamat sore",
        "selamat malam",
        "halo",
        "hai",
        "apa kabar",
        "permisi",
        "terima kasih",
        "assalamualaikum",
        "tolong",
        "bantuan",
    ),
    "en": (
        "hello",
        "hi",
        "hey",
        "good morning",
        "good afternoon",
        "good evening",
        "thanks",
        "thank you",
        "help",
    ),
}
"""Greetings per shipped language, as people type them (accents and case do not matter)."""


@cache
def _index() -> dict[str, str]:
    return {fold(word): lang for lang, words in GREETINGS.items() for word in words}


def guess_greeting(text: str) -> str | None:
    """The language of ``text`` when it is, or begins with, a known greeting; else None.

    The longest greeting at the start wins ("selamat pagi, saya..." is
    Indonesian, "habari za asubuhi" Kiswahili).
    """
    words = fold(text).split()
    index = _index()
    for size in range(min(len(words), 6), 0, -1):
        lang = index.get(" ".join(words[:size]))
        if lang is not None:
            return lang
    return None
