"""The tables (terminal and ``bench/RESULTS.md``) and the chart (``bench/peers.svg``)."""

from __future__ import annotations

import math
from pathlib import Path

from bench.peers.chart import Panel, chart
from bench.peers.process import Kind
from bench.peers.results import LIMITS, OFFERED, OFFERED_LOW, Results, limit_name
from bench.peers.script import STEPS

MB = 1024 * 1024


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _x(value: float) -> str:
    return f"{value:.2f} ×" if math.isfinite(value) else "n/a"


def ratio_table(results: Results) -> str:
    rows = []
    for rate in LIMITS:
        for kind in Kind:
            row = results.row(kind, rate)
            echo = results.row(Kind.ECHO, rate)
            spread = results.spread(kind, rate, "updates_per_s")
            within = f" ({spread[0]:.2f}–{spread[1]:.2f})" if spread and kind != Kind.ECHO else ""
            rows.append(
                [
                    limit_name(rate),
                    kind,
                    _x(row["updates_per_s"] / echo["updates_per_s"]) + within,
                    _x(row["p50"] / echo["p50"]),
                    _x(row["p99"] / echo["p99"]),
                    _x(row["cpu_per_update"] / echo["cpu_per_update"]),
                ]
            )
    header = ["send limit", "bot", "updates/s", "p50 latency", "p99 latency", "CPU/update"]
    return _table(header, rows)


def process_table(results: Results) -> str:
    rows = []
    for kind in Kind:
        ratio = [
            results.pooled(kind, m) / results.pooled(Kind.ECHO, m)
            for m in ("startup", "idle_rss", "rss_after")
        ]
        rows.append([kind, *(_x(r) for r in ratio)])
    return _table(["bot", "start-up", "idle memory", "memory after load"], rows)


def absolute_table(results: Results) -> str:
    rows = []
    for rate in LIMITS:
        for kind in Kind:
            row = results.row(kind, rate)
            rows.append(
                [
                    limit_name(rate),
                    kind,
                    f"{row['updates_per_s']:.0f}",
                    f"{row['p50'] * 1e3:.0f}",
                    f"{row['p99'] * 1e3:.0f}",
                    f"{row['cpu_per_update'] * 1e3:.1f}",
                    f"{row['messages_per_update']:.2f}",
                    f"{row['startup']:.2f}",
                    f"{row['idle_rss'] / MB:.0f}",
                    f"{row['rss_after'] / MB:.0f}",
                    f"{row['missing']:.0f}",
                ]
            )
    header = [
        "send limit",
        "bot",
        "updates/s",
        "p50 ms",
        "p99 ms",
        "CPU ms/update",
        "messages/update",
        "start-up s",
        "idle MB",
        "after MB",
        "unanswered",
    ]
    return _table(header, rows)


def offered_table(results: Results) -> str:
    rows = []
    for offered in (OFFERED_LOW, OFFERED):
        rows += _offered_rows(results, offered)
    header = ["offered", "bot", "achieved updates/s", "p50 ms", "p99 ms", "CPU ms/update"]
    return _table([*header, "unanswered"], rows)


def _offered_rows(results: Results, offered: float) -> list[list[str]]:
    rows = []
    for kind in (Kind.ECHO, Kind.CRE):
        row = results.open_loop(kind, offered)
        rows.append(
            [
                f"{offered:g}/s",
                kind,
                f"{row['updates_per_s']:.0f}",
                f"{row['p50'] * 1e3:.1f}",
                f"{row['p99'] * 1e3:.1f}",
                f"{row['cpu_per_update'] * 1e3:.1f}",
                f"{row['missing']:.0f}",
            ]
        )
    p50, p99 = results.added_latency(offered)
    added = ["", "**added by cre-bot**", "", f"{p50 * 1e3:+.1f}", f"{p99 * 1e3:+.1f}", "", ""]
    return [*rows, added]


def storage_lines(results: Results) -> str:
    lines = []
    engine = results.engine
    if engine is not None:
        lines.append(
            f"- engine path (runtime + store + sealing, in process): {engine.engine:.0f} msg/s "
            f"= **{engine.ratio:.2f} ×** the raw aiosqlite INSERT+COMMIT limit "
            f"({engine.raw:.0f} msg/s); per message {engine.commits:.2f} commits, "
            f"{engine.trips:.1f} aiosqlite round trips, {engine.statements:.1f} statements"
        )
    for kind, fsyncs in results.fsyncs.items():
        lines.append(f"- {kind} over Telegram: **{fsyncs:.2f} fsync/fdatasync calls per update**")
    return "\n".join(lines)


def goal_table(results: Results) -> str:
    rows = [[g.name, g.measured, "met" if g.met else "**not met**"] for g in results.goals()]
    return _table(["goal", "measured", ""], rows)


def terminal(results: Results) -> str:
    return "\n\n".join(
        [
            "Ratios to the echo bot (same run, same send limit):",
            ratio_table(results),
            process_table(results),
            f"Absolute, this machine ({results.machine}):",
            absolute_table(results),
            "Open loop (updates offered at a fixed rate), no send limit:",
            offered_table(results),
            storage_lines(results),
            goal_table(results),
        ]
    )


def markdown(results: Results, command: str) -> str:
    steps = ", ".join(f"{kind} `{value}`" for kind, value in STEPS)
    return f"""# cre-bot against its peers

Written by `{command}` on {results.date} ({results.machine}; {results.plan}).
Read the ratios: each is to the echo bot measured in the same run, on the same
machine, at the same send limit. The absolute numbers hold for this machine
only, and only while nothing else ran on it.

![updates/s and p99 latency per bot and send limit](peers.svg)

## Method

One loopback fake Bot API (`tests/bot/fake_telegram.py`, the transport tests'
fake) runs in the benchmark's process; each bot runs as its own process
against it, one bot at a time, bots interleaved in each round:

- **echo bot** (`bench/peers/echo_bot.py`): bare python-telegram-bot, one
  message back per update, no state: the ceiling;
- **PTB conversation** (`bench/peers/conversation_bot.py`): the usual
  `ConversationHandler` + `PicklePersistence` bot asking the same questions;
- **cre-bot**: the real `cre-bot` after `cre-admin init`, on a real SQLite
  file (WAL, `synchronous=FULL`), its per-chat pacing off
  (`CRE_TELEGRAM_CHAT_RATE=0`) since the peers have none.

Send limit: PTB's `AIORateLimiter(overall_max_rate=…)` in all three
(`CRE_TELEGRAM_MAX_RATE` for cre-bot), or none ("unlimited"). The peers keep
PTB's defaults: updates handled one at a time.

Closed loop: people send, each at once, the first steps of the intake
({steps}), and send the next step only once the whole reply to the previous
one arrived. **Latency** is from the push of an update to the first message
the fake receives for that chat; **updates/s** is all steps over the time
until the last reply. Each bot's messages per step are learnt first from one
person alone, who also warms the bot up. **CPU/update** is the bot process's
user+system time during the load over the updates; **start-up** from process
start to its first `getUpdates`; **idle memory** its RSS 0.5 s after that,
before any update. Open loop: updates offered at {OFFERED:g}/s (and at
{OFFERED_LOW:g}/s) whatever the bot does, no send limit; **added latency** is
cre-bot's minus the echo bot's.
fsyncs are counted by `strace -f` in the load's time window only.

## Ratios to the echo bot

Medians; in brackets the lowest and highest ratio of a single round, to show
how much a busy machine moves them.

{ratio_table(results)}

Start-up and memory (median over all runs of each bot):

{process_table(results)}

## Absolute numbers, this machine

{absolute_table(results)}

Open loop, updates offered at a fixed rate whatever the bot does, no send
limit ({OFFERED_LOW:g}/s is a rate both keep up with here; "achieved" below the
offered rate means the bot could not, and the latency is then its queue):

{offered_table(results)}

Storage:

{storage_lines(results)}

## Goals

{goal_table(results)}

{reading(results)}
"""


def reading(results: Results) -> str:
    """What bounds the numbers, computed from them, so the goals table is not misread."""
    limited = [rate for rate in LIMITS if rate]
    rate = limited[0] if limited else 0.0
    cre = results.row(Kind.CRE, rate)["messages_per_update"]
    echo_high = results.open_loop(Kind.ECHO, OFFERED)["updates_per_s"]
    cre_high = results.open_loop(Kind.CRE, OFFERED)["updates_per_s"]
    _, low_p99 = results.added_latency(OFFERED_LOW)
    lines = [
        f"- At a send limit a bot's ceiling is the limit over its messages per update: "
        f"cre-bot sends {cre:.2f} (more than one message answers some steps), the peers "
        f"1.00, so at {rate:g}/s it can reach at most {1 / cre:.2f} × the peers' updates/s.",
        f"- At {OFFERED:g} updates/s offered the echo bot achieved {echo_high:.0f}/s and "
        f"cre-bot {cre_high:.0f}/s on this machine"
        + (
            ": both queue, so the difference there is queueing, not per-update cost; "
            if echo_high < OFFERED * 0.97
            else ": what cre-bot adds there is its own queue; "
        )
        + f"at {OFFERED_LOW:g}/s, where neither queues, cre-bot adds {low_p99 * 1e3:+.1f} ms "
        "at p99.",
        "- With a closed loop at a send limit, latency is mostly the limiter's queue: "
        "people / limit seconds (Little's law), the same for every bot.",
    ]
    return "\n".join(lines)


def svg(results: Results) -> str:
    groups = [limit_name(rate) for rate in LIMITS]
    throughput = [[results.ratio(kind, rate, "updates_per_s") for kind in Kind] for rate in LIMITS]
    p99 = [[results.row(kind, rate)["p99"] * 1e3 for kind in Kind] for rate in LIMITS]
    return chart(
        "cre-bot and two python-telegram-bot peers on one fake Bot API",
        [str(kind) for kind in Kind],
        [
            Panel(
                "Throughput (higher is better)",
                "updates/s, × echo bot",
                groups,
                throughput,
                lambda v: f"{v:.2f}",
                reference=1.0,
            ),
            Panel(
                "Reply latency p99 (lower is better)",
                "milliseconds",
                groups,
                p99,
                lambda v: f"{v:.0f}",
            ),
        ],
        f"{results.date}; {results.plan}; ratios to the echo bot of the same run",
    )


def write(results: Results, folder: Path, command: str) -> None:
    (folder / "RESULTS.md").write_text(markdown(results, command))
    (folder / "peers.svg").write_text(svg(results))
