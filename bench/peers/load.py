"""The load: people who wait for each answer (closed loop) or a fixed offered rate (open loop).

A bot may answer one step with several messages (cre-bot sends one to
three), so each bot's replies per step are learnt first from one person
alone (``calibrate``); a step's latency is then from its push to the first
of its messages, and a person (closed loop) sends the next step once all of
them arrived, as a person reads the question before answering it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from dataclasses import dataclass, field

from bench.peers.fake import BenchFake
from bench.peers.script import STEPS, Step

STEP_TIMEOUT = 30.0
QUIET = 0.25
"""Calibration: a step's reply is complete when nothing more came for this long."""


@dataclass
class LoadResult:
    updates: int = 0
    seconds: float = 0.0
    messages: int = 0
    latencies: list[float] = field(default_factory=list)
    missing: int = 0
    """Steps whose reply never (fully) came."""


def push(fake: BenchFake, user: int, step: Step) -> float:
    kind, value = step
    if kind == "say":
        fake.push_message(user, value)
    else:
        fake.push_callback(user, value)
    return time.perf_counter()


async def calibrate(fake: BenchFake, user: int) -> list[int]:
    """How many messages the bot sends for each step, for one person alone."""
    counts = []
    for step in STEPS:
        before = len(fake.arrivals[user])
        push(fake, user, step)
        await asyncio.wait_for(fake.wait_replies(user, before + 1), STEP_TIMEOUT)
        while True:
            seen = len(fake.arrivals[user])
            await asyncio.sleep(QUIET)
            if len(fake.arrivals[user]) == seen:
                break
        counts.append(len(fake.arrivals[user]) - before)
    return counts


async def warm_up(fake: BenchFake, user: int, counts: list[int]) -> None:
    """One person through the script, so caches and connections are warm for every bot."""
    total = len(fake.arrivals[user])
    for step, count in zip(STEPS, counts, strict=True):
        push(fake, user, step)
        total += count
        await asyncio.wait_for(fake.wait_replies(user, total), STEP_TIMEOUT)


async def closed_loop(fake: BenchFake, people: list[int], counts: list[int]) -> LoadResult:
    """Everyone at once; each sends the next step once the previous one was answered."""
    result = LoadResult()
    sent_before = len(fake.sent)

    async def person(user: int) -> None:
        expected = len(fake.arrivals[user])
        for step, count in zip(STEPS, counts, strict=True):
            first = expected
            pushed = push(fake, user, step)
            expected += count
            result.updates += 1
            try:
                await asyncio.wait_for(fake.wait_replies(user, expected), STEP_TIMEOUT)
            except TimeoutError:
                result.missing += 1
                expected = len(fake.arrivals[user])
                continue
            result.latencies.append(fake.arrivals[user][first] - pushed)

    began = time.perf_counter()
    await asyncio.gather(*(person(user) for user in people))
    result.seconds = time.perf_counter() - began
    result.messages = len(fake.sent) - sent_before
    return result


async def open_loop(
    fake: BenchFake, people: list[int], counts: list[int], rate: float
) -> LoadResult:
    """Steps offered at ``rate`` per second whatever the bot does; person ``i % len(people)``.

    Each person's steps are ``len(people) / rate`` seconds apart, long after
    a reply that is on time, so a late reply is the bot's queue, not the person's.
    """
    result = LoadResult()
    sent_before = len(fake.sent)
    pushes: dict[int, list[float]] = {user: [] for user in people}
    began = time.perf_counter()
    order = itertools.product(range(len(STEPS)), people)
    for index, (step, user) in enumerate(order):
        delay = began + index / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        pushes[user].append(push(fake, user, STEPS[step]))
        result.updates += 1
    total = sum(counts)

    async def answered(user: int) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(fake.wait_replies(user, total), STEP_TIMEOUT)

    await asyncio.gather(*(answered(user) for user in people))
    result.seconds = time.perf_counter() - began
    firsts = list(itertools.accumulate([0, *counts[:-1]]))
    for user, times in pushes.items():
        arrivals = fake.arrivals[user]
        for pushed, first in zip(times, firsts, strict=True):
            if first < len(arrivals):
                result.latencies.append(arrivals[first] - pushed)
            else:
                result.missing += 1
    result.messages = len(fake.sent) - sent_before
    return result
