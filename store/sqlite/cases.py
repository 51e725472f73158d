"""Cases: created from a submitted intake, seen by requesters and facilitators, updated
field by field."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

import aiosqlite

from flows.core import rules
from flows.core.events import CaseSubmitted
from flows.core.state import CaseSummary
from flows.workspace.desk import CaseView
from store.crypto import Sealer, SealError, case_aad
from store.records import CaseRecord
from store.sqlite.base import TxBase, iso
from store.sqlite.reporting import write_facets


class CasesRepo(TxBase):
    """Cases, inside the caller's transaction."""

    async def cases_of(self, person: str) -> list[CaseSummary]:
        rows = await self._all(
            "SELECT ref, requester, details, status, created_at FROM cases"
            " WHERE requester = ? ORDER BY id",
            (person,),
        )
        for row in rows:
            linked_details(self.sealer, row, parse=False)
        return [CaseSummary(r["ref"], r["status"], r["created_at"][:10]) for r in rows]

    async def ref_taken(self, ref: str) -> bool:
        return await self._one("SELECT 1 FROM cases WHERE ref = ?", (ref,)) is not None

    async def create_case(
        self, person: str, case: CaseSubmitted, region: str, now: datetime
    ) -> None:
        details = {"answers": case.answers, "consented_at": case.consented_at}
        await self.conn.execute(
            "INSERT INTO cases (ref, requester, channel, locale, status, level, urgent, country,"
            " region, strategies, details, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case.ref,
                person,
                case.channel.value,
                case.locale,
                rules.INITIAL_STATUS,
                case.level,
                int(case.urgent),
                case.country,
                region,
                ",".join(rules.strategies_of(case.answers)),
                self.sealer.seal_json(details, case_aad(case.ref, person)),
                iso(now),
                iso(now),
            ),
        )
        await write_facets(self.conn, case.ref, case.answers)  # the report's categories
        for file_id in case.file_ids:
            await self.conn.execute(
                "UPDATE files SET case_ref = ? WHERE id = ? AND owner = ?",
                (case.ref, file_id, person),
            )

    def _case_view(self, row: aiosqlite.Row, answers: bool) -> CaseView:
        details: dict[str, Any] | None = None
        opened = linked_details(self.sealer, row, parse=answers)
        if answers and isinstance(opened, dict):
            details = dict(opened.get("answers") or {})
        return CaseView(
            ref=row["ref"],
            status=row["status"],
            level=int(row["level"]),
            urgent=bool(row["urgent"]),
            country=row["country"],
            region=row["region"],
            locale=row["locale"],
            requester=row["requester"],
            assignee=None if row["assignee"] is None else int(row["assignee"]),
            strategies=tuple(s for s in str(row["strategies"]).split(",") if s),
            created_at=row["created_at"],
            answers=details,
        )

    async def case_view(self, ref: str, answers: bool = False) -> CaseView | None:
        row = await self._one("SELECT * FROM cases WHERE ref = ?", (ref,))
        if row is None:
            return None
        view = self._case_view(row, answers)
        if answers:
            files = await self._all(
                "SELECT id FROM files WHERE case_ref = ? ORDER BY created_at", (ref,)
            )
            view = replace(view, files=tuple(f["id"] for f in files))
        return view

    async def open_cases(self) -> list[CaseView]:
        rows = await self._all(
            "SELECT * FROM cases WHERE status NOT IN (SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(rules.FINAL_STATUSES),),
        )
        return [self._case_view(r, answers=False) for r in rows]

    async def update_case(self, ref: str, field: str, value: object, now: datetime) -> None:
        if field not in rules.CASE_FIELDS:
            raise ValueError(f"not a case field: {field}")
        stored = int(value) if isinstance(value, bool) else value
        await self.conn.execute(
            f"UPDATE cases SET {field} = ?, updated_at = ? WHERE ref = ?",  # noqa: S608
            (stored, now.isoformat(), ref),
        )


def linked_details(sealer: Sealer, row: aiosqlite.Row, parse: bool = True) -> object | None:
    """A case's details opened, which proves its ``requester`` is the one it was created
    for (see :func:`store.crypto.case_aad`); None for an erased case (or when not
    ``parse``: then only the proof, without reading the JSON).

    Opened even when only the link is needed, because a reply is routed by it: a
    requester column changed in the file must stop the reply, loudly.
    """
    if row["details"] is None:
        if row["requester"] is not None:
            raise SealError(f"case {row['ref']} names a requester but has no sealed details")
        return None
    where = case_aad(row["ref"], row["requester"])
    if not parse:
        sealer.open(row["details"], where)
        return None
    return sealer.open_json(row["details"], where)


def case_record(sealer: Sealer, row: aiosqlite.Row, with_details: bool) -> CaseRecord:
    """A ``cases`` row as the coordinator's views and exports read it; the details are
    opened through :func:`linked_details`, so a swapped requester fails here too."""
    opened = linked_details(sealer, row) if with_details else None
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
        details=opened if isinstance(opened, dict) else None,
    )
