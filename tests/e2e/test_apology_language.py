"""The apology after a bug in a step is in the person's language (issue 11, item 9)."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest

from bot.i18n import Catalogs
from bot.runtime import Runtime
from flows.core.policy import Policy
from flows.core.questions import Kind, Question
from flows.engine.flow import Completion, Finished, Flow, Flows
from flows.service.services import Services
from store.crypto import Keyring
from store.memory.store import MemoryStore
from store.ports import RuntimeStore
from store.sqlite.store import SqliteStore
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport


def _broken(_: Completion) -> Finished:
    raise RuntimeError("a bug in the flow's completion")


BROKEN = Flows(Flow("broken", (Question("story", Kind.TEXT),), _broken))
"""A real flow whose completion has a bug: the first answer reaches it."""


async def _apology(store: RuntimeStore, hint: str | None, language: str | None) -> str:
    catalogs = Catalogs()
    services = Services(
        FakeClock(), catalogs.label, random.Random(3).randbytes, Policy(), flows=BROKEN
    )
    transport = RecordingTransport()
    runtime = Runtime(store, catalogs, [transport], services)
    await runtime.start()
    try:
        await transport.say("u1", "/start", locale_hint=hint)
        async with asyncio.timeout(10):
            await runtime.idle()
        if language is not None:
            await transport.say("u1", "/language", locale_hint=hint)
            await transport.say("u1", choice=f"language:{language}", locale_hint=hint)
        await transport.say("u1", "our story", locale_hint=hint)
        async with asyncio.timeout(10):
            await runtime.idle()
    finally:
        await runtime.stop()
    return transport.texts("u1")[-1]


@pytest.mark.parametrize("backend", ["sqlite", "memory"])
@pytest.mark.parametrize(
    ("hint", "chosen", "expected"),
    [
        ("sw", None, "sw"),
        ("ar", None, "ar"),
        ("en", "sw", "sw"),
        ("fr", "ar", "ar"),
        (None, None, "en"),
    ],
)
async def test_the_apology_is_in_the_persons_language(
    tmp_path: Path, backend: str, hint: str | None, chosen: str | None, expected: str
) -> None:
    """Their chosen language first, then their messenger's, then the default."""
    keyring = Keyring.generate()
    store: RuntimeStore = (
        await SqliteStore.open(tmp_path / "data", keyring)
        if backend == "sqlite"
        else await MemoryStore.open(keyring)
    )
    try:
        text = await _apology(store, hint, chosen)
    finally:
        await store.close()
    assert text == Catalogs().format(expected, "error-generic")
