"""The coordinator's read-only views: cases with or without their details, and who
can be reached about new cases."""

from __future__ import annotations

from store.records import CaseRecord, Coverage
from store.sqlite.base import StoreBase
from store.sqlite.cases import case_record


class CoordinatorQueries(StoreBase):
    """For ``cre-admin`` and the start-up warnings."""

    async def coverage(self) -> Coverage:
        staff = await self.db.read(
            "SELECT channel, regions, coordinator FROM facilitators WHERE active = 1"
            " AND pseudonym NOT IN (SELECT pseudonym FROM console_personas)"  # issue 11
        )
        regions = await self.db.read("SELECT id, queue_channel FROM regions ORDER BY id")
        covered = {r for row in staff for r in str(row["regions"]).split()}
        return Coverage(
            coordinators=sum(1 for row in staff if row["coordinator"]),
            coordinator_channels=tuple(
                sorted({str(row["channel"]) for row in staff if row["coordinator"]})
            ),
            uncovered_regions=tuple(str(r["id"]) for r in regions if r["id"] not in covered),
            facilitator_channels=tuple(sorted({str(row["channel"]) for row in staff})),
            queue_channels=tuple(
                sorted({str(r["queue_channel"]) for r in regions if r["queue_channel"]})
            ),
        )

    async def list_cases(self) -> list[CaseRecord]:
        rows = await self.db.read("SELECT * FROM cases ORDER BY id")
        return [case_record(self.sealer, r, with_details=False) for r in rows]

    async def case(self, ref: str) -> CaseRecord | None:
        rows = await self.db.read("SELECT * FROM cases WHERE ref = ?", (ref,))
        return case_record(self.sealer, rows[0], with_details=True) if rows else None
