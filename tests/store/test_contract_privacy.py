# ruff: noqa: F811 - the store fixture is imported from the main contract suite
"""Erasure and the purges, over every store (issue 12): what goes, what stays.

What stays after any erasure is what the annual report reads from the case row:
country, region, level, strategies, status (the outcome), the month of its dates
and the agreement's budget band; plus anonymous counts (``privacy_counts``).
"""

from __future__ import annotations

from datetime import timedelta

from flows.core.messages import Attachment, AttachmentKind, Channel, Outbound
from flows.core.state import Conversation
from tests.store.test_contract import T0, AnyStore, _case, store  # noqa: F401

DAY = timedelta(days=1)


async def _requester(store: AnyStore, person: str, ref: str, status: str = "received") -> None:
    async with store.transaction() as tx:
        await tx.remember_person(person, Channel.TELEGRAM, f"chat-{person}", T0)
        await tx.save_conversation(person, Conversation(consented_at=T0.isoformat()), T0)
        await tx.create_case(person, _case(ref), "africa", T0)
        await tx.audit(T0, person[:8], "case.submitted", ref, "region:africa")
        if status != "received":
            await tx.update_case(ref, "status", status, T0)


async def _facilitator_working_on(store: AnyStore, ref: str) -> str:
    """A facilitator halfway through an agreement on ``ref``, a relay queued for them."""
    person = "f" * 32
    async with store.transaction() as tx:
        await tx.add_facilitator(
            person, Channel.SIGNAL, "+254700000001", "Amina", ["africa"], "en", False, T0
        )
        desk = {"focus": ref, "composing": "agreement", "ref": ref, "draft": {"activities": "x"}}
        await tx.save_conversation(person, Conversation(desk=desk), T0)
        relay = Outbound(person, "ws-relay-from-requester", {"ref": ref, "text": "words"})
        await tx.enqueue(Channel.SIGNAL, "+254700000001", "en", relay, T0)
        other = Outbound(person, "ws-relay-from-requester", {"ref": "KEEP-KEEP", "text": "w"})
        await tx.enqueue(Channel.SIGNAL, "+254700000001", "en", other, T0)
    return person


async def test_forget_erases_links_drafts_and_queued_relays(store: AnyStore) -> None:
    await _requester(store, "p" * 32, "AAAA-BBBB")
    facilitator = await _facilitator_working_on(store, "AAAA-BBBB")
    async with store.transaction() as tx:
        await tx.save_agreement("AAAA-BBBB", {"band": "up_to_5k", "budget": "secret"}, 1, T0)
        photo = Attachment(AttachmentKind.PHOTO, "image/jpeg", 3, b"abc")
        await tx.save_file("p" * 32, "file1", photo, T0, case_ref="AAAA-BBBB")
        await tx.forget_person("p" * 32, T0 + DAY)

    async with store.transaction() as tx:
        state = await tx.load_conversation(facilitator)
        assert state is not None and state.desk == {}  # no focus, no draft, no words
        assert await tx.agreement("AAAA-BBBB") is None
    rows = await store.outbox_next(Channel.SIGNAL, T0 + DAY)
    assert [r.message.args["ref"] for r in rows if hasattr(r, "message")] == ["KEEP-KEEP"]
    actors = [e["actor"] for e in await store.audit_entries()]
    assert actors and all(a.startswith("erased:") for a in actors)
    case = await store.case("AAAA-BBBB")
    assert case is not None and case.details is None
    assert (case.country, case.region, case.level, case.strategies) == (
        "KE",
        "africa",
        2,
        ("legal", "media"),
    )
    assert case.created_at == "2026-11-01T00:00:00+00:00" == case.updated_at
    assert ("person.forgotten", "telegram", "2026-11", 1) in await store.privacy_counts()


async def test_unconsented_people_go_after_the_delay_and_only_they(store: AnyStore) -> None:
    async with store.transaction() as tx:
        for person in ("declined", "recent", "consented", "staff"):
            await tx.remember_person(person, Channel.TELEGRAM, f"chat-{person}", T0)
        await tx.save_conversation("declined", Conversation(locale="sw"), T0)
        await tx.save_conversation("consented", Conversation(consented_at=T0.isoformat()), T0)
        await tx.add_facilitator("staff", Channel.TELEGRAM, "chat-staff", "S", [], "en", True, T0)
        await tx.remember_person("recent", Channel.TELEGRAM, "chat-recent", T0 + DAY)
    await _requester(store, "requester", "CCCC-DDDD")

    assert await store.purge_unconsented(T0 + DAY, DAY) == 0  # nobody quiet for a day yet
    assert await store.purge_unconsented(T0 + 2 * DAY - timedelta(seconds=1), DAY) == 1
    async with store.transaction() as tx:
        assert await tx.address_of("declined") is None
        assert await tx.load_conversation("declined") is None
        for kept in ("recent", "consented", "staff", "requester"):
            assert await tx.address_of(kept) is not None, kept
    assert ("unconsented.dropped", "telegram", "2026-11", 1) in await store.privacy_counts()


async def test_a_grants_member_is_never_purged_as_unconsented(store: AnyStore) -> None:
    """A member of a grants working group votes in chat but never gives the intake's
    consent: they have a role here, like a facilitator, and must stay."""
    async with store.transaction() as tx:
        await tx.remember_person("member", Channel.TELEGRAM, "chat-member", T0)
        await tx.save_conversation("member", Conversation(locale="en"), T0)
        await tx.add_grants_member(
            "member", Channel.TELEGRAM, "chat-member", "M", "africa", "en", T0
        )
        await tx.remember_person("visitor", Channel.TELEGRAM, "chat-visitor", T0)
        await tx.save_conversation("visitor", Conversation(locale="en"), T0)

    assert await store.purge_unconsented(T0 + 2 * DAY, DAY) == 1  # the visitor only
    async with store.transaction() as tx:
        assert await tx.address_of("member") is not None
        assert await tx.load_conversation("member") is not None
        assert await tx.address_of("visitor") is None
        assert [m.name for m in await tx.grants_members("africa")] == ["M"]


async def test_retention_erases_old_final_cases_keeping_their_statistics(store: AnyStore) -> None:
    await _requester(store, "old", "OLD2-CASE", status="closed")
    await _requester(store, "open", "OPEN-CASE")
    await _requester(store, "both", "BOTH-OLD2", status="declined")
    await _requester(store, "both", "BOTH-OPEN")
    async with store.transaction() as tx:
        await tx.save_agreement("OLD2-CASE", {"band": "5k_to_30k"}, 1, T0)
        await tx.add_note("OLD2-CASE", 1, "a private note", T0)
        await tx.schedule("unclaimed", "OLD2-CASE", T0 + 800 * DAY)
    later = T0 + 731 * DAY

    dry = await store.purge_retention(later, 730 * DAY, dry_run=True)
    assert (sorted(dry.cases), dry.people) == (["BOTH-OLD2", "OLD2-CASE"], 1)
    untouched = await store.case("OLD2-CASE")
    assert untouched is not None and untouched.details is not None

    done = await store.purge_retention(later, 730 * DAY)
    assert sorted(done.cases) == ["BOTH-OLD2", "OLD2-CASE"]
    for ref in ("OLD2-CASE", "BOTH-OLD2"):
        case = await store.case(ref)
        assert case is not None and case.details is None and case.country == "KE"
    for ref in ("OPEN-CASE", "BOTH-OPEN"):
        case = await store.case(ref)
        assert case is not None and case.details is not None
    async with store.transaction() as tx:
        assert await tx.address_of("old") is None  # nothing else of theirs: forgotten
        assert await tx.address_of("both") is not None  # an open case still needs them
        assert [c.ref for c in await tx.cases_of("both")] == ["BOTH-OPEN"]
        assert await tx.notes("OLD2-CASE") == []
    assert await store.due_jobs(T0 + 900 * DAY) == []
    assert (await store.purge_retention(later, 730 * DAY)).cases == ()  # done once
