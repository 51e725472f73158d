"""In memory: follow-up prompts, answers, items, meeting notes and choices
(see :mod:`store.sqlite.followup` for the contract each mirrors)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from flows.followup.records import ACTIVE, AnswerSet, Item, Plan, Prefs, Prompt
from store.memory.requesters import TablesBase


@dataclass
class FollowupTables:
    plans: dict[str, Plan] = field(default_factory=dict)
    prompts: dict[int, Prompt] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    answers: dict[tuple[int, str], AnswerSet] = field(default_factory=dict)
    answer_refs: dict[tuple[int, str], str] = field(default_factory=dict)
    items: dict[int, Item] = field(default_factory=dict)
    meetings: list[tuple[str, str]] = field(default_factory=list)
    prefs: dict[str, Prefs] = field(default_factory=dict)


class FollowupRows(TablesBase):
    @property
    def _f(self) -> FollowupTables:
        return self.t.followup

    async def followup_plan(self, ref: str) -> Plan | None:
        return self._f.plans.get(ref)

    async def save_followup_plan(self, plan: Plan, now: datetime) -> None:
        self._f.plans[plan.ref] = plan

    async def add_prompt(
        self, key: str, kind: str, ref: str, person: str, slot: int, due_at: datetime
    ) -> bool:
        if key in self._f.keys:
            return False
        self._f.keys.add(key)
        number = self.t.next_id("followup_prompts")
        self._f.prompts[number] = Prompt(number, key, kind, ref, person, slot, "due", due_at)
        return True

    async def prompt(self, prompt_id: int) -> Prompt | None:
        return self._f.prompts.get(prompt_id)

    async def update_prompt(
        self, prompt_id: int, state: str, due_at: datetime | None, now: datetime
    ) -> None:
        found = self._f.prompts.get(prompt_id)
        if found is None:
            return
        changed = replace(found, state=state, due_at=due_at)
        if state == "sent":
            changed = replace(changed, sent_at=now)
        elif state == "reminded":
            changed = replace(changed, reminded_at=now)
        elif state == "answered":
            changed = replace(changed, answered_at=now)
        self._f.prompts[prompt_id] = changed

    async def defer_prompt(self, prompt_id: int, due_at: datetime) -> None:
        found = self._f.prompts.get(prompt_id)
        if found is not None:
            self._f.prompts[prompt_id] = replace(found, due_at=due_at)

    async def prompts_of_case(self, ref: str) -> list[Prompt]:
        return [p for _, p in sorted(self._f.prompts.items()) if p.ref == ref]

    async def prompt_times(self, person: str, since: datetime) -> list[datetime]:
        return sorted(
            t
            for p in self._f.prompts.values()
            if p.person == person
            for t in (p.sent_at, p.reminded_at)
            if t is not None and t > since
        )

    async def awaiting_prompt(self, ref: str, person: str, kind: str) -> Prompt | None:
        found = [
            p
            for _, p in sorted(self._f.prompts.items())
            if (p.ref, p.person, p.kind) == (ref, person, kind)
            and p.state in ("sent", "reminded", "unanswered")
        ]
        return found[-1] if found else None

    async def end_prompts(self, ref: str, kinds: tuple[str, ...], now: datetime) -> int:
        ended = [
            i
            for i, p in self._f.prompts.items()
            if p.ref == ref and p.state == "due" and p.kind in kinds
        ]
        for i in ended:
            self._f.prompts[i] = replace(self._f.prompts[i], state="ended", due_at=None)
        return len(ended)

    async def save_followup_answers(
        self, prompt: Prompt, flow: str, answers: dict[str, Any], now: datetime
    ) -> None:
        self._f.answers[(prompt.id, flow)] = AnswerSet(
            prompt.id, prompt.person, flow, copy.deepcopy(answers), now
        )
        self._f.answer_refs[(prompt.id, flow)] = prompt.ref

    @property
    def _refs(self) -> dict[tuple[int, str], str]:
        return self._f.answer_refs

    async def followup_answers(self, ref: str) -> list[AnswerSet]:
        found = [a for k, a in self._f.answers.items() if self._refs.get(k) == ref]
        return sorted(found, key=lambda a: (a.at or datetime.min, a.prompt))

    async def followup_prefs(self, person: str) -> Prefs:
        return self._f.prefs.get(person, Prefs(person))

    async def home_country(self, person: str) -> str | None:
        countries = [
            c["country"] for c in self.t.cases.values() if c["requester"] == person and c["country"]
        ]
        return str(countries[0]) if countries else None

    async def save_followup_prefs(self, prefs: Prefs) -> None:
        self._f.prefs[prefs.person] = prefs

    async def add_followup_item(
        self, ref: str, prompt: int | None, kind: str, now: datetime
    ) -> int:
        number = self.t.next_id("followup_items")
        self._f.items[number] = Item(number, ref, kind[:60], now)
        return number

    async def followup_items(self, ref: str) -> list[Item]:
        return [i for _, i in sorted(self._f.items.items()) if i.ref == ref]

    async def close_followup_item(self, ref: str, item: int, now: datetime) -> bool:
        found = self._f.items.get(item)
        if found is None or found.ref != ref or found.closed_at is not None:
            return False
        self._f.items[item] = replace(found, closed_at=now)
        return True

    async def add_meeting_notes(self, ref: str, author: int, text: str, now: datetime) -> None:
        self._f.meetings.append((ref, text))

    async def meeting_notes(self, ref: str) -> list[str]:
        return [text for r, text in self._f.meetings if r == ref]

    async def forget_followup(self, person: str | None, refs: list[str]) -> None:
        f = self._f
        if person is not None:
            f.prompts = {i: p for i, p in f.prompts.items() if p.person != person}
            f.prefs.pop(person, None)
        for i, p in list(f.prompts.items()):
            if p.ref in refs and p.state in ACTIVE:
                f.prompts[i] = replace(p, state="ended", due_at=None)
        f.answers = {
            k: a
            for k, a in f.answers.items()
            if a.person != person and self._refs.get(k) not in refs
        }
        f.meetings = [(r, text) for r, text in f.meetings if r not in refs]


def due_prompts(tables: FollowupTables, now: datetime, limit: int) -> list[int]:
    due = sorted(
        (p.due_at, i)
        for i, p in tables.prompts.items()
        if p.state in ACTIVE and p.due_at is not None and p.due_at <= now
    )
    return [i for _, i in due[:limit]]


def pending_prompts(tables: FollowupTables) -> int:
    return sum(1 for p in tables.prompts.values() if p.state in ACTIVE)
