"""Write a person's words, forget them, and ``kill -9`` before anything checkpoints the
WAL: ``python -m tests.store.erase_and_die DATA WORDS``.

What a crash in the middle of work leaves: the erasure committed (the main file never
held the words), but the WAL's earlier frames still hold them, sealed with the key.
The store's own post-erasure checkpoint is what the crash cuts off, so the deletion
here is done on the raw connection, as a transaction killed before it could run."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

from flows.core.messages import Channel
from flows.core.state import Conversation
from store.crypto import Keyring
from store.sqlite.store import SqliteStore


async def work(data: Path, words: str) -> None:
    store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
    now = datetime.now(UTC)
    person = store.pseudonym("console", "wanjiru")
    async with store.transaction() as tx:
        await tx.remember_person(person, Channel.CONSOLE, "chat-wanjiru", now)
        await tx.save_conversation(person, Conversation(answers={"harm": words}), now)
    async with store.db.transaction() as conn:
        await conn.execute("DELETE FROM conversations WHERE pseudonym = ?", (person,))
        await conn.execute("DELETE FROM people WHERE pseudonym = ?", (person,))
    print("erased", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    asyncio.run(work(Path(sys.argv[1]), sys.argv[2]))
