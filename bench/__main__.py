"""Measure the hot paths and report each as a ratio to a baseline from the same run.

Absolute timings depend on the machine and on what else it is doing; ratios
to a baseline measured in the same process a moment earlier are comparable
across runs. Baselines: ``json.dumps`` of the same state for the engine step,
an empty ``BEGIN IMMEDIATE; COMMIT`` for a store transaction, and a bare
AES-GCM encryption for sealing.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bench.flood import bench_flood
from bench.rotation import bench_rotation
from bot.i18n import Catalogs
from flows.core.messages import Channel, Inbound, Outbound
from flows.core.policy import Policy
from flows.core.state import Conversation
from flows.engine.context import Context
from flows.engine.flow import Flows
from flows.engine.turn import step
from flows.intake.flow import FLOW as INTAKE_FLOW
from flows.service.inbound import handle_inbound
from flows.service.services import Services
from store.crypto import Keyring, Sealer, aad
from store.sqlite.store import SqliteStore
from tests.support.clock import FakeClock

REPEAT = 7


def timed(func: Callable[[], object], number: int) -> float:
    best = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        for _ in range(number):
            func()
        best.append((time.perf_counter() - start) / number)
    return statistics.median(best)


async def atimed(func: Callable[[], Awaitable[object]], number: int) -> float:
    best = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        for _ in range(number):
            await func()
        best.append((time.perf_counter() - start) / number)
    return statistics.median(best)


def report(name: str, value: float, baseline: float, baseline_name: str) -> None:
    print(f"{name:<34} {value * 1e6:9.1f} µs  = {value / baseline:6.1f} × {baseline_name}")


def bench_engine(catalogs: Catalogs) -> None:
    clock = FakeClock()
    ids = itertools.count()
    context = Context(
        clock.now(),
        Channel.CONSOLE,
        catalogs.label,
        lambda: str(next(ids)),
        lambda: "REF",
        Policy(),
        flows=Flows(INTAKE_FLOW),
    )
    state = Conversation(locale="en")
    for text in ["/start", "1", "1", "Name", "1", "/skip", "Kenya"]:
        state = step(state, Inbound("p", Channel.CONSOLE, text=text), context).state
    message = Inbound("p", Channel.CONSOLE, text="Turkana")
    baseline = timed(lambda: json.dumps(state.to_json()), 2000)
    report(
        "engine step (free text)",
        timed(lambda: step(state, message, context), 2000),
        baseline,
        "json.dumps(state)",
    )
    typed = Inbound("p", Channel.CONSOLE, text="Kenya")
    country_state = state.copy()
    country_state.step = "country"
    report(
        "engine step (country match)",
        timed(lambda: step(country_state, typed, context), 2000),
        baseline,
        "json.dumps(state)",
    )
    render_message = step(state, message, context).outbound[-1]
    report(
        "render a question",
        timed(lambda: catalogs.render(render_message, "fr"), 2000),
        baseline,
        "json.dumps(state)",
    )


def bench_sealing() -> None:
    keyring = Keyring.generate()
    sealer = Sealer(keyring)
    raw = AESGCM(keyring.keys[1])
    value = b"x" * 200
    nonce = os.urandom(12)
    baseline = timed(lambda: raw.encrypt(nonce, value, b"w"), 20000)
    report(
        "seal 200 bytes",
        timed(lambda: sealer.seal(value, aad("t", "c", 1)), 20000),
        baseline,
        "raw AES-GCM",
    )
    sealed = sealer.seal(value, aad("t", "c", 1))
    report(
        "open 200 bytes",
        timed(lambda: sealer.open(sealed, aad("t", "c", 1)), 20000),
        baseline,
        "raw AES-GCM",
    )


async def bench_store(catalogs: Catalogs) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = await SqliteStore.open(Path(tmp), Keyring.generate())
        try:

            async def empty() -> None:
                async with store.db.transaction():
                    pass

            baseline = await atimed(empty, 200)
            services = Services(FakeClock(), catalogs.label, os.urandom)
            counter = itertools.count()

            async def handle() -> None:
                inbound = Inbound(f"p{next(counter) % 50}", Channel.CONSOLE, text="hello")
                async with store.transaction() as tx:
                    await handle_inbound(tx, inbound, "addr", services)

            report(
                "handle one message (store+step)",
                await atimed(handle, 200),
                baseline,
                "empty transaction",
            )

            async def enqueue() -> None:
                async with store.transaction() as tx:
                    await tx.enqueue(
                        Channel.CONSOLE, "a", "en", Outbound("p", "help"), FakeClock().now()
                    )

            report("enqueue one reply", await atimed(enqueue, 200), baseline, "empty transaction")
        finally:
            await store.close()


def main() -> None:
    catalogs = Catalogs()
    print("CRE Bot benchmarks (median of 7 runs; ratios to a baseline from this run)")
    bench_engine(catalogs)
    bench_sealing()
    asyncio.run(bench_store(catalogs))
    asyncio.run(bench_rotation(2_000))  # `python -m bench.rotation` for 10,000
    print("Flood: others' reply latency (absolute; real SQLite file, synchronous=FULL)")
    logging.getLogger("cre").setLevel(logging.CRITICAL)  # the runtime's own events are noise here
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(bench_flood(Path(tmp)))


if __name__ == "__main__":
    import sys

    if "--peers" in sys.argv[1:]:  # `python -m bench --peers [--quick]`: see bench/peers
        from bench.peers.__main__ import main as peers

        peers([arg for arg in sys.argv[1:] if arg != "--peers"])
    else:
        main()
