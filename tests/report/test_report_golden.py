"""The report's CSV tables over a seeded made-up store, against files written before the
store's tally became one streamed read: a faster tally must count exactly what the old
one counted. ``python -m tests.report.test_report_golden`` rewrites the files (only when
a change of figures is meant)."""

from __future__ import annotations

import asyncio
import filecmp
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from admin_cli.reporting.collect import collect
from admin_cli.reporting.csv_out import write_csv
from admin_cli.reporting.words import Words
from bench.report_data import fill
from flows.report.facts import Period
from store.crypto import Keyring
from store.sqlite.store import SqliteStore

GOLDEN = Path(__file__).with_name("golden")
PERIODS = {
    "year": Period(date(2026, 1, 1), date(2027, 1, 1)),
    "spring": Period(date(2026, 3, 1), date(2026, 7, 1)),
}


async def write_tables(folder: Path, cases: int = 1500) -> None:
    """Every CSV table of the seeded store, one folder per period."""
    with tempfile.TemporaryDirectory() as tmp:
        store = await SqliteStore.open(Path(tmp) / "data", Keyring.generate())
        try:
            await fill(store, cases, directory=40)
            async with store.transaction() as tx:
                await tx.forget_person("person-00007", datetime(2026, 6, 1, tzinfo=UTC))
            for name, period in PERIODS.items():
                report = await collect(store, period, {"collaborations": 150})
                write_csv(report, Words("en"), folder / name)
        finally:
            await store.close()


async def test_the_tables_are_the_ones_counted_before(tmp_path: Path) -> None:
    await write_tables(tmp_path)
    for name in PERIODS:
        expected = sorted(p.name for p in (GOLDEN / name).iterdir())
        assert sorted(p.name for p in (tmp_path / name).iterdir()) == expected
        same, differ, missing = filecmp.cmpfiles(GOLDEN / name, tmp_path / name, expected, False)
        assert (differ, missing) == ([], []), (name, differ, missing)
        assert same == expected


if __name__ == "__main__":
    asyncio.run(write_tables(Path(sys.argv[1]) if sys.argv[1:] else GOLDEN))
