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
    """The target status, and for an ending its reason category: ``declined.duplicate``.

    Typed as ``/move REF declined duplicate`` or ``/move REF due diligence``; a button
    carries ``declined.duplicate`` as it is. Anything else is kept as written, so the
    refusal can be audited.
    """
    if not arg:
        return None
    words = arg.split()
    whole = lifecycle.parse_status(" ".join(words))
    if whole is not None:
        return whole
    target, _, reason = words[0].partition(".")
    target = lifecycle.parse_status(target) or target
    if not reason and len(words) > 1 and words[1].casefold() in lifecycle.REASONS:
        reason = words[1].casefold()
    return f"{target}.{reason}" if reason else target


def level(work: Work, case: CaseView, command: Command) -> None:
    if command.arg is None:
        choices = [Choice(tokens.desk("level", case.ref, n), f"ws-level-{n}") for n in LEVELS]
        work.say("ws-pick-level", {"ref": case.ref, "level": case.level}, choices)
        return
    work.emit(CaseChanged(case.ref, "level", int(command.arg)))
    work.audit("case.level", case.ref, command.arg)
    work.say("ws-level-set", {"ref": case.ref, "level": int(command.arg)})


def _typed_words(command: Command) -> str:
    """Words typed after the status (and its category): a private note, never lost."""
    if not command.text:
        return ""
    words = command.text.split()
    known = {*lifecycle.STATUSES, *lifecycle.REASONS}
    while words and words[0].casefold().partition(".")[0] in known:
        words = words[1:]
    return " ".join(words)


def move(work: Work, case: CaseView, command: Command) -> None:
    """Move along the lifecycle; declining or referring asks for a reason category first."""
    target, _, reason = (command.arg or "").partition(".")
    if not target or not lifecycle.can_move(case.status, target):
        if target:  # what was typed is never stored unsealed: a known status only
            known = target if target in lifecycle.STATUSES else "unknown"
            work.audit("refused", case.ref, f"move:{case.status}->{known}")
        work.state.stop_composing()
        choices = [
            Choice(tokens.desk("move", case.ref, s), lifecycle.label_key(s))
            for s in lifecycle.next_statuses(case.status)
        ]
        current = Ref((lifecycle.label_key(case.status),))
        work.say("ws-pick-status", {"ref": case.ref, "status": current}, choices)
        return
    if target in lifecycle.NEEDS_REASON:
        decide(work, case, command, target, reason)
        return
    work.state.stop_composing()
    work.emit(CaseChanged(case.ref, "status", target))
    work.audit("case.moved", case.ref, f"{case.status}->{target}")
    status = Ref((lifecycle.label_key(target),))
    status_args: dict[str, ArgValue] = {"ref": case.ref, "status": status}
    if case.requester:
        work.tell(case.requester, "status-changed", dict(status_args))
    work.say("ws-status-set", dict(status_args))


def decide(work: Work, case: CaseView, command: Command, target: str, reason: str) -> None:
    """Decline or refer: the reason category (buttons), then optional words for the
    requester, who is told the reason and what they can do next, in their language."""
    st = work.state
    asked = st.composing == "move" and st.ref == case.ref and st.arg == f"{target}.{reason}"
    if asked and reason in lifecycle.REASONS and (command.text or command.skipped):
        _decided(work, case, target, reason, None if command.skipped else command.text)
        return
    typed = _typed_words(command)
    if typed:
        st.held = f"{st.held}\n{typed}" if st.held and st.ref == case.ref else typed
    if reason not in lifecycle.REASONS:
        st.compose("move", case.ref, target)
        choices = [
            Choice(tokens.desk("move", case.ref, f"{target}.{r}"), lifecycle.reason_key(r))
            for r in lifecycle.REASONS
        ]
        status = Ref((lifecycle.label_key(target),))
        work.say("ws-pick-reason", {"ref": case.ref, "status": status}, choices)
        return
    st.compose("move", case.ref, f"{target}.{reason}")
    reason_name = Ref((lifecycle.reason_key(reason),))
    work.say("ws-ask-decision-words", {"ref": case.ref, "reason": reason_name})


def _decided(work: Work, case: CaseView, target: str, reason: str, words: str | None) -> None:
    held, work.state.held = work.state.held, None
    work.state.stop_composing()
    work.emit(CaseChanged(case.ref, "status", target))
    if held:
        work.emit(NoteAdded(case.ref, work.actor.id, held[:MAX_NOTE]))
    work.audit("case.moved", case.ref, f"{case.status}->{target}:{reason}")
    args: dict[str, ArgValue] = {
        "ref": case.ref,
        "status": Ref((lifecycle.label_key(target),)),
        "reason": Ref((lifecycle.reason_key(reason),)),
    }
    if case.requester:
        parts: list[tuple[str, dict[str, ArgValue]]] = (
            [("decision-facilitator-words", {"text": words[:MAX_NOTE]})] if words else []
        )
        told = dict(args, next=Ref((lifecycle.next_step_key(reason),)))
        work.tell(case.requester, f"decision-{target}", told, parts=parts)
    work.say("ws-decision-set", args)


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
        status = Ref((lifecycle.label_key(lifecycle.REOPENED),))
        work.tell(case.requester, "status-changed", {"ref": case.ref, "status": status})
    reopened = replace(case, status=lifecycle.REOPENED)
    work.say("ws-reopened", {"ref": case.ref}, work.case_actions(reopened))


def urgent(work: Work, case: CaseView, _: Command) -> None:
    """Mark a case urgent, or, when it already is, undo that (a mistaken tap is common)."""
    work.emit(CaseChanged(case.ref, "urgent", not case.urgent))
    work.audit("case.not-urgent" if case.urgent else "case.urgent", case.ref)
    changed = replace(case, urgent=not case.urgent)
    key = "ws-urgent-unset" if case.urgent else "ws-urgent-set"
    work.say(key, {"ref": case.ref}, work.case_actions(changed))


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
