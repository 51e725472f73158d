"""How big the long tests are: a short budget in ``make test``, the full one on demand.

``make test`` must stay under ten minutes on two cores, so the tests whose
size is a dial (random examples, conversations under chaos) run smaller
there; ``make test-full`` (``CRE_TEST_FULL=1``) runs them at full length, as
before a release or after touching the transports or the engine.
"""

from __future__ import annotations

import os

FULL = os.environ.get("CRE_TEST_FULL", "") == "1"


def scaled(full: int, short: int) -> int:
    """``full`` with ``CRE_TEST_FULL=1``, else ``short``."""
    return full if FULL else short
