"""One typed answer per intake question, for tests that need a whole request.

Answers are what a person types (option numbers, words, ``/skip``); a test
overrides the ones it cares about. ``community_consent`` and
``funding_band`` are only asked on some branches, so they are included only
when a test gives them. A multi-choice answer is followed by Done, and a long
free-text answer by "That's all", as a person would.
"""

from __future__ import annotations

from flows.core.questions import Kind
from flows.intake.flow import INTAKE

DEFAULTS: dict[str, str] = {
    "requester_type": "2",
    "requester_name": "/skip",
    "relationship": "1",
    "organisations": "/skip",
    "country": "Kenya",
    "locality": "/skip",
    "project": "/skip",
    "companies": "/skip",
    "financiers": "6",
    "sector": "9",
    "harm_timing": "1",
    "rights": "1",
    "harm": "Sand mining took our riverbank.",
    "strategies": "1",
    "outcome": "An independent study.",
    "help_kind": "2",
    "referral": "/skip",
    "safe_here": "1",
    "best_times": "/skip",
    "danger_now": "1",
}
CONSENT = "1"
SUBMIT = "1"


def intake_answers(**overrides: str) -> list[str]:
    """The answers from the first question after consent to the last before the summary."""
    unknown = set(overrides) - {q.id for q in INTAKE}
    assert not unknown, f"not intake questions: {unknown}"
    answers = {**DEFAULTS, **overrides}
    typed: list[str] = []
    for q in INTAKE:
        if q.id not in answers:
            continue
        typed.append(answers[q.id])
        if answers[q.id].startswith("/"):
            continue
        if q.kind is Kind.MULTI:  # numbers toggle options: then Done, the last number
            typed.append(str(len(q.options) + 1))
        elif q.long_text:  # a long answer stays open for more: "1" is That's all
            typed.append("1")
    return typed
