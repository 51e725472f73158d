"""A person with cases and no flow in progress.

Their messages are relayed to the facilitators of a case (asking which case
when there are several), or they get the menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.core import lifecycle, tokens
from flows.core.events import (
    RelayFromRequester,
)
from flows.core.messages import Choice
from flows.core.state import MENU, RELAY
from flows.engine import commands, files, matching, opening
from flows.engine.context import pending_items

if TYPE_CHECKING:
    from flows.engine.turn import Turn


def idle(turn: Turn) -> None:
    st = turn.state
    if not turn.ctx.cases:
        opening.start_intake(turn, None)
        return
    open_refs = open_cases(turn)
    if turn.msg.choice == SWITCH:
        switch_case(turn)
        return
    if st.step == RELAY:
        token = matching.match(turn, relay_choices(turn, open_refs), RELAY, quiet=True)
        if token is not None:
            chosen(turn, tokens.value_of(token))
            return
    if open_refs and (turn.text or turn.msg.attachment is not None):
        relay_or_pick(turn, open_refs)
        return
    if st.step == MENU:
        token = matching.match(turn, menu_choices(turn), MENU, quiet=True)
        if token == "menu:new":
            opening.start_intake(turn, None)
            return
        if token == "menu:status":
            commands.cmd_status(turn)
            return
    st.step = MENU
    show_menu(turn)


SWITCH = tokens.choice(tokens.RELAY, "__switch")
"""The button under a relayed message that lets the person pick another of their cases."""


def open_cases(turn: Turn) -> list[str]:
    return [c.ref for c in turn.ctx.cases if lifecycle.is_open(c.status)]


def chosen(turn: Turn, ref: str) -> None:
    """The person picked ``ref``: it is remembered, and what waited for the pick goes to it."""
    st = turn.state
    st.relay_case = ref
    items = pending_items(st.pending)
    if items:
        relay(turn, ref, items)
    else:
        st.step = None
        st.pending = {}
        turn.say("relay-case-chosen", {"ref": ref})


def switch_case(turn: Turn) -> None:
    """``/case`` or the switch button: forget the remembered case and ask which one."""
    st = turn.state
    st.relay_case = None
    refs = open_cases(turn)
    if len(refs) < 2:
        turn.say("case-only-one" if refs else "case-none-open")
        return
    waiting = pending_items(st.pending) if st.step == RELAY else []
    st.step = RELAY
    st.pending = {"items": waiting} if waiting else {}
    turn.say("relay-pick-case", choices=relay_choices(turn, refs))


def relay_choices(turn: Turn, refs: list[str]) -> list[Choice]:
    return [Choice(tokens.choice(tokens.RELAY, ref), "relay-case", {"ref": ref}) for ref in refs]


def relay_or_pick(turn: Turn, open_refs: list[str]) -> None:
    """Pass the message on; with several open cases, first ask which one it is about."""
    payload: dict[str, str] = {}
    attachment = turn.msg.attachment
    repeat = False
    if attachment is not None:
        repeat = files.in_same_album(turn)
        refusal = files.file_refusal(turn, attachment)
        if refusal is not None:
            files.refuse_file(turn, refusal, repeat, ask_again=False)
            return
        payload["file"] = files.keep_file(turn, attachment)
        if turn.text:
            payload["text"] = turn.text[: turn.policy.max_text]
    elif len(turn.text) > turn.policy.max_text:
        turn.say("hint-too-long", {"limit": turn.policy.max_text, "length": len(turn.text)})
        return
    else:
        payload["text"] = turn.text
    told = files.told_album(turn, "kept")
    st = turn.state
    if len(open_refs) == 1 or st.relay_case in open_refs:
        ref = open_refs[0] if len(open_refs) == 1 else str(st.relay_case)
        relay(turn, ref, [payload], quiet=repeat and told)
        return
    waiting = pending_items(st.pending) if st.step == RELAY else []
    st.step = RELAY
    st.pending = {"items": [*waiting, payload]}  # kept until they pick, never replaced
    if repeat and told and waiting:
        turn.silent = True
    else:
        turn.say("relay-pick-case", choices=relay_choices(turn, open_refs))


def relay(turn: Turn, ref: str, items: list[dict[str, str]], quiet: bool = False) -> None:
    """Pass each message on; ``quiet`` for the later files of an album, already acknowledged."""
    for item in items:
        turn.events.append(RelayFromRequester(ref, item.get("text"), item.get("file")))
    turn.state.step = None
    turn.state.pending = {}
    if quiet:
        turn.silent = True
    elif len(open_cases(turn)) > 1:  # they may want another case next time: say how
        turn.say("relay-sent-case", {"ref": ref}, choices=[Choice(SWITCH, "relay-switch")])
    else:
        turn.say("relay-sent", {"ref": ref})


def menu_choices(turn: Turn) -> list[Choice]:
    return [Choice("menu:new", "menu-new"), Choice("menu:status", "menu-status")]


def show_menu(turn: Turn) -> None:
    turn.say("menu", {"count": len(turn.ctx.cases)}, choices=menu_choices(turn))
