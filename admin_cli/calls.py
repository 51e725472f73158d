"""``cre-admin calls``: calls for proposals, from opening to the last decision.

``open`` announces the call to the region's facilitators and tells the
requesters whose case could apply; ``close`` starts the grants working
group's review in chat; ``decide`` is for what the group could not decide;
``refer`` records a grant referral of a declined application to another
funder and tells the requester. Every step is audited.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
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
from flows.core.policy import LANGUAGES
from flows.funding.amounts import parse_cents, show_cents
from flows.funding.models import CALL_KINDS, DECIDED, OPEN, REVIEW
from flows.service import funding_calls
from store.ports import AdminStore

calls_app = typer.Typer(no_args_is_help=True, help="Calls for proposals and their decisions.")


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"{option} must be a date such as 2026-12-20, not {text!r}")


def _criteria(items: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in items:
        language, sep, text = item.partition("=")
        if not sep or not language.strip() or not text.strip():
            fail(f"--criteria is LANG=text with LANG one of {', '.join(LANGUAGES)}, not {item!r}")
        [code] = language_codes([language.strip()], "--criteria")
        found[code] = " ".join(text.split())[:500]
    if not found:
        fail("give the criteria at least once, e.g. --criteria 'en=Land and water defence'")
    return found


@calls_app.command("open")
def calls_open(
    region: Annotated[str, typer.Option("--region", help="A region id, or 'all'.")],
    amount: Annotated[str, typer.Option("--amount", help="USD available, e.g. 20000.")],
    closes: Annotated[str, typer.Option("--closes", help="Last day to apply (YYYY-MM-DD).")],
    criteria: Annotated[
        list[str], typer.Option("--criteria", help="LANG=text, repeat per language.")
    ],
    kind: Annotated[str, typer.Option("--kind", help="open or targeted.")] = "open",
    opens: Annotated[str | None, typer.Option("--opens", help="Default: today.")] = None,
    review_until: Annotated[
        str | None, typer.Option("--review-until", help="Default: a week after closing.")
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Open a call and announce it."""
    kind = kind.strip().casefold()
    if kind not in CALL_KINDS:
        fail(f"--kind must be one of {', '.join(CALL_KINDS)}")
    cents = parse_cents(amount)
    if cents is None:
        fail(f"--amount must be a positive number of US dollars, not {amount!r}")
    start = _day(opens, "--opens") if opens else datetime.now(UTC).date()
    end = _day(closes, "--closes")
    review = _day(review_until, "--review-until") if review_until else end + timedelta(days=7)
    if not start <= end <= review:
        fail("dates must be in order: --opens ≤ --closes ≤ --review-until")
    texts = _criteria(criteria)

    async def work(store: AdminStore) -> tuple[int, tuple[int, int] | None] | str:
        async with store.transaction() as tx:
            area = "all" if region.strip().casefold() == "all" else None
            area = area or region_id(region, await tx.regions())
            now = datetime.now(UTC)
            dates = (start.isoformat(), end.isoformat(), review.isoformat())
            call_id = await tx.open_call(area, kind, dates, cents, texts, now)
            await tx.audit(now, actor(), "admin.calls.open", None, f"call:{call_id}:{area}")
            call = await tx.funding_call(call_id)
            assert call is not None
            return call_id, await funding_calls.announce_when_open(tx, call, now)

    result = with_store(settings_for(data_dir), work)
    if isinstance(result, str):
        fail(result)
    call_id, told = result
    if told is None:
        out.print(
            f"Call #{call_id} takes applications from {start.isoformat()} to "
            f"{end.isoformat()} ({show_cents(cents)} USD): it will be announced to the "
            "facilitators and the requesters who could apply on its opening day "
            "(while the bot runs)."
        )
        return
    out.print(
        f"Call #{call_id} is open until {end.isoformat()} ({show_cents(cents)} USD): "
        f"announced to {told[0]} facilitator(s); "
        f"{told[1]} requester(s) told they could apply."
    )


@calls_app.command("list")
def calls_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Calls, their dates, amounts and how many applications each has."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            rows = []
            for call in await tx.funding_calls():
                applications = await tx.applications(call.id)
                rows.append(
                    {
                        "id": call.id,
                        "region": call.region,
                        "kind": call.kind,
                        "status": call.status,
                        "opens": call.opens_on,
                        "closes": call.closes_on,
                        "review_until": call.review_until,
                        "amount_usd": show_cents(call.amount_cents),
                        "applications": len(applications),
                    }
                )
            await tx.audit(datetime.now(UTC), actor(), "admin.calls.list")
        return rows

    columns = {
        "id": "#",
        "region": "region",
        "kind": "kind",
        "status": "status",
        "closes": "closes",
        "review_until": "review until",
        "amount_usd": "USD",
        "applications": "applications",
    }
    show(with_store(settings_for(data_dir), work), as_json, columns, "No calls yet.")


@calls_app.command("applications")
def calls_applications(
    call: Annotated[int, typer.Argument(help="The call's #.")],
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A call's applications: case, level, amount, applicant, status (never their words)."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            found = await tx.applications(call)
            await tx.audit(
                datetime.now(UTC), actor(), "admin.calls.applications", None, f"call:{call}"
            )
        return [
            {
                "id": a.id,
                "ref": a.ref,
                "region": a.region,
                "level": a.level,
                "amount_usd": show_cents(a.amount_cents),
                "applicant": a.applicant,
                "security": a.security,
                "status": a.status,
            }
            for a in found
        ]

    columns = {
        "id": "#",
        "ref": "case",
        "region": "region",
        "level": "level",
        "amount_usd": "USD",
        "applicant": "applicant",
        "security": "security",
        "status": "status",
    }
    show(with_store(settings_for(data_dir), work), as_json, columns, "No applications.")


@calls_app.command("close")
def calls_close(
    call: Annotated[int, typer.Argument(help="The call's #.")],
    data_dir: DataDir = None,
) -> None:
    """Stop taking applications; each member of the group gets them one by one in chat."""

    async def work(store: AdminStore) -> int | str:
        async with store.transaction() as tx:
            found = await tx.funding_call(call)
            if found is None or found.status != OPEN:
                return f"no open call #{call}"
            now = datetime.now(UTC)
            asked = await funding_calls.close_call(tx, found, now)
            await tx.audit(now, actor(), "admin.calls.close", None, f"call:{call}:members:{asked}")
            return asked

    result = with_store(settings_for(data_dir), work)
    if isinstance(result, str):
        fail(result)
    if result == 0:
        out.print(f"Call #{call} is closed. No member was asked (no applications, or no group).")
    else:
        out.print(f"Call #{call} is closed; {result} member(s) asked to review its applications.")


@calls_app.command("decide")
def calls_decide(
    application: Annotated[int, typer.Argument(help="The application's #.")],
    approve: Annotated[bool, typer.Option("--approve/--decline", help="The decision.")],
    data_dir: DataDir = None,
) -> None:
    """Decide an application the group could not decide; the requester is told."""

    async def work(store: AdminStore) -> str:
        async with store.transaction() as tx:
            found = await tx.application(application)
            if found is None or found.status not in ("undecided", "submitted"):
                return f"application #{application} is not waiting for a decision"
            call = await tx.funding_call(found.call_id)
            assert call is not None
            if call.status != REVIEW:
                return f"call #{call.id} is not in review"
            granted = sum(
                a.amount_cents for a in await tx.applications(call.id) if a.status == "approved"
            )
            if approve and granted + found.amount_cents > call.amount_cents:
                return (
                    f"call #{call.id} has only {show_cents(call.amount_cents - granted)} USD left"
                )
            now = datetime.now(UTC)
            reason = "approved" if approve else "declined_by_group"
            cents = found.amount_cents if approve else 0
            await funding_calls.record_decision(tx, found, reason, cents, now, by=actor())
            if all(
                a.status not in ("submitted", "undecided") for a in await tx.applications(call.id)
            ):
                await tx.set_call_status(call.id, DECIDED)
            return ""

    problem = with_store(settings_for(data_dir), work)
    if problem:
        fail(problem)
    out.print(
        f"Application #{application} {'approved' if approve else 'declined'}; "
        "the requester is told."
    )


@calls_app.command("refer")
def calls_refer(
    application: Annotated[int, typer.Argument(help="The declined application's #.")],
    resource: Annotated[
        int | None, typer.Option("--resource", help="A fund's # from cre-admin resources list.")
    ] = None,
    funder: Annotated[str | None, typer.Option("--funder", help="Or name the funder.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Refer a declined application to another funder (a grant referral); the requester is told."""
    if (resource is None) == (funder is None):
        fail("give exactly one of --resource or --funder")

    async def work(store: AdminStore) -> str:
        async with store.transaction() as tx:
            found = await tx.application(application)
            if found is None or found.status != "declined":
                return f"application #{application} is not declined"
            body = " ".join((funder or "").split())[:500] or None
            if resource is not None:
                listed = {r.id: r.body for r in await tx.resources()}
                if resource not in listed:
                    return f"no fund #{resource}"
                body = listed[resource]
            await funding_calls.refer(tx, found, body, resource, datetime.now(UTC))
            return ""

    problem = with_store(settings_for(data_dir), work)
    if problem:
        fail(problem)
    out.print(f"Application #{application} referred; the requester is told.")
