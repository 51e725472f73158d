"""One person floods the bot while others do the intake: how long do the others wait?

The real runtime, store (SQLite file in a temporary dir, real sealing) and
catalogs, with the recording transport as a Telegram-like messenger. The
flooder sends ``flood`` messages as fast as the bot commits them; each of
the ``people`` others answers the intake line by line, sending the next
answer once the replies to the previous one arrived. The latency of a line
is the time from handing it over to its first reply.
"""

from __future__ import annotations

import asyncio
import functools
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from bot.clock import SystemClock
from bot.i18n import Catalogs
from flows.core.messages import Channel
from flows.core.policy import Policy
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.support.answers import CONSENT, SUBMIT, intake_answers
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime

FLOODER = "flooder"
FLOOD_TEXT = "/help"


@dataclass(frozen=True, slots=True)
class FloodResult:
    latencies: list[float]
    """Seconds from each of the others' lines to its first reply."""
    others: dict[str, list[str]]
    """Every reply each of the others received, in order."""
    flooder: list[str]
    seconds: float
    pending: tuple[int, int]
    """Inbox rows and outbox rows left once everything settled (both should be 0)."""

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def intake() -> list[str]:
    return ["/start", CONSENT, *intake_answers(), SUBMIT]


@functools.cache
def catalogs() -> Catalogs:
    return Catalogs()


async def _replies_per_line(data_dir: Path, keyring: Keyring, script: list[str]) -> list[int]:
    """How many replies each line of ``script`` gets, for one person alone."""
    store = await SqliteStore.open(data_dir, keyring)
    transport = RecordingTransport(Channel.TELEGRAM)
    runtime = make_runtime(store, catalogs(), [transport], SystemClock())
    await runtime.start()
    counts = []
    try:
        for line in script:
            before = len(transport.texts("alone"))
            await transport.say("alone", line, locale_hint="en")
            async with asyncio.timeout(30):
                await runtime.idle()
            counts.append(len(transport.texts("alone")) - before)
    finally:
        await runtime.stop()
        await store.close()
    return counts


async def run_flood(
    data_dir: Path, flood: int, people: int, per_minute: int = 30, send_delay: float = 0.03
) -> FloodResult:
    """Run the flood (``flood`` may be 0 for the baseline) and wait until all is settled.

    Each send takes ``send_delay`` seconds, a Bot API round trip: with instant sends a
    single queue would look fair, since it would never be behind.
    """
    keyring = Keyring.generate()
    script = intake()
    expected = await _replies_per_line(data_dir / "reference", keyring, script)
    store = await SqliteStore.open(data_dir / "bot", keyring)
    transport = RecordingTransport(Channel.TELEGRAM, send_delay=send_delay)
    runtime = make_runtime(
        store, catalogs(), [transport], SystemClock(), Policy(inbound_per_minute=per_minute)
    )
    await runtime.start()
    latencies: list[float] = []

    async def converse(user: str) -> None:
        address = f"chat-{user}"
        for line, count in zip(script, expected, strict=True):
            before = len(transport.sent[address])
            start = time.monotonic()
            await transport.say(user, line, locale_hint="en")
            await transport.wait_for(address, before + count)
            latencies.append(transport.sent_at[address][before] - start)

    async def flood_in() -> None:
        for _ in range(flood):
            await transport.say(FLOODER, FLOOD_TEXT, locale_hint="en")

    users = [f"person-{n:02d}" for n in range(people)]
    begin = time.monotonic()
    try:
        async with asyncio.timeout(600):
            await asyncio.gather(flood_in(), *(converse(u) for u in users))
            await runtime.idle()
        seconds = time.monotonic() - begin
        pending = (len(await store.inbox_pending()), await store.outbox_pending_count())
    finally:
        await runtime.stop()
        await store.close()
    return FloodResult(
        latencies,
        {u: transport.texts(u) for u in users},
        transport.texts(FLOODER),
        seconds,
        pending,
    )


def report(name: str, result: FloodResult) -> None:
    print(
        f"{name:<34} p50 {result.percentile(0.5) * 1000:7.1f} ms"
        f"  p99 {result.percentile(0.99) * 1000:7.1f} ms"
        f"  max {max(result.latencies, default=0) * 1000:7.1f} ms"
        f"  ({len(result.latencies)} replies, {result.seconds:.1f} s in all)"
    )


async def bench_flood(data_dir: Path, flood: int = 1000, people: int = 20) -> None:
    quiet = await run_flood(data_dir / "quiet", 0, people)
    report(f"{people} intakes, no flood", quiet)
    flooded = await run_flood(data_dir / "flood", flood, people)
    report(f"{people} intakes, {flood} msgs flood", flooded)
    print(
        f"{'':<34} p99 difference {(flooded.percentile(0.99) - quiet.percentile(0.99)):.2f} s"
        f" (target ≤ 2 s); flooder got {len(flooded.flooder)} replies"
        f", median {statistics.median(quiet.latencies) * 1000:.1f} ms quiet"
    )
