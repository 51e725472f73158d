"""``cre-admin regions``: regions, their countries and where new cases are announced."""

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
from flows.core.countries import is_country
from store.ports import AdminStore

regions_app = typer.Typer(no_args_is_help=True, help="Regions, their countries and queues.")


@regions_app.command("list")
def regions_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Regions, how many countries each has, and where its new cases are announced."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            regions = await tx.regions()
            queues = {r: ch for r, _, ch in await tx.region_queues()}
            staff = await tx.facilitators()
            await tx.audit(datetime.now(UTC), actor(), "admin.regions.list")
        return [
            {
                "id": r.id,
                "name": r.name,
                "countries": sorted(r.countries),
                "country_count": len(r.countries),
                "queue": queues.get(r.id) or "facilitators' private chats",
                "facilitators": sum(1 for f in staff if r.id in f.regions),
            }
            for r in regions
        ]

    found = with_store(settings_for(data_dir), work)
    columns = {
        "id": "region",
        "name": "name",
        "country_count": "countries",
        "queue": "queue",
        "facilitators": "facilitators",
    }
    show(found, as_json, columns, "No regions.")


@regions_app.command("set-queue")
def regions_set_queue(
    region: str,
    channel: MessengerChannel,
    chat: Annotated[str, typer.Option("--chat", help="Chat id (Telegram) or group id (Signal).")],
    data_dir: DataDir = None,
) -> None:
    """Announce the region's new cases (minimal summary only) in this chat."""
    target = channel_named(channel)

    async def work(store: AdminStore) -> bool:
        async with store.transaction() as tx:
            done = await tx.set_region_queue(region, target, chat)
            if done:
                await tx.audit(
                    datetime.now(UTC),
                    actor(),
                    "admin.regions.set-queue",
                    None,
                    f"{region}:{channel}",
                )
        return done

    settings = settings_for(data_dir)
    if not with_store(settings, work):
        fail(f"no region {region!r}; see `cre-admin regions list`")
    out.print(f"New cases for {region} will be announced in that {channel} chat.")
    warn_if_not_configured(settings, target, "that chat")


@regions_app.command("set-countries")
def regions_set_countries(
    region: str,
    countries: Annotated[list[str], typer.Argument(help="ISO 3166 codes, e.g. KE UG TZ")],
    data_dir: DataDir = None,
) -> None:
    """Replace the list of countries routed to a region."""
    codes = sorted({c.upper() for c in countries})
    bad = [c for c in codes if not is_country(c)]
    if bad:
        fail(f"not ISO 3166 country codes: {', '.join(bad)}")

    async def work(store: AdminStore) -> bool:
        async with store.transaction() as tx:
            done = await tx.set_region_countries(region, codes)
            if done:
                await tx.audit(
                    datetime.now(UTC),
                    actor(),
                    "admin.regions.set-countries",
                    None,
                    f"{region}:{len(codes)}",
                )
            return done

    if not with_store(settings_for(data_dir), work):
        fail(f"no region {region!r}; see `cre-admin regions list`")
    out.print(f"{region} now covers {len(codes)} countries.")


# ----- facilitators -------------------------------------------------------------------
