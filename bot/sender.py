"""Sending one channel's outbox: fair across people, in order per person, piece by piece.

Contract:
- A row leaves the outbox only once every piece of it was delivered
  (:meth:`bot.transport.Transport.pieces`); each delivered piece is recorded,
  so a retry resumes at the first undelivered one. The file goes with the
  first piece.
- Up to ``concurrency`` recipients are served at once, each with at most
  ``per_person`` rows per turn, taking turns in the order of their oldest
  pending row: a person with a thousand replies waiting delays nobody else.
- A person's rows go strictly in order; a row waiting for a retry holds back
  that person's later rows, nobody else's.
- A row that can never be sent (unreadable payload, sealed file gone or
  damaged) is failed permanently, recorded and audited; the person's next
  rows go on.
- A store error (disk full…) pauses sending with a growing backoff and a log
  event; nothing is lost, and sending resumes by itself once the store answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta

from bot.batching import Coalesce
from bot.faults import Backoff
from bot.i18n import Catalogs
from bot.logs import event
from bot.metadata import clean
from bot.transport import FilePayload, Rendered, SendError, Transport
from flows.core.ports import Clock
from flows.service.notifications import report_unreachable
from store.crypto import SealError
from store.errors import is_transient
from store.ports import SenderStore
from store.records import OutboxRow, UnreadableOutboxRow

log = logging.getLogger("cre.runtime")
MAX_BACKOFF = 300.0
FILE_TRIES = 3
"""Attempts before a row whose sealed file is missing is failed: the file of a fresh
row may still be on its way to its final name right after the commit."""
BUG_TRIES = 5
"""Attempts before a row that keeps meeting a bug (in rendering, cutting) is failed."""


@dataclass(slots=True)
class SendTuning:
    concurrency: int = 8
    per_person: int = 5
    backoff_base: float = 0.5
    """Seconds before the first retry of a failed send; doubled at each attempt."""
    idle_wait: float = 1.0
    """Longest pause with nothing due (new replies wake the sender at once)."""
    store_backoff: tuple[float, float] = (0.05, 2.0)
    """First and longest pause after a store error."""


class _Unsendable(Exception):
    """This row can never be sent; ``reason`` is recorded (a short code, no content)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Sender:
    def __init__(
        self,
        store: SenderStore,
        catalogs: Catalogs,
        transport: Transport,
        clock: Clock,
        wake: asyncio.Event,
        wake_all: Callable[[], None],
        tuning: SendTuning,
    ) -> None:
        self.store = store
        self.catalogs = catalogs
        self.transport = transport
        self.channel = transport.channel
        self.clock = clock
        self.wake = wake
        self.wake_all = wake_all
        self.tuning = tuning
        self.backoff = Backoff(*tuning.store_backoff)
        self._in_flight: dict[str, asyncio.Task[None]] = {}
        self._bugs: dict[int, int] = {}
        """Rows whose sending met a bug (not a store fault), and how often."""
        self._delivered: dict[int, int] = {}
        """Pieces delivered but not yet recorded (the store failed): never sent twice."""
        self._sent: Coalesce[int] = Coalesce(self.store.outbox_sent_many)
        """Replies delivered at the same moment are recorded in one commit."""

    async def run(self) -> None:
        try:
            while True:
                self.wake.clear()
                free = self.tuning.concurrency - len(self._in_flight)
                if free > 0:
                    rows = await self._next(free)
                    if rows is None:
                        continue
                    self._start(rows)
                with contextlib.suppress(TimeoutError):  # not wait_for: see Runtime's due loop
                    async with asyncio.timeout(self.tuning.idle_wait):
                        await self.wake.wait()
        finally:
            for task in self._in_flight.values():
                task.cancel()
            await asyncio.gather(*self._in_flight.values(), return_exceptions=True)
            await self._sent.settle()

    async def _next(self, free: int) -> list[OutboxRow | UnreadableOutboxRow] | None:
        """The next rows, or None after a store error (already paused for)."""
        try:
            rows = await self.store.outbox_next(
                self.channel,
                self.clock.now(),
                per_person=self.tuning.per_person,
                people=free,
                exclude=tuple(self._in_flight),
            )
        except Exception as exc:
            if not is_transient(exc):
                raise
            await self._store_fault(exc)
            return None
        self._store_ok()
        return rows

    def _start(self, rows: list[OutboxRow | UnreadableOutboxRow]) -> None:
        queues: dict[str, list[OutboxRow | UnreadableOutboxRow]] = {}
        for row in rows:
            queues.setdefault(row.recipient, []).append(row)
        for recipient, queue in queues.items():
            task = asyncio.create_task(self._send_queue(queue))
            self._in_flight[recipient] = task
            task.add_done_callback(self._done_for(recipient))

    def _done_for(self, recipient: str) -> Callable[[asyncio.Task[None]], None]:
        def done(_: asyncio.Task[None]) -> None:
            self._in_flight.pop(recipient, None)
            self.wake.set()

        return done

    async def _store_fault(self, exc: BaseException) -> None:
        event(
            log,
            "outbox.store_error",
            logging.WARNING,
            channel=self.channel.value,
            error=type(exc).__name__,
            seconds=self.backoff.delay,
        )
        await self.backoff.pause()

    def _store_ok(self) -> None:
        if self.backoff.reset():
            event(log, "outbox.store_recovered", channel=self.channel.value)

    async def _send_queue(self, queue: list[OutboxRow | UnreadableOutboxRow]) -> None:
        """One person's rows in order; stop at the first that must wait."""
        for row in queue:
            try:
                if not await self._send_one(row):
                    return
            except Exception as exc:
                if is_transient(exc):
                    await self._store_fault(exc)
                else:
                    await self._bug(row, exc)
                return
        self._store_ok()

    async def _bug(self, row: OutboxRow | UnreadableOutboxRow, exc: Exception) -> None:
        """A bug met while sending ``row``: tried again after a pause, a few times, then
        failed like an unsendable row so that it cannot hold the person's replies forever."""
        tries = self._bugs.get(row.id, 0) + 1
        self._bugs[row.id] = tries
        event(
            log,
            "outbox.error",
            logging.ERROR,
            channel=self.channel.value,
            person=row.recipient[:8],
            error=type(exc).__name__,
            attempts=tries,
        )
        if tries >= BUG_TRIES:
            self._bugs.pop(row.id, None)
            await self._drop(row.id, row.recipient, "internal-error", type(exc).__name__)
            return
        await asyncio.sleep(self.backoff.base * 2**tries)

    async def _send_one(self, row: OutboxRow | UnreadableOutboxRow) -> bool:
        """Send ``row``; True if the person's next row may follow now."""
        if isinstance(row, UnreadableOutboxRow):
            await self._drop(row.id, row.recipient, "unreadable", row.error)
            return True
        try:
            pieces = await self._pieces(row)
        except FileNotFoundError:
            if row.attempts + 1 >= FILE_TRIES:
                await self._drop(row.id, row.recipient, "file-missing", "FileNotFoundError")
                return True
            await self._retry_later(row, "file-missing", None, logging.WARNING)
            return False
        except _Unsendable as exc:
            await self._drop(row.id, row.recipient, exc.reason, exc.reason)
            return True
        done = max(row.parts_sent, self._delivered.get(row.id, 0))
        for index in range(done, len(pieces)):
            try:
                await self.transport.send(row.address, pieces[index])
            except SendError as exc:
                if not exc.permanent:
                    await self._retry_later(row, exc.reason, exc.retry_after, logging.INFO)
                    return False
                if exc.unreachable:
                    await self._unreachable(row, exc.reason)
                else:
                    await self._drop(row.id, row.recipient, exc.reason, "SendError")
                return True
            except Exception as exc:
                await self._retry_later(row, type(exc).__name__, None, logging.WARNING)
                return False
            self._delivered[row.id] = index + 1
            if index + 1 < len(pieces):
                await self.store.outbox_piece_sent(row.id, index + 1)
        await self._sent.add(row.id)
        self._delivered.pop(row.id, None)
        return True

    async def _pieces(self, row: OutboxRow) -> list[Rendered]:
        """The rendered row cut by the transport, the file (if any) on the first piece."""
        try:
            rendered = self.catalogs.render(row.message, row.locale)
        except Exception as exc:
            raise _Unsendable("render-error") from exc
        if row.message.file_id is not None:
            try:
                stored = await self.store.load_file(row.message.file_id)
            except SealError as exc:
                raise _Unsendable("file-unreadable") from exc
            if stored is not None:
                kind, mime, name, data = stored
                cleaned = await asyncio.to_thread(clean, mime, data)  # the original stays sealed
                text = rendered.text
                if cleaned.may_remain:
                    note = self.catalogs.format(row.locale, "privacy-file-may-hold-metadata", {})
                    text = f"{text}\n\n{note}" if text else note
                file = FilePayload(kind, mime, cleaned.data, name)
                rendered = replace(rendered, text=text, file=file)
        pieces = self.transport.pieces(rendered) or [rendered]
        return [replace(p, file=rendered.file if i == 0 else None) for i, p in enumerate(pieces)]

    async def _retry_later(
        self, row: OutboxRow, reason: str, retry_after: float | None, level: int
    ) -> None:
        """Back off exponentially (or as long as the messenger asked), keeping the row."""
        delay = retry_after or min(MAX_BACKOFF, self.tuning.backoff_base * 2**row.attempts)
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

    async def _unreachable(self, row: OutboxRow, reason: str) -> None:
        """A permanent send failure: recorded and reported to the case's handlers together."""
        async with self.store.transaction() as tx:
            await tx.outbox_failed(row.id, reason)
            await report_unreachable(tx, row.recipient, reason, self.clock.now())
        self._delivered.pop(row.id, None)
        self.wake_all()
        event(
            log,
            "outbox.failed",
            logging.WARNING,
            channel=row.channel.value,
            person=row.recipient[:8],
            error=reason,
        )

    async def _drop(self, row_id: int, recipient: str, reason: str, error: str) -> None:
        """A row that can never be sent: failed and audited, the person's next rows go on."""
        async with self.store.transaction() as tx:
            await tx.outbox_failed(row_id, reason)
            await tx.audit(self.clock.now(), "system", "outbox.dropped", None, reason)
        self._delivered.pop(row_id, None)
        event(
            log,
            "outbox.dropped",
            logging.ERROR,
            channel=self.channel.value,
            person=recipient[:8],
            status=reason,
            error=error,
        )
