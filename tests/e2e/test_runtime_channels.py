"""What the runtime does at the edges of its channels.

- Replies for a channel that does not run here wait without blocking anything
  (in-process, and the real ``cre-bot`` console at ``/as``), and start-up says
  how many wait for which channel.
- Start-up says loudly when no coordinator is registered.
- Strings with lone surrogates (possible after JSON decoding) are cleaned
  before they are pseudonymised or stored.
- A reply cut into pieces records each delivered piece: a later failure
  never resends the first one, and the file goes with the first piece.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import re
from pathlib import Path

import pytest

from bot.i18n import Catalogs
from bot.runtime import Runtime
from bot.transport import Rendered, SendError
from flows.core.messages import Attachment, AttachmentKind, Channel, Outbound
from flows.core.policy import LANGUAGES
from flows.core.ports import Clock
from store.sqlite.store import SqliteStore
from tests.e2e.conftest import run
from tests.support.answers import CONSENT, SUBMIT, intake_answers
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")


@functools.cache
def _catalogs() -> Catalogs:
    return Catalogs()


def _runtime(store: SqliteStore, transports: list[RecordingTransport], clock: Clock) -> Runtime:
    runtime = make_runtime(store, _catalogs(), transports, clock)
    runtime.backoff_base = 0.01
    runtime.idle_wait = 0.05
    return runtime


async def _settle(runtime: Runtime, clock: FakeClock) -> None:
    """Wait for the runtime to be idle, moving the clock past any retry."""
    async with asyncio.timeout(10):
        while True:
            clock.advance(seconds=5)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(0.2):
                    await runtime.idle()
                    return


def _events(caplog: pytest.LogCaptureFixture) -> list[dict[str, object]]:
    return [getattr(r, "fields", {}) for r in caplog.records if hasattr(r, "fields")]


async def _telegram_facilitator(store: SqliteStore, clock: FakeClock) -> None:
    """The README's own example: a facilitator for Africa, registered on Telegram."""
    async with store.transaction() as tx:
        await tx.add_facilitator(
            store.sealer.pseudonym("telegram", "123456789"),
            Channel.TELEGRAM,
            "123456789",
            "Amina",
            ["africa"],
            "en",
            False,
            clock.now(),
        )


async def test_replies_for_a_channel_not_running_wait_without_blocking(
    store: SqliteStore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    await _telegram_facilitator(store, clock)
    async with store.transaction() as tx:  # an announcement already waits for Telegram
        await tx.enqueue(
            Channel.TELEGRAM, "123456789", "en", Outbound("someone", "help"), clock.now()
        )
    console = RecordingTransport()
    runtime = _runtime(store, [console], clock)
    caplog.set_level(logging.INFO, logger="cre")
    await runtime.start()
    try:
        await console.say("u", "/start", locale_hint="en")
        async with asyncio.timeout(5):
            await runtime.idle()
    finally:
        await runtime.stop()
    assert console.texts("u")[0].startswith("Welcome")
    assert await store.outbox_waiting_by_channel() == {"telegram": 1}  # kept for Telegram
    waiting = [e for e in _events(caplog) if e.get("event") == "outbox.waiting"]
    assert waiting == [{"event": "outbox.waiting", "channel": "telegram", "count": 1}]


def test_console_persona_switch_does_not_hang_on_telegram_rows(data: Path) -> None:
    """``cre-bot`` on the console only, a facilitator registered on Telegram: a request is
    announced to Telegram (waiting there), and ``/as`` still answers at once."""
    assert run("cre-admin", "init", "--quiet", data=data).returncode == 0
    added = run(
        "cre-admin",
        *("facilitators", "add", "--region", "africa", "--channel", "telegram"),
        *("--id", "123456789", "--name", "Amina"),
        data=data,
    )
    assert added.returncode == 0, added.stdout + added.stderr
    english = str(LANGUAGES.index("en") + 1)
    script = ["hello", english, CONSENT, *intake_answers(), SUBMIT, "/as coordinator", "/cases"]
    result = run("cre-bot", data=data, stdin="\n".join(script) + "\n", timeout=40)
    assert result.returncode == 0, result.stderr[-2000:]
    refs = REF.findall(result.stdout)
    assert refs and result.stdout.count(refs[0]) >= 2  # submitted, then listed in /cases
    log = data / "logs" / "cre-bot.log"
    assert "outbox.waiting" not in _log_events(log.read_text())  # nothing waited at start…
    again = run("cre-bot", data=data, stdin="/status\n", timeout=40)
    waiting = _log_events(log.read_text())["outbox.waiting"]  # …the announcement waits now
    assert (waiting["channel"], waiting["count"], waiting["level"]) == ("telegram", 1, "warning")
    # The console's terminal says it once, as a sentence (issue 11 item 18), not as JSON.
    assert "1 replies wait for the telegram channel" in again.stderr
    assert _log_events(again.stderr) == {}


def _log_events(text: str) -> dict[str, dict[str, object]]:
    """The JSON log lines ``cre-bot`` wrote, by event name (the last of each)."""
    found: dict[str, dict[str, object]] = {}
    for line in text.splitlines():
        with contextlib.suppress(ValueError):
            entry = json.loads(line)
            if isinstance(entry, dict) and "event" in entry:
                found[str(entry["event"])] = entry
    return found


async def test_start_up_says_loudly_when_no_coordinator_is_registered(
    store: SqliteStore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cre")
    runtime = _runtime(store, [RecordingTransport()], clock)
    await runtime.start()
    await runtime.stop()
    loud = [
        r
        for r in caplog.records
        if getattr(r, "fields", {}).get("event") == "runtime.no_coordinator"
    ]
    assert len(loud) == 1 and loud[0].levelno == logging.ERROR
    caplog.clear()
    async with store.transaction() as tx:
        await tx.add_facilitator(
            store.sealer.pseudonym("signal", "+254700000001"),
            Channel.SIGNAL,
            "+254700000001",
            "Coordinator",
            [],
            "en",
            True,
            clock.now(),
        )
    runtime = _runtime(store, [RecordingTransport()], clock)
    await runtime.start()
    await runtime.stop()
    assert "runtime.no_coordinator" not in {e.get("event") for e in _events(caplog)}


async def test_lone_surrogates_are_cleaned_before_anything_is_stored(
    store: SqliteStore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cre")
    transport = RecordingTransport(Channel.TELEGRAM)
    runtime = _runtime(store, [transport], clock)
    await runtime.start()
    try:
        note = Attachment(
            AttachmentKind.DOCUMENT, "application/pdf\ud800", 3, b"%PD", "a\udc00.pdf"
        )
        await transport.say("u\ud83d", "/start", locale_hint="en\ud800")
        await transport.say("u\ud83d", "1", choice="x\ud800", dedupe="d\ud800")
        await transport.say("u\ud83d", None, attachment=note)
        await transport.say("u\ud83d", "hello \udfff")
        async with asyncio.timeout(5):
            await runtime.idle()
    finally:
        await runtime.stop()
    assert transport.texts("u\ud83d") == []
    texts = transport.texts("u\ufffd")  # the address, cleaned like the rest
    assert len(texts) >= 4  # every message was answered…
    assert "flow.error" not in {e.get("event") for e in _events(caplog)}  # …without a crash
    assert await store.inbox_pending() == []


async def test_a_reply_in_pieces_never_resends_a_delivered_piece(
    store: SqliteStore, clock: FakeClock
) -> None:
    """The first piece goes, the second fails: the delivered piece is recorded, and after
    a restart only the rest is sent."""
    transport = RecordingTransport(split=40)
    failures: list[str] = []

    def second_piece_fails_once(address: str, piece: Rendered) -> SendError | None:
        if transport.sent[address] and not failures:
            failures.append(address)
            return SendError("timeout")
        return None

    transport.fail_when = second_piece_fails_once
    runtime = _runtime(store, [transport], clock)
    await runtime.start()
    try:
        await transport.say("u", "/start", locale_hint="en")
        async with asyncio.timeout(5):
            while not (rows := await store.db.read("SELECT * FROM outbox WHERE attempts > 0")):
                await asyncio.sleep(0.01)
    finally:
        await runtime.stop()
    assert rows[0]["parts_sent"] == 1 and len(transport.sent["chat-u"]) == 1
    runtime = _runtime(store, [transport], clock)  # a restart: nothing remembered in memory
    await runtime.start()
    try:
        await _settle(runtime, clock)
    finally:
        await runtime.stop()
    welcome = _catalogs().render(Outbound("x", "welcome"), "en").text
    consent = _catalogs().render(Outbound("x", "q-consent"), "en").text
    pieces = [m.text for m in transport.sent["chat-u"]]
    assert failures == ["chat-u"]
    assert "".join(pieces) == welcome + consent  # every piece once, in order
    assert transport.sent["chat-u"][-1].choices  # the buttons came with the last piece


async def test_the_file_goes_with_the_first_piece_and_progress_is_recorded(
    store: SqliteStore, clock: FakeClock
) -> None:
    transport = RecordingTransport(split=30)
    file_id = "a" * 24
    evidence = Attachment(AttachmentKind.PHOTO, "image/jpeg", 4, b"\xff\xd8\xff\xe0", "p.jpg")
    async with store.transaction() as tx:
        await tx.save_file("p", file_id, evidence, clock.now())
        await tx.enqueue(
            Channel.CONSOLE,
            "chat-f",
            "en",
            Outbound("p", "relay", text="x" * 95, file_id=file_id),
            clock.now(),
        )
    transport.fail_when = lambda address, piece: (
        SendError("chat gone", permanent=True) if len(transport.sent[address]) == 2 else None
    )
    runtime = _runtime(store, [transport], clock)
    await runtime.start()
    try:
        async with asyncio.timeout(5):
            await runtime.idle()
    finally:
        await runtime.stop()
    sent = transport.sent["chat-f"]
    assert len(sent) == 2  # the third piece failed for good: not retried
    assert sent[0].file is not None and sent[0].file.data == evidence.data
    assert sent[1].file is None


async def test_a_transport_bug_on_one_reply_does_not_stop_the_channel(
    store: SqliteStore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """The sender survives: the reply stays queued, is tried again, and goes."""
    transport = RecordingTransport()
    transport.broken_pieces = [KeyError("bug"), KeyError("bug")]
    runtime = _runtime(store, [transport], clock)
    runtime.store_backoff = (0.01, 0.05)
    caplog.set_level(logging.INFO, logger="cre")
    await runtime.start()
    try:
        await transport.say("u", "/start", locale_hint="en")
        async with asyncio.timeout(5):
            await runtime.idle()
        await transport.say("v", "/start", locale_hint="en")
        async with asyncio.timeout(5):
            await runtime.idle()
    finally:
        await runtime.stop()
    assert transport.texts("u")[0].startswith("Welcome") and len(transport.texts("u")) == 2
    assert len(transport.texts("v")) == 2
    errors = [e for e in _events(caplog) if e.get("event") == "outbox.error"]
    assert [e["error"] for e in errors] == ["KeyError", "KeyError"]


async def test_a_reply_that_always_meets_a_bug_is_failed_and_the_next_go(
    store: SqliteStore, clock: FakeClock
) -> None:
    transport = RecordingTransport()
    transport.broken_pieces = [KeyError("bug")] * 5
    runtime = _runtime(store, [transport], clock)
    runtime.store_backoff = (0.005, 0.05)
    await runtime.start()
    try:
        await transport.say("u", "/start", locale_hint="en")
        async with asyncio.timeout(5):
            await runtime.idle()
    finally:
        await runtime.stop()
    assert len(transport.texts("u")) == 1  # the welcome was given up, the consent went
    rows = await store.db.read("SELECT status, error FROM outbox")
    assert [(r["status"], r["error"]) for r in rows] == [("failed", "internal-error")]


async def test_a_coordinator_on_a_channel_not_running_is_reported(
    store: SqliteStore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    async with store.transaction() as tx:
        await tx.add_facilitator(
            store.sealer.pseudonym("signal", "+254700000001"),
            Channel.SIGNAL,
            "+254700000001",
            "Coordinator",
            [],
            "en",
            True,
            clock.now(),
        )
    caplog.set_level(logging.INFO, logger="cre")
    runtime = _runtime(store, [RecordingTransport(Channel.TELEGRAM)], clock)
    await runtime.start()
    await runtime.stop()
    assert "runtime.coordinator_elsewhere" in {e.get("event") for e in _events(caplog)}
