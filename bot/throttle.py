"""Per-person inbound throttling: who sends too fast, and when their episode ends.

A person who sends more than ``per_minute`` messages in a sliding minute is
*throttled*: their messages are still committed and handled, but after other
people's work, and they get one "slow down" reply per episode. The episode
ends once their last minute is back under the limit and their backlog is
handled. State is in memory: after a restart everyone starts unthrottled,
which costs at most one more "slow down".
"""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

WINDOW = timedelta(minutes=1)


class Throttle:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._arrivals: dict[str, deque[datetime]] = {}
        self._episodes: set[str] = set()

    def _recent(self, person: str, now: datetime) -> deque[datetime]:
        arrivals = self._arrivals.setdefault(person, deque())
        while arrivals and arrivals[0] <= now - WINDOW:
            arrivals.popleft()
        return arrivals

    def arrived(self, person: str, now: datetime) -> bool:
        """Count one message; True when it starts an episode (send the one "slow down")."""
        arrivals = self._recent(person, now)
        arrivals.append(now)
        if len(arrivals) <= self.per_minute:
            self._episodes.discard(person)
            return False
        if person in self._episodes:
            return False
        self._episodes.add(person)
        return True

    def undo(self, person: str, now: datetime) -> None:
        """The message counted by :meth:`arrived` was not committed after all."""
        arrivals = self._recent(person, now)
        if arrivals:
            arrivals.pop()
        if len(arrivals) <= self.per_minute:
            self._episodes.discard(person)

    def active(self, person: str) -> bool:
        return person in self._episodes

    def settle(self, person: str, now: datetime) -> None:
        """The person's backlog is handled: end the episode if they slowed down."""
        arrivals = self._recent(person, now)
        if len(arrivals) <= self.per_minute:
            self._episodes.discard(person)
        if not arrivals:
            del self._arrivals[person]
