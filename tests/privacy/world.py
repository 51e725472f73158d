"""A running bot on a real data directory, for the privacy suite: the real runtime,
SQLite store, catalogs and sealer, a recording transport, a clock the test moves,
and log lines at DEBUG written where the bot writes them."""

from __future__ import annotations

import asyncio
import io
import logging
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter

from bot.i18n import Catalogs
from bot.logs import setup_logging
from bot.runtime import Runtime
from flows.core.messages import Attachment, AttachmentKind, Channel
from store.sqlite.store import SqliteStore
from tests.support.answers import CONSENT, SUBMIT, intake_answers
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")


@dataclass
class Canaries:
    """Unique strings, one per input path, so a hit says which path leaked."""

    owner: str
    made: dict[str, str] = field(default_factory=dict)

    def __call__(self, path: str) -> str:
        value = f"cnry{secrets.token_hex(5)}"
        self.made[f"{self.owner}:{path}"] = value
        return value

    def values(self) -> list[str]:
        return list(self.made.values())


@dataclass
class World:
    runtime: Runtime
    transport: RecordingTransport
    store: SqliteStore
    clock: FakeClock

    async def say(
        self,
        user: str,
        text: str | None = None,
        choice: str | None = None,
        attachment: Attachment | None = None,
    ) -> None:
        await self.transport.say(user, text, choice, attachment, locale_hint="en")
        async with asyncio.timeout(20):
            await self.runtime.idle()

    def last(self, user: str) -> str:
        return self.transport.texts(user)[-1]

    def person(self, user: str) -> str:
        return self.store.sealer.pseudonym("console", user)

    async def facilitator(
        self, user: str, name: str, regions: list[str], coordinator: bool = False
    ) -> None:
        """As ``cre-admin facilitators add`` registers one."""
        async with self.store.transaction() as tx:
            await tx.add_facilitator(
                self.person(user),
                Channel.CONSOLE,
                f"chat-{user}",
                name,
                regions,
                "en",
                coordinator,
                self.clock.now(),
            )

    async def collaborator(self, name: str, contact: str) -> int:
        """As ``cre-admin collaborators add`` registers one."""
        async with self.store.transaction() as tx:
            return await tx.add_collaborator(
                name, contact, ["research"], ["KE"], ["africa"], ["en"], False, self.clock.now()
            )

    async def intake(self, user: str, canary: Canaries) -> str:
        """A whole request with a canary in every free-text answer, a PDF with a canary
        author, and a photo with a canary camera serial and GPS position."""
        await self.say(user, "/start")
        await self.say(user, CONSENT)
        await self.say(user, attachment=pdf(canary("pdf-author")))
        answers = intake_answers(
            requester_name=canary("name"),
            organisations=canary("organisations"),
            country="Kenya",
            locality=canary("locality"),
            project=canary("project"),
            companies=canary("companies"),
            harm=canary("harm"),
            outcome=canary("outcome"),
            referral=canary("referral"),
            strategies="1 5",
        )
        for line in answers:
            await self.say(user, line)
        await self.say(user, SUBMIT)
        [ref] = REF.findall(self.last(user))
        await self.say(user, canary("caption"), attachment=photo(canary("exif-serial")))
        return ref


async def start_world(store: SqliteStore, clock: FakeClock) -> World:
    transport = RecordingTransport()
    runtime = make_runtime(store, Catalogs(), [transport], clock)
    runtime.due_interval = 3600  # the test runs due work itself
    await runtime.start()
    return World(runtime, transport, store, clock)


def photo(serial: str) -> Attachment:
    """A real JPEG whose EXIF names the camera's serial and a GPS position."""
    image = Image.new("RGB", (64, 48), (90, 140, 60))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0xA431] = serial  # BodySerialNumber
    exif.get_ifd(0x8825).update({1: "S", 2: (1.0, 17.0, 42.0), 3: "E", 4: (36.0, 49.0, 3.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    data = out.getvalue()
    return Attachment(AttachmentKind.PHOTO, "image/jpeg", len(data), data)


def pdf(author: str) -> Attachment:
    """A real PDF whose document information names its author."""
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": author, "/Producer": "Scanner 3000"})
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    return Attachment(AttachmentKind.DOCUMENT, "application/pdf", len(data), data, "permit.pdf")


@contextmanager
def debug_logging(data_dir: Path) -> Iterator[Path]:
    """The bot's own logging set-up at DEBUG (file in the data dir, and stderr), undone
    afterwards so the next test starts from pytest's handlers; yields the log file."""
    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    setup_logging("DEBUG", data_dir)
    try:
        yield data_dir / "logs" / "cre-bot.log"
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
        for handler in saved:
            root.addHandler(handler)
        root.setLevel(level)
