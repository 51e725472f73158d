"""The console channel: chat with the bot in a terminal, no messenger account needed.

One local person types lines; the bot's replies are printed with numbered
choices, answered by typing the number. Works the same when stdin is a pipe
or a file (one line per message), so conversations can be scripted; at the
end of input the runtime finishes what it was doing and the program exits.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import threading
from typing import TextIO

from bot.transport import Receive, Received, Rendered
from flows.messages import Channel

LOCAL_USER = "local"


class ConsoleTransport:
    channel = Channel.CONSOLE

    def __init__(
        self, stdin: TextIO | None = None, stdout: TextIO | None = None, locale: str | None = None
    ) -> None:
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.locale = locale
        self.finished = asyncio.Event()
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._counter = itertools.count(1)
        self.interactive = self.stdin.isatty()

    async def start(self, receive: Receive) -> None:
        loop = asyncio.get_running_loop()

        def read() -> None:  # a daemon thread: a blocked terminal read never holds up exit
            for line in iter(self.stdin.readline, ""):
                loop.call_soon_threadsafe(self._lines.put_nowait, line)
            loop.call_soon_threadsafe(self._lines.put_nowait, None)

        threading.Thread(target=read, name="console-stdin", daemon=True).start()
        self._task = asyncio.create_task(self._pump(receive))

    async def _pump(self, receive: Receive) -> None:
        while (line := await self._lines.get()) is not None:
            text = line.rstrip("\r\n")
            await receive(
                Received(
                    channel=Channel.CONSOLE,
                    user_id=LOCAL_USER,
                    address=LOCAL_USER,
                    dedupe=f"{id(self)}:{next(self._counter)}",
                    text=text,
                    locale_hint=self.locale,
                )
            )
        self.finished.set()

    async def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def send(self, address: str, message: Rendered) -> None:
        lines = [f"bot> {message.text}".replace("\n", "\n     ")]
        for number, (_, label) in enumerate(message.choices, start=1):
            lines.append(f"     {number}. {label}")
        if message.multi and message.multi_hint:
            lines.append(f"     {message.multi_hint}")
        self.stdout.write("\n".join(lines) + "\n")
        if self.interactive:
            self.stdout.write("you> ")
        self.stdout.flush()
