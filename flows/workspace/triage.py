"""Shaping a case: level, status, region, urgency, notes, and the coordinator's reopen."""

from __future__ import annotations

from dataclasses import replace

from flows.core import lifecycle, tokens
from flows.core.events import CaseChanged, CaseRerouted, NoteAdded
from flows.core.messages import ArgValue, Choice, Ref
from flows.workspace.desk import CaseView
from flows.workspace.work import MAX_NOTE, Command, Work

LEVELS = ("1", "2", "3")


def level_arg(arg: str | None) -> str | None:
    """A level is 1, 2 or 3; anything else asks again."""
    return arg if arg in LEVELS else None


def status_arg(arg: str | None) -> str | None:
    """The target status is the first word (``/move REF declined out of scope``)."""
    return arg.split(" ", 1)[0] if arg else None


def level(work: Work, case: CaseView, command: Command) -> None:
    if command.arg is None:
        choices = [Choice(tokens.desk("level", case.ref, n), f"ws-level-{n}") for n in LEVELS]
        work.say("ws-pick-level", {"ref": case.ref, "level": case.level}, choices)
        return
    work.emit(CaseChanged(case.ref, "level", int(command.arg)))
    work.audit("case.level", case.ref, command.arg)
    work.say("ws-level-set", {"ref": case.ref, "level": int(command.arg)})


def move(work: Work, case: CaseView, command: Command) -> None:
    """Move along the lifecycle; a final status asks for a reason first."""
    target = command.arg
    if target is None or not lifecycle.can_move(case.status, target):
        if target is not None:  # what was typed is never stored unsealed: a known status only
            known = target if target in (*lifecycle.ORDER, *lifecycle.ENDINGS) else "unknown"
            work.audit("refused", case.ref, f"move:{case.status}->{known}")
        choices = [
            Choice(tokens.desk("move", case.ref, s), f"status-{s}")
            for s in lifecycle.next_statuses(case.status)
        ]
        status = Ref((f"status-{case.status}",))
        work.say("ws-pick-status", {"ref": case.ref, "status": status}, choices)
        return
    reason = (command.text or "").partition(" ")[2].strip() if command.text else ""
    if work.state.composing == "move" and command.text:
        reason = command.text.strip()
    if target in lifecycle.NEEDS_REASON and not reason:
        work.state.compose("move", case.ref, target)
        work.say("ws-ask-reason", {"ref": case.ref, "status": Ref((f"status-{target}",))})
        return
    work.state.stop_composing()
    work.emit(CaseChanged(case.ref, "status", target))
    if reason:
        work.emit(NoteAdded(case.ref, work.actor.id, reason[:MAX_NOTE]))
    work.audit("case.moved", case.ref, f"{case.status}->{target}")
    status_args: dict[str, ArgValue] = {"ref": case.ref, "status": Ref((f"status-{target}",))}
    if case.requester:
        work.tell(case.requester, "status-changed", dict(status_args))
    work.say("ws-status-set", dict(status_args))


def reroute(work: Work, case: CaseView, command: Command) -> None:
    """Send the case to another region's queue (or the coordinator's), unclaimed."""
    others = [(rid, name) for rid, name in work.desk.regions if rid != case.region]
    if command.arg not in {rid for rid, _ in others}:
        if command.arg:
            work.audit("refused", case.ref, "reroute:unknown-region")
        choices = [
            Choice(tokens.desk("reroute", case.ref, rid), "ws-name", {"name": name})
            for rid, name in others
        ]
        work.say("ws-pick-region", {"ref": case.ref}, choices)
        return
    target = str(command.arg)
    work.emit(CaseChanged(case.ref, "region", target))
    work.emit(CaseChanged(case.ref, "assignee", None))
    work.emit(CaseRerouted(case.ref, target))
    work.audit("case.rerouted", case.ref, f"{case.region}->{target}")
    work.say("ws-rerouted", {"ref": case.ref, "region": dict(work.desk.regions)[target]})


def reopen(work: Work, case: CaseView, _: Command) -> None:
    """The coordinator's explicit way back from a final status: to triage, audited."""
    if lifecycle.is_open(case.status):
        work.say("ws-reopen-not-final", {"ref": case.ref})
        return
    work.emit(CaseChanged(case.ref, "status", lifecycle.REOPENED))
    work.audit("case.reopened", case.ref, f"{case.status}->{lifecycle.REOPENED}")
    if case.requester:
        status = Ref((f"status-{lifecycle.REOPENED}",))
        work.tell(case.requester, "status-changed", {"ref": case.ref, "status": status})
    reopened = replace(case, status=lifecycle.REOPENED)
    work.say("ws-reopened", {"ref": case.ref}, work.case_actions(reopened))


def urgent(work: Work, case: CaseView, _: Command) -> None:
    work.emit(CaseChanged(case.ref, "urgent", True))
    work.audit("case.urgent", case.ref)
    work.say("ws-urgent-set", {"ref": case.ref})


def note(work: Work, case: CaseView, command: Command) -> None:
    """An internal note (never shown to the requester); asks for the words if none came."""
    if not command.text:
        work.state.compose("note", case.ref)
        work.say("ws-ask-note", {"ref": case.ref})
        return
    work.state.stop_composing()
    work.emit(NoteAdded(case.ref, work.actor.id, command.text[:MAX_NOTE]))
    work.audit("case.note", case.ref)
    work.say("ws-note-saved", {"ref": case.ref})
