"""A facilitator's follow-up actions: see how a case in implementation is going
(``/followup``), set the check-in cadence and end date (``/cadence``), record the
evaluation meeting's notes and lessons (``/meeting``, sealed), close a follow-up item
(``/resolve``) and set someone's time zone (``/timezone``).
"""

from __future__ import annotations

from datetime import date, timedelta

from flows.core.events import FollowupNoted, FollowupPlanned
from flows.core.messages import ArgValue, Ref
from flows.followup.view import FollowupView, answer_lines
from flows.followup.zones import is_zone
from flows.workspace.desk import CaseView
from flows.workspace.work import MAX_NOTE, Command, Work

CADENCE_DAYS = (7, 90)
LONGEST_PLAN = timedelta(days=3 * 365)
ACTIONS = ("followup", "cadence", "meeting", "resolve", "timezone")


def show(work: Work, case: CaseView, _: Command) -> None:
    view = work.desk.followup
    if view is None or (view.plan is None and not view.people and not view.answers):
        work.say("fu-view-none", {"ref": case.ref}, work.case_actions(case))
        return
    work.say(
        "fu-view", {"ref": case.ref, **_plan_args(view)}, work.case_actions(case), _lines(view)
    )


def _plan_args(view: FollowupView) -> dict[str, ArgValue]:
    plan = view.plan
    return {
        "days": plan.cadence_days if plan else 0,
        "date": plan.ends_at.date().isoformat() if plan else "-",
        "next": view.next_due.date().isoformat() if view.next_due else "-",
        "notes": view.notes,
    }


def _lines(view: FollowupView) -> list[tuple[str, dict[str, ArgValue]]]:
    lines: list[tuple[str, dict[str, ArgValue]]] = []
    for p in view.people:
        name: ArgValue = Ref(("fu-who-requester",)) if p.requester else p.name or "-"
        rate = round(100 * p.answered / p.sent) if p.sent else 0
        state = (
            "fu-state-stopped" if p.stopped else "fu-state-paused" if p.paused else "fu-state-on"
        )
        lines.append(
            (
                "fu-view-person",
                {
                    "n": p.number,
                    "who": name,
                    "sent": p.sent,
                    "answered": p.answered,
                    "rate": rate,
                    "state": Ref((state,)),
                    "zone": p.zone,
                    "origin": Ref(("fu-zone-set-by" if p.zone_set else "fu-zone-from-country",)),
                },
            )
        )
    for item in view.open_items:
        kind, what = _item_words(item.kind)
        when = item.created_at.date().isoformat()
        lines.append(("fu-view-item", {"n": item.id, "kind": kind, "what": what, "date": when}))
    for number, answers in view.answers:
        when = answers.at.date().isoformat() if answers.at else "-"
        lines.append(
            (
                "fu-view-answers",
                {"n": number, "flow": Ref((f"fu-flow-{answers.flow}",)), "date": when},
            )
        )
        lines.extend(answer_lines(answers.flow, answers.answers))
    return lines


def _item_words(kind: str) -> tuple[ArgValue, ArgValue]:
    """An item's kind (``question:answer``, ``unanswered:<flow>``, ``support``) in words."""
    question, _, answer = kind.partition(":")
    if question == "unanswered":
        return Ref(("fu-item-unanswered",)), Ref((f"fu-flow-{answer}",))
    if question == "support" or not answer:
        return Ref(("fu-item-support",)), "-"
    return Ref((f"label-{question}",)), Ref((f"opt-{question}-{answer}",))


def cadence(work: Work, case: CaseView, command: Command) -> None:
    """``/cadence REF 21 2027-06-30``: every 21 days until that date (the date is optional)."""
    words = (command.arg or "").split()
    view = work.desk.followup
    if view is None:
        return
    today = view.today
    days = int(words[0]) if words and words[0].isdigit() else None
    ends: date | None = view.plan.ends_at.date() if view.plan else None
    if len(words) > 1:
        try:
            ends = date.fromisoformat(words[1])
        except ValueError:
            ends = None
    ends = ends or today + timedelta(days=work.desk.policy.followup.length_days)
    low, high = CADENCE_DAYS
    if days is None or not low <= days <= high or not today < ends <= today + LONGEST_PLAN:
        work.say("fu-cadence-help", {"ref": case.ref, "low": low, "high": high})
        return
    work.emit(FollowupPlanned(case.ref, days, ends.isoformat()))
    work.audit("followup.cadence", case.ref, f"{days}d")
    work.say("fu-cadence-set", {"ref": case.ref, "days": days, "date": ends.isoformat()})


def meeting(work: Work, case: CaseView, command: Command) -> None:
    """The evaluation meeting's notes and lessons (sealed); asks for them if none came."""
    if not command.text:
        work.state.compose("meeting", case.ref)
        work.say("fu-ask-meeting", {"ref": case.ref})
        return
    work.state.stop_composing()
    work.emit(FollowupNoted(case.ref, "meeting", command.text[:MAX_NOTE]))
    work.audit("followup.meeting", case.ref)
    work.say("fu-meeting-saved", {"ref": case.ref})


def resolve(work: Work, case: CaseView, command: Command) -> None:
    view = work.desk.followup
    open_ids = {i.id for i in view.open_items} if view else set()
    arg = (command.arg or "").strip()
    if not arg.isdigit() or int(arg) not in open_ids:
        work.say("fu-resolve-help", {"ref": case.ref})
        return
    work.emit(FollowupNoted(case.ref, "resolve", arg))
    work.audit("followup.resolved", case.ref, arg)
    work.say("fu-item-closed", {"ref": case.ref, "n": int(arg)})


def timezone(work: Work, case: CaseView, command: Command) -> None:
    """``/timezone REF 2 Asia/Jayapura``: that person (as ``/followup`` numbers them)."""
    words = (command.arg or "").split()
    view = work.desk.followup
    count = len(view.people) if view else 0
    if len(words) != 2 or not words[0].isdigit() or not 0 < int(words[0]) <= count:
        work.say("fu-zone-help", {"ref": case.ref})
        return
    if not is_zone(words[1]):
        work.say("fu-zone-unknown", {"ref": case.ref, "zone": words[1][:64]})
        return
    work.emit(FollowupNoted(case.ref, "zone", f"{words[0]} {words[1]}"))
    work.audit("followup.zone", case.ref)
    work.say("fu-zone-set", {"ref": case.ref, "n": int(words[0]), "zone": words[1]})
