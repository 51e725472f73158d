"""A runtime wired as :mod:`bot.main` wires it, for tests that drive one directly."""

from __future__ import annotations

from collections.abc import Sequence

from bot.i18n import Catalogs
from bot.main import build_services
from bot.runtime import Runtime
from bot.transport import Transport
from flows.core.policy import Policy
from flows.core.ports import Clock
from store.ports import RuntimeStore


def make_runtime(
    store: RuntimeStore,
    catalogs: Catalogs,
    transports: Sequence[Transport],
    clock: Clock,
    policy: Policy | None = None,
) -> Runtime:
    return Runtime(store, catalogs, transports, build_services(catalogs, clock, policy or Policy()))
