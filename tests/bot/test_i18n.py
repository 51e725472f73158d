"""Rendering: references, plurals, right-to-left isolation, fallbacks."""

from __future__ import annotations

import pytest

from bot.i18n import Catalogs
from flows.core import lifecycle
from flows.core.messages import Choice, Outbound, Ref
from flows.core.policy import LANGUAGES

CATALOGS = Catalogs()


def test_submitted_message_carries_reference_and_plural_days() -> None:
    one = CATALOGS.render(Outbound("p", "submitted", {"ref": "K7M4-Q2XP", "days": 1}), "en")
    many = CATALOGS.render(Outbound("p", "submitted", {"ref": "K7M4-Q2XP", "days": 5}), "en")
    assert "K7M4-Q2XP" in one.text and "1 day." in one.text and "5 days." in many.text


def test_references_render_in_the_readers_language() -> None:
    message = Outbound(
        "p",
        "summary-line",
        {"label": Ref(("label-rights",)), "value": Ref(("opt-rights-land", "opt-rights-water"))},
    )
    assert CATALOGS.render(message, "en").text == "Rights affected: Land, Water"
    assert CATALOGS.render(message, "fr").text != CATALOGS.render(message, "en").text


def test_arabic_isolates_placeables_commands_and_numbers() -> None:
    rendered = CATALOGS.render(Outbound("p", "submitted", {"ref": "K7M4-Q2XP", "days": 5}), "ar")
    assert rendered.rtl
    assert "\u2068K7M4-Q2XP\u2069" in rendered.text
    assert "\u2068/status\u2069" in CATALOGS.format("ar", "help")
    english = CATALOGS.render(Outbound("p", "submitted", {"ref": "K7M4-Q2XP", "days": 5}), "en")
    assert "\u2068" not in english.text


def test_choices_keep_their_tokens_and_mark_selection() -> None:
    message = Outbound(
        "p",
        "q-rights",
        choices=(
            Choice("rights:land", "opt-rights-land", selected=True),
            Choice("rights:__done", "done"),
        ),
        multi=True,
    )
    rendered = CATALOGS.render(message, "es")
    assert [token for token, _ in rendered.choices] == ["rights:land", "rights:__done"]
    assert rendered.choices[0][1].startswith("✓ ")
    assert rendered.multi_hint


def test_unknown_language_and_unknown_message_fall_back_safely() -> None:
    assert CATALOGS.format("xx", "done") == "Done"
    assert CATALOGS.format("en", "no-such-message") == "no-such-message"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_status_has_a_name_in_every_language(lang: str) -> None:
    """Item 10: what the bot shows for a status is its translated name, never the stored id
    (``due_diligence``), in each of the seven languages; the CLI shows the English names."""
    names = [CATALOGS.format(lang, lifecycle.label_key(s)) for s in lifecycle.STATUSES]
    assert len(set(names)) == len(names)
    for status, name in zip(lifecycle.STATUSES, names, strict=True):
        assert "_" not in name and name != lifecycle.label_key(status)
    moved = {"ref": "K7M4-Q2XP", "status": Ref(("status-due_diligence",))}
    said = CATALOGS.format(lang, "ws-status-set", moved)
    assert names[lifecycle.STATUSES.index("due_diligence")] in said and "due_diligence" not in said


@pytest.mark.parametrize(("lang", "comma"), [("ar", "، "), ("sw", ", "), ("fr", ", ")])
def test_several_options_in_one_argument_are_joined_the_languages_way(
    lang: str, comma: str
) -> None:
    """Item 4 / the Arabic comma: a list the code joins reads "أ، ب" in Arabic."""
    both = Ref(("opt-rights-land", "opt-rights-water"))
    said = CATALOGS.format(lang, "multi-selected", {"selection": both})
    land, water = (CATALOGS.format(lang, k) for k in both.keys)
    assert f"{land}{comma}{water}" in said


HELP_COMMANDS = (
    "/cases",
    "/open",
    "/claim",
    "/release",
    "/assign",
    "/level",
    "/move",
    "/note",
    "/reply",
    "/match",
    "/agreement",
    "/urgent",
    "/reroute",
    "/cancel",
)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_facilitator_help_lists_one_command_per_line(lang: str) -> None:
    """Item 13: ``/help`` for facilitators, one command a line with what it does."""
    lines = CATALOGS.format(lang, "ws-help").replace("\u2068", "").replace("\u2069", "")
    starts = [line.split(" ", 1)[0] for line in lines.splitlines() if line.startswith("/")]
    assert starts == list(HELP_COMMANDS)
    assert all(" — " in line for line in lines.splitlines() if line.startswith("/"))
