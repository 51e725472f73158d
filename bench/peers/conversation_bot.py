"""The usual way: a PTB ``ConversationHandler`` with ``PicklePersistence``.

It asks the same questions as the benchmark's cre-bot steps (consent, who is
asking, their name, their link to the community, organisations, country,
locality, project, companies, then financiers), each with the buttons a
typical bot would offer, and keeps the answers in ``user_data`` and the
conversation state in a pickle file (``persistent=True``), as PTB's
persistent conversation example does. PTB's defaults otherwise: updates
handled one at a time, the pickle file written every 60 s and at shutdown.
``BENCH_PICKLE`` is the file (a temporary one when unset).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)

from bench.peers.ptb_env import build

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, int]]


@dataclass(frozen=True)
class Ask:
    """One question: its id (the state and the callback prefix), text and buttons."""

    key: str
    text: str
    options: tuple[str, ...] = ()
    skippable: bool = False


QUESTIONS = (
    Ask("consent", "May we keep what you tell us?", ("yes", "no")),
    Ask("requester_type", "Who is asking?", ("individual", "community", "organisation")),
    Ask("requester_name", "Your name or your group's?", skippable=True),
    Ask("relationship", "Are you affected?", ("affected", "supporting", "other")),
    Ask("organisations", "Which organisations do you work with?", skippable=True),
    Ask("country", "Which country?", skippable=True),
    Ask("locality", "Which place?", skippable=True),
    Ask("project", "Which project?", skippable=True),
    Ask("companies", "Which companies?", skippable=True),
    Ask("financiers", "Who finances it?", ("development_bank", "commercial_bank", "unknown")),
)


def markup(ask: Ask) -> InlineKeyboardMarkup | None:
    rows = [[InlineKeyboardButton(o, callback_data=f"{ask.key}:{o}")] for o in ask.options]
    if ask.skippable:
        rows.append([InlineKeyboardButton("Skip", callback_data=f"{ask.key}:__skip")])
    return InlineKeyboardMarkup(rows) if rows else None


async def ask(update: Update, index: int) -> int:
    """Send question ``index``; its index is the next state."""
    question = QUESTIONS[index]
    chat = update.effective_chat
    assert chat is not None
    await chat.send_message(question.text, reply_markup=markup(question))
    return index


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    if context.user_data is not None:
        context.user_data.clear()
    return await ask(update, 0)


def on_text(index: int) -> Handler:
    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        message = update.effective_message
        if context.user_data is not None and message is not None:
            context.user_data[QUESTIONS[index].key] = message.text
        return await ask(update, min(index + 1, len(QUESTIONS) - 1))

    return handle


def on_tap(index: int) -> Handler:
    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        query = update.callback_query
        assert query is not None
        await query.answer()
        if context.user_data is not None and query.data:
            context.user_data[QUESTIONS[index].key] = query.data.partition(":")[2]
        return await ask(update, min(index + 1, len(QUESTIONS) - 1))

    return handle


def conversation() -> ConversationHandler[Any]:
    states: dict[object, list[Any]] = {}
    for index, question in enumerate(QUESTIONS):
        handlers: list[Any] = [CallbackQueryHandler(on_tap(index), pattern=f"^{question.key}:")]
        if not question.options:
            handlers.append(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text(index)))
        states[index] = handlers
    return ConversationHandler(
        entry_points=[CommandHandler("start", start)],
        states=states,
        fallbacks=[CommandHandler("start", start)],
        name="intake",
        persistent=True,
    )


def main() -> None:
    path = os.environ.get("BENCH_PICKLE") or str(Path(tempfile.mkdtemp()) / "bot.pickle")
    application: Any = build(PicklePersistence(filepath=path))
    application.add_handler(conversation())
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
