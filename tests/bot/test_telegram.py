"""The Telegram channel end to end: real PTB + runtime + store against the fake Bot API."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.logs import SafeFormatter
from bot.telegram import TelegramTransport, file_url_for
from bot.telegram.commands import COMMANDS
from bot.transport import Received
from config.settings import ConfigError
from flows.core.policy import Policy
from flows.core.questions import DONE, SKIP, Kind
from flows.intake import flow as intake
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import TOKEN, Failure, FakeTelegram, Sent
from tests.bot.telegram_harness import CATALOGS, FAST, Person, running_bot, running_fake, wait_for

PDF = b"%PDF-1.4 evidence of the dam" * 20
JPEG = b"\xff\xd8\xff\xe0 photo of the river" * 50
OGG = b"OggS voice note" * 40


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with running_fake() as server:
        yield server


def says(locale: str, key: str, **args: str | int) -> str:
    return CATALOGS.format(locale, key, dict(args) or None)


def asks(sent: list[Sent], question: str, locale: str) -> bool:
    return bool(sent) and sent[-1].text == says(locale, f"q-{question}", limit=2000)


async def test_complete_intake_in_french_with_referral_buttons_and_media(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    async with running_bot(fake, store) as bot:
        amina = Person(bot, 5550101, language_code="fr")

        first = await amina.says("/start partnerX")
        assert [s.text for s in first] == [
            says("fr", "welcome") + "\n\n" + says("fr", "telegram-not-encrypted"),
            says("fr", "q-consent"),
        ]
        assert first[1].buttons == [
            (says("fr", "consent-yes"), "consent:yes"),
            (says("fr", "consent-no"), "consent:no"),
        ]

        after = await amina.taps("consent:yes")
        assert after[0].text == says("fr", "consent-thanks")
        assert asks(after, "requester_type", "fr")
        assert after[-1].data == [
            f"requester_type:{o}" for o in intake.QUESTIONS["requester_type"].options
        ]

        assert asks(await amina.taps("requester_type:community"), "requester_name", "fr")
        assert asks(await amina.taps(f"requester_name:{SKIP}"), "relationship", "fr")
        assert asks(await amina.taps("relationship:affected"), "organisations", "fr")
        assert asks(await amina.taps(f"organisations:{SKIP}"), "country", "fr")
        assert asks(await amina.says("Kenya"), "locality", "fr")
        assert asks(await amina.says("Turkana"), "project", "fr")

        document = await amina.sends(lambda u: fake.push_document(u, PDF))
        assert document[0].text == says("fr", "file-saved-answer")
        assert asks(document, "companies", "fr")
        assert asks(await amina.taps(f"companies:{SKIP}"), "financiers", "fr")

        toggled = await amina.taps("financiers:development_bank")
        assert toggled[-1].labels[0] == "✓ " + says("fr", "opt-financiers-development_bank")
        assert asks(await amina.taps(f"financiers:{DONE}"), "sector", "fr")
        assert asks(await amina.taps("sector:mining"), "harm_timing", "fr")

        photo = await amina.sends(lambda u: fake.push_photo(u, JPEG))
        assert photo[0].text == says("fr", "file-saved-evidence")
        assert asks(photo, "harm_timing", "fr")
        assert asks(await amina.taps("harm_timing:happened"), "rights", "fr")

        sticker = await amina.sends(fake.push_sticker)
        assert sticker[0].text == says("fr", "file-sticker", limit_mb=20)
        assert asks(sticker, "rights", "fr")

        await amina.taps("rights:land")
        assert asks(await amina.taps(f"rights:{DONE}"), "harm", "fr")
        voice = await amina.sends(lambda u: fake.push_voice(u, OGG))
        assert voice[0].text == says("fr", "file-saved-answer")
        assert asks(voice, "strategies", "fr")
        await amina.taps("strategies:research")
        assert asks(await amina.taps(f"strategies:{DONE}"), "outcome", "fr")
        more = await amina.says("Que la mine s'arrête.")  # a long answer stays open for more
        assert more[-1].text == says("fr", "text-more")
        assert more[-1].buttons == [(says("fr", "text-done"), f"outcome:{DONE}")]
        assert asks(await amina.taps(f"outcome:{DONE}"), "help_kind", "fr")
        # the referral question is skipped: the deep link already said who sent her
        assert asks(await amina.taps("help_kind:information"), "safe_here", "fr")
        assert asks(await amina.taps("safe_here:yes"), "best_times", "fr")
        assert asks(await amina.taps(f"best_times:{SKIP}"), "danger_now", "fr")
        summary = await amina.taps("danger_now:no")
        assert summary[-1].data == ["summary:submit", "summary:change", "summary:cancel"]
        done = await amina.taps("summary:submit")
        assert len(done) == 1

        cases = await store.list_cases()
        assert len(cases) == 1
        assert cases[0].ref in done[0].text
        case = await store.case(cases[0].ref)
        assert case is not None and case.details is not None
        assert case.locale == "fr"
        assert case.channel == "telegram"
        answers = case.details["answers"]
        assert answers["referral_code"] == "partnerX"
        assert answers["country"] == "KE"
        assert answers["project"]["kind"] == "document"
        assert answers["harm"]["kind"] == "voice"
        assert answers["financiers"] == ["development_bank"]

        files = await store.db.read("SELECT id, kind FROM files ORDER BY created_at, kind")
        kinds = sorted(row["kind"] for row in files)
        assert kinds == ["document", "photo", "voice"]
        async with store.transaction() as tx:
            stored = {row["kind"]: await tx.read_file(row["id"]) for row in files}
        assert stored == {"document": PDF, "photo": JPEG, "voice": OGG}

        taps = len(fake.calls_to("answerCallbackQuery"))
        await wait_for(lambda: len(fake.callback_answers) == taps)
        assert taps == sum(1 for u in fake.pushed.values() if "callback_query" in u)
        assert fake.pending == []


async def test_unknown_language_code_asks_for_the_language_first(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    async with running_bot(fake, store) as bot:
        person = Person(bot, 777, language_code="de")
        first = await person.says("hello")
        assert first[-1].text == says("en", "q-language")
        picked = await person.taps("language:pt")
        assert picked[0].text.startswith(says("pt", "welcome"))
        assert says("pt", "telegram-not-encrypted") in picked[0].text


async def test_oversize_file_is_refused_without_downloading_it(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    """Size and kind are checked before download; the declared MIME type is not (item 18)."""
    async with running_bot(fake, store) as bot:
        person = Person(bot, 31337)
        await person.says("/start")
        await person.taps("consent:yes")
        big = 25 * 1024 * 1024
        announced = await person.sends(lambda u: fake.push_document(u, b"x", size=big))
        assert announced[0].text == says("en", "file-too-big", limit_mb=20)
        # the size only known from getFile: the Bot API refuses to serve it
        hidden = await person.sends(
            lambda u: fake.push_document(u, b"x", size=big, announce_size=False)
        )
        assert hidden[0].text == says("en", "file-too-big", limit_mb=20)
        refused = await person.sends(
            lambda u: fake.push_document(u, b"PK zip", "a.zip", "application/zip")
        )
        assert refused[0].text.startswith(says("en", "file-type-refused", limit_mb=20))
        # only the zip was fetched: the media policy decides on its content
        assert fake.downloads == ["FILE0003"]
        assert len(fake.calls_to("getFile")) == 2


async def test_download_is_retried_then_given_up(fake: FakeTelegram, store: SqliteStore) -> None:
    async with running_bot(fake, store) as bot:
        person = Person(bot, 4040)
        await person.says("/start")
        await person.taps("consent:yes")
        fake.fail("getFile", Failure.server(502))
        kept = await person.sends(lambda u: fake.push_photo(u, JPEG))
        assert kept[0].text == says("en", "file-saved-evidence")
        fake.fail("getFile", *[Failure.server(500)] * FAST.download_attempts)
        lost = await person.sends(lambda u: fake.push_photo(u, JPEG))
        assert lost[0].text == says("en", "file-unavailable", limit_mb=20)


async def test_group_messages_are_ignored_and_confirmed(
    fake: FakeTelegram, store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cre")
    async with running_bot(fake, store) as bot:
        fake.push_group_message(999, "/start")
        await bot.settle()
        assert fake.sent == []
        assert fake.pending == []
        assert await store.db.read("SELECT * FROM people") == []
    assert any(getattr(r, "fields", {}).get("status") == "group" for r in caplog.records)


async def test_unsupported_content_gets_a_hint_not_silence(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    async with running_bot(fake, store) as bot:
        person = Person(bot, 8080)
        await person.says("/start")
        await person.taps("consent:yes")
        location = {"latitude": 3.12, "longitude": 35.6}
        hint = await person.sends(lambda u: fake.push_content(u, location=location))
        assert hint[0].text == says("en", "hint-empty")
        assert asks(hint, "requester_type", "en")


async def test_command_menu_is_set_per_language_from_the_catalogs(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    languages = {
        lang for lang, bundle in CATALOGS.bundles.items() if bundle.has_message("cmd-start")
    }
    assert "en" in languages
    async with running_bot(fake, store):
        await wait_for(lambda: set(fake.commands) == {None, *languages})
    default = fake.commands[None]
    assert [c["command"] for c in default] == list(COMMANDS)
    assert [c["description"] for c in default] == [says("en", f"cmd-{c}") for c in COMMANDS]
    for lang, commands in fake.commands.items():
        if lang is not None:
            assert [c["description"] for c in commands] == [
                says(lang, f"cmd-{c}") for c in COMMANDS
            ]


async def test_failing_command_menu_does_not_stop_the_bot(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    fake.fail("setMyCommands", *[Failure.error(400, "Bad Request: nope")] * 20)
    async with running_bot(fake, store) as bot:
        replies = await Person(bot, 12).says("/start")
        assert len(replies) == 2


async def test_polling_survives_errors_conflicts_and_lost_answers(
    fake: FakeTelegram, store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cre")
    fake.fail(
        "getUpdates",
        Failure.server(500),
        Failure.flood(1),
        Failure.conflict(),
        Failure.timeout(),
        Failure.drop(),
        Failure.lost(),
    )
    fake.timeout_delay = 0.5
    options = dataclasses.replace(FAST, poll_timeout=1, read_timeout=0.3, max_backoff=0.2)
    async with running_bot(fake, store, options=options) as bot:
        person = Person(bot, 55)
        first = await person.says("/start")
        assert len(first) == 2
        again = await person.taps("consent:yes")
        assert again[0].text == says("en", "consent-thanks")
    events = [getattr(r, "fields", {}).get("event") for r in caplog.records]
    assert "telegram.conflict" in events
    assert "telegram.poll_failed" in events
    assert events.count("inbox.received") == 2


async def test_deep_link_without_buttons_still_counts_once(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    async with running_bot(fake, store) as bot:
        person = Person(bot, 606)
        update = fake.push_message(606, "/start coop-7")
        # the same update delivered twice (as after a crash) is handled once
        fake.redeliver(update)
        await bot.settle()
        assert len(person.new()) == 2


async def test_receive_failure_leaves_the_update_unconfirmed(fake: FakeTelegram) -> None:
    got: list[Received] = []
    failures = [RuntimeError("database is locked")]

    async def receive(item: Received) -> None:
        if failures:
            raise failures.pop()
        got.append(item)

    transport = TelegramTransport(TOKEN, CATALOGS, api_url=fake.api_url, options=FAST)
    first = fake.push_message(1, "one")
    second = fake.push_message(1, "two")
    await transport.start(receive)
    try:
        await wait_for(lambda: len(got) == 2 and not fake.pending)
    finally:
        await transport.stop()
    assert [r.dedupe for r in got] == [str(first), str(second)]
    assert [r.text for r in got] == ["one", "two"]


async def test_received_fields(fake: FakeTelegram) -> None:
    got: list[Received] = []

    async def receive(item: Received) -> None:
        got.append(item)

    transport = TelegramTransport(TOKEN, CATALOGS, api_url=fake.api_url, options=FAST)
    fake.push_message(71, "hi", language_code="sw")
    fake.push_callback(71, "consent:yes", language_code="sw")
    fake.push_callback(71, "#3")
    await transport.start(receive)
    try:
        await wait_for(lambda: len(got) == 3)
    finally:
        await transport.stop()
    text, tap, number = got
    assert (text.channel.value, text.user_id, text.address) == ("telegram", "71", "71")
    assert (text.text, text.choice, text.locale_hint) == ("hi", None, "sw")
    assert (tap.text, tap.choice) == (None, "consent:yes")
    assert (number.text, number.choice) == ("3", None)


def test_every_engine_choice_token_fits_in_callback_data() -> None:
    tokens = [f"language:{code}" for code in Policy().languages]
    tokens += ["consent:yes", "consent:no", "menu:new", "menu:status", "edit:__summary"]
    tokens += ["summary:submit", "summary:change", "summary:cancel", "cancel:yes", "forget:yes"]
    for question in intake.INTAKE:
        tokens.append(f"edit:{question.id}")
        options = [*question.options, SKIP, DONE]
        if question.kind is Kind.COUNTRY:
            options += ["KE", "PE"]
        tokens += [question.token(o) for o in options]
    assert max(len(t.encode("utf-8")) for t in tokens) <= 64


async def test_send_splits_long_texts_and_keeps_buttons_last(fake: FakeTelegram) -> None:
    from bot.transport import Rendered

    transport = TelegramTransport(TOKEN, CATALOGS, api_url=fake.api_url, options=FAST)
    long = "\n".join(f"line {n} " + "é" * 60 for n in range(200))
    token = "x" * 70
    async with transport.application:
        await transport.send("9", Rendered(long, (("a:1", "One"), (token, "Too long"))))
    parts = fake.sent_to(9)
    assert len(parts) == 4
    assert "".join(p.text + "\n" for p in parts).rstrip("\n") == long
    assert all(p.buttons == [] for p in parts[:-1])
    assert parts[-1].buttons == [("One", "a:1"), ("Too long", "#2")]


async def test_a_relayed_file_goes_as_a_document_with_caption_and_buttons(
    fake: FakeTelegram,
) -> None:
    from bot.transport import FilePayload, Rendered

    transport = TelegramTransport(TOKEN, CATALOGS, api_url=fake.api_url, options=FAST)
    photo = FilePayload("photo", "image/jpeg", JPEG)
    report = FilePayload("document", "application/pdf", PDF, "report.pdf")
    async with transport.application:
        await transport.send("9", Rendered("From the requester", (("f:a", "Answer"),), file=photo))
        await transport.send("9", Rendered("long " * 300, (("f:b", "Reply"),), file=report))
    short, document, *long_text = fake.sent_to(9)
    assert (short.text, short.document, short.file_name) == (
        "From the requester",
        JPEG,
        "photo.jpg",
    )
    assert short.buttons == [("Answer", "f:a")]
    # too long for a caption: the file first, the buttons under the last text part
    assert (document.text, document.document, document.file_name) == ("", PDF, "report.pdf")
    assert document.buttons == []
    assert [m.document for m in long_text] == [None]
    assert long_text[-1].buttons == [("Reply", "f:b")]


@pytest.mark.parametrize(
    ("failure", "permanent", "retry_after"),
    [
        (Failure.flood(3), False, 3.0),
        (Failure.error(403, "Forbidden: bot was blocked by the user"), True, None),
        (Failure.error(403, "Forbidden: user is deactivated"), True, None),
        (Failure.error(400, "Bad Request: chat not found"), True, None),
        (Failure.server(500), False, None),
        (Failure.server(502), False, None),
        (Failure.timeout(), False, None),
        (Failure.drop(), False, None),
    ],
)
async def test_send_errors_say_whether_to_retry(
    fake: FakeTelegram, failure: Failure, permanent: bool, retry_after: float | None
) -> None:
    from bot.transport import Rendered, SendError

    transport = TelegramTransport(TOKEN, CATALOGS, api_url=fake.api_url, options=FAST)
    fake.fail("sendMessage", failure)
    async with transport.application:
        with pytest.raises(SendError) as caught:
            await transport.send("9", Rendered("hello"))
    assert caught.value.permanent is permanent
    assert caught.value.retry_after == retry_after
    assert fake.sent == []


async def test_blocked_person_is_recorded_not_retried(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    fake.blocked.add(313)
    async with running_bot(fake, store) as bot:
        fake.push_message(313, "/start")
        await bot.settle()
        rows = await store.db.read("SELECT status, error, attempts FROM outbox")
    assert {(r["status"], r["error"], r["attempts"]) for r in rows} == {("failed", "Forbidden", 1)}
    assert len(fake.calls_to("sendMessage")) == 2


async def test_unreachable_telegram_at_start_is_retried(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    fake.fail("getMe", Failure.server(502), Failure.drop(), Failure.timeout())
    async with running_bot(fake, store) as bot:
        replies = await Person(bot, 21).says("/start")
        assert len(replies) == 2


async def test_a_rejected_token_stops_the_bot_with_a_clear_message(fake: FakeTelegram) -> None:
    async def receive(item: Received) -> None:
        raise AssertionError("nothing should arrive")

    transport = TelegramTransport("999:wrong", CATALOGS, api_url=fake.api_url, options=FAST)
    with pytest.raises(ConfigError, match="CRE_TELEGRAM_TOKEN"):
        await transport.start(receive)


def test_file_url_follows_the_api_url() -> None:
    assert file_url_for("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_url_for("http://10.0.0.5:8081/bot") == "http://10.0.0.5:8081/file/bot"
    assert file_url_for("http://h/tg/bot{token}") == "http://h/tg/file/bot{token}"
    with pytest.raises(ConfigError):
        file_url_for("http://h:8081/")


async def test_logs_never_carry_ids_text_or_token(
    fake: FakeTelegram, store: SqliteStore, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    fake.fail("sendMessage", Failure.flood(1), Failure.error(400, "Bad Request: chat not found"))
    async with running_bot(fake, store) as bot:
        person = Person(bot, 987654321)
        await person.says("/start secret-partner")
        await person.taps("consent:yes")
        await person.says("My secret words")
        await person.sends(lambda u: fake.push_document(u, PDF, "private-name.pdf"))
    formatter = SafeFormatter()
    lines = [formatter.format(record) for record in caplog.records]
    assert lines
    for line in lines:
        json.loads(line)
        for secret in ("987654321", TOKEN, "123456", "secret", "private-name", "My "):
            assert secret not in line, line
