"""``cre-admin resources``: other funds (emergency funds for defenders…) per region and
language, offered between calls and when an application is referred elsewhere."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from admin_cli.common import (
    DataDir,
    actor,
    fail,
    language_codes,
    out,
    region_id,
    settings_for,
    show,
    with_store,
)
from store.ports import AdminStore

resources_app = typer.Typer(no_args_is_help=True, help="Other funds, per region and language.")
MAX_TEXT = 500


@resources_app.command("add")
def resources_add(
    region: Annotated[str, typer.Option("--region", help="The region it serves.")],
    text: Annotated[str, typer.Option("--text", help="Name and how to reach it, one line.")],
    language: Annotated[str, typer.Option(help="The language the text is written in.")] = "en",
    data_dir: DataDir = None,
) -> None:
    """Add one fund to a region's list (public information: name, link, how to apply)."""
    [language] = language_codes([language])
    body = " ".join(text.split())
    if not body or len(body) > MAX_TEXT:
        fail(f"--text must be one line of 1 to {MAX_TEXT} characters")

    async def work(store: AdminStore) -> tuple[int, str]:
        async with store.transaction() as tx:
            area = region_id(region, await tx.regions())
            now = datetime.now(UTC)
            found = await tx.add_resource(area, language, body, now)
            await tx.audit(now, actor(), "admin.resources.add", None, f"resource:{found}")
            return found, area

    result, area = with_store(settings_for(data_dir), work)
    out.print(f"Fund #{result} added to {area} ({language}).")


@resources_app.command("list")
def resources_list(
    region: Annotated[str | None, typer.Option("--region", help="Only this region.")] = None,
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The funds offered to requesters between calls."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            found = await tx.resources(region_id(region, await tx.regions()) if region else None)
        return [
            {"id": r.id, "region": r.region, "language": r.locale, "text": r.body} for r in found
        ]

    rows = with_store(settings_for(data_dir), work)
    columns = {"id": "#", "region": "region", "language": "language", "text": "fund"}
    show(rows, as_json, columns, "No funds listed yet: add one with `cre-admin resources add`.")


@resources_app.command("remove")
def resources_remove(
    resource: Annotated[int, typer.Argument(help="The fund's # from cre-admin resources list.")],
    data_dir: DataDir = None,
) -> None:
    """Remove one fund from its region's list."""

    async def work(store: AdminStore) -> bool:
        async with store.transaction() as tx:
            removed = await tx.remove_resource(resource)
            if removed:
                await tx.audit(
                    datetime.now(UTC),
                    actor(),
                    "admin.resources.remove",
                    None,
                    f"resource:{resource}",
                )
            return removed

    if not with_store(settings_for(data_dir), work):
        fail(f"no fund #{resource}")
    out.print(f"Fund #{resource} removed.")
