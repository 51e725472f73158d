"""The annual report's reads (issue 15): anonymous case facts streamed in batches, the
directory's shape, and the categories kept beside the sealed answers.

Rights, financiers and sector are option ids from the intake, written to
``case_facets`` when a case is created (and indexed once for older cases), so a
report over 100,000 cases opens no sealed answer. They go when the answers go:
triggers delete them when ``/forget`` clears a case's details or the case is
purged.
"""

from __future__ import annotations

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
from store.crypto import aad
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
                "SELECT ref, details FROM cases WHERE details IS NOT NULL AND ref NOT IN"
                " (SELECT case_ref FROM case_facets) ORDER BY id LIMIT ?",
                (batch,),
            )
            if not rows:
                return done
            async with self.db.transaction() as conn:
                for row in rows:
                    opened = self.sealer.open_json(
                        row["details"], aad("cases", "details", row["ref"])
                    )
                    answers = opened.get("answers") if isinstance(opened, dict) else None
                    await write_facets(
                        conn, row["ref"], answers if isinstance(answers, dict) else {}
                    )
            done += len(rows)

    def _answers(self, row: aiosqlite.Row) -> Mapping[str, Any]:
        opened = self.sealer.open_json(row["details"], aad("cases", "details", row["ref"]))
        answers = opened.get("answers") if isinstance(opened, dict) else None
        return answers if isinstance(answers, dict) else {}

    async def case_facts(self, period: Period) -> AsyncIterator[CaseFact]:
        """Cases created, agreed or connected in the period, one at a time."""
        start, end = period.start.isoformat(), period.end.isoformat()
        async for rows in self.db.stream(_FACTS, (start, end, end, start, start)):
            for row in rows:
                yield _fact(row)

    async def directory_entries(self) -> list[DirectoryEntry]:
        rows = await self.db.read(
            "SELECT strategies, countries, regions, available FROM collaborators"
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
        """Empty until the follow-up part records check-ins and evaluations."""
        return FollowupFigures()

    async def funding_figures(self, period: Period) -> FundingFigures:
        """Zero until the funding part records calls, applications and grants."""
        return FundingFigures()
