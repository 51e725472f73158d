"""The people and cases of the funding scenario (issue 14), seeded as the bot would have
them after three intakes, with the store's own methods."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from flows.core.events import CaseSubmitted
from flows.core.messages import Channel
from flows.core.state import Conversation
from store.ports import StoreTransaction

NOW = datetime.now(UTC)


@dataclass(frozen=True)
class Requester:
    user: str
    ref: str
    locale: str
    country: str
    level: int


GROUP = Requester("5550301", "GRP2-CASE", "en", "KE", 2)
"""A community group asking for a level-2 grant."""
DEFENDER = Requester("5550302", "DEF2-CASE", "ar", "EG", 2)
"""An individual defender asking for security support, who reads Arabic."""
CONTINUING = Requester("5550303", "CNT2-CASE", "fr", "SN", 2)
"""A level-2 collaboration that will ask to continue at level 3."""
REQUESTERS = (GROUP, DEFENDER, CONTINUING)


async def seed_requesters(
    tx: StoreTransaction, pseudonym: Callable[[str, str], str], channel: Channel = Channel.TELEGRAM
) -> None:
    for r in REQUESTERS:
        person = pseudonym(channel.value, r.user)
        await tx.remember_person(person, channel, r.user, NOW)
        await tx.save_conversation(person, Conversation(locale=r.locale), NOW)
        case = CaseSubmitted(
            ref=r.ref,
            channel=channel,
            locale=r.locale,
            answers={"harm": "private words of the requester", "strategies": ["security"]},
            file_ids=(),
            level=r.level,
            urgent=False,
            country=r.country,
            consented_at=NOW.isoformat(),
        )
        await tx.create_case(person, case, "africa", NOW)
