"""File rows and their sealed bytes in the file area; a file appears or disappears with
its transaction (see :mod:`store.files`)."""

from __future__ import annotations

import asyncio
from datetime import datetime

from flows.core.messages import Attachment
from store.crypto import aad
from store.sqlite.base import TxBase, iso


class FilesRepo(TxBase):
    """Stored files, inside the caller's transaction."""

    async def save_file(
        self,
        person: str,
        file_id: str,
        attachment: Attachment,
        now: datetime,
        case_ref: str | None = None,
    ) -> None:
        """The sealed file gets its final name only once this transaction commits."""
        data = attachment.data or b""
        sealed = self.sealer.seal(data, aad("files", "data", file_id))
        await self.files.write(file_id, sealed)
        meta = {"mime": attachment.mime, "size": len(data), "name": attachment.name}
        await self.conn.execute(
            "INSERT INTO files (id, owner, kind, meta, created_at, case_ref)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                file_id,
                person,
                attachment.kind.value,
                self.sealer.seal_json(meta, aad("files", "meta", file_id)),
                iso(now),
                case_ref,
            ),
        )

    async def file_usage(self, person: str, since: datetime) -> tuple[int, int]:
        rows = await self._all(
            "SELECT id, meta FROM files WHERE owner = ? AND created_at >= ?", (person, iso(since))
        )
        total = 0
        for row in rows:
            meta = self.sealer.open_json(row["meta"], aad("files", "meta", row["id"]))
            if isinstance(meta, dict):
                total += int(meta.get("size") or 0)
        return len(rows), total

    async def read_file(self, file_id: str) -> bytes:
        sealed = await asyncio.to_thread(self.files.area.read, file_id)
        return self.sealer.open(sealed, aad("files", "data", file_id))

    async def discard_files(self, file_ids: tuple[str, ...]) -> None:
        """Delete the rows now and the sealed files once this transaction commits."""
        for file_id in file_ids:
            await self.conn.execute("DELETE FROM files WHERE id = ?", (file_id,))
            self.files.delete(file_id)
