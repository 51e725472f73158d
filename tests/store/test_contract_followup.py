"""The follow-up repositories' contract, over every store backend."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from flows.followup.records import (
    ANSWERED,
    CHECKIN,
    DUE,
    ENDED,
    EVALUATION,
    REMINDED,
    SENT,
    Plan,
    Prefs,
    checkin_key,
    once_key,
)
from tests.store.test_contract import BACKENDS, T0, AnyStore, _case


@pytest.fixture(params=sorted(BACKENDS))
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AnyStore]:
    opened = await BACKENDS[request.param](tmp_path)
    try:
        yield opened
    finally:
        await opened.close()


PLAN = Plan("K7M4-Q2XP", 14, T0, T0 + timedelta(days=90))
ALICE, BOB = "a" * 32, "b" * 32


async def _schedule(s: AnyStore) -> list[int]:
    async with s.transaction() as tx:
        for person in (ALICE, BOB):
            assert await tx.add_prompt(
                checkin_key(PLAN, person, 1), CHECKIN, PLAN.ref, person, 1, T0 + timedelta(days=14)
            )
        return [p.id for p in await tx.prompts_of_case(PLAN.ref)]


async def test_an_occurrence_is_scheduled_once_whatever_its_state(backend: AnyStore) -> None:
    first, _ = await _schedule(backend)
    async with backend.transaction() as tx:
        await tx.update_prompt(first, ENDED, None, T0)
        again = await tx.add_prompt(
            checkin_key(PLAN, ALICE, 1), CHECKIN, PLAN.ref, ALICE, 1, T0 + timedelta(days=14)
        )
    assert again is False
    assert await backend.followup_pending() == 1


async def test_due_prompts_come_oldest_first_and_leave_once_moved_on(backend: AnyStore) -> None:
    first, second = await _schedule(backend)
    later = T0 + timedelta(days=14)
    assert await backend.followup_due(later - timedelta(seconds=1)) == []
    async with backend.transaction() as tx:
        await tx.defer_prompt(first, later + timedelta(hours=2))
    assert await backend.followup_due(later) == [second]
    assert await backend.followup_due(later + timedelta(hours=3)) == [second, first]
    async with backend.transaction() as tx:
        await tx.update_prompt(second, SENT, later + timedelta(days=3), later)
    assert await backend.followup_due(later + timedelta(hours=3)) == [first]
    assert await backend.followup_due(later + timedelta(days=3), limit=1) == [first]


async def test_sending_and_reminding_are_stamped_for_the_daily_cap(backend: AnyStore) -> None:
    first, second = await _schedule(backend)
    async with backend.transaction() as tx:
        await tx.update_prompt(first, SENT, T0 + timedelta(days=3), T0)
        await tx.update_prompt(first, REMINDED, T0 + timedelta(days=6), T0 + timedelta(days=3))
        await tx.update_prompt(second, SENT, None, T0 + timedelta(hours=1))
        times = await tx.prompt_times(ALICE, T0 - timedelta(days=1))
        recent = await tx.prompt_times(ALICE, T0 + timedelta(days=1))
        waiting = await tx.awaiting_prompt(PLAN.ref, ALICE, CHECKIN)
        prompt = await tx.prompt(first)
    assert times == [T0, T0 + timedelta(days=3)] and recent == [T0 + timedelta(days=3)]
    assert waiting is not None and waiting.id == first
    assert prompt is not None and prompt.sent_at == T0 and prompt.state == REMINDED


async def test_ending_touches_only_unsent_prompts_of_those_kinds(backend: AnyStore) -> None:
    first, _second = await _schedule(backend)
    async with backend.transaction() as tx:
        await tx.add_prompt(
            once_key(EVALUATION, PLAN.ref, ALICE), EVALUATION, PLAN.ref, ALICE, 0, T0
        )
        await tx.update_prompt(first, SENT, None, T0)
        assert await tx.end_prompts(PLAN.ref, (CHECKIN,), T0) == 1
        states = {(p.kind, p.person): p.state for p in await tx.prompts_of_case(PLAN.ref)}
    assert states == {
        (CHECKIN, ALICE): SENT,
        (CHECKIN, BOB): ENDED,
        (EVALUATION, ALICE): DUE,
    }


async def test_answers_items_notes_plans_and_choices_round_trip(backend: AnyStore) -> None:
    first, _ = await _schedule(backend)
    async with backend.transaction() as tx:
        prompt = await tx.prompt(first)
        assert prompt is not None
        await tx.save_followup_answers(prompt, "checkin", {"ci_going": "blocked"}, T0)
        await tx.update_prompt(first, ANSWERED, None, T0)
        item = await tx.add_followup_item(PLAN.ref, first, "ci_going:blocked", T0)
        await tx.add_meeting_notes(PLAN.ref, 1, "What worked: the joint visit.", T0)
        await tx.save_followup_plan(PLAN, T0)
        await tx.save_followup_prefs(Prefs(ALICE, "Asia/Jayapura", T0, False))
    async with backend.transaction() as tx:
        [answers] = await tx.followup_answers(PLAN.ref)
        assert (answers.person, answers.flow, answers.answers) == (
            ALICE,
            "checkin",
            {"ci_going": "blocked"},
        )
        assert [i.kind for i in await tx.followup_items(PLAN.ref)] == ["ci_going:blocked"]
        assert await tx.close_followup_item(PLAN.ref, item, T0) is True
        assert await tx.close_followup_item(PLAN.ref, item, T0) is False
        assert await tx.meeting_notes(PLAN.ref) == ["What worked: the joint visit."]
        assert await tx.followup_plan(PLAN.ref) == PLAN
        assert await tx.followup_prefs(ALICE) == Prefs(ALICE, "Asia/Jayapura", T0, False)
        assert await tx.followup_prefs(BOB) == Prefs(BOB)


async def test_forgetting_a_requester_removes_their_prompts_answers_and_case_notes(
    backend: AnyStore,
) -> None:
    first, second = await _schedule(backend)
    async with backend.transaction() as tx:
        for number, person in ((first, ALICE), (second, BOB)):
            prompt = await tx.prompt(number)
            assert prompt is not None
            await tx.save_followup_answers(prompt, "checkin", {"ci_learned": person}, T0)
        await tx.add_followup_item(PLAN.ref, first, "ci_threat:yes", T0)
        await tx.add_meeting_notes(PLAN.ref, 1, "notes", T0)
        await tx.save_followup_prefs(Prefs(ALICE, stopped=True))
        await tx.forget_followup(ALICE, [PLAN.ref])  # type: ignore[attr-defined]
    async with backend.transaction() as tx:
        left = await tx.prompts_of_case(PLAN.ref)
        assert [(p.person, p.state) for p in left] == [(BOB, ENDED)]
        assert await tx.followup_answers(PLAN.ref) == []
        assert await tx.meeting_notes(PLAN.ref) == []
        assert await tx.followup_prefs(ALICE) == Prefs(ALICE)
        assert [i.kind for i in await tx.followup_items(PLAN.ref)] == ["ci_threat:yes"]
    assert await backend.followup_pending() == 0


async def test_a_persons_home_country_is_that_of_their_first_request(backend: AnyStore) -> None:
    async with backend.transaction() as tx:
        assert await tx.home_country(ALICE) is None  # a collaborator: the case's country
        await tx.create_case(ALICE, _case("K7M4-Q2XP", country=None), "africa", T0)
        assert await tx.home_country(ALICE) is None
        await tx.create_case(ALICE, _case("K7M4-Q2XQ", country="KE"), "africa", T0)
        await tx.create_case(ALICE, _case("K7M4-Q2XR", country="ID"), "asia", T0)
        await tx.create_case(BOB, _case("K7M4-Q2XS", country="ID"), "asia", T0)
    async with backend.transaction() as tx:
        assert await tx.home_country(ALICE) == "KE"
        assert await tx.home_country(BOB) == "ID"
