"""What the runtime does when the store or a loop fails: classify, back off, restart.

A full disk, an I/O error or a busy database are *transient*: the work is
kept (the inbox row stays, the outbox row stays) and retried after a pause
that grows while the fault lasts and resets once the store answers again.
Anything else is a bug in one message or one row, handled where it happens.
No loop of the runtime may die: :func:`supervise` restarts one that does.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import sqlite3
from collections.abc import Awaitable, Callable

from bot.logs import event

log = logging.getLogger("cre.runtime")

# Primary SQLite result codes that say "the database could not do it now", not "the
# statement is wrong": BUSY, LOCKED, NOMEM, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL.
_TRANSIENT_SQLITE = frozenset({5, 6, 7, 8, 10, 13, 14, 15})
# OS errors of a file write or read that go away by themselves (disk full, quota, I/O).
_TRANSIENT_ERRNO = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EAGAIN, errno.EROFS})


def is_transient(exc: BaseException) -> bool:
    """True if ``exc`` (or what it was raised while handling) is a passing store fault.

    The chain is followed because a failed ROLLBACK after a full disk raises
    "no transaction is active" while handling the SQLITE_FULL that caused it.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.OperationalError):
            code = getattr(current, "sqlite_errorcode", None)
            if code is None or code & 0xFF in _TRANSIENT_SQLITE:
                return True
        elif isinstance(current, OSError) and current.errno in _TRANSIENT_ERRNO:
            return True
        current = current.__cause__ or current.__context__
    return False


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
