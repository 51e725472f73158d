"""The runtime: inbox → one step per message → outbox → transports.

Contract, whatever the transport:
- ``receive`` returns only after the message is committed to the inbox, so a
  transport may acknowledge it to the messenger afterwards (at-least-once).
- Each inbox row is handled in one transaction together with the replies it
  produces; a person's rows are handled strictly in order, one at a time,
  different people concurrently.
- Replies leave the outbox only after that commit, per person in order,
  retried with backoff on temporary errors, never retried on permanent ones.
- A message that makes the flow fail gets an apology instead of a crash; its
  inbox row is consumed so it cannot block the person forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import traceback
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from bot.i18n import Catalogs
from bot.logs import event
from bot.transport import FilePayload, Note, Received, Rendered, SendError, Transport
from flows.messages import Channel, Inbound, Outbound
from flows.policy import Policy
from flows.ports import Clock
from flows.service import Services, handle_inbound, report_unreachable, run_due_job
from store.sqlite_store import OutboxRow, Store

log = logging.getLogger("cre.runtime")
MAX_BACKOFF = 300.0
SEEN_FOR = timedelta(days=7)
SEND_CONCURRENCY = 8


class Runtime:
    def __init__(
        self,
        store: Store,
        catalogs: Catalogs,
        transports: Sequence[Transport],
        clock: Clock,
        policy: Policy | None = None,
    ) -> None:
        self.store = store
        self.catalogs = catalogs
        self.transports = {t.channel: t for t in transports}
        self.clock = clock
        self.services = Services(clock, catalogs.label, os.urandom, policy or Policy())
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._dirty: set[str] = set()
        self._wake: dict[Channel, asyncio.Event] = defaultdict(asyncio.Event)
        self._senders: list[asyncio.Task[None]] = []
        self._stopping = False
        self.due_interval = 30.0
        self.backoff_base = 0.5
        """Seconds before the first retry of a failed send; doubled at each attempt."""
        self.idle_wait = 1.0
        """Longest pause of a sender with nothing due (new replies wake it at once)."""

    # ----- lifecycle ------------------------------------------------------------

    async def start(self) -> None:
        """Resume unfinished work, start the senders, then let transports receive."""
        for channel in self.transports:
            self._senders.append(asyncio.create_task(self._send_loop(channel)))
        self._senders.append(asyncio.create_task(self._due_loop()))
        for _, person in await self.store.inbox_pending():
            self._schedule(person)
        for transport in self.transports.values():
            await transport.start(self.receive, self._note_for(transport.channel))
        event(log, "runtime.started", count=len(self.transports))

    async def stop(self) -> None:
        self._stopping = True
        for transport in self.transports.values():
            await transport.stop()
        if self._workers:
            await asyncio.gather(*self._workers.values(), return_exceptions=True)
        for task in self._senders:
            task.cancel()
        await asyncio.gather(*self._senders, return_exceptions=True)
        event(log, "runtime.stopped")

    async def idle(self) -> None:
        """Wait until every received message is handled and every reply sent (or failed).

        Callers bound the wait with ``asyncio.timeout``.
        """
        while True:
            busy = self._workers or await self.store.inbox_pending()
            if not busy and await self.store.outbox_pending_count() == 0:
                return
            await asyncio.sleep(0.02)

    # ----- inbound --------------------------------------------------------------

    async def receive(self, item: Received) -> None:
        """Commit ``item`` to the inbox (deduplicated), then schedule its handling."""
        person = self.store.sealer.pseudonym(item.channel.value, item.user_id)
        inbound = Inbound(
            sender=person,
            channel=item.channel,
            text=item.text,
            choice=item.choice,
            attachment=item.attachment,
            locale_hint=item.locale_hint,
            forwarded=item.forwarded,
            album=item.album,
            unreadable=item.unreadable,
        )
        async with self.store.transaction() as tx:
            row = await tx.inbox_add(
                item.channel, self._dedupe_key(item), inbound, item.address, self.clock.now()
            )
        if row is None:
            event(log, "inbox.duplicate", channel=item.channel.value, person=person[:8])
            return
        event(log, "inbox.received", channel=item.channel.value, person=person[:8], row=row)
        self._schedule(person)

    def _note_for(self, channel: Channel) -> Note:
        """The transport's way to count a content-free event (see :data:`bot.transport.Note`)."""

        async def note(kind: str) -> None:
            event(log, "transport.noted", channel=channel.value, status=kind)
            await self.store.note_transport_event(channel, kind, self.clock.now())

        return note

    def _dedupe_key(self, item: Received) -> str:
        """A keyed hash of the messenger's message id: Signal's contains the sender's number."""
        return self.store.sealer.pseudonym(item.channel.value, f"dedupe:{item.dedupe}")

    def _schedule(self, person: str) -> None:
        self._dirty.add(person)
        if person not in self._workers:
            self._workers[person] = asyncio.create_task(self._work(person))

    async def _work(self, person: str) -> None:
        try:
            while person in self._dirty:
                self._dirty.discard(person)
                for row_id in await self.store.inbox_for(person):
                    await self._handle(row_id)
        finally:
            del self._workers[person]

    async def _handle(self, row_id: int) -> None:
        now = self.clock.now()
        channel: Channel | None = None
        async with self.store.transaction() as tx:
            taken = await tx.inbox_take(row_id, now)
            if taken is None:
                return
            inbound, address = taken
            channel = inbound.channel
            await tx.conn.execute("SAVEPOINT step")
            try:
                await handle_inbound(tx, inbound, address, self.services)
                await tx.conn.execute("RELEASE step")
            except Exception as exc:  # a bug must not take the person's messages down with it
                await tx.conn.execute("ROLLBACK TO step")
                await tx.conn.execute("RELEASE step")
                frames = traceback.extract_tb(exc.__traceback__)
                where = (
                    f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}"
                    if frames
                    else ""
                )
                event(
                    log,
                    "flow.error",
                    logging.ERROR,
                    person=inbound.sender[:8],
                    error=f"{type(exc).__name__} at {where}",
                )
                await tx.enqueue(
                    channel,
                    address,
                    self.services.policy.default_language,
                    Outbound(inbound.sender, "error-generic"),
                    now,
                )
        event(log, "inbox.handled", channel=channel.value, person=inbound.sender[:8], row=row_id)
        self._wake[channel].set()

    # ----- scheduled jobs ------------------------------------------------------------

    async def run_due(self) -> int:
        """Run every job that is due now; each in its own transaction, each exactly once.

        Also forgets dedupe records older than :data:`SEEN_FOR`: messengers stop
        redelivering long before (Telegram keeps updates for 24 hours).
        """
        await self.store.forget_seen(self.clock.now() - SEEN_FOR)
        done = 0
        for job_id, kind, ref in await self.store.due_jobs(self.clock.now()):
            async with self.store.transaction() as tx:
                await run_due_job(tx, job_id, kind, ref, self.clock.now(), self.services.policy)
            done += 1
        if done:
            event(log, "due.ran", count=done)
            for wake in list(self._wake.values()):
                wake.set()
        return done

    async def _due_loop(self) -> None:
        while True:
            try:
                await self.run_due()
            except Exception as exc:  # keep scheduling alive; the job stays due
                event(log, "due.error", logging.ERROR, error=type(exc).__name__)
            await asyncio.sleep(self.due_interval)

    # ----- outbound ---------------------------------------------------------------

    async def _send_loop(self, channel: Channel) -> None:
        transport = self.transports[channel]
        wake = self._wake[channel]
        limit = asyncio.Semaphore(SEND_CONCURRENCY)
        while True:
            wake.clear()
            rows = await self.store.outbox_due(channel, self.clock.now())
            if not rows:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), timeout=self.idle_wait)
                continue
            by_person: dict[str, list[OutboxRow]] = defaultdict(list)
            for row in rows:
                by_person[row.recipient].append(row)
            await asyncio.gather(
                *(self._send_queue(transport, queue, limit) for queue in by_person.values())
            )

    async def _send_queue(
        self, transport: Transport, queue: list[OutboxRow], limit: asyncio.Semaphore
    ) -> None:
        """Send one person's rows in order; stop at the first that must wait for a retry."""
        async with limit:
            for row in queue:
                if not await self._send_one(transport, row):
                    return

    async def _retry_later(
        self, row: OutboxRow, reason: str, retry_after: float | None, level: int
    ) -> None:
        """Back off exponentially (or as long as the messenger asked), keeping the row."""
        delay = retry_after or min(MAX_BACKOFF, self.backoff_base * 2**row.attempts)
        await self.store.outbox_retry(row.id, self.clock.now() + timedelta(seconds=delay), reason)
        event(
            log,
            "outbox.retry",
            level,
            channel=row.channel.value,
            person=row.recipient[:8],
            error=reason,
            attempts=row.attempts + 1,
            seconds=delay,
        )

    async def _render(self, row: OutboxRow) -> Rendered:
        rendered = self.catalogs.render(row.message, row.locale)
        if row.message.file_id is None:
            return rendered
        stored = await self.store.load_file(row.message.file_id)
        if stored is None:
            return rendered
        kind, mime, name, data = stored
        return replace(rendered, file=FilePayload(kind, mime, data, name))

    async def _send_one(self, transport: Transport, row: OutboxRow) -> bool:
        rendered = await self._render(row)
        try:
            await transport.send(row.address, rendered)
        except SendError as exc:
            if not exc.permanent:
                await self._retry_later(row, exc.reason, exc.retry_after, logging.INFO)
                return False
            async with self.store.transaction() as tx:  # recorded and reported together
                await tx.outbox_failed(row.id, exc.reason)
                await report_unreachable(tx, row.recipient, exc.reason, self.clock.now())
            self._wake[row.channel].set()
            event(
                log,
                "outbox.failed",
                logging.WARNING,
                channel=row.channel.value,
                person=row.recipient[:8],
                error=exc.reason,
            )
            return True
        except Exception as exc:
            await self._retry_later(row, type(exc).__name__, None, logging.WARNING)
            return False
        await self.store.outbox_sent(row.id)
        return True
