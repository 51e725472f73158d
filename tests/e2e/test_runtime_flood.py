"""One person cannot delay everyone: fair sending, throttled inbound, order kept.

Correctness only (sizes kept modest so it runs in seconds); ``make bench``
measures the others' latency with and without a 1,000-message flood.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from bench.flood import catalogs, intake, run_flood
from flows.core.messages import Channel, Outbound
from flows.core.policy import Policy
from store.sqlite.store import SqliteStore
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")


def _slow_down() -> str:
    return catalogs().render(Outbound("x", "slow-down"), "en").text


def _masked(texts: list[str]) -> list[str]:
    return [REF.sub("REF", t) for t in texts]


async def test_outbox_takes_recipients_in_turn(store: SqliteStore, clock: FakeClock) -> None:
    async with store.transaction() as tx:
        for n in range(150):
            await tx.enqueue(
                Channel.TELEGRAM, "f", "en", Outbound("flooder", "help", {"n": n}), clock.now()
            )
        for person in ("a", "b", "c"):
            await tx.enqueue(Channel.TELEGRAM, person, "en", Outbound(person, "help"), clock.now())
    due = await store.outbox_due(Channel.TELEGRAM, clock.now())
    assert len(due) == 100
    assert [r.recipient for r in due[:4]] == ["flooder", "a", "b", "c"]  # one turn each
    assert [r.message.args["n"] for r in due if r.recipient == "flooder"] == list(range(97))
    turn = await store.outbox_next(
        Channel.TELEGRAM, clock.now(), per_person=5, people=2, exclude=("a",)
    )
    assert [r.recipient for r in turn] == ["flooder", "b", *["flooder"] * 4]


async def test_a_flood_delays_nobody_and_loses_nothing(tmp_path: Path) -> None:
    result = await run_flood(tmp_path, flood=150, people=5, send_delay=0.005)
    assert result.pending == (0, 0)
    reference = _masked(next(iter(result.others.values())))
    assert any("REF" in t for t in reference)  # the intake went all the way to a case
    for replies in result.others.values():
        assert _masked(replies) == reference  # everyone served, in order, nothing twice
        assert _slow_down() not in replies
    assert len(result.flooder) == 150 + 1  # every message answered, plus one "slow down"
    assert result.flooder.count(_slow_down()) == 1


async def test_a_burst_is_kept_in_order_with_one_slow_down_per_episode(
    store: SqliteStore, clock: FakeClock
) -> None:
    transport = RecordingTransport(Channel.TELEGRAM)
    runtime = make_runtime(store, catalogs(), [transport], clock, Policy(inbound_per_minute=5))
    runtime.idle_wait = 0.05
    script = intake()
    await runtime.start()
    try:
        for line in script:  # all at once, without waiting for a reply
            await transport.say("burst", line, locale_hint="en")
        for line in script:  # someone else, at a normal pace
            clock.advance(seconds=15)
            await transport.say("calm", line, locale_hint="en")
            async with asyncio.timeout(10):
                await runtime.idle()
        async with asyncio.timeout(20):
            await runtime.idle()
        first = list(transport.texts("burst"))
        clock.advance(seconds=61)  # a minute later, a second burst is a second episode
        for _ in range(7):
            await transport.say("burst", "/help", locale_hint="en")
        async with asyncio.timeout(10):
            await runtime.idle()
    finally:
        await runtime.stop()
    assert first.count(_slow_down()) == 1
    calm = _masked(transport.texts("calm"))
    assert any("REF" in t for t in calm)
    assert _masked([t for t in first if t != _slow_down()]) == calm  # all kept, in order
    assert transport.texts("burst").count(_slow_down()) == 2
    assert _slow_down() not in transport.texts("calm")
    assert await store.inbox_pending() == []
