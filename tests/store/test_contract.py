"""One contract for every store implementation (as aiogram tests its FSM storages).

Each test runs over the SQLite store and the in-memory store through the ports
(:mod:`store.ports`) only. A new backend (PostgreSQL, say) is added by adding
it to :data:`BACKENDS` and passing this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import pytest

from flows.core.events import CaseSubmitted
from flows.core.messages import Attachment, AttachmentKind, Channel, Inbound, Outbound
from flows.core.regions import COORDINATOR
from flows.core.state import Conversation
from store.crypto import Keyring
from store.memory.store import MemoryStore
from store.ports import AdminStore, RuntimeStore, StoreTransaction
from store.records import OutboxRow
from store.sqlite.store import SqliteStore

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


class AnyStore(RuntimeStore, AdminStore, Protocol):
    """Both ports: every implementation offers the runtime's and the coordinator's."""


async def _sqlite(tmp_path: Path) -> AnyStore:
    return await SqliteStore.open(tmp_path / "data", Keyring.generate())


async def _memory(tmp_path: Path) -> AnyStore:
    return await MemoryStore.open()


BACKENDS: dict[str, Callable[[Path], Awaitable[AnyStore]]] = {
    "sqlite": _sqlite,
    "memory": _memory,
}


@pytest.fixture(params=sorted(BACKENDS))
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AnyStore]:
    opened = await BACKENDS[request.param](tmp_path)
    try:
        yield opened
    finally:
        await opened.close()


def _case(ref: str, *, country: str | None = "KE", files: tuple[str, ...] = ()) -> CaseSubmitted:
    return CaseSubmitted(
        ref=ref,
        channel=Channel.TELEGRAM,
        locale="fr",
        answers={"requester_name": "Amina", "strategies": ["legal", "media"]},
        file_ids=files,
        level=2,
        urgent=True,
        country=country,
        consented_at=T0.isoformat(),
    )


def _said(person: str, text: str) -> Inbound:
    return Inbound(person, Channel.TELEGRAM, text=text)


def _reply(person: str, key: str) -> Outbound:
    return Outbound(person, key, {"n": 1})


async def _queue(
    store: AnyStore, *replies: tuple[str, str], channel: Channel = Channel.SIGNAL
) -> None:
    async with store.transaction() as tx:
        for person, key in replies:
            await tx.enqueue(channel, f"addr-{person}", "en", _reply(person, key), T0)


async def _next(store: AnyStore, now: datetime = T0, **caps: int) -> list[tuple[str, str]]:
    rows = await store.outbox_next(Channel.SIGNAL, now, **caps)  # type: ignore[arg-type]
    return [(r.recipient, r.message.key) for r in rows if isinstance(r, OutboxRow)]


# ----- transactions ----------------------------------------------------------------------


async def test_a_failed_transaction_leaves_nothing(store: AnyStore) -> None:
    async def fails() -> None:
        async with store.transaction() as tx:
            await tx.remember_person("p", Channel.SIGNAL, "+1", T0)
            await tx.audit(T0, "p", "x")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await fails()
    async with store.transaction() as tx:
        assert await tx.address_of("p") is None
    assert await store.audit_entries() == []


async def test_a_savepoint_undoes_only_its_block(store: AnyStore) -> None:
    async def bug(tx: StoreTransaction) -> None:
        async with tx.savepoint():
            await tx.remember_person("undone", Channel.SIGNAL, "+2", T0)
            raise ValueError("bug")

    async with store.transaction() as tx:
        await tx.remember_person("kept", Channel.SIGNAL, "+1", T0)
        with pytest.raises(ValueError, match="bug"):
            await bug(tx)
        await tx.audit(T0, "kept", "after")
    async with store.transaction() as tx:
        assert await tx.address_of("kept") == (Channel.SIGNAL, "+1")
        assert await tx.address_of("undone") is None
    assert [e["action"] for e in await store.audit_entries()] == ["after"]


def test_pseudonyms_are_stable_and_per_channel() -> None:
    store = MemoryStore(Keyring.generate())
    assert store.pseudonym("telegram", "1") == store.pseudonym("telegram", "1")
    assert store.pseudonym("telegram", "1") != store.pseudonym("signal", "1")


async def test_pseudonym_hides_the_id(store: AnyStore) -> None:
    assert "12345" not in store.pseudonym("telegram", "12345")


# ----- people and conversations ---------------------------------------------------------------


async def test_people_and_their_conversation(store: AnyStore) -> None:
    async with store.transaction() as tx:
        await tx.remember_person("p", Channel.TELEGRAM, "111", T0)
        await tx.remember_person("p", Channel.TELEGRAM, "222", T0)
        await tx.save_conversation("p", Conversation(locale="sw", flow="intake"), T0)
    async with store.transaction() as tx:
        assert await tx.address_of("p") == (Channel.TELEGRAM, "222")
        state = await tx.load_conversation("p")
        assert state is not None
        assert (state.locale, state.flow) == ("sw", "intake")
        assert await tx.load_conversation("nobody") is None
        contact = await tx.contact("p")
        assert contact is not None
        assert (contact.channel, contact.address, contact.locale) == (Channel.TELEGRAM, "222", "sw")


# ----- cases ---------------------------------------------------------------------------


async def test_a_case_is_created_received_with_its_strategies_and_files(store: AnyStore) -> None:
    photo = Attachment(AttachmentKind.PHOTO, "image/jpeg", 3, b"abc", "a.jpg")
    async with store.transaction() as tx:
        await tx.save_file("p", "f1", photo, T0)
        await tx.create_case("p", _case("CRE-1", files=("f1",)), "africa", T0)
    async with store.transaction() as tx:
        assert await tx.ref_taken("CRE-1")
        assert not await tx.ref_taken("CRE-2")
        assert [(c.ref, c.status, c.created_at) for c in await tx.cases_of("p")] == [
            ("CRE-1", "received", "2026-11-22")
        ]
        view = await tx.case_view("CRE-1", answers=True)
        assert view is not None
        assert (view.status, view.region, view.requester, view.urgent) == (
            "received",
            "africa",
            "p",
            True,
        )
        assert view.strategies == ("legal", "media")
        assert view.answers is not None
        assert view.answers["requester_name"] == "Amina"
        assert view.files == ("f1",)
        brief = await tx.case_view("CRE-1")
        assert brief is not None
        assert brief.answers is None
    record = await store.case("CRE-1")
    assert record is not None
    assert record.details is not None
    assert record.details["consented_at"] == T0.isoformat()
    assert [c.ref for c in await store.list_cases()] == ["CRE-1"]
    assert (await store.list_cases())[0].details is None


async def test_open_cases_leave_out_final_ones_and_updates_apply(store: AnyStore) -> None:
    async with store.transaction() as tx:
        staff = await tx.add_facilitator(
            "fa", Channel.SIGNAL, "+1", "A", ["africa"], "en", False, T0
        )
        for ref in ("CRE-1", "CRE-2", "CRE-3"):
            await tx.create_case("p", _case(ref), "africa", T0)
        await tx.update_case("CRE-2", "status", "closed", T0)
        await tx.update_case("CRE-3", "status", "triage", T0)
        await tx.update_case("CRE-3", "assignee", staff, T0)
        await tx.update_case("CRE-3", "urgent", False, T0)
        with pytest.raises(ValueError, match="not a case field"):
            await tx.update_case("CRE-3", "requester", "x", T0)
    async with store.transaction() as tx:
        assert [(c.ref, c.status) for c in await tx.open_cases()] == [
            ("CRE-1", "received"),
            ("CRE-3", "triage"),
        ]
        view = await tx.case_view("CRE-3")
        assert view is not None
        assert (view.assignee, view.urgent) == (staff, False)


# ----- files ---------------------------------------------------------------------------


async def test_files_are_stored_counted_loaded_and_discarded(store: AnyStore) -> None:
    voice = Attachment(AttachmentKind.VOICE, "audio/ogg", 4, b"OggS", None)
    async with store.transaction() as tx:
        await tx.save_file("p", "old", voice, T0 - timedelta(days=2))
        await tx.save_file("p", "new", voice, T0)
        await tx.save_file("q", "theirs", voice, T0)
    async with store.transaction() as tx:
        assert await tx.file_usage("p", T0 - timedelta(days=1)) == (1, 4)
        assert await tx.file_usage("p", T0 - timedelta(days=3)) == (2, 8)
        assert await tx.read_file("new") == b"OggS"
    assert await store.load_file("new") == ("voice", "audio/ogg", None, b"OggS")
    async with store.transaction() as tx:
        await tx.discard_files(("new",))
    assert await store.load_file("new") is None
    assert await store.load_file("theirs") is not None


# ----- inbox ---------------------------------------------------------------------------


async def test_inbox_dedupes_takes_once_and_remembers(store: AnyStore) -> None:
    async with store.transaction() as tx:
        first = await tx.inbox_add(Channel.TELEGRAM, "u1", _said("p", "hi"), "111", T0)
        again = await tx.inbox_add(Channel.TELEGRAM, "u1", _said("p", "hi"), "111", T0)
        other = await tx.inbox_add(Channel.SIGNAL, "u1", _said("q", "yo"), "+2", T0)
    assert first is not None
    assert other is not None
    assert again is None
    assert await store.inbox_pending() == [(first, "p"), (other, "q")]
    assert await store.inbox_for("p") == [first]
    async with store.transaction() as tx:
        taken = await tx.inbox_take(first, T0)
        assert await tx.inbox_take(first, T0) is None
    assert taken is not None
    assert (taken[0].text, taken[0].sender, taken[1]) == ("hi", "p", "111")
    async with store.transaction() as tx:  # handled: a redelivery is still a duplicate
        assert await tx.inbox_add(Channel.TELEGRAM, "u1", _said("p", "hi"), "111", T0) is None
    await store.inbox_discard(other, T0)
    assert await store.inbox_pending() == []
    async with store.transaction() as tx:
        assert await tx.inbox_add(Channel.SIGNAL, "u1", _said("q", "yo"), "+2", T0) is None
    await store.forget_seen(T0 + timedelta(seconds=1))
    async with store.transaction() as tx:
        assert await tx.inbox_add(Channel.SIGNAL, "u1", _said("q", "yo"), "+2", T0) is not None


async def test_a_rolled_back_take_keeps_the_row(store: AnyStore) -> None:
    async with store.transaction() as tx:
        row = await tx.inbox_add(Channel.TELEGRAM, "u1", _said("p", "hi"), "111", T0)
    assert row is not None

    async def disk_full() -> None:
        async with store.transaction() as tx:
            await tx.inbox_take(row, T0)
            raise OSError("disk")

    with pytest.raises(OSError, match="disk"):
        await disk_full()
    assert await store.inbox_pending() == [(row, "p")]


# ----- outbox --------------------------------------------------------------------------


async def test_outbox_is_round_robin_and_in_order_per_person(store: AnyStore) -> None:
    await _queue(store, ("a", "a1"), ("a", "a2"), ("a", "a3"), ("b", "b1"), ("c", "c1"))
    await _queue(store, ("b", "b2"))
    assert await _next(store) == [
        ("a", "a1"),
        ("b", "b1"),
        ("c", "c1"),
        ("a", "a2"),
        ("b", "b2"),
        ("a", "a3"),
    ]
    assert await _next(store, per_person=1) == [("a", "a1"), ("b", "b1"), ("c", "c1")]
    assert await _next(store, people=2, per_person=1) == [("a", "a1"), ("b", "b1")]
    assert await _next(store, limit=2) == [("a", "a1"), ("b", "b1")]
    rows = await store.outbox_next(Channel.SIGNAL, T0, exclude={"a"})
    assert [r.recipient for r in rows] == ["b", "c", "b"]
    assert await store.outbox_next(Channel.TELEGRAM, T0) == []


async def test_outbox_rows_carry_their_message_and_address(store: AnyStore) -> None:
    await _queue(store, ("a", "a1"))
    [row] = await store.outbox_next(Channel.SIGNAL, T0)
    assert isinstance(row, OutboxRow)
    assert (row.address, row.locale, row.attempts, row.parts_sent) == ("addr-a", "en", 0, 0)
    assert row.message == _reply("a", "a1")


async def test_outbox_retry_holds_back_that_person_only(store: AnyStore) -> None:
    await _queue(store, ("a", "a1"), ("a", "a2"), ("b", "b1"))
    [first, *_] = await store.outbox_next(Channel.SIGNAL, T0)
    await store.outbox_retry(first.id, T0 + timedelta(minutes=1), "timeout")
    assert await _next(store) == [("b", "b1")]
    later = await store.outbox_next(Channel.SIGNAL, T0 + timedelta(minutes=1))
    assert [r.recipient for r in later] == ["a", "b", "a"]
    assert isinstance(later[0], OutboxRow)
    assert later[0].attempts == 1


async def test_outbox_turns_are_found_behind_a_long_queue(store: AnyStore) -> None:
    """Whose turn it is does not depend on how the store reads the queue (page by page)."""
    await _queue(store, *((p, f"{p}{n}") for n in range(300) for p in ("a", "w")))
    await _queue(store, ("b", "b1"), ("c", "c1"), ("d", "d1"), ("e", "e1"))
    [waiting] = await store.outbox_next(Channel.SIGNAL, T0, exclude={"a"}, people=1, per_person=1)
    assert waiting.recipient == "w"
    await store.outbox_retry(waiting.id, T0 + timedelta(minutes=1), "timeout")  # w waits
    assert await _next(store, per_person=2, people=2, exclude={"a"}) == [
        ("b", "b1"),
        ("c", "c1"),
    ]
    assert await _next(store, per_person=1, exclude={"a", "b"}) == [
        ("c", "c1"),
        ("d", "d1"),
        ("e", "e1"),
    ]
    assert await _next(store, people=3, per_person=2) == [
        ("a", "a0"),
        ("b", "b1"),
        ("c", "c1"),
        ("a", "a1"),
    ]


async def test_outbox_pieces_sent_and_failed(store: AnyStore) -> None:
    await _queue(store, ("a", "a1"), ("b", "b1"))
    await _queue(store, ("c", "c1"), channel=Channel.TELEGRAM)
    assert await store.outbox_waiting_by_channel() == {"signal": 2, "telegram": 1}
    assert await store.outbox_pending_count() == 3
    assert await store.outbox_pending_count([Channel.SIGNAL]) == 2
    a, b = await store.outbox_next(Channel.SIGNAL, T0)
    await store.outbox_piece_sent(a.id, 2)
    [again, _] = await store.outbox_next(Channel.SIGNAL, T0)
    assert isinstance(again, OutboxRow)
    assert again.parts_sent == 2
    await store.outbox_sent(a.id)
    async with store.transaction() as tx:
        await tx.outbox_failed(b.id, "blocked")
    assert await store.outbox_next(Channel.SIGNAL, T0) == []
    assert await store.outbox_pending_count([Channel.SIGNAL]) == 0
    assert await store.outbox_waiting_by_channel() == {"telegram": 1}


# ----- audit and transport events ----------------------------------------------------------


async def test_audit_and_transport_events(store: AnyStore) -> None:
    async with store.transaction() as tx:
        await tx.audit(T0, "coordinator:x", "admin.cases.show", "CRE-1", "d")
        await tx.audit(T0, "bot", "case.created")
    assert await store.audit_entries() == [
        {
            "at": T0.isoformat(),
            "actor": "coordinator:x",
            "action": "admin.cases.show",
            "case_ref": "CRE-1",
            "detail": "d",
        },
        {
            "at": T0.isoformat(),
            "actor": "bot",
            "action": "case.created",
            "case_ref": None,
            "detail": "",
        },
    ]
    await store.note_transport_event(Channel.TELEGRAM, "quarantined", T0)
    await store.note_transport_event(Channel.TELEGRAM, "quarantined", T0 + timedelta(hours=1))
    [counted] = await store.transport_events()
    assert (counted.channel, counted.kind, counted.count) == ("telegram", "quarantined", 2)
    assert counted.last_at == (T0 + timedelta(hours=1)).isoformat()


# ----- regions and facilitators ------------------------------------------------------------


async def test_regions_their_countries_and_queues(store: AnyStore) -> None:
    async with store.transaction() as tx:
        regions = await tx.regions()
        assert [r.id for r in regions] == ["africa", "asia", "latin_america"]
        assert "KE" in next(r for r in regions if r.id == "africa").countries
        assert await tx.set_region_countries("africa", ["KE", "UG"])
        assert not await tx.set_region_countries("atlantis", ["KE"])
        assert await tx.set_region_queue("asia", Channel.TELEGRAM, "-100")
        assert not await tx.set_region_queue("atlantis", Channel.TELEGRAM, "-100")
    async with store.transaction() as tx:
        africa = next(r for r in await tx.regions() if r.id == "africa")
        assert africa.countries == frozenset({"KE", "UG"})
        assert ("asia", "Asia and the Pacific", "telegram") in await tx.region_queues()
        queue = await tx.contact("queue:asia")
        assert queue is not None
        assert (queue.channel, queue.address, queue.locale) == (Channel.TELEGRAM, "-100", "en")
        assert await tx.contact("queue:africa") is None
    assert (await store.coverage()).queue_channels == ("telegram",)


async def test_facilitators_cover_their_regions_and_coordinators_the_rest(
    store: AnyStore,
) -> None:
    async with store.transaction() as tx:
        amina = await tx.add_facilitator(
            "fa", Channel.SIGNAL, "+1", "Amina", ["africa"], "sw", False, T0
        )
        boss = await tx.add_facilitator(
            "co", Channel.TELEGRAM, "42", "Coordinator", [], "en", True, T0
        )
        again = await tx.add_facilitator(
            "fa", Channel.SIGNAL, "+9", "Amina K", ["africa", "asia"], "sw", False, T0
        )
    assert again == amina != boss
    async with store.transaction() as tx:
        found = await tx.facilitator_by_person("fa")
        assert found is not None
        assert (found.id, found.name, found.regions) == (amina, "Amina K", {"africa", "asia"})
        assert await tx.facilitator_by_person("nobody") is None
        assert [f.person for f in await tx.facilitators()] == ["fa", "co"]
        assert [f.person for f in await tx.facilitators_for("asia")] == ["fa"]
        assert [f.person for f in await tx.facilitators_for(COORDINATOR)] == ["co"]
        assert await tx.facilitators_for("latin_america") == []
        contact = await tx.contact("fa")
        assert contact is not None
        assert (contact.channel, contact.address, contact.locale) == (Channel.SIGNAL, "+9", "sw")
    coverage = await store.coverage()
    assert coverage.coordinators == 1
    assert coverage.coordinator_channels == ("telegram",)
    assert coverage.uncovered_regions == ("latin_america",)
    assert coverage.facilitator_channels == ("signal", "telegram")


async def test_a_facilitator_is_written_to_as_one_even_if_also_a_requester(
    store: AnyStore,
) -> None:
    async with store.transaction() as tx:
        await tx.remember_person("fa", Channel.TELEGRAM, "555", T0)
        await tx.add_facilitator("fa", Channel.SIGNAL, "+1", "A", ["africa"], "pt", False, T0)
    async with store.transaction() as tx:
        contact = await tx.contact("fa")
        assert contact is not None
        assert (contact.channel, contact.address, contact.locale) == (Channel.SIGNAL, "+1", "pt")
        assert await tx.contact("stranger") is None


# ----- collaborators, invitations, notes, agreements ----------------------------------------


async def test_collaborators_and_their_invitations(store: AnyStore) -> None:
    async with store.transaction() as tx:
        await tx.create_case("p", _case("CRE-1"), "africa", T0)
        lawyer = await tx.add_collaborator(
            "Lawyers", "mail@x", ["legal"], ["KE"], ["africa"], ["fr", "en"], True, T0,
            messenger=("col", Channel.SIGNAL, "+7"),
        )  # fmt: skip
        press = await tx.add_collaborator("Press", None, ["media"], [], [], [], False, T0)
    async with store.transaction() as tx:
        listed = await tx.collaborators()
        assert [(c.id, c.name, c.reachable) for c in listed] == [
            (lawyer, "Lawyers", True),
            (press, "Press", False),
        ]
        assert listed[0].strategies == {"legal"}
        assert listed[0].self_funded
        assert listed[0].available
        assert await tx.collaborator_person(lawyer) == "col"
        assert await tx.collaborator_person(press) is None
        by_person = await tx.collaborator_by_person("col")
        assert by_person is not None
        assert by_person.id == lawyer
        contact = await tx.contact("col")
        assert contact is not None
        assert (contact.channel, contact.address, contact.locale) == (Channel.SIGNAL, "+7", "fr")
        first = await tx.add_invitation("CRE-1", lawyer, T0)
        assert await tx.add_invitation("CRE-1", lawyer, T0) == first
        second = await tx.add_invitation("CRE-1", press, T0)
        assert await tx.invitation(first) == ("CRE-1", lawyer, "invited")
        await tx.answer_invitation(first, True, T0)
        await tx.answer_invitation(first, False, T0)  # answered already: no change
        await tx.answer_invitation(second, False, T0)
        assert await tx.invitation(first) == ("CRE-1", lawyer, "accepted")
        assert await tx.invitation(second) == ("CRE-1", press, "declined")
        assert await tx.invitation(999) is None
        assert await tx.connections("CRE-1") == [lawyer]


async def test_notes_and_agreements(store: AnyStore) -> None:
    async with store.transaction() as tx:
        await tx.add_note("CRE-1", 1, "first", T0)
        await tx.add_note("CRE-1", 2, "second", T0)
        await tx.add_note("CRE-2", 1, "elsewhere", T0)
        await tx.save_agreement("CRE-1", {"who": "A"}, 1, T0)
        await tx.save_agreement("CRE-1", {"who": "B", "when": "May"}, 2, T0)
    async with store.transaction() as tx:
        assert await tx.notes("CRE-1") == ["first", "second"]
        assert await tx.agreement("CRE-1") == {"who": "B", "when": "May"}
        assert await tx.agreement("CRE-2") is None


# ----- due jobs ----------------------------------------------------------------------------


async def test_due_jobs_run_once_when_due(store: AnyStore) -> None:
    async with store.transaction() as tx:
        await tx.schedule("escalate", "CRE-2", T0 + timedelta(hours=2))
        await tx.schedule("escalate", "CRE-1", T0 + timedelta(hours=1))
        await tx.schedule("escalate", "CRE-1", T0 + timedelta(hours=5))  # already scheduled
    assert await store.due_jobs(T0) == []
    due = await store.due_jobs(T0 + timedelta(hours=3))
    assert [(kind, ref) for _, kind, ref in due] == [("escalate", "CRE-1"), ("escalate", "CRE-2")]
    async with store.transaction() as tx:
        assert await tx.finish_job(due[0][0], T0)
        assert not await tx.finish_job(due[0][0], T0)
    assert [ref for _, _, ref in await store.due_jobs(T0 + timedelta(hours=3))] == ["CRE-2"]


# ----- erasure ---------------------------------------------------------------------------


async def test_forget_person_keeps_only_anonymous_counts(store: AnyStore) -> None:
    photo = Attachment(AttachmentKind.PHOTO, "image/png", 1, b"x")
    async with store.transaction() as tx:
        await tx.remember_person("p", Channel.TELEGRAM, "111", T0)
        await tx.save_conversation("p", Conversation(locale="en"), T0)
        await tx.save_file("p", "mine", photo, T0)
        await tx.create_case("p", _case("CRE-1", files=("mine",)), "africa", T0)
        await tx.save_file("fa", "reply", photo, T0, case_ref="CRE-1")
        await tx.save_file("q", "other", photo, T0)
        await tx.add_note("CRE-1", 1, "note", T0)
        await tx.save_agreement("CRE-1", {"who": "A"}, 1, T0)
        await tx.schedule("escalate", "CRE-1", T0)
        await tx.enqueue(Channel.TELEGRAM, "111", "en", _reply("p", "k"), T0)
        await tx.inbox_add(Channel.TELEGRAM, "u9", _said("p", "more"), "111", T0)
    async with store.transaction() as tx:
        await tx.forget_person("p", T0 + timedelta(days=1))
    async with store.transaction() as tx:
        assert await tx.address_of("p") is None
        assert await tx.load_conversation("p") is None
        assert await tx.cases_of("p") == []
        assert await tx.notes("CRE-1") == []
        assert await tx.agreement("CRE-1") is None
        view = await tx.case_view("CRE-1", answers=True)
        assert view is not None
        assert (view.requester, view.answers, view.files) == (None, None, ())
        assert (view.country, view.level, view.strategies) == ("KE", 2, ("legal", "media"))
    assert await store.load_file("mine") is None
    assert await store.load_file("reply") is None
    assert await store.load_file("other") is not None
    assert await store.due_jobs(T0 + timedelta(days=2)) == []
    assert await store.outbox_pending_count() == 0
    assert await store.inbox_pending() == []
    record = await store.case("CRE-1")
    assert record is not None
    assert record.details is None
