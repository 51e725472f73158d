"""Guessing a newcomer's language from their first message.

A greeting lexicon (``flows/core/greetings.py``) answers for the short
greetings statistical models get wrong; anything longer goes to
lingua-language-detector, restricted to the shipped languages. Its models
ship inside the wheel (nothing is downloaded at run time); low-accuracy
mode keeps start-up near 60 ms, the first guess (which loads the models) near
0.15 s after start, the resident cost near 27 MB and a guess near 0.15 ms (measured by
``python -m bench.language`` on a shared 2-core machine), and the detector answers None
when two languages are too close to call, so the person simply gets the usual menu.
"""

from __future__ import annotations

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from flows.core.greetings import guess_greeting

MIN_LETTERS = 8
"""Below this, a text that is no known greeting is too short to guess from."""
MIN_DISTANCE = 0.1
"""lingua's minimum relative distance: below it the detector says it does not know."""


class LanguageGuesser:
    """A callable ``text -> language code or None``, built once at start."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        wanted = [Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in languages]
        self.languages = languages
        self._detector: LanguageDetector = (
            LanguageDetectorBuilder.from_languages(*wanted)
            .with_low_accuracy_mode()
            .with_minimum_relative_distance(MIN_DISTANCE)
            .build()
        )

    def __call__(self, text: str) -> str | None:
        greeting = guess_greeting(text)
        if greeting is not None:
            return greeting if greeting in self.languages else None
        if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
            return None
        found = self._detector.detect_language_of(text)
        if found is None:
            return None
        code = found.iso_code_639_1.name.lower()
        return code if code in self.languages else None
