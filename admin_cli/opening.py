"""The coordinator tool's composition root: the one place ``cre-admin`` names the
concrete store. Commands get an :class:`store.ports.AdminStore` from here."""

from __future__ import annotations

from pathlib import Path

from config.settings import Settings
from store.crypto import Keyring
from store.ports import AdminStore
from store.safekeeping import Progress, RestoreReport
from store.sqlite.backup import restore_backup
from store.sqlite.database import Database
from store.sqlite.migrations import MIGRATIONS
from store.sqlite.store import DB_NAME, SqliteStore

LATEST_SCHEMA = len(MIGRATIONS)
"""The schema version this CRE Bot writes."""


def database_path(settings: Settings) -> Path:
    return settings.data_dir / DB_NAME


async def open_store(
    settings: Settings, keyring: Keyring | None = None, *, new_key: bool = False
) -> AdminStore:
    """Open (creating or upgrading) the store; raises KeyProblem / SchemaTooNew /
    EmptyDatabase before writing anything. ``new_key``: the key file was just made."""
    return await SqliteStore.open(
        settings.data_dir, keyring or settings.keyring(), source=settings.keyring, new_key=new_key
    )


def restore(
    settings: Settings, archive: Path, keyring: Keyring, progress: Progress | None
) -> RestoreReport:
    """Restore a backup into the (empty) data dir, verified with ``keyring`` first."""
    return restore_backup(archive, settings.data_dir, DB_NAME, keyring, progress)


async def check_key(settings: Settings, keyring: Keyring) -> None:
    """Raise KeyProblem / SchemaTooNew unless ``keyring`` opens the database; writes
    nothing, so it answers on a full disk too."""
    await SqliteStore.check_key(settings.data_dir, keyring)


async def schema_version(settings: Settings) -> int:
    """The database's schema version, read without writing anything."""
    db = await Database.connect(database_path(settings), read_only=True)
    try:
        return await db.version()
    finally:
        await db.close()
