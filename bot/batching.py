"""Group commit: the work of many people in one transaction, each kept apart.

Why: a commit is an fsync (``synchronous=FULL``), the costliest thing the bot
does. Under load many people's messages (and many sent replies) are waiting
at the same moment; committing them together costs one fsync instead of one
each, while each caller still returns only once *its* work is committed.

Nothing waits to form a batch: when no transaction is in flight, work starts
at once (an idle bot answers as fast as before); work that arrives while one
is in flight goes into the next, all together. Callers of one person never
have two items in flight (each person's worker awaits its own), so per-person
order is unchanged.

Each item runs inside its own savepoint: an item that raises has only its own
writes undone and gets its exception back, the others commit. A failed commit
(disk full) fails every item of the batch, as each would have failed alone:
each caller keeps its row and retries, exactly as before.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from store.errors import is_transient
from store.ports import RuntimeStore, StoreTransaction

T = TypeVar("T")
K = TypeVar("K")

MAX_BATCH = 64
"""Items per transaction: bounds how long one transaction holds the database."""


@dataclass(slots=True)
class _Item:
    work: Callable[[StoreTransaction], Awaitable[Any]]
    done: asyncio.Future[Any]


class _Led:
    """The leader task that drains a queue, and waiting for it."""

    __slots__ = ()
    _leader: asyncio.Task[None] | None

    async def settle(self) -> None:
        """Wait until the work already handed over is committed (or failed).

        A stop calls this: its callers may be cancelled, but a commit in flight
        must not be dropped with them (a delivered reply whose mark is lost is
        sent again at the next start).
        """
        while self._leader is not None and not self._leader.done():
            await asyncio.wait({self._leader})


@dataclass(slots=True)
class GroupCommit(_Led):
    """Run units of work in shared transactions (see the module docstring)."""

    store: RuntimeStore
    max_batch: int = MAX_BATCH
    _queue: list[_Item] = field(default_factory=list)
    _leader: asyncio.Task[None] | None = None
    commits: int = 0
    """Transactions committed, for benchmarks and tests."""

    async def run(self, work: Callable[[StoreTransaction], Awaitable[T]]) -> T:
        """``work(tx)`` committed (possibly with others' work); its result or exception."""
        done: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.append(_Item(work, done))
        if self._leader is None or self._leader.done():
            self._leader = asyncio.create_task(self._drain())
        return await _outcome(done)

    async def _drain(self) -> None:
        while self._queue:
            batch = self._queue[: self.max_batch]
            del self._queue[: self.max_batch]
            await self._commit(batch)

    async def _commit(self, batch: Sequence[_Item]) -> None:
        # One item needs no savepoint: if it raises, rolling the whole transaction back
        # undoes exactly its writes (two statements fewer when the bot is not busy).
        run = _run_alone if len(batch) == 1 else _run_apart
        outcomes: list[tuple[_Item, Any, BaseException | None]] = []
        try:
            async with self.store.step_transaction() as tx:
                for item in batch:
                    outcomes.append(await run(tx, item))
            self.commits += 1
        except BaseException as exc:
            for item in batch:
                if not item.done.done():
                    item.done.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        for item, result, error in outcomes:
            if item.done.done():
                continue
            if error is None:
                item.done.set_result(result)
            else:
                item.done.set_exception(error)


async def _outcome(done: asyncio.Future[T]) -> T:
    """Wait for ``done``; a caller cancelled meanwhile leaves the batch to finish, and its
    outcome is read so that asyncio does not report it as never retrieved."""
    try:
        return await asyncio.shield(done)
    except asyncio.CancelledError:
        done.add_done_callback(lambda f: None if f.cancelled() else f.exception())
        raise


async def _run_alone(tx: StoreTransaction, item: _Item) -> tuple[_Item, Any, BaseException | None]:
    """Run the batch's only item; what it raises fails (and rolls back) the transaction."""
    return item, await item.work(tx), None


async def _run_apart(tx: StoreTransaction, item: _Item) -> tuple[_Item, Any, BaseException | None]:
    """Run one item in its own savepoint; a store fault fails the whole transaction."""
    try:
        async with tx.savepoint():
            return item, await item.work(tx), None
    except Exception as exc:
        if is_transient(exc):
            raise
        return item, None, exc


@dataclass(slots=True)
class Coalesce(_Led, Generic[K]):
    """Many callers' keys handed to one ``flush(keys)`` call, leader-follower style.

    Used to record a round of delivered replies in one statement and commit.
    Each caller returns once a flush holding its key succeeded, or raises what
    the flush raised.
    """

    flush: Callable[[list[K]], Awaitable[None]]
    _waiting: list[tuple[K, asyncio.Future[None]]] = field(default_factory=list)
    _leader: asyncio.Task[None] | None = None

    async def add(self, key: K) -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((key, done))
        if self._leader is None or self._leader.done():
            self._leader = asyncio.create_task(self._drain())
        await _outcome(done)

    async def _drain(self) -> None:
        while self._waiting:
            batch = self._waiting[:MAX_BATCH]
            del self._waiting[:MAX_BATCH]
            try:
                await self.flush([key for key, _ in batch])
            except BaseException as exc:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
                if not isinstance(exc, Exception):
                    raise
                continue
            for _, done in batch:
                if not done.done():
                    done.set_result(None)
