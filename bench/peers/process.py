"""Each bot as its own process: started, measured through ``/proc``, stopped.

A bot is up when the fake sees its first ``getUpdates`` (interpreter start,
imports, connecting, getMe, menus: all that a restart costs). CPU time is the
process's user + system time (``/proc/<pid>/stat``), memory its resident set
(``VmRSS`` in ``/proc/<pid>/status``); psutil is not a dependency.
The send limit is ``CRE_TELEGRAM_MAX_RATE`` for cre-bot and ``BENCH_MAX_RATE``
for the peers; both are PTB's ``AIORateLimiter``. cre-bot's own per-chat
pacing (``CRE_TELEGRAM_CHAT_RATE``) is turned off: the peers have none, and
the comparison is about the same overall limit.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from bench.peers.fake import BenchFake
from tests.bot.fake_telegram import TOKEN

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[2]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class Kind(StrEnum):
    ECHO = "echo bot"
    CONVERSATION = "PTB conversation"
    CRE = "cre-bot"


@dataclass(frozen=True, slots=True)
class Usage:
    cpu: float
    """User + system seconds since the process started."""
    rss: int
    """Resident memory, bytes."""


def usage(pid: int) -> Usage:
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rpartition(")")[2].split()
    cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    rss = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) * 1024
    return Usage(cpu, rss)


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("CRE_", "BENCH_"))}


class BotProcess:
    """One bot of ``kind`` at send limit ``rate`` (0: none), working in ``workdir``.

    ``prefix`` runs it under another command (``strace``); its pid is then
    that command's, so ``usage`` is only meaningful without one.
    """

    def __init__(
        self,
        kind: Kind,
        fake: BenchFake,
        rate: float,
        workdir: Path,
        prefix: tuple[str, ...] = (),
    ) -> None:
        self.kind = kind
        self.fake = fake
        self.rate = rate
        self.workdir = workdir
        self.prefix = prefix
        self.proc: asyncio.subprocess.Process | None = None

    def _command(self) -> tuple[list[str], dict[str, str]]:
        env = _clean_env()
        env["PYTHONUNBUFFERED"] = "1"
        if self.kind is Kind.CRE:
            env.update(
                CRE_DATA_DIR=str(self.workdir / "data"),
                CRE_TELEGRAM_TOKEN=TOKEN,
                CRE_TELEGRAM_API_URL=self.fake.api_url,
                CRE_TELEGRAM_MAX_RATE=f"{self.rate:g}",
                CRE_TELEGRAM_CHAT_RATE="0",
            )
            return [str(BIN / "cre-bot")], env
        module = "echo_bot" if self.kind is Kind.ECHO else "conversation_bot"
        env.update(
            PYTHONPATH=str(ROOT),
            BENCH_TOKEN=TOKEN,
            BENCH_API_URL=self.fake.api_url,
            BENCH_MAX_RATE=f"{self.rate:g}",
            BENCH_PICKLE=str(self.workdir / "conversation.pickle"),
        )
        return [sys.executable, "-m", f"bench.peers.{module}"], env

    def _prepare(self) -> None:
        """cre-bot's one-time setup (keys, database); not part of its start-up time."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        if self.kind is Kind.CRE:
            subprocess.run(
                [
                    str(BIN / "cre-admin"),
                    "init",
                    "--quiet",
                    "--data-dir",
                    str(self.workdir / "data"),
                ],
                check=True,
                capture_output=True,
                env=_clean_env(),
                cwd=self.workdir,
            )

    async def start(self) -> float:
        """Start it; the seconds until its first getUpdates."""
        self._prepare()
        self.fake.reset()
        command, env = self._command()
        log = (self.workdir / "bot.log").open("ab")
        began = time.perf_counter()
        self.proc = await asyncio.create_subprocess_exec(
            *self.prefix,
            *command,
            env=env,
            cwd=self.workdir,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        log.close()
        async with asyncio.timeout(60):
            polled = await self.fake.first_poll_after(began)
        return polled - began

    @property
    def pid(self) -> int:
        """The bot's own pid: under a ``prefix`` command, that command's child."""
        assert self.proc is not None
        if not self.prefix:
            return self.proc.pid
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        return int(children.split()[0])

    def usage(self) -> Usage:
        return usage(self.pid)

    async def stop(self) -> None:
        """SIGTERM, as a service manager stops it; SIGKILL if it takes over 20 s."""
        if self.proc is None or self.proc.returncode is not None:
            return
        os.kill(self.pid, signal.SIGTERM)
        try:
            async with asyncio.timeout(20):
                await self.proc.wait()
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()

    def log_tail(self, size: int = 3000) -> str:
        path = self.workdir / "bot.log"
        return path.read_text(errors="replace")[-size:] if path.exists() else ""
