"""The intake: what the exchange needs to know to route and answer a request.

Order and content follow the design document ("Comment ?", "Types de
collaboration"): who asks and their link to the affected community (with the
community's consent when the requester is not directly affected), the
organisations they work with, where, the project and its financiers, the
harm, the strategies sought, the expected outcome, the kind of help (which
proposes level 1, 2 or 3), who referred them, and whether communication is
safe. Free-text answers also accept a photo, document or voice note, since
many people will find speaking easier than typing.

See ``docs/intake.mmd`` for a diagram of the branches.
"""

from __future__ import annotations

from flows.core.events import CaseSubmitted
from flows.core.messages import ArgValue
from flows.core.questions import Answers, Kind, Question
from flows.engine.flow import Completion, Finished, Flow, Parts

FLOW_ID = "intake"

NOT_AFFECTED = ("supporting", "other")


def _not_directly_affected(answers: Answers) -> bool:
    return answers.get("relationship") in NOT_AFFECTED


def community_agrees(answers: Answers) -> bool:
    """Collaboration and funding need the affected people's knowledge and consent."""
    return not _not_directly_affected(answers) or answers.get("community_consent") == "yes"


def _help_options(answers: Answers) -> tuple[str, ...]:
    if community_agrees(answers):
        return ("information", "collaboration", "funding")
    return ("information",)


def _help_note(answers: Answers) -> str | None:
    return None if community_agrees(answers) else "note-consent-needed-for-collaboration"


def _wants_funding(answers: Answers) -> bool:
    return answers.get("help_kind") == "funding"


def _not_referred_by_link(answers: Answers) -> bool:
    return not answers.get("referral_code")


def _may_contact_here(answers: Answers) -> bool:
    """No best time to contact them here when it is not safe to contact them here."""
    return answers.get("safe_here") != "no"


_HELP_DEPENDS = ("help_kind", "funding_band")
"""Who is asking and the community's agreement decide which help can be offered: a change
asks the kind of help again."""


INTAKE: tuple[Question, ...] = (
    Question("requester_type", Kind.CHOICE, ("individual", "community", "organisation", "network")),
    Question("requester_name", Kind.TEXT, optional=True),
    Question(
        "relationship", Kind.CHOICE, ("affected", "supporting", "other"), resets=_HELP_DEPENDS
    ),
    Question(
        "community_consent",
        Kind.CHOICE,
        ("yes", "no", "not_yet"),
        ask_if=_not_directly_affected,
        resets=_HELP_DEPENDS,
    ),
    Question("organisations", Kind.TEXT, optional=True),
    Question("country", Kind.COUNTRY, optional=True),
    Question("locality", Kind.TEXT, optional=True),
    Question("project", Kind.TEXT, optional=True, takes_files=True, long_text=True),
    Question("companies", Kind.TEXT, optional=True),
    Question(
        "financiers",
        Kind.MULTI,
        ("development_bank", "commercial_bank", "multinational", "government", "other", "unknown"),
    ),
    Question(
        "sector",
        Kind.CHOICE,
        (
            "mining",
            "oil_gas",
            "energy",
            "agribusiness",
            "infrastructure",
            "forestry",
            "tourism",
            "other",
            "unknown",
        ),
    ),
    Question("harm_timing", Kind.CHOICE, ("happened", "feared", "both")),
    Question(
        "rights",
        Kind.MULTI,
        (
            "land",
            "water",
            "livelihoods",
            "environment",
            "consultation",
            "defenders",
            "health",
            "culture",
            "other",
        ),
    ),
    Question("harm", Kind.TEXT, takes_files=True, long_text=True),
    Question(
        "strategies",
        Kind.MULTI,
        ("research", "remedy", "organising", "advocacy", "expertise", "security", "unsure"),
    ),
    Question("outcome", Kind.TEXT, takes_files=True, long_text=True),
    Question(
        "help_kind",
        Kind.CHOICE,
        ("information", "collaboration", "funding"),
        options_for=_help_options,
        note_for=_help_note,
    ),
    Question("funding_band", Kind.CHOICE, ("up_to_5k", "5k_to_30k"), ask_if=_wants_funding),
    Question("referral", Kind.TEXT, optional=True, ask_if=_not_referred_by_link),
    Question("safe_here", Kind.CHOICE, ("yes", "no", "unsure")),
    Question("best_times", Kind.TEXT, optional=True, ask_if=_may_contact_here),
    Question("danger_now", Kind.CHOICE, ("no", "yes")),
)

QUESTIONS: dict[str, Question] = {q.id: q for q in INTAKE}


def proposed_level(answers: Answers) -> int:
    """Level 1 information, 2 collaboration (up to 5,000 USD), 3 substantial funding."""
    kind = answers.get("help_kind")
    if kind == "funding" and answers.get("funding_band") == "5k_to_30k":
        return 3
    if kind in ("collaboration", "funding"):
        return 2
    return 1


def is_urgent(answers: Answers) -> bool:
    """Someone in danger now, or a request for security support, is handled first."""
    strategies = answers.get("strategies") or ()
    return answers.get("danger_now") == "yes" or "security" in strategies


def applicable(answers: Answers) -> list[Question]:
    return [q for q in INTAKE if q.ask_if(answers)]


def _summary_parts(answers: Answers) -> Parts:
    return (("summary-level", {"level": proposed_level(answers)}),)


def submitted(done: Completion) -> Finished:
    """The request becomes a case: a reference, a proposed level, urgency."""
    answers = done.answers
    ref = done.new_ref()
    urgent = is_urgent(answers)
    country = answers.get("country")
    if isinstance(country, list):  # several countries: routed by the first, all kept
        country = country[0] if country else None
    event = CaseSubmitted(
        ref=ref,
        channel=done.channel,
        locale=done.locale,
        answers=answers,
        file_ids=done.file_ids,
        level=proposed_level(answers),
        urgent=urgent,
        country=country if isinstance(country, str) else None,
        consented_at=done.consented_at or done.now.isoformat(),
    )
    parts: list[tuple[str, dict[str, ArgValue]]] = []
    if urgent:
        parts.append(("submitted-urgent", {}))
    if answers.get("safe_here") == "no":
        parts.append(("submitted-unsafe", {}))
    parts.append(("submitted-commands", {}))
    return Finished((event,), "submitted", {"ref": ref, "days": done.reply_days}, tuple(parts))


FLOW = Flow(
    FLOW_ID,
    INTAKE,
    submitted,
    opening=True,
    review=True,
    summary_parts=_summary_parts,
    keep=frozenset({"referral_code"}),
)
"""The intake as the engine runs it: opened by a newcomer's first message."""
