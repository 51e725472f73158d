"""Cases as ``cre-admin cases export`` writes them (issue 15): filtered in SQL, streamed,
opened only when the coordinator asked for content."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiosqlite

from store.admin_records import CaseFilter
from store.crypto import Sealer, case_aad
from store.records import CaseRecord
from store.sqlite.base import StoreBase


def _where(chosen: CaseFilter) -> tuple[str, tuple[object, ...]]:
    clauses: list[str] = []
    params: list[object] = []
    for column, value in (
        ("region", chosen.region),
        ("status", chosen.status),
        ("level", chosen.level),
        ("country", chosen.country),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if chosen.strategy is not None:
        clauses.append("(',' || strategies || ',') LIKE ?")
        params.append(f"%,{chosen.strategy},%")
    if chosen.start is not None:
        clauses.append("created_at >= ?")
        params.append(chosen.start.isoformat())
    if chosen.end is not None:
        clauses.append("created_at < ?")
        params.append(chosen.end.isoformat())
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", tuple(params)


def _record(sealer: Sealer, row: aiosqlite.Row, with_details: bool) -> CaseRecord:
    details = None
    if with_details and row["details"] is not None:
        opened = sealer.open_json(row["details"], case_aad(row["ref"], row["requester"]))
        details = opened if isinstance(opened, dict) else None
    return CaseRecord(
        ref=row["ref"],
        status=row["status"],
        region=row["region"],
        level=int(row["level"]),
        urgent=bool(row["urgent"]),
        country=row["country"],
        locale=row["locale"],
        channel=row["channel"],
        strategies=tuple(s for s in str(row["strategies"]).split(",") if s),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        details=details,
    )


class CaseExportQueries(StoreBase):
    async def cases_export(
        self, chosen: CaseFilter, with_content: bool
    ) -> AsyncIterator[CaseRecord]:
        where, params = _where(chosen)
        sql = "SELECT * FROM cases" + where + " ORDER BY id"  # noqa: S608 (fixed column names)
        async for rows in self.db.stream(sql, params):
            for row in rows:
                yield _record(self.sealer, row, with_content)
