"""``cre-admin facilitators``: who may act on which region's cases.

A coordinator can undo a mistake or a departure: ``edit`` changes what was
registered, ``deactivate`` ends someone's access at once (the bot refuses them
on their next message) and ``activate`` gives it back, ``remove`` also erases
their name and messenger id. Cases a departing facilitator had claimed go
back to their region's queue, and the command says which.
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
    fail,
    items,
    language_codes,
    out,
    person_id,
    region_ids,
    settings_for,
    show,
    warn_if_not_configured,
    with_store,
)
from store.ports import AdminStore, StoreTransaction
from store.roster import StaffChange, StaffMember

facilitators_app = typer.Typer(no_args_is_help=True, help="Who may act on cases.")

Regions = Annotated[
    list[str] | None,
    typer.Option("--region", help="Region id or name; repeat, or separate with commas."),
]
Number = Annotated[int, typer.Argument(help="The facilitator's number (# in the list).")]


@facilitators_app.command("add")
def facilitators_add(
    channel: MessengerChannel,
    user_id: Annotated[
        str, typer.Option("--id", help="Telegram numeric user id, or Signal number (+254...).")
    ],
    name: Annotated[str, typer.Option("--name", help="Shown to colleagues, never to requesters.")],
    region: Regions = None,
    language: Annotated[str, typer.Option(help="Language of the bot's messages to them.")] = "en",
    coordinator: Annotated[bool, typer.Option(help="May act in every region.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Register (or update) a facilitator; only they can act on their regions' cases."""
    target = channel_named(channel)
    address = person_id(target, user_id)
    wanted = items(region)
    if not wanted and not coordinator:
        fail("give at least one --region (or --coordinator)")
    [locale] = language_codes([language])
    if not name.strip():
        fail("--name cannot be empty")

    async def work(store: AdminStore) -> tuple[int, list[str]]:
        async with store.transaction() as tx:
            regions = region_ids(wanted, await tx.regions())
            person = store.pseudonym(target.value, address)
            now = datetime.now(UTC)
            row = await tx.add_facilitator(
                person, target, address, name.strip(), regions, locale, coordinator, now
            )
            await tx.mark_console_persona(person, False, now)  # a real registration now
            await tx.audit(now, actor(), "admin.facilitators.add", None, f"facilitator:{row}")
            return row, regions

    settings = settings_for(data_dir)
    row, regions = with_store(settings, work)
    out.print(f"Facilitator #{row} registered for {', '.join(regions) or 'all regions'}.")
    warn_if_not_configured(settings, target, "this facilitator")


@facilitators_app.command("list")
def facilitators_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Registered facilitators, active or deactivated (names only: never their messenger ids)."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            staff = await tx.facilitator_roster()
            await tx.audit(datetime.now(UTC), actor(), "admin.facilitators.list")
        return [
            {
                "id": f.id,
                "name": f.name,
                "regions": sorted(f.regions),
                "language": f.locale,
                "coordinator": f.coordinator,
                "channel": f.channel,
                "active": f.active,
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
        "channel": "channel",
        "active": "active",
    }
    show(found, as_json, columns, "No facilitators yet: add one with cre-admin facilitators add.")


@facilitators_app.command("edit")
def facilitators_edit(
    number: Number,
    name: Annotated[str | None, typer.Option("--name", help="A new name.")] = None,
    region: Annotated[
        list[str] | None,
        typer.Option("--region", help="Their regions from now on (replaces the list)."),
    ] = None,
    language: Annotated[str | None, typer.Option(help="Language of the bot's messages.")] = None,
    coordinator: Annotated[
        bool | None, typer.Option("--coordinator/--not-coordinator", help="Every region, or not.")
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Change a facilitator's name, regions, language or coordinator role."""
    locale = language_codes([language])[0] if language is not None else None
    if name is not None and not name.strip():
        fail("--name cannot be empty")
    wanted = items(region)
    if not (name or wanted or locale or coordinator is not None):
        fail("say what to change: --name, --region, --language or --coordinator")

    async def work(store: AdminStore) -> None:
        async with store.transaction() as tx:
            member = await _member(tx, number)
            regions = tuple(region_ids(wanted, await tx.regions())) if wanted else None
            if not (regions or member.regions) and not (
                member.coordinator if coordinator is None else coordinator
            ):
                fail("a facilitator who is not a coordinator needs at least one region")
            change = StaffChange(name and name.strip(), regions, locale, coordinator)
            await tx.edit_facilitator(number, change)
            await tx.audit(
                datetime.now(UTC), actor(), "admin.facilitators.edit", None, f"facilitator:{number}"
            )

    with_store(settings_for(data_dir), work)
    out.print(f"Facilitator #{number} updated.")


@facilitators_app.command("deactivate")
def facilitators_deactivate(number: Number, data_dir: DataDir = None) -> None:
    """End a facilitator's access at once; activate gives it back.

    They stay in the list. The cases they had claimed go back to their region's queue."""
    released = with_store(settings_for(data_dir), lambda s: _end_access(s, number, remove=False))
    out.print(f"Facilitator #{number} is deactivated: the bot now refuses their commands.")
    _say_released(released)


@facilitators_app.command("activate")
def facilitators_activate(number: Number, data_dir: DataDir = None) -> None:
    """Give a deactivated facilitator their access back."""

    async def work(store: AdminStore) -> None:
        async with store.transaction() as tx:
            await _member(tx, number)
            await tx.set_facilitator_active(number, True)
            await tx.audit(
                datetime.now(UTC),
                actor(),
                "admin.facilitators.activate",
                None,
                f"facilitator:{number}",
            )

    with_store(settings_for(data_dir), work)
    out.print(f"Facilitator #{number} is active again.")


@facilitators_app.command("remove")
def facilitators_remove(number: Number, data_dir: DataDir = None) -> None:
    """End a facilitator's access and erase their name and messenger id.

    Their notes and the cases' history stay, without their name. The cases they had
    claimed go back to their region's queue."""
    released = with_store(settings_for(data_dir), lambda s: _end_access(s, number, remove=True))
    out.print(f"Facilitator #{number} is removed: their name and messenger id are erased.")
    _say_released(released)


async def _member(tx: StoreTransaction, number: int) -> StaffMember:
    member = next((f for f in await tx.facilitator_roster() if f.id == number), None)
    if member is None:
        fail(f"no facilitator #{number}; see: cre-admin facilitators list")
    return member


async def _end_access(store: AdminStore, number: int, remove: bool) -> list[str]:
    """Deactivate (or remove) ``number`` and release the open cases they had claimed."""
    async with store.transaction() as tx:
        await _member(tx, number)
        now = datetime.now(UTC)
        held = [c.ref for c in await tx.open_cases() if c.assignee == number]
        for ref in held:
            await tx.update_case(ref, "assignee", None, now)
            await tx.audit(now, actor(), "case.released", ref, f"facilitator:{number}")
        if remove:
            await tx.remove_facilitator(number, now)
        else:
            await tx.set_facilitator_active(number, False)
        action = "admin.facilitators.remove" if remove else "admin.facilitators.deactivate"
        await tx.audit(now, actor(), action, None, f"facilitator:{number}")
        return held


def _say_released(refs: list[str]) -> None:
    if refs:
        out.print(
            f"{len(refs)} case(s) they had claimed are back in the queue for their region's "
            f"facilitators to claim: {', '.join(refs)}"
        )
