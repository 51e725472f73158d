"""The one list of sealed columns: what ``cre-admin keys rotate`` re-seals and
``keys status`` counts.

Why one list: sealed columns are added by many concerns (check-ins, grants,
notes…) and a rotation that misses one leaves that data under a key about to be
retired, unreadable for ever. A concern that adds a sealed column adds one line
to :data:`SEALED_COLUMNS` naming its table, the columns its associated data is
built from, its sealed columns and how the associated data is built.
``tests/keys/test_registry.py`` fails for any BLOB column of the schema that is
neither here nor in :data:`NOT_RESEALED`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from store.crypto import aad, case_aad


class Row(Protocol):
    """A row read by column name (``sqlite3.Row``, a dict)."""

    def __getitem__(self, key: str, /) -> Any: ...


AadBuilder = Callable[[Row, str], bytes]
"""(row with the key columns, sealed column name) → associated data."""


@dataclass(frozen=True, slots=True)
class SealedColumns:
    table: str
    key: tuple[str, ...]
    """The columns the associated data is built from (read with each row)."""
    columns: tuple[str, ...]
    """The sealed BLOB columns (NULL or empty means nothing is sealed there)."""
    where: AadBuilder


def by(table: str, key: str) -> AadBuilder:
    """The usual associated data: table, column and one identifying column's value."""
    return lambda row, column: aad(table, column, row[key])


SEALED_COLUMNS: tuple[SealedColumns, ...] = (
    SealedColumns("people", ("pseudonym",), ("address",), by("people", "pseudonym")),
    SealedColumns("conversations", ("pseudonym",), ("state",), by("conversations", "pseudonym")),
    SealedColumns(
        "cases", ("ref", "requester"), ("details",), lambda r, _: case_aad(r["ref"], r["requester"])
    ),
    SealedColumns("files", ("id",), ("meta",), by("files", "id")),
    SealedColumns(
        "inbox",
        ("channel", "dedupe"),
        ("payload",),
        lambda r, c: aad("inbox", c, f"{r['channel']}:{r['dedupe']}"),
    ),
    SealedColumns("outbox", ("uid",), ("address", "payload"), by("outbox", "uid")),
    SealedColumns("regions", ("id",), ("queue_address",), by("regions", "id")),
    SealedColumns(
        "facilitators", ("pseudonym",), ("address", "name"), by("facilitators", "pseudonym")
    ),
    SealedColumns(
        "collaborators",
        ("id",),
        ("name", "contact", "address", "notes"),
        by("collaborators", "id"),
    ),
    SealedColumns("notes", ("uid",), ("body",), by("notes", "uid")),
    SealedColumns("agreements", ("case_ref",), ("body",), by("agreements", "case_ref")),
    # the case's history (issue 11)
    SealedColumns("case_messages", ("uid",), ("body",), by("case_messages", "uid")),
    # follow-up and evaluation (issue 13)
    SealedColumns(
        "followup_answers",
        ("prompt", "flow"),
        ("body",),
        lambda r, c: aad("followup_answers", c, f"{r['prompt']}:{r['flow']}"),
    ),
    SealedColumns("followup_meetings", ("uid",), ("body",), by("followup_meetings", "uid")),
    # funding (issue 14)
    SealedColumns(
        "grants_members", ("pseudonym",), ("address", "name"), by("grants_members", "pseudonym")
    ),
    SealedColumns("funding_applications", ("id",), ("details",), by("funding_applications", "id")),
    SealedColumns(
        "funding_votes",
        ("application_id", "member_id"),
        ("comment",),
        lambda r, c: aad("funding_votes", c, f"{r['application_id']}:{r['member_id']}"),
    ),
)
"""Every sealed column. Sealed files (``files/<id>.sealed``, associated data
``files/data/<id>``) are re-sealed beside these by :mod:`store.sqlite.resealing`."""

NOT_RESEALED: frozenset[tuple[str, str]] = frozenset(
    {
        # One key check per key id, each sealed under its own key on purpose: it is
        # deleted when its key is retired, never re-sealed.
        ("meta", "value"),
    }
)
"""BLOB columns that are not re-sealed, each with the reason."""
