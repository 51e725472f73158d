"""A case's history for the workspace: notes with author and date, invitations, the
agreement and its confirmations, and the messages relayed about the case (sealed)."""

from __future__ import annotations

import uuid
from datetime import datetime

from flows.workspace.record import (
    AgreementView,
    CaseHistory,
    InvitationView,
    MessageView,
    NoteView,
)
from store.crypto import aad
from store.sqlite.base import TxBase, iso


class CaseHistoryRepo(TxBase):
    """Inside the caller's transaction. Erasure of the requester removes all of it."""

    async def add_case_message(
        self, ref: str, direction: str, text: str, with_file: bool, now: datetime
    ) -> None:
        uid = uuid.uuid4().hex
        await self.conn.execute(
            "INSERT INTO case_messages (uid, case_ref, direction, body, with_file, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                uid,
                ref,
                direction,
                self.sealer.seal_text(text, aad("case_messages", "body", uid)),
                int(with_file),
                iso(now),
            ),
        )

    async def answer_agreement(self, ref: str, party: str, agreed: bool, now: datetime) -> None:
        await self.conn.execute(
            "INSERT INTO agreement_answers (case_ref, party, agreed, answered_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(case_ref, party) DO UPDATE SET"
            " agreed = excluded.agreed, answered_at = excluded.answered_at",
            (ref, party, int(agreed), iso(now)),
        )

    async def collaborator_contact(self, collaborator: int) -> str | None:
        row = await self._one("SELECT contact FROM collaborators WHERE id = ?", (collaborator,))
        if row is None or row["contact"] is None:
            return None
        return self.sealer.open_text(row["contact"], aad("collaborators", "contact", collaborator))

    async def case_history(self, ref: str) -> CaseHistory:
        return CaseHistory(
            notes=await self._notes(ref),
            invitations=await self._invitations(ref),
            messages=await self._messages(ref),
            agreement=await self._agreement(ref),
        )

    async def _notes(self, ref: str) -> tuple[NoteView, ...]:
        rows = await self._all(
            "SELECT uid, author, body, created_at FROM notes WHERE case_ref = ? ORDER BY id",
            (ref,),
        )
        return tuple(
            NoteView(
                int(r["author"]),
                str(r["created_at"]),
                self.sealer.open_text(r["body"], aad("notes", "body", r["uid"])),
            )
            for r in rows
        )

    async def _invitations(self, ref: str) -> tuple[InvitationView, ...]:
        rows = await self._all(
            "SELECT i.collaborator, i.status, i.created_at, c.name FROM invitations i"
            " JOIN collaborators c ON c.id = i.collaborator WHERE i.case_ref = ? ORDER BY i.id",
            (ref,),
        )
        return tuple(
            InvitationView(
                int(r["collaborator"]),
                self.sealer.open_text(r["name"], aad("collaborators", "name", r["collaborator"])),
                str(r["status"]),
                str(r["created_at"]),
            )
            for r in rows
        )

    async def _messages(self, ref: str) -> tuple[MessageView, ...]:
        rows = await self._all(
            "SELECT uid, direction, body, with_file, created_at FROM case_messages"
            " WHERE case_ref = ? ORDER BY id",
            (ref,),
        )
        return tuple(
            MessageView(
                str(r["direction"]),
                str(r["created_at"]),
                self.sealer.open_text(r["body"], aad("case_messages", "body", r["uid"])),
                bool(r["with_file"]),
            )
            for r in rows
        )

    async def _agreement(self, ref: str) -> AgreementView | None:
        row = await self._one(
            "SELECT body, recorded_by, recorded_at FROM agreements WHERE case_ref = ?", (ref,)
        )
        if row is None:
            return None
        opened = self.sealer.open_json(row["body"], aad("agreements", "body", ref))
        fields = {str(k): str(v) for k, v in opened.items()} if isinstance(opened, dict) else {}
        answers = await self._all(
            "SELECT party, agreed FROM agreement_answers WHERE case_ref = ? AND answered_at >= ?",
            (ref, row["recorded_at"]),
        )
        return AgreementView(
            fields,
            int(row["recorded_by"]),
            str(row["recorded_at"]),
            {str(a["party"]): bool(a["agreed"]) for a in answers},
        )
