"""Before submitting: the summary of the answers, changing one, and the submission itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.core import tokens
from flows.core.events import (
    CaseSubmitted,
)
from flows.core.messages import ArgValue, Choice, Ref
from flows.core.state import EDIT, SUMMARY
from flows.engine import asking, interrupts, matching
from flows.engine.answers import display_answer
from flows.intake import flow as intake

if TYPE_CHECKING:
    from flows.engine.turn import Turn

SUMMARY_CHOICES = (
    Choice("summary:submit", "summary-submit"),
    Choice("summary:change", "summary-change"),
    Choice("summary:cancel", "summary-cancel"),
)


def show_summary(turn: Turn) -> None:
    st = turn.state
    parts: list[tuple[str, dict[str, ArgValue]]] = []
    for question in intake.applicable(st.answers):
        if st.answers.get(question.id) is not None:
            parts.append(
                (
                    "summary-line",
                    {
                        "label": Ref((question.label,)),
                        "value": display_answer(question, st.answers[question.id], turn.locale),
                    },
                )
            )
    if st.files:
        parts.append(("summary-files", {"count": len(st.files)}))
    parts.append(("summary-level", {"level": intake.proposed_level(st.answers)}))
    turn.say("summary", parts=parts, choices=SUMMARY_CHOICES)


def answer_summary(turn: Turn) -> None:
    token = matching.match(turn, SUMMARY_CHOICES, SUMMARY)
    if token == "summary:submit":
        submit(turn)
    elif token == "summary:change":
        asking.go(turn, EDIT)
    elif token == "summary:cancel":
        turn.state.interrupt = "cancel"
        interrupts.ask_confirm(turn, "cancel")


def edit_choices(turn: Turn) -> list[Choice]:
    answers = turn.state.answers
    choices = [
        Choice(tokens.choice(tokens.EDIT, q.id), q.label)
        for q in intake.applicable(answers)
        if q.id in answers
    ]
    choices.append(Choice("edit:__summary", "edit-back-to-summary"))
    return choices


def ask_edit(turn: Turn) -> None:
    turn.say("q-edit", choices=edit_choices(turn))


def answer_edit(turn: Turn) -> None:
    token = matching.match(turn, edit_choices(turn), EDIT)
    if token is None:
        return
    target = tokens.value_of(token)
    asking.go(turn, SUMMARY if target == "__summary" else target)


def submit(turn: Turn) -> None:
    st = turn.state
    answers = intake.kept_answers(st.answers)
    ref = turn.ctx.new_ref()
    level = intake.proposed_level(answers)
    urgent = intake.is_urgent(answers)
    country = answers.get("country")
    turn.events.append(
        CaseSubmitted(
            ref=ref,
            channel=turn.msg.channel,
            locale=turn.locale,
            answers=answers,
            file_ids=tuple(f["id"] for f in st.files),
            level=level,
            urgent=urgent,
            country=country if isinstance(country, str) else None,
            consented_at=st.consented_at or turn.ctx.now.isoformat(),
        )
    )
    parts: list[tuple[str, dict[str, ArgValue]]] = []
    if urgent:
        parts.append(("submitted-urgent", {}))
    if answers.get("safe_here") == "no":
        parts.append(("submitted-unsafe", {}))
    parts.append(("submitted-commands", {}))
    turn.say("submitted", {"ref": ref, "days": turn.policy.reply_days}, parts=parts)
    st.reset()
