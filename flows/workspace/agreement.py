"""Composing a collaboration agreement field by field, then saving or dropping it."""

from __future__ import annotations

from flows.core import lifecycle, tokens
from flows.core.events import AgreementRecorded, CaseChanged
from flows.core.messages import ArgValue, Choice, Ref
from flows.workspace.desk import CaseView
from flows.workspace.funding import offer_continuation
from flows.workspace.work import MAX_NOTE, Command, Work

AGREEMENT_FIELDS = ("activities", "timeline", "roles", "budget", "band", "results", "disputes")
BANDS = ("none", "up_to_5k", "5k_to_30k")


def agreement(work: Work, case: CaseView, command: Command) -> None:
    """Start a draft, or take the words for the field being asked."""
    st = work.state
    draft = dict(st.draft)
    if st.composing == "agreement" and st.ref == case.ref and command.text:
        draft[AGREEMENT_FIELDS[len(draft)]] = command.text[:MAX_NOTE]
    elif st.composing != "agreement" or st.ref != case.ref:
        draft = {}
    ask(work, case, draft)


def band(work: Work, case: CaseView, command: Command) -> None:
    """The budget band, picked with a button when the draft reaches it."""
    draft = dict(work.state.draft)
    if (
        work.state.composing != "agreement"
        or command.arg not in BANDS
        or len(draft) != AGREEMENT_FIELDS.index("band")
    ):
        work.say("ws-agreement-stale", {"ref": case.ref})
        return
    draft["band"] = str(command.arg)
    ask(work, case, draft)


def ask(work: Work, case: CaseView, draft: dict[str, str]) -> None:
    """Ask the next field, or show the whole draft for saving."""
    work.state.compose("agreement", case.ref)
    work.state.draft = draft
    if len(draft) < len(AGREEMENT_FIELDS):
        field_name = AGREEMENT_FIELDS[len(draft)]
        choices = (
            [Choice(tokens.desk("band", case.ref, b), f"agreement-band-{b}") for b in BANDS]
            if field_name == "band"
            else []
        )
        work.say(f"ws-agreement-ask-{field_name}", {"ref": case.ref}, choices)
        return
    buttons = [
        Choice(tokens.desk("save", case.ref), "ws-act-save"),
        Choice(tokens.desk("drop", case.ref), "ws-act-drop"),
    ]
    work.say("ws-agreement-review", {"ref": case.ref}, buttons, agreement_lines(draft))


def save(work: Work, case: CaseView, _: Command) -> None:
    """Record the complete draft; the case moves to ``agreement`` and the requester sees it."""
    draft = dict(work.state.draft)
    if work.state.ref != case.ref or len(draft) != len(AGREEMENT_FIELDS):
        work.say("ws-agreement-stale", {"ref": case.ref})
        return
    work.state.clear_draft()
    work.emit(AgreementRecorded(case.ref, draft))
    if lifecycle.can_move(case.status, "agreement"):
        work.emit(CaseChanged(case.ref, "status", "agreement"))
    work.audit("case.agreement", case.ref)
    if case.requester:
        lines = agreement_lines(draft)
        work.tell(case.requester, "agreement-summary", {"ref": case.ref}, parts=lines)
        offer_continuation(work, case)  # level 3 at the requester's request (issue 14)
    work.say(
        "ws-agreement-saved",
        {"ref": case.ref},
        [Choice(tokens.desk("move", case.ref, "implementation"), "status-implementation")],
    )


def drop(work: Work, case: CaseView, _: Command) -> None:
    work.state.clear_draft()
    work.say("ws-agreement-dropped", {"ref": case.ref})


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
