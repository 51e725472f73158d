"""``cre-admin money``: disbursements and reported spending per case, and what was
committed and spent per region, level or call (anonymous sums, in USD).

Each amount is kept in USD (for sums) with the original currency and amount
as given, so the annual report and an auditor can both read it.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer

from admin_cli.common import DataDir, actor, fail, out, settings_for, show, with_store
from flows.core.refs import normalize_ref
from flows.funding.amounts import parse_cents, show_cents
from flows.funding.models import TOTALS_BY, Application
from store.ports import AdminStore, StoreTransaction

money_app = typer.Typer(no_args_is_help=True, help="Money: disbursements, spending, totals.")
CURRENCY = re.compile(r"^[A-Z]{3}$")

Usd = Annotated[str, typer.Option("--usd", help="The amount in US dollars, e.g. 1500.")]
Currency = Annotated[str, typer.Option("--currency", help="ISO code of the original, e.g. KES.")]
Original = Annotated[
    str | None, typer.Option("--original", help="The amount in that currency (default: --usd).")
]
On = Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD (default: today).")]


def _checked(
    usd: str, currency: str, original: str | None, on: str | None
) -> tuple[int, str, str, str]:
    cents = parse_cents(usd)
    if cents is None:
        fail(f"--usd must be a positive number of US dollars, not {usd!r}")
    code = currency.strip().upper()
    if not CURRENCY.match(code):
        fail(f"--currency must be a three-letter code such as USD or KES, not {currency!r}")
    given = original if original is not None else usd
    if parse_cents(given) is None:
        fail(f"--original must be a positive amount, not {given!r}")
    try:
        day = date.fromisoformat(on).isoformat() if on else datetime.now(UTC).date().isoformat()
    except ValueError:
        fail(f"--date must be a date such as 2026-12-30, not {on!r}")
    return cents, code, given.strip(), day


async def _granted(tx: StoreTransaction, ref: str) -> Application | None:
    approved = [a for a in await tx.applications_of(ref) if a.status == "approved"]
    return approved[-1] if approved else None


def _record(
    kind: str,
    ref: str,
    money: tuple[str, str, str | None, str | None],
    tranche: int | None,
    data_dir: Path | None,
) -> None:
    usd, currency, original, on = money
    case_ref = normalize_ref(ref)
    if not case_ref:
        fail(f"{ref!r} is not a case reference such as K7M4-Q2XP")
    cents, code, given, day = _checked(usd, currency, original, on)

    async def work(store: AdminStore) -> str:
        async with store.transaction() as tx:
            grant = await _granted(tx, case_ref)
            if grant is None:
                return f"case {case_ref} has no approved grant"
            paid = sum(m[1] for m in await tx.money_of(grant.id) if m[0] == "disbursement")
            if kind == "disbursement" and paid + cents > grant.amount_cents:
                left = show_cents(grant.amount_cents - paid)
                return f"that is more than the grant: {left} USD of it is left to disburse"
            now = datetime.now(UTC)
            await tx.add_money(kind, grant, cents, (code, given), tranche, day, now)
            await tx.audit(now, actor(), f"admin.money.{kind}", case_ref, f"application:{grant.id}")
            return ""

    problem = with_store(settings_for(data_dir), work)
    if problem:
        fail(problem)
    out.print(f"Recorded for {case_ref}: {show_cents(cents)} USD ({given} {code}) on {day}.")


@money_app.command("disburse")
def money_disburse(
    ref: Annotated[str, typer.Argument(help="The case reference.")],
    usd: Usd,
    currency: Currency = "USD",
    original: Original = None,
    on: On = None,
    tranche: Annotated[int, typer.Option("--tranche", min=1, help="1, 2, …")] = 1,
    data_dir: DataDir = None,
) -> None:
    """Record one tranche paid out of a case's grant (never more than the grant)."""
    _record("disbursement", ref, (usd, currency, original, on), tranche, data_dir)


@money_app.command("spent")
def money_spent(
    ref: Annotated[str, typer.Argument(help="The case reference.")],
    usd: Usd,
    currency: Currency = "USD",
    original: Original = None,
    on: On = None,
    data_dir: DataDir = None,
) -> None:
    """Record an amount the collaboration reported as spent."""
    _record("spent", ref, (usd, currency, original, on), None, data_dir)


@money_app.command("summary")
def money_summary(
    by: Annotated[str, typer.Option("--by", help="region, level or call.")] = "region",
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Committed (granted), disbursed and spent, in USD: anonymous sums for the report."""
    if by not in TOTALS_BY:
        fail(f"--by must be one of {', '.join(TOTALS_BY)}")

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            totals = await tx.funding_totals(by)
            await tx.audit(datetime.now(UTC), actor(), "admin.money.summary", None, f"by:{by}")
        return [
            {
                by: t.key,
                "applications": t.applications,
                "grants": t.grants,
                "committed_usd": show_cents(t.committed_cents),
                "disbursed_usd": show_cents(t.disbursed_cents),
                "spent_usd": show_cents(t.spent_cents),
                "referrals": t.referrals,
            }
            for t in totals
        ]

    columns = {
        by: by,
        "applications": "applications",
        "grants": "grants",
        "committed_usd": "committed USD",
        "disbursed_usd": "disbursed USD",
        "spent_usd": "spent USD",
        "referrals": "referrals",
    }
    show(with_store(settings_for(data_dir), work), as_json, columns, "No funding recorded yet.")
