"""``cre-admin grants``: the members of each region's grants working group."""

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
    language_codes,
    out,
    region_id,
    settings_for,
    show,
    warn_if_not_configured,
    with_store,
)
from flows.core.addresses import AddressError, person_address
from store.ports import AdminStore

grants_app = typer.Typer(no_args_is_help=True, help="Grants working group members, per region.")


@grants_app.command("add")
def grants_add(
    channel: MessengerChannel,
    user_id: Annotated[str, typer.Option("--id", help="Telegram user id or Signal number/uuid.")],
    name: Annotated[str, typer.Option("--name", help="Shown to the coordinator only.")],
    region: Annotated[
        str, typer.Option("--region", help="The region whose group they join (id or name).")
    ],
    language: Annotated[
        str, typer.Option(help="Language of the bot's messages to them (code or name).")
    ] = "en",
    data_dir: DataDir = None,
) -> None:
    """Register (or update) a member; they review their region's applications in chat."""
    target = channel_named(channel)
    try:
        address = person_address(target.value, user_id)
    except AddressError as exc:
        fail(f"--id: {exc}")
    [language] = language_codes([language])

    async def work(store: AdminStore) -> tuple[int, str] | str:
        async with store.transaction() as tx:
            found = region_id(region, await tx.regions())
            if await tx.facilitator_by_person(store.pseudonym(target.value, address)):
                return "this account is a facilitator: a member needs an account of their own"
            now = datetime.now(UTC)
            person = store.pseudonym(target.value, address)
            member = await tx.add_grants_member(person, target, address, name, found, language, now)
            await tx.audit(now, actor(), "admin.grants.add", None, f"member:{member}:{found}")
            return member, found

    settings = settings_for(data_dir)
    result = with_store(settings, work)
    if isinstance(result, str):
        fail(result)
    out.print(f"Grants member #{result[0]} registered for {result[1]}.")
    warn_if_not_configured(settings, target, "this member")


@grants_app.command("list")
def grants_list(
    region: Annotated[str | None, typer.Option("--region", help="Only this region.")] = None,
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Members (names and regions only: never their messenger ids)."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            found = region_id(region, await tx.regions()) if region else None
            members = await tx.grants_members(found)
            await tx.audit(datetime.now(UTC), actor(), "admin.grants.list")
        return [
            {"id": m.id, "name": m.name, "region": m.region, "language": m.locale} for m in members
        ]

    found = with_store(settings_for(data_dir), work)
    columns = {"id": "#", "name": "name", "region": "region", "language": "language"}
    show(found, as_json, columns, "No grants members yet: add one with `cre-admin grants add`.")


@grants_app.command("remove")
def grants_remove(
    member: Annotated[int, typer.Argument(help="The member's # from cre-admin grants list.")],
    data_dir: DataDir = None,
) -> None:
    """Remove a member: they see and vote on nothing from now on (past votes stay)."""

    async def work(store: AdminStore) -> bool:
        async with store.transaction() as tx:
            removed = await tx.remove_grants_member(member)
            if removed:
                await tx.audit(
                    datetime.now(UTC), actor(), "admin.grants.remove", None, f"member:{member}"
                )
            return removed

    if not with_store(settings_for(data_dir), work):
        fail(f"no active grants member #{member}")
    out.print(f"Grants member #{member} removed.")
