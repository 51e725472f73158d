"""``cre-admin audit``: who did what to which case, never content."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from admin_cli.common import (
    DataDir,
    actor,
    settings_for,
    show,
    with_store,
)
from store.ports import AdminStore

audit_app = typer.Typer(no_args_is_help=True, help="Who did what to which case (no content).")


@audit_app.command("list")
def audit_list(
    data_dir: DataDir = None,
    case: Annotated[str | None, typer.Option("--case", help="Only this case reference.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The audit trail: when, who (pseudonym prefix or role), action, case. Never content."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        entries = await store.audit_entries()
        async with store.transaction() as tx:
            await tx.audit(datetime.now(UTC), actor(), "admin.audit.list", case)
        wanted = case.strip().upper() if case else None
        return [e for e in entries if wanted is None or e["case_ref"] == wanted]

    found = with_store(settings_for(data_dir), work)
    columns = {
        "at": "when",
        "actor": "who",
        "action": "action",
        "case_ref": "case",
        "detail": "detail",
    }
    show(found, as_json, columns, "The audit trail is empty.")
