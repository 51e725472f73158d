"""A facilitator prepares a funding application with the requester, field by field.

``/apply`` asks, one message at a time: the amount in USD, what it pays for,
who the applicant is (buttons), how it strengthens capacity, and whether it is
security support for a human-rights defender (buttons); then shows the whole
application for sending to the open call of the case's region. An amount out
of the level's band, negative or not a number is refused with the rule and
asked again; nothing is kept. Between calls the region's list of other funds
is shown instead, with a button to pass it to the requester.

``/continue`` records that the requester asked to continue at level 3 (the
requester can also press the button they get after the agreement).
"""

from __future__ import annotations

from flows.core import tokens
from flows.core.events import ApplicationSubmitted, ContinuationRecorded
from flows.core.messages import ArgValue, Choice, Outbound, Ref
from flows.funding.amounts import parse_cents, show_cents
from flows.funding.bands import band_problem
from flows.funding.models import APPLICANT_KINDS
from flows.workspace.desk import CaseView
from flows.workspace.work import MAX_NOTE, Command, Work

FIELDS = ("amount", "purpose", "applicant", "capacity", "security")
BUTTON_FIELDS = {"applicant": APPLICANT_KINDS, "security": ("yes", "no")}
ACTIONS = ("apply", "apfield", "apsend", "apdrop", "continue", "funds")
PARTS = ("apfield", "apsend", "apdrop", "funds")


def application_level(case: CaseView, continuation: bool) -> int:
    """Level 3 when the requester asked to continue a level-2 case; else the case's level."""
    return 3 if continuation and case.level in (2, 3) else case.level


def apply(work: Work, case: CaseView, command: Command) -> None:
    """Start an application, or take the words for the field being asked."""
    st = work.state
    funding = work.desk.funding
    if not (st.composing == "apply" and st.ref == case.ref):
        level = application_level(case, funding.continuation)
        if band_problem(level, 1) == "fund-level-not-funded":
            work.say("fund-level-not-funded", {"ref": case.ref, "level": level})
            return
        if funding.call is None:
            _no_call(work, case)
            return
        st.draft = {"level": str(level), "call": str(funding.call.id)}
        _ask(work, case)
        return
    draft = dict(st.draft)
    field_name = _next_field(draft)
    if field_name is None or field_name in BUTTON_FIELDS or not command.text:
        _ask(work, case)
        return
    if field_name == "amount":
        cents = parse_cents(command.text)
        problem = (
            "fund-amount-invalid" if cents is None else band_problem(int(draft["level"]), cents)
        )
        if problem is not None:
            work.say(problem, {"ref": case.ref})
            _ask(work, case)
            return
        draft["amount"] = str(cents)
    else:
        draft[field_name] = command.text[:MAX_NOTE]
    st.draft = draft
    _ask(work, case)


def apfield(work: Work, case: CaseView, command: Command) -> None:
    """A button for the applicant kind or the security question."""
    draft = dict(work.state.draft)
    field_name = _next_field(draft)
    if (
        work.state.composing != "apply"
        or work.state.ref != case.ref
        or field_name not in BUTTON_FIELDS
        or command.arg not in BUTTON_FIELDS[field_name]
    ):
        work.say("fund-draft-stale", {"ref": case.ref})
        return
    draft[field_name] = str(command.arg)
    work.state.draft = draft
    _ask(work, case)


def apsend(work: Work, case: CaseView, _: Command) -> None:
    """Send the complete application to the call it was started for."""
    draft = dict(work.state.draft)
    call = work.desk.funding.call
    if work.state.ref != case.ref or _next_field(draft) is not None:
        work.say("fund-draft-stale", {"ref": case.ref})
        return
    if call is None or str(call.id) != draft["call"]:
        work.state.clear_draft()
        work.say("fund-call-gone", {"ref": case.ref})
        return
    level = int(draft["level"])
    earlier = [a.id for a in work.desk.funding.applications if a.level == 2]
    work.state.clear_draft()
    work.emit(
        ApplicationSubmitted(
            case.ref,
            call.id,
            level,
            int(draft["amount"]),
            draft["applicant"],
            draft["security"] == "yes",
            draft["purpose"],
            draft["capacity"],
            earlier[-1] if level == 3 and earlier else None,
        )
    )
    work.audit("funding.application", case.ref, f"call:{call.id}:level:{level}")
    work.say("fund-sent", {"ref": case.ref, "call": call.id, "closes": call.closes_on})
    if case.requester:
        amount = show_cents(int(draft["amount"]))
        work.tell(case.requester, "fund-sent-requester", {"ref": case.ref, "amount": amount})


def apdrop(work: Work, case: CaseView, _: Command) -> None:
    work.state.clear_draft()
    work.say("fund-dropped", {"ref": case.ref})


def record_continuation(work: Work, case: CaseView, _: Command) -> None:
    """The requester asked in words to continue at level 3: recorded, linked to this case."""
    if case.level != 2 and not work.desk.funding.continuation:
        work.say("fund-continue-not-level2", {"ref": case.ref})
        return
    work.emit(ContinuationRecorded(case.ref))
    work.audit("funding.continuation", case.ref, "by-facilitator")
    work.say("ws-fund-continue-recorded", {"ref": case.ref}, [_apply_button(case.ref)])


def funds(work: Work, case: CaseView, _: Command) -> None:
    """Pass the region's list of other funds to the requester, in their language."""
    lines = resource_lines(work, case.locale)
    if not lines or not case.requester:
        work.say("fund-no-resources", {"ref": case.ref})
        return
    work.tell(case.requester, "fund-resources-requester", {"ref": case.ref}, parts=lines)
    work.audit("funding.resources-sent", case.ref)
    work.say("fund-resources-sent", {"ref": case.ref})


def continuation_offer(person: str, ref: str) -> Outbound:
    """The button a requester gets after the agreement (or the evaluation) of a level-2 case."""
    return Outbound(
        person,
        "fund-continue-offer",
        {"ref": ref},
        (Choice(tokens.continuation(ref), "fund-continue-yes"),),
    )


def offer_continuation(work: Work, case: CaseView) -> None:
    """After a level-2 agreement: offer the requester to ask for a level-3 continuation."""
    if case.level == 2 and case.requester:
        work.result.outbound.append(continuation_offer(case.requester, case.ref))


def resource_lines(work: Work, locale: str) -> list[tuple[str, dict[str, ArgValue]]]:
    """The region's funds in ``locale`` first, then the others (never an empty list if any)."""
    found = work.desk.funding.resources
    chosen = [r for r in found if r.locale == locale] or list(found)
    return [("fund-resource-line", {"text": r.body}) for r in chosen]


def _no_call(work: Work, case: CaseView) -> None:
    lines = resource_lines(work, work.actor.locale)
    if not lines:
        work.say("fund-no-call", {"ref": case.ref})
        return
    button = Choice(tokens.desk("funds", case.ref), "ws-act-funds")
    work.say("fund-no-call-resources", {"ref": case.ref}, [button], lines)


def _next_field(draft: dict[str, str]) -> str | None:
    return next((name for name in FIELDS if name not in draft), None)


def _apply_button(ref: str) -> Choice:
    return Choice(tokens.desk("apply", ref), "ws-act-apply")


def _ask(work: Work, case: CaseView) -> None:
    work.state.compose("apply", case.ref)
    draft = work.state.draft
    field_name = _next_field(draft)
    args: dict[str, ArgValue] = {"ref": case.ref, "level": int(draft["level"])}
    if field_name is not None:
        choices = [
            Choice(tokens.desk("apfield", case.ref, value), f"fund-{field_name}-{value}")
            for value in BUTTON_FIELDS.get(field_name, ())
        ]
        work.say(f"fund-ask-{field_name}", args, choices)
        return
    buttons = [
        Choice(tokens.desk("apsend", case.ref), "ws-act-apsend"),
        Choice(tokens.desk("apdrop", case.ref), "ws-act-drop"),
    ]
    work.say("fund-review", args, buttons, application_lines(draft))


def application_lines(draft: dict[str, str]) -> list[tuple[str, dict[str, ArgValue]]]:
    """The draft as label/value lines, rendered in the reader's language."""
    values: dict[str, ArgValue] = {
        "amount": show_cents(int(draft["amount"])),
        "purpose": draft["purpose"],
        "applicant": Ref((f"fund-applicant-{draft['applicant']}",)),
        "capacity": draft["capacity"],
        "security": Ref((f"fund-security-{draft['security']}",)),
    }
    return [
        ("summary-line", {"label": Ref((f"fund-label-{name}",)), "value": values[name]})
        for name in FIELDS
    ]
