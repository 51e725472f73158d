"""Routing, lifecycle and matching: the policies facilitators rely on."""

from __future__ import annotations

from flows.core import lifecycle
from flows.core.regions import COORDINATOR, DEFAULT_REGIONS, route
from flows.workspace.commands import parse
from flows.workspace.desk_state import DeskState
from flows.workspace.matching import INTERNATIONAL, LOCAL, REGIONAL, Collaborator, suggest
from flows.workspace.work import Command


def test_routing_by_country_with_coordinator_fallback() -> None:
    assert route("KE", DEFAULT_REGIONS) == "africa"
    assert route("PE", DEFAULT_REGIONS) == "latin_america"
    assert route("ID", DEFAULT_REGIONS) == "asia"
    assert route("FR", DEFAULT_REGIONS) == COORDINATOR
    assert route(None, DEFAULT_REGIONS) == COORDINATOR


def test_lifecycle_moves_forward_or_ends_never_back() -> None:
    assert lifecycle.can_move("received", "triage")
    assert lifecycle.can_move("triage", "closed")
    assert lifecycle.can_move("matching", "declined")
    assert not lifecycle.can_move("matching", "triage")
    assert not lifecycle.can_move("closed", "triage")
    assert not lifecycle.can_move("declined", "referred")
    assert lifecycle.next_statuses("triage") == ("due_diligence", "closed", "declined", "referred")
    assert lifecycle.next_statuses("evaluation") == ("closed", "declined", "referred")
    assert lifecycle.next_statuses("closed") == ()


def _collaborator(
    cid: int, countries: str, regions: str, strategies: str, languages: str = "en", **extra: bool
) -> Collaborator:
    return Collaborator(
        cid,
        f"c{cid}",
        frozenset(strategies.split()),
        frozenset(countries.split()),
        frozenset(regions.split()),
        frozenset(languages.split()),
        **extra,
    )


def test_matching_is_local_first_then_fit() -> None:
    pool = [
        _collaborator(1, "GB", "", "research expertise"),
        _collaborator(2, "NG", "africa", "research"),
        _collaborator(3, "KE", "africa", "research"),
        _collaborator(4, "KE", "africa", "research expertise", "sw"),
        _collaborator(5, "KE", "africa", "advocacy"),
        _collaborator(6, "KE", "africa", "research", available=False),
    ]
    found = suggest(pool, "KE", "africa", ["research", "expertise"], "sw")
    assert [(s.collaborator.id, s.tier) for s in found] == [
        (4, LOCAL),
        (3, LOCAL),
        (2, REGIONAL),
        (1, INTERNATIONAL),
    ]
    assert found[0].shared_strategies == ("research", "expertise")


def test_workspace_commands_parse_from_buttons_text_numbers_and_focus() -> None:
    assert parse("", "f:claim:K7M4-Q2XP", DeskState()) == Command("claim", "K7M4-Q2XP")
    assert parse("/reply k7m4q2xp see you", None, DeskState()) == Command(
        "reply", "K7M4-Q2XP", "see you", "see you"
    )
    assert parse("2", None, DeskState(offered=["f:open:A", "f:claim:K7M4-Q2XP"])) == Command(
        "claim", "K7M4-Q2XP"
    )
    assert parse("/note", None, DeskState(focus="K7M4-Q2XP")) == Command("note", "K7M4-Q2XP")
    assert parse("words", None, DeskState(composing="note", ref="K7M4-Q2XP")) == Command(
        "note", "K7M4-Q2XP", None, "words"
    )
    assert parse("/start", None, DeskState()) is None
    assert parse("", "f:drop-table:x", DeskState()) is None


def test_telegram_welcome_offers_signal_only_where_the_deployment_has_it() -> None:
    from bot.i18n import Catalogs
    from flows.core.messages import Channel, Inbound
    from flows.core.policy import Policy
    from flows.core.state import Conversation
    from flows.engine.context import Context
    from flows.engine.flow import Flows
    from flows.engine.turn import step
    from flows.intake.flow import FLOW as INTAKE_FLOW
    from tests.support.clock import FakeClock

    def welcome(channel: Channel, policy: Policy) -> list[str]:
        context = Context(
            FakeClock().now(),
            channel,
            Catalogs().label,
            lambda: "id",
            lambda: "REF",
            policy,
            flows=Flows(INTAKE_FLOW),
        )
        result = step(Conversation(), Inbound("p", channel, text="hi", locale_hint="en"), context)
        return [key for key, _ in result.outbound[0].parts]

    with_signal = Policy(signal_number="+254712345678")
    assert welcome(Channel.TELEGRAM, with_signal) == [
        "telegram-not-encrypted",
        "telegram-signal-offer",
    ]
    assert welcome(Channel.TELEGRAM, Policy()) == ["telegram-not-encrypted"]
    assert welcome(Channel.SIGNAL, with_signal) == ["signal-safety-note"]
    assert welcome(Channel.CONSOLE, with_signal) == []
