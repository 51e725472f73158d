"""Console personas: who is typing in the console simulator.

Only the console channel uses this. Switching to a facilitator or the
coordinator registers that local persona as such (on the console channel
only, so it gives no access from any messenger) and marks it as a persona:
it acts in the simulator but never appears in ``cre-admin facilitators list``
nor counts as the deployment's coordinator. A console id the coordinator
registered for real with ``cre-admin`` is used as it is, never overwritten
(nor reactivated if it was deactivated).
"""

from __future__ import annotations

from bot.i18n import Catalogs
from flows.core.messages import Channel
from flows.core.ports import Clock
from flows.core.regions import COORDINATOR
from store.ports import RuntimeStore, StoreTransaction


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
                await self._play(tx, "coordinator", "Coordinator", [], coordinator=True)
                return "coordinator", self.say("console-persona-coordinator")
            region = words[1].casefold() if len(words) > 1 else ""
            if role == "facilitator" and region in regions:
                user = f"facilitator-{region}"
                await self._play(tx, user, f"Facilitator {region}", [region], coordinator=False)
                return user, self.say("console-persona-facilitator", region=region, name=user)
        return None, self.say("console-persona-unknown", regions=", ".join(regions))

    async def _play(
        self,
        tx: StoreTransaction,
        user: str,
        name: str,
        regions: list[str],
        coordinator: bool,
    ) -> None:
        person = self.store.pseudonym(Channel.CONSOLE.value, user)
        if any(f.person == person for f in await tx.facilitator_roster()):
            return  # registered for real with cre-admin: not a persona
        now = self.clock.now()
        await tx.add_facilitator(
            person, Channel.CONSOLE, user, name, regions, self.locale, coordinator, now
        )
        await tx.mark_console_persona(person, True, now)
        await tx.audit(now, "console", "console.persona", None, user)

    def say(self, key: str, **args: str) -> str:
        return self.catalogs.format(self.locale, key, dict(args))
