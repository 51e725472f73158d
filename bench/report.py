"""The annual report over a generated store of 100,000 cases: time and peak memory.

``python -m bench.report [CASES]`` fills a temporary data dir (through the store's
transactions, untimed), then runs the report in a fresh process, so that its peak
memory is the report's own: reading every case's facts, counting, suppressing,
rendering the HTML and the CSV. Goal: under 5 s and 200 MB for 100,000 cases. The
time is also given as a ratio to a bare scan of the same cases table in the same run
(sqlite3, no sealing, no counting), comparable across machines.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sqlite3
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


async def _fill(data: Path, cases: int, keys: Path) -> None:
    keyring = Keyring.generate()
    keyring.write(keys)
    store = await SqliteStore.open(data, keyring)
    try:
        await fill(store, cases, directory=600, batch=2000)
    finally:
        await store.close()


async def _report(data: Path, keys: Path, out: Path) -> dict[str, float]:
    tracemalloc.start()
    started = time.perf_counter()
    store = await SqliteStore.open(data, Keyring.read(keys))
    try:
        report = await collect(store, YEAR, {"collaborations": 150})
    finally:
        await store.close()
    gathered = time.perf_counter()
    write_report(report, Words("fr"), out, date(2026, 12, 31))
    done = time.perf_counter()
    _, traced = tracemalloc.get_traced_memory()
    return {
        "seconds": done - started,
        "gather_seconds": gathered - started,
        "render_seconds": done - gathered,
        "python_heap_peak_mb": traced / 2**20,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "requests": float(next(h.count.shown or 0 for h in report.headlines if h.count)),
    }


def _scan(data: Path) -> float:
    """The baseline: every row of the cases table, read in batches, nothing else."""
    started = time.perf_counter()
    with sqlite3.connect(data / DB_NAME) as conn:
        cursor = conn.execute("SELECT * FROM cases")
        while cursor.fetchmany(1000):
            pass
    return time.perf_counter() - started


def main() -> None:
    if sys.argv[1:2] == ["--measure"]:
        data, keys, out = (Path(a) for a in sys.argv[2:5])
        print(json.dumps(asyncio.run(_report(data, keys, out))))
        return
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        data, keys = Path(tmp) / "data", Path(tmp) / "keys.json"
        started = time.perf_counter()
        asyncio.run(_fill(data, cases, keys))
        print(f"filled {cases:,} cases in {time.perf_counter() - started:.0f} s (untimed)")
        child = subprocess.run(
            [sys.executable, "-m", "bench.report", "--measure", str(data), str(keys),
             str(Path(tmp) / "report.html")],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        result = json.loads(child.stdout)
        baseline = _scan(data)
        print(
            f"report over {cases:,} cases: {result['seconds']:.2f} s "
            f"(gather {result['gather_seconds']:.2f} s, render {result['render_seconds']:.2f} s), "
            f"peak RSS {result['peak_rss_mb']:.0f} MB (Python heap peak "
            f"{result['python_heap_peak_mb']:.1f} MB); "
            f"{result['seconds'] / baseline:.1f}x a bare scan of the cases table "
            f"({baseline:.2f} s). Goal: under 5 s and 200 MB."
        )


if __name__ == "__main__":
    main()
