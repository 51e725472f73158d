"""Catalog messages about privacy (``locales/<lang>/privacy.ftl``): a withdrawn case,
and what is removed from files (or may remain in them)."""

from __future__ import annotations

from flows.core import lifecycle

_MESSAGES = {
    f"status-{lifecycle.WITHDRAWN}": "",
    "ws-case-withdrawn": "ref",
    "privacy-file-cleaned": "",
    "privacy-file-may-hold-metadata": "",
}


def privacy_variables() -> dict[str, frozenset[str]]:
    return {key: frozenset(args.split()) for key, args in _MESSAGES.items()}
