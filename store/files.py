"""Sealed files that follow their transaction.

Why: a file row and its sealed file must appear and disappear together. A
file is written under a temporary name (``<id>.sealed.tmp``, fsynced) inside
the transaction and renamed to ``<id>.sealed`` only after COMMIT; a deletion
is queued and carried out only after COMMIT; both renames and unlinks are made
durable by fsyncing the directory. A rollback removes the temporary files.

A crash between COMMIT and the rename or unlink leaves the directory behind
the database; :func:`repair`, run by ``SqliteStore.open`` while it holds the write
lock, finishes that work: a temporary file whose row exists is renamed, any
file whose row does not exist (a rolled-back write, a committed deletion) is
removed. Holding the write lock matters: no other process can be between its
write and its COMMIT at that moment, so a temporary file without a row is an
orphan, never someone's write in flight.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

FINAL = ".sealed"
TEMP = ".sealed.tmp"
log = logging.getLogger("cre.store.files")


class FileArea:
    """Where sealed files live: ``<data dir>/files``, mode 0700, files 0600."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def final(self, file_id: str) -> Path:
        return self.root / f"{_checked(file_id)}{FINAL}"

    def temp(self, file_id: str) -> Path:
        return self.root / f"{_checked(file_id)}{TEMP}"

    def read(self, file_id: str) -> bytes:
        """The sealed bytes; the temporary name still counts when a rename is pending."""
        try:
            return self.final(file_id).read_bytes()
        except FileNotFoundError:
            return self.temp(file_id).read_bytes()

    def write_temp(self, file_id: str, sealed: bytes) -> None:
        """Write the temporary file only its owner can read, and fsync it."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.temp(file_id), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())

    def publish(self, file_id: str) -> None:
        """Rename the temporary file to its final name (already done is fine)."""
        try:
            os.replace(self.temp(file_id), self.final(file_id))
        except FileNotFoundError:
            if not self.final(file_id).exists():
                raise

    def remove(self, file_id: str) -> None:
        self.final(file_id).unlink(missing_ok=True)
        self.temp(file_id).unlink(missing_ok=True)

    def sync(self) -> None:
        """fsync the directory so renames and unlinks survive a power cut."""
        if not self.root.is_dir():
            return
        fd = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def listing(self) -> tuple[set[str], set[str]]:
        """(ids with a final file, ids with a temporary file)."""
        finals: set[str] = set()
        temps: set[str] = set()
        if not self.root.is_dir():
            return finals, temps
        for entry in self.root.iterdir():
            name = entry.name
            if name.endswith(TEMP) and name.removesuffix(TEMP).isalnum():
                temps.add(name.removesuffix(TEMP))
            elif name.endswith(FINAL) and name.removesuffix(FINAL).isalnum():
                finals.add(name.removesuffix(FINAL))
        return finals, temps


def _checked(file_id: str) -> str:
    if not file_id.isalnum():
        raise ValueError("file ids are alphanumeric")
    return file_id


@dataclass
class FileEffects:
    """The file work of one transaction (see :class:`store.sqlite.database.Effects`)."""

    area: FileArea
    steps: list[tuple[bool, str]] = field(default_factory=list)
    """(True: publish / False: remove, file id), in the order the transaction asked."""

    async def write(self, file_id: str, sealed: bytes) -> None:
        self.steps.append((True, file_id))  # first: a half-written temp file is cleaned up too
        await asyncio.to_thread(self.area.write_temp, file_id, sealed)

    def delete(self, file_id: str) -> None:
        self.steps.append((False, file_id))

    async def committed(self) -> None:
        if not self.steps:
            return
        try:
            await asyncio.to_thread(self._finish)
        except OSError as exc:
            # Committed data stays committed: the next SqliteStore.open finishes the rest.
            log.warning(
                "files.finish_failed",
                extra={"fields": {"event": "files.finish_failed", "error": type(exc).__name__}},
            )
        self.steps.clear()

    async def abandoned(self) -> None:
        written = [file_id for publish, file_id in self.steps if publish]
        self.steps.clear()
        if written:
            with contextlib.suppress(OSError):
                await asyncio.to_thread(_unlink_temps, self.area, written)

    def _finish(self) -> None:
        for publish, file_id in self.steps:
            if publish:
                self.area.publish(file_id)
            else:
                self.area.remove(file_id)
        self.area.sync()


def _unlink_temps(area: FileArea, file_ids: Iterable[str]) -> None:
    for file_id in file_ids:
        area.temp(file_id).unlink(missing_ok=True)
    area.sync()


@dataclass(frozen=True, slots=True)
class Repaired:
    published: int
    removed: int


def repair(area: FileArea, known: set[str]) -> Repaired:
    """Bring the directory in line with the committed rows ``known`` (call under the
    write lock): publish pending renames, remove files no row refers to."""
    finals, temps = area.listing()
    published = removed = 0
    for file_id in temps:
        if file_id in known and file_id not in finals:
            area.publish(file_id)
            published += 1
        else:
            area.temp(file_id).unlink(missing_ok=True)
            removed += 1
    for file_id in finals - known:
        area.final(file_id).unlink(missing_ok=True)
        removed += 1
    if published or removed:
        area.sync()
    return Repaired(published, removed)
