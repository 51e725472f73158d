"""Cases as ``cre-admin cases export`` writes them (issue 15): filtered in SQL, streamed,
opened only when the coordinator asked for content."""

from __future__ import annotations

from collections.abc import AsyncIterator

from store.admin_records import CaseFilter
from store.records import CaseRecord
from store.sqlite.base import StoreBase
from store.sqlite.cases import case_record


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


class CaseExportQueries(StoreBase):
    async def cases_export(
        self, chosen: CaseFilter, with_content: bool
    ) -> AsyncIterator[CaseRecord]:
        where, params = _where(chosen)
        sql = "SELECT * FROM cases" + where + " ORDER BY id"  # noqa: S608 (fixed column names)
        async for rows in self.db.stream(sql, params):
            for row in rows:
                yield case_record(self.sealer, row, with_content)
