"""The runtime: inbox → one step per message → outbox → transports.

Contract, whatever the transport:
- ``receive`` returns only after the message is committed to the inbox, so a
  transport may acknowledge it to the messenger afterwards (at-least-once).
  When the store cannot commit (disk full), ``receive`` raises and the
  transport must not acknowledge: the messenger offers the message again.
- Each inbox row is handled in one transaction together with the replies it
  produces; a person's rows are handled strictly in order, one at a time,
  different people concurrently.
- A store error while handling (disk full at commit) leaves the row in the
  inbox; the person's worker retries it after a growing pause, by itself.
- A message that makes the flow fail gets an apology instead of a crash; its
  inbox row is consumed so it cannot block the person forever.
- One person sending faster than ``Policy.inbound_per_minute`` is throttled:
  everything is kept and handled, after other people's work, with one
  "slow down" reply per episode.
- Replies leave the outbox only after that commit (see :mod:`bot.sender`),
  only on channels that run here: rows for another channel wait, blocking
  nothing (``idle`` does not count them).
- No loop dies: the senders and the due-runner are supervised, each person's
  worker survives store errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import traceback
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime, timedelta

from bot.batching import GroupCommit
from bot.faults import Backoff, supervise
from bot.i18n import Catalogs
from bot.logs import event
from bot.sanitize import clean_received
from bot.sender import Sender, SendTuning
from bot.throttle import Throttle
from bot.transport import Note, Received, Transport
from bot.wakeups import Wakeups
from flows.core.messages import Channel, Inbound, Outbound
from flows.core.policy import pick_language
from flows.core.ports import Clock
from flows.service.apology import apology_locale
from flows.service.due import run_due_job, run_due_prompt
from flows.service.inbound import handle_inbound
from flows.service.services import Services
from store.errors import is_transient
from store.ports import RuntimeStore, StoreTransaction

log = logging.getLogger("cre.runtime")
SEEN_FOR = timedelta(days=7)
UNTHROTTLED = frozenset({Channel.CONSOLE})
"""The console is the operator's own terminal (and scripts piped into it): never throttled."""


class _Unreadable(Exception):
    def __init__(self, error: str) -> None:
        super().__init__(error)
        self.error = error


class Runtime:
    def __init__(
        self,
        store: RuntimeStore,
        catalogs: Catalogs,
        transports: Sequence[Transport],
        services: Services,
    ) -> None:
        """Built by the composition root (:mod:`bot.main`), which also built ``services``
        (clock, labels, entropy, policy) and ``catalogs``, once."""
        self.store = store
        self.catalogs = catalogs
        self.transports = {t.channel: t for t in transports}
        self.services = services
        self.clock: Clock = services.clock
        self.throttle = Throttle(self.services.policy.inbound_per_minute)
        self.group = GroupCommit(store)
        """Inbox arrivals and handled messages of many people share a commit."""
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._dirty: set[str] = set()
        self._calm = asyncio.Event()
        self._wake: dict[Channel, asyncio.Event] = defaultdict(asyncio.Event)
        self._loops: list[asyncio.Task[None]] = []
        self._stopping = False
        self.due_interval = 30.0
        self._housekept: date | None = None
        self.backoff_base = 0.5
        """Seconds before the first retry of a failed send; doubled at each attempt."""
        self.idle_wait = 1.0
        """Longest pause of a sender with nothing due (new replies wake it at once)."""
        self.store_backoff = (0.05, 2.0)
        """First and longest pause after a store error (disk full…), in seconds."""
        self.throttle_patience = 0.5
        """Longest a throttled person's next message waits for others' work to finish."""
        self.send_concurrency = 8
        """Recipients served at once per channel."""
        self.stop_grace = 10.0
        """Longest each step of :meth:`stop` may take before it is cut short."""
        self.due_batch = 200
        """Follow-up prompts read per query."""
        self.due_per_transaction = 25
        """Follow-up prompts handled (and committed) together."""
        self.housekeeping_tasks: list[Callable[[datetime], Awaitable[None]]] = []
        """What the daily housekeeping runs after the privacy purges, in order, each given
        the time. A failing task is logged and the others still run."""
        self._due_wake = asyncio.Event()
        self._wakeups: Wakeups | None = None

    # ----- lifecycle ------------------------------------------------------------

    async def start(self) -> None:
        """Say what waits, start senders and due-runner, resume work, let transports receive."""
        await self._report_start()
        tuning = SendTuning(
            concurrency=self.send_concurrency,
            backoff_base=self.backoff_base,
            idle_wait=self.idle_wait,
            store_backoff=self.store_backoff,
        )
        for channel, transport in self.transports.items():
            sender = Sender(
                self.store,
                self.catalogs,
                transport,
                self.clock,
                self._wake[channel],
                self._wake_all,
                tuning,
            )
            self._loops.append(
                asyncio.create_task(
                    supervise("send", sender.run, Backoff(*self.store_backoff), channel=channel)
                )
            )
        self._loops.append(
            asyncio.create_task(supervise("due", self._due_loop, Backoff(*self.store_backoff)))
        )
        self._wakeups = Wakeups(self.due_interval, self._due_wake.set, self.housekeeping)
        self._wakeups.start()
        for _, person in await self.store.inbox_pending():
            self._schedule(person)
        for transport in self.transports.values():
            await transport.start(self.receive, self._note_for(transport.channel))
        event(log, "runtime.started", count=len(self.transports))

    async def _report_start(self) -> None:
        """Log (without content) what start-up must make visible: replies waiting for a
        channel that does not run here, a deployment without a coordinator (every case
        must reach at least the coordinator), and a coordinator on no running channel."""
        running = {c.value for c in self.transports}
        for channel, count in sorted((await self.store.outbox_waiting_by_channel()).items()):
            if channel not in running:
                event(log, "outbox.waiting", logging.WARNING, channel=channel, count=count)
        async with self.store.transaction() as tx:
            facilitators = await tx.facilitators()
            coordinators = [f for f in facilitators if f.coordinator]
            reachable = [
                contact.channel
                for f in coordinators
                if (contact := await tx.contact(f.person)) is not None
            ]
        if not coordinators:
            event(log, "runtime.no_coordinator", logging.ERROR, count=len(facilitators))
        elif not any(channel in self.transports for channel in reachable):
            event(log, "runtime.coordinator_elsewhere", logging.WARNING, count=len(coordinators))

    async def stop(self) -> None:
        """Stop receiving, let each person's current message finish, stop sending.

        Every step is bounded by :attr:`stop_grace`: a stop (SIGTERM) must end the
        process even if a messenger or a step hangs. Whatever is cut short was not
        committed, so it stays in the inbox or outbox for the next start.
        """
        self._stopping = True
        if self._wakeups is not None:
            self._wakeups.stop()
        for transport in self.transports.values():
            try:
                async with asyncio.timeout(self.stop_grace):
                    await transport.stop()
            except TimeoutError:
                event(log, "runtime.stop_slow", logging.WARNING, channel=transport.channel.value)
        workers = list(self._workers.values())
        if workers:
            _, late = await asyncio.wait(workers, timeout=self.stop_grace)
            if late:
                event(log, "runtime.stop_slow", logging.WARNING, count=len(late))
                for task in late:
                    task.cancel()
                await asyncio.gather(*late, return_exceptions=True)
        for task in self._loops:
            task.cancel()
        if self._loops:  # bounded too: a loop that ignores its cancel must not hang stop()
            _, stuck = await asyncio.wait(self._loops, timeout=self.stop_grace)
            if stuck:
                event(log, "runtime.stop_slow", logging.WARNING, count=len(stuck))
        with contextlib.suppress(TimeoutError):  # a batch a late worker left behind
            async with asyncio.timeout(self.stop_grace):
                await self.group.settle()
        event(log, "runtime.stopped")

    async def idle(self) -> None:
        """Wait until every received message is handled and every reply sent (or failed)
        on the channels that run here; rows for other channels are not waited for.

        Callers bound the wait with ``asyncio.timeout``.
        """
        running = tuple(self.transports)
        while True:
            busy = self._workers or await self.store.inbox_pending()
            if not busy and await self.store.outbox_pending_count(running) == 0:
                return
            await asyncio.sleep(0.02)

    def _wake_all(self) -> None:
        for wake in list(self._wake.values()):
            wake.set()

    # ----- inbound --------------------------------------------------------------

    async def receive(self, item: Received) -> None:
        """Commit ``item`` to the inbox (deduplicated), then schedule its handling.

        Raises when the store cannot commit it: the transport must not acknowledge.
        """
        item = clean_received(item)
        person = self.store.pseudonym(item.channel.value, item.user_id)
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
        now = self.clock.now()
        counted = False
        dedupe = self._dedupe_key(item)

        async def add(tx: StoreTransaction) -> int | None:
            nonlocal counted
            row = await tx.inbox_add(item.channel, dedupe, inbound, item.address, now)
            if row is not None and not counted:
                counted = True
                if item.channel not in UNTHROTTLED and self.throttle.arrived(person, now):
                    await self._slow_down(tx, item, person)
            return row

        try:
            row = await self.group.run(add)
        except Exception as exc:
            if counted:
                self.throttle.undo(person, now)
            if is_transient(exc):
                event(
                    log,
                    "inbox.store_error",
                    logging.WARNING,
                    channel=item.channel.value,
                    person=person[:8],
                    error=type(exc).__name__,
                )
            raise
        if row is None:
            event(log, "inbox.duplicate", channel=item.channel.value, person=person[:8])
            return
        event(log, "inbox.received", channel=item.channel.value, person=person[:8], row=row)
        self._schedule(person)

    async def _slow_down(self, tx: StoreTransaction, item: Received, person: str) -> None:
        """The one "slow down" of an episode, in the person's language, after what is queued."""
        locale: str | None = None
        with contextlib.suppress(Exception):  # a damaged state must not refuse the message
            state = await tx.load_conversation(person)
            locale = state.locale if state is not None else None
        policy = self.services.policy
        locale = locale or pick_language(item.locale_hint, policy.languages)
        await tx.enqueue(
            item.channel,
            item.address,
            locale or policy.default_language,
            Outbound(person, "slow-down"),
            self.clock.now(),
        )
        event(log, "inbox.throttled", channel=item.channel.value, person=person[:8])
        self._wake[item.channel].set()

    def _note_for(self, channel: Channel) -> Note:
        """The transport's way to count a content-free event (see :data:`bot.transport.Note`).

        Counting is best effort: a store error is logged, never raised into the transport.
        """

        async def note(kind: str) -> None:
            event(log, "transport.noted", channel=channel.value, status=kind)
            try:
                await self.store.note_transport_event(channel, kind, self.clock.now())
            except Exception as exc:
                event(
                    log,
                    "transport.note_lost",
                    logging.WARNING,
                    channel=channel.value,
                    error=type(exc).__name__,
                )

        return note

    def _dedupe_key(self, item: Received) -> str:
        """A keyed hash of the messenger's message id: Signal's contains the sender's number."""
        return self.store.pseudonym(item.channel.value, f"dedupe:{item.dedupe}")

    def _schedule(self, person: str) -> None:
        self._dirty.add(person)
        if person not in self._workers:
            self._workers[person] = asyncio.create_task(self._work(person))

    async def _work(self, person: str) -> None:
        """Handle the person's inbox rows in order until none is left; survive store errors."""
        backoff = Backoff(*self.store_backoff)
        try:
            while person in self._dirty and not self._stopping:
                self._dirty.discard(person)
                try:
                    for row_id in await self.store.inbox_for(person):
                        if self._stopping:
                            return
                        if self.throttle.active(person):
                            await self._yield_to_others()
                        await self._handle(row_id)
                except Exception as exc:
                    self._dirty.add(person)  # the row is still in the inbox: try again
                    transient = is_transient(exc)
                    event(
                        log,
                        "inbox.store_error" if transient else "inbox.error",
                        logging.WARNING if transient else logging.ERROR,
                        person=person[:8],
                        error=type(exc).__name__,
                        seconds=backoff.delay,
                    )
                    await backoff.pause()
                    continue
                if backoff.reset():
                    event(log, "inbox.store_recovered", person=person[:8])
        finally:
            del self._workers[person]
            self.throttle.settle(person, self.clock.now())
            self._calm.set()

    def _others_busy(self) -> bool:
        return any(not self.throttle.active(p) for p in self._workers)

    async def _yield_to_others(self) -> None:
        """Let unthrottled people's messages go first, for at most ``throttle_patience``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.throttle_patience
        while self._others_busy() and (left := deadline - loop.time()) > 0:
            self._calm.clear()
            with contextlib.suppress(TimeoutError):  # not wait_for: see _run_due_loop
                async with asyncio.timeout(left):
                    await self._calm.wait()

    async def _handle(self, row_id: int) -> None:
        """Handle one row in one transaction (shared with others' rows: see
        :mod:`bot.batching`); a store error propagates with the row kept."""
        now = self.clock.now()

        async def handle(tx: StoreTransaction) -> Inbound | None:
            try:
                taken = await tx.inbox_take(row_id, now)
            except Exception as exc:
                if is_transient(exc):
                    raise
                raise _Unreadable(type(exc).__name__) from exc
            if taken is None:
                return None
            await self._step(tx, *taken)
            return taken[0]

        try:
            handled = await self.group.run(handle)
            if handled is None:
                return
            inbound = handled
        except _Unreadable as exc:
            # The row itself does not open (damaged, sealed with a lost key): retrying it
            # forever would block the person; drop it, loudly.
            await self.store.inbox_discard(row_id, now)
            event(log, "inbox.unreadable", logging.ERROR, row=row_id, error=exc.error)
            return
        event(
            log,
            "inbox.handled",
            channel=inbound.channel.value,
            person=inbound.sender[:8],
            row=row_id,
        )
        self._wake[inbound.channel].set()

    async def _step(self, tx: StoreTransaction, inbound: Inbound, address: str) -> None:
        """The flow's step inside a savepoint: a bug gets an apology, a store error is raised."""
        try:
            async with tx.savepoint():
                await handle_inbound(tx, inbound, address, self.services)
        except Exception as exc:
            if is_transient(exc):
                raise  # the whole transaction rolls back; the row stays in the inbox
            frames = traceback.extract_tb(exc.__traceback__)
            where = (
                f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
            )
            event(
                log,
                "flow.error",
                logging.ERROR,
                person=inbound.sender[:8],
                error=f"{type(exc).__name__} at {where}",
            )
            locale = await apology_locale(tx, inbound, self.services.policy)
            await tx.enqueue(
                inbound.channel,
                address,
                locale,
                Outbound(inbound.sender, "error-generic"),
                self.clock.now(),
            )

    # ----- scheduled jobs ------------------------------------------------------------

    async def run_due(self) -> int:
        """Run every job that is due now; each in its own transaction, each exactly once.

        Also forgets dedupe records older than :data:`SEEN_FOR`: messengers stop
        redelivering long before (Telegram keeps updates for 24 hours).
        """
        await self.store.forget_seen(self.clock.now() - SEEN_FOR)
        await self.housekeeping()
        done = 0
        for job_id, kind, ref in await self.store.due_jobs(self.clock.now()):
            async with self.store.transaction() as tx:
                await run_due_job(tx, job_id, kind, ref, self.clock.now(), self.services.policy)
            done += 1
        done += await self._run_followups()
        if done:
            event(log, "due.ran", count=done)
            self._wake_all()
        return done

    async def _run_followups(self) -> int:
        """Every follow-up prompt due now, each in its own transaction (sent, deferred,
        reminded or flagged exactly once); the senders are woken after each batch so a
        wave starts going out while the rest is being prepared."""
        done: set[int] = set()
        while not self._stopping:
            now = self.clock.now()
            batch = [i for i in await self.store.followup_due(now, self.due_batch) if i not in done]
            if not batch:
                break  # a prompt that replaced a missed one is handled in the same run
            for start in range(0, len(batch), self.due_per_transaction):
                await self._run_prompts(batch[start : start + self.due_per_transaction], now)
            done.update(batch)
            self._wake_all()
        return len(done)

    async def _run_prompts(self, prompt_ids: Sequence[int], now: datetime) -> None:
        """A few prompts in one transaction (one commit, one sync, for all of them: each is
        still sent once, since its new state commits with its messages). A bug in one
        must not hold up the others: its savepoint is undone, it is logged and looked at
        again in an hour; a store error propagates and the whole batch stays due."""
        async with self.store.transaction() as tx:
            for prompt_id in prompt_ids:
                try:
                    async with tx.savepoint():
                        await run_due_prompt(tx, prompt_id, now, self.services)
                except Exception as exc:
                    if is_transient(exc):
                        raise
                    event(
                        log,
                        "due.prompt_error",
                        logging.ERROR,
                        row=prompt_id,
                        error=type(exc).__name__,
                    )
                    await tx.defer_prompt(prompt_id, now + timedelta(hours=1))

    async def housekeeping(self) -> None:
        """Once a UTC day (APScheduler runs it at 03:00 UTC, and the first due run of a day
        does): forget the people who never consented, erase the cases past retention (see
        :mod:`store.sqlite.erasure`), then each of :attr:`housekeeping_tasks` in turn."""
        now = self.clock.now()
        if self._housekept == now.date():
            return
        policy = self.services.policy
        dropped = await self.store.purge_unconsented(now, timedelta(hours=policy.unconsented_hours))
        purged = await self.store.purge_retention(now, timedelta(days=policy.retention_days))
        self._housekept = now.date()
        if dropped or purged.cases:
            event(
                log,
                "privacy.purged",
                count=dropped + len(purged.cases),
                status=(f"unconsented={dropped} cases={len(purged.cases)} people={purged.people}"),
            )
        for task in self.housekeeping_tasks:
            try:
                await task(now)
            except Exception as exc:
                event(log, "housekeeping.error", logging.ERROR, error=type(exc).__name__)

    async def _due_loop(self) -> None:
        """Everything overdue at start is handled at once, then on each wake-up."""
        while True:
            self._due_wake.clear()
            try:
                await self.run_due()
            except Exception as exc:  # keep scheduling alive; the job stays due
                event(log, "due.error", logging.ERROR, error=type(exc).__name__)
            # asyncio.timeout, not wait_for: on Python 3.11 a cancel that lands as
            # wait_for times out comes out as TimeoutError, is suppressed here, and the
            # loop runs on after stop() cancelled it (stop then waits for ever).
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.due_interval * 2):
                    await self._due_wake.wait()
