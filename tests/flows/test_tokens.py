"""Button tokens: one module builds and parses them, and old shapes still parse."""

from __future__ import annotations

from flows.core import tokens


def test_desk_tokens_round_trip() -> None:
    assert tokens.desk("open", "K7Q2-MX") == "f:open:K7Q2-MX"
    assert tokens.desk("level", "K7Q2-MX", 2) == "f:level:K7Q2-MX:2"
    assert tokens.parse_desk("f:level:K7Q2-MX:2") == tokens.DeskToken("level", "K7Q2-MX", "2")
    assert tokens.parse_desk("f:open:K7Q2-MX") == tokens.DeskToken("open", "K7Q2-MX")
    assert tokens.is_desk("f:anything")


def test_malformed_desk_and_collab_tokens_are_refused() -> None:
    assert tokens.parse_desk("f:open") is None
    assert tokens.parse_desk("c:open:K7Q2-MX") is None
    assert tokens.parse_collab("c:accept") is None
    assert tokens.parse_collab("c:accept:1:2") is None
    assert tokens.parse_collab("f:accept:1") is None


def test_collab_tokens_round_trip() -> None:
    assert tokens.collab("accept", "12") == "c:accept:12"
    assert tokens.parse_collab("c:decline:12") == tokens.CollabToken("decline", "12")
    assert tokens.is_collab("c:")


def test_queue_addresses() -> None:
    assert tokens.queue("north") == "queue:north"
    assert tokens.queue_region("queue:north") == "north"
    assert tokens.queue_region("a1b2c3") is None


def test_intake_choice_tokens() -> None:
    token = tokens.choice(tokens.COUNTRY, "KE")
    assert token == "country:KE"
    assert tokens.kind_of(token) == "country"
    assert tokens.value_of(token) == "KE"
    assert tokens.value_of("plain") == "plain"
    assert tokens.is_kind(token, tokens.COUNTRY)
    assert not tokens.is_kind("countryside", tokens.COUNTRY)
