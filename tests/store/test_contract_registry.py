"""The coordinator's registry corrections (issue 11 item 14, 17) over every backend."""

from __future__ import annotations

from flows.core.messages import Channel, Outbound
from store.roster import REMOVED_NAME, DirectoryChange, StaffChange
from tests.store.test_contract import T0, AnyStore, _case, store

__all__ = ["store"]


async def _amina(store: AnyStore) -> tuple[str, int]:
    person = store.pseudonym("telegram", "424242")
    async with store.transaction() as tx:
        row = await tx.add_facilitator(
            person, Channel.TELEGRAM, "424242", "Amina", ["africa"], "sw", False, T0
        )
    return person, row


async def test_a_deactivated_facilitator_is_listed_but_no_longer_acts(store: AnyStore) -> None:
    person, row = await _amina(store)
    async with store.transaction() as tx:
        assert await tx.set_facilitator_active(row, False)
        assert await tx.facilitator_by_person(person) is None
        assert await tx.facilitators_for("africa") == []
        [listed] = await tx.facilitator_roster()
        assert (listed.id, listed.name, listed.active, listed.channel) == (
            row,
            "Amina",
            False,
            "telegram",
        )
        assert await tx.set_facilitator_active(row, True)
        assert await tx.facilitator_by_person(person) is not None
        assert not await tx.set_facilitator_active(999, False)


async def test_editing_a_facilitator_changes_only_what_is_given(store: AnyStore) -> None:
    person, row = await _amina(store)
    async with store.transaction() as tx:
        assert await tx.edit_facilitator(row, StaffChange(regions=("africa", "asia")))
        assert await tx.edit_facilitator(row, StaffChange(name="Amina W.", coordinator=True))
        assert not await tx.edit_facilitator(999, StaffChange(name="x"))
        actor = await tx.facilitator_by_person(person)
    assert actor is not None
    assert (actor.name, actor.regions, actor.locale, actor.coordinator) == (
        "Amina W.",
        frozenset({"africa", "asia"}),
        "sw",
        True,
    )


async def test_a_removed_facilitator_is_gone_with_their_name(store: AnyStore) -> None:
    person, row = await _amina(store)
    async with store.transaction() as tx:
        assert await tx.remove_facilitator(row, T0)
        assert await tx.facilitator_by_person(person) is None
        assert await tx.facilitator_roster() == []
        assert await tx.facilitators() == []
        assert not await tx.remove_facilitator(row, T0)
        assert not await tx.edit_facilitator(row, StaffChange(name="back"))
        assert not await tx.set_facilitator_active(row, True)
    again, new_row = await _amina(store)  # re-registered: a fresh row, nothing inherited
    assert again == person and new_row != row
    assert REMOVED_NAME not in [f.name for f in await _roster(store)]


async def _roster(store: AnyStore) -> list[object]:
    async with store.transaction() as tx:
        return list(await tx.facilitator_roster())


async def test_console_personas_act_but_stay_out_of_the_registry(store: AnyStore) -> None:
    person = store.pseudonym("console", "coordinator")
    async with store.transaction() as tx:
        await tx.add_facilitator(person, Channel.CONSOLE, "coordinator", "C", [], "en", True, T0)
        await tx.mark_console_persona(person, True, T0)
        assert await tx.facilitator_by_person(person) is not None
        assert await tx.facilitator_roster() == []
    assert (await store.coverage()).coordinators == 0
    async with store.transaction() as tx:
        await tx.mark_console_persona(person, False, T0)
        assert len(await tx.facilitator_roster()) == 1
    assert (await store.coverage()).coordinators == 1


async def test_collaborators_are_edited_paused_and_removed(store: AnyStore) -> None:
    lab = store.pseudonym("signal", "+254700000001")
    async with store.transaction() as tx:
        row = await tx.add_collaborator(
            "River Lab", "lab@example.org", ["research"], ["KE"], ["africa"], ["en"], False, T0
        )
        change = DirectoryChange(
            name="River Lab Kenya",
            countries=("KE", "UG"),
            languages=("en", "sw"),
            self_funded=True,
            messenger=(lab, "signal", "+254700000001"),
        )
        assert await tx.edit_collaborator(row, change)
        [entry] = await tx.directory()
        assert (entry.name, entry.contact, entry.channel, entry.self_funded) == (
            "River Lab Kenya",
            "lab@example.org",
            "signal",
            True,
        )
        assert entry.countries == {"KE", "UG"} and entry.strategies == {"research"}
        assert (await tx.collaborator_by_person(lab)) is not None
        assert await tx.set_collaborator_available(row, False)
        [paused] = await tx.collaborators()
        assert not paused.available
        assert await tx.remove_collaborator(row, T0)
        assert await tx.directory() == []
        assert await tx.collaborators() == []
        assert await tx.collaborator_by_person(lab) is None
        assert not await tx.remove_collaborator(row, T0)
        assert not await tx.edit_collaborator(row, DirectoryChange(name="x"))


async def test_regions_are_added_and_queues_unset(store: AnyStore) -> None:
    async with store.transaction() as tx:
        assert await tx.add_region("europe", "Europe", ["RS", "AL"])
        assert not await tx.add_region("europe", "Again", [])
        europe = next(r for r in await tx.regions() if r.id == "europe")
        assert (europe.name, europe.countries) == ("Europe", frozenset({"RS", "AL"}))
        assert await tx.set_region_queue("africa", Channel.TELEGRAM, "-100123")
        assert {r: q for r, _, q in await tx.region_queues()}["africa"] == "telegram"
        assert await tx.unset_region_queue("africa")
        assert {r: q for r, _, q in await tx.region_queues()}["africa"] is None
        assert await tx.contact("queue:africa") is None
        assert not await tx.unset_region_queue("mars")


async def test_removing_erases_where_the_bot_wrote_back_to_them(store: AnyStore) -> None:
    person, row = await _amina(store)
    lab = store.pseudonym("signal", "+254700000001")
    async with store.transaction() as tx:
        await tx.remember_person(person, Channel.TELEGRAM, "424242", T0)
        await tx.remember_person(lab, Channel.SIGNAL, "+254700000001", T0)
        await tx.enqueue(Channel.TELEGRAM, "424242", "sw", Outbound(person, "ws-help"), T0)
        number = await tx.add_collaborator(
            "Lab", None, ["research"], ["KE"], ["africa"], ["en"], False, T0,
            (lab, Channel.SIGNAL, "+254700000001"),
        )  # fmt: skip
        await tx.remove_facilitator(row, T0)
        await tx.remove_collaborator(number, T0)
        assert await tx.address_of(person) is None
        assert await tx.address_of(lab) is None
    assert await store.outbox_pending_count() == 0


async def test_a_removed_facilitator_who_also_asked_for_help_keeps_their_request(
    store: AnyStore,
) -> None:
    person, row = await _amina(store)
    async with store.transaction() as tx:
        await tx.remember_person(person, Channel.TELEGRAM, "424242", T0)
        await tx.create_case(person, _case("K7M4-Q2XP"), "africa", T0)
        await tx.remove_facilitator(row, T0)
        assert await tx.address_of(person) == (Channel.TELEGRAM, "424242")
        assert [c.ref for c in await tx.cases_of(person)] == ["K7M4-Q2XP"]
