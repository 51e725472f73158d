"""Composing a collaboration agreement field by field, reviewing and editing it, then
saving it and sending it to each party for confirmation.

The design document asks that the agreement make clear the activities, the timeline,
each collaborator's role, the budget, how results are used afterwards and how
disagreements are resolved; and that the requester have the final say on who is
involved. So a saved agreement goes to the requester (with who is involved) and to each
collaborator who accepted, in their own language, with buttons to confirm it or not.
"""

from __future__ import annotations

from flows.core import lifecycle, tokens
from flows.core.events import AgreementRecorded, CaseChanged
from flows.core.messages import ArgValue, Choice, Ref
from flows.core.policy import join_list
from flows.workspace.desk import CaseView
from flows.workspace.funding import offer_continuation
from flows.workspace.work import MAX_NOTE, Command, Work

AGREEMENT_FIELDS = ("activities", "timeline", "roles", "budget", "band", "results", "disputes")
BANDS = ("none", "up_to_5k", "5k_to_30k")
IMPLEMENTATION = "implementation"
BAND_LEVELS: dict[str, int | None] = {"none": None, "up_to_5k": 2, "5k_to_30k": 3}
"""Level 2 collaborations may ask up to 5,000 USD; 5,000 to 30,000 USD is level 3. A
self-funded collaboration (no funding) keeps the level the facilitator set."""


def band_level(band: str | None, current: int) -> int:
    """The level an agreement's funding band sets (pure; the funding flow reuses it)."""
    return BAND_LEVELS.get(band or "none") or current


def agreement(work: Work, case: CaseView, command: Command) -> None:
    """Start a draft (from the saved agreement, if any), or take the words being asked."""
    st = work.state
    draft = dict(st.draft)
    composing = st.composing == "agreement" and st.ref == case.ref
    if composing and command.text:
        if st.arg in AGREEMENT_FIELDS and st.arg != "band":
            draft[st.arg] = command.text[:MAX_NOTE]
            st.arg = None
        elif len(draft) < len(AGREEMENT_FIELDS) and _next_field(draft) != "band":
            draft[_next_field(draft)] = command.text[:MAX_NOTE]
        elif len(draft) == len(AGREEMENT_FIELDS):
            edit(work, case, Command("edit", case.ref))  # words, but for which part?
            return
    elif not composing:
        saved = work.desk.record.agreement
        draft = dict(saved.fields) if saved is not None else {}
        st.arg = None
    ask(work, case, draft)


def band(work: Work, case: CaseView, command: Command) -> None:
    """The funding band, picked with a button when the draft (or an edit) reaches it."""
    st = work.state
    draft = dict(st.draft)
    reached = st.arg == "band" or (st.arg is None and _next_field(draft) == "band")
    if st.composing != "agreement" or command.arg not in BANDS or not reached:
        work.say("ws-agreement-stale", {"ref": case.ref})
        return
    draft["band"] = str(command.arg)
    st.arg = None
    ask(work, case, draft)


def edit(work: Work, case: CaseView, command: Command) -> None:
    """Change one field of a complete draft: pick the field, then give its new value."""
    st = work.state
    draft = dict(st.draft)
    if st.composing != "agreement" or st.ref != case.ref or len(draft) != len(AGREEMENT_FIELDS):
        work.say("ws-agreement-stale", {"ref": case.ref})
        return
    if command.arg not in AGREEMENT_FIELDS:
        choices = [
            Choice(tokens.desk("edit", case.ref, name), f"agreement-label-{name}")
            for name in AGREEMENT_FIELDS
        ]
        work.say("ws-agreement-pick-field", {"ref": case.ref}, choices)
        return
    st.arg = str(command.arg)
    _ask_field(work, case, st.arg)


def _next_field(draft: dict[str, str]) -> str:
    return next((name for name in AGREEMENT_FIELDS if name not in draft), "")


def _ask_field(work: Work, case: CaseView, field_name: str) -> None:
    choices = (
        [Choice(tokens.desk("band", case.ref, b), f"agreement-band-{b}") for b in BANDS]
        if field_name == "band"
        else []
    )
    work.say(f"ws-agreement-ask-{field_name}", {"ref": case.ref}, choices)


def ask(work: Work, case: CaseView, draft: dict[str, str]) -> None:
    """Ask the field being edited or the next one, or show the whole draft for saving."""
    st = work.state
    st.compose("agreement", case.ref, st.arg if st.ref == case.ref else None)
    st.draft = draft
    if st.arg in AGREEMENT_FIELDS:
        _ask_field(work, case, st.arg)
        return
    if len(draft) < len(AGREEMENT_FIELDS):
        _ask_field(work, case, _next_field(draft))
        return
    buttons = [
        Choice(tokens.desk("save", case.ref), "ws-act-save"),
        Choice(tokens.desk("edit", case.ref), "ws-act-edit"),
        Choice(tokens.desk("drop", case.ref), "ws-act-drop"),
    ]
    work.say("ws-agreement-review", {"ref": case.ref}, buttons, agreement_lines(draft))


def save(work: Work, case: CaseView, _: Command) -> None:
    """Record the complete draft; its band sets the level; the case moves to ``agreement``;
    the requester and the collaborators are asked to confirm it."""
    draft = dict(work.state.draft)
    if work.state.ref != case.ref or len(draft) != len(AGREEMENT_FIELDS):
        work.say("ws-agreement-stale", {"ref": case.ref})
        return
    work.state.clear_draft()
    work.emit(AgreementRecorded(case.ref, draft))
    level = band_level(draft.get("band"), case.level)
    if level > case.level:
        work.emit(CaseChanged(case.ref, "level", level))
        work.audit("case.level", case.ref, f"{level}:band")
    if lifecycle.can_move(case.status, "agreement"):
        work.emit(CaseChanged(case.ref, "status", "agreement"))
    work.audit("case.agreement", case.ref)
    involved = [i.name for i in work.desk.record.accepted()]
    if case.requester:
        work.tell(
            case.requester,
            "agreement-confirm",
            {"ref": case.ref},
            confirm_choices(case.ref),
            parts=[*agreement_lines(draft), involved_line(involved, case.locale)],
        )
        if level == 2 and draft.get("band") == "up_to_5k":  # funded: a level 3 may continue
            offer_continuation(work, case)  # it, at the requester's request (issue 14)
    _saved(work, case, level, len(involved))


def _saved(work: Work, case: CaseView, level: int, involved: int) -> None:
    """Tell the facilitator; a band that fits a lower level than the case's asks first
    (a level 3 case may still record a smaller agreement)."""
    onward = Choice(
        tokens.desk("move", case.ref, IMPLEMENTATION), lifecycle.label_key(IMPLEMENTATION)
    )
    args: dict[str, ArgValue] = {"ref": case.ref, "level": level, "count": involved}
    if level < case.level:
        lower = Choice(tokens.desk("level", case.ref, level), f"ws-level-{level}")
        work.say("ws-agreement-saved-ask-level", args, [lower, onward])
    elif level > case.level:
        work.say("ws-agreement-saved-level", args, [onward])
    else:
        work.say("ws-agreement-saved", args, [onward])


def drop(work: Work, case: CaseView, _: Command) -> None:
    work.state.clear_draft()
    work.say("ws-agreement-dropped", {"ref": case.ref})


def confirm_choices(ref: str) -> tuple[Choice, Choice]:
    """The buttons a party answers a saved agreement with."""
    return (
        Choice(tokens.agreement_answer("yes", ref), "agreement-confirm-yes"),
        Choice(tokens.agreement_answer("no", ref), "agreement-confirm-no"),
    )


def involved_line(names: list[str], locale: str) -> tuple[str, dict[str, ArgValue]]:
    """Who takes part, for the requester (who has the final say on it), listed the way
    their language lists (the Arabic comma in Arabic)."""
    if not names:
        return ("agreement-involved-none", {})
    return ("agreement-involved", {"names": join_list(names, locale)})


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
