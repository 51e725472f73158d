"""The store as the runtime uses it: key checks, erasure, inbox/outbox, and no plaintext."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.i18n import Catalogs
from bot.logs import event, setup_logging
from bot.runtime import Runtime
from bot.transport import SendError
from flows.core.messages import Attachment, AttachmentKind, Channel, Inbound, Outbound
from flows.core.state import Conversation
from store.crypto import KeyProblem, Keyring
from store.sqlite.store import DB_NAME, SqliteStore
from tests.support.answers import CONSENT, SUBMIT, intake_answers
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime

CANARY = "CANARY-7f3a-Ñandú-ملاحظة"


def _far_future() -> datetime:
    return datetime(2100, 1, 1, tzinfo=UTC)


@pytest.fixture
async def runtime(
    store: SqliteStore, clock: FakeClock
) -> AsyncIterator[tuple[Runtime, RecordingTransport]]:
    transport = RecordingTransport()
    runtime = make_runtime(store, Catalogs(), [transport], clock)
    await runtime.start()
    try:
        yield runtime, transport
    finally:
        await runtime.stop()


async def _say_all(
    runtime: Runtime, transport: RecordingTransport, user: str, lines: list[str]
) -> None:
    for line in lines:
        await transport.say(user, line, locale_hint="en")
        async with asyncio.timeout(10):
            await runtime.idle()


def _intake(name: str, story: str) -> list[str]:
    answers = intake_answers(
        requester_name=name, harm=story, strategies="7", outcome=story, help_kind="1"
    )
    return ["/start", CONSENT, *answers, SUBMIT]


async def test_wrong_key_is_refused_and_database_untouched(
    tmp_path: Path, keyring: Keyring
) -> None:
    data = tmp_path / "data"
    store = await SqliteStore.open(data, keyring)
    await store.close()
    before = hashlib.sha256((data / DB_NAME).read_bytes()).hexdigest()
    with pytest.raises(KeyProblem, match="Nothing was changed"):
        await SqliteStore.open(data, Keyring.generate())
    other_pseudonyms = Keyring(keyring.keys, keyring.active, b"p" * 32)
    with pytest.raises(KeyProblem, match="pseudonym key"):
        await SqliteStore.open(data, other_pseudonyms)
    assert hashlib.sha256((data / DB_NAME).read_bytes()).hexdigest() == before
    reopened = await SqliteStore.open(data, keyring)
    await reopened.close()


async def test_rotated_keyring_opens_old_database(tmp_path: Path, keyring: Keyring) -> None:
    data = tmp_path / "data"
    store = await SqliteStore.open(data, keyring)
    async with store.transaction() as tx:
        await tx.save_conversation("p1", Conversation(locale="fr"), FakeClock().now())
    await store.close()
    rotated = await SqliteStore.open(data, keyring.with_new_key())
    async with rotated.transaction() as tx:
        state = await tx.load_conversation("p1")
    await rotated.close()
    assert state is not None and state.locale == "fr"


async def test_canary_never_reaches_disk_in_plaintext(
    tmp_path: Path, store: SqliteStore, runtime: tuple[Runtime, RecordingTransport]
) -> None:
    rt, transport = runtime
    setup_logging("DEBUG", store.data_dir)
    event(logging.getLogger("cre.test"), "test.started", count=1)
    await _say_all(rt, transport, "u1", _intake(CANARY, f"story {CANARY} story")[:14])
    evidence = Attachment(
        AttachmentKind.DOCUMENT, "application/pdf", 100, f"%PDF {CANARY}".encode()
    )
    await transport.say("u1", attachment=evidence)
    await _say_all(rt, transport, "u1", _intake(CANARY, f"story {CANARY} story")[14:])
    assert any("has been sent" in t for t in transport.texts("u1"))
    cases = await store.list_cases()
    assert len(cases) == 1
    case = await store.case(cases[0].ref)
    assert case is not None and case.details is not None
    assert case.details["answers"]["requester_name"] == CANARY

    def scan() -> list[str]:
        needles = [CANARY.encode(), CANARY.encode("utf-16-le"), b"CANARY-7f3a"]
        found = []
        for path in store.data_dir.rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                found += [f"{path.name}:{n!r}" for n in needles if n in content]
        return found

    files = {p.name for p in store.data_dir.rglob("*") if p.is_file()}
    assert f"{DB_NAME}-wal" in files and "cre-bot.log" in files
    assert any(name.endswith(".sealed") for name in files)
    assert scan() == []
    await rt.stop()
    await store.close()
    assert scan() == []
    for handler in list(logging.getLogger().handlers):
        logging.getLogger().removeHandler(handler)
        handler.close()


async def test_forget_erases_person_and_keeps_anonymous_counts(
    store: SqliteStore, runtime: tuple[Runtime, RecordingTransport]
) -> None:
    rt, transport = runtime
    await _say_all(rt, transport, "u2", _intake("Someone", "words"))
    await _say_all(rt, transport, "u2", ["/forget", "1"])
    assert "deleted" in transport.texts("u2")[-1]
    [case] = await store.list_cases()
    assert case.country == "KE"
    full = await store.case(case.ref)
    assert full is not None and full.details is None
    person = store.sealer.pseudonym("console", "u2")
    async with store.transaction() as tx:
        assert await tx.load_conversation(person) is None
        assert await tx.address_of(person) is None
        assert await tx.cases_of(person) == []
    assert not list(store.data_dir.glob("files/*"))
    actions = [a["action"] for a in await store.audit_entries()]
    assert actions[-1] == "person.forgotten"
    assert await store.due_jobs(_far_future()) == []  # nothing left scheduled for them


async def test_inbox_deduplicates_redeliveries(store: SqliteStore, clock: FakeClock) -> None:
    message = Inbound("p" * 32, Channel.TELEGRAM, text="hi")
    async with store.transaction() as tx:
        first = await tx.inbox_add(Channel.TELEGRAM, "42", message, "chat", clock.now())
        again = await tx.inbox_add(Channel.TELEGRAM, "42", message, "chat", clock.now())
    assert first is not None and again is None
    async with store.transaction() as tx:
        taken = await tx.inbox_take(first, clock.now())
    assert taken == (message, "chat")
    async with store.transaction() as tx:
        assert await tx.inbox_add(Channel.TELEGRAM, "42", message, "chat", clock.now()) is None
        assert await tx.inbox_add(Channel.SIGNAL, "42", message, "chat", clock.now()) is not None


async def test_outbox_keeps_order_and_backs_off_per_person(
    store: SqliteStore, clock: FakeClock
) -> None:
    async with store.transaction() as tx:
        for person, key in (("a", "m1"), ("b", "m1"), ("a", "m2")):
            await tx.enqueue(
                Channel.CONSOLE, f"addr-{person}", "en", Outbound(person, key), clock.now()
            )
    due = await store.outbox_due(Channel.CONSOLE, clock.now())
    assert [(r.recipient, r.message.key) for r in due] == [("a", "m1"), ("b", "m1"), ("a", "m2")]
    assert due[0].address == "addr-a"
    await store.outbox_retry(due[0].id, clock.now().replace(year=2027), "busy")
    due = await store.outbox_due(Channel.CONSOLE, clock.now())
    assert [(r.recipient, r.message.key) for r in due] == [("b", "m1")]
    async with store.transaction() as tx:
        await tx.outbox_failed(due[0].id, "blocked")
    assert [(r.recipient) for r in await store.outbox_due(Channel.CONSOLE, clock.now())] == []


async def test_runtime_retries_temporary_failures_in_order(
    store: SqliteStore, runtime: tuple[Runtime, RecordingTransport], clock: FakeClock
) -> None:
    _, transport = runtime
    transport.fail_next = [SendError("timeout"), SendError("slow down", retry_after=0.01)]
    await transport.say("u3", "/start", locale_hint="en")
    clock.advance(seconds=5)
    async with asyncio.timeout(10):
        while len(transport.sent["chat-u3"]) < 2:
            clock.advance(seconds=5)
            await asyncio.sleep(0.05)
    texts = transport.texts("u3")
    assert texts[0].startswith("Welcome") and texts[1].startswith("Before we start")


async def test_messenger_ids_never_reach_the_database_in_clear(
    store: SqliteStore, runtime: tuple[Runtime, RecordingTransport]
) -> None:
    rt, transport = runtime
    number = "+254700111222"
    await transport.say(number, "/start", locale_hint="en", dedupe=f"{number}:1700000000123")
    await transport.say(number, "/start", locale_hint="en", dedupe=f"{number}:1700000000123")
    async with asyncio.timeout(10):
        await rt.idle()
    assert len(transport.texts(number)) == 2  # welcome + consent, once: the copy was ignored
    for path in store.data_dir.rglob("*"):
        if path.is_file():
            assert number.encode() not in path.read_bytes(), path.name
            assert b"254700111222" not in path.read_bytes(), path.name
