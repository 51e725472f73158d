"""The in-memory funding tables (see :mod:`store.memory.funding` for their rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass
class FundingTables:
    members: dict[int, Row] = field(default_factory=dict)
    calls: dict[int, Row] = field(default_factory=dict)
    applications: dict[int, Row] = field(default_factory=dict)
    votes: dict[tuple[int, int], Row] = field(default_factory=dict)
    confirmations: set[tuple[int, int]] = field(default_factory=set)
    continuations: set[str] = field(default_factory=set)
    resources: dict[int, Row] = field(default_factory=dict)
    referrals: list[Row] = field(default_factory=list)
    money: list[Row] = field(default_factory=list)
    counter: int = 0

    def next_id(self) -> int:
        self.counter += 1
        return self.counter
