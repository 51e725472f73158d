"""Telling facilitators and coordinators: a new case, a requester who cannot be reached."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from flows.core import lifecycle, tokens
from flows.core.countries import country_name
from flows.core.messages import ArgValue, Choice, Outbound, Ref
from flows.core.ports import Transaction
from flows.core.regions import COORDINATOR
from flows.service.delivery import case_handlers
from flows.workspace.desk import CaseView


async def announce(tx: Transaction, case: CaseView, now: datetime) -> None:
    """The minimal announcement, to the region's queue chat or each of its facilitators.

    A case always reaches someone at once: when its region has no queue and
    no reachable facilitator, the coordinators hear of it instead (audited as
    ``case.to-coordinator``); ``case.unrouted`` only when there is no
    coordinator either, which start-up and ``doctor`` report.
    """
    region = case.region
    recipients = (
        [tokens.queue(region)]
        if await tx.contact(tokens.queue(region))
        else [f.person for f in await tx.facilitators_for(region)]
    )
    reached = await _announce_to(tx, case, recipients, now)
    if reached == 0 and region != COORDINATOR:
        coordinators = [f.person for f in await tx.facilitators_for(COORDINATOR)]
        reached = await _announce_to(tx, case, coordinators, now)
        if reached:
            await tx.audit(now, "system", "case.to-coordinator", case.ref, f"region:{region}")
    if reached == 0:
        await tx.audit(now, "system", "case.unrouted", case.ref, f"region:{region}")


async def _announce_to(
    tx: Transaction, case: CaseView, recipients: Sequence[str], now: datetime
) -> int:
    """Queue the announcement for each recipient with an address; how many there were."""
    choices = (
        Choice(tokens.desk("claim", case.ref), "ws-act-claim"),
        Choice(tokens.desk("open", case.ref), "ws-act-open"),
    )
    reached = 0
    for recipient in recipients:
        contact = await tx.contact(recipient)
        if contact is None:
            continue
        message = Outbound(
            recipient, "ws-new-case", case_summary_args(case, contact.locale), choices
        )
        await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
        reached += 1
    return reached


def case_summary_args(case: CaseView, locale: str) -> dict[str, ArgValue]:
    """The minimal summary a queue may see: no names, no words of the requester."""
    return {
        "ref": case.ref,
        "country": country_name(case.country, locale) if case.country else "-",
        "level": case.level,
        "strategies": Ref(tuple(f"opt-strategies-{s}" for s in case.strategies))
        if case.strategies
        else "-",
        "urgent": Ref(("ws-urgent-mark",)) if case.urgent else "",
        "language": Ref((f"language-{case.locale}",)),
        "region": case.region,
    }


async def report_unreachable(tx: Transaction, person: str, reason: str, now: datetime) -> None:
    """A message to ``person`` can never be delivered (blocked, account gone): tell whoever
    handles their open cases, so nobody waits for an answer that cannot come."""
    for summary in await tx.cases_of(person):
        if not lifecycle.is_open(summary.status):
            continue
        case = await tx.case_view(summary.ref)
        if case is None:
            continue
        for handler in await case_handlers(tx, case):
            contact = await tx.contact(handler.person)
            if contact is not None:
                message = Outbound(
                    handler.person,
                    "ws-requester-unreachable",
                    {"ref": case.ref},
                    (Choice(tokens.desk("open", case.ref), "ws-act-open"),),
                )
                await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
        await tx.audit(now, "system", "delivery.failed", case.ref, reason[:40])
