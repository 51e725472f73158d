"""Real-world Telegram traffic (issue 9): odd shapes, odd clients, big files, long replies.

The real PTB, runtime and store run against the fake Bot API, whose odd
shapes each cite their source (see ``tests/bot/fake_telegram.py``). Where only
the transport's contract is at stake (what a ``Received`` carries), the real
transport runs alone and hands its messages to a recording ``receive``.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from telegram import Update

from bot.telegram import TelegramTransport, WebhookConfig
from bot.telegram.download import CHUNK
from bot.transport import FilePayload, Received, Rendered
from flows.core.policy import Policy
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import TOKEN, FakeTelegram
from tests.bot.telegram_harness import CATALOGS, FAST, Person, running_bot, running_fake, wait_for
from tests.bot.test_telegram_webhook import SECRET_HEADER, hook

PDF = b"%PDF-1.4 the permit" * 30
JPEG = b"\xff\xd8\xff\xe0 the river bank" * 40
MOV = b"\x00\x00\x00\x14ftypqt  " + b"\x00" * 400
MP3 = b"ID3\x04\x00" + b"\x00" * 300

Receive = Callable[[Received], Awaitable[None]]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with running_fake() as server:
        yield server


@asynccontextmanager
async def receiving(
    fake: FakeTelegram,
    receive: Receive,
    notes: list[str] | None = None,
    policy: Policy | None = None,
    webhook: WebhookConfig | None = None,
) -> AsyncIterator[TelegramTransport]:
    """The real transport alone; quarantine notes go to ``notes``."""

    async def note(kind: str) -> None:
        if notes is not None:
            notes.append(kind)

    transport = TelegramTransport(
        TOKEN, CATALOGS, policy, api_url=fake.api_url, webhook=webhook, options=FAST
    )
    await transport.start(receive, note)
    try:
        yield transport
    finally:
        await transport.stop()


async def quarantined(store: SqliteStore) -> int:
    return sum(
        e.count
        for e in await store.transport_events()
        if (e.channel, e.kind) == ("telegram", "quarantined")
    )


# ----- item 3: one update must not stall everyone ------------------------------------------


async def test_unparseable_updates_mid_batch_are_quarantined_and_the_rest_served(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    fake.push_message(301, "/start")
    docs = fake.push_docs_example()
    poll = fake.push_legacy_poll(302)
    fake.push_unknown_update(303)
    fake.push_edited(301, "/forget")
    fake.push_blocked_bot(304)
    fake.push_message(305, "/start")
    for bad in (docs, poll):  # what Bot.get_updates would have raised on for the whole batch
        with pytest.raises(TypeError):
            Update.de_json(fake.pushed[bad], None)

    async with running_bot(fake, store) as bot:
        await bot.settle()
        assert len(fake.sent_to(301)) == 2
        assert len(fake.sent_to(305)) == 2
        # who wrote is still known: they are answered (asked to send it again), not ignored
        assert fake.sent_to(1111111)
        assert fake.sent_to(302)
        assert fake.sent_to(303) == fake.sent_to(304) == []
        assert fake.pending == []
        assert await quarantined(store) == 2
        # and the poller goes on
        assert len(await Person(bot, 306).says("/start")) == 2


async def test_an_unreadable_button_press_is_still_answered(fake: FakeTelegram) -> None:
    notes: list[str] = []

    async def receive(item: Received) -> None:
        raise AssertionError("nothing readable arrives")

    # a callback_query (Bot API docs, CallbackQuery) whose "from" lacks is_bot, like the
    # docs' webhook example: PTB cannot parse it
    sender = {"id": 33, "first_name": "Test"}
    body = {"id": "cb-odd", "from": sender, "chat_instance": "ci33", "data": "consent:yes"}
    fake.push_raw("callback_query", body)
    async with receiving(fake, receive, notes):
        await wait_for(lambda: fake.callback_answers == ["cb-odd"] and not fake.pending)
    assert notes == ["quarantined"]


async def test_lone_surrogates_are_cleaned_before_they_reach_the_store(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    async with running_bot(fake, store) as bot:
        amina = Person(bot, 401, language_code="en")
        await amina.says("/start")
        assert (await amina.taps("consent:\ud800yes"))[0].text  # a forged button: refused
        odd = Person(bot, 402, language_code="e\udc00n")
        assert await odd.says("hello \ud800 world")
        assert await amina.taps("consent:yes")
        assert await amina.says("bad \udfff text")
        assert await store.inbox_pending() == []
        assert await quarantined(store) == 0


async def test_received_strings_carry_no_lone_surrogate(fake: FakeTelegram) -> None:
    got: list[Received] = []

    async def receive(item: Received) -> None:
        got.append(item)

    fake.push_message(71, "a\ud800b", language_code="s\udfffw")
    fake.push_callback(71, "consent:\udc00")
    fake.push_document(71, PDF, file_name="re\ud800port.pdf", mime_type="application/p\ud800df")
    async with receiving(fake, receive):
        await wait_for(lambda: len(got) == 3)
    text, tap, document = got
    assert (text.text, text.locale_hint) == ("a\ufffdb", "s\ufffdw")
    assert tap.choice == "consent:\ufffd"
    assert document.attachment is not None
    assert (document.attachment.name, document.attachment.mime) == (
        "re\ufffdport.pdf",
        "application/p\ufffddf",
    )
    for item in got:
        for value in (item.text, item.choice, item.locale_hint):
            assert value is None or value.encode("utf-8")


async def test_a_failing_commit_is_quarantined_after_a_few_tries_a_full_disk_is_waited_out(
    fake: FakeTelegram,
) -> None:
    got: list[str | None] = []
    notes: list[str] = []
    disk_full = [OSError(28, "No space left on device")] * 5

    async def receive(item: Received) -> None:
        if item.text == "poison":
            raise ValueError("this update always breaks the commit")
        if item.text == "patient" and disk_full:
            raise disk_full.pop()
        got.append(item.text)

    for text in ("one", "poison", "two", "patient", "three"):
        fake.push_message(81, text)
    async with receiving(fake, receive, notes):
        await wait_for(lambda: not fake.pending and len(got) == 4, timeout=20)
    assert got == ["one", "two", "patient", "three"]
    assert notes == ["quarantined"]
    assert disk_full == []


async def test_webhook_counts_then_confirms_what_it_quarantines(fake: FakeTelegram) -> None:
    got: list[str | None] = []
    notes: list[str] = []

    async def receive(item: Received) -> None:
        if item.text == "poison":
            raise ValueError("always")
        got.append(item.text)

    config = hook()
    async with receiving(fake, receive, notes, webhook=config):
        await wait_for(lambda: fake.webhook is not None)
        fake.push_docs_example()
        assert await fake.deliver() == [200]
        assert notes == ["quarantined"]
        assert got == [None]  # its sender, asked to send it again
        fake.push_message(91, "poison")
        fake.push_message(91, "fine")
        assert await fake.deliver() == [500]
        assert await fake.deliver() == [500]
        assert await fake.deliver() == [200, 200]
        assert notes == ["quarantined", "quarantined"]
        assert got == [None, "fine"]
        async with aiohttp.ClientSession() as session:
            headers = {SECRET_HEADER: "wrong"}
            async with session.post(config.url, data=b"{}", headers=headers) as response:
                assert response.status == 403
        assert len(notes) == 2


# ----- item 7: bounded memory, one update at a time -----------------------------------------


async def test_updates_are_committed_one_at_a_time_in_batch_order(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    fake.push_document(501, PDF)
    fake.push_document(502, PDF)
    second = fake.files["FILE0002"].file_id
    held = fake.hold("getFile", match=lambda params: params.get("file_id") == second)
    async with running_bot(fake, store) as bot:
        await held.arrived.wait()
        # the first update is committed and answered before the second one is downloaded
        # (the held getFile times out after FAST.read_timeout and is retried)
        await wait_for(lambda: len(fake.sent_to(501)) >= 1)
        assert second not in fake.downloads
        assert fake.sent_to(502) == []
        held.release.set()
        await bot.settle()
        assert fake.sent_to(502)
        assert fake.downloads == ["FILE0001", second]


async def test_memory_stays_bounded_whatever_the_batch(fake: FakeTelegram) -> None:
    """16 files of 2 MiB in one batch: at most about one file is held at a time.

    Before, the whole batch was downloaded (and copied) before any commit: a
    peak of over 64 MiB here (1.45 GB for 30 x 20 MB files in a subprocess).
    """
    size = 2 * 1024 * 1024
    data = b"%PDF" + b"m" * (size - 4)  # one object: the fake serves it 16 times
    sizes: list[int] = []

    async def receive(item: Received) -> None:
        assert item.attachment is not None and item.attachment.data is not None
        sizes.append(len(item.attachment.data))

    for user in range(16):
        fake.push_document(800 + user, data)
    tracemalloc.start()
    try:
        async with receiving(fake, receive):
            await wait_for(lambda: len(sizes) == 16 and not fake.pending, timeout=30)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sizes == [size] * 16
    assert peak < 4 * size, f"peak {peak / 2**20:.1f} MiB"


async def test_a_download_stops_reading_past_the_cap(fake: FakeTelegram) -> None:
    """A self-hosted server with no 20 MB limit, no announced size, no Content-Length."""
    cap = 256 * 1024
    got: list[Received] = []

    async def receive(item: Received) -> None:
        got.append(item)

    fake.download_limit = None
    fake.chunked_downloads = True
    fake.push_document(61, b"%PDF" + b"x" * (8 * cap), announce_size=False)
    fake.chunked_downloads = False
    fake.push_document(61, b"%PDF" + b"y" * (8 * cap), announce_size=False)
    fake.push_document(61, b"%PDF" + b"z" * (cap - 4), announce_size=False)
    async with receiving(fake, receive, policy=Policy(max_file_bytes=cap)):
        await wait_for(lambda: len(got) == 3)
    streamed, announced, fits = (item.attachment for item in got)
    assert streamed is not None and announced is not None and fits is not None
    assert streamed.data is None
    assert cap < streamed.size <= cap + CHUNK
    assert (announced.data, announced.size) == (None, 8 * cap + 4)
    assert fits.data == b"%PDF" + b"z" * (cap - 4)


async def test_an_oversized_stream_gets_the_too_big_reply(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    cap = 1024 * 1024
    fake.download_limit = None
    fake.chunked_downloads = True
    async with running_bot(fake, store, policy=Policy(max_file_bytes=cap)) as bot:
        person = Person(bot, 62)
        await person.says("/start")
        await person.taps("consent:yes")
        big = b"%PDF" + b"x" * (4 * cap)
        replies = await person.sends(lambda u: fake.push_document(u, big, announce_size=False))
        assert replies[0].text == CATALOGS.format("en", "file-too-big", {"limit_mb": 1})


# ----- item 9: pieces -----------------------------------------------------------------------


async def test_pieces_are_one_call_each_with_buttons_last_and_the_file_first(
    fake: FakeTelegram,
) -> None:
    transport = TelegramTransport(TOKEN, CATALOGS, api_url=fake.api_url, options=FAST)
    long = "\n".join(f"line {n} " + "é" * 60 for n in range(200))
    message = Rendered(long, (("a:1", "One"),))
    parts = transport.pieces(message)
    assert len(parts) == 4
    assert [p.choices for p in parts] == [(), (), (), (("a:1", "One"),)]
    assert all(transport.pieces(p) == [p] for p in parts)
    report = FilePayload("document", "application/pdf", PDF, "report.pdf")
    with_file = transport.pieces(Rendered("long " * 300, (("f:b", "Reply"),), file=report))
    assert [p.file for p in with_file] == [report, None]
    assert with_file[-1].choices == (("f:b", "Reply"),)
    assert all(transport.pieces(p) == [p] for p in with_file)
    short = Rendered("fits", (("f:c", "Go"),), file=report)
    assert transport.pieces(short) == [short]

    async with transport.application:
        for index, piece in enumerate(parts, start=1):
            await transport.send("9", piece)
            assert len(fake.calls_to("sendMessage")) == index
    sent = fake.sent_to(9)
    assert "\n".join(s.text for s in sent) == long
    assert sent[-1].buttons == [("One", "a:1")]


# ----- items 13, 17, 18, 19: what a Received carries -----------------------------------------


async def test_forwarded_messages_are_marked_whatever_the_server_version(
    fake: FakeTelegram,
) -> None:
    got: list[Received] = []

    async def receive(item: Received) -> None:
        got.append(item)

    origins = ["user", "hidden_user", "chat", "channel", "legacy", "legacy_hidden", "automatic"]
    for origin in origins:
        fake.push_forwarded(17, "/forget", origin)
    fake.push_message(17, "/forget")
    async with receiving(fake, receive):
        await wait_for(lambda: len(got) == len(origins) + 1)
    assert [r.forwarded for r in got] == [True] * len(origins) + [False]
    assert {r.text for r in got} == {"/forget"}


async def test_albums_and_captioned_documents(fake: FakeTelegram) -> None:
    got: list[Received] = []

    async def receive(item: Received) -> None:
        got.append(item)

    fake.push_album(19, [JPEG, JPEG + b"2", JPEG + b"3"], caption="the fence")
    fake.push_document(19, PDF, caption="the permit they signed")
    fake.push_photo(19, JPEG)
    async with receiving(fake, receive):
        await wait_for(lambda: len(got) == 5)
    album, document, single = got[:3], got[3], got[4]
    ids = {r.album for r in album}
    assert len(ids) == 1 and None not in ids
    assert [r.text for r in album] == ["the fence", None, None]
    assert [r.attachment.data for r in album if r.attachment] == [JPEG, JPEG + b"2", JPEG + b"3"]
    assert document.text == "the permit they signed"
    assert document.attachment is not None and document.attachment.data == PDF
    assert single.album is None


async def test_real_client_mime_types_are_passed_on_and_downloaded(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    got: list[Received] = []

    async def receive(item: Received) -> None:
        got.append(item)

    fake.push_document(18, PDF, file_name="scan", mime_type=None)
    fake.push_video(18, MOV, mime_type="video/quicktime")
    fake.push_audio(18, MP3, mime_type="audio/mpeg3")
    fake.push_video(18, MOV, mime_type=None)
    fake.push_sticker(18)
    animation: dict[str, Any] = {
        "file_id": "ANIM1",
        "file_unique_id": "uANIM1",
        "width": 320,
        "height": 240,
        "duration": 2,
        "mime_type": "video/mp4",
        "file_size": 1000,
    }
    # a GIF comes with both animation and document (Bot API docs, Message.animation)
    fake.push_content(18, animation=animation, document={**animation, "file_name": "a.mp4"})
    async with receiving(fake, receive):
        await wait_for(lambda: len(got) == 6)
    files = [r.attachment for r in got]
    assert all(f is not None for f in files)
    assert [(f.mime, f.data is not None) for f in files if f] == [
        ("application/octet-stream", True),
        ("video/quicktime", True),
        ("audio/mpeg3", True),
        ("application/octet-stream", True),
        ("image/webp", False),
        ("video/mp4", False),
    ]
    assert len(fake.downloads) == 4


async def test_real_client_files_reach_the_engine_through_the_runtime(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    """Every file is downloaded and answered; the media policy (flows) judges the content."""
    async with running_bot(fake, store) as bot:
        person = Person(bot, 1818)
        await person.says("/start")
        await person.taps("consent:yes")
        for push in (
            lambda u: fake.push_document(u, PDF, file_name="scan", mime_type=None),
            lambda u: fake.push_video(u, MOV),
            lambda u: fake.push_audio(u, MP3),
        ):
            assert await person.sends(push)
        assert len(fake.downloads) == 3
        assert await store.inbox_pending() == []
