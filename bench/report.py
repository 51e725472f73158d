"""The annual report over a generated store of 100,000 cases: time and peak memory.

``python -m bench.report [CASES] [--runs N] [--keep DIR]`` fills a data dir (through the
store's transactions, untimed; with ``--keep`` it is kept in DIR and reused by the next
run), then runs the whole report (reading and counting the cases, the follow-up and
funding figures, suppression, the HTML and the CSV) in fresh processes:

- ``N`` timed runs (3 by default), *without* tracemalloc, which slows Python several
  times over; the median is the figure, and each run's peak RSS is its real memory.
  The CPU time (every thread of the process) is given too: on a shared machine it
  moves less than the wall-clock time;
- one more run under tracemalloc, for the Python heap's peak only (its time is not
  reported).

Goal: under 5 s and 200 MB for 100,000 cases. The time is also given as a ratio to a
bare scan of the same cases table in the same run (sqlite3, no sealing, no counting),
comparable across machines.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

from admin_cli.report import write_report
from admin_cli.reporting.collect import collect
from admin_cli.reporting.words import Words
from bench.report_data import fill
from flows.report.facts import Period
from store.crypto import Keyring
from store.sqlite.store import DB_NAME, SqliteStore

YEAR = Period(date(2026, 1, 1), date(2027, 1, 1))
MB = 2**20


async def _fill(data: Path, cases: int, keys: Path) -> None:
    keyring = Keyring.generate()
    keyring.write(keys)
    store = await SqliteStore.open(data, keyring)
    try:
        await fill(store, cases, directory=600, batch=2000)
    finally:
        await store.close()


async def _report(data: Path, keys: Path, out: Path, traced: bool) -> dict[str, float]:
    if traced:
        tracemalloc.start()
    started, cpu = time.perf_counter(), time.process_time()
    store = await SqliteStore.open(data, Keyring.read(keys))
    try:
        report = await collect(store, YEAR, {"collaborations": 150})
    finally:
        await store.close()
    gathered = time.perf_counter()
    write_report(report, Words("fr"), out, date(2026, 12, 31))
    done = time.perf_counter()
    result = {
        "seconds": done - started,
        "cpu_seconds": time.process_time() - cpu,
        "gather_seconds": gathered - started,
        "render_seconds": done - gathered,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "requests": float(next(h.count.shown or 0 for h in report.headlines if h.count)),
    }
    if traced:
        result["python_heap_peak_mb"] = tracemalloc.get_traced_memory()[1] / MB
    return result


def _scan(data: Path) -> float:
    """The baseline: every row of the cases table, read in batches, nothing else."""
    started = time.perf_counter()
    with sqlite3.connect(data / DB_NAME) as conn:
        cursor = conn.execute("SELECT * FROM cases")
        while cursor.fetchmany(1000):
            pass
    return time.perf_counter() - started


def _child(data: Path, keys: Path, out: Path, traced: bool) -> dict[str, float]:
    """One report in a fresh process, so that its peak memory is the report's own."""
    mode = "--traced" if traced else "--timed"
    child = subprocess.run(
        [sys.executable, "-m", "bench.report", mode, str(data), str(keys), str(out)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(child.stdout)
    return result


def _store_mb(data: Path) -> float:
    return sum(p.stat().st_size for p in data.glob(DB_NAME + "*")) / MB


def _measure(data: Path, keys: Path, cases: int, runs: int) -> None:
    out = data.parent / "report.html"
    timed = [_child(data, keys, out, traced=False) for _ in range(runs)]
    heap = _child(data, keys, out, traced=True)["python_heap_peak_mb"]
    seconds = [r["seconds"] for r in timed]
    median = statistics.median(seconds)
    middle = min(timed, key=lambda r: abs(r["seconds"] - median))
    baseline = _scan(data)
    print(
        f"report over {cases:,} cases (store {_store_mb(data):.0f} MB), {runs} runs without "
        f"tracemalloc: median {median:.2f} s ({', '.join(f'{s:.2f}' for s in seconds)}; "
        f"gather {middle['gather_seconds']:.2f} s, render {middle['render_seconds']:.2f} s; "
        f"CPU {statistics.median(r['cpu_seconds'] for r in timed):.2f} s, all threads), "
        f"peak RSS {max(r['peak_rss_mb'] for r in timed):.0f} MB; separate traced run: "
        f"Python heap peak {heap:.1f} MB; {median / baseline:.1f}x a bare scan of the cases "
        f"table ({baseline:.2f} s). Goal: under 5 s and 200 MB."
    )


def main() -> None:
    if sys.argv[1:2] in (["--timed"], ["--traced"]):
        data, keys, out = (Path(a) for a in sys.argv[2:5])
        traced = sys.argv[1] == "--traced"
        print(json.dumps(asyncio.run(_report(data, keys, out, traced))))
        return
    parser = argparse.ArgumentParser(prog="python -m bench.report")
    parser.add_argument("cases", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the filled store here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        data, keys = root / "data", root / "keys.json"
        if not (keys.exists() and (data / DB_NAME).exists()):
            root.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            asyncio.run(_fill(data, args.cases, keys))
            print(f"filled {args.cases:,} cases in {time.perf_counter() - started:.0f} s (untimed)")
        _measure(data, keys, args.cases, args.runs)


if __name__ == "__main__":
    main()
