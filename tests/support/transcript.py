"""Golden transcripts: a script of inputs run through the pure engine, printed as text.

Script lines: plain text is a typed message (``<empty>`` an empty one,
``<spaces>`` one of blanks); ``[token]`` a tapped button; ``{kind mime size}
caption`` a file (caption optional); ``@hint xx`` sets the messenger locale
hint for what follows; ``!restart`` round-trips the state through JSON as a
restart would; ``#`` starts a comment. The transcript lists each input, the message
ids and arguments sent back (``+`` for extra parts), and the events emitted.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable

from bot.i18n import Catalogs
from flows.engine import CaseSummary, Context, step
from flows.events import CaseSubmitted, FileAccepted, FilesDiscarded, PersonForgotten
from flows.messages import ArgValue, Attachment, AttachmentKind, Channel, Inbound, Ref
from flows.policy import Policy
from flows.state import Conversation
from tests.support.clock import FakeClock

PERSON = "p" * 32
_CATALOGS = Catalogs()


def parse_input(line: str, channel: Channel, hint: str | None) -> Inbound:
    if line.startswith("[") and line.endswith("]"):
        return Inbound(PERSON, channel, choice=line[1:-1], locale_hint=hint)
    if line.startswith("{") and "}" in line:
        spec, _, caption = line[1:].partition("}")
        kind, mime, size = spec.split()
        data = b"x" * min(int(size), 64)
        attachment = Attachment(AttachmentKind(kind), mime, int(size), data)
        return Inbound(
            PERSON, channel, text=caption.strip() or None, attachment=attachment, locale_hint=hint
        )
    text = {"<empty>": "", "<spaces>": "   \t "}.get(line, line.replace("\\n", "\n"))
    return Inbound(PERSON, channel, text=text, locale_hint=hint)


def _args(args: dict[str, ArgValue]) -> str:
    if not args:
        return ""
    shown = {k: ("|".join(v.keys) if isinstance(v, Ref) else v) for k, v in sorted(args.items())}
    return " " + json.dumps(shown, ensure_ascii=False)


def run_script(lines: Iterable[str], channel: Channel = Channel.CONSOLE) -> str:
    clock = FakeClock()
    ids = itertools.count(1)
    refs = itertools.count(1)
    state = Conversation()
    cases: list[CaseSummary] = []
    hint: str | None = None
    out: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@hint "):
            hint = line.split(" ", 1)[1]
            continue
        if line == "!restart":
            state = Conversation.from_json(json.loads(json.dumps(state.to_json())))
            out.append("! restart")
            continue
        context = Context(
            now=clock.now(),
            channel=channel,
            label=_CATALOGS.label,
            new_id=lambda: f"file{next(ids):04d}",
            new_ref=lambda: f"TEST-{next(refs):04d}",
            policy=Policy(),
            cases=tuple(cases),
        )
        result = step(state, parse_input(line, channel, hint), context)
        state = result.state
        out.append(f"> {line}")
        for message in result.outbound:
            choices = " ".join(c.token + ("*" if c.selected else "") for c in message.choices)
            out.append(
                f"< {message.key}{_args(message.args)}" + (f" [{choices}]" if choices else "")
            )
            out.extend(f"  + {key}{_args(args)}" for key, args in message.parts)
        for event in result.events:
            if isinstance(event, CaseSubmitted):
                cases.append(CaseSummary(event.ref, "received", clock.now().date().isoformat()))
                out.append(
                    f"! case {event.ref} level={event.level} urgent={event.urgent} "
                    f"country={event.country} locale={event.locale} files={len(event.file_ids)} "
                    f"answers={json.dumps(event.answers, ensure_ascii=False, sort_keys=True)}"
                )
            elif isinstance(event, FileAccepted):
                out.append(f"! file {event.file_id} {event.attachment.kind.value}")
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
