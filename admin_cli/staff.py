"""``cre-admin facilitators``: who may act on which region's cases."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from admin_cli.common import (
    DataDir,
    MessengerChannel,
    actor,
    channel_named,
    fail,
    out,
    settings_for,
    show,
    warn_if_not_configured,
    with_store,
)
from flows.core.policy import LANGUAGES
from store.ports import AdminStore

facilitators_app = typer.Typer(no_args_is_help=True, help="Who may act on cases.")


@facilitators_app.command("add")
def facilitators_add(
    channel: MessengerChannel,
    user_id: Annotated[str, typer.Option("--id", help="Telegram user id or Signal number/uuid.")],
    name: Annotated[str, typer.Option("--name", help="Shown to colleagues, never to requesters.")],
    region: Annotated[
        list[str] | None, typer.Option("--region", help="Repeat for several.")
    ] = None,
    language: Annotated[str, typer.Option(help="Language of the bot's messages to them.")] = "en",
    coordinator: Annotated[bool, typer.Option(help="May act in every region.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Register (or update) a facilitator; only they can act on their regions' cases."""
    target = channel_named(channel)
    regions = region or []
    if not regions and not coordinator:
        fail("give at least one --region (or --coordinator)")
    if language not in LANGUAGES:
        fail(f"--language must be one of {', '.join(LANGUAGES)}")

    async def work(store: AdminStore) -> int | str:
        async with store.transaction() as tx:
            known = {r.id for r in await tx.regions()}
            unknown = [r for r in regions if r not in known]
            if unknown:
                return f"unknown regions {unknown}; known: {sorted(known)}"
            person = store.pseudonym(target.value, user_id)
            row = await tx.add_facilitator(
                person, target, user_id, name, regions, language, coordinator, datetime.now(UTC)
            )
            await tx.audit(
                datetime.now(UTC), actor(), "admin.facilitators.add", None, f"facilitator:{row}"
            )
            return row

    settings = settings_for(data_dir)
    result = with_store(settings, work)
    if isinstance(result, str):
        fail(result)
    out.print(f"Facilitator #{result} registered for {', '.join(regions) or 'all regions'}.")
    warn_if_not_configured(settings, target, "this facilitator")


@facilitators_app.command("list")
def facilitators_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Registered facilitators (names only: never their messenger ids)."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            staff = await tx.facilitators()
            await tx.audit(datetime.now(UTC), actor(), "admin.facilitators.list")
        return [
            {
                "id": f.id,
                "name": f.name,
                "regions": sorted(f.regions),
                "language": f.locale,
                "coordinator": f.coordinator,
            }
            for f in staff
        ]

    found = with_store(settings_for(data_dir), work)
    columns = {
        "id": "#",
        "name": "name",
        "regions": "regions",
        "language": "language",
        "coordinator": "coordinator",
    }
    show(found, as_json, columns, "No facilitators yet: add one with `cre-admin facilitators add`.")


# ----- collaborators ---------------------------------------------------------------------
