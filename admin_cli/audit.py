"""``cre-admin audit``: who did what to which case, never content.

Filters narrow a long trail to what a coordinator is looking into: one case,
a period (``--since 2026-03-01 --until 2026-03-31``: whole days, UTC) or one
actor (``--actor coordinator:amina``, or the start of a pseudonym).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Any

import typer

from admin_cli.common import (
    DataDir,
    actor,
    case_ref,
    fail,
    settings_for,
    show,
    with_store,
)
from store.ports import AdminStore

audit_app = typer.Typer(no_args_is_help=True, help="Who did what to which case (no content).")


def moment(text: str, option: str, end_of_day: bool = False) -> datetime:
    """``2026-03-01`` (the whole day) or ``2026-03-01T14:30``, in UTC unless it says."""
    value = text.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            start = datetime.combine(day, time(), UTC)
            return start + timedelta(days=1) if end_of_day else start
        parsed = datetime.fromisoformat(value)
    except ValueError:
        fail(f"{option} takes a date such as 2026-03-01 or 2026-03-01T14:30, not {text!r}")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _when(entry: dict[str, Any]) -> datetime:
    at = datetime.fromisoformat(str(entry["at"]))
    return at if at.tzinfo else at.replace(tzinfo=UTC)


@audit_app.command("list")
def audit_list(
    data_dir: DataDir = None,
    case: Annotated[
        str | None, typer.Option("--case", help="Only this case reference (dash optional).")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="From this date or time (UTC), e.g. 2026-03-01.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Up to this date (included) or time (UTC).")
    ] = None,
    who: Annotated[
        str | None,
        typer.Option("--actor", help="Only this actor, e.g. coordinator:amina or system."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The audit trail: when, who (pseudonym prefix or role), action, case. Never content."""
    start = moment(since, "--since") if since else None
    end = moment(until, "--until", end_of_day=True) if until else None
    if start and end and end <= start:
        fail("--until must come after --since")
    wanted = case_ref(case) if case else None

    async def work(store: AdminStore) -> list[dict[str, object]]:
        if wanted is not None and await store.case(wanted) is None:
            fail(f"no case {wanted}; see: cre-admin cases list")
        entries = await store.audit_entries()
        async with store.transaction() as tx:
            await tx.audit(datetime.now(UTC), actor(), "admin.audit.list", wanted)
        return [
            e
            for e in entries
            if (wanted is None or e["case_ref"] == wanted)
            and (start is None or _when(e) >= start)
            and (end is None or _when(e) < end)
            and (who is None or _by(e, who))
        ]

    found = with_store(settings_for(data_dir), work)
    columns = {
        "at": "when",
        "actor": "who",
        "action": "action",
        "case_ref": "case",
        "detail": "detail",
    }
    empty = (
        "No audit entries match." if case or since or until or who else "The audit trail is empty."
    )
    show(found, as_json, columns, empty)


def _by(entry: dict[str, Any], who: str) -> bool:
    """The actor as given, or (for a pseudonym or a coordinator's account) its start."""
    recorded = str(entry["actor"]).casefold()
    asked = who.strip().casefold()
    return recorded == asked or (len(asked) >= 4 and recorded.startswith(asked))
