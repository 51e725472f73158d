"""The memory store's side of issue 15: report facts, the directory's profile fields,
case exports and the outbox view, as :mod:`store.sqlite.reporting` and its siblings.

Facets (rights, financiers, sector) are read from the case's answers, which
``/forget`` clears: so they go with them, as the SQLite triggers make sure there.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any

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
    Paid,
    counted,
    followup_figures,
    funding_figures,
)
from flows.report.tally import Tally
from store.admin_records import CaseFilter, DirectoryRow, OutboxEntry
from store.memory.requesters import TablesBase
from store.memory.tables import Row, Tables
from store.records import CaseRecord


def _hours(since: str, until: str | None) -> float | None:
    if until is None:
        return None
    delta = datetime.fromisoformat(until) - datetime.fromisoformat(since)
    return delta.total_seconds() / 3600


def _first(audit: list[Row], actions: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for entry in audit:
        ref = entry["case_ref"]
        if entry["action"] in actions and ref is not None:
            found[ref] = min(found.get(ref, entry["at"]), entry["at"])
    return found


def _directory_row(row: Row) -> DirectoryRow:
    channel = row["channel"]
    return DirectoryRow(
        id=row["id"],
        name=row["name"],
        kind=row.get("kind"),
        strategies=tuple(sorted(row["strategies"])),
        countries=tuple(sorted(row["countries"])),
        regions=tuple(sorted(row["regions"])),
        languages=tuple(row["languages"]),
        channel=None if channel is None else channel.value,
        user_id=row["address"],
        contact=row["contact"],
        available=row["available"],
        self_funded=row["self_funded"],
        notes=row.get("notes"),
        pseudonym=row["person"],
    )


def _matches(row: Row, chosen: CaseFilter) -> bool:
    day = row["created_at"][:10]
    return (
        (chosen.region is None or row["region"] == chosen.region)
        and (chosen.status is None or row["status"] == chosen.status)
        and (chosen.level is None or row["level"] == chosen.level)
        and (chosen.country is None or row["country"] == chosen.country)
        and (chosen.strategy is None or chosen.strategy in row["strategies"])
        and (chosen.start is None or day >= chosen.start.isoformat())
        and (chosen.end is None or day < chosen.end.isoformat())
    )


class DirectoryMemoryRows(TablesBase):
    """Inside a memory transaction."""

    async def set_collaborator_profile(
        self, row_id: int, kind: str | None, available: bool, notes: str | None
    ) -> None:
        row = self.t.collaborators.get(row_id)
        if row is not None:
            row.update(kind=kind, available=available, notes=notes)

    async def directory_rows(self) -> list[DirectoryRow]:
        return [
            _directory_row(r)
            for _, r in sorted(self.t.collaborators.items())
            if not r.get("removed_at")
        ]


class ReportingViews:
    """For :class:`store.memory.store.MemoryStore` (reads committed tables)."""

    tables: Tables

    def _writing(self) -> AbstractAsyncContextManager[Tables]:
        raise NotImplementedError  # MemoryStore's own, one transaction

    async def index_case_facets(self, batch: int = 500) -> int:
        return 0

    async def case_facts(self, period: Period) -> AsyncIterator[CaseFact]:
        claims = _first(self.tables.audit, ("case.claimed", "case.assigned"))
        replies = _first(self.tables.audit, ("case.relayed",))
        agreed = _first(self.tables.audit, ("case.agreement",))
        links: dict[str, list[str]] = {}
        for inv in self.tables.invitations.values():
            if inv["status"] == "accepted" and inv["answered_at"]:
                links.setdefault(inv["case_ref"], []).append(inv["answered_at"][:10])
        start, end = period.start.isoformat(), period.end.isoformat()
        for row in list(self.tables.cases.values()):
            ref = row["ref"]
            linked = any(start <= d < end for d in links.get(ref, ()))
            late = row["created_at"] >= start or agreed.get(ref, "") >= start or linked
            if row["created_at"] < end and late:
                yield _fact(row, claims, replies, agreed, links)

    async def case_tally(self, period: Period) -> Tally:
        tally = Tally(period)
        async for fact in self.case_facts(period):
            tally.add(fact)
        return tally

    async def directory_entries(self) -> list[DirectoryEntry]:
        return [
            DirectoryEntry(
                frozenset(r["strategies"]),
                frozenset(r["countries"]),
                frozenset(r["regions"]),
                bool(r["available"]),
            )
            for r in self.tables.collaborators.values()
            if not r.get("removed_at")
        ]

    async def report_regions(self) -> list[RegionInfo]:
        return [
            RegionInfo(i, frozenset(r["countries"])) for i, r in sorted(self.tables.regions.items())
        ]

    async def followup_figures(self, period: Period) -> FollowupFigures:
        """As :mod:`store.sqlite.reporting` reads them: evaluations completed and
        check-ins sent in the period, by the case's region."""
        region = {ref: str(row["region"]) for ref, row in self.tables.cases.items()}
        followup = self.tables.followup
        evaluations = [
            Evaluation(region[ref], ref, counted(found.answers))
            for key, found in sorted(followup.answers.items())
            if key[1] == "evaluation"
            and (ref := followup.answer_refs.get(key)) in region
            and found.at is not None
            and period.holds(found.at.isoformat())
        ]
        checkins = [
            Checkin(region[p.ref], p.answered_at is not None)
            for _, p in sorted(followup.prompts.items())
            if p.kind == "checkin"
            and p.ref in region
            and p.sent_at is not None
            and period.holds(p.sent_at.isoformat())
        ]
        return followup_figures(evaluations, checkins)

    async def funding_figures(self, period: Period) -> FundingFigures:
        funding = self.tables.funding
        apps = [r for _, r in sorted(funding.applications.items())]
        return funding_figures(
            [r["call"].kind for r in funding.calls.values() if period.holds(r["call"].opens_on)],
            sum(1 for r in apps if period.holds(r["submitted_at"])),
            [
                Decided(r["app"].region, r["app"].status, int(r["granted"]))
                for r in apps
                if r.get("decided_at") and period.holds(r["decided_at"])
            ],
            sum(1 for r in funding.referrals if period.holds(r["at"])),
            [
                Paid(m["app"].region, m["kind"], int(m["usd"]))
                for m in funding.money
                if period.holds(m["on_date"])
            ],
        )

    async def directory_export(self) -> AsyncIterator[DirectoryRow]:
        for _, row in sorted(self.tables.collaborators.items()):
            if row.get("removed_at"):
                continue
            yield _directory_row(row)

    async def cases_export(
        self, chosen: CaseFilter, with_content: bool
    ) -> AsyncIterator[CaseRecord]:
        from store.memory.store import _record

        for row in list(self.tables.cases.values()):
            if _matches(row, chosen):
                yield _record(row, with_details=with_content)

    async def outbox_view(self, include_failed: bool = False) -> list[OutboxEntry]:
        wanted = ("pending", "failed") if include_failed else ("pending",)
        return [
            OutboxEntry(
                i,
                r["channel"].value,
                r["recipient"][:8],
                r["status"],
                r["attempts"],
                str(r.get("created_at") or r["next_attempt_at"]),
                r["next_attempt_at"],
                r["error"],
            )
            for i, r in sorted(self.tables.outbox.items())
            if r["status"] in wanted
        ]

    async def outbox_retry_now(self, ids: Collection[int], now: datetime) -> list[int]:
        changed = []
        async with self._writing() as t:
            for i in sorted(ids):
                row = t.outbox.get(i)
                if row is not None and row["status"] == "pending":
                    row["next_attempt_at"] = now.isoformat()
                    changed.append(i)
        return changed

    async def outbox_discard(self, ids: Collection[int]) -> list[int]:
        async with self._writing() as t:
            removed = [i for i in sorted(ids) if i in t.outbox]
            for i in removed:
                del t.outbox[i]
        return removed


def _fact(
    row: Row,
    claims: dict[str, str],
    replies: dict[str, str],
    agreed: dict[str, str],
    links: dict[str, list[str]],
) -> CaseFact:
    details: dict[str, Any] | None = row["details"]
    rights, financiers, sector = facets_of((details or {}).get("answers") or {})
    ref = row["ref"]
    return CaseFact(
        created_at=row["created_at"],
        region=row["region"],
        country=row["country"],
        level=row["level"],
        status=row["status"],
        channel=row["channel"],
        locale=row["locale"],
        strategies=tuple(row["strategies"]),
        rights=rights,
        financiers=financiers,
        sector=sector,
        requester=row["requester"],
        agreed_at=agreed.get(ref),
        connection_dates=tuple(links.get(ref, ())),
        hours_to_claim=_hours(row["created_at"], claims.get(ref)),
        hours_to_response=_hours(row["created_at"], replies.get(ref)),
    )
