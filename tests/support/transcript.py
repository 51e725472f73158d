"""Golden transcripts: a script of inputs run through the pure engine, printed as text.

Script lines: plain text is a typed message (``<empty>`` an empty one,
``<spaces>`` one of blanks); ``[token]`` a tapped button; ``{kind mime size}
caption`` a file (caption optional; ``-`` for no MIME type), whose bytes are a
real header of the declared type unless ``content=<name>`` names another
(see ``SAMPLES``), and ``album=<id>`` puts it in an album; ``<forwarded> text``
is forwarded text; ``<unreadable>`` a message the transport could not read;
``@hint xx`` sets the messenger locale hint for what follows; ``@usage files
bytes`` sets what the person has stored today (it grows with each kept file);
``!restart`` round-trips the state through JSON as a restart would; ``@wait
13h`` (or ``90s``, ``5m``) lets time pass before the next input; ``@case REF
status`` gives the person a case they already have; ``?id`` prints the answer to
question ``id`` so far; ``@render on`` (``off``) also prints every message as the person
reads it (``| text``, rendered from the catalogs in the language the bot renders it in, choices
numbered), to prove the words and not only the ids; ``#`` starts a comment. The transcript
lists each input, the message ids and arguments sent back (``+`` for extra parts), and the
events emitted.
"""

from __future__ import annotations

import io
import itertools
import json
import zipfile
from collections.abc import Iterable

from bot.i18n import Catalogs
from flows.core.events import CaseSubmitted, FileAccepted, FilesDiscarded, PersonForgotten
from flows.core.messages import (
    ArgValue,
    Attachment,
    AttachmentKind,
    Channel,
    Inbound,
    Outbound,
    Ref,
)
from flows.core.policy import Policy
from flows.core.state import CaseSummary, Conversation
from flows.engine.context import Context
from flows.engine.flow import Flows
from flows.engine.turn import step
from flows.intake.flow import FLOW as INTAKE_FLOW
from tests.support.clock import FakeClock

PERSON = "p" * 32
DEFAULT_MIME = {"photo": "image/jpeg", "voice": "audio/ogg", "document": "application/pdf"}
"""Kept MIME types a transcript does not print, so older golden files stay as they were."""
_CATALOGS = Catalogs()


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in entries:
            archive.writestr(name, body, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


SAMPLES: dict[str, bytes] = {
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "webp": b"RIFF\x24\x00\x00\x00WEBPVP8 ",
    "heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00",
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "ogg": b"OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00",
    "mp3": b"ID3\x04\x00\x00\x00\x00\x00\x00",
    "mp3-frame": b"\xff\xfb\x90\x64\x00",
    "mp4": b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00",
    "mov": b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00",
    "m4a": b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00",
    "3gp": b"\x00\x00\x00\x18ftyp3gp4\x00\x00\x00\x00",
    "aac": b"\xff\xf1\x50\x80\x02\x1f\xfc",
    "wav": b"RIFF\x24\x00\x00\x00WAVEfmt ",
    "amr": b"#!AMR\n",
    "text": "Texte en clair, نص عادي\n".encode(),
    "doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "docx": _zip([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w/>")]),
    "odt": _zip([("mimetype", b"application/vnd.oasis.opendocument.text")]),
    "zip": _zip([("payload.bin", b"\x00")]),
    "exe": b"MZ\x90\x00\x03\x00\x00\x00",
    "elf": b"\x7fELF\x02\x01\x01\x00",
    "script": b"#!/bin/sh\nrm -rf ~\n",
    "binary": b"\x00\x01\x02\x03\xfe\xfd\xfc",
}
DECLARED: dict[str, str] = {
    "image/jpeg": "jpeg",
    "image/png": "png",
    "image/webp": "webp",
    "image/heic": "heic",
    "application/pdf": "pdf",
    "audio/ogg": "ogg",
    "audio/mpeg": "mp3",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "audio/mp4": "m4a",
    "video/3gpp": "3gp",
    "text/plain": "text",
    "application/x-msdownload": "exe",
}


def _file(spec: str, caption: str, channel: Channel, hint: str | None) -> Inbound:
    kind, mime, size, *options = spec.split()
    extra = dict(option.split("=", 1) for option in options)
    mime = "" if mime == "-" else mime
    content = extra.get("content") or DECLARED.get(mime, "binary")
    header = SAMPLES[content]
    padding = b" " if content == "text" else b"\x00"
    data = header + padding * max(0, min(int(size), 64) - len(header))
    attachment = Attachment(AttachmentKind(kind), mime, int(size), data)
    return Inbound(
        PERSON,
        channel,
        text=caption.strip() or None,
        attachment=attachment,
        locale_hint=hint,
        album=extra.get("album"),
    )


def parse_input(line: str, channel: Channel, hint: str | None) -> Inbound:
    if line.startswith("[") and line.endswith("]"):
        return Inbound(PERSON, channel, choice=line[1:-1], locale_hint=hint)
    if line.startswith("{") and "}" in line:
        spec, _, caption = line[1:].partition("}")
        return _file(spec, caption, channel, hint)
    if line == "<unreadable>":
        return Inbound(PERSON, channel, unreadable=True, locale_hint=hint)
    forwarded = line.startswith("<forwarded> ")
    line = line.removeprefix("<forwarded> ")
    text = {"<empty>": "", "<spaces>": "   \t "}.get(line, line.replace("\\n", "\n"))
    return Inbound(PERSON, channel, text=text, locale_hint=hint, forwarded=forwarded)


def _args(args: dict[str, ArgValue]) -> str:
    if not args:
        return ""
    shown = {k: ("|".join(v.keys) if isinstance(v, Ref) else v) for k, v in sorted(args.items())}
    return " " + json.dumps(shown, ensure_ascii=False)


def rendered(message: Outbound, locale: str) -> list[str]:
    """``message`` as its reader sees it in ``locale``: text lines, then numbered choices."""
    shown = _CATALOGS.render(message, locale)
    lines = [f"  | {line}" for line in shown.text.split("\n")]
    lines += [f"  | {n}. {label}" for n, (_, label) in enumerate(shown.choices, 1)]
    return lines + ([f"  | ({shown.multi_hint})"] if shown.multi_hint else [])


def run_script(
    lines: Iterable[str],
    channel: Channel = Channel.CONSOLE,
    sent: list[Outbound] | None = None,
    policy: Policy | None = None,
) -> str:
    """The transcript of ``lines`` under ``policy`` (the defaults unless given); every
    message sent is also appended to ``sent``."""
    clock = FakeClock()
    ids = itertools.count(1)
    refs = itertools.count(1)
    state = Conversation()
    cases: list[CaseSummary] = []
    hint: str | None = None
    usage = (0, 0)
    render = False
    out: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@hint "):
            hint = line.split(" ", 1)[1]
            continue
        if line.startswith("@render "):
            render = line.split()[1] == "on"
            continue
        if line.startswith("@usage "):
            files, stored = line.split()[1:]
            usage = (int(files), int(stored))
            continue
        if line.startswith("@wait "):
            amount = line.split()[1]
            unit = {"s": 1, "m": 60, "h": 3600}[amount[-1]]
            clock.advance(seconds=float(amount[:-1]) * unit)
            out.append(f"! wait {amount}")
            continue
        if line.startswith("@case "):
            ref, status = line.split()[1:3]
            cases.append(CaseSummary(ref, status, clock.now().date().isoformat()))
            continue
        if line.startswith("?"):
            value = state.answers.get(line[1:], "<none>")
            out.append(f"? {line[1:]} = {json.dumps(value, ensure_ascii=False)}")
            continue
        if line == "!restart":
            state = Conversation.from_json(json.loads(json.dumps(state.to_json())))
            out.append("! restart")
            continue
        context = Context(
            flows=Flows(INTAKE_FLOW),
            now=clock.now(),
            channel=channel,
            label=_CATALOGS.label,
            new_id=lambda: f"file{next(ids):04d}",
            new_ref=lambda: f"TEST-{next(refs):04d}",
            policy=policy or Policy(),
            cases=tuple(cases),
            file_usage=usage,
        )
        result = step(state, parse_input(line, channel, hint), context)
        state = result.state
        if sent is not None:
            sent.extend(result.outbound)
        out.append(f"> {line}")
        for message in result.outbound:
            choices = " ".join(c.token + ("*" if c.selected else "") for c in message.choices)
            out.append(
                f"< {message.key}{_args(message.args)}" + (f" [{choices}]" if choices else "")
            )
            out.extend(f"  + {key}{_args(args)}" for key, args in message.parts)
            if render:
                out.extend(rendered(message, result.locale))
        for event in result.events:
            if isinstance(event, CaseSubmitted):
                cases.append(CaseSummary(event.ref, "received", clock.now().date().isoformat()))
                out.append(
                    f"! case {event.ref} level={event.level} urgent={event.urgent} "
                    f"country={event.country} locale={event.locale} files={len(event.file_ids)} "
                    f"answers={json.dumps(event.answers, ensure_ascii=False, sort_keys=True)}"
                )
            elif isinstance(event, FileAccepted):
                kept = event.attachment
                usage = (usage[0] + 1, usage[1] + len(kept.data or b""))
                mime = f" {kept.mime}" if kept.mime != DEFAULT_MIME.get(kept.kind.value) else ""
                out.append(f"! file {event.file_id} {kept.kind.value}{mime}")
            elif isinstance(event, FilesDiscarded):
                out.append(f"! discard {' '.join(event.file_ids)}")
            elif isinstance(event, PersonForgotten):
                cases.clear()
                out.append("! forget")
            else:
                fields = {k: getattr(event, k) for k in event.__dataclass_fields__}
                out.append(f"! {type(event).__name__} {json.dumps(fields, ensure_ascii=False)}")
        clock.advance(seconds=30)
    out.append(f"= step={state.step} flow={state.flow} locale={state.locale}")
    return "\n".join(out) + "\n"
