"""``cre-admin regions``: regions, their countries and where new cases are announced.

Region ids are read in any case (``Africa``, ``latin-america``). A country is
routed to one region only: adding it where another region has it says so
rather than making routing depend on the order of regions.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from admin_cli.common import (
    DataDir,
    MessengerChannel,
    actor,
    channel_named,
    chat_id,
    country_codes,
    fail,
    items,
    out,
    region_id,
    region_key,
    settings_for,
    show,
    warn_if_not_configured,
    with_store,
)
from flows.core.regions import COORDINATOR, Region
from store.ports import AdminStore, StoreTransaction

regions_app = typer.Typer(no_args_is_help=True, help="Regions, their countries and queues.")

RegionName = Annotated[str, typer.Argument(help="Region id, e.g. africa (any case).")]
CountryList = Annotated[
    list[str], typer.Argument(help="ISO 3166 codes or names, e.g. KE UG TZ or KE,UG,TZ")
]


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
            staff = await tx.facilitator_roster()
            await tx.audit(datetime.now(UTC), actor(), "admin.regions.list")
        return [
            {
                "id": r.id,
                "name": r.name,
                "countries": sorted(r.countries),
                "country_count": len(r.countries),
                "queue": queues.get(r.id) or "facilitators' private chats",
                "facilitators": sum(1 for f in staff if f.active and r.id in f.regions),
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


@regions_app.command("add")
def regions_add(
    region: Annotated[str, typer.Argument(help="A short id, e.g. europe (letters and _).")],
    name: Annotated[str, typer.Option("--name", help="The name people read, e.g. Europe.")],
    countries: Annotated[
        list[str] | None, typer.Argument(help="Its countries: ISO codes or names.")
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Add a region (then give it facilitators with cre-admin facilitators add)."""
    key = region_key(region)
    if not key.replace("_", "").isascii() or not key.replace("_", "").isalnum():
        fail(f"a region id is letters, digits and _ (such as central_asia), not {region!r}")
    if key == COORDINATOR:
        fail(f"{COORDINATOR} is the coordinator's own queue, not a region")
    if not name.strip():
        fail("--name cannot be empty")
    codes = country_codes(items(countries))

    async def work(store: AdminStore) -> None:
        async with store.transaction() as tx:
            known = await tx.regions()
            if any(region_key(r.id) == key for r in known):
                fail(f"there is already a region {key}; see: cre-admin regions list")
            _refuse_taken(codes, known, key)
            await tx.add_region(key, name.strip(), codes)
            await tx.audit(
                datetime.now(UTC), actor(), "admin.regions.add", None, f"{key}:{len(codes)}"
            )

    with_store(settings_for(data_dir), work)
    out.print(f"Region {key} ({name.strip()}) added with {len(codes)} countries.")


@regions_app.command("set-queue")
def regions_set_queue(
    region: RegionName,
    channel: MessengerChannel,
    chat: Annotated[
        str, typer.Option("--chat", help="Telegram group id (-100...) or Signal group id.")
    ],
    data_dir: DataDir = None,
) -> None:
    """Announce the region's new cases (minimal summary only) in this chat."""
    target = channel_named(channel)
    address = chat_id(target, chat)

    async def work(store: AdminStore) -> str:
        async with store.transaction() as tx:
            found = region_id(region, await tx.regions())
            await tx.set_region_queue(found, target, address)
            await tx.audit(
                datetime.now(UTC),
                actor(),
                "admin.regions.set-queue",
                None,
                f"{found}:{target.value}",
            )
        return found

    settings = settings_for(data_dir)
    found = with_store(settings, work)
    out.print(f"New cases for {found} will be announced in that {target.value} chat.")
    warn_if_not_configured(settings, target, "that chat")


@regions_app.command("unset-queue")
def regions_unset_queue(region: RegionName, data_dir: DataDir = None) -> None:
    """Stop announcing the region's new cases in a shared chat.

    Each of its facilitators hears of them in a private chat again."""

    async def work(store: AdminStore) -> str:
        async with store.transaction() as tx:
            found = region_id(region, await tx.regions())
            await tx.unset_region_queue(found)
            await tx.audit(datetime.now(UTC), actor(), "admin.regions.unset-queue", None, found)
        return found

    found = with_store(settings_for(data_dir), work)
    out.print(f"New cases for {found} go to its facilitators' private chats again.")


@regions_app.command("set-countries")
def regions_set_countries(
    region: RegionName, countries: CountryList, data_dir: DataDir = None
) -> None:
    """Replace the list of countries routed to a region."""
    codes = country_codes(items(countries))

    async def work(store: AdminStore) -> str:
        async with store.transaction() as tx:
            known = await tx.regions()
            found = region_id(region, known)
            _refuse_taken(codes, known, found)
            return await _save_countries(tx, found, sorted(codes), "set-countries")

    found = with_store(settings_for(data_dir), work)
    out.print(f"{found} now covers {len(codes)} countries.")


@regions_app.command("add-country")
def regions_add_country(
    region: RegionName, countries: CountryList, data_dir: DataDir = None
) -> None:
    """Route one more country (or a few) to a region."""
    codes = country_codes(items(countries))

    async def work(store: AdminStore) -> tuple[str, int]:
        async with store.transaction() as tx:
            known = await tx.regions()
            found = region_id(region, known)
            _refuse_taken(codes, known, found)
            current = _region(known, found).countries
            await _save_countries(tx, found, sorted(current | set(codes)), "add-country")
            return found, len(current | set(codes))

    found, total = with_store(settings_for(data_dir), work)
    out.print(f"{', '.join(codes)} added to {found}, which now covers {total} countries.")


@regions_app.command("remove-country")
def regions_remove_country(
    region: RegionName, countries: CountryList, data_dir: DataDir = None
) -> None:
    """Stop routing a country (or a few) to a region.

    Its new cases go to the coordinator until another region takes it."""
    codes = country_codes(items(countries))

    async def work(store: AdminStore) -> tuple[str, int]:
        async with store.transaction() as tx:
            known = await tx.regions()
            found = region_id(region, known)
            current = _region(known, found).countries
            missing = [c for c in codes if c not in current]
            if missing:
                fail(f"{found} does not cover {', '.join(missing)}")
            await _save_countries(tx, found, sorted(current - set(codes)), "remove-country")
            return found, len(current - set(codes))

    found, total = with_store(settings_for(data_dir), work)
    out.print(
        f"{', '.join(codes)} removed from {found}, which now covers {total} countries; "
        "new cases from there go to the coordinator."
    )


def _region(known: list[Region], region: str) -> Region:
    return next(r for r in known if r.id == region)


def _refuse_taken(codes: list[str], known: list[Region], region: str) -> None:
    """A country belongs to one region: say where each taken one is."""
    taken = [
        f"{code} is in {r.id}"
        for code in codes
        for r in known
        if r.id != region and code in r.countries
    ]
    if taken:
        fail(
            f"{'; '.join(taken)}: remove it there first "
            "(cre-admin regions remove-country REGION CODE)"
        )


async def _save_countries(tx: StoreTransaction, region: str, codes: list[str], verb: str) -> str:
    await tx.set_region_countries(region, codes)
    await tx.audit(
        datetime.now(UTC), actor(), f"admin.regions.{verb}", None, f"{region}:{len(codes)}"
    )
    return region
