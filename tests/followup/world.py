"""A small exchange for follow-up tests: the real runtime, SQLite store and catalogs,
a recording transport for the messengers, and a clock the test moves.

Cases are created straight in the store (the intake has its own tests); everything
after that goes through the bot as people would use it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta

from bot.i18n import Catalogs
from bot.runtime import Runtime
from flows.core.events import CaseSubmitted
from flows.core.messages import Channel
from flows.core.policy import Policy
from flows.core.refs import ALPHABET
from flows.followup.records import Prompt
from store.sqlite.store import SqliteStore
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime


@dataclass
class World:
    runtime: Runtime
    transport: RecordingTransport
    store: SqliteStore
    clock: FakeClock
    cases: int = 0

    async def say(self, user: str, text: str | None = None, choice: str | None = None) -> None:
        await self.transport.say(user, text, choice, locale_hint="en")
        await self.settle()

    async def settle(self) -> None:
        async with asyncio.timeout(20):
            await self.runtime.idle()

    async def tick(self, **delta: float) -> int:
        """Move the clock, run what fell due, wait for the replies to go out."""
        self.clock.advance(**delta)
        done = await self.runtime.run_due()
        await self.settle()
        return done

    def texts(self, user: str) -> list[str]:
        return self.transport.texts(user) if f"chat-{user}" in self.transport.sent else []

    def last(self, user: str) -> str:
        return self.texts(user)[-1]

    def person(self, user: str) -> str:
        return self.store.sealer.pseudonym("console", user)

    async def facilitator(self, user: str, regions: list[str], coordinator: bool = False) -> None:
        async with self.store.transaction() as tx:
            await tx.add_facilitator(
                self.person(user),
                Channel.CONSOLE,
                f"chat-{user}",
                user.title(),
                regions,
                "en",
                coordinator,
                self.clock.now(),
            )

    async def case(self, user: str, country: str, outcome: str = "The river cleaned.") -> str:
        """A submitted case of ``user`` (who has written to the bot before)."""
        self.cases += 1
        ref = f"CASE-{ALPHABET[self.cases] * 4}"
        person = self.person(user)
        async with self.store.transaction() as tx:
            await tx.remember_person(person, Channel.CONSOLE, f"chat-{user}", self.clock.now())
            await tx.create_case(
                person,
                CaseSubmitted(
                    ref=ref,
                    channel=Channel.CONSOLE,
                    locale="en",
                    answers={"requester_name": "Mto Wetu", "outcome": outcome},
                    file_ids=(),
                    level=2,
                    urgent=False,
                    country=country,
                    consented_at=self.clock.now().isoformat(),
                ),
                "africa" if country in ("KE", "TZ", "UG") else "asia",
                self.clock.now(),
            )
        return ref

    async def collaborator(self, user: str, ref: str) -> None:
        """A collaborator reachable on the console who accepted the invitation to ``ref``."""
        async with self.store.transaction() as tx:
            number = await tx.add_collaborator(
                f"Lab {user}",
                None,
                ["research"],
                ["KE"],
                ["africa"],
                ["en"],
                False,
                self.clock.now(),
                (self.person(user), Channel.CONSOLE, f"chat-{user}"),
            )
            invitation = await tx.add_invitation(ref, number, self.clock.now())
            await tx.answer_invitation(invitation, True, self.clock.now())

    async def prompts(self, ref: str) -> list[Prompt]:
        async with self.store.transaction() as tx:
            return await tx.prompts_of_case(ref)

    def count(self, user: str, fragment: str) -> int:
        return sum(fragment in text for text in self.texts(user))


async def start_world(store: SqliteStore, clock: FakeClock, policy: Policy | None = None) -> World:
    transport = RecordingTransport()
    runtime = make_runtime(store, Catalogs(), [transport], clock, policy)
    runtime.due_interval = 3600  # the test runs due work itself, at the times it chooses
    await runtime.start()
    world = World(runtime, transport, store, clock)
    await world.facilitator("amina", ["africa"])
    await world.facilitator("bayu", ["asia"])
    await world.facilitator("coord", [], coordinator=True)
    return world


DAY = timedelta(days=1)
