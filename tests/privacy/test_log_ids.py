"""Log lines name a person by an id no one can join to the database (issue 12, item 2)."""

from __future__ import annotations

import json
import logging
import time

from bot.logs import DailyPrefix, SafeFormatter


def _line(formatter: SafeFormatter, person: str, created: float) -> dict[str, object]:
    record = logging.LogRecord("cre.runtime", logging.INFO, __file__, 1, "inbox.handled", (), None)
    record.created = created
    record.fields = {"event": "inbox.handled", "person": person}  # type: ignore[attr-defined]
    return dict(json.loads(formatter.format(record)))


def test_the_same_person_is_followed_within_a_day_but_never_joined_to_the_database() -> None:
    formatter = SafeFormatter()
    pseudonym = "3f9a1c0b77d24e6f8a9b0c1d2e3f4a5b"
    now = time.time()
    first = _line(formatter, pseudonym[:8], now)["person"]
    again = _line(formatter, pseudonym[:8], now)["person"]
    other = _line(formatter, "0123abcd", now)["person"]
    assert first == again != other
    assert isinstance(first, str) and pseudonym[:4] not in first and first not in pseudonym


def test_the_key_changes_every_day_and_every_process() -> None:
    prefix = DailyPrefix()
    today = prefix("3f9a1c0b", "2026-12-02")
    assert prefix("3f9a1c0b", "2026-12-03") != today
    assert DailyPrefix()("3f9a1c0b", "2026-12-02") != today
