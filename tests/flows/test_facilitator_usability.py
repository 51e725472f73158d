"""Pure rules behind issue 11's facilitator items: the status vocabulary, reason categories,
the band that sets the level, agreement-answer tokens and commands, and the desk state."""

from __future__ import annotations

import pytest

from flows.core import lifecycle, tokens
from flows.core.messages import Channel, Inbound
from flows.service.agreement_answers import agreement_answer
from flows.workspace.agreement import BANDS, band_level, involved_line
from flows.workspace.desk_state import DeskState
from flows.workspace.triage import status_arg


def test_every_status_has_one_catalog_name() -> None:
    assert (*lifecycle.ORDER, *lifecycle.ENDINGS, lifecycle.WITHDRAWN) == lifecycle.STATUSES
    assert [lifecycle.label_key(s) for s in ("triage", "due_diligence")] == [
        "status-triage",
        "status-due_diligence",
    ]


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("due_diligence", "due_diligence"),
        ("Due diligence", "due_diligence"),
        ("due-diligence", "due_diligence"),
        ("  CLOSED ", "closed"),
        ("being reviewed", None),
        ("", None),
        (None, None),
    ],
)
def test_a_status_is_understood_however_it_is_typed(typed: str | None, status: str | None) -> None:
    assert lifecycle.parse_status(typed) == status


@pytest.mark.parametrize(
    ("arg", "parsed"),
    [
        ("declined", "declined"),
        ("declined.duplicate", "declined.duplicate"),
        ("declined duplicate same as the other one", "declined.duplicate"),
        ("Referred better_elsewhere", "referred.better_elsewhere"),
        ("declined out of scope", "declined"),
        ("due diligence", "due_diligence"),
        ("nonsense", "nonsense"),
        (None, None),
    ],
)
def test_move_arguments_carry_the_status_and_the_reason(arg: str | None, parsed: str) -> None:
    assert status_arg(arg) == parsed


def test_every_reason_has_a_name_and_a_next_step() -> None:
    assert len(set(lifecycle.REASONS)) == len(lifecycle.REASONS) >= 5
    assert lifecycle.reason_key("duplicate") == "reason-duplicate"
    assert lifecycle.next_step_key("duplicate") == "decision-next-duplicate"


@pytest.mark.parametrize(
    ("band", "level", "expected"),
    [
        ("none", 1, 1),
        ("none", 2, 2),
        ("up_to_5k", 1, 2),
        ("up_to_5k", 3, 2),
        ("5k_to_30k", 2, 3),
        ("5k_to_30k", 1, 3),
        (None, 2, 2),
        ("unknown", 2, 2),
    ],
)
def test_the_funding_band_sets_the_level(band: str | None, level: int, expected: int) -> None:
    assert band_level(band, level) == expected
    assert set(BANDS) <= {"none", "up_to_5k", "5k_to_30k"}


def test_agreement_tokens_round_trip_and_forgeries_are_refused() -> None:
    token = tokens.agreement_answer("yes", "K7M4-Q2XP")
    assert tokens.parse_agreement_answer(token) == tokens.AgreementToken(True, "K7M4-Q2XP")
    assert tokens.parse_agreement_answer("a:no:K7M4-Q2XP") == tokens.AgreementToken(
        False, "K7M4-Q2XP"
    )
    for forged in ("a:maybe:K7M4-Q2XP", "a:yes", "a:yes:A:B", "c:yes:1", "a:yes:" + "X" * 99):
        parsed = tokens.parse_agreement_answer(forged)
        assert parsed is None or len(parsed.ref) <= 16


@pytest.mark.parametrize(
    ("text", "choice", "forwarded", "expected"),
    [
        ("/agree K7M4-Q2XP", None, False, tokens.AgreementToken(True, "K7M4-Q2XP")),
        ("/disagree k7m4q2xp", None, False, tokens.AgreementToken(False, "K7M4-Q2XP")),
        ("", "a:yes:K7M4-Q2XP", False, tokens.AgreementToken(True, "K7M4-Q2XP")),
        ("/agree K7M4-Q2XP", None, True, None),  # forwarded text is content, not a command
        ("I agree", None, False, None),
        ("", "relay:K7M4-Q2XP", False, None),
    ],
)
def test_an_agreement_answer_is_a_button_or_a_command(
    text: str, choice: str | None, forwarded: bool, expected: tokens.AgreementToken | None
) -> None:
    inbound = Inbound("p" * 32, Channel.CONSOLE, text=text, choice=choice, forwarded=forwarded)
    assert agreement_answer(inbound) == expected


def test_held_words_survive_a_restart_and_go_with_the_abandoned_action() -> None:
    state = DeskState(composing="move", ref="K7M4-Q2XP", arg="declined", held="mining only")
    restored = DeskState.from_json(state.to_json())
    assert restored == state
    restored.stop_composing()
    assert restored.held is None and "held" not in restored.to_json()


def test_who_takes_part_is_listed_the_requesters_way() -> None:
    """The Arabic comma for an Arabic-speaking requester, ", " for the others."""
    names = ["Nairobi River Lab", "Pan-African Legal"]
    assert involved_line(names, "ar") == (
        "agreement-involved",
        {"names": "Nairobi River Lab، Pan-African Legal"},
    )
    assert involved_line(names, "sw")[1] == {"names": "Nairobi River Lab, Pan-African Legal"}
    assert involved_line([], "ar") == ("agreement-involved-none", {})
