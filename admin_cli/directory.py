"""``cre-admin collaborators``: the directory of people and organisations offering support.

What a coordinator types is checked before it is stored: strategies, languages
the bot speaks, real countries inside the collaborator's regions (the regions
follow from the countries when none are given) and a messenger id that fits
its channel. ``edit``, ``deactivate``/``activate`` (no longer suggested by
``/match``, kept in the list) and ``remove`` (name, contact and messenger id
erased) undo mistakes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from admin_cli.common import (
    DataDir,
    actor,
    channel_named,
    country_codes,
    fail,
    items,
    language_codes,
    out,
    person_id,
    region_ids,
    settings_for,
    show,
    with_store,
)
from flows.core.regions import Region
from flows.intake.flow import QUESTIONS
from store.ports import AdminStore, StoreTransaction
from store.roster import DirectoryChange, DirectoryListing

STRATEGY_CHOICES = tuple(o for o in QUESTIONS["strategies"].options if o != "unsure")

collaborators_app = typer.Typer(no_args_is_help=True, help="The collaborator directory.")

Strategies = Annotated[
    list[str] | None,
    typer.Option(
        "--strategy", help="Repeat or separate with commas: " + ", ".join(STRATEGY_CHOICES)
    ),
]
Countries = Annotated[
    list[str] | None,
    typer.Option("--country", help="ISO code (KE) or name; repeat or separate with commas."),
]
Regions = Annotated[
    list[str] | None,
    typer.Option("--region", help="Region id; repeat or commas (default: their countries')."),
]
Languages = Annotated[
    list[str] | None,
    typer.Option("--language", help="Languages they work in: code or name; repeat or commas."),
]
Number = Annotated[int, typer.Argument(help="The collaborator's number (# in the list).")]


def strategies_of(given: list[str]) -> list[str]:
    wanted = [s.casefold() for s in given]
    bad = [s for s in wanted if s not in STRATEGY_CHOICES]
    if bad:
        fail(f"no strategy {', '.join(bad)}; use {', '.join(STRATEGY_CHOICES)}")
    return list(dict.fromkeys(wanted))


def placed(countries: list[str], wanted: list[str], known: list[Region]) -> list[str]:
    """The collaborator's regions: those given, which must hold every country given, or
    else the regions their countries belong to."""
    home = {c: next((r.id for r in known if c in r.countries), None) for c in countries}
    if not wanted:
        return sorted({r for r in home.values() if r is not None})
    regions = region_ids(wanted, known)
    outside = [c for c in countries if home[c] not in regions]
    if outside:
        where = "; ".join(f"{c} is in {home[c] or 'no region'}" for c in outside)
        fail(
            f"{where}, not in {', '.join(regions)}: add its region with --region "
            "or leave --region out to use the countries' regions"
        )
    return regions


def messenger_of(
    store: AdminStore, channel: str | None, user_id: str | None
) -> tuple[str, str, str] | None:
    """(pseudonym, channel, address) so the bot can invite them, or None."""
    if (channel is None) != (user_id is None):
        fail("--channel and --id go together")
    if channel is None or user_id is None:
        return None
    target = channel_named(channel)
    address = person_id(target, user_id)
    return store.pseudonym(target.value, address), target.value, address


@collaborators_app.command("add")
def collaborators_add(
    name: Annotated[str, typer.Option("--name")],
    strategy: Strategies = None,
    country: Countries = None,
    region: Regions = None,
    language: Languages = None,
    contact: Annotated[str | None, typer.Option(help="How facilitators reach them.")] = None,
    self_funded: Annotated[bool, typer.Option(help="Can work without a grant.")] = False,
    channel: Annotated[
        str | None, typer.Option(help="telegram or signal, to invite via the bot.")
    ] = None,
    user_id: Annotated[
        str | None, typer.Option("--id", help="Their messenger id (Telegram number, Signal +...).")
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Add an organisation or person offering support to the directory."""
    strategies = strategies_of(items(strategy))
    if not strategies:
        fail(f"give at least one --strategy: {', '.join(STRATEGY_CHOICES)}")
    countries = country_codes(items(country))
    languages = language_codes(items(language)) or ["en"]
    if not name.strip():
        fail("--name cannot be empty")

    async def work(store: AdminStore) -> int:
        messenger = messenger_of(store, channel, user_id)
        async with store.transaction() as tx:
            regions = placed(countries, items(region), await tx.regions())
            now = datetime.now(UTC)
            row = await tx.add_collaborator(
                name.strip(),
                contact,
                strategies,
                countries,
                regions,
                languages,
                self_funded,
                now,
                None
                if messenger is None
                else (messenger[0], channel_named(messenger[1]), messenger[2]),
            )
            await tx.audit(now, actor(), "admin.collaborators.add", None, f"collaborator:{row}")
            return row

    row = with_store(settings_for(data_dir), work)
    out.print(f"Collaborator #{row} added.")


@collaborators_app.command("list")
def collaborators_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The directory, by strategy, country and region."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            found = await tx.directory()
            await tx.audit(datetime.now(UTC), actor(), "admin.collaborators.list")
        return [
            {
                "id": c.id,
                "name": c.name,
                "strategies": sorted(c.strategies),
                "countries": sorted(c.countries),
                "regions": sorted(c.regions),
                "languages": sorted(c.languages),
                "self_funded": c.self_funded,
                "reachable": c.channel is not None,
                "active": c.available,
            }
            for c in found
        ]

    found = with_store(settings_for(data_dir), work)
    columns = {
        "id": "#",
        "name": "name",
        "strategies": "strategies",
        "countries": "countries",
        "regions": "regions",
        "languages": "languages",
        "self_funded": "self-funded",
        "reachable": "bot",
        "active": "active",
    }
    show(found, as_json, columns, "The directory is empty.")


@collaborators_app.command("edit")
def collaborators_edit(
    number: Number,
    name: Annotated[str | None, typer.Option("--name")] = None,
    strategy: Strategies = None,
    country: Countries = None,
    region: Regions = None,
    language: Languages = None,
    contact: Annotated[str | None, typer.Option(help="How facilitators reach them.")] = None,
    self_funded: Annotated[
        bool | None, typer.Option("--self-funded/--needs-funding", help="Can work without a grant.")
    ] = None,
    channel: Annotated[str | None, typer.Option(help="telegram or signal.")] = None,
    user_id: Annotated[str | None, typer.Option("--id", help="Their messenger id.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Change what the directory says about a collaborator; a list given replaces the old one."""
    strategies = strategies_of(items(strategy)) or None
    countries = country_codes(items(country)) or None
    languages = language_codes(items(language)) or None
    if name is not None and not name.strip():
        fail("--name cannot be empty")

    async def work(store: AdminStore) -> None:
        messenger = messenger_of(store, channel, user_id)
        async with store.transaction() as tx:
            entry = await _entry(tx, number)
            regions = None
            if countries or region:
                kept = countries or sorted(entry.countries)
                regions = placed(kept, items(region), await tx.regions())
            change = DirectoryChange(
                name=name and name.strip(),
                contact=contact,
                strategies=None if strategies is None else tuple(strategies),
                countries=None if countries is None else tuple(countries),
                regions=None if regions is None else tuple(regions),
                languages=None if languages is None else tuple(languages),
                self_funded=self_funded,
                messenger=messenger,
            )
            if change == DirectoryChange():
                fail("say what to change: --name, --strategy, --country, --region, ...")
            await tx.edit_collaborator(number, change)
            await tx.audit(
                datetime.now(UTC),
                actor(),
                "admin.collaborators.edit",
                None,
                f"collaborator:{number}",
            )

    with_store(settings_for(data_dir), work)
    out.print(f"Collaborator #{number} updated.")


@collaborators_app.command("deactivate")
def collaborators_deactivate(number: Number, data_dir: DataDir = None) -> None:
    """Stop suggesting a collaborator for new cases (kept in the list; activate undoes it)."""
    _set_available(number, False, data_dir)
    out.print(f"Collaborator #{number} is deactivated: /match no longer suggests them.")


@collaborators_app.command("activate")
def collaborators_activate(number: Number, data_dir: DataDir = None) -> None:
    """Suggest a deactivated collaborator again."""
    _set_available(number, True, data_dir)
    out.print(f"Collaborator #{number} is active again.")


@collaborators_app.command("remove")
def collaborators_remove(number: Number, data_dir: DataDir = None) -> None:
    """Take a collaborator out of the directory and erase their name, contact and id.

    The cases they worked on keep only their number."""

    async def work(store: AdminStore) -> None:
        async with store.transaction() as tx:
            await _entry(tx, number)
            now = datetime.now(UTC)
            await tx.remove_collaborator(number, now)
            await tx.audit(
                now, actor(), "admin.collaborators.remove", None, f"collaborator:{number}"
            )

    with_store(settings_for(data_dir), work)
    out.print(
        f"Collaborator #{number} is removed: their name, contact and messenger id are erased."
    )


def _set_available(number: int, available: bool, data_dir: Path | None) -> None:
    async def work(store: AdminStore) -> None:
        async with store.transaction() as tx:
            await _entry(tx, number)
            await tx.set_collaborator_available(number, available)
            action = "activate" if available else "deactivate"
            await tx.audit(
                datetime.now(UTC),
                actor(),
                f"admin.collaborators.{action}",
                None,
                f"collaborator:{number}",
            )

    with_store(settings_for(data_dir), work)


async def _entry(tx: StoreTransaction, number: int) -> DirectoryListing:
    entry = next((c for c in await tx.directory() if c.id == number), None)
    if entry is None:
        fail(f"no collaborator #{number}; see: cre-admin collaborators list")
    return entry
