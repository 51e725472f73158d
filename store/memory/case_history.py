"""In memory: a case's history for the workspace (see :mod:`store.sqlite.case_history`)."""

from __future__ import annotations

from datetime import datetime

from flows.workspace.record import (
    AgreementView,
    CaseHistory,
    InvitationView,
    MessageView,
    NoteView,
)
from store.memory.requesters import TablesBase


class CaseHistoryRows(TablesBase):
    async def add_case_message(
        self, ref: str, direction: str, text: str, with_file: bool, now: datetime
    ) -> None:
        self.t.case_messages.append(
            {
                "case_ref": ref,
                "direction": direction,
                "body": text,
                "with_file": with_file,
                "created_at": now.isoformat(),
            }
        )

    async def answer_agreement(self, ref: str, party: str, agreed: bool, now: datetime) -> None:
        self.t.agreement_answers[(ref, party)] = {"agreed": agreed, "at": now.isoformat()}

    async def collaborator_contact(self, collaborator: int) -> str | None:
        row = self.t.collaborators.get(collaborator)
        return None if row is None else row["contact"]

    async def case_history(self, ref: str) -> CaseHistory:
        notes = tuple(
            NoteView(n["author"], n.get("created_at", ""), n["body"])
            for n in self.t.notes
            if n["case_ref"] == ref
        )
        invitations = tuple(
            InvitationView(
                r["collaborator"],
                self.t.collaborators[r["collaborator"]]["name"],
                r["status"],
                r.get("created_at", ""),
            )
            for _, r in sorted(self.t.invitations.items())
            if r["case_ref"] == ref and r["collaborator"] in self.t.collaborators
        )
        messages = tuple(
            MessageView(m["direction"], m["created_at"], m["body"], m["with_file"])
            for m in self.t.case_messages
            if m["case_ref"] == ref
        )
        return CaseHistory(notes, invitations, messages, self._agreement_view(ref))

    def _agreement_view(self, ref: str) -> AgreementView | None:
        row = self.t.agreements.get(ref)
        if row is None:
            return None
        since = row.get("recorded_at", "")
        answers = {
            party: bool(a["agreed"])
            for (case_ref, party), a in self.t.agreement_answers.items()
            if case_ref == ref and a["at"] >= since
        }
        return AgreementView(dict(row["body"]), row["recorded_by"], since, answers)
