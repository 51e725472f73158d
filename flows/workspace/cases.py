"""Looking at cases: the list of open cases in one's regions, and one case in full."""

from __future__ import annotations

from flows.core import lifecycle, tokens
from flows.core.messages import ArgValue, Choice, Ref
from flows.engine.answers import display_answer
from flows.intake import flow as intake
from flows.workspace.desk import CaseView
from flows.workspace.work import MAX_LISTED, Command, Work


def list_cases(work: Work) -> None:
    """Urgent first, then unclaimed, then oldest; at most ``MAX_LISTED`` as buttons."""
    cases = [
        c for c in work.desk.cases if lifecycle.is_open(c.status) and work.actor.covers(c.region)
    ]
    cases.sort(key=lambda c: (not c.urgent, c.assignee is not None, c.created_at))
    work.audit("cases.listed", None, str(len(cases)))
    if not cases:
        work.say("ws-cases-none")
        return
    lines: list[tuple[str, dict[str, ArgValue]]] = [
        ("ws-cases-line", work.case_args(c)) for c in cases[:MAX_LISTED]
    ]
    choices = [
        Choice(tokens.desk("open", c.ref), "ws-act-open-ref", {"ref": c.ref})
        for c in cases[:MAX_LISTED]
    ]
    work.say("ws-cases-intro", {"count": len(cases)}, choices, lines)


def open_case(work: Work, case: CaseView, _: Command) -> None:
    """The case header, the requester's answers (never who they are), files and notes."""
    work.audit("case.opened", case.ref)
    parts: list[tuple[str, dict[str, ArgValue]]] = []
    answers = case.answers or {}
    for question in intake.applicable(answers):
        value = answers.get(question.id)
        if value is not None:
            label = Ref((question.label,))
            shown = display_answer(question, value, work.actor.locale, full=True)
            parts.append(("summary-line", {"label": label, "value": shown}))
    if case.answers is None:
        parts.append(("ws-case-erased", {}))
    if answers.get("referral_code"):
        parts.append(("ws-case-referral-code", {"code": str(answers["referral_code"])}))
    if case.files:
        parts.append(("summary-files", {"count": len(case.files)}))
    parts.extend(("ws-case-note", {"text": note}) for note in work.desk.notes)
    work.say("ws-case-header", work.case_args(case), work.case_actions(case), parts)
