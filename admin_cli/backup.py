"""``cre-admin backup FILE`` and ``cre-admin restore FILE``.

A backup is one archive: a consistent snapshot of the database taken while the
bot runs, and the sealed files, all still sealed; the key is never in it (keep
the key file apart: the two together open everything). Each is verified before
it gets its name. A restore goes into an empty data directory only, with the
key, and puts nothing in place until every sealed value in it has opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from admin_cli.common import DataDir, audit, out, settings_for, with_store
from admin_cli.opening import restore as restore_into
from store.ports import AdminStore
from store.safekeeping import BackupReport

backup_app = typer.Typer()
Archive = Annotated[Path, typer.Argument(help="The backup archive file.")]
PHASES = {
    "database": "copying the database",
    "files": "copying sealed files",
    "verify": "opening every sealed value",
    "unpack": "unpacking",
}


class _Bar:
    """One progress bar per phase, for :data:`store.safekeeping.Progress`."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, object] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase not in self.tasks:
            self.tasks[phase] = self.progress.add_task(PHASES.get(phase, phase), total=total)
        task = self.tasks[phase]
        self.progress.update(task, completed=done, total=max(total, done))  # type: ignore[arg-type]


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=out
    )


@backup_app.command("backup")
def backup(target: Archive, data_dir: DataDir = None) -> None:
    """Back up the database and sealed files (still sealed, without the key) to FILE."""
    settings = settings_for(data_dir)

    async def work(store: AdminStore) -> BackupReport:
        with _progress() as bar:
            report = await store.backup(target, _Bar(bar))
        await audit(store, "admin.backup")
        return report

    report = with_store(settings, work)
    erased = (
        f" ({report.erased_during_backup} files erased during the backup left out)"
        if report.erased_during_backup
        else ""
    )
    out.print(
        f"Backed up to {target}: database {report.database_bytes // 1024} KiB, "
        f"{report.files} sealed files{erased}. Verified: integrity ok, every sealed value "
        f"opens with key id(s) {', '.join(map(str, report.key_ids)) or '-'}. The key file "
        f"is not in the backup: keep {settings.key_file} somewhere else."
    )


@backup_app.command("restore")
def restore(archive: Archive, data_dir: DataDir = None) -> None:
    """Restore a backup into an empty data directory, with the key it was made with."""
    settings = settings_for(data_dir)
    keyring = settings.keyring()
    with _progress() as bar:
        report = restore_into(settings, archive, keyring, _Bar(bar))
    with_store(settings, lambda store: audit(store, "admin.restore"))
    out.print(
        f"Restored {archive} into {settings.data_dir}: {report.rows_opened} sealed values and "
        f"{report.files_opened} sealed files opened with the key; integrity ok. "
        "Start cre-bot when ready."
    )
