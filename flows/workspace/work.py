"""The working memory of one facilitator action, and what every action uses.

An action handler is a plain function ``(work, case, command) -> None`` (see
:mod:`flows.workspace.table`); it reads :attr:`Work.desk`, changes
:attr:`Work.state`, and adds replies and events through the helpers here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from flows.core import lifecycle, tokens
from flows.core.countries import country_name
from flows.core.events import Audited, Event
from flows.core.messages import ArgValue, Choice, Outbound, Ref
from flows.workspace.desk import CaseView, Desk
from flows.workspace.desk_state import DeskState

MAX_NOTE = 2000
MAX_LISTED = 10


@dataclass(frozen=True, slots=True)
class Command:
    """One facilitator request, parsed from a button, a command, a number or words."""

    action: str
    ref: str | None = None
    arg: str | None = None
    text: str | None = None
    with_file: bool = False
    album: str | None = None
    """Set on a later file of an album whose first file was a reply: it goes the same way."""
    skipped: bool = False
    """``/skip`` while words were asked for: go on without them (where that is allowed)."""


@dataclass(slots=True)
class WorkResult:
    """What one action produced: replies, events, and the facilitator's new desk state."""

    outbound: list[Outbound] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    state: DeskState = field(default_factory=DeskState)


class Work:
    """One action in progress; discarded once the :class:`WorkResult` is returned."""

    def __init__(self, desk: Desk, state: DeskState) -> None:
        self.desk = desk
        self.actor = desk.actor
        self.state = state
        self.result = WorkResult(state=state)

    def say(
        self,
        key: str,
        args: dict[str, ArgValue] | None = None,
        choices: Sequence[Choice] = (),
        parts: Sequence[tuple[str, dict[str, ArgValue]]] = (),
    ) -> None:
        """Reply to the facilitator; numbered choices are remembered for typed answers.

        A message without choices forgets the earlier ones: a number means an option
        only while options are on screen (a budget of "1" is words, not option 1 of an
        older menu).
        """
        self.result.outbound.append(
            Outbound(self.actor.person, key, args or {}, tuple(choices), tuple(parts))
        )
        self.state.offered = [c.token for c in choices]

    def tell(
        self,
        person: str,
        key: str,
        args: dict[str, ArgValue] | None = None,
        choices: Sequence[Choice] = (),
        parts: Sequence[tuple[str, dict[str, ArgValue]]] = (),
        file_id: str | None = None,
    ) -> None:
        """Write to someone else (the requester, a colleague)."""
        self.result.outbound.append(
            Outbound(person, key, args or {}, tuple(choices), tuple(parts), file_id=file_id)
        )

    def emit(self, event: Event) -> None:
        self.result.events.append(event)

    def audit(self, action: str, ref: str | None = None, detail: str = "") -> None:
        self.emit(Audited(action, ref, detail))

    def case_args(self, case: CaseView) -> dict[str, ArgValue]:
        """The variables of a case's one-line description."""
        owner: ArgValue
        if case.assignee is None:
            owner = Ref(("ws-owner-nobody",))
        elif case.assignee == self.actor.id:
            owner = Ref(("ws-owner-you",))
        else:
            owner = self.colleague_name(case.assignee)
        return {
            "ref": case.ref,
            "country": country_name(case.country, self.actor.locale) if case.country else "-",
            "level": case.level,
            "status": Ref((lifecycle.label_key(case.status),)),
            "owner": owner,
            "urgent": Ref(("ws-urgent-mark",)) if case.urgent else "",
        }

    def colleague_name(self, facilitator_id: int) -> str:
        for colleague in self.desk.colleagues:
            if colleague.id == facilitator_id:
                return colleague.name
        return f"#{facilitator_id}"

    def case_actions(self, case: CaseView) -> list[Choice]:
        """The buttons that fit a case now, for this facilitator."""
        actions: list[tuple[str, str]] = []
        if lifecycle.is_open(case.status):
            if case.assignee is None:
                actions.append(("claim", "ws-act-claim"))
            elif case.assignee == self.actor.id:
                actions.append(("release", "ws-act-release"))
            actions += [
                ("reply", "ws-act-reply"),
                ("note", "ws-act-note"),
                ("move", "ws-act-move"),
                ("level", "ws-act-level"),
                ("assign", "ws-act-assign"),
                ("match", "ws-act-match"),
                ("agreement", "ws-act-agreement"),
                ("reroute", "ws-act-reroute"),
            ]
            actions.append(("urgent", "ws-act-not-urgent" if case.urgent else "ws-act-urgent"))
            if case.status in ("implementation", "evaluation"):
                actions.append(("followup", "ws-act-followup"))
        elif self.actor.coordinator:
            actions.append(("reopen", "ws-act-reopen"))
        return [Choice(tokens.desk(action, case.ref), key) for action, key in actions]
