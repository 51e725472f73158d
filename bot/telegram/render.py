"""A :class:`bot.transport.Rendered` as ``sendMessage`` calls: plain text plus an inline keyboard.

Messages are sent as plain text (no parse mode), so nothing a person wrote can
turn into markup. Each choice is one button on its own row; its
``callback_data`` is the engine's choice token, which the engine checks
against the current question, so forged data is harmless. Telegram allows
1–64 bytes of callback data: every token the engine makes fits (a test checks
this), and a longer one would fall back to ``#<number>``, which arrives as
the typed option number.

A relayed file (``Rendered.file``) goes as a document, which keeps the
original bytes: with the text as its caption and the buttons, in one call,
when the text fits in a caption; otherwise first, without caption, followed
by the text, whose last part carries the buttons so that they stay under the
last thing sent.

:func:`pieces` cuts a message into what Telegram receives as separate
messages; each piece is exactly one call (``render(piece)`` is one
:class:`Outgoing`), so the runtime can record each delivered piece and never
resend it. The file, when there is one, is always on the first piece.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.transport import FilePayload, Rendered

MAX_TEXT = 4096
"""Telegram's limit for one message, in UTF-16 code units."""
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
NUMBER_PREFIX = "#"


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One call: ``sendMessage``, or ``sendDocument`` (text as caption) when ``file`` is set."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None
    file: FilePayload | None = None


def callback_data(token: str, number: int) -> str:
    """``token`` when Telegram accepts it, else ``#<number>`` (1-based option number)."""
    if 1 <= len(token.encode("utf-8")) <= MAX_CALLBACK_DATA:
        return token
    return f"{NUMBER_PREFIX}{number}"


def keyboard(choices: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup | None:
    if not choices:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=callback_data(token, number))]
            for number, (token, label) in enumerate(choices, start=1)
        ]
    )


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut ``text`` into parts of at most ``limit`` UTF-16 units, at line breaks when possible."""
    parts: list[str] = []
    rest = text
    while _units(rest) > limit:
        cut = 0
        size = 0
        for index, char in enumerate(rest):
            size += _units(char)
            if size > limit:
                cut = index
                break
        head = rest[:cut]
        newline = head.rfind("\n")
        space = head.rfind(" ")
        if newline > cut // 2:
            cut = newline + 1
        elif space > cut // 2:
            cut = space + 1
        part = rest[:cut].rstrip("\n")
        if part.strip():  # Telegram refuses a blank message
            parts.append(part)
        rest = rest[cut:]
    if rest.strip() or not parts:
        parts.append(rest)
    return parts


def pieces(message: Rendered) -> list[Rendered]:
    """``message`` as the messages Telegram receives, in order.

    The file (if any) is on the first piece, the buttons on the last; a piece
    given back to :func:`pieces` comes back unchanged.
    """
    if message.file is not None and _units(message.text) <= MAX_CAPTION:
        return [message]
    texts = split_text(message.text or " ")
    bare = replace(message, choices=(), file=None)
    head = [replace(bare, text="", file=message.file)] if message.file is not None else []
    body = [replace(bare, text=text) for text in texts[:-1]]
    return [*head, *body, replace(message, text=texts[-1], file=None)]


def render(message: Rendered) -> list[Outgoing]:
    """The calls that deliver ``message``, in order: one per piece."""
    return [Outgoing(piece.text, keyboard(piece.choices), piece.file) for piece in pieces(message)]


_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "application/pdf": "pdf",
    "text/plain": "txt",
    "audio/ogg": "ogg",
    "audio/mpeg": "mp3",
    "video/mp4": "mp4",
}


def file_name(payload: FilePayload) -> str:
    """The name shown to the reader: the sender's own, else one made from kind and type."""
    if payload.name:
        return payload.name
    return f"{payload.kind}.{_EXTENSIONS.get(payload.mime, 'bin')}"
