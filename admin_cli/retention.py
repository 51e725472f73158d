"""``cre-admin retention``: erase the personal data of cases closed long ago.

The bot does the same every day (``CRE_RETENTION_DAYS``); this command lets a
coordinator see what would go (``--dry-run``) or purge with another period.
What stays is what the annual report needs: country, region, level, strategies,
month of the dates, outcome (final status) and the agreement's budget band.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer

from admin_cli.common import DataDir, actor, out, settings_for, with_store
from store.ports import AdminStore
from store.records import RetentionResult

retention_app = typer.Typer(
    no_args_is_help=True, help="Erase the personal data of cases closed long ago."
)


@retention_app.command("purge")
def purge(
    data_dir: DataDir = None,
    older_than: Annotated[
        int | None,
        typer.Option(
            "--older-than",
            min=1,
            help="Days since a case was closed, declined, referred or withdrawn "
            "(default: CRE_RETENTION_DAYS, 730).",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only say what would be erased.")
    ] = False,
) -> None:
    """Erase the personal data of cases final for longer than the retention period,
    and forget their requesters when nothing else of theirs remains."""
    settings = settings_for(data_dir)
    days = older_than if older_than is not None else settings.policy.retention_days

    async def work(store: AdminStore) -> RetentionResult:
        now = datetime.now(UTC)
        result = await store.purge_retention(now, timedelta(days=days), dry_run)
        async with store.transaction() as tx:
            action = "admin.retention.dry-run" if dry_run else "admin.retention.purge"
            await tx.audit(now, actor(), action, None, f"days:{days} cases:{len(result.cases)}")
        return result

    result = with_store(settings, work)
    verb = "would be erased" if dry_run else "erased"
    if not result.cases:
        out.print(f"No case has been final for more than {days} days: nothing {verb}.")
        return
    out.print(
        f"{len(result.cases)} case(s) final for more than {days} days {verb} "
        f"(content, notes, agreement, {result.files} file(s); their anonymous statistics "
        f"stay); {result.people} requester(s) forgotten entirely."
    )
    for ref in result.cases:
        out.print(f"  {ref}")
    if dry_run:
        out.print("Nothing was changed. Run again without --dry-run to erase.")
