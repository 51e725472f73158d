"""``python -m bench.peers [--quick]``: cre-bot against two PTB peers; writes bench/RESULTS.md.

About five minutes on two cores (``--quick``: about one). See
:mod:`bench.peers.report` for what is measured and how.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import logging
import os
import platform
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.engine_path import bench_engine_path
from bench.peers.fake import BenchFake
from bench.peers.process import Kind
from bench.peers.report import terminal, write
from bench.peers.results import LIMITS, OFFERED, OFFERED_LOW, Results, limit_name
from bench.peers.runner import Counts, Run, count_fsyncs, measure

FOLDER = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Plan:
    people: int
    rounds: int
    limited_rounds: int
    """Rounds at a send limit: each is slow by design (the limit), so fewer."""
    open_people: int
    """People at 100 updates/s offered; each sends every ``open_people / 100`` s."""
    low_people: int
    """People at the low offered rate."""
    open_rounds: int
    engine_people: int
    engine_rounds: int
    fsync_people: int

    def describe(self) -> str:
        return (
            f"{self.people} people, medians of {self.rounds} round(s) unlimited and "
            f"{self.limited_rounds} at the limit"
        )


FULL = Plan(50, 3, 1, 100, 20, 1, 50, 3, 20)
QUICK = Plan(12, 1, 1, 30, 6, 1, 20, 1, 6)


def machine() -> str:
    model = platform.processor() or platform.machine()
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.partition(":")[2].strip()
                break
    load = os.getloadavg()[0]
    return (
        f"{os.cpu_count()} × {model}, Python {platform.python_version()}, "
        f"load average {load:.1f} at the start"
    )


def progress(run: Run) -> None:
    print(
        f"  {run.kind:<17} {limit_name(run.rate):>9}: {run.updates_per_s:6.1f} updates/s, "
        f"p99 {run.percentile(99) * 1e3:6.1f} ms, start-up {run.startup:4.2f} s",
        file=sys.stderr,
        flush=True,
    )


async def bench_bots(plan: Plan, results: Results, tmp: Path) -> None:
    fake = BenchFake()
    await fake.start()
    counts = Counts()
    try:
        for round_ in range(plan.rounds):
            print(f"round {round_ + 1} of {plan.rounds}", file=sys.stderr)
            for rate in LIMITS:
                if rate and round_ >= plan.limited_rounds:
                    continue
                for kind in Kind:
                    workdir = tmp / f"{round_}-{rate:g}-{kind.name}"
                    run = await measure(kind, fake, workdir, counts, rate, plan.people)
                    results.runs.append(run)
                    progress(run)
        for offered, people in ((OFFERED_LOW, plan.low_people), (OFFERED, plan.open_people)):
            print(f"open loop, {offered:g} updates/s offered", file=sys.stderr)
            for round_ in range(plan.open_rounds):
                for kind in (Kind.ECHO, Kind.CRE):
                    workdir = tmp / f"open-{offered:g}-{round_}-{kind.name}"
                    run = await measure(kind, fake, workdir, counts, 0, people, offered)
                    results.offered.append(run)
                    progress(run)
        if shutil.which("strace"):
            print("counting fsyncs (strace)", file=sys.stderr)
            for kind in (Kind.CONVERSATION, Kind.CRE):
                workdir = tmp / f"fsync-{kind.name}"
                results.fsyncs[kind] = await count_fsyncs(
                    kind, fake, workdir, counts, plan.fsync_people
                )
        else:
            print("strace not found: fsyncs not counted", file=sys.stderr)
    finally:
        await fake.close()


async def bench(plan: Plan, tmp: Path) -> Results:
    results = Results(
        datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        machine(),
        plan.describe(),
    )
    await bench_bots(plan, results, tmp)
    print("engine path against the raw aiosqlite limit", file=sys.stderr)
    results.engine = await bench_engine_path(tmp / "engine", plan.engine_people, plan.engine_rounds)
    logging.getLogger("cre").setLevel(logging.NOTSET)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.peers", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short run (about a minute)")
    parser.add_argument(
        "--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone"
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    with tempfile.TemporaryDirectory(prefix="cre-peers-") as tmp:
        (Path(tmp) / "engine").mkdir()
        results = asyncio.run(bench(plan, Path(tmp)))
    print(terminal(results))
    if not args.no_write:
        command = "python -m bench.peers" + (" --quick" if args.quick else "")
        write(results, FOLDER, command)
        print(f"\nwritten: {FOLDER / 'RESULTS.md'}, {FOLDER / 'peers.svg'}")


if __name__ == "__main__":
    main()
