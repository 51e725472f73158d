"""Follow-ups at scale: start-up with 100,000 pending prompts, and a due wave of 10,000.

``python -m bench.followup [--pending N] [--wave N] [--rate R]``

1. Start-up: the real ``cre-bot`` process (console channel) on a data dir holding
   ``pending`` scheduled check-ins; the time from spawning it to its
   ``runtime.started`` log event, and its resident memory then (and its peak,
   ``VmHWM``). The same on an empty data dir is the baseline (Python and the
   libraries loading). Each is started ``--runs`` times after one warm-up start,
   with a bytecode cache (``PYTHONDONTWRITEBYTECODE`` is dropped from the child's
   environment), as an installed bot starts; the median and the range are shown.
2. The wave: ``wave`` check-ins fall due at once (09:00 UTC, Nairobi's noon). The
   real runtime, store and catalogs in this process, with a recording transport
   that lets through at most ``rate`` messages a second overall, as Telegram's
   limit for bulk sends (~30/s) and the Telegram transport's ``max_rate``. It
   reports how long the due-runner took to turn every prompt into queued
   messages, how long the outbox took to drain, the achieved send rate, and
   whether every person got their check-in exactly once (intro + first question).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.i18n import Catalogs
from bot.transport import Rendered
from flows.core.events import CaseSubmitted
from flows.core.messages import Channel
from flows.followup.records import CHECKIN, Plan, checkin_key
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime

MASTER = base64.b64encode(b"bench-followup-master-key-0123456789abcdef").decode()
"""A fixed key for the benchmark's throwaway data dirs (never a real deployment's)."""
T0 = datetime(2027, 1, 11, 9, 0, tzinfo=UTC)
CHUNK = 5000


async def _fill(data: Path, pending: int, cases: int, due: datetime) -> SqliteStore:
    """``cases`` real cases in implementation, each requester with one check-in due at
    ``due``; then ``pending`` more check-ins scheduled weeks later."""
    store = await SqliteStore.open(data, Keyring.from_master(MASTER))
    for start in range(0, cases, CHUNK):
        async with store.transaction() as tx:
            for n in range(start, min(cases, start + CHUNK)):
                user = f"user-{n}"
                person = store.pseudonym("console", user)
                ref = f"W{n:07d}"
                await tx.remember_person(person, Channel.CONSOLE, f"chat-{user}", T0)
                await tx.create_case(person, _case(ref), "africa", T0 - timedelta(days=14))
                await tx.update_case(ref, "status", "implementation", T0)
                plan = Plan(ref, 14, due - timedelta(days=14), due + timedelta(days=90))
                await tx.save_followup_plan(plan, T0)
                await tx.add_prompt(checkin_key(plan, person, 1), CHECKIN, ref, person, 1, due)
    later = due + timedelta(days=21)
    for start in range(0, pending, CHUNK):
        async with store.transaction() as tx:
            for n in range(start, min(pending, start + CHUNK)):
                person = f"{n:032x}"
                await tx.add_prompt(f"bench:{n}", CHECKIN, f"P{n:07d}", person, 1, later)
    return store


def _case(ref: str) -> CaseSubmitted:
    return CaseSubmitted(
        ref=ref,
        channel=Channel.CONSOLE,
        locale="en",
        answers={"outcome": "The river cleaned."},
        file_ids=(),
        level=2,
        urgent=False,
        country="KE",
        consented_at=T0.isoformat(),
    )


def _startup(data: Path) -> tuple[float, float, float]:
    """Seconds to ``runtime.started``, RSS and peak RSS (MB) of a real ``cre-bot`` on ``data``.

    The child may write bytecode (``__pycache__``), as an installed bot does: without
    it every start would recompile our modules and measure the compiler.
    """
    log = data / "logs" / "cre-bot.log"
    before = log.read_text() if log.exists() else ""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CRE_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(CRE_DATA_DIR=str(data), CRE_MASTER_KEY=MASTER)
    began = time.monotonic()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "cre-bot")],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        while "runtime.started" not in (log.read_text()[len(before) :] if log.exists() else ""):
            if process.poll() is not None or time.monotonic() - began > 120:
                raise RuntimeError("cre-bot did not start")
            time.sleep(0.01)
        took = time.monotonic() - began
        status = Path(f"/proc/{process.pid}/status").read_text().splitlines()
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
        return took, rss / 1024, peak / 1024
    finally:
        process.terminate()
        process.wait(30)


class Paced(RecordingTransport):
    """At most ``rate`` messages a second, whoever they are for."""

    def __init__(self, rate: float) -> None:
        super().__init__()
        self.gap = 1 / rate
        self.next_at = 0.0
        self.lock = asyncio.Lock()

    async def send(self, address: str, message: Rendered) -> None:
        async with self.lock:
            now = time.monotonic()
            wait = self.next_at - now
            self.next_at = max(now, self.next_at) + self.gap
        if wait > 0:
            await asyncio.sleep(wait)
        await super().send(address, message)


async def _wave(data: Path, size: int, rate: float, pending: int) -> dict[str, float]:
    store = await _fill(data, pending, size, T0)
    transport = Paced(rate)
    clock = FakeClock(T0)
    runtime = make_runtime(store, Catalogs(), [transport], clock)
    began = time.monotonic()
    await runtime.start()
    try:
        while await store.followup_due(T0, 1):  # noqa: ASYNC110 - polling the store
            await asyncio.sleep(0.1)
        prepared = time.monotonic() - began
        while sum(len(v) for v in transport.sent.values()) < 2 * size:
            await asyncio.sleep(0.2)
            if time.monotonic() - began > 4 * size / rate + 600:
                break
        drained = time.monotonic() - began
        await asyncio.sleep(1)  # anything sent twice would arrive now
    finally:
        await runtime.stop()
        await store.close()
    counts = [len(transport.sent.get(f"chat-user-{n}", [])) for n in range(size)]
    return {
        "prepared": prepared,
        "drained": drained,
        "rate": 2 * size / drained,
        "missing": sum(1 for c in counts if c < 2),
        "twice": sum(1 for c in counts if c > 2),
    }


def _startups(data: Path, runs: int) -> list[tuple[float, float, float]]:
    """``runs`` start-ups on ``data`` after one warm-up start (which fills the bytecode cache)."""
    _startup(data)
    return [_startup(data) for _ in range(runs)]


def _line(label: str, runs: list[tuple[float, float, float]]) -> str:
    seconds = sorted(r[0] for r in runs)
    rss = statistics.median(r[1] for r in runs)
    peak = max(r[2] for r in runs)
    return (
        f"start-up, {label:<20} median {statistics.median(seconds):5.2f} s"
        f" (range {seconds[0]:.2f}-{seconds[-1]:.2f}, {len(runs)} runs)"
        f"  {rss:6.1f} MB RSS, peak {peak:6.1f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--pending", type=int, default=100_000)
    parser.add_argument("--wave", type=int, default=10_000, help="0: no wave")
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--runs", type=int, default=7, help="start-ups per store; 0: none")
    args = parser.parse_args()
    logging.getLogger("cre").setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        if args.runs > 0:
            empty, full = Path(tmp) / "empty", Path(tmp) / "full"
            asyncio.run(_created(empty, 0))
            asyncio.run(_created(full, args.pending))
            base = _startups(empty, args.runs)
            loaded = _startups(full, args.runs)
            print(_line("empty store:", base))
            print(_line(f"{args.pending:,} pending:", loaded))
            ratio = statistics.median(r[0] for r in loaded) / statistics.median(r[0] for r in base)
            print(f"  ratio of the medians to empty:  {ratio:6.2f}")
        if args.wave <= 0:
            return
        result = asyncio.run(_wave(Path(tmp) / "wave", args.wave, args.rate, 0))
        print(f"wave of {args.wave:,} check-ins ({2 * args.wave:,} messages) at {args.rate:g}/s:")
        print(f"  due-runner prepared all in      {result['prepared']:6.1f} s")
        print(
            f"  outbox drained in               {result['drained']:6.1f} s"
            f"  ({result['rate']:.1f} messages/s, {result['rate'] / args.rate:.0%} of the rate)"
        )
        missing, twice = result["missing"], result["twice"]
        print(f"  people missing a message: {missing:.0f}; sent twice: {twice:.0f}")


async def _created(data: Path, pending: int) -> None:
    store = await _fill(data, pending, 0, T0)
    await store.close()


if __name__ == "__main__":
    main()
