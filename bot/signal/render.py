"""Signal has no buttons: a question's choices become a numbered list under its text.

The person answers with the number (or several numbers for a multi-select
question) or with the option's label; the engine matches both, so nothing
here needs to remember which list was sent.
"""

from __future__ import annotations

import base64
import re
from dataclasses import replace

from bot.transport import FilePayload, Rendered, SendError

MAX_SEND_FILE_BYTES = 100 * 1024 * 1024
"""The largest file Signal apps send (100 MiB); signal-cli itself refuses more than 150 MiB
(``lib/.../manager/config/ServiceConfig.java``, ``MAX_ATTACHMENT_SIZE``)."""

_MIME = re.compile(r"[\w.+-]+/[\w.+-]+")
_UNSAFE_NAME = re.compile(r"[^\w .()+-]+")


def render_text(message: Rendered) -> str:
    """The text of ``message`` followed by ``1. label`` lines and, if several may be
    picked, the hint that says how."""
    lines = [f"{number}. {label}" for number, (_, label) in enumerate(message.choices, start=1)]
    if message.multi and message.multi_hint:
        lines.append(message.multi_hint)
    if not lines:
        return message.text
    return message.text + "\n\n" + "\n".join(lines)


MAX_BODY_BYTES = 2000
"""Signal apps drop a message whose body is over 2 KiB of UTF-8 (longer texts travel as a
``text/x-signal-plain`` attachment, which older signal-cli versions only add past 2000
*characters*: an Arabic summary of 1500 characters would be lost). So we split first."""


def split_body(text: str, limit: int = MAX_BODY_BYTES) -> list[str]:
    """``text`` in pieces of at most ``limit`` UTF-8 bytes, cut between paragraphs if
    possible, else between lines, else between characters."""
    if len(text.encode()) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for part in _parts(text, limit):
        joined = f"{current}{part}"
        if current and len(joined.rstrip("\n").encode()) > limit:
            pieces.append(current.rstrip("\n"))
            current = part
        else:
            current = joined
    if current.strip("\n"):
        pieces.append(current.rstrip("\n"))
    return [piece for piece in pieces if piece.strip()]


def _parts(text: str, limit: int) -> list[str]:
    """Paragraphs (with their separators), further cut so each fits in ``limit`` bytes."""
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        for line in f"{paragraph}\n\n".splitlines(keepends=True):
            while len(line.encode()) > limit:
                cut = limit
                while len(line[:cut].encode()) > limit:
                    cut -= 1
                out.append(line[:cut])
                line = line[cut:]
            out.append(line)
    return out


def pieces(message: Rendered) -> list[Rendered]:
    """``message`` as the Signal messages it is sent as: its text with numbered choices,
    cut by :func:`split_body`; the file (if any) travels with the first piece.

    Each piece is final (no choices left to render), so the pieces of a piece
    are the piece itself.
    """
    texts = split_body(render_text(message))
    bare = replace(message, choices=(), multi=False, multi_hint="", file=None)
    return [
        replace(bare, text=text, file=message.file if n == 0 else None)
        for n, text in enumerate(texts)
    ]


def data_uri(file: FilePayload) -> str:
    """``file`` as signal-cli-rest-api takes it in ``base64_attachments`` of ``POST /v2/send``:
    ``data:<MIME-TYPE>;filename=<FILENAME>;base64,<BASE64 ENCODED DATA>`` (its ``api.go``,
    ``SendMessageV2``; parsed by ``src/client/attachment.go``, which splits on ``;``, takes
    the data after the last ``base64,`` and writes the file under the given name: the name
    keeps letters, digits and ``_ .()+-`` only).

    Raises a permanent :class:`SendError` for a file Signal cannot carry.
    """
    if len(file.data) > MAX_SEND_FILE_BYTES:
        raise SendError("file-too-big", permanent=True, unreachable=False)
    mime = file.mime if _MIME.fullmatch(file.mime) else "application/octet-stream"
    name = _UNSAFE_NAME.sub("_", file.name or "").strip(" .")[:100]
    meta = f"data:{mime};filename={name}" if name else f"data:{mime}"
    return f"{meta};base64,{base64.b64encode(file.data).decode('ascii')}"
