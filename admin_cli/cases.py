"""``cre-admin cases``: list and show cases; every look is audited.

A reference is read as people copy it (``k7m4q2xp``, ``K7M4 Q2XP``); a filter
that matches no known value is an error, never an empty list that looks like
"no cases".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

import typer

from admin_cli import history
from admin_cli.common import (
    DataDir,
    audit,
    case_json,
    case_ref,
    cell,
    country_text,
    fail,
    language_text,
    out,
    print_json,
    region_id,
    settings_for,
    show,
    status_named,
    status_text,
    with_store,
)
from admin_cli.labels import answer_lines
from flows.catalog.registry import STATUSES
from store.ports import AdminStore
from store.records import CaseRecord

STATUS_NAMES = ", ".join(status_text(s) for s in STATUSES)
"""The names ``--status`` accepts (its ids too), as the bot shows them."""
cases_app = typer.Typer(no_args_is_help=True, help="Look at cases (every look is audited).")


@cases_app.command("list")
def cases_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    status: Annotated[
        str | None,
        typer.Option(help=f"Only this status (name or id): {STATUS_NAMES}"),
    ] = None,
    region: Annotated[str | None, typer.Option(help="Only this region.")] = None,
) -> None:
    """List cases (no personal details)."""
    settings = settings_for(data_dir)
    wanted = status_named(status) if status is not None else None

    async def work(store: AdminStore) -> list[CaseRecord]:
        area = None
        if region is not None:
            async with store.transaction() as tx:
                area = region_id(region, await tx.regions())
        await audit(store, "admin.cases.list")
        return [
            c
            for c in await store.list_cases()
            if (wanted is None or c.status == wanted) and (area is None or c.region == area)
        ]

    found = with_store(settings, work)
    if as_json:
        print_json([case_json(c, details=False) for c in found])
        return
    rows = [{**case_json(c, details=False), "status": status_text(c.status)} for c in found]
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
    empty = "No cases match." if status or region else "No cases yet."
    show(rows, False, columns, empty)


@cases_app.command("show")
def cases_show(
    ref: Annotated[
        str, typer.Argument(help="The reference, e.g. K7M4-Q2XP (any case, dash optional).")
    ],
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one case: its details, who claimed it and its history (audited)."""
    settings = settings_for(data_dir)
    wanted = case_ref(ref)

    async def work(store: AdminStore) -> Shown:
        case = await store.case(wanted)
        if case is None:
            fail(f"no case {wanted}; see: cre-admin cases list")
        async with store.transaction() as tx:
            view = await tx.case_view(case.ref)
            # Active ones include the console's personas, which the roster leaves out.
            staff = {f.id: f.name for f in await tx.facilitators()}
            staff |= {f.id: f.name for f in await tx.facilitator_roster()}
            regions = {r.id: r.name for r in await tx.regions()}
        assignee = None if view is None else view.assignee
        claimed = None if assignee is None else staff.get(assignee, f"#{assignee} (removed)")
        trail = [e for e in await store.audit_entries() if e["case_ref"] == case.ref]
        await audit(store, "admin.cases.show", case.ref)
        return Shown(case, claimed, regions.get(case.region), trail, staff)

    shown = with_store(settings, work)
    if as_json:
        data = case_json(shown.case, details=True)
        data["claimed_by"] = shown.claimed
        data["history"] = shown.history
        print_json(data)
        return
    _print_case(shown)


@dataclass(frozen=True, slots=True)
class Shown:
    """One case as ``cases show`` prints it."""

    case: CaseRecord
    claimed: str | None
    region_name: str | None
    history: list[dict[str, Any]]
    staff: dict[int, str]


def _print_case(shown: Shown) -> None:
    case, claimed, region_name = shown.case, shown.claimed, shown.region_name
    out.print(f"[bold]Case {case.ref}[/bold]{'  [red]URGENT[/red]' if case.urgent else ''}")
    facts = [
        ("status", status_text(case.status)),
        ("level", str(case.level)),
        ("region", f"{region_name} ({case.region})" if region_name else case.region),
        ("country", country_text(case.country)),
        ("language", language_text(case.locale)),
        ("channel", case.channel),
        ("claimed by", claimed or "nobody yet"),
        ("received", cell(case.created_at)),
        ("last change", cell(case.updated_at)),
    ]
    for label, value in facts:
        out.print(f"  {label:<12} {value}", markup=False, highlight=False)
    out.print("\n[bold]Answers[/bold]")
    if case.details is None:
        out.print("  (personal details erased at the requester's request)")
    else:
        for label, value in answer_lines(dict(case.details.get("answers") or {})):
            out.print(f"  {label}: {value}", markup=False, highlight=False)
    out.print("\n[bold]History[/bold]")
    for entry in shown.history:
        actor = history.who(entry["actor"], shown.staff)
        said = history.described(entry["action"], entry["detail"])
        out.print(f"  {cell(entry['at'])}  {actor:<22} {said}", markup=False, highlight=False)
