"""What a deployment may tune about follow-ups, with the defaults the issue asks for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FollowupPolicy:
    """Cadence, respect and reminders.

    A case in implementation is checked on every ``cadence_days`` (the
    facilitator may change it) until ``length_days`` after it started unless
    the facilitator sets an end date. Nobody is written to between
    ``quiet_start`` and ``quiet_end`` (local hours), nor more than ``per_day``
    times in a rolling day across all their cases. A check-in not answered
    after ``reminder_days`` gets one reminder; still unanswered
    ``flag_days`` later, the facilitator is told. ``lasting_days`` after
    completion a light follow-up asks whether the results lasted (0: never).
    ``/pause`` stops prompts for ``pause_days``.
    """

    cadence_days: int = 14
    length_days: int = 182
    quiet_start: int = 21
    quiet_end: int = 8
    per_day: int = 1
    reminder_days: float = 3.0
    flag_days: float = 3.0
    lasting_days: int = 182
    pause_days: int = 30
