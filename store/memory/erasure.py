"""In memory: forgetting a person, erasing cases' personal data, and the purges (see
:mod:`store.sqlite.erasure` for the contract each mirrors)."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta

from flows.core import lifecycle
from flows.workspace.forgetting import without_cases
from store.memory.tables import Tables
from store.records import RetentionResult
from store.sqlite.erasure import ERASED_ACTOR, month


class ErasureRows:
    t: Tables

    async def discard_files(self, file_ids: tuple[str, ...]) -> None:
        for file_id in file_ids:
            self.t.files.pop(file_id, None)

    async def forget_person(self, person: str, now: datetime) -> None:
        refs = [c["ref"] for c in self.t.cases.values() if c["requester"] == person]
        await self.erase_cases(refs, now)
        await self._erase_person(person, now, "person.forgotten")

    async def erase_cases(self, refs: Iterable[str], now: datetime) -> None:
        gone = set(refs)
        if not gone:
            return
        await self.discard_files(tuple(i for i, f in self.t.files.items() if f["case_ref"] in gone))
        self.t.notes = [n for n in self.t.notes if n["case_ref"] not in gone]
        self.t.case_messages = [m for m in self.t.case_messages if m["case_ref"] not in gone]
        self.t.agreement_answers = {
            k: a for k, a in self.t.agreement_answers.items() if k[0] not in gone
        }
        await self.forget_followup(None, sorted(gone))  # type: ignore[attr-defined]
        await self._forget_funding(sorted(gone))  # type: ignore[attr-defined]
        for ref in gone:
            agreement = self.t.agreements.pop(ref, None)
            case = self.t.cases[ref]
            if agreement is not None and isinstance(agreement.get("body"), dict):
                case["budget_band"] = agreement["body"].get("band")
            requester = case["requester"]
            if requester:
                erased = _erased_id()
                for row in self.t.audit:
                    if row["actor"] == requester[:8] and row["case_ref"] == ref:
                        row["actor"] = erased
            case.update(
                requester=None,
                details=None,
                created_at=month(case["created_at"]),
                updated_at=month(case["updated_at"]),
                erased_at=month(now),
            )
        self.t.due_jobs = {
            i: j
            for i, j in self.t.due_jobs.items()
            if not (j["case_ref"] in gone and j["done_at"] is None)
        }
        self.t.outbox = {
            i: r
            for i, r in self.t.outbox.items()
            if not (r["status"] == "pending" and _about(r["message"], gone))
        }
        for person in self.t.facilitators:
            state = self.t.conversations.get(person)
            if state is not None:
                state["desk"] = without_cases(state.get("desk") or {}, gone)

    async def _erase_person(self, person: str, now: datetime, kind: str) -> None:
        channel = self.t.people.get(person, {}).get("channel")
        for file_id in [i for i, f in self.t.files.items() if f["owner"] == person]:
            self.t.files.pop(file_id)
        for case in self.t.cases.values():
            if case["requester"] == person:
                case["requester"] = None
        await self.forget_followup(person, [])  # type: ignore[attr-defined]
        self.t.conversations.pop(person, None)
        self.t.people.pop(person, None)
        self.t.outbox = {i: r for i, r in self.t.outbox.items() if r["recipient"] != person}
        self.t.inbox = {i: r for i, r in self.t.inbox.items() if r["person"] != person}
        erased = _erased_id()
        for row in self.t.audit:
            if row["actor"] == person[:8]:
                row["actor"] = erased
        key = (kind, str(getattr(channel, "value", channel or "")), now.isoformat()[:7])
        self.t.privacy_counts[key] = self.t.privacy_counts.get(key, 0) + 1

    async def purge_unconsented(self, now: datetime, after: timedelta) -> int:
        cutoff = (now - after).isoformat()
        keep = set(self.t.facilitators) | {c.get("person") for c in self.t.collaborators.values()}
        keep |= {c["requester"] for c in self.t.cases.values()}
        keep |= {m["person"] for m in self.t.funding.members.values()}
        keep |= {r["person"] for r in self.t.inbox.values()}
        dropped = 0
        for person, row in list(self.t.people.items()):
            state = self.t.conversations.get(person) or {}
            if row["seen_at"] < cutoff and person not in keep and not state.get("consented_at"):
                await self._erase_person(person, now, "unconsented.dropped")
                dropped += 1
        return dropped

    async def purge_retention(
        self, now: datetime, after: timedelta, dry_run: bool
    ) -> RetentionResult:
        cutoff = (now - after).isoformat()
        cases = [
            c
            for c in self.t.cases.values()
            if c.get("erased_at") is None
            and c["status"] in lifecycle.FINAL
            and c["updated_at"] < cutoff
        ]
        refs = tuple(c["ref"] for c in cases)
        files = sum(1 for f in self.t.files.values() if f["case_ref"] in refs)
        leaving = sorted(
            person
            for person in {c["requester"] for c in cases if c["requester"]}
            if not any(
                c["requester"] == person and c["ref"] not in refs for c in self.t.cases.values()
            )
            and self.t.people.get(person, {}).get("seen_at", "") < cutoff
        )
        if not dry_run:
            await self.erase_cases(refs, now)
            for person in leaving:
                await self._erase_person(person, now, "retention.forgotten")
            key = ("retention.case", "", now.isoformat()[:7])
            if refs:
                self.t.privacy_counts[key] = self.t.privacy_counts.get(key, 0) + len(refs)
        return RetentionResult(refs, len(leaving), files)


def _about(message: object, refs: set[str]) -> bool:
    args = message.get("args") if isinstance(message, dict) else None
    return isinstance(args, dict) and args.get("ref") in refs


def _erased_id() -> str:
    return f"{ERASED_ACTOR}:{secrets.token_hex(4)}"


class PurgeQueries:
    """Each purge in its own transaction, as on SQLite."""

    def transaction(self) -> AbstractAsyncContextManager[ErasureRows]:
        raise NotImplementedError

    async def purge_unconsented(self, now: datetime, after: timedelta) -> int:
        async with self.transaction() as tx:
            return await tx.purge_unconsented(now, after)

    async def purge_retention(
        self, now: datetime, after: timedelta, dry_run: bool = False
    ) -> RetentionResult:
        async with self.transaction() as tx:
            return await tx.purge_retention(now, after, dry_run)

    async def privacy_counts(self) -> list[tuple[str, str, str, int]]:
        async with self.transaction() as tx:
            counts = dict(tx.t.privacy_counts)
        return sorted(
            ((k, c, m, n) for (k, c, m), n in counts.items()), key=lambda r: (r[2], r[0], r[1])
        )
