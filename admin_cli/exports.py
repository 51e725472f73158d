"""``cre-admin cases export``: cases as CSV for a spreadsheet, filtered by region, status,
level, country, strategy and dates. No personal content unless ``--with-content``,
which asks for confirmation, writes a file only its owner can read, and is audited
case by case."""

from __future__ import annotations

import csv
import json
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import Progress, TextColumn

from admin_cli.common import DataDir, actor, fail, out, settings_for, with_store
from admin_cli.directory import STRATEGY_CHOICES
from flows.catalog.registry import STATUSES
from flows.core.countries import is_country
from store.admin_records import CaseFilter
from store.ports import AdminStore
from store.records import CaseRecord

COLUMNS = (
    "ref",
    "status",
    "region",
    "level",
    "urgent",
    "country",
    "language",
    "channel",
    "strategies",
    "created_at",
    "updated_at",
)
CONTENT_COLUMNS = ("erased", "answers")


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"{option} takes a date like 2026-01-31")


def case_filter(
    region: str | None,
    status: str | None,
    level: int | None,
    country: str | None,
    strategy: str | None,
    start: str | None,
    end: str | None,
) -> CaseFilter:
    """The filters, checked: a typo must fail loudly rather than export nothing."""
    if status is not None and status not in STATUSES:
        fail(f"--status must be one of {', '.join(STATUSES)}")
    if level is not None and level not in (1, 2, 3):
        fail("--level must be 1, 2 or 3")
    if country is not None and not is_country(country.upper()):
        fail("--country takes an ISO 3166 code such as KE or PE")
    if strategy is not None and strategy not in STRATEGY_CHOICES:
        fail(f"--strategy must be one of {', '.join(STRATEGY_CHOICES)}")
    first, last = _day(start, "--from"), _day(end, "--to")
    if first and last and last < first:
        fail("--to is before --from")
    return CaseFilter(
        region=region,
        status=status,
        level=level,
        country=country.upper() if country else None,
        strategy=strategy,
        start=first,
        end=last + timedelta(days=1) if last else None,
    )


def _row(case: CaseRecord, with_content: bool) -> list[str]:
    row = [
        case.ref,
        case.status,
        case.region,
        str(case.level),
        "yes" if case.urgent else "no",
        case.country or "",
        case.locale,
        case.channel,
        ";".join(case.strategies),
        case.created_at,
        case.updated_at,
    ]
    if with_content:
        answers = (case.details or {}).get("answers") if case.details else None
        row += [
            "yes" if case.details is None else "no",
            "" if answers is None else json.dumps(answers, ensure_ascii=False),
        ]
    return row


async def _write(store: AdminStore, chosen: CaseFilter, with_content: bool, handle: TextIO) -> int:
    """Rows as they stream from the store (only the references of cases whose content
    was written are kept, for the audit), with a progress line on a terminal."""
    writer = csv.writer(handle)
    writer.writerow(COLUMNS + (CONTENT_COLUMNS if with_content else ()))
    seen: list[str] = []
    written = 0
    with Progress(
        TextColumn("{task.description}"),
        console=Console(stderr=True),
        transient=True,
        disable=not sys.stderr.isatty(),
    ) as bar:
        task = bar.add_task("Exporting cases… 0", total=None)
        async for case in store.cases_export(chosen, with_content):
            writer.writerow(_row(case, with_content))
            written += 1
            if with_content:
                seen.append(case.ref)
            if written % 1000 == 0:
                bar.update(task, description=f"Exporting cases… {written:,}")
    now = datetime.now(UTC)
    async with store.transaction() as tx:
        for ref in seen:  # who saw which case's content, as for cases show
            await tx.audit(now, actor(), "admin.cases.export.content", ref)
        await tx.audit(now, actor(), "admin.cases.export", None, f"rows:{written}")
    return written


def cases_export(
    output: Annotated[Path, typer.Argument(help="CSV file to write ('-' for the screen).")],
    region: Annotated[str | None, typer.Option(help="Only this region id.")] = None,
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    level: Annotated[int | None, typer.Option(help="Only this level (1, 2 or 3).")] = None,
    country: Annotated[str | None, typer.Option(help="Only this ISO country code.")] = None,
    strategy: Annotated[str | None, typer.Option(help="Only cases seeking it.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="Created on or after.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Created on or before.")] = None,
    with_content: Annotated[
        bool, typer.Option("--with-content", help="Include the requesters' answers (asks).")
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask (for scripts).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a summary as JSON.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Export cases as CSV: references, status, region, level, country, dates (no content)."""
    chosen = case_filter(region, status, level, country, strategy, start, end)
    settings = settings_for(data_dir)
    if with_content and not yes:
        typer.confirm(
            "The export will hold what requesters wrote (names, places, harms). Anyone with "
            "the file can read it. Each case will be recorded in the audit trail. Go on?",
            abort=True,
            err=True,
        )
    to_screen = str(output) == "-"

    async def work(store: AdminStore) -> int:
        if to_screen:
            return await _write(store, chosen, with_content, sys.stdout)
        with output.open("w", encoding="utf-8-sig", newline="") as handle:
            output.chmod(0o600)
            return await _write(store, chosen, with_content, handle)

    exported = with_store(settings, work)
    if as_json:
        typer.echo(json.dumps({"exported": exported, "file": str(output)}), err=to_screen)
    elif not to_screen:
        note = " with the requesters' answers (audited)" if with_content else ""
        out.print(f"{exported} case(s) written to {output}{note}.")
