"""Console personas: who is typing in the console simulator.

Only the console channel uses this. Switching to a facilitator or the
coordinator registers that local persona as such (on the console channel
only, so it gives no access from any messenger).
"""

from __future__ import annotations

from bot.i18n import Catalogs
from flows.core.messages import Channel
from flows.core.ports import Clock
from flows.core.regions import COORDINATOR
from store.ports import RuntimeStore


class Personas:
    def __init__(self, store: RuntimeStore, catalogs: Catalogs, clock: Clock, locale: str = "en"):
        self.store = store
        self.catalogs = catalogs
        self.clock = clock
        self.locale = locale

    async def switch(self, words: list[str]) -> tuple[str | None, str]:
        role = words[0].casefold() if words else ""
        async with self.store.transaction() as tx:
            regions = [r.id for r in await tx.regions()]
            if role == "requester":
                name = words[1] if len(words) > 1 else "local"
                return name, self.say("console-persona-requester", name=name)
            if role == "coordinator" or (role == "facilitator" and words[1:2] == [COORDINATOR]):
                user = "coordinator"
                await tx.add_facilitator(
                    self._person(user),
                    Channel.CONSOLE,
                    user,
                    "Coordinator",
                    [],
                    self.locale,
                    True,
                    self.clock.now(),
                )
                await tx.audit(self.clock.now(), "console", "console.persona", None, user)
                return user, self.say("console-persona-coordinator")
            if role == "facilitator" and len(words) > 1 and words[1] in regions:
                region = words[1]
                user = f"facilitator-{region}"
                await tx.add_facilitator(
                    self._person(user),
                    Channel.CONSOLE,
                    user,
                    f"Facilitator {region}",
                    [region],
                    self.locale,
                    False,
                    self.clock.now(),
                )
                await tx.audit(self.clock.now(), "console", "console.persona", None, user)
                return user, self.say("console-persona-facilitator", region=region, name=user)
        return None, self.say("console-persona-unknown", regions=", ".join(regions))

    def _person(self, user: str) -> str:
        return self.store.pseudonym(Channel.CONSOLE.value, user)

    def say(self, key: str, **args: str) -> str:
        return self.catalogs.format(self.locale, key, dict(args))
