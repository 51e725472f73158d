"""``cre-admin keys``: the encryption keys.

``rotate`` makes a new key active, re-seals every sealed value and file under it
while the bot runs (small batches, a progress bar), then retires the old keys:
after it, a copy of the old key file opens nothing in the current data. A
crash or ``kill -9`` part-way is fine: run it again and it finishes (the key
file then still lists the old key beside the new active one, which is how it
knows). ``status`` shows how many values and files each key id seals.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from admin_cli.common import DataDir, audit, fail, out, settings_for, with_store
from admin_cli.opening import open_store
from config.settings import Settings
from store.crypto import Keyring
from store.ports import AdminStore
from store.safekeeping import KeyUsage

keys_app = typer.Typer(no_args_is_help=True, help="Manage the encryption keys.")
MAX_PASSES = 5
"""Passes over the data before giving up (a pass only misses files whose rename was
pending; the next one sees them)."""

Batch = Annotated[
    int,
    typer.Option("--batch", min=10, max=10_000, help="Values re-sealed per transaction."),
]


@keys_app.command("rotate")
def keys_rotate(data_dir: DataDir = None, batch: Batch = 500) -> None:
    """Make a new key active, re-seal everything under it (online), retire the old key."""
    settings = settings_for(data_dir)
    if settings.master_key is not None:
        fail("keys come from CRE_MASTER_KEY; rotate by changing how you derive it")
    with _one_rotation(settings.key_file):
        keyring = settings.keyring()
        if keyring.retiring:
            out.print(f"Finishing the rotation to key {keyring.active} that was interrupted.")
        else:
            keyring = keyring.with_new_key()
            keyring.replace(settings.key_file)
            out.print(f"Key {keyring.active} is now active; re-sealing everything under it.")
        retired = _with_progress(settings, keyring, batch)
    out.print(
        f"Done: everything is sealed under key {keyring.active}; retired key(s) "
        f"{', '.join(map(str, retired)) or 'none'}. Back up {settings.key_file} again. "
        "Backups made before now need the old key file: keep it with them, or destroy both."
    )


@contextlib.contextmanager
def _one_rotation(key_file: Path) -> Iterator[None]:
    """One rotation at a time: two making a new key each would leave data under a key
    that is no longer in the file."""
    lock = key_file.with_name(key_file.name + ".lock")
    fd = os.open(lock, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fail("another `cre-admin keys rotate` is running; wait for it to finish")
        yield
    finally:
        os.close(fd)


def _with_progress(settings: Settings, keyring: Keyring, batch: int) -> tuple[int, ...]:
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=out
    ) as bar:
        task = bar.add_task("re-sealing", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return asyncio.run(rotate(settings, keyring, batch, advance))


async def rotate(
    settings: Settings,
    keyring: Keyring,
    batch: int,
    advance: Callable[[int, int], None],
    after_batch: Callable[[int], None] | None = None,
) -> tuple[int, ...]:
    """Re-seal under ``keyring``'s active key, then retire the others (store and file).

    ``after_batch(n)`` runs after each committed batch (the crash tests use it)."""
    store = await open_store(settings, keyring)
    try:
        await audit(store, "admin.keys.rotate")
        await store.activate_key()
        done = batches = 0
        for _ in range(MAX_PASSES):
            left = (await store.key_usage()).outside(keyring.active)
            if not left:
                break
            total = done + left
            advance(done, total)
            while count := await store.reseal(batch):
                done += count
                batches += 1
                advance(min(done, total), max(total, done))
                if after_batch is not None:
                    after_batch(batches)
        retired = await store.retire_keys()
        await audit(store, "admin.keys.retire")
    finally:
        await store.close()
    await asyncio.to_thread(keyring.retired().replace, settings.key_file)
    return retired


@keys_app.command("status")
def keys_status(data_dir: DataDir = None) -> None:
    """How many sealed values and files each key id seals, and which key is active."""
    settings = settings_for(data_dir)
    keyring = settings.keyring()

    async def usage(store: AdminStore) -> KeyUsage:
        return await store.key_usage()

    found = with_store(settings, usage)
    table = Table()
    for header in ("key id", "state", "sealed values", "sealed files"):
        table.add_column(header)
    for key_id in sorted(set(keyring.keys) | set(found.rows) | set(found.files)):
        state = (
            "active"
            if key_id == keyring.active
            else "retiring: run `cre-admin keys rotate`"
            if key_id in keyring.keys
            else "missing from the key file"
        )
        table.add_row(
            str(key_id), state, str(found.rows.get(key_id, 0)), str(found.files.get(key_id, 0))
        )
    out.print(table)
    source = "CRE_MASTER_KEY" if settings.master_key else str(settings.key_file)
    out.print(f"Keys from {source}.")
