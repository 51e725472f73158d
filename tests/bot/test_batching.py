"""Group commit on a real SQLite store: shared commits, each item kept apart.

What the runtime relies on: an item that raises has only its own writes
undone and gets its exception back, the others commit; a lone item (no
savepoint) behaves the same; items arriving while a commit is in flight share
the next one; ``settle`` waits for work whose caller was cancelled.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import pytest

from bot.batching import Coalesce, GroupCommit
from flows.core.state import Conversation
from store.ports import StoreTransaction
from store.sqlite.store import SqliteStore

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


class Refused(Exception):
    """A step's bug: must not undo anyone else's work."""


def saving(person: str, fail: bool = False) -> Callable[[StoreTransaction], Awaitable[str]]:
    async def work(tx: StoreTransaction) -> str:
        await tx.save_conversation(person, Conversation(locale="sw", step="one"), NOW)
        if fail:
            raise Refused(person)
        return person

    return work


async def saved(store: SqliteStore, person: str) -> bool:
    async with store.transaction() as tx:
        return await tx.load_conversation(person) is not None


async def test_a_failing_item_is_undone_alone_and_the_others_share_commits(
    store: SqliteStore,
) -> None:
    group = GroupCommit(store)
    people = [f"p{n}" for n in range(12)]
    outcomes = await asyncio.gather(
        *(group.run(saving(p, fail=(p == "p5"))) for p in people), return_exceptions=True
    )
    assert [type(o) for o in outcomes].count(Refused) == 1
    assert isinstance(outcomes[5], Refused)
    assert [o for o in outcomes if not isinstance(o, BaseException)] == people[:5] + people[6:]
    assert [await saved(store, p) for p in people] == [p != "p5" for p in people]
    assert group.commits < len(people)  # the first alone, the rest together


async def test_a_lone_failing_item_writes_nothing(store: SqliteStore) -> None:
    group = GroupCommit(store)
    with pytest.raises(Refused):
        await group.run(saving("alone", fail=True))
    assert not await saved(store, "alone")
    assert await group.run(saving("next")) == "next"
    assert await saved(store, "next")
    assert group.commits == 1


async def test_settle_waits_for_work_whose_caller_was_cancelled(store: SqliteStore) -> None:
    recorded: list[list[int]] = []
    started = asyncio.Event()

    async def flush(keys: list[int]) -> None:
        started.set()
        await asyncio.sleep(0.05)
        recorded.append(keys)

    marks: Coalesce[int] = Coalesce(flush)
    caller = asyncio.create_task(marks.add(7))
    await started.wait()
    caller.cancel()
    await marks.settle()
    assert recorded == [[7]]
