"""``cre-admin report``: the annual impact report, as one HTML file to print or send and
the same tables as CSV, in the coordinator's language. Only aggregates; every count
under 5 is "fewer than 5" and cannot be worked out from the totals."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn

from admin_cli.common import DataDir, actor, fail, out, settings_for, with_store
from admin_cli.reporting.collect import collect
from admin_cli.reporting.csv_out import write_csv
from admin_cli.reporting.html import page
from admin_cli.reporting.words import Words
from flows.core.policy import LANGUAGES
from flows.report.facts import Period
from flows.report.model import Report
from store.ports import AdminStore


def period_of(year: int | None, start: str | None, end: str | None, today: date) -> Period:
    """``--year``, or ``--from``/``--to`` (both days included), or this year so far."""
    if year is not None and (start or end):
        fail("use either --year or --from/--to, not both")
    if year is not None:
        if not 2000 <= year <= 2100:
            fail("--year must be a year such as 2026")
        return Period(date(year, 1, 1), date(year + 1, 1, 1))
    if start is None and end is None:
        return Period(date(today.year, 1, 1), today + timedelta(days=1))
    try:
        first = date.fromisoformat(start) if start else date(today.year, 1, 1)
        last = date.fromisoformat(end) if end else today
    except ValueError:
        fail("--from and --to take dates like 2026-01-31")
    if last < first:
        fail("--to is before --from")
    return Period(first, last + timedelta(days=1))


def _label(period: Period) -> str:
    last = period.end - timedelta(days=1)
    whole_year = (period.start.month, period.start.day, last.month, last.day) == (1, 1, 12, 31)
    if whole_year and period.start.year == last.year:
        return str(period.start.year)
    return f"{period.start.isoformat()}_{last.isoformat()}"


def write_report(report: Report, words: Words, html_path: Path, generated: date) -> list[Path]:
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(page(words, report, generated), encoding="utf-8")
    html_path.chmod(0o600)
    folder = html_path.with_name(html_path.stem + "-csv")
    return [html_path, *write_csv(report, words, folder)]


def report(
    year: Annotated[int | None, typer.Option("--year", help="A calendar year, e.g. 2026.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="First day, e.g. 2026-01-01.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day (included).")] = None,
    lang: Annotated[
        str, typer.Option("--lang", help=f"Language of the report: {', '.join(LANGUAGES)}.")
    ] = "en",
    output: Annotated[
        Path | None,
        typer.Option("--out", help="HTML file to write (default cre-report-PERIOD-LANG.html)."),
    ] = None,
    data_dir: DataDir = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print what was written as JSON.")
    ] = False,
) -> None:
    """Write the annual impact report: self-contained HTML (charts, print-ready) and CSV."""
    if lang not in LANGUAGES:
        fail(f"--lang must be one of {', '.join(LANGUAGES)}")
    today = datetime.now(UTC).date()
    period = period_of(year, start, end, today)
    settings = settings_for(data_dir)
    words = Words(lang)
    html_path = output or Path(f"cre-report-{_label(period)}-{lang}.html")
    if html_path.suffix.lower() not in (".html", ".htm"):
        fail("--out must name an .html file")
    built = with_store(
        settings, lambda store: _gather(store, period, dict(settings.report_targets))
    )
    written = write_report(built, words, html_path, today)
    if as_json:
        typer.echo(json.dumps({"html": str(written[0]), "csv": [str(p) for p in written[1:]]}))
        return
    out.print(
        f"Report written to [bold]{written[0]}[/bold]; its tables as CSV in {written[1].parent}/"
    )


async def _gather(store: AdminStore, period: Period, targets: dict[str, int]) -> Report:
    console = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
        disable=not sys.stderr.isatty(),
    ) as bar:
        task = bar.add_task("Reading cases…", total=None)

        def seen(count: int) -> None:
            bar.update(task, description=f"Reading cases… {count:,}")

        built = await collect(store, period, targets, seen)
    async with store.transaction() as tx:
        await tx.audit(
            datetime.now(UTC),
            actor(),
            "admin.report",
            None,
            f"{period.start.isoformat()}..{period.end.isoformat()}",
        )
    return built
