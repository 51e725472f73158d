"""One transaction on the SQLite store, every concern's repository together."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from store.sqlite.audit import AuditRepo
from store.sqlite.case_history import CaseHistoryRepo
from store.sqlite.cases import CasesRepo
from store.sqlite.casework import CaseworkRepo
from store.sqlite.collaborators import CollaboratorsRepo
from store.sqlite.contacts import ContactsRepo
from store.sqlite.directory import DirectoryRepo
from store.sqlite.erasure import ErasureRepo
from store.sqlite.facilitators import FacilitatorsRepo
from store.sqlite.followup import FollowupRepo
from store.sqlite.funding import FundingRepo
from store.sqlite.inbox import InboxRepo
from store.sqlite.outbox import OutboxRepo
from store.sqlite.people import PeopleRepo
from store.sqlite.regions import RegionsRepo
from store.sqlite.registry import RegistryRepo


class SqliteTransaction(
    PeopleRepo,
    ContactsRepo,
    CasesRepo,
    ErasureRepo,
    InboxRepo,
    OutboxRepo,
    AuditRepo,
    RegionsRepo,
    FacilitatorsRepo,
    CollaboratorsRepo,
    CaseworkRepo,
    CaseHistoryRepo,
    FollowupRepo,
    FundingRepo,
    DirectoryRepo,  # issue 15
    RegistryRepo,
):
    """Implements :class:`store.ports.StoreTransaction` (and so the core's
    :class:`flows.ports.Transaction`) inside one BEGIN/COMMIT."""

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """Undo only what the block wrote if it raises (then re-raise); the transaction
        stays open for what follows (an apology, say)."""
        await self.conn.execute("SAVEPOINT step")
        try:
            yield
        except BaseException:
            # If even the rollback fails the store is in trouble: the original error
            # propagates and the whole transaction rolls back.
            with contextlib.suppress(Exception):
                await self.conn.execute("ROLLBACK TO step")
                await self.conn.execute("RELEASE step")
            raise
        await self.conn.execute("RELEASE step")
