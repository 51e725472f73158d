"""The ceiling: a bare python-telegram-bot echo bot, every update answered at once.

No state and no storage, PTB's defaults (updates handled one at a time,
long polling): the least work a PTB bot can do per update. A text is echoed;
a button tap is answered (``answerCallbackQuery``) and echoed as a new message,
so every step of the benchmark's script gets exactly one message back.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bench.peers.ptb_env import build


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


async def tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    if query.message is not None:
        await context.bot.send_message(query.message.chat.id, f"You chose {query.data}")


def main() -> None:
    application: Any = build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.add_handler(CallbackQueryHandler(tapped))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
