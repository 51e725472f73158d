"""Catalog messages of the console simulator's own lines (``locales/<lang>/console.ftl``):
the greeting a person sees when the console starts, and the goodbye at Ctrl-D."""

from __future__ import annotations

_MESSAGES = {
    "console-greeting": "",
    "console-goodbye": "",
}


def console_variables() -> dict[str, frozenset[str]]:
    return {key: frozenset(args.split()) for key, args in _MESSAGES.items()}
