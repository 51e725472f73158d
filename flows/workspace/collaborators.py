"""Finding collaborators for a case and inviting one."""

from __future__ import annotations

from flows.core import tokens
from flows.core.events import InvitationSent
from flows.core.messages import ArgValue, Choice, Ref
from flows.workspace.desk import CaseView
from flows.workspace.work import Command, Work

TIERS = ("ws-tier-local", "ws-tier-regional", "ws-tier-international")


def match(work: Work, case: CaseView, _: Command) -> None:
    """The suggested collaborators not yet invited, nearest first, each with an invite
    button; those already invited are listed apart with their answer."""
    invited = work.desk.record.invited()
    fresh = [s for s in work.desk.suggestions if s.collaborator.id not in invited]
    work.audit("case.matched", case.ref, str(len(fresh)))
    already: list[tuple[str, dict[str, ArgValue]]] = [
        ("ws-invited-line", {"name": i.name, "answer": Ref((f"ws-invitation-{i.status}",))})
        for i in work.desk.record.invitations
    ]
    if not fresh:
        work.say("ws-matches-none", {"ref": case.ref}, parts=already)
        return
    lines: list[tuple[str, dict[str, ArgValue]]] = []
    choices = []
    for s in fresh:
        strategies: ArgValue = (
            Ref(tuple(f"opt-strategies-{x}" for x in s.shared_strategies))
            if s.shared_strategies
            else "-"
        )
        args: dict[str, ArgValue] = {
            "name": s.collaborator.name,
            "tier": Ref((TIERS[s.tier],)),
            "strategies": strategies,
        }
        lines.append(("ws-match-line", args))
        choices.append(
            Choice(
                tokens.desk("invite", case.ref, s.collaborator.id),
                "ws-invite-name",
                {"name": s.collaborator.name},
            )
        )
    work.say("ws-matches-intro", {"ref": case.ref}, choices, lines + already)


def invite(work: Work, case: CaseView, command: Command) -> None:
    """Invite one of the suggested collaborators (``arg`` is their id)."""
    chosen = next(
        (
            s.collaborator
            for s in work.desk.suggestions
            if command.arg and str(s.collaborator.id) == command.arg
        ),
        None,
    )
    if chosen is None:
        work.audit("refused", case.ref, "invite:unknown-collaborator")
        match(work, case, command)
        return
    if chosen.id in work.desk.record.invited():
        work.say("ws-already-invited", {"ref": case.ref, "name": chosen.name})
        return
    work.emit(InvitationSent(case.ref, chosen.id))
    work.audit("case.invited", case.ref, f"collaborator:{chosen.id}")
    if chosen.reachable:
        work.say("ws-invite-sent", {"ref": case.ref, "name": chosen.name})
        return
    contact = work.desk.contact
    if contact:
        work.audit("collaborator.contact-shown", case.ref, f"collaborator:{chosen.id}")
        args: dict[str, ArgValue] = {"ref": case.ref, "name": chosen.name, "contact": contact}
        work.say("ws-invite-offline", args)
    else:
        work.say("ws-invite-offline-no-contact", {"ref": case.ref, "name": chosen.name})
