"""``cre-admin outbox``: what waits to be sent, for which channel, since when; and, for a
reply stuck behind a long retry delay or never wanted any more, retry now or discard.
Never the message or the address: only pseudonym prefixes, counts and times."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from admin_cli.common import DataDir, actor, fail, out, settings_for, show, with_store
from store.ports import AdminStore

outbox_app = typer.Typer(no_args_is_help=True, help="Replies waiting to be sent.")


@outbox_app.command("list")
def outbox_list(
    failed: Annotated[bool, typer.Option("--failed", help="Also failed replies.")] = False,
    channel: Annotated[str | None, typer.Option(help="Only this channel.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Waiting replies, oldest first: id, channel, recipient (pseudonym), since, attempts."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        entries = await store.outbox_view(include_failed=failed)
        async with store.transaction() as tx:
            await tx.audit(datetime.now(UTC), actor(), "admin.outbox.list")
        return [
            {
                "id": e.id,
                "channel": e.channel,
                "recipient": e.recipient,
                "status": e.status,
                "since": e.created_at,
                "attempts": e.attempts,
                "next_attempt": e.next_attempt_at,
                "error": e.error,
            }
            for e in entries
            if channel is None or e.channel == channel
        ]

    rows = with_store(settings_for(data_dir), work)
    columns = {
        "id": "#",
        "channel": "channel",
        "recipient": "to",
        "status": "status",
        "since": "since",
        "attempts": "tries",
        "next_attempt": "next try",
        "error": "last error",
    }
    if not as_json and rows:
        waiting: dict[str, int] = {}
        for row in rows:
            waiting[str(row["channel"])] = waiting.get(str(row["channel"]), 0) + 1
        out.print(", ".join(f"[bold]{n}[/bold] for {c}" for c, n in sorted(waiting.items())))
    show(rows, as_json, columns, "Nothing waits in the outbox.")


def _ids(ids: list[int] | None, every: bool) -> list[int] | None:
    if every == bool(ids):
        fail("name the reply ids, or use --all")
    return ids


@outbox_app.command("retry")
def outbox_retry(
    ids: Annotated[list[int] | None, typer.Argument(help="Reply ids from outbox list.")] = None,
    every: Annotated[bool, typer.Option("--all", help="Every waiting reply.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Send waiting replies at the next chance instead of after their retry delay."""

    async def work(store: AdminStore) -> list[int]:
        wanted = _ids(ids, every)
        chosen = wanted if wanted is not None else [e.id for e in await store.outbox_view()]
        changed = await store.outbox_retry_now(chosen, datetime.now(UTC))
        async with store.transaction() as tx:
            await tx.audit(datetime.now(UTC), actor(), "admin.outbox.retry", None, _detail(changed))
        return changed

    changed = with_store(settings_for(data_dir), work)
    _say(changed, ids, "will be tried again at once by the running cre-bot")


@outbox_app.command("discard")
def outbox_discard(
    ids: Annotated[list[int], typer.Argument(help="Reply ids from outbox list.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Delete replies for good (they will never be sent). Asks first; audited."""
    if not yes:
        typer.confirm(f"Delete {len(ids)} repl(ies) for good? They will never be sent.", abort=True)

    async def work(store: AdminStore) -> list[int]:
        removed = await store.outbox_discard(ids)
        async with store.transaction() as tx:
            await tx.audit(
                datetime.now(UTC), actor(), "admin.outbox.discard", None, _detail(removed)
            )
        return removed

    removed = with_store(settings_for(data_dir), work)
    _say(removed, ids, "discarded")


def _detail(ids: list[int]) -> str:
    return "ids:" + ",".join(str(i) for i in ids[:50]) + ("…" if len(ids) > 50 else "")


def _say(done: list[int], asked: list[int] | None, what: str) -> None:
    missing = sorted(set(asked or ()) - set(done))
    if done:
        out.print(f"{len(done)} repl(ies) {what}.")
    if missing:
        out.print(f"[yellow]Not waiting (already sent, failed or unknown):[/yellow] {missing}")
        raise typer.Exit(1)
    if not done:
        out.print("Nothing waits in the outbox.")
