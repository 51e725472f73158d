"""Catalog messages requesters and collaborators get about decisions and agreements
(``locales/<lang>/decisions.ftl``), with the variables the code passes."""

from __future__ import annotations

from flows.core.lifecycle import ENDINGS, REASONS, next_step_key, reason_key

_MESSAGES = {
    "decision-facilitator-words": "text",
    "agreement-confirm": "ref",
    "agreement-confirm-collaborator": "ref",
    "agreement-confirm-yes": "",
    "agreement-confirm-no": "",
    "agreement-involved": "names",
    "agreement-involved-none": "",
    "agreement-thanks-yes": "ref",
    "agreement-thanks-no": "ref",
    "agreement-answer-unknown": "ref",
}


def decision_variables() -> dict[str, frozenset[str]]:
    found = {key: frozenset(args.split()) for key, args in _MESSAGES.items()}
    found.update(
        {f"decision-{ending}": frozenset({"ref", "status", "reason", "next"}) for ending in ENDINGS}
    )
    found.update({reason_key(reason): frozenset() for reason in REASONS})
    found.update({next_step_key(reason): frozenset() for reason in REASONS})
    return found
