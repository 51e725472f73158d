"""A party's answer to a case's saved agreement: the requester or a collaborator who
accepted taps "I agree" / "I do not agree" (or types ``/agree REF``, ``/disagree REF`` where
there are no buttons).

The design document gives the requester the final say on who is involved, with the
other collaborators' agreement: each answer is recorded and audited, the facilitators
of the case hear of it, and when every party has agreed they are offered the move to
implementation. Anyone else's answer (a forged or forwarded button) is refused and
audited. Nothing here starts or disturbs the requester's own conversation.
"""

from __future__ import annotations

from datetime import datetime

from flows.core import lifecycle, tokens
from flows.core.messages import ArgValue, Choice, Inbound, Outbound, Ref
from flows.core.ports import Transaction
from flows.core.refs import normalize_ref
from flows.engine.context import clean_text
from flows.service.delivery import Reply, case_handlers, deliver
from flows.workspace.desk import CaseView
from flows.workspace.record import REQUESTER_PARTY, CaseHistory, collaborator_party

COMMANDS = {"agree": True, "disagree": False}


def agreement_answer(inbound: Inbound) -> tokens.AgreementToken | None:
    """The answer a message carries: a ``g:`` button, or ``/agree REF`` / ``/disagree REF``."""
    if inbound.choice is not None:
        return (
            tokens.parse_agreement_answer(inbound.choice)
            if tokens.is_agreement_answer(inbound.choice)
            else None
        )
    text = "" if inbound.forwarded else clean_text(inbound.text)
    if not text.startswith("/"):
        return None
    head, _, rest = text[1:].partition(" ")
    agreed = COMMANDS.get(head.split("@", 1)[0].casefold())
    if agreed is None:
        return None
    return tokens.AgreementToken(agreed, normalize_ref(rest.strip()) or rest.strip()[:16])


async def handle_agreement_answer(
    tx: Transaction,
    answer: tokens.AgreementToken,
    inbound: Inbound,
    address: str,
    locale: str,
    now: datetime,
) -> None:
    person = inbound.sender
    reply = Reply(person, address, locale)
    case = await tx.case_view(answer.ref) if answer.ref else None
    history = await tx.case_history(case.ref) if case is not None else CaseHistory()
    party = await _party(tx, person, case, history)
    if case is None or party is None or history.agreement is None:
        await tx.audit(now, person[:8], "refused", None, "agreement:not-theirs")
        refusal = Outbound(person, "agreement-answer-unknown", {"ref": answer.ref or "?"})
        await deliver(tx, [refusal], reply, inbound, now)
        return
    await tx.answer_agreement(case.ref, party, answer.agreed, now)
    action = "agreement.agreed" if answer.agreed else "agreement.disagreed"
    await tx.audit(now, party if party != REQUESTER_PARTY else person[:8], action, case.ref)
    thanks = "agreement-thanks-yes" if answer.agreed else "agreement-thanks-no"
    messages = [Outbound(person, thanks, {"ref": case.ref})]
    messages += await _tell_handlers(tx, case, history, party, answer.agreed)
    await deliver(tx, messages, reply, inbound, now)


async def _party(
    tx: Transaction, person: str, case: CaseView | None, history: CaseHistory
) -> str | None:
    """Who is answering: the requester, a collaborator who accepted, or nobody entitled."""
    if case is None:
        return None
    if case.requester == person:
        return REQUESTER_PARTY
    collaborator = await tx.collaborator_by_person(person)
    if collaborator is not None and any(
        i.collaborator == collaborator.id for i in history.accepted()
    ):
        return collaborator_party(collaborator.id)
    return None


async def _tell_handlers(
    tx: Transaction, case: CaseView, history: CaseHistory, party: str, agreed: bool
) -> list[Outbound]:
    assert history.agreement is not None
    answers = dict(history.agreement.answers, **{party: agreed})
    parties = [collaborator_party(i.collaborator) for i in history.accepted()]
    if case.requester is not None:
        parties.append(REQUESTER_PARTY)
    everyone = bool(parties) and all(answers.get(p) is True for p in parties)
    who: ArgValue = (
        Ref(("ws-party-requester",))
        if party == REQUESTER_PARTY
        else next(
            (i.name for i in history.accepted() if collaborator_party(i.collaborator) == party),
            party,
        )
    )
    key = "ws-agreement-answer-yes" if agreed else "ws-agreement-answer-no"
    buttons = (Choice(tokens.desk("open", case.ref), "ws-act-open"),)
    if everyone and lifecycle.can_move(case.status, "implementation"):
        key = "ws-agreement-all-agreed"
        buttons = (
            Choice(
                tokens.desk("move", case.ref, "implementation"),
                lifecycle.label_key("implementation"),
            ),
        )
    return [
        Outbound(h.person, key, {"ref": case.ref, "name": who}, buttons)
        for h in await case_handlers(tx, case)
    ]
