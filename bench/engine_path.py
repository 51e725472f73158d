"""The engine path against the raw limit of the durability promise.

Both run in this process on a real SQLite file with the store's pragmas
(WAL, ``synchronous=FULL``):

- **raw limit**: aiosqlite, one ~300-byte INSERT and COMMIT per message, the
  least a bot that commits each message before acknowledging it can do;
- **engine path**: the real runtime, store, sealing and catalogs, with the
  recording transport as the messenger; ``people`` people do the whole intake
  at once, each sending the next answer once the previous one was answered.

Reported: messages per second of each and their ratio, and per message the
commits and aiosqlite thread round trips (counted by wrapping aiosqlite's
one entry point into its thread, ``Connection._execute``) and the statements
SQLite ran (its trace callback).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosqlite

from bench.flood import catalogs, intake
from bot.clock import SystemClock
from flows.core.messages import Channel
from flows.core.policy import Policy
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime


@dataclass
class Counts:
    """aiosqlite thread round trips, statements and COMMITs seen while counting."""

    trips: int = 0
    statements: int = 0
    commits: int = 0
    counting: bool = False

    def trace(self, sql: str) -> None:
        if self.counting:
            self.statements += 1
            if sql.lstrip().upper().startswith("COMMIT"):
                self.commits += 1


def count_trips(counts: Counts) -> Any:
    """Wrap aiosqlite's thread hop; returns the original to restore."""
    original = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        if counts.counting:
            counts.trips += 1
        return await original(self, fn, *args, **kwargs)

    aiosqlite.Connection._execute = counted  # type: ignore[method-assign]
    return original


async def raw_limit(path: Path, messages: int) -> float:
    """Messages per second of one INSERT + COMMIT each, same pragmas as the store."""
    conn = await aiosqlite.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "secure_delete=ON"):
        await conn.execute(f"PRAGMA {pragma}")
    await conn.execute("CREATE TABLE inbox (id INTEGER PRIMARY KEY, at TEXT, body BLOB)")
    body = os.urandom(300)
    start = time.perf_counter()
    for n in range(messages):
        await conn.execute("BEGIN IMMEDIATE")
        await conn.execute("INSERT INTO inbox (at, body) VALUES (?, ?)", (str(n), body))
        await conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    await conn.close()
    return messages / seconds


async def engine_path(data_dir: Path, people: int, counts: Counts) -> tuple[float, int]:
    """(messages per second, messages) of ``people`` intakes through the real runtime."""
    store = await SqliteStore.open(data_dir, Keyring.generate())
    conn = store.db.connection
    await conn._execute(conn._conn.set_trace_callback, counts.trace)
    transport = RecordingTransport(Channel.TELEGRAM)
    runtime = make_runtime(
        store, catalogs(), [transport], SystemClock(), Policy(inbound_per_minute=10_000)
    )
    script = intake()
    await runtime.start()

    async def converse(user: str) -> None:
        address = f"chat-{user}"
        for line in script:
            before = len(transport.sent[address])
            await transport.say(user, line, locale_hint="en")
            await transport.wait_for(address, before + 1)

    counts.counting = True
    start = time.perf_counter()
    try:
        async with asyncio.timeout(600):
            await asyncio.gather(*(converse(f"person-{n:03d}") for n in range(people)))
            await runtime.idle()
        seconds = time.perf_counter() - start
    finally:
        counts.counting = False
        await runtime.stop()
        await store.close()
    messages = people * len(script)
    return messages / seconds, messages


@dataclass(frozen=True)
class EngineResult:
    raw: float
    engine: float
    commits: float
    trips: float
    statements: float

    @property
    def ratio(self) -> float:
        return self.engine / self.raw


async def bench_engine_path(data_dir: Path, people: int = 50, rounds: int = 3) -> EngineResult:
    """Median of ``rounds`` interleaved rounds of both."""
    import logging

    logging.getLogger("cre").setLevel(logging.CRITICAL)
    raws, engines, per = [], [], []
    counts = Counts()
    original = count_trips(counts)
    try:
        for n in range(rounds):
            raws.append(await raw_limit(data_dir / f"raw-{n}.sqlite3", 1000))
            counts.trips = counts.statements = counts.commits = 0
            rate, messages = await engine_path(data_dir / f"engine-{n}", people, counts)
            engines.append(rate)
            per.append(
                (counts.commits / messages, counts.trips / messages, counts.statements / messages)
            )
    finally:
        aiosqlite.Connection._execute = original  # type: ignore[method-assign]
    return EngineResult(
        statistics.median(raws),
        statistics.median(engines),
        statistics.median(p[0] for p in per),
        statistics.median(p[1] for p in per),
        statistics.median(p[2] for p in per),
    )


def report_engine(result: EngineResult) -> None:
    print(
        f"{'raw INSERT+COMMIT limit':<34} {result.raw:9.0f} msg/s\n"
        f"{'engine path (50 intakes)':<34} {result.engine:9.0f} msg/s"
        f"  = {result.ratio:5.2f} × raw limit\n"
        f"{'per message':<34} {result.commits:5.2f} commits, {result.trips:5.1f} aiosqlite"
        f" round trips, {result.statements:5.1f} statements"
    )


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        report_engine(asyncio.run(bench_engine_path(Path(tmp))))
