"""``cre-admin cases``: list and show cases; every look is audited."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from admin_cli.common import (
    DataDir,
    audit,
    case_json,
    fail,
    out,
    settings_for,
    show,
    with_store,
)
from flows.catalog.registry import STATUSES
from store.ports import AdminStore
from store.records import CaseRecord

cases_app = typer.Typer(no_args_is_help=True, help="Look at cases (every look is audited).")


@cases_app.command("list")
def cases_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    status: Annotated[
        str | None, typer.Option(help=f"Only this status: {', '.join(STATUSES)}")
    ] = None,
) -> None:
    """List cases (no personal details)."""
    settings = settings_for(data_dir)

    async def work(store: AdminStore) -> list[CaseRecord]:
        await audit(store, "admin.cases.list")
        return [c for c in await store.list_cases() if status is None or c.status == status]

    found = with_store(settings, work)
    columns = {
        "ref": "ref",
        "status": "status",
        "region": "region",
        "level": "level",
        "urgent": "urgent",
        "country": "country",
        "language": "language",
        "channel": "channel",
        "created_at": "created",
    }
    show([case_json(c, details=False) for c in found], as_json, columns, "No cases yet.")


@cases_app.command("show")
def cases_show(
    ref: str,
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one case with its details (audited)."""
    settings = settings_for(data_dir)

    async def work(store: AdminStore) -> CaseRecord | None:
        case = await store.case(ref.strip().upper())
        if case is not None:
            await audit(store, "admin.cases.show", case.ref)
        return case

    case = with_store(settings, work)
    if case is None:
        fail(f"no case {ref}")
    if as_json:
        typer.echo(json.dumps(case_json(case, details=True), indent=2, ensure_ascii=False))
        return
    out.print(
        f"[bold]{case.ref}[/bold]  status {case.status}  level {case.level}"
        f"{'  URGENT' if case.urgent else ''}  country {case.country or '-'}"
    )
    if case.details is None:
        out.print("(personal details erased at the requester's request)")
        return
    for key, value in (case.details.get("answers") or {}).items():
        out.print(f"  {key}: {value}")


# ----- regions ----------------------------------------------------------------------
