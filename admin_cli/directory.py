"""``cre-admin collaborators``: the directory of people and organisations offering support."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from admin_cli.common import (
    DataDir,
    actor,
    channel_named,
    fail,
    out,
    settings_for,
    show,
    with_store,
)
from flows.core.countries import is_country
from flows.intake.flow import QUESTIONS
from store.ports import AdminStore

STRATEGY_CHOICES = tuple(o for o in QUESTIONS["strategies"].options if o != "unsure")

collaborators_app = typer.Typer(no_args_is_help=True, help="The collaborator directory.")


@collaborators_app.command("add")
def collaborators_add(
    name: Annotated[str, typer.Option("--name")],
    strategy: Annotated[
        list[str],
        typer.Option(
            "--strategy",
            help="Repeat: " + ", ".join(STRATEGY_CHOICES),
        ),
    ],
    country: Annotated[
        list[str] | None, typer.Option("--country", help="ISO code; repeat.")
    ] = None,
    region: Annotated[list[str] | None, typer.Option("--region", help="Repeat.")] = None,
    language: Annotated[list[str] | None, typer.Option("--language", help="Repeat.")] = None,
    contact: Annotated[str | None, typer.Option(help="How facilitators reach them.")] = None,
    self_funded: Annotated[bool, typer.Option(help="Can work without a grant.")] = False,
    channel: Annotated[
        str | None, typer.Option(help="telegram or signal, to invite via the bot.")
    ] = None,
    user_id: Annotated[str | None, typer.Option("--id", help="Their messenger id.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Add an organisation or person offering support to the directory."""
    bad = [s for s in strategy if s not in STRATEGY_CHOICES]
    if bad:
        fail(f"unknown strategies {bad}; use {', '.join(STRATEGY_CHOICES)}")
    countries = [c.upper() for c in country or []]
    if [c for c in countries if not is_country(c)]:
        fail("--country takes ISO 3166 codes such as KE or PE")
    messenger = None
    if (channel is None) != (user_id is None):
        fail("--channel and --id go together")

    async def work(store: AdminStore) -> int:
        nonlocal messenger
        if channel is not None and user_id is not None:
            target = channel_named(channel, ("telegram", "signal", "console"))
            messenger = (store.pseudonym(target.value, user_id), target, user_id)
        async with store.transaction() as tx:
            row = await tx.add_collaborator(
                name,
                contact,
                strategy,
                countries,
                region or [],
                language or ["en"],
                self_funded,
                datetime.now(UTC),
                messenger,
            )
            await tx.audit(
                datetime.now(UTC), actor(), "admin.collaborators.add", None, f"collaborator:{row}"
            )
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
            found = await tx.collaborators()
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
                "reachable": c.reachable,
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
        "self_funded": "self-funded",
        "reachable": "bot",
    }
    show(found, as_json, columns, "The directory is empty.")


# ----- audit --------------------------------------------------------------------------
