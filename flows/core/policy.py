"""Limits and promises that deployments may tune, with safe defaults."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from flows.followup.policy import FollowupPolicy

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "pt", "id", "sw", "ar")
"""Shipped languages, in the order the language question offers them."""

RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})

LIST_SEPARATORS: dict[str, str] = {"ar": "، "}
"""How a language separates the items of a list where the code joins them (option names,
countries): Arabic uses the Arabic comma "،"; every other shipped language ", "."""


def join_list(items: Iterable[str], locale: str) -> str:
    """``items`` as one list in ``locale``'s way (``Kenya، Tanzania`` in Arabic)."""
    return LIST_SEPARATORS.get(locale, ", ").join(items)


QUOTA_WINDOW = timedelta(days=1)
"""The rolling window of the daily file quotas."""


@dataclass(frozen=True, slots=True)
class Policy:
    """What the flows need to know about the deployment.

    ``max_text`` is the longest free-text answer accepted (the person is told
    the limit); ``retry_cap`` is how many invalid answers in a row get a short
    hint before the fuller help message is sent. A case nobody has claimed
    after ``unclaimed_hours`` (``urgent_unclaimed_hours`` when urgent) is
    raised to the coordinator. ``signal_number`` is the deployment's Signal
    number, offered to Telegram users (Telegram bot chats are not end-to-end
    encrypted).

    Files and bytes a person may send in a rolling day, whatever the flow
    (intake or relay), are capped by ``max_files_per_day`` and
    ``max_file_bytes_per_day``. One person's inbound beyond
    ``inbound_per_minute`` messages is throttled: kept and handled, but after
    everyone else's, with one "slow down" reply.

    A person who writes again after ``resume_after_hours`` with a question
    pending is reminded of it first (their message is not taken as the
    answer). ``max_text`` is one message (Telegram carries 4,096 characters);
    a long free-text answer may grow over several messages up to
    ``max_answer_text``.
    """

    reply_days: int = 5
    max_text: int = 4096
    max_file_bytes: int = 20 * 1024 * 1024
    max_files: int = 20
    retry_cap: int = 3
    languages: tuple[str, ...] = LANGUAGES
    default_language: str = "en"
    signal_number: str | None = None
    unclaimed_hours: float = 48.0
    urgent_unclaimed_hours: float = 4.0
    max_files_per_day: int = 30
    max_file_bytes_per_day: int = 200 * 1024 * 1024
    inbound_per_minute: int = 30
    followup: FollowupPolicy = field(default_factory=FollowupPolicy)
    """Check-in cadence, quiet hours, fatigue cap and reminders (issue 13)."""
    grants_quorum: int = 2
    """Members (without a conflict) who must answer on an application (issue 14)."""
    grants_approval: str = "majority"
    """``majority``, ``two_thirds`` or ``unanimous`` of approve/decline votes."""
    grants_confirm_days: int = 3
    """Days the group has to confirm a proposed ranking before it goes to the coordinator."""
    unconsented_hours: int = 24
    """Someone who wrote but never consented is forgotten after this long quiet."""
    retention_days: int = 730
    """A case final for this long loses its personal data (its statistics stay)."""
    resume_after_hours: float = 12.0
    max_answer_text: int = 20_000


def pick_language(hint: str | None, languages: tuple[str, ...]) -> str | None:
    """Map a messenger locale hint such as ``pt-BR`` or ``in`` to a shipped language."""
    if not hint:
        return None
    base = hint.replace("_", "-").split("-")[0].casefold()
    base = {"in": "id", "swa": "sw", "ara": "ar"}.get(base, base)
    return base if base in languages else None
