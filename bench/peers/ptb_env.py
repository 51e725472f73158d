"""What both peers read from the environment, and the Application they both build.

The benchmark passes ``BENCH_TOKEN``, ``BENCH_API_URL`` (ending in ``/bot``,
like ``CRE_TELEGRAM_API_URL``) and ``BENCH_MAX_RATE`` (messages per second,
0: no limit). A limit is PTB's own ``AIORateLimiter``, the one cre-bot uses
too, so that "the same send limit" means the same limiter.
"""

from __future__ import annotations

import os
from typing import Any

from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, BasePersistence


def builder_from_env() -> ApplicationBuilder[Any, Any, Any, Any, Any, Any]:
    """An ``ApplicationBuilder`` with the token, server and send limit set; nothing else."""
    rate = float(os.environ.get("BENCH_MAX_RATE", "0"))
    builder: Any = (
        Application.builder().token(os.environ["BENCH_TOKEN"]).base_url(os.environ["BENCH_API_URL"])
    )
    if rate > 0:
        builder = builder.rate_limiter(AIORateLimiter(overall_max_rate=rate))
    built: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = builder
    return built


def build(
    persistence: BasePersistence[Any, Any, Any] | None = None,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The Application, with ``persistence`` when the bot keeps state."""
    builder = builder_from_env()
    if persistence is not None:
        builder = builder.persistence(persistence)
    return builder.build()
