"""Turning what a facilitator sent into a :class:`~flows.workspace.work.Command`.

Buttons carry ``f:<action>:<ref>[:<arg>]`` tokens (:mod:`flows.core.tokens`);
on text-only channels the same actions are short commands (``/claim
K7M4-Q2XP``, or ``/claim`` for the case they last worked on) or the number of
an option from the last list the bot showed them. Actions that need words
(reply, note, reason, agreement) take the next message. Forwarded text only
ever fills what is being composed: it is content, never a command.
"""

from __future__ import annotations

from dataclasses import replace

from flows.core import tokens
from flows.core.numbers import small_number
from flows.core.refs import normalize_ref
from flows.workspace.desk_state import DeskState
from flows.workspace.table import ACTIONS, CANCEL, LIST, SKIP
from flows.workspace.work import Command


def looks_like_workspace(text: str, choice: str | None, forwarded: bool = False) -> bool:
    """Whether a message tries a facilitator action (used to refuse and audit strangers)."""
    if forwarded and choice is None:
        return False
    if choice is not None:
        return tokens.is_desk(choice)
    name = text[1:].split(" ", 1)[0].split("@", 1)[0].casefold() if text.startswith("/") else ""
    return name in ACTIONS


def parse(
    text: str,
    choice: str | None,
    state: DeskState,
    forwarded: bool = False,
    with_file: bool = False,
    album: str | None = None,
) -> Command | None:
    """Turn a button token, a command, an option number or composed words into a Command.

    ``with_file`` marks a message that carries a file (its caption is
    ``text``), and the later files of an ``album`` whose first file was a
    reply are replies too.
    """
    if with_file and album is not None and state.album is not None and state.album.id == album:
        return Command("reply", state.album.ref, None, text or None, True, album)
    command = _parse(text, choice, state, forwarded, with_file)
    return replace(command, with_file=True) if command is not None and with_file else command


def _parse(
    text: str, choice: str | None, state: DeskState, forwarded: bool, with_file: bool
) -> Command | None:
    if choice is not None:
        return _from_token(choice)
    composing = state.composing
    if forwarded:
        return Command(composing, state.ref, state.arg, text) if composing else None
    if text.startswith("/"):
        word = text[1:].split(" ", 1)[0].split("@", 1)[0].casefold()
        if word == CANCEL:
            return Command(CANCEL, state.ref if composing else None)
        if word == SKIP and composing:
            return Command(composing, state.ref, state.arg, None, skipped=True)
        return _from_command(text, state)
    number = small_number(text)
    if number is not None and 0 < number <= len(state.offered) and not with_file:
        return _from_token(state.offered[number - 1])
    if composing and (text or with_file):
        return Command(composing, state.ref, state.arg, text or None)
    return None


def _from_command(text: str, state: DeskState) -> Command | None:
    head, _, rest = text.partition(" ")
    action = head[1:].split("@", 1)[0].casefold()
    if action not in ACTIONS:
        return None
    ref_text, _, tail = rest.strip().partition(" ")
    ref = normalize_ref(ref_text) or None
    if ref is None:
        focus = state.focus  # the case the facilitator last worked on
        words = rest.strip() or None
        if focus and action != LIST:
            return Command(action, focus, words, words)
        return Command(action, ref_text[:16] or None)
    return Command(action, ref, tail.strip() or None, tail.strip() or None)


def _from_token(token: str) -> Command | None:
    parsed = tokens.parse_desk(token)
    if parsed is None or parsed.action not in ACTIONS:
        return None
    return Command(parsed.action, normalize_ref(parsed.ref) or parsed.ref[:16], parsed.arg)
