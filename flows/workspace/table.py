"""The table of facilitator actions, and the one place they are dispatched and authorized.

Every action is a row: its name (the ``/command`` and the ``f:<name>:…``
button), the handler, how its argument is parsed, and who may do it. The
rules common to all rows are applied here, in this order, each refusal
audited: the case must be the one loaded; it must be in one of the actor's
regions; a final case (closed, declined, referred) only allows the rows
marked ``on_final``; a row marked ``coordinator_only`` refuses everyone else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flows.core import lifecycle
from flows.core.messages import Ref
from flows.workspace import (
    agreement,
    cases,
    collaborators,
    followup,
    funding,
    ownership,
    relay,
    triage,
)
from flows.workspace.desk import CaseView, Desk
from flows.workspace.desk_state import DeskState
from flows.workspace.work import Command, Work, WorkResult

Handler = Callable[[Work, CaseView, Command], None]


def _as_given(arg: str | None) -> str | None:
    return arg


@dataclass(frozen=True, slots=True)
class Action:
    """One row of the table."""

    handler: Handler
    parse_arg: Callable[[str | None], str | None] = _as_given
    """Normalise the argument (from a button or typed); ``None`` makes the handler ask."""
    on_final: bool = False
    """Allowed on a case in a final status."""
    coordinator_only: str | None = None
    """The refusal message when only the coordinator may do this."""


LIST = "cases"
"""The one action without a case: the list of open cases."""
CANCEL = "cancel"
"""Stop what is being composed (a note, a reply, a reason, an agreement); not a case action,
so a requester's own ``/cancel`` never looks like a facilitator's."""
SKIP = "skip"
"""Go on without the words asked for, where they are optional."""

TABLE: dict[str, Action] = {
    "open": Action(cases.open_case, on_final=True),
    "claim": Action(ownership.claim),
    "release": Action(ownership.release),
    "assign": Action(ownership.assign),
    "level": Action(triage.level, parse_arg=triage.level_arg),
    "move": Action(triage.move, parse_arg=triage.status_arg),
    "note": Action(triage.note),
    "urgent": Action(triage.urgent),
    "reply": Action(relay.reply),
    "match": Action(collaborators.match),
    "invite": Action(collaborators.invite),
    "agreement": Action(agreement.agreement),
    "band": Action(agreement.band),
    "edit": Action(agreement.edit),
    "save": Action(agreement.save),
    "drop": Action(agreement.drop),
    "reroute": Action(triage.reroute),
    "reopen": Action(triage.reopen, on_final=True, coordinator_only="ws-reopen-coordinator-only"),
    "followup": Action(followup.show, on_final=True),
    "cadence": Action(followup.cadence),
    "meeting": Action(followup.meeting, on_final=True),
    "resolve": Action(followup.resolve, on_final=True),
    "timezone": Action(followup.timezone),
    # funding applications (issue 14)
    "apply": Action(funding.apply),
    "apfield": Action(funding.apfield),
    "apsend": Action(funding.apsend),
    "apdrop": Action(funding.apdrop),
    "continue": Action(funding.record_continuation),
    "funds": Action(funding.funds),
}
ACTIONS = frozenset({LIST, *TABLE})
PART_OF: dict[str, tuple[str, ...]] = {
    "agreement": ("band", "edit", "save", "drop"),
    "apply": funding.PARTS,
}
"""Buttons that belong to a draft in progress and so do not abandon it."""


def act(command: Command | None, desk: Desk, state: DeskState) -> WorkResult:
    """Handle one facilitator message. Pure: ``state`` is not modified, a new one is returned."""
    work = Work(desk, DeskState.from_json(state.to_json()))
    _run(work, command)
    return work.result


def _run(work: Work, command: Command | None) -> None:
    work.state.album = None  # only the very next files can continue an album
    if command is None:
        if work.desk.attachment is not None:
            work.say("ws-file-needs-reply")  # nothing kept: the file goes nowhere yet
            return
        work.state.stop_composing()
        work.say("ws-help")
        return
    if command.with_file and command.action != "reply":
        work.say("ws-file-needs-reply")
        return
    if command.action == CANCEL:
        _cancel(work)
        return
    composing = work.state.composing or ""
    if command.action != composing and command.action not in PART_OF.get(composing, ()):
        work.state.stop_composing()
    if command.action == LIST:
        cases.list_cases(work)
        return
    case = _authorized_case(work, command)
    if case is not None:
        action = TABLE[command.action]
        action.handler(
            work,
            case,
            Command(
                command.action,
                command.ref,
                action.parse_arg(command.arg),
                command.text,
                command.with_file,
                command.album,
                command.skipped,
            ),
        )


def _cancel(work: Work) -> None:
    """``/cancel`` while words are asked for: nothing is saved and nothing is sent."""
    state = work.state
    if state.composing is None:
        work.say("ws-nothing-to-cancel")
        return
    ref = state.ref or "?"
    state.clear_draft()
    work.say("ws-cancelled", {"ref": ref})


def _authorized_case(work: Work, command: Command) -> CaseView | None:
    """The case the command is about, or ``None`` after an audited, polite refusal."""
    case = work.desk.case
    action = TABLE[command.action]
    if command.ref is None:
        cases.ask_which(work, command.action)
        return None
    if case is None or case.ref != command.ref:
        work.audit("refused", None, f"{command.action}:no-such-case")
        work.say("ws-no-case", {"ref": command.ref or "?"})
        return None
    if not work.actor.covers(case.region):
        work.audit("refused", case.ref, f"{command.action}:other-region")
        work.say("ws-refused", {"ref": case.ref})
        return None
    work.state.focus = case.ref
    if not lifecycle.is_open(case.status) and not action.on_final:
        work.state.stop_composing()
        work.audit("refused", case.ref, f"{command.action}:final")
        status = Ref((lifecycle.label_key(case.status),))
        work.say("ws-case-final", {"ref": case.ref, "status": status}, work.case_actions(case))
        return None
    if action.coordinator_only is not None and not work.actor.coordinator:
        work.audit("refused", case.ref, f"{command.action}:not-coordinator")
        work.say(action.coordinator_only, {"ref": case.ref})
        return None
    return case
