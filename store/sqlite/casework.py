"""A case's work record: facilitators' notes, the recorded agreement, and due jobs
(escalation reminders) that the due-runner runs exactly once."""

from __future__ import annotations

import uuid
from datetime import datetime

from store.crypto import aad
from store.sqlite.base import StoreBase, TxBase, iso


class CaseworkRepo(TxBase):
    """Notes, agreements and due jobs, inside the caller's transaction."""

    async def add_note(self, ref: str, author: int, text: str, now: datetime) -> None:
        uid = uuid.uuid4().hex
        await self.conn.execute(
            "INSERT INTO notes (uid, case_ref, author, body, created_at) VALUES (?, ?, ?, ?, ?)",
            (
                uid,
                ref,
                author,
                self.sealer.seal_text(text, aad("notes", "body", uid)),
                now.isoformat(),
            ),
        )

    async def notes(self, ref: str) -> list[str]:
        rows = await self._all("SELECT uid, body FROM notes WHERE case_ref = ? ORDER BY id", (ref,))
        return [self.sealer.open_text(r["body"], aad("notes", "body", r["uid"])) for r in rows]

    async def save_agreement(
        self, ref: str, fields: dict[str, str], recorded_by: int, now: datetime
    ) -> None:
        await self.conn.execute(
            "INSERT INTO agreements (case_ref, body, recorded_by, recorded_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(case_ref) DO UPDATE SET body = excluded.body,"
            " recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
            (
                ref,
                self.sealer.seal_json(fields, aad("agreements", "body", ref)),
                recorded_by,
                now.isoformat(),
            ),
        )

    async def agreement(self, ref: str) -> dict[str, str] | None:
        row = await self._one("SELECT body FROM agreements WHERE case_ref = ?", (ref,))
        if row is None:
            return None
        opened = self.sealer.open_json(row["body"], aad("agreements", "body", ref))
        return {str(k): str(v) for k, v in opened.items()} if isinstance(opened, dict) else None

    async def schedule(self, kind: str, ref: str, due_at: datetime) -> None:
        await self.conn.execute(
            "INSERT OR IGNORE INTO due_jobs (kind, case_ref, due_at) VALUES (?, ?, ?)",
            (kind, ref, due_at.isoformat()),
        )

    async def finish_job(self, job: int, now: datetime) -> bool:
        """Mark a job done; False if it already was (the caller then does nothing)."""
        cursor = await self.conn.execute(
            "UPDATE due_jobs SET done_at = ? WHERE id = ? AND done_at IS NULL",
            (now.isoformat(), job),
        )
        return cursor.rowcount == 1


class DueQueries(StoreBase):
    """The due-runner's read of what is due."""

    async def due_jobs(self, now: datetime) -> list[tuple[int, str, str]]:
        rows = await self.db.read(
            "SELECT id, kind, case_ref FROM due_jobs WHERE done_at IS NULL AND due_at <= ?"
            " ORDER BY due_at, id LIMIT 50",
            (iso(now),),
        )
        return [(int(r["id"]), str(r["kind"]), str(r["case_ref"])) for r in rows]
