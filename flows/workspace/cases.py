"""Looking at cases: the list of open cases in one's regions, and one case in full."""

from __future__ import annotations

from flows.core import lifecycle, tokens
from flows.core.messages import ArgValue, Choice, Ref
from flows.engine.answers import display_answer
from flows.intake import flow as intake
from flows.workspace.agreement import agreement_lines
from flows.workspace.desk import CaseView
from flows.workspace.record import FROM_REQUESTER, REQUESTER_PARTY, collaborator_party
from flows.workspace.work import MAX_LISTED, Command, Work

MAX_HISTORY = 20
"""The latest relayed messages /open shows; older ones are counted."""


def _open_in_regions(work: Work) -> list[CaseView]:
    """The open cases of the actor's regions: urgent first, then unclaimed, then oldest."""
    cases = [
        c for c in work.desk.cases if lifecycle.is_open(c.status) and work.actor.covers(c.region)
    ]
    cases.sort(key=lambda c: (not c.urgent, c.assignee is not None, c.created_at))
    return cases


def ask_which(work: Work, action: str) -> None:
    """A case command with no reference and no case in focus (``/note`` alone): ask which
    request, offering the open ones of the actor's regions as buttons (or numbers) that
    repeat the command for that request, instead of failing on a missing reference."""
    cases = _open_in_regions(work)
    if not cases:
        work.say("ws-which-case-none", {"command": f"/{action}"})
        return
    choices = [
        Choice(tokens.desk(action, c.ref), "ws-cases-line", work.case_args(c))
        for c in cases[:MAX_LISTED]
    ]
    work.say("ws-which-case", {"command": f"/{action}"}, choices)


def list_cases(work: Work) -> None:
    """Urgent first, then unclaimed, then oldest; at most ``MAX_LISTED`` as buttons."""
    cases = _open_in_regions(work)
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
    """The case in full: who handles it, in which language and region, the requester's
    answers (never who they are), files, the agreement and who confirmed it, invitations,
    notes with author and date, and the messages relayed through the bot."""
    work.audit("case.opened", case.ref)
    parts: list[tuple[str, dict[str, ArgValue]]] = [
        (
            "ws-case-where",
            {"language": Ref((f"language-{case.locale}",)), "region": _region_name(work, case)},
        )
    ]
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
    parts += _record_parts(work)
    work.say("ws-case-header", work.case_args(case), work.case_actions(case), parts)


def _region_name(work: Work, case: CaseView) -> str:
    return dict(work.desk.regions).get(case.region, case.region)


def _when(at: str) -> str:
    """An ISO time as facilitators read it: ``2026-11-30 14:05 UTC``."""
    return f"{at[:16].replace('T', ' ')} UTC" if len(at) >= 16 else at


def _record_parts(work: Work) -> list[tuple[str, dict[str, ArgValue]]]:
    record = work.desk.record
    parts: list[tuple[str, dict[str, ArgValue]]] = []
    saved = record.agreement
    if saved is not None:
        by = work.colleague_name(saved.recorded_by)
        parts.append(("ws-case-agreement", {"name": by, "date": _when(saved.at)}))
        parts += agreement_lines(saved.fields)
        for party, agreed in sorted(saved.answers.items()):
            who: ArgValue = _party_name(work, party)
            key = "ws-case-agreement-yes" if agreed else "ws-case-agreement-no"
            parts.append((key, {"name": who}))
    for invitation in record.invitations:
        answer = Ref((f"ws-invitation-{invitation.status}",))
        parts.append(
            (
                "ws-case-invitation",
                {"name": invitation.name, "answer": answer, "date": _when(invitation.at)},
            )
        )
    for note in record.notes:
        name = work.colleague_name(note.author)
        parts.append(("ws-case-note", {"text": note.text, "name": name, "date": _when(note.at)}))
    shown = record.messages[-MAX_HISTORY:]
    if len(record.messages) > len(shown):
        parts.append(("ws-case-history-older", {"count": len(record.messages) - len(shown)}))
    for message in shown:
        key = (
            "ws-case-from-requester"
            if message.direction == FROM_REQUESTER
            else "ws-case-to-requester"
        )
        text = message.text + (" 📎" if message.with_file else "")
        parts.append((key, {"text": text, "date": _when(message.at)}))
    return parts


def _party_name(work: Work, party: str) -> ArgValue:
    if party == REQUESTER_PARTY:
        return Ref(("ws-party-requester",))
    for invitation in work.desk.record.invitations:
        if collaborator_party(invitation.collaborator) == party:
            return invitation.name
    return party
