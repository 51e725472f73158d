"""The facilitator's workspace: pure handling of one facilitator message.

Facilitators work from their phones, in a private chat with the bot. Buttons
(Telegram) carry tokens ``f:<action>:<ref>[:<arg>]``; on text-only channels
the same actions are short commands (``/claim K7M4-Q2XP``, or ``/claim`` for
the case they last worked on) or the number of an option from the last list
the bot showed them. Actions that need words
(reply, note, reason, agreement) ask for them and take the next message; a
reply can also be a file, relayed with its caption.

Closed, declined and referred cases are final: they can be looked at, and
only the coordinator can reopen them (``/reopen REF``, audited). Forwarded
text is content, never a command.

Every action is checked against the actor's regions, audited (never with
content), and refused politely when not allowed; the requester's identity is
never shown, only the case reference and what they wrote.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from flows.core import lifecycle, tokens
from flows.core.countries import country_name
from flows.core.events import (
    AgreementRecorded,
    Audited,
    CaseChanged,
    CaseRerouted,
    Event,
    FileAccepted,
    InvitationSent,
    NoteAdded,
)
from flows.core.messages import ArgValue, Choice, Outbound, Ref
from flows.core.numbers import small_number
from flows.core.refs import normalize_ref
from flows.engine.answers import display_answer
from flows.engine.media import as_kept, keep_refusal, quota_refusal
from flows.intake import flow as intake
from flows.workspace.desk import CaseView, Desk

ACTIONS = (
    "cases",
    "open",
    "claim",
    "release",
    "assign",
    "level",
    "move",
    "note",
    "urgent",
    "reply",
    "match",
    "invite",
    "agreement",
    "band",
    "save",
    "drop",
    "reroute",
    "reopen",
)
READ_ONLY = frozenset({"open", "reopen"})
"""What may still be done to a final case."""
NEEDS_CASE = frozenset(ACTIONS) - {"cases"}
AGREEMENT_FIELDS = ("activities", "timeline", "roles", "budget", "band", "results", "disputes")
BANDS = ("none", "up_to_5k", "5k_to_30k")
PART_OF: dict[str, tuple[str, ...]] = {"agreement": ("band", "save", "drop")}
"""Buttons that belong to a draft in progress and so do not abandon it."""
MAX_NOTE = 2000
MAX_LISTED = 10


@dataclass(frozen=True, slots=True)
class Command:
    action: str
    ref: str | None = None
    arg: str | None = None
    text: str | None = None
    with_file: bool = False
    album: str | None = None
    """Set on a later file of an album whose first file was a reply: it goes the same way."""


@dataclass(slots=True)
class WorkResult:
    outbound: list[Outbound] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)


def looks_like_workspace(text: str, choice: str | None, forwarded: bool = False) -> bool:
    """Whether a message tries a facilitator action (used to refuse and audit strangers)."""
    if forwarded and choice is None:
        return False
    if choice is not None:
        return tokens.is_desk(choice)
    name = text[1:].split(" ", 1)[0].split("@", 1)[0].casefold() if text.startswith("/") else ""
    return name in ACTIONS


def parse(
    text: str,
    choice: str | None,
    state: dict[str, Any],
    forwarded: bool = False,
    with_file: bool = False,
    album: str | None = None,
) -> Command | None:
    """Turn a button token, a command, an option number or composed words into a Command.

    Forwarded text only ever fills what is being composed; ``with_file`` marks
    a message that carries a file (its caption is ``text``), and the later
    files of an ``album`` whose first file was a reply are replies too.
    """
    replying = state.get("album") or {}
    if with_file and album is not None and replying.get("id") == album:
        return Command("reply", replying.get("ref"), None, text or None, True, album)
    command = _parse(text, choice, state, forwarded, with_file)
    return replace(command, with_file=True) if command is not None and with_file else command


def _parse(
    text: str, choice: str | None, state: dict[str, Any], forwarded: bool, with_file: bool
) -> Command | None:
    if choice is not None:
        return _from_token(choice)
    composing = state.get("composing")
    if forwarded:
        return Command(composing, state.get("ref"), state.get("arg"), text) if composing else None
    if text.startswith("/"):
        head, _, rest = text.partition(" ")
        action = head[1:].split("@", 1)[0].casefold()
        if action not in ACTIONS:
            return None
        ref_text, _, tail = rest.strip().partition(" ")
        ref = normalize_ref(ref_text) or None
        if ref is None:
            focus = state.get("focus")  # the case the facilitator last worked on
            words = rest.strip() or None
            if focus and action != "cases":
                return Command(action, focus, words, words)
            return Command(action, ref_text[:16] or None)
        return Command(action, ref, tail.strip() or None, tail.strip() or None)
    offered = state.get("offered") or []
    number = small_number(text)
    if number is not None and 0 < number <= len(offered) and not with_file:
        return _from_token(offered[number - 1])
    if composing and (text or with_file):
        return Command(composing, state.get("ref"), state.get("arg"), text or None)
    return None


def _from_token(token: str) -> Command | None:
    parsed = tokens.parse_desk(token)
    if parsed is None or parsed.action not in ACTIONS:
        return None
    return Command(parsed.action, normalize_ref(parsed.ref) or parsed.ref[:16], parsed.arg)


def act(command: Command | None, desk: Desk, state: dict[str, Any]) -> WorkResult:
    """Handle one facilitator message; ``state`` is the facilitator's small desk state."""
    work = _Work(desk, dict(state))
    work.run(command)
    work.result.state = work.state
    return work.result


class _Work:
    def __init__(self, desk: Desk, state: dict[str, Any]) -> None:
        self.desk = desk
        self.actor = desk.actor
        self.state = state
        self.result = WorkResult()

    # ----- output ----------------------------------------------------------------

    def say(
        self,
        key: str,
        args: dict[str, ArgValue] | None = None,
        choices: Sequence[Choice] = (),
        parts: Sequence[tuple[str, dict[str, ArgValue]]] = (),
    ) -> None:
        """Reply to the facilitator; numbered choices are remembered for typed answers."""
        self.result.outbound.append(
            Outbound(self.actor.person, key, args or {}, tuple(choices), tuple(parts))
        )
        if choices:
            self.state["offered"] = [c.token for c in choices]

    def tell(
        self,
        person: str,
        key: str,
        args: dict[str, ArgValue] | None = None,
        choices: Sequence[Choice] = (),
        parts: Sequence[tuple[str, dict[str, ArgValue]]] = (),
        file_id: str | None = None,
    ) -> None:
        self.result.outbound.append(
            Outbound(person, key, args or {}, tuple(choices), tuple(parts), file_id=file_id)
        )

    def emit(self, event: Event) -> None:
        self.result.events.append(event)

    def audit(self, action: str, ref: str | None = None, detail: str = "") -> None:
        self.emit(Audited(action, ref, detail))

    # ----- dispatch ----------------------------------------------------------------

    def run(self, command: Command | None) -> None:
        self.state.pop("album", None)  # only the very next files can continue an album
        if command is None:
            if self.desk.attachment is not None:
                self.say("ws-file-needs-reply")  # nothing kept: the file goes nowhere yet
                return
            self.state.pop("composing", None)
            self.say("ws-help")
            return
        if command.with_file and command.action != "reply":
            self.say("ws-file-needs-reply")
            return
        composing = str(self.state.get("composing") or "")
        if command.action != composing and command.action not in PART_OF.get(composing, ()):
            self.state.pop("composing", None)
        if command.action == "cases":
            self.list_cases()
            return
        case = self.desk.case
        if case is None or case.ref != command.ref:
            self.audit("refused", None, f"{command.action}:no-such-case")
            self.say("ws-no-case", {"ref": command.ref or "?"})
            return
        if not self.actor.covers(case.region):
            self.audit("refused", case.ref, f"{command.action}:other-region")
            self.say("ws-refused", {"ref": case.ref})
            return
        self.state["focus"] = case.ref
        if not lifecycle.is_open(case.status) and command.action not in READ_ONLY:
            self.state.pop("composing", None)
            self.audit("refused", case.ref, f"{command.action}:final")
            self.say(
                "ws-case-final",
                {"ref": case.ref, "status": Ref((f"status-{case.status}",))},
                self.case_actions(case),
            )
            return
        handler = getattr(self, f"do_{command.action}")
        handler(case, command)

    # ----- listing and details --------------------------------------------------------

    def list_cases(self) -> None:
        cases = [
            c
            for c in self.desk.cases
            if lifecycle.is_open(c.status) and self.actor.covers(c.region)
        ]
        cases.sort(key=lambda c: (not c.urgent, c.assignee is not None, c.created_at))
        self.audit("cases.listed", None, str(len(cases)))
        if not cases:
            self.say("ws-cases-none")
            return
        lines: list[tuple[str, dict[str, ArgValue]]] = [
            ("ws-cases-line", self.case_args(c)) for c in cases[:MAX_LISTED]
        ]
        choices = [
            Choice(tokens.desk("open", c.ref), "ws-act-open-ref", {"ref": c.ref})
            for c in cases[:MAX_LISTED]
        ]
        self.say("ws-cases-intro", {"count": len(cases)}, choices, lines)

    def case_args(self, case: CaseView) -> dict[str, ArgValue]:
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
            "status": Ref((f"status-{case.status}",)),
            "owner": owner,
            "urgent": Ref(("ws-urgent-mark",)) if case.urgent else "",
        }

    def colleague_name(self, facilitator_id: int) -> str:
        for colleague in self.desk.colleagues:
            if colleague.id == facilitator_id:
                return colleague.name
        return f"#{facilitator_id}"

    def do_open(self, case: CaseView, _: Command) -> None:
        self.audit("case.opened", case.ref)
        parts: list[tuple[str, dict[str, ArgValue]]] = []
        answers = case.answers or {}
        for question in intake.applicable(answers):
            value = answers.get(question.id)
            if value is not None:
                parts.append(
                    (
                        "summary-line",
                        {
                            "label": Ref((question.label,)),
                            "value": display_answer(question, value, self.actor.locale, full=True),
                        },
                    )
                )
        if case.answers is None:
            parts.append(("ws-case-erased", {}))
        if answers.get("referral_code"):
            parts.append(("ws-case-referral-code", {"code": str(answers["referral_code"])}))
        if case.files:
            parts.append(("summary-files", {"count": len(case.files)}))
        parts.extend(("ws-case-note", {"text": note}) for note in self.desk.notes)
        self.say("ws-case-header", self.case_args(case), self.case_actions(case), parts)

    def case_actions(self, case: CaseView) -> list[Choice]:
        ref = case.ref
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
            if not case.urgent:
                actions.append(("urgent", "ws-act-urgent"))
        elif self.actor.coordinator:
            actions.append(("reopen", "ws-act-reopen"))
        return [Choice(tokens.desk(action, ref), key) for action, key in actions]

    # ----- ownership -----------------------------------------------------------------

    def do_claim(self, case: CaseView, _: Command) -> None:
        if case.assignee == self.actor.id:
            self.say("ws-already-yours", {"ref": case.ref})
            return
        if case.assignee is not None:
            self.audit("refused", case.ref, "claim:taken")
            self.say(
                "ws-claimed-by-other", {"ref": case.ref, "name": self.colleague_name(case.assignee)}
            )
            return
        self.emit(CaseChanged(case.ref, "assignee", self.actor.id))
        if case.status == "received":
            self.emit(CaseChanged(case.ref, "status", "triage"))
        self.audit("case.claimed", case.ref)
        if case.requester:
            self.tell(case.requester, "case-claimed", {"ref": case.ref})
        self.say(
            "ws-claimed",
            {"ref": case.ref},
            self.case_actions(replace(case, assignee=self.actor.id)),
        )

    def do_release(self, case: CaseView, _: Command) -> None:
        if case.assignee != self.actor.id and not self.actor.coordinator:
            self.audit("refused", case.ref, "release:not-yours")
            self.say("ws-not-yours", {"ref": case.ref})
            return
        self.emit(CaseChanged(case.ref, "assignee", None))
        self.audit("case.released", case.ref)
        self.say("ws-released", {"ref": case.ref})

    def do_assign(self, case: CaseView, command: Command) -> None:
        colleagues = [c for c in self.desk.colleagues if c.covers(case.region)]
        target = next((c for c in colleagues if command.arg and str(c.id) == command.arg), None)
        if target is None:
            if command.arg:
                self.audit("refused", case.ref, "assign:not-a-colleague")
            choices = [
                Choice(tokens.desk("assign", case.ref, c.id), "ws-name", {"name": c.name})
                for c in colleagues
            ]
            self.say("ws-pick-colleague", {"ref": case.ref}, choices)
            return
        self.emit(CaseChanged(case.ref, "assignee", target.id))
        self.audit("case.assigned", case.ref, f"to:{target.id}")
        if target.person != self.actor.person:
            self.tell(
                target.person,
                "ws-assigned-to-you",
                {"ref": case.ref},
                [Choice(tokens.desk("open", case.ref), "ws-act-open")],
            )
        self.say("ws-assigned", {"ref": case.ref, "name": target.name})

    # ----- triage ------------------------------------------------------------------------

    def do_level(self, case: CaseView, command: Command) -> None:
        if command.arg not in ("1", "2", "3"):
            choices = [
                Choice(tokens.desk("level", case.ref, n), f"ws-level-{n}") for n in (1, 2, 3)
            ]
            self.say("ws-pick-level", {"ref": case.ref, "level": case.level}, choices)
            return
        self.emit(CaseChanged(case.ref, "level", int(command.arg)))
        self.audit("case.level", case.ref, command.arg)
        self.say("ws-level-set", {"ref": case.ref, "level": int(command.arg)})

    def do_move(self, case: CaseView, command: Command) -> None:
        target = command.arg.split(" ", 1)[0] if command.arg else None
        if target is None or not lifecycle.can_move(case.status, target):
            if target is not None:
                self.audit("refused", case.ref, f"move:{case.status}->{target[:20]}")
            choices = [
                Choice(tokens.desk("move", case.ref, s), f"status-{s}")
                for s in lifecycle.next_statuses(case.status)
            ]
            self.say(
                "ws-pick-status",
                {"ref": case.ref, "status": Ref((f"status-{case.status}",))},
                choices,
            )
            return
        reason = (command.text or "").partition(" ")[2].strip() if command.text else ""
        if self.state.get("composing") == "move" and command.text:
            reason = command.text.strip()
        if target in lifecycle.NEEDS_REASON and not reason:
            self.compose("move", case.ref, target)
            self.say("ws-ask-reason", {"ref": case.ref, "status": Ref((f"status-{target}",))})
            return
        self.state.pop("composing", None)
        self.emit(CaseChanged(case.ref, "status", target))
        if reason:
            self.emit(NoteAdded(case.ref, self.actor.id, reason[:MAX_NOTE]))
        self.audit("case.moved", case.ref, f"{case.status}->{target}")
        if case.requester:
            self.tell(
                case.requester,
                "status-changed",
                {"ref": case.ref, "status": Ref((f"status-{target}",))},
            )
        self.say("ws-status-set", {"ref": case.ref, "status": Ref((f"status-{target}",))})

    def do_reroute(self, case: CaseView, command: Command) -> None:
        """Send the case to another region's queue (or the coordinator's), unclaimed."""
        others = [(rid, name) for rid, name in self.desk.regions if rid != case.region]
        if command.arg not in {rid for rid, _ in others}:
            if command.arg:
                self.audit("refused", case.ref, "reroute:unknown-region")
            choices = [
                Choice(tokens.desk("reroute", case.ref, rid), "ws-name", {"name": name})
                for rid, name in others
            ]
            self.say("ws-pick-region", {"ref": case.ref}, choices)
            return
        target = str(command.arg)
        self.emit(CaseChanged(case.ref, "region", target))
        self.emit(CaseChanged(case.ref, "assignee", None))
        self.emit(CaseRerouted(case.ref, target))
        self.audit("case.rerouted", case.ref, f"{case.region}->{target}")
        self.say("ws-rerouted", {"ref": case.ref, "region": dict(self.desk.regions)[target]})

    def do_reopen(self, case: CaseView, _: Command) -> None:
        """The coordinator's explicit way back from a final status: to triage, audited."""
        if not self.actor.coordinator:
            self.audit("refused", case.ref, "reopen:not-coordinator")
            self.say("ws-reopen-coordinator-only", {"ref": case.ref})
            return
        if lifecycle.is_open(case.status):
            self.say("ws-reopen-not-final", {"ref": case.ref})
            return
        self.emit(CaseChanged(case.ref, "status", lifecycle.REOPENED))
        self.audit("case.reopened", case.ref, f"{case.status}->{lifecycle.REOPENED}")
        if case.requester:
            self.tell(
                case.requester,
                "status-changed",
                {"ref": case.ref, "status": Ref((f"status-{lifecycle.REOPENED}",))},
            )
        reopened = replace(case, status=lifecycle.REOPENED)
        self.say("ws-reopened", {"ref": case.ref}, self.case_actions(reopened))

    def do_urgent(self, case: CaseView, _: Command) -> None:
        self.emit(CaseChanged(case.ref, "urgent", True))
        self.audit("case.urgent", case.ref)
        self.say("ws-urgent-set", {"ref": case.ref})

    def compose(self, action: str, ref: str, arg: str | None = None) -> None:
        self.state.update({"composing": action, "ref": ref, "arg": arg})

    def do_note(self, case: CaseView, command: Command) -> None:
        if not command.text:
            self.compose("note", case.ref)
            self.say("ws-ask-note", {"ref": case.ref})
            return
        self.state.pop("composing", None)
        self.emit(NoteAdded(case.ref, self.actor.id, command.text[:MAX_NOTE]))
        self.audit("case.note", case.ref)
        self.say("ws-note-saved", {"ref": case.ref})

    # ----- relay -----------------------------------------------------------------------------

    def do_reply(self, case: CaseView, command: Command) -> None:
        if case.requester is None:
            self.say("ws-requester-gone", {"ref": case.ref})
            return
        if command.with_file:
            self.reply_file(case, case.requester, command)
            return
        if not command.text:
            self.compose("reply", case.ref)
            self.say("ws-ask-reply", {"ref": case.ref})
            return
        self.state.pop("composing", None)
        self.tell(
            case.requester, "relay-to-requester", {"ref": case.ref, "text": command.text[:MAX_NOTE]}
        )
        self.audit("case.relayed", case.ref, "to-requester")
        self.say("ws-reply-sent", {"ref": case.ref})

    def reply_file(self, case: CaseView, requester: str, command: Command) -> None:
        """Relay a file (and its caption) to the requester, within the daily file quota."""
        attachment = self.desk.attachment
        policy = self.desk.policy
        if attachment is None:
            return
        reason = keep_refusal(attachment, policy)
        refusal = (
            (reason, {"limit_mb": policy.max_file_bytes // (1024 * 1024)})
            if reason is not None
            else quota_refusal(attachment, self.desk.file_usage, policy)
        )
        if refusal is not None:
            self.audit("refused", case.ref, f"reply:{refusal[0]}")
            self.say(*refusal)
            return
        self.state.pop("composing", None)
        self.emit(FileAccepted(self.desk.file_id, as_kept(attachment), case.ref))
        self.tell(
            requester,
            "relay-file-to-requester",
            {"ref": case.ref, "text": (command.text or "")[:MAX_NOTE]},
            file_id=self.desk.file_id,
        )
        self.audit("case.relayed", case.ref, "to-requester:file")
        if self.desk.album is not None:
            self.state["album"] = {"id": self.desk.album, "ref": case.ref}
        if command.album is None:  # the first file of an album is acknowledged for all
            self.say("ws-reply-sent", {"ref": case.ref})

    # ----- collaborators ------------------------------------------------------------------------

    def do_match(self, case: CaseView, _: Command) -> None:
        self.audit("case.matched", case.ref, str(len(self.desk.suggestions)))
        if not self.desk.suggestions:
            self.say("ws-matches-none", {"ref": case.ref})
            return
        lines: list[tuple[str, dict[str, ArgValue]]] = []
        choices = []
        for s in self.desk.suggestions:
            lines.append(
                (
                    "ws-match-line",
                    {
                        "name": s.collaborator.name,
                        "tier": Ref(
                            (
                                ("ws-tier-local", "ws-tier-regional", "ws-tier-international")[
                                    s.tier
                                ],
                            )
                        ),
                        "strategies": Ref(tuple(f"opt-strategies-{x}" for x in s.shared_strategies))
                        if s.shared_strategies
                        else "-",
                    },
                )
            )
            choices.append(
                Choice(
                    tokens.desk("invite", case.ref, s.collaborator.id),
                    "ws-invite-name",
                    {"name": s.collaborator.name},
                )
            )
        self.say("ws-matches-intro", {"ref": case.ref}, choices, lines)

    def do_invite(self, case: CaseView, command: Command) -> None:
        chosen = next(
            (
                s.collaborator
                for s in self.desk.suggestions
                if command.arg and str(s.collaborator.id) == command.arg
            ),
            None,
        )
        if chosen is None:
            self.audit("refused", case.ref, "invite:unknown-collaborator")
            self.do_match(case, command)
            return
        self.emit(InvitationSent(case.ref, chosen.id))
        self.audit("case.invited", case.ref, f"collaborator:{chosen.id}")
        key = "ws-invite-sent" if chosen.reachable else "ws-invite-offline"
        self.say(key, {"ref": case.ref, "name": chosen.name})

    # ----- agreement ------------------------------------------------------------------------------

    def do_agreement(self, case: CaseView, command: Command) -> None:
        draft: dict[str, str] = dict(self.state.get("draft") or {})
        if (
            self.state.get("composing") == "agreement"
            and self.state.get("ref") == case.ref
            and command.text
        ):
            field_name = AGREEMENT_FIELDS[len(draft)]
            draft[field_name] = command.text[:MAX_NOTE]
        elif self.state.get("composing") != "agreement" or self.state.get("ref") != case.ref:
            draft = {}
        self.ask_agreement(case, draft)

    def do_band(self, case: CaseView, command: Command) -> None:
        draft: dict[str, str] = dict(self.state.get("draft") or {})
        if (
            self.state.get("composing") != "agreement"
            or command.arg not in BANDS
            or len(draft) != AGREEMENT_FIELDS.index("band")
        ):
            self.say("ws-agreement-stale", {"ref": case.ref})
            return
        draft["band"] = command.arg
        self.ask_agreement(case, draft)

    def ask_agreement(self, case: CaseView, draft: dict[str, str]) -> None:
        self.compose("agreement", case.ref)
        self.state["draft"] = draft
        if len(draft) < len(AGREEMENT_FIELDS):
            field_name = AGREEMENT_FIELDS[len(draft)]
            choices = (
                [Choice(tokens.desk("band", case.ref, b), f"agreement-band-{b}") for b in BANDS]
                if field_name == "band"
                else []
            )
            self.say(f"ws-agreement-ask-{field_name}", {"ref": case.ref}, choices)
            return
        self.say(
            "ws-agreement-review",
            {"ref": case.ref},
            [
                Choice(tokens.desk("save", case.ref), "ws-act-save"),
                Choice(tokens.desk("drop", case.ref), "ws-act-drop"),
            ],
            agreement_lines(draft),
        )

    def do_save(self, case: CaseView, _: Command) -> None:
        draft: dict[str, str] = dict(self.state.get("draft") or {})
        if self.state.get("ref") != case.ref or len(draft) != len(AGREEMENT_FIELDS):
            self.say("ws-agreement-stale", {"ref": case.ref})
            return
        for key in ("composing", "draft", "ref", "arg"):
            self.state.pop(key, None)
        self.emit(AgreementRecorded(case.ref, draft))
        if lifecycle.can_move(case.status, "agreement"):
            self.emit(CaseChanged(case.ref, "status", "agreement"))
        self.audit("case.agreement", case.ref)
        if case.requester:
            self.tell(
                case.requester, "agreement-summary", {"ref": case.ref}, parts=agreement_lines(draft)
            )
        self.say(
            "ws-agreement-saved",
            {"ref": case.ref},
            [Choice(tokens.desk("move", case.ref, "implementation"), "status-implementation")],
        )

    def do_drop(self, case: CaseView, _: Command) -> None:
        for key in ("composing", "draft", "ref", "arg"):
            self.state.pop(key, None)
        self.say("ws-agreement-dropped", {"ref": case.ref})


def agreement_lines(draft: dict[str, str]) -> list[tuple[str, dict[str, ArgValue]]]:
    """The agreement as label/value lines; labels render in each reader's language."""
    lines: list[tuple[str, dict[str, ArgValue]]] = []
    for name in AGREEMENT_FIELDS:
        if name in draft:
            value: ArgValue = (
                Ref((f"agreement-band-{draft[name]}",)) if name == "band" else draft[name]
            )
            lines.append(
                ("summary-line", {"label": Ref((f"agreement-label-{name}",)), "value": value})
            )
    return lines
