"""The annual report's reads (issue 15): anonymous case facts streamed in batches, the
directory's shape, and the categories kept beside the sealed answers.

Rights, financiers and sector are option ids from the intake, written to
``case_facets`` when a case is created (and indexed once for older cases), so a
report over 100,000 cases opens no sealed answer. They go when the answers go:
triggers delete them when ``/forget`` clears a case's details or the case is
purged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Mapping
from typing import Any

import aiosqlite

from flows.report.facts import (
    CaseFact,
    DirectoryEntry,
    FollowupFigures,
    FundingFigures,
    Period,
    RegionInfo,
    facets_of,
)
from flows.report.figures import (
    Checkin,
    Decided,
    Evaluation,
    FollowupCount,
    Paid,
    counted,
    funding_figures,
)
from flows.report.tally import UNKNOWN, Tally
from store.crypto import aad, case_aad
from store.sqlite.base import StoreBase, words


async def write_facets(conn: aiosqlite.Connection, ref: str, answers: Mapping[str, Any]) -> None:
    rights, financiers, sector = facets_of(answers)
    await conn.execute(
        "INSERT OR REPLACE INTO case_facets (case_ref, rights, financiers, sector)"
        " VALUES (?, ?, ?, ?)",
        (ref, " ".join(rights), " ".join(financiers), sector),
    )


_FACTS = """
WITH claims AS (
  SELECT case_ref, MIN(at) AS at FROM audit
  WHERE action IN ('case.claimed', 'case.assigned') GROUP BY case_ref
), replies AS (
  SELECT case_ref, MIN(at) AS at FROM audit WHERE action = 'case.relayed' GROUP BY case_ref
), agreed AS (
  SELECT case_ref, MIN(at) AS at FROM audit WHERE action = 'case.agreement' GROUP BY case_ref
), links AS (
  SELECT case_ref, group_concat(substr(answered_at, 1, 10), ' ') AS dates FROM invitations
  WHERE status = 'accepted' AND answered_at >= ? AND answered_at < ? GROUP BY case_ref
)
SELECT c.created_at, c.region, c.country, c.level, c.status, c.channel, c.locale,
  c.strategies, c.requester, f.rights, f.financiers, f.sector, a.at AS agreed_at,
  l.dates AS link_dates,
  (julianday(cl.at) - julianday(c.created_at)) * 24 AS to_claim,
  (julianday(r.at) - julianday(c.created_at)) * 24 AS to_reply
FROM cases c
LEFT JOIN case_facets f ON f.case_ref = c.ref
LEFT JOIN claims cl ON cl.case_ref = c.ref
LEFT JOIN replies r ON r.case_ref = c.ref
LEFT JOIN agreed a ON a.case_ref = c.ref
LEFT JOIN links l ON l.case_ref = c.ref
WHERE c.created_at < ? AND (c.created_at >= ? OR a.at >= ? OR l.dates IS NOT NULL)
ORDER BY c.id
"""


def _fact(row: aiosqlite.Row) -> CaseFact:
    return CaseFact(
        created_at=row["created_at"],
        region=row["region"],
        country=row["country"],
        level=int(row["level"]),
        status=row["status"],
        channel=row["channel"],
        locale=row["locale"],
        strategies=tuple(s for s in str(row["strategies"]).split(",") if s),
        rights=tuple(words(row["rights"])),
        financiers=tuple(words(row["financiers"])),
        sector=row["sector"],
        requester=row["requester"],
        agreed_at=row["agreed_at"],
        connection_dates=tuple(str(row["link_dates"] or "").split()),
        hours_to_claim=row["to_claim"],
        hours_to_response=row["to_reply"],
    )


class ReportingQueries(StoreBase):
    """For ``cre-admin report``; each read outside any caller's transaction."""

    async def index_case_facets(self, batch: int = 500) -> int:
        """Write the facets of cases created before they were kept (opens each once)."""
        done = 0
        while True:
            rows = await self.db.read(
                "SELECT ref, requester, details FROM cases WHERE details IS NOT NULL AND ref NOT IN"
                " (SELECT case_ref FROM case_facets) ORDER BY id LIMIT ?",
                (batch,),
            )
            if not rows:
                return done
            async with self.db.transaction() as conn:
                for row in rows:
                    opened = self.sealer.open_json(
                        row["details"], case_aad(row["ref"], row["requester"])
                    )
                    answers = opened.get("answers") if isinstance(opened, dict) else None
                    await write_facets(
                        conn, row["ref"], answers if isinstance(answers, dict) else {}
                    )
            done += len(rows)

    async def case_facts(self, period: Period) -> AsyncIterator[CaseFact]:
        """Cases created, agreed or connected in the period, one at a time."""
        start, end = period.start.isoformat(), period.end.isoformat()
        async for rows in self.db.stream(_FACTS, (start, end, end, start, start)):
            for row in rows:
                yield _fact(row)

    async def directory_entries(self) -> list[DirectoryEntry]:
        rows = await self.db.read(
            "SELECT strategies, countries, regions, available FROM collaborators"
            " WHERE removed_at IS NULL"
        )
        return [
            DirectoryEntry(
                words(r["strategies"]),
                words(r["countries"]),
                words(r["regions"]),
                bool(r["available"]),
            )
            for r in rows
        ]

    async def report_regions(self) -> list[RegionInfo]:
        rows = await self.db.read("SELECT id, countries FROM regions ORDER BY id")
        return [RegionInfo(str(r["id"]), words(r["countries"])) for r in rows]

    async def followup_figures(self, period: Period) -> FollowupFigures:
        """Evaluations completed and check-ins sent in the period, by the case's region,
        counted as they stream; each evaluation is opened only to read its option ids
        and 1-5 answers."""
        start, end = period.start.isoformat(), period.end.isoformat()
        count = FollowupCount()
        async for rows in self.db.stream(
            "SELECT a.prompt, a.flow, a.case_ref, a.body, c.region FROM followup_answers a"
            " JOIN cases c ON c.ref = a.case_ref WHERE a.flow = 'evaluation'"
            " AND a.created_at >= ? AND a.created_at < ?",
            (start, end),
        ):
            for row in rows:
                where = aad("followup_answers", "body", f"{row['prompt']}:{row['flow']}")
                opened = self.sealer.open_json(row["body"], where)
                answers = counted(opened) if isinstance(opened, dict) else {}
                count.evaluation(Evaluation(row["region"], row["case_ref"], answers))
        async for rows in self.db.stream(
            "SELECT c.region, p.answered_at IS NOT NULL AS answered FROM followup_prompts p"
            " JOIN cases c ON c.ref = p.case_ref WHERE p.kind = 'checkin'"
            " AND p.sent_at >= ? AND p.sent_at < ?",
            (start, end),
        ):
            for row in rows:
                count.checkin(Checkin(str(row["region"]), bool(row["answered"])))
        return count.figures()

    async def funding_figures(self, period: Period) -> FundingFigures:
        """Calls opened, applications submitted, decisions, referrals and money recorded
        in the period: plain amounts, regions and dates only."""
        span = (period.start.isoformat(), period.end.isoformat())
        calls = await self.db.read(
            "SELECT kind FROM funding_calls WHERE opens_on >= ? AND opens_on < ?", span
        )
        applications = await self.db.read(
            "SELECT count(*) AS n FROM funding_applications"
            " WHERE submitted_at >= ? AND submitted_at < ?",
            span,
        )
        decided = await self.db.read(
            "SELECT region, status, granted_cents FROM funding_applications"
            " WHERE decided_at >= ? AND decided_at < ?",
            span,
        )
        referrals = await self.db.read(
            "SELECT count(*) AS n FROM funding_referrals WHERE at >= ? AND at < ?", span
        )
        paid = await self.db.read(
            "SELECT region, kind, usd_cents FROM funding_money WHERE on_date >= ? AND on_date < ?",
            span,
        )
        return funding_figures(
            [str(r["kind"]) for r in calls],
            int(applications[0]["n"]),
            [Decided(r["region"], r["status"], int(r["granted_cents"])) for r in decided],
            int(referrals[0]["n"]),
            [Paid(r["region"], r["kind"], int(r["usd_cents"])) for r in paid],
        )


_REQUESTS = """
SELECT c.region, c.country, c.level, c.channel, c.locale, substr(c.created_at, 1, 7),
  c.strategies, f.rights, f.financiers, f.sector,
  (julianday((SELECT MIN(a.at) FROM audit a WHERE a.action IN ('case.claimed', 'case.assigned')
    AND a.case_ref = c.ref)) - julianday(c.created_at)) * 24,
  (julianday((SELECT MIN(a.at) FROM audit a WHERE a.action = 'case.relayed'
    AND a.case_ref = c.ref)) - julianday(c.created_at)) * 24
FROM cases c LEFT JOIN case_facets f ON f.case_ref = c.ref
WHERE c.created_at >= :start AND c.created_at < :end
"""
"""The period's requests, each once, with its first claim and reply found through the
``audit_reporting`` index (two seeks a case, instead of grouping the whole trail)."""
_COLLABORATIONS = """
WITH agreed AS (
  SELECT case_ref, MIN(at) AS at FROM audit WHERE action = 'case.agreement' GROUP BY case_ref
)
SELECT c.requester AS requester, c.country AS country FROM agreed a
JOIN cases c ON c.ref = a.case_ref WHERE a.at >= :start AND a.at < :end
"""
_CONNECTIONS = (
    "SELECT COUNT(*) AS n FROM invitations WHERE status = 'accepted'"
    " AND answered_at >= :start AND answered_at < :end"
)


class TallyQueries(StoreBase):
    """The report's counts in one streamed read of the period's requests (one batch in
    memory at a time, nothing kept but counts and durations), plus two small indexed
    reads for the collaborations agreed and the connections accepted in the period."""

    async def case_tally(self, period: Period) -> Tally:
        bounds = {"start": period.start.isoformat(), "end": period.end.isoformat()}
        tally = Tally(period)
        lists: _Lists = (Counter(), Counter(), Counter())
        async for batch in self.db.stream(_REQUESTS, bounds, 5000):
            _count_requests(tally, batch, lists)
        _count_lists(tally, lists)
        people: set[str] = set()
        for row in await self.db.read(_COLLABORATIONS, bounds):
            tally.collaborations += 1
            if row["country"]:
                tally.collaboration_countries.add(str(row["country"]))
            if row["requester"] is None:
                tally.erased_beneficiaries += 1
            else:
                people.add(str(row["requester"]))
        tally.counted_beneficiaries = len(people)
        connections = await self.db.read(_CONNECTIONS, bounds)
        tally.connections = int(connections[0]["n"])
        return tally


def _count_requests(tally: Tally, rows: list[aiosqlite.Row], lists: _Lists) -> None:
    """What :meth:`Tally.add` counts for a request, from a row of ``_REQUESTS``; the lists
    (strategies, rights, financiers) are counted as stored and split once at the end."""
    by = tally.by
    region_c, level_c, channel_c = by["region"], by["level"], by["channel"]
    language_c, month_c, sector_c = by["language"], by["month"], by["sector"]
    strategies_c, rights_c, financiers_c = lists
    country_c, add = tally.by_country, tally.durations.add
    for region, country, level, channel, locale, month, strategies, *rest in rows:
        rights, financiers, sector, claim, reply = rest
        region_c[region] += 1
        level_c[str(level)] += 1
        channel_c[channel] += 1
        language_c[locale] += 1
        month_c[month] += 1
        sector_c[UNKNOWN if sector is None else sector] += 1
        strategies_c[strategies] += 1
        rights_c[rights] += 1
        financiers_c[financiers] += 1
        country_c[(region, UNKNOWN if country is None else country)] += 1
        if claim is not None or reply is not None:
            add(region, claim, reply)
    tally.requests += len(rows)


_Lists = tuple[Counter[str | None], Counter[str | None], Counter[str | None]]


def _count_lists(tally: Tally, lists: _Lists) -> None:
    """A request naming several strategies (rights, financiers) counts once for each."""
    for dimension, stored_lists, sep in zip(
        ("strategy", "rights", "financier"), lists, (",", None, None), strict=True
    ):
        into = tally.by[dimension]
        for stored, n in stored_lists.items():
            for value in {x for x in stored.split(sep) if x} if stored else ():
                into[value] += n
