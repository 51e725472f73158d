"""What the runtime does when the store or a loop fails: back off, restart.

A full disk, an I/O error or a busy database are *transient*
(:func:`store.errors.is_transient` says which): the work is
kept (the inbox row stays, the outbox row stays) and retried after a pause
that grows while the fault lasts and resets once the store answers again.
Anything else is a bug in one message or one row, handled where it happens.
No loop of the runtime may die: :func:`supervise` restarts one that does.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.logs import event

log = logging.getLogger("cre.runtime")


class Backoff:
    """A pause that doubles at each consecutive failure, up to ``cap`` seconds."""

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0

    @property
    def delay(self) -> float:
        return float(min(self.cap, self.base * 2.0 ** min(self.failures, 30)))

    async def pause(self) -> None:
        delay = self.delay
        self.failures += 1
        await asyncio.sleep(delay)

    def reset(self) -> bool:
        """Forget past failures; True if there were any (the store has recovered)."""
        recovered = self.failures > 0
        self.failures = 0
        return recovered


async def supervise(
    name: str, run: Callable[[], Awaitable[None]], backoff: Backoff, **fields: str
) -> None:
    """Run ``run`` forever: when it raises, log the error class, pause, start it again.

    It ends when ``run`` returns or is cancelled. ``name`` is the loop's event prefix
    (``send``, ``due``).
    """
    while True:
        try:
            await run()
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            event(
                log,
                f"{name}.crashed",
                logging.ERROR,
                error=type(exc).__name__,
                seconds=backoff.delay,
                **fields,
            )
            await backoff.pause()
