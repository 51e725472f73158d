"""From one raw update to a committed inbox row: the step polling and the webhook share.

Contract: :meth:`Acceptor.accept` takes one update as Telegram sent it (a
decoded JSON object) and returns True once it may be confirmed to Telegram
(advance the getUpdates offset, or answer the webhook with 200): it was
committed to the inbox through the runtime's ``receive``, ignored on purpose,
or quarantined. False means "not now": leave it unconfirmed so that Telegram
delivers it again (the inbox deduplicates on ``update_id``).

Updates are parsed one by one (``Update.de_json`` per object), so one that PTB
cannot parse never takes a whole batch down with it. Such an update is
quarantined at once (parsing the same bytes again gives the same error): it
is counted with ``note("quarantined")``, logged without content, and, when the
raw object still shows a person writing in a private chat, that person is
asked to send it again (a ``Received`` marked ``unreadable``); an unreadable
button press is still answered, so the client's spinner stops.

An update whose conversion or commit fails is retried; after ``tries``
failures it is quarantined too, so everyone else is served. Failures of the
environment (a full disk, a locked database, the network:
:data:`store.errors.ENVIRONMENT_ERRORS`) are never the update's fault and never
quarantine it: it waits, unconfirmed, until the store works again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Any

from telegram import Bot, Update
from telegram.error import TelegramError

from bot.logs import event
from bot.sanitize import clean_optional
from bot.telegram.convert import Converter, Incoming
from bot.transport import Note, Receive, Received, ignore_note
from flows.core.messages import Channel
from store.errors import ENVIRONMENT_ERRORS

log = logging.getLogger("cre.telegram")
QUARANTINED = "quarantined"
MAX_TRACKED = 1000


class Acceptor:
    def __init__(
        self,
        bot: Bot,
        converter: Converter,
        receive: Receive,
        note: Note = ignore_note,
        tries: int = 3,
    ) -> None:
        self.bot = bot
        self.converter = converter
        self.receive = receive
        self.note = note
        self.tries = max(1, tries)
        self._failures: dict[int, int] = {}
        self._answers: set[asyncio.Task[None]] = set()

    async def accept(self, raw: object) -> bool:
        """Parse, convert and commit one update; True when it may be confirmed."""
        update_id = update_id_of(raw)
        if update_id is None:
            return await self._quarantine(None, "no-update-id")
        try:
            update = Update.de_json(raw, self.bot)  # type: ignore[arg-type]
        except Exception as exc:  # PTB refuses shapes real servers send
            return await self._unparseable(raw, update_id, exc)
        try:
            await self.commit(await self.converter.convert(update))
        except Exception as exc:  # left unconfirmed, or quarantined after a few tries
            return await self._failed(update_id, exc)
        self._failures.pop(update_id, None)
        return True

    async def accept_many(self, raws: Sequence[object]) -> int:
        """Accept a getUpdates batch in order; how many of its first updates may be confirmed.

        Why: committed one by one, a batch costs a commit (an fsync) per update.
        Plain updates are parsed and converted in order, then committed together
        in runs: the runtime's group commit puts a run in one transaction, each
        update in its own savepoint. A run holds one update per person, so a
        failing commit can never let a person's later message in before an
        earlier one: their next update starts the next run, committed only after
        this one. An update that is not plain (unparseable, or failing to
        convert) ends the run too and goes through :meth:`accept`. The count
        stops at the first update whose commit fails; others of its run that
        did commit are deduplicated when Telegram delivers them again.
        """
        accepted = 0
        run: list[tuple[int, Incoming]] = []
        people: set[str] = set()
        for raw in raws:
            converted = await self._converted(raw)
            person = _person(converted)
            if converted is None or person in people:  # the run ends here
                committed = await self._commit_run(run)
                accepted += committed
                if committed < len(run):
                    return accepted
                run, people = [], set()
            if converted is None:
                if not await self.accept(raw):
                    return accepted
                accepted += 1
                continue
            run.append(converted)  # the same person again opens the next run
            if person is not None:
                people.add(person)
        return accepted + await self._commit_run(run)

    async def _converted(self, raw: object) -> tuple[int, Incoming] | None:
        """(update_id, converted) for a plain update, or None: :meth:`accept` handles it.

        An update carrying a file is not plain: its download is held in memory until
        its commit, so files go one at a time (memory stays bounded whatever the batch).
        """
        update_id = update_id_of(raw)
        if update_id is None or _carries_file(raw):
            return None
        try:
            update = Update.de_json(raw, self.bot)  # type: ignore[arg-type]
            return update_id, await self.converter.convert(update)
        except Exception:  # accept() parses it again and decides (retry, quarantine)
            return None

    async def _commit_run(self, run: list[tuple[int, Incoming]]) -> int:
        """Commit ``run`` together; how many of its first updates may be confirmed."""
        outcomes = await asyncio.gather(
            *(self.commit(incoming) for _, incoming in run), return_exceptions=True
        )
        for index, ((update_id, _), outcome) in enumerate(zip(run, outcomes, strict=True)):
            if isinstance(outcome, BaseException):
                if not isinstance(outcome, Exception):
                    raise outcome
                if not await self._failed(update_id, outcome):
                    return index
            else:
                self._failures.pop(update_id, None)
        return len(run)

    async def commit(self, incoming: Incoming) -> None:
        """Commit to the inbox, then answer a button press (in the background)."""
        if incoming.received is not None:
            await self.receive(incoming.received)
        if incoming.callback_id is not None:
            self._answer_later(incoming.callback_id)

    def _answer_later(self, callback_id: str) -> None:
        task = asyncio.create_task(self._answer(callback_id))
        self._answers.add(task)
        task.add_done_callback(self._answers.discard)

    async def _unparseable(self, raw: object, update_id: int, exc: Exception) -> bool:
        event(log, "telegram.unparseable", logging.WARNING, error=type(exc).__name__)
        salvaged = salvage(raw, update_id)
        if salvaged is not None:
            try:
                await self.receive(salvaged)
            except Exception as failure:  # the store is failing: same rules as any commit
                return await self._failed(update_id, failure)
        if not await self._quarantine(update_id, type(exc).__name__):
            return False
        callback_id = _callback_id(raw)
        if callback_id is not None:
            self._answer_later(callback_id)
        return True

    async def _failed(self, update_id: int, exc: Exception) -> bool:
        error = type(exc).__name__
        if isinstance(exc, ENVIRONMENT_ERRORS):
            event(log, "telegram.commit_failed", logging.ERROR, error=error)
            return False
        failures = self._failures.get(update_id, 0) + 1
        event(log, "telegram.commit_failed", logging.ERROR, error=error, attempts=failures)
        if failures < self.tries:
            if len(self._failures) >= MAX_TRACKED:
                self._failures.clear()
            self._failures[update_id] = failures
            return False
        return await self._quarantine(update_id, error)

    async def _quarantine(self, update_id: int | None, error: str) -> bool:
        """Count and skip; if even counting fails (the store is down), try again later."""
        try:
            await self.note(QUARANTINED)
        except Exception as exc:  # not counted yet: keep the update until it can be
            event(log, "telegram.note_failed", logging.ERROR, error=type(exc).__name__)
            return False
        if update_id is not None:
            self._failures.pop(update_id, None)
        event(log, "telegram.quarantined", logging.WARNING, error=error)
        return True

    async def _answer(self, callback_id: str) -> None:
        """Stop the client's spinner; a failure only leaves it spinning a little longer."""
        try:
            await self.bot.answer_callback_query(callback_id)
        except TelegramError as exc:
            event(log, "telegram.answer_failed", error=type(exc).__name__)

    async def close(self) -> None:
        if self._answers:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(2):
                    await asyncio.gather(*self._answers, return_exceptions=True)
        for task in list(self._answers):
            task.cancel()


def update_id_of(raw: object) -> int | None:
    """The ``update_id`` of a raw update, when it is one (an int, not a bool)."""
    if not isinstance(raw, dict):
        return None
    value = raw.get("update_id")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def salvage(raw: object, update_id: int) -> Received | None:
    """Who wrote, from an update PTB could not parse: a private message's sender, if any.

    A private chat's id is its person's id; a chat without ``type`` (the Bot
    API docs' own webhook example) counts as private only when the two agree.
    """
    if not isinstance(raw, dict):
        return None
    message = raw.get("message")
    if not isinstance(message, dict):
        return None
    chat, sender = message.get("chat"), message.get("from")
    if not isinstance(chat, dict) or not isinstance(sender, dict):
        return None
    chat_id, user_id = _int(chat.get("id")), _int(sender.get("id"))
    if chat_id is None or user_id is None or user_id <= 0:
        return None
    kind = chat.get("type")
    if not (kind == "private" or (kind is None and chat_id == user_id)):
        return None
    language = sender.get("language_code")
    return Received(
        channel=Channel.TELEGRAM,
        user_id=str(user_id),
        address=str(chat_id),
        dedupe=str(update_id),
        locale_hint=clean_optional(language) if isinstance(language, str) else None,
        unreadable=True,
    )


FILE_FIELDS = ("photo", "document", "voice", "video", "video_note", "audio", "animation", "sticker")
"""Message fields that make the bot download something (Bot API ``Message``)."""


def _carries_file(raw: object) -> bool:
    if not isinstance(raw, dict):
        return True
    message = raw.get("message") or raw.get("edited_message")
    return isinstance(message, dict) and any(field in message for field in FILE_FIELDS)


def _person(converted: tuple[int, Incoming] | None) -> str | None:
    """Who an update comes from (None: nothing to commit, or not plain)."""
    if converted is None or converted[1].received is None:
        return None
    return converted[1].received.user_id


def _callback_id(raw: object) -> str | None:
    query = raw.get("callback_query") if isinstance(raw, dict) else None
    if isinstance(query, dict) and isinstance(query.get("id"), str):
        return clean_optional(query["id"])
    return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
