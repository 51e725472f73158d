"""Suggest collaborators for a case: local first, then by fit.

The design document asks to find collaborators "as close as possible to the
community": same country first, then the same region, then international;
within a tier, more of the strategies sought, then a shared language, then
those who can fund themselves (no grant needed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

LOCAL, REGIONAL, INTERNATIONAL = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Collaborator:
    id: int
    name: str
    strategies: frozenset[str]
    countries: frozenset[str]
    regions: frozenset[str]
    languages: frozenset[str]
    available: bool = True
    self_funded: bool = False
    reachable: bool = False


@dataclass(frozen=True, slots=True)
class Suggestion:
    collaborator: Collaborator
    tier: int
    shared_strategies: tuple[str, ...]


def suggest(
    collaborators: Sequence[Collaborator],
    country: str | None,
    region: str,
    strategies: Sequence[str],
    language: str,
    limit: int = 5,
) -> list[Suggestion]:
    wanted = set(strategies) - {"unsure"}
    found: list[tuple[tuple[int, int, int, int, int], Suggestion]] = []
    for c in collaborators:
        if not c.available:
            continue
        shared = tuple(s for s in strategies if s in c.strategies)
        if wanted and not shared:
            continue
        if country and country in c.countries:
            tier = LOCAL
        elif region in c.regions:
            tier = REGIONAL
        else:
            tier = INTERNATIONAL
        key = (
            tier,
            -len(shared),
            0 if language in c.languages else 1,
            0 if c.self_funded else 1,
            c.id,
        )
        found.append((key, Suggestion(c, tier, shared)))
    return [s for _, s in sorted(found, key=lambda item: item[0])][:limit]
