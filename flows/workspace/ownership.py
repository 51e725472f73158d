"""Who works on a case: claim it, release it, or hand it to a colleague."""

from __future__ import annotations

from dataclasses import replace

from flows.core import tokens
from flows.core.events import CaseChanged
from flows.core.messages import Choice
from flows.workspace.desk import CaseView
from flows.workspace.work import Command, Work


def claim(work: Work, case: CaseView, _: Command) -> None:
    """Take an unclaimed case (a new case moves to triage); the requester hears of it."""
    if case.assignee == work.actor.id:
        work.say("ws-already-yours", {"ref": case.ref})
        return
    if case.assignee is not None:
        work.audit("refused", case.ref, "claim:taken")
        name = work.colleague_name(case.assignee)
        work.say("ws-claimed-by-other", {"ref": case.ref, "name": name})
        return
    work.emit(CaseChanged(case.ref, "assignee", work.actor.id))
    if case.status == "received":
        work.emit(CaseChanged(case.ref, "status", "triage"))
    work.audit("case.claimed", case.ref)
    if case.requester:
        work.tell(case.requester, "case-claimed", {"ref": case.ref})
    claimed = replace(case, assignee=work.actor.id)
    work.say("ws-claimed", {"ref": case.ref}, work.case_actions(claimed))


def release(work: Work, case: CaseView, _: Command) -> None:
    """Give a case back to the queue: one's own, or any for the coordinator."""
    if case.assignee != work.actor.id and not work.actor.coordinator:
        work.audit("refused", case.ref, "release:not-yours")
        work.say("ws-not-yours", {"ref": case.ref})
        return
    work.emit(CaseChanged(case.ref, "assignee", None))
    work.audit("case.released", case.ref)
    work.say("ws-released", {"ref": case.ref})


def assign(work: Work, case: CaseView, command: Command) -> None:
    """Hand a case to a colleague of its region (``arg`` is their id), or list them."""
    colleagues = [c for c in work.desk.colleagues if c.covers(case.region)]
    target = next((c for c in colleagues if command.arg and str(c.id) == command.arg), None)
    if target is None:
        if command.arg:
            work.audit("refused", case.ref, "assign:not-a-colleague")
        choices = [
            Choice(tokens.desk("assign", case.ref, c.id), "ws-name", {"name": c.name})
            for c in colleagues
        ]
        work.say("ws-pick-colleague", {"ref": case.ref}, choices)
        return
    work.emit(CaseChanged(case.ref, "assignee", target.id))
    work.audit("case.assigned", case.ref, f"to:{target.id}")
    if target.person != work.actor.person:
        work.tell(
            target.person,
            "ws-assigned-to-you",
            {"ref": case.ref},
            [Choice(tokens.desk("open", case.ref), "ws-act-open")],
        )
    work.say("ws-assigned", {"ref": case.ref, "name": target.name})
