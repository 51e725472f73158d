"""Keep one websocket to signal-cli-rest-api open for as long as the bot runs.

signal-cli-rest-api pushes each message once, to whichever websockets are
connected at that moment, and drops it if none is. So the receive loop must
never stay down: signalbot's own loop ends for good when the server closes
the websocket cleanly (code 1000) and, after abrupt closes, waits up to five
minutes between attempts. This supervisor runs the connection itself and
reconnects after any ending, clean or not, forever until :meth:`stop`, with a
short capped backoff (0.1 s doubling to 2 s: the service is on loopback, so
trying often costs nothing and shortens the window in which messages are
dropped) that resets once a connection has proved stable.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from bot.logs import event

log = logging.getLogger("cre.signal")

Connect = Callable[[], AsyncIterator[str]]
Handle = Callable[[str], Awaitable[None]]
Ready = Callable[[], Awaitable[bool]]
Lane = Callable[[str], str | None]
"""Which lane a frame goes in (its sender), or None: handled alone, after all the others."""

MAX_LANES = 32
"""People whose frames are handled at once; the next frame waits for one to finish."""


class Backoff:
    """Delays ``initial``, doubling up to ``cap``; back to ``initial`` after a stable run."""

    def __init__(self, initial: float, cap: float, stable_after: float) -> None:
        self.initial = initial
        self.cap = cap
        self.stable_after = stable_after
        self.delay = initial

    def next(self, ran_for: float) -> float:
        if ran_for >= self.stable_after:
            self.delay = self.initial
        delay = self.delay
        self.delay = min(self.cap, self.delay * 2)
        return delay


class ReceiveLoop:
    """Run ``connect()`` frame by frame through ``handle``, reconnecting whenever it ends.

    ``ready()`` is awaited (and retried with the same backoff) before the first
    connection: it checks that the service is reachable and compatible.
    ``handle`` should not raise, but if it does the frame is logged as lost and
    the loop goes on. Without ``lane`` it is awaited for one frame at a time,
    in order. With it, frames of different people are handled at once, each
    person's in order, so a burst's commits meet in the runtime's group commit
    (one fsync for many people instead of one each); a frame ``lane`` puts in
    no lane (one with files, which must not be held in memory together, or
    one that is not a message) waits for the others and is handled alone.
    Frames already read when a session ends, or when the bot stops, are
    handled before it ends: the service would not send them again.
    ``attempts`` counts websocket sessions tried. An ending is logged at INFO
    (clean) or WARNING (failed) once per streak of short sessions and then
    every 30th time, so an outage of the service shows without flooding the log.
    """

    def __init__(
        self,
        connect: Connect,
        handle: Handle,
        ready: Ready,
        *,
        initial: float = 0.1,
        cap: float = 2.0,
        stable_after: float = 10.0,
        lane: Lane | None = None,
    ) -> None:
        self._connect = connect
        self._handle = handle
        self._lane = lane
        self._ready = ready
        self._backoff = Backoff(initial, cap, stable_after)
        self._task: asyncio.Task[None] | None = None
        self.attempts = 0

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="signal-receive")
        self._task.add_done_callback(self._ended)

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _ended(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            event(log, "signal.receive_died", logging.ERROR, error=type(task.exception()).__name__)

    async def _run(self) -> None:
        """:meth:`_serve` forever: even a bug in it must not end receiving."""
        while True:
            try:
                await self._serve()
            except Exception as exc:
                event(log, "signal.receive_crashed", logging.ERROR, error=type(exc).__name__)
                await asyncio.sleep(self._backoff.cap)

    async def _serve(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            if await self._ready():
                break
            await asyncio.sleep(self._backoff.next(0.0))
        self._backoff.delay = self._backoff.initial
        streak = 0
        while True:
            started = loop.time()
            self.attempts += 1
            outcome, error = await self._session()
            ran_for = loop.time() - started
            streak = 1 if ran_for >= self._backoff.stable_after else streak + 1
            delay = self._backoff.next(ran_for)
            fields = {"channel": "signal", "seconds": round(delay, 2), "count": streak}
            if error is not None:
                fields["error"] = error
            level = logging.WARNING if outcome == "failed" else logging.INFO
            if streak != 1 and streak % 30:
                level = logging.DEBUG
            event(log, f"signal.receive_{outcome}", level, **fields)
            await asyncio.sleep(delay)

    async def _session(self) -> tuple[str, str | None]:
        """One websocket session; how it ended ('closed' cleanly or 'failed') and why."""
        frames = self._connect()
        lanes: dict[str, asyncio.Task[None]] = {}
        try:
            async for raw in frames:
                key = self._lane(raw) if self._lane is not None else None
                if key is None:
                    await _finished(lanes)
                    await self._handled(raw)
                else:
                    await self._queue(lanes, key, raw)
        except Exception as exc:
            cause = exc.__cause__ or exc
            return "failed", type(cause).__name__
        finally:
            try:
                await _finished(lanes)
            finally:
                aclose = getattr(frames, "aclose", None)
                if aclose is not None:
                    await aclose()
        return "closed", None

    async def _queue(self, lanes: dict[str, asyncio.Task[None]], key: str, raw: str) -> None:
        """Handle ``raw`` after the frame before it in its lane; wait if all lanes are busy."""
        if key not in lanes and len(lanes) >= MAX_LANES:
            await asyncio.wait(set(lanes.values()), return_when=asyncio.FIRST_COMPLETED)
        task = asyncio.create_task(self._after(lanes.get(key), raw))
        lanes[key] = task

        def leave(done: asyncio.Task[None]) -> None:
            if lanes.get(key) is done:
                del lanes[key]

        task.add_done_callback(leave)

    async def _after(self, previous: asyncio.Task[None] | None, raw: str) -> None:
        if previous is not None:
            await asyncio.wait({previous})
        await self._handled(raw)

    async def _handled(self, raw: str) -> None:
        try:
            await self._handle(raw)
        except Exception as exc:
            event(log, "signal.frame_lost", logging.ERROR, error=type(exc).__name__)


async def _finished(lanes: dict[str, asyncio.Task[None]]) -> None:
    """Wait for every lane; if this wait is cancelled (a stop cut short), cancel them too."""
    if not lanes:
        return
    running = set(lanes.values())
    try:
        await asyncio.wait(running)
    except asyncio.CancelledError:
        for task in running:
            task.cancel()
        raise
