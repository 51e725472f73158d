"""The requester-side messages of issue 11: coming back, long answers, several choices,
which request, and the words people type for a choice (``locales/*/words.ftl``)."""

from __future__ import annotations

from flows.core.policy import LANGUAGES

_MESSAGES: dict[str, str] = {
    "welcome-back": "",
    "text-more": "",
    "text-done": "",
    "hint-answer-full": "limit",
    "multi-selected": "selection",
    "multi-selected-none": "",
    "relay-sent-case": "ref",
    "relay-switch": "",
    "relay-case-chosen": "ref",
    "case-only-one": "",
    "case-none-open": "",
    "case-not-now": "",
    "cmd-case": "",
    "words-yes": "",
    "words-no": "",
}

KEYWORDED: tuple[str, ...] = (
    *(f"language-{code}" for code in LANGUAGES),
    "opt-requester_type-individual",
    "opt-requester_type-community",
    "opt-requester_type-organisation",
    "opt-requester_type-network",
    "opt-relationship-affected",
    "opt-relationship-supporting",
    "opt-community_consent-not_yet",
    "opt-sector-mining",
    "opt-sector-oil_gas",
    "opt-sector-energy",
    "opt-sector-agribusiness",
    "opt-sector-infrastructure",
    "opt-sector-forestry",
    "opt-sector-tourism",
    "opt-sector-unknown",
    "opt-harm_timing-happened",
    "opt-harm_timing-feared",
    "opt-harm_timing-both",
    "opt-safe_here-unsure",
    "summary-submit",
    "summary-change",
    "summary-cancel",
    "done",
    "text-done",
)
"""Choices with a ``kw-<key>`` list of the words people type for them."""


def requester_variables() -> dict[str, frozenset[str]]:
    found = {key: frozenset(args.split()) for key, args in _MESSAGES.items()}
    found.update({f"kw-{key}": frozenset() for key in KEYWORDED})
    return found
