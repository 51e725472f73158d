"""The collaborator directory as the coordinator imports and exports it (issue 15): the
profile fields beyond matching (organisation type, availability, sealed notes), and
every row opened for an export or a duplicate check."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiosqlite

from store.admin_records import DirectoryRow
from store.crypto import Sealer, aad
from store.sqlite.base import StoreBase, TxBase, words


def _open(sealer: Sealer, row: aiosqlite.Row, column: str) -> str | None:
    value = row[column]
    if value is None:
        return None
    return sealer.open_text(value, aad("collaborators", column, row["id"]))


def directory_row(sealer: Sealer, row: aiosqlite.Row) -> DirectoryRow:
    return DirectoryRow(
        id=int(row["id"]),
        name=_open(sealer, row, "name") or "",
        kind=row["kind"],
        strategies=tuple(sorted(words(row["strategies"]))),
        countries=tuple(sorted(words(row["countries"]))),
        regions=tuple(sorted(words(row["regions"]))),
        languages=tuple(str(row["languages"]).split()),
        channel=row["channel"],
        user_id=_open(sealer, row, "address"),
        contact=_open(sealer, row, "contact"),
        available=bool(row["available"]),
        self_funded=bool(row["self_funded"]),
        notes=_open(sealer, row, "notes"),
        pseudonym=row["pseudonym"],
    )


_LISTED = "SELECT * FROM collaborators WHERE removed_at IS NULL ORDER BY id"
"""Removed collaborators (erased, kept only for the cases that name them) are not listed."""


class DirectoryRepo(TxBase):
    """Inside the caller's transaction (an import is one transaction)."""

    async def set_collaborator_profile(
        self, row_id: int, kind: str | None, available: bool, notes: str | None
    ) -> None:
        await self.conn.execute(
            "UPDATE collaborators SET kind = ?, available = ?, notes = ? WHERE id = ?",
            (
                kind,
                int(available),
                None
                if notes is None
                else self.sealer.seal_text(notes, aad("collaborators", "notes", row_id)),
                row_id,
            ),
        )

    async def directory_rows(self) -> list[DirectoryRow]:
        rows = await self._all(_LISTED, ())
        return [directory_row(self.sealer, r) for r in rows]


class DirectoryQueries(StoreBase):
    async def directory_export(self) -> AsyncIterator[DirectoryRow]:
        """Every collaborator, opened, a batch at a time."""
        async for rows in self.db.stream(_LISTED):
            for row in rows:
                yield directory_row(self.sealer, row)
