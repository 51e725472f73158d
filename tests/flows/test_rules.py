"""The rules every store applies, tested once here rather than per backend."""

from __future__ import annotations

from flows.core import rules
from flows.core.regions import COORDINATOR
from flows.workspace.desk import Facilitator

AMINA = Facilitator(1, "fa", "Amina", frozenset({"africa"}), "sw")
BOSS = Facilitator(2, "co", "Coordinator", frozenset(), "en", coordinator=True)


def test_a_case_starts_received_and_ends_closed_declined_or_referred() -> None:
    assert rules.INITIAL_STATUS == "received"
    assert rules.FINAL_STATUSES == ("closed", "declined", "referred", "withdrawn")
    assert rules.is_final("referred")
    assert not rules.is_final("triage")


def test_strategies_come_from_the_answers_list_only() -> None:
    assert rules.strategies_of({"strategies": ["legal", "media"]}) == ("legal", "media")
    assert rules.strategies_of({"strategies": "legal"}) == ()
    assert rules.strategies_of({}) == ()


def test_a_region_is_heard_of_by_its_facilitators_the_coordinator_queue_by_coordinators() -> None:
    assert rules.facilitators_for([AMINA, BOSS], "africa") == [AMINA]
    assert rules.facilitators_for([AMINA, BOSS], COORDINATOR) == [BOSS]
    assert rules.facilitators_for([AMINA, BOSS], "asia") == []


def test_recipients_queues_and_locales() -> None:
    assert rules.CONTACT_PRECEDENCE[:2] == ("queue", "facilitator")
    assert rules.collaborator_locale(["fr", "en"]) == "fr"
    assert rules.collaborator_locale([]) == rules.FALLBACK_LOCALE == "en"


def test_invitations_and_case_fields() -> None:
    assert (rules.answered(True), rules.answered(False)) == ("accepted", "declined")
    assert rules.INVITED == "invited"
    assert "requester" not in rules.CASE_FIELDS
