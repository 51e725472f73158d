"""What the core needs from the outside world, as Protocols.

``store`` implements :class:`Transaction` on SQLite; tests may implement it
in memory. Everything a :class:`Transaction` does becomes visible together
or not at all.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from flows.engine import CaseSummary
from flows.events import CaseSubmitted
from flows.messages import Attachment, Channel, Inbound, Outbound
from flows.state import Conversation


class Clock(Protocol):
    def now(self) -> datetime: ...


class Transaction(Protocol):
    """One atomic unit of work on the store."""

    async def remember_person(
        self, person: str, channel: Channel, address: str, now: datetime
    ) -> None:
        """Record (sealed) where to write back to this person."""

    async def address_of(self, person: str) -> tuple[Channel, str] | None: ...

    async def load_conversation(self, person: str) -> Conversation | None: ...

    async def save_conversation(self, person: str, state: Conversation, now: datetime) -> None: ...

    async def cases_of(self, person: str) -> list[CaseSummary]: ...

    async def ref_taken(self, ref: str) -> bool: ...

    async def create_case(self, person: str, case: CaseSubmitted, now: datetime) -> None: ...

    async def save_file(
        self, person: str, file_id: str, attachment: Attachment, now: datetime
    ) -> None: ...

    async def discard_files(self, file_ids: tuple[str, ...]) -> None: ...

    async def forget_person(self, person: str, now: datetime) -> None:
        """Erase the person's state, contact, files and the personal data of their cases."""

    async def enqueue(
        self, channel: Channel, address: str, locale: str, message: Outbound, now: datetime
    ) -> None:
        """Queue a reply; it is sent only after this transaction commits."""

    async def audit(
        self, now: datetime, actor: str, action: str, case_ref: str | None = None, detail: str = ""
    ) -> None: ...


class InboxItem(Protocol):
    """An inbound message as committed to the inbox, with its reply address."""

    inbound: Inbound
    address: str
