"""One measured run: start a bot, note its idle memory, warm it up, load it, stop it."""

from __future__ import annotations

import asyncio
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from bench.peers.fake import BenchFake
from bench.peers.load import LoadResult, calibrate, closed_loop, open_loop, warm_up
from bench.peers.process import BotProcess, Kind

SETTLE = 0.5
"""Seconds after the first getUpdates before idle memory is read (menus, first poll)."""
WARM_USER = 1
FIRST_USER = 10_000


@dataclass
class Run:
    kind: Kind
    rate: float
    startup: float
    idle_rss: int
    rss_after: int
    cpu: float
    load: LoadResult
    offered: float = 0.0
    """Updates/s offered in an open-loop run; 0 for a closed loop."""

    @property
    def updates_per_s(self) -> float:
        return self.load.updates / self.load.seconds

    @property
    def cpu_per_update(self) -> float:
        return self.cpu / self.load.updates

    @property
    def messages_per_update(self) -> float:
        return self.load.messages / self.load.updates

    def percentile(self, q: float) -> float:
        return percentile(self.load.latencies, q)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100); NaN without values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


class Counts:
    """Each bot's messages per step, learnt on its first run and reused after."""

    def __init__(self) -> None:
        self.known: dict[Kind, list[int]] = {}

    async def warm(self, kind: Kind, fake: BenchFake) -> list[int]:
        if kind not in self.known:
            self.known[kind] = await calibrate(fake, WARM_USER)
        else:
            await warm_up(fake, WARM_USER, self.known[kind])
        return self.known[kind]


async def measure(
    kind: Kind,
    fake: BenchFake,
    workdir: Path,
    counts: Counts,
    rate: float,
    people: int,
    offered: float | None = None,
) -> Run:
    """A closed-loop run of ``people``, or open loop at ``offered`` updates/s when given."""
    bot = BotProcess(kind, fake, rate, workdir)
    try:
        startup = await bot.start()
        await asyncio.sleep(SETTLE)
        idle = bot.usage()
        steps = await counts.warm(kind, fake)
        before = bot.usage()
        users = list(range(FIRST_USER, FIRST_USER + people))
        if offered is None:
            load = await closed_loop(fake, users, steps)
        else:
            load = await open_loop(fake, users, steps, offered)
        after = bot.usage()
    except BaseException:
        print(f"--- {kind} failed; its log:\n{bot.log_tail()}")
        raise
    finally:
        await bot.stop()
    cpu = after.cpu - before.cpu
    return Run(kind, rate, startup, idle.rss, after.rss, cpu, load, offered or 0.0)


async def count_fsyncs(
    kind: Kind, fake: BenchFake, workdir: Path, counts: Counts, people: int
) -> float:
    """fsync + fdatasync calls per update during a closed-loop load, counted by strace.

    Only calls inside the load's window count: start-up (migrations) and
    shutdown are not per-message costs.
    """
    trace = workdir / "strace.txt"
    prefix = ("strace", "-f", "-ttt", "-e", "trace=fsync,fdatasync", "-o", str(trace))
    bot = BotProcess(kind, fake, 0, workdir, prefix)
    try:
        await bot.start()
        steps = await counts.warm(kind, fake)
        began = time.time()
        load = await closed_loop(fake, list(range(FIRST_USER, FIRST_USER + people)), steps)
        ended = time.time()
    finally:
        await bot.stop()
    stamps = [
        float(m.group(1))
        for m in re.finditer(r"^\d+\s+(\d+\.\d+) f(?:data)?sync\(", trace.read_text(), re.M)
    ]
    return sum(began <= t <= ended for t in stamps) / load.updates


def median_run(runs: list[Run]) -> dict[str, float]:
    """Each measure's median over rounds (each measure separately)."""
    return {
        "updates_per_s": statistics.median(r.updates_per_s for r in runs),
        "p50": statistics.median(r.percentile(50) for r in runs),
        "p99": statistics.median(r.percentile(99) for r in runs),
        "cpu_per_update": statistics.median(r.cpu_per_update for r in runs),
        "startup": statistics.median(r.startup for r in runs),
        "idle_rss": statistics.median(r.idle_rss for r in runs),
        "rss_after": statistics.median(r.rss_after for r in runs),
        "messages_per_update": statistics.median(r.messages_per_update for r in runs),
        "missing": max(r.load.missing for r in runs),
    }
