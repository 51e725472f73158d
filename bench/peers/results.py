"""What a benchmark run found: medians per bot and send limit, ratios to the echo bot, goals.

Every ratio is to the echo bot measured in the same run on the same machine,
so it survives a slower or busier machine better than the absolute numbers,
which are kept beside it for this machine only.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from bench.engine_path import EngineResult
from bench.peers.process import Kind
from bench.peers.runner import Run, median_run

LIMITS = (0.0, 30.0)
OFFERED = 100.0
OFFERED_LOW = 20.0
"""A rate both bots keep up with here: what cre-bot adds when nothing queues."""


def limit_name(rate: float) -> str:
    return "unlimited" if rate == 0 else f"{rate:g}/s"


@dataclass(frozen=True)
class Goal:
    name: str
    measured: str
    met: bool


@dataclass
class Results:
    date: str
    machine: str
    plan: str
    runs: list[Run] = field(default_factory=list)
    offered: list[Run] = field(default_factory=list)
    engine: EngineResult | None = None
    fsyncs: dict[Kind, float] = field(default_factory=dict)

    def row(self, kind: Kind, rate: float) -> dict[str, float]:
        return median_run([r for r in self.runs if r.kind is kind and r.rate == rate])

    def pooled(self, kind: Kind, measure: str) -> float:
        """Start-up and memory do not depend on the send limit: the median over all runs."""
        return statistics.median(median_run([r])[measure] for r in self.runs if r.kind is kind)

    def ratio(self, kind: Kind, rate: float, measure: str) -> float:
        return self.row(kind, rate)[measure] / self.row(Kind.ECHO, rate)[measure]

    def spread(self, kind: Kind, rate: float, measure: str) -> tuple[float, float] | None:
        """The lowest and highest per-round ratio to the echo bot (rounds pair up in order)."""
        mine = [r for r in self.runs if r.kind is kind and r.rate == rate]
        echo = [r for r in self.runs if r.kind is Kind.ECHO and r.rate == rate]
        if len(mine) < 2:
            return None
        ratios = [
            median_run([a])[measure] / median_run([b])[measure]
            for a, b in zip(mine, echo, strict=True)
        ]
        return min(ratios), max(ratios)

    def open_loop(self, kind: Kind, offered: float = OFFERED) -> dict[str, float]:
        return median_run([r for r in self.offered if r.kind is kind and r.offered == offered])

    def added_latency(self, offered: float = OFFERED) -> tuple[float, float]:
        """cre-bot's p50 and p99 minus the echo bot's at ``offered`` updates/s, seconds."""
        cre, echo = self.open_loop(Kind.CRE, offered), self.open_loop(Kind.ECHO, offered)
        return cre["p50"] - echo["p50"], cre["p99"] - echo["p99"]

    def goals(self) -> list[Goal]:
        goals = []
        for rate in LIMITS:
            echo = self.ratio(Kind.CRE, rate, "updates_per_s")
            conv = (
                self.row(Kind.CRE, rate)["updates_per_s"]
                / self.row(Kind.CONVERSATION, rate)["updates_per_s"]
            )
            name = limit_name(rate)
            goals.append(Goal(f"updates/s ≥ 0.7 × echo bot ({name})", f"{echo:.2f} ×", echo >= 0.7))
            goals.append(
                Goal(f"updates/s > 1 × PTB conversation ({name})", f"{conv:.2f} ×", conv > 1)
            )
        _, p99 = self.added_latency()
        goals.append(
            Goal(
                f"added p99 latency < 10 ms at {OFFERED:g} updates/s offered",
                f"{p99 * 1e3:+.1f} ms",
                p99 < 0.010,
            )
        )
        startup = self.pooled(Kind.CRE, "startup") / self.pooled(Kind.ECHO, "startup")
        goals.append(Goal("start-up ≤ 2 × echo bot", f"{startup:.2f} ×", startup <= 2))
        memory = self.pooled(Kind.CRE, "idle_rss") / self.pooled(Kind.ECHO, "idle_rss")
        goals.append(Goal("idle memory ≤ 1.5 × echo bot", f"{memory:.2f} ×", memory <= 1.5))
        return goals
