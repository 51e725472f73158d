"""Signal frames of different people are handled at once, each person's in order.

The receive loop on a real SQLite store and the runtime's group commit: a
burst of twenty people's frames is committed in a few transactions instead of
one each; one person's frames keep their order even when the first is slow;
a frame outside any lane (files, not a message) waits for the others; frames
already read are handled before a stop ends the loop.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime

from bot.batching import GroupCommit
from bot.signal.receive import ReceiveLoop
from flows.core.state import Conversation
from store.ports import StoreTransaction
from store.sqlite.store import SqliteStore

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def frame(sender: str, text: str, alone: bool = False) -> str:
    return json.dumps({"sender": sender, "text": text, "alone": alone})


def lane(raw: str) -> str | None:
    data = json.loads(raw)
    return None if data["alone"] else str(data["sender"])


async def ready() -> bool:
    return True


async def run_loop(frames: list[str], handle: Callable[[str], Awaitable[None]]) -> None:
    done = asyncio.Event()

    async def connect() -> AsyncIterator[str]:
        for raw in frames:
            yield raw
        done.set()
        await asyncio.Event().wait()  # the websocket stays open

    loop = ReceiveLoop(connect, handle, ready, lane=lane)
    loop.start()
    await done.wait()
    await loop.stop()


async def test_a_burst_shares_commits_and_each_person_keeps_order(store: SqliteStore) -> None:
    group = GroupCommit(store)
    seen: list[tuple[str, str]] = []

    async def handle(raw: str) -> None:
        data = json.loads(raw)
        if data["text"] == "first":
            await asyncio.sleep(0.05)  # slow: the same person's next frame must wait for it

        async def commit(tx: StoreTransaction) -> None:
            state = Conversation(step=data["text"])
            await tx.save_conversation(data["sender"], state, NOW)
            seen.append((data["sender"], data["text"]))

        await group.run(commit)

    burst = [frame(f"+2547000000{n:02d}", "hello") for n in range(20)]
    talkative = [frame("+254711111111", text) for text in ("first", "second", "third")]
    await run_loop(
        [talkative[0], *burst, *talkative[1:], frame("+2547", "file", alone=True)], handle
    )

    assert len(seen) == 24  # all handled, the stop waited for them
    assert [t for s, t in seen if s == "+254711111111"] == ["first", "second", "third"]
    assert seen[-1] == ("+2547", "file")  # the frame outside any lane came after the rest
    assert group.commits < 12  # one at a time it would have been 24
