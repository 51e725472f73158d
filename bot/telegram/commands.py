"""The command menu, in every shipped language (``setMyCommands`` with ``language_code``).

Telegram shows a person the menu for their app's language, or the default
one (set without a language code, in the deployment's default language). A
language is given its own menu only when its catalog has every description.
"""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand
from telegram.error import TelegramError

from bot.i18n import Catalogs
from bot.logs import event

log = logging.getLogger("cre.telegram")

COMMANDS: tuple[str, ...] = (
    "start",
    "help",
    "language",
    "status",
    "case",
    "cancel",
    "forget",
    "back",
    "skip",
)
"""The engine's commands, in menu order; each has a ``cmd-<name>`` description."""


def menu(catalogs: Catalogs, locale: str) -> list[BotCommand]:
    return [BotCommand(name, catalogs.format(locale, f"cmd-{name}")) for name in COMMANDS]


async def menus(
    catalogs: Catalogs, languages: tuple[str, ...], default: str
) -> list[tuple[str | None, list[BotCommand]]]:
    """(language code or None for the default menu, commands) pairs to register.

    The other languages' catalogs are read on a thread and not kept: most
    deployments hear few of the shipped languages.
    """
    found: list[tuple[str | None, list[BotCommand]]] = [(None, menu(catalogs, default))]
    keys = [f"cmd-{name}" for name in COMMANDS]
    for lang in languages:
        texts = await catalogs.describe(lang, keys)
        if texts is not None:
            found.append((lang, [BotCommand(n, t) for n, t in zip(COMMANDS, texts, strict=True)]))
    return found


async def set_menus(bot: Bot, catalogs: Catalogs, languages: tuple[str, ...], default: str) -> int:
    """Register the menus; returns how many were set. Never raises: menus are a convenience."""
    done = 0
    for lang, commands in await menus(catalogs, languages, default):
        try:
            if lang is None:
                await bot.set_my_commands(commands)
            else:
                await bot.set_my_commands(commands, language_code=lang)
            done += 1
        except TelegramError as exc:
            event(log, "telegram.commands_failed", logging.WARNING, error=type(exc).__name__)
    event(log, "telegram.commands_set", count=done)
    return done
