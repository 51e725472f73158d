"""The funding bands of the design document, as one pure rule.

Level 2 may include a request of up to and including 5,000 USD; level 3
(above 5,000 and up to 30,000 USD) continues a level-2 collaboration. The
facilitator-side agreement records a band too (``flows/workspace/agreement``):
both should read :func:`band_problem` and :func:`level_for` once unified.
"""

from __future__ import annotations

CENTS = 100
LEVEL2_MAX_CENTS = 5_000 * CENTS
LEVEL3_MAX_CENTS = 30_000 * CENTS
FUNDED_LEVELS = (2, 3)


def band_problem(level: int, usd_cents: int) -> str | None:
    """The catalog id explaining why ``usd_cents`` does not fit ``level``; None if it fits."""
    if level not in FUNDED_LEVELS:
        return "fund-level-not-funded"
    if usd_cents <= 0:
        return "fund-amount-invalid"
    if level == 2 and usd_cents > LEVEL2_MAX_CENTS:
        return "fund-amount-over-level2"
    if level == 3 and usd_cents <= LEVEL2_MAX_CENTS:
        return "fund-amount-under-level3"
    if level == 3 and usd_cents > LEVEL3_MAX_CENTS:
        return "fund-amount-over-level3"
    return None


def level_for(usd_cents: int) -> int | None:
    """The level an amount belongs to; None when it is out of every band."""
    if 0 < usd_cents <= LEVEL2_MAX_CENTS:
        return 2
    if LEVEL2_MAX_CENTS < usd_cents <= LEVEL3_MAX_CENTS:
        return 3
    return None
