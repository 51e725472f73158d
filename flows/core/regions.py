"""Regions, their countries, and routing a case to a regional facilitator queue.

The pilot has three regions (Asia, Latin America, Africa); the coordinator
can edit the lists. Routing is a pure function of the case and the rules: a
case whose country is in no region (or unknown) goes to the coordinator.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

COORDINATOR = "coordinator"


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    name: str
    countries: frozenset[str]


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


AFRICA = _codes(
    "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG "
    "MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH RE YT SH"
)
LATIN_AMERICA = _codes(
    "AR BO BR CL CO CR CU DO EC SV GT HN MX NI PA PY PE UY VE BZ GY SR HT JM TT BS BB LC VC GD "
    "AG DM KN PR GF GP MQ"
)
ASIA_PACIFIC = _codes(
    "AF AM AZ BH BD BT BN KH CN GE IN ID IR IQ IL JO JP KZ KW KG LA LB MY MV MN MM NP KP OM PK "
    "PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE HK MO FJ PG SB VU WS TO KI TV NR FM "
    "MH PW NC PF"
)

DEFAULT_REGIONS: tuple[Region, ...] = (
    Region("asia", "Asia and the Pacific", ASIA_PACIFIC),
    Region("latin_america", "Latin America and the Caribbean", LATIN_AMERICA),
    Region("africa", "Africa", AFRICA),
)


def route(country: str | None, regions: Sequence[Region]) -> str:
    """The id of the region whose queue receives a case from ``country``."""
    if country:
        for region in regions:
            if country in region.countries:
                return region.id
    return COORDINATOR
