"""The language of the apology a person gets when their message hit a bug."""

from __future__ import annotations

from flows.core.messages import Inbound
from flows.core.policy import Policy, pick_language
from flows.core.ports import Transaction


async def apology_locale(tx: Transaction, inbound: Inbound, policy: Policy) -> str:
    """The person's own language: their conversation's, else their contact's, else their
    messenger's, else the deployment default (the step that failed changed nothing)."""
    state = await tx.load_conversation(inbound.sender)
    if state is not None and state.locale in policy.languages:
        return state.locale
    contact = await tx.contact(inbound.sender)
    if contact is not None and contact.locale in policy.languages:
        return contact.locale
    return pick_language(inbound.locale_hint, policy.languages) or policy.default_language
