"""The console channel: chat with the bot in a terminal, no messenger account needed.

One local person types lines; the bot's replies are printed with numbered
choices, answered by typing the number. Works the same when stdin is a pipe
or a file (one line per message), so conversations can be scripted; at the
end of input the runtime finishes what it was doing and the program exits.

On a terminal it greets the person with how it works and shows a prompt;
Ctrl-D (end of input) says goodbye. Piped input gets neither, so scripts read
only the bot's replies.

Like RapidPro's simulator, ``/as facilitator africa``, ``/as coordinator``
and ``/as requester`` switch who is typing, so the whole loop (request,
routing, claim, relay) can be tried on one terminal. Replies to someone other
than the local requester are printed with their name.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import TextIO

from bot.logs import event
from bot.transport import Note, Receive, Received, Rendered, ignore_note
from flows.core.messages import Channel
from store.errors import is_transient

log = logging.getLogger("cre.console")
LOCAL_USER = "local"
RETRY_FIRST = 0.05
RETRY_MAX = 2.0
Switch = Callable[[list[str]], Awaitable[tuple[str | None, str]]]
"""Given the words after ``/as``, return the new console user id (None: unchanged) and
the line to print."""


class ConsoleTransport:
    channel = Channel.CONSOLE

    def __init__(
        self,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        locale: str | None = None,
        switch: Switch | None = None,
        greeting: str = "",
        goodbye: str = "",
    ) -> None:
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.locale = locale
        self.switch = switch
        self.greeting = greeting
        self.goodbye = goodbye
        self.settle: Callable[[], Awaitable[None]] | None = None
        self.user = LOCAL_USER
        self.finished = asyncio.Event()
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._counter = itertools.count(1)
        self.interactive = self.stdin.isatty()

    async def start(self, receive: Receive, note: Note = ignore_note) -> None:
        loop = asyncio.get_running_loop()

        def read() -> None:  # a daemon thread: a blocked terminal read never holds up exit
            for line in iter(self.stdin.readline, ""):
                loop.call_soon_threadsafe(self._lines.put_nowait, line)
            loop.call_soon_threadsafe(self._lines.put_nowait, None)

        if self.interactive and self.greeting:
            self._print(self.greeting)
        threading.Thread(target=read, name="console-stdin", daemon=True).start()
        self._task = asyncio.create_task(self._pump(receive))

    async def _pump(self, receive: Receive) -> None:
        await self._resume(receive)
        while (line := await self._lines.get()) is not None:
            text = line.rstrip("\r\n")
            words = text.split()
            if self.switch is not None and words[:1] == ["/as"]:
                if self.settle is not None:  # the previous persona's messages come first
                    await self.settle()
                user, said = await self.switch(words[1:])
                self.user = user or self.user
                self._print(said)
                continue
            await self._deliver(
                receive,
                Received(
                    channel=Channel.CONSOLE,
                    user_id=self.user,
                    address=self.user,
                    dedupe=f"{id(self)}:{next(self._counter)}",
                    text=text,
                    locale_hint=self.locale,
                ),
            )
        if self.interactive and self.goodbye:
            if self.settle is not None:  # the last replies come before the goodbye
                await self.settle()
            self.stdout.write(f"\n{self.goodbye}\n")
            self.stdout.flush()
        self.finished.set()

    async def _resume(self, receive: Receive) -> None:
        """Show the question a conversation left pending, before anything is typed: the
        engine's ``/pending`` reminds where it stands (and says nothing when nothing is)."""
        await self._deliver(
            receive,
            Received(
                channel=Channel.CONSOLE,
                user_id=self.user,
                address=self.user,
                dedupe=f"{id(self)}:resume",
                text="/pending",
                locale_hint=self.locale,
            ),
        )

    async def _deliver(self, receive: Receive, item: Received) -> None:
        """Hand ``item`` over until the runtime has committed it, as a messenger redelivers
        what was not acknowledged: a full disk delays a typed line, never loses it. Any
        other failure is logged and the console goes on with the next line."""
        pause = RETRY_FIRST
        while True:
            try:
                await receive(item)
                return
            except Exception as exc:
                if not is_transient(exc):
                    event(log, "console.refused", logging.ERROR, error=type(exc).__name__)
                    return
                event(
                    log, "console.retry", logging.WARNING, error=type(exc).__name__, seconds=pause
                )
                await asyncio.sleep(pause)
                pause = min(RETRY_MAX, pause * 2)

    async def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def _print(self, text: str) -> None:
        self.stdout.write(text + "\n")
        if self.interactive:
            self.stdout.write(f"{self.user}> ")
        self.stdout.flush()

    def pieces(self, message: Rendered) -> list[Rendered]:
        return [message]

    async def send(self, address: str, message: Rendered) -> None:
        prompt = "bot> " if address == LOCAL_USER else f"bot → {address}> "
        lines = [f"{prompt}{message.text}".replace("\n", "\n     ")]
        for number, (_, label) in enumerate(message.choices, start=1):
            lines.append(f"     {number}. {label}")
        if message.multi and message.multi_hint:
            lines.append(f"     {message.multi_hint}")
        if message.file is not None:
            size = max(1, len(message.file.data) // 1024)
            lines.append(f"     📎 {message.file.kind} {message.file.mime} {size} KB")
        self._print("\n".join(lines))
