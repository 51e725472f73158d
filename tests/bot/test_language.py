"""Issue 11 item 5 with the real detector: lingua-language-detector, built from the models
inside its wheel, with every network connection refused while it loads and guesses.

Short greetings ("habari", "السلام عليكم") are answered by the greeting lexicon; a sentence
goes to the statistical model; too little text, or a language not shipped, gives None, and
the person then gets the usual language menu.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from bot.language import LanguageGuesser
from flows.core.policy import LANGUAGES


class NetworkRefused(AssertionError):
    """Raised by any connection attempt: the detector must need nothing from the network."""


@pytest.fixture(scope="module")
def guess() -> Iterator[LanguageGuesser]:
    refuse = pytest.MonkeyPatch()

    def no_network(*_args: object, **_kwargs: object) -> None:
        raise NetworkRefused("the language detector tried to use the network")

    refuse.setattr(socket.socket, "connect", no_network)
    refuse.setattr(socket, "create_connection", no_network)
    try:
        yield LanguageGuesser(LANGUAGES)
    finally:
        refuse.undo()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("habari", "sw"),
        ("Habari za asubuhi", "sw"),
        ("السلام عليكم", "ar"),
        ("مرحبا", "ar"),
        ("bonjour", "fr"),
        ("hola", "es"),
        ("olá", "pt"),
        ("selamat pagi", "id"),
        ("hello", "en"),
    ],
)
def test_short_greetings_in_every_language(
    guess: LanguageGuesser, text: str, language: str
) -> None:
    assert guess(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kampuni ya madini imeharibu mto wetu na mashamba ya kijiji.", "sw"),
        ("شركة التعدين دمرت النهر والمزارع في قريتنا منذ سنتين.", "ar"),
        ("Une entreprise minière a détruit notre rivière et nos champs.", "fr"),
        ("Una empresa minera destruyó nuestro río y nuestros campos.", "es"),
        ("Uma empresa de mineração destruiu o nosso rio e as nossas lavouras.", "pt"),
        ("Perusahaan tambang merusak sungai dan sawah di desa kami.", "id"),
        ("A mining company destroyed our river and the fields of our village.", "en"),
    ],
)
def test_sentences_in_every_language(guess: LanguageGuesser, text: str, language: str) -> None:
    assert guess(text) == language


@pytest.mark.parametrize("text", ["ok", "123 456", "👍", "", "K7M4-Q2XP"])
def test_too_little_to_guess_gives_the_menu(guess: LanguageGuesser, text: str) -> None:
    assert guess(text) is None


def test_a_language_not_shipped_is_not_guessed() -> None:
    only_two = LanguageGuesser(("en", "fr"))
    assert only_two("habari") is None  # a Kiswahili greeting, but Kiswahili is not offered
    assert only_two("Une entreprise minière a détruit notre rivière.") == "fr"
