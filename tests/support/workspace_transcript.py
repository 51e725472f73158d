"""Golden transcripts of the facilitator workspace: pure ``act()`` inputs and recorded outputs.

One case (``K7M4-Q2XP``, region ``africa``) and three people who may act on
it: ``amina`` and ``baraka`` (facilitators for africa), ``lena`` (asia only)
and ``coord`` (the coordinator). Script lines: ``@as <name>`` picks who
writes next; ``@case field=value …`` sets the case (``status``, ``assignee``
as a name or ``-``, ``level``, ``urgent``, ``region``); plain text is a typed
message, ``[token]`` a tapped button, ``<forwarded> text`` forwarded text,
``{pdf} caption`` a PDF sent with an optional caption; ``#`` starts a
comment. Between messages the case changes as the events say, as the store
would apply them. The transcript lists each input, each message as
``< recipient key args [choices]`` (``+`` for extra parts), then ``= event``.

The case's history grows as the store would keep it: notes, invitations,
the agreement and relayed messages. ``@answer accepted|declined`` answers the
latest invitation; ``@requester <text>`` is a message the requester relayed;
``@agreed <party> yes|no`` a party's answer to the agreement. ``@render on``
also shows every message as its recipient reads it (``| text``), in their
language: the requester's is the case's ``locale`` (``@case locale=ar``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, replace

from bot.i18n import Catalogs
from flows.core.events import (
    AgreementRecorded,
    CaseChanged,
    Event,
    InvitationSent,
    MessageRelayed,
    NoteAdded,
)
from flows.core.messages import ArgValue, Attachment, AttachmentKind, Outbound, Ref
from flows.core.policy import Policy
from flows.workspace import commands, table
from flows.workspace.desk import CaseView, Desk, Facilitator
from flows.workspace.desk_state import DeskState
from flows.workspace.matching import Collaborator, Suggestion
from flows.workspace.record import (
    FROM_REQUESTER,
    AgreementView,
    CaseHistory,
    InvitationView,
    MessageView,
    NoteView,
)

REF = "K7M4-Q2XP"
PEOPLE = {
    "amina": Facilitator(1, "a" * 32, "Amina", frozenset({"africa"}), "sw"),
    "baraka": Facilitator(2, "b" * 32, "Baraka", frozenset({"africa"}), "en"),
    "lena": Facilitator(3, "l" * 32, "Lena", frozenset({"asia"}), "en"),
    "coord": Facilitator(9, "c" * 32, "Coordinator", frozenset(), "ar", coordinator=True),
}
NAMES = {f.person: name for name, f in PEOPLE.items()} | {"r" * 32: "requester"}
REGIONS = (("africa", "Africa"), ("asia", "Asia"), ("coordinator", "Coordinator"))
SUGGESTIONS = (
    Suggestion(
        Collaborator(
            7,
            "Tierra Viva",
            frozenset({"research"}),
            frozenset({"KE"}),
            frozenset({"africa"}),
            frozenset({"en"}),
            reachable=True,
        ),
        0,
        ("research",),
    ),
    Suggestion(
        Collaborator(
            8,
            "Haki Ardhi",
            frozenset({"research"}),
            frozenset({"TZ"}),
            frozenset({"africa"}),
            frozenset({"sw"}),
        ),
        1,
        ("research",),
    ),
)
CONTACTS = {8: "+255 712 000 111 (Mwanaisha)"}
"""How to reach the collaborators who are not on a messenger."""
WHEN = "2026-12-01T09:30:00+00:00"
"""The time the store records for everything in the transcript (a controlled clock)."""
PDF = Attachment(AttachmentKind.DOCUMENT, "application/pdf", 2000, b"%PDF-1.7\n", "plan.pdf")


def _case() -> CaseView:
    return CaseView(
        REF,
        "received",
        1,
        False,
        "KE",
        "africa",
        "sw",
        "r" * 32,
        None,
        ("research",),
        "2026-11-30",
        answers={"requester_type": "community", "country": "KE"},
    )


def _args(args: dict[str, ArgValue]) -> str:
    if not args:
        return ""
    shown = {k: ("|".join(v.keys) if isinstance(v, Ref) else v) for k, v in sorted(args.items())}
    return " " + json.dumps(shown, ensure_ascii=False)


def _event(event: Event) -> str:
    fields = {k: v for k, v in asdict(event).items() if k != "attachment"}
    return f"= {type(event).__name__} " + json.dumps(fields, ensure_ascii=False, sort_keys=True)


def _set_case(case: CaseView, line: str) -> CaseView:
    for pair in line.split()[1:]:
        name, _, value = pair.partition("=")
        if name == "assignee":
            case = replace(case, assignee=PEOPLE[value].id if value != "-" else None)
        elif name == "level":
            case = replace(case, level=int(value))
        elif name == "urgent":
            case = replace(case, urgent=value == "yes")
        else:
            case = replace(case, **{name: value})
    return case


def _applied(case: CaseView, events: tuple[Event, ...] | list[Event]) -> CaseView:
    for event in events:
        if isinstance(event, CaseChanged) and event.ref == case.ref:
            case = replace(case, **{event.field: event.value})
    return case


def _recorded(history: CaseHistory, actor: Facilitator, events: list[Event]) -> CaseHistory:
    """The history as the store keeps it after these events."""
    names = {s.collaborator.id: s.collaborator.name for s in SUGGESTIONS}
    for event in events:
        if isinstance(event, NoteAdded):
            note = NoteView(event.author, WHEN, event.text)
            history = replace(history, notes=(*history.notes, note))
        elif isinstance(event, InvitationSent):
            invitation = InvitationView(
                event.collaborator, names[event.collaborator], "invited", WHEN
            )
            history = replace(history, invitations=(*history.invitations, invitation))
        elif isinstance(event, MessageRelayed):
            message = MessageView(event.direction, WHEN, event.text, event.with_file)
            history = replace(history, messages=(*history.messages, message))
        elif isinstance(event, AgreementRecorded):
            history = replace(history, agreement=AgreementView(event.fields, actor.id, WHEN))
    return history


def _directive(history: CaseHistory, line: str) -> CaseHistory:
    word, _, rest = line.partition(" ")
    if word == "@answer" and history.invitations:
        last = replace(history.invitations[-1], status=rest.strip())
        return replace(history, invitations=(*history.invitations[:-1], last))
    if word == "@requester":
        message = MessageView(FROM_REQUESTER, WHEN, rest.strip())
        return replace(history, messages=(*history.messages, message))
    if word == "@agreed" and history.agreement is not None:
        party, _, answer = rest.strip().partition(" ")
        answers = dict(history.agreement.answers, **{party: answer == "yes"})
        return replace(history, agreement=replace(history.agreement, answers=answers))
    raise ValueError(f"unknown directive: {line}")


def run_workspace_script(lines: Iterable[str], sent: list[Outbound] | None = None) -> str:
    states = {name: DeskState() for name in PEOPLE}
    actor = "amina"
    case = _case()
    history = CaseHistory()
    catalogs: Catalogs | None = None
    out: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@as "):
            actor = line.split()[1]
            continue
        if line.startswith("@case "):
            case = _set_case(case, line)
            continue
        if line.startswith("@render "):
            catalogs = Catalogs() if line.split()[1] == "on" else None
            continue
        if line.startswith("@"):
            history = _directive(history, line)
            continue
        text, choice, forwarded, attachment = line, None, False, None
        if line.startswith("[") and line.endswith("]"):
            text, choice = "", line[1:-1]
        elif line.startswith("<forwarded> "):
            text, forwarded = line.removeprefix("<forwarded> "), True
        elif line.startswith("{pdf}"):
            text, attachment = line.removeprefix("{pdf}").strip(), PDF
        state = states[actor]
        command = commands.parse(text, choice, state, forwarded, attachment is not None)
        desk = Desk(
            PEOPLE[actor],
            case=case if command is not None and command.ref == REF else None,
            cases=(case,),
            colleagues=tuple(PEOPLE.values()),
            suggestions=SUGGESTIONS,
            record=history,
            contact=CONTACTS.get(int(command.arg))
            if command is not None and command.action == "invite" and (command.arg or "").isdigit()
            else None,
            regions=REGIONS,
            attachment=attachment,
            file_id="file0001" if attachment is not None else "",
            policy=Policy(),
        )
        result = table.act(command, desk, state)
        states[actor] = result.state
        if sent is not None:
            sent.extend(result.outbound)
        out.append(f"> {actor}: {line}")
        for message in result.outbound:
            choices = " ".join(c.token for c in message.choices)
            who = NAMES.get(message.recipient, message.recipient[:8])
            out.append(
                f"< {who} {message.key}{_args(message.args)}" + (f" [{choices}]" if choices else "")
            )
            out.extend(f"  + {key}{_args(args)}" for key, args in message.parts)
            if catalogs is not None:
                out.extend(_rendered(catalogs, message, case))
        out.extend(_event(e) for e in result.events)
        history = _recorded(history, PEOPLE[actor], result.events)
        case = _applied(case, result.events)
    return "\n".join(out) + "\n"


def _rendered(catalogs: Catalogs, message: Outbound, case: CaseView) -> list[str]:
    """The message as its recipient reads it, in their language, buttons numbered."""
    locale = next((f.locale for f in PEOPLE.values() if f.person == message.recipient), case.locale)
    rendered = catalogs.render(message, locale)
    lines = [f"  | {line}" for line in rendered.text.split("\n")]
    lines += [f"  | {n}. {label}" for n, (_, label) in enumerate(rendered.choices, 1)]
    return lines
