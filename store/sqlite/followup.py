"""Follow-up prompts, answers, items, evaluation meeting notes and people's choices.

The prompts table is the schedule's source of truth: one row per occurrence,
unique by key, moved from state to state inside the due-runner's
transaction. Answers and meeting notes are sealed; items and prompt rows
hold only what the schedule filters on (state, times, a ``question:answer``
kind), so erasing a person removes every pending prompt and every answer
and leaves only anonymous counts.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

import aiosqlite

from flows.followup.records import AnswerSet, Item, Plan, Prefs, Prompt
from store.crypto import aad
from store.sqlite.base import StoreBase, TxBase, iso

_PROMPT = (
    "SELECT id, key, kind, case_ref, person, slot, state, due_at, sent_at, reminded_at,"
    " answered_at FROM followup_prompts"
)


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _prompt(r: aiosqlite.Row) -> Prompt:
    return Prompt(
        int(r["id"]),
        str(r["key"]),
        str(r["kind"]),
        str(r["case_ref"]),
        str(r["person"]),
        int(r["slot"]),
        str(r["state"]),
        _when(r["due_at"]),
        _when(r["sent_at"]),
        _when(r["reminded_at"]),
        _when(r["answered_at"]),
    )


class FollowupRepo(TxBase):
    """Inside the caller's transaction."""

    async def followup_plan(self, ref: str) -> Plan | None:
        r = await self._one("SELECT * FROM followup_plans WHERE case_ref = ?", (ref,))
        if r is None:
            return None
        return Plan(
            ref,
            int(r["cadence_days"]),
            _when(r["starts_at"]) or datetime.min,
            _when(r["ends_at"]) or datetime.min,
        )

    async def save_followup_plan(self, plan: Plan, now: datetime) -> None:
        await self.conn.execute(
            "INSERT INTO followup_plans (case_ref, cadence_days, starts_at, ends_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(case_ref) DO UPDATE SET"
            " cadence_days = excluded.cadence_days, starts_at = excluded.starts_at,"
            " ends_at = excluded.ends_at, updated_at = excluded.updated_at",
            (plan.ref, plan.cadence_days, iso(plan.starts_at), iso(plan.ends_at), iso(now)),
        )

    async def add_prompt(
        self, key: str, kind: str, ref: str, person: str, slot: int, due_at: datetime
    ) -> bool:
        """False if this occurrence already exists (whatever its state): never twice."""
        cursor = await self.conn.execute(
            "INSERT OR IGNORE INTO followup_prompts (key, kind, case_ref, person, slot, state,"
            " due_at) VALUES (?, ?, ?, ?, ?, 'due', ?)",
            (key, kind, ref, person, slot, iso(due_at)),
        )
        return cursor.rowcount == 1

    async def prompt(self, prompt_id: int) -> Prompt | None:
        r = await self._one(f"{_PROMPT} WHERE id = ?", (prompt_id,))
        return None if r is None else _prompt(r)

    async def update_prompt(
        self, prompt_id: int, state: str, due_at: datetime | None, now: datetime
    ) -> None:
        stamp = iso(now)
        await self.conn.execute(
            "UPDATE followup_prompts SET state = ?, due_at = ?,"
            " sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END,"
            " reminded_at = CASE WHEN ? = 'reminded' THEN ? ELSE reminded_at END,"
            " answered_at = CASE WHEN ? = 'answered' THEN ? ELSE answered_at END"
            " WHERE id = ?",
            (
                state,
                iso(due_at) if due_at else None,
                state,
                stamp,
                state,
                stamp,
                state,
                stamp,
                prompt_id,
            ),
        )

    async def defer_prompt(self, prompt_id: int, due_at: datetime) -> None:
        await self.conn.execute(
            "UPDATE followup_prompts SET due_at = ? WHERE id = ?", (iso(due_at), prompt_id)
        )

    async def prompts_of_case(self, ref: str) -> list[Prompt]:
        rows = await self._all(f"{_PROMPT} WHERE case_ref = ? ORDER BY id", (ref,))
        return [_prompt(r) for r in rows]

    async def prompt_times(self, person: str, since: datetime) -> list[datetime]:
        """When the person was sent a prompt or a reminder since ``since``, any case."""
        rows = await self._all(
            "SELECT sent_at AS at FROM followup_prompts WHERE person = ? AND sent_at > ?"
            " UNION ALL SELECT reminded_at FROM followup_prompts"
            " WHERE person = ? AND reminded_at > ?",
            (person, iso(since), person, iso(since)),
        )
        return sorted(datetime.fromisoformat(r["at"]) for r in rows)

    async def awaiting_prompt(self, ref: str, person: str, kind: str) -> Prompt | None:
        """The latest prompt of ``kind`` sent to the person about ``ref`` and not answered."""
        r = await self._one(
            f"{_PROMPT} WHERE case_ref = ? AND person = ? AND kind = ?"
            " AND state IN ('sent', 'reminded', 'unanswered') ORDER BY id DESC LIMIT 1",
            (ref, person, kind),
        )
        return None if r is None else _prompt(r)

    async def end_prompts(self, ref: str, kinds: tuple[str, ...], now: datetime) -> int:
        """Prompts of ``kinds`` not yet sent on ``ref`` will never be: the case moved on."""
        cursor = await self.conn.execute(
            "UPDATE followup_prompts SET state = 'ended', due_at = NULL WHERE case_ref = ?"
            " AND state = 'due' AND kind IN (SELECT value FROM json_each(?))",
            (ref, json.dumps(list(kinds))),
        )
        return cursor.rowcount

    async def save_followup_answers(
        self, prompt: Prompt, flow: str, answers: dict[str, Any], now: datetime
    ) -> None:
        where = aad("followup_answers", "body", f"{prompt.id}:{flow}")
        await self.conn.execute(
            "INSERT OR REPLACE INTO followup_answers (prompt, flow, case_ref, person, body,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                prompt.id,
                flow,
                prompt.ref,
                prompt.person,
                self.sealer.seal_json(answers, where),
                iso(now),
            ),
        )

    async def followup_answers(self, ref: str) -> list[AnswerSet]:
        rows = await self._all(
            "SELECT prompt, flow, person, body, created_at FROM followup_answers"
            " WHERE case_ref = ? ORDER BY created_at, prompt",
            (ref,),
        )
        found = []
        for r in rows:
            where = aad("followup_answers", "body", f"{r['prompt']}:{r['flow']}")
            opened = self.sealer.open_json(r["body"], where)
            answers = dict(opened) if isinstance(opened, dict) else {}
            found.append(
                AnswerSet(
                    int(r["prompt"]),
                    str(r["person"]),
                    str(r["flow"]),
                    answers,
                    _when(r["created_at"]),
                )
            )
        return found

    async def followup_prefs(self, person: str) -> Prefs:
        r = await self._one("SELECT * FROM followup_prefs WHERE person = ?", (person,))
        if r is None:
            return Prefs(person)
        return Prefs(person, r["zone"], _when(r["paused_until"]), bool(r["stopped"]))

    async def home_country(self, person: str) -> str | None:
        r = await self._one(
            "SELECT country FROM cases WHERE requester = ? AND country IS NOT NULL"
            " ORDER BY id LIMIT 1",
            (person,),
        )
        return str(r["country"]) if r is not None else None

    async def save_followup_prefs(self, prefs: Prefs) -> None:
        await self.conn.execute(
            "INSERT OR REPLACE INTO followup_prefs (person, zone, paused_until, stopped)"
            " VALUES (?, ?, ?, ?)",
            (
                prefs.person,
                prefs.zone,
                iso(prefs.paused_until) if prefs.paused_until else None,
                int(prefs.stopped),
            ),
        )

    async def add_followup_item(
        self, ref: str, prompt: int | None, kind: str, now: datetime
    ) -> int:
        cursor = await self.conn.execute(
            "INSERT INTO followup_items (case_ref, prompt, kind, created_at) VALUES (?, ?, ?, ?)",
            (ref, prompt, kind[:60], iso(now)),
        )
        return int(cursor.lastrowid or 0)

    async def followup_items(self, ref: str) -> list[Item]:
        rows = await self._all(
            "SELECT id, kind, created_at, closed_at FROM followup_items WHERE case_ref = ?"
            " ORDER BY id",
            (ref,),
        )
        return [
            Item(
                int(r["id"]),
                ref,
                str(r["kind"]),
                _when(r["created_at"]) or datetime.min,
                _when(r["closed_at"]),
            )
            for r in rows
        ]

    async def close_followup_item(self, ref: str, item: int, now: datetime) -> bool:
        cursor = await self.conn.execute(
            "UPDATE followup_items SET closed_at = ? WHERE id = ? AND case_ref = ?"
            " AND closed_at IS NULL",
            (iso(now), item, ref),
        )
        return cursor.rowcount == 1

    async def add_meeting_notes(self, ref: str, author: int, text: str, now: datetime) -> None:
        uid = uuid.uuid4().hex
        await self.conn.execute(
            "INSERT INTO followup_meetings (uid, case_ref, author, body, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                uid,
                ref,
                author,
                self.sealer.seal_text(text, aad("followup_meetings", "body", uid)),
                iso(now),
            ),
        )

    async def meeting_notes(self, ref: str) -> list[str]:
        rows = await self._all(
            "SELECT uid, body FROM followup_meetings WHERE case_ref = ? ORDER BY id", (ref,)
        )
        return [
            self.sealer.open_text(r["body"], aad("followup_meetings", "body", r["uid"]))
            for r in rows
        ]

    async def forget_followup(self, person: str | None, refs: list[str]) -> None:
        """Erasure: the person's prompts, choices and answers (``None``: nobody's), and
        everything personal about the cases ``refs`` (everyone's answers and the meeting
        notes on them).

        Items keep only their kind and dates (anonymous counts for the report)."""
        if person is not None:
            await self.conn.execute("DELETE FROM followup_prompts WHERE person = ?", (person,))
            await self.conn.execute("DELETE FROM followup_answers WHERE person = ?", (person,))
            await self.conn.execute("DELETE FROM followup_prefs WHERE person = ?", (person,))
        for ref in refs:
            await self.conn.execute(
                "UPDATE followup_prompts SET state = 'ended', due_at = NULL"
                " WHERE case_ref = ? AND state IN ('due', 'reminded', 'sent')",
                (ref,),
            )
            await self.conn.execute("DELETE FROM followup_answers WHERE case_ref = ?", (ref,))
            await self.conn.execute("DELETE FROM followup_meetings WHERE case_ref = ?", (ref,))
            await self.conn.execute(
                "UPDATE followup_items SET prompt = NULL WHERE case_ref = ?", (ref,)
            )


class FollowupQueries(StoreBase):
    """The due-runner's read of what is due, outside any transaction."""

    async def followup_due(self, now: datetime, limit: int = 200) -> list[int]:
        rows = await self.db.read(
            "SELECT id FROM followup_prompts WHERE state IN ('due', 'reminded', 'sent')"
            " AND due_at <= ?"
            " ORDER BY due_at, id LIMIT ?",
            (iso(now), limit),
        )
        return [int(r["id"]) for r in rows]

    async def followup_pending(self) -> int:
        rows = await self.db.read(
            "SELECT COUNT(*) AS n FROM followup_prompts WHERE state IN ('due', 'reminded', 'sent')"
        )
        return int(rows[0]["n"])
