"""Forgetting a person: only anonymous counts of their cases remain."""

from __future__ import annotations

from datetime import datetime

from store.sqlite.base import iso
from store.sqlite.file_rows import FilesRepo
from store.sqlite.followup import FollowupRepo
from store.sqlite.funding import FundingRepo


class ErasureRepo(FilesRepo, FollowupRepo, FundingRepo):
    """Erasure, inside the caller's transaction."""

    async def forget_person(self, person: str, now: datetime) -> None:
        """Keep only anonymous counts (country, level, strategies, dates) for reporting."""
        refs = [
            r["ref"]
            for r in await self._all("SELECT ref FROM cases WHERE requester = ?", (person,))
        ]
        files = await self._all(  # theirs, and what facilitators sent them about their cases
            "SELECT id FROM files WHERE owner = ? OR case_ref IN"
            " (SELECT ref FROM cases WHERE requester = ?)",
            (person, person),
        )
        await self.discard_files(tuple(r["id"] for r in files))
        await self.forget_followup(person, refs)
        await self.forget_funding(refs)
        for ref in refs:
            await self.conn.execute("DELETE FROM notes WHERE case_ref = ?", (ref,))
            await self.conn.execute("DELETE FROM agreements WHERE case_ref = ?", (ref,))
            await self.conn.execute("DELETE FROM case_messages WHERE case_ref = ?", (ref,))
            await self.conn.execute("DELETE FROM agreement_answers WHERE case_ref = ?", (ref,))
            await self.conn.execute(
                "DELETE FROM due_jobs WHERE case_ref = ? AND done_at IS NULL", (ref,)
            )
        await self.conn.execute(
            "UPDATE cases SET requester = NULL, details = NULL, updated_at = ? WHERE requester = ?",
            (iso(now), person),
        )
        await self.conn.execute("DELETE FROM conversations WHERE pseudonym = ?", (person,))
        await self.conn.execute("DELETE FROM people WHERE pseudonym = ?", (person,))
        await self.conn.execute(
            "DELETE FROM outbox WHERE recipient = ? AND status = 'pending'", (person,)
        )
        await self.conn.execute("DELETE FROM inbox WHERE pseudonym = ?", (person,))
