"""Funding: grants members, calls, applications, votes, referrals, resources and money.

Sealed: a member's name and address, an application's purpose and capacity
text (the only words of it a member reads), and members' comments. Plain:
what the report counts (amounts, levels, regions, calls, dates).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import aiosqlite

from flows.core.messages import Channel
from flows.funding.models import (
    Application,
    ApplicationSummary,
    Call,
    FundingTotal,
    GrantsMember,
    Resource,
    Vote,
)
from store.crypto import aad
from store.records import Contact
from store.sqlite.base import TxBase, iso, words

_TOTAL_KEYS = {"region": "region", "level": "level", "call": "call_id"}


class FundingRepo(TxBase):
    """Funding rows, inside the caller's transaction."""

    # ----- grants working groups --------------------------------------------------

    async def add_grants_member(
        self,
        person: str,
        channel: Channel,
        address: str,
        name: str,
        region: str,
        locale: str,
        now: datetime,
    ) -> int:
        """Register (or update and reactivate) a member of ``region``'s group; their id."""
        await self.conn.execute(
            "INSERT INTO grants_members (pseudonym, channel, address, name, region, locale,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(pseudonym) DO UPDATE SET"
            " address = excluded.address, name = excluded.name, region = excluded.region,"
            " locale = excluded.locale, active = 1",
            (
                person,
                channel.value,
                self.sealer.seal_text(address, aad("grants_members", "address", person)),
                self.sealer.seal_text(name, aad("grants_members", "name", person)),
                region,
                locale,
                iso(now),
            ),
        )
        row = await self._one("SELECT id FROM grants_members WHERE pseudonym = ?", (person,))
        assert row is not None
        return int(row["id"])

    async def remove_grants_member(self, member: int) -> bool:
        """Deactivate; their votes stay (audited decisions must stay explainable)."""
        cursor = await self.conn.execute(
            "UPDATE grants_members SET active = 0 WHERE id = ? AND active = 1", (member,)
        )
        return cursor.rowcount > 0

    def _member(self, row: aiosqlite.Row) -> GrantsMember:
        name = self.sealer.open_text(row["name"], aad("grants_members", "name", row["pseudonym"]))
        return GrantsMember(int(row["id"]), row["pseudonym"], name, row["region"], row["locale"])

    async def grants_member_by_person(self, person: str) -> GrantsMember | None:
        row = await self._one(
            "SELECT * FROM grants_members WHERE pseudonym = ? AND active = 1", (person,)
        )
        return self._member(row) if row else None

    async def grants_members(self, region: str | None = None) -> list[GrantsMember]:
        rows = await self._all(
            "SELECT * FROM grants_members WHERE active = 1 AND (? IS NULL OR region = ?)"
            " ORDER BY id",
            (region, region),
        )
        return [self._member(r) for r in rows]

    async def grants_member_contact(self, member: int) -> Contact | None:
        row = await self._one(
            "SELECT pseudonym, channel, address, locale FROM grants_members"
            " WHERE id = ? AND active = 1",
            (member,),
        )
        if row is None:
            return None
        where = aad("grants_members", "address", row["pseudonym"])
        return Contact(
            Channel(row["channel"]), self.sealer.open_text(row["address"], where), row["locale"]
        )

    # ----- calls --------------------------------------------------------------------

    async def open_call(
        self,
        region: str,
        kind: str,
        dates: tuple[str, str, str],
        amount_cents: int,
        criteria: dict[str, str],
        now: datetime,
    ) -> int:
        """``dates`` are (opens on, closes on, review until) as ISO dates."""
        cursor = await self.conn.execute(
            "INSERT INTO funding_calls (region, kind, opens_on, closes_on, review_until,"
            " amount_cents, status, criteria, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)",
            (
                region,
                kind,
                *dates,
                amount_cents,
                json.dumps(criteria, ensure_ascii=False),
                iso(now),
            ),
        )
        return int(cursor.lastrowid or 0)

    @staticmethod
    def _call(row: aiosqlite.Row) -> Call:
        return Call(
            int(row["id"]),
            row["region"],
            row["kind"],
            row["opens_on"],
            row["closes_on"],
            row["review_until"],
            int(row["amount_cents"]),
            row["status"],
            json.loads(row["criteria"]),
        )

    async def funding_call(self, call: int) -> Call | None:
        row = await self._one("SELECT * FROM funding_calls WHERE id = ?", (call,))
        return self._call(row) if row else None

    async def funding_calls(self) -> list[Call]:
        return [
            self._call(r) for r in await self._all("SELECT * FROM funding_calls ORDER BY id", ())
        ]

    async def set_call_status(self, call: int, status: str) -> None:
        await self.conn.execute("UPDATE funding_calls SET status = ? WHERE id = ?", (status, call))

    # ----- applications ---------------------------------------------------------------

    async def add_application(
        self, application: Application, purpose: str, capacity_text: str, by: int, now: datetime
    ) -> int:
        """Store a new application (its ``id`` is ignored); its new id."""
        a = application
        cursor = await self.conn.execute(
            "INSERT INTO funding_applications (call_id, case_ref, region, level, amount_cents,"
            " applicant, security, capacity, continues, prepared_by, submitted_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.call_id,
                a.ref,
                a.region,
                a.level,
                a.amount_cents,
                a.applicant,
                int(a.security),
                int(a.capacity),
                a.continues,
                by,
                iso(now),
            ),
        )
        row_id = int(cursor.lastrowid or 0)
        sealed = self.sealer.seal_json(
            {"purpose": purpose, "capacity": capacity_text},
            aad("funding_applications", "details", row_id),
        )
        await self.conn.execute(
            "UPDATE funding_applications SET details = ? WHERE id = ?", (sealed, row_id)
        )
        return row_id

    @staticmethod
    def _application(row: aiosqlite.Row) -> Application:
        return Application(
            int(row["id"]),
            int(row["call_id"]),
            row["case_ref"],
            row["region"],
            int(row["level"]),
            int(row["amount_cents"]),
            row["applicant"],
            bool(row["security"]),
            bool(row["capacity"]),
            row["continues"],
            row["status"],
        )

    async def application(self, application: int) -> Application | None:
        row = await self._one("SELECT * FROM funding_applications WHERE id = ?", (application,))
        return self._application(row) if row else None

    async def applications(self, call: int) -> list[Application]:
        rows = await self._all(
            "SELECT * FROM funding_applications WHERE call_id = ? ORDER BY id", (call,)
        )
        return [self._application(r) for r in rows]

    async def applications_of(self, ref: str) -> list[Application]:
        rows = await self._all(
            "SELECT * FROM funding_applications WHERE case_ref = ? ORDER BY id", (ref,)
        )
        return [self._application(r) for r in rows]

    async def application_summary(self, application: int) -> ApplicationSummary | None:
        """The minimal, pseudonymous view a grants member reads."""
        row = await self._one(
            "SELECT a.*, c.country, c.strategies FROM funding_applications a"
            " JOIN cases c ON c.ref = a.case_ref WHERE a.id = ?",
            (application,),
        )
        if row is None:
            return None
        details: dict[str, Any] = {}
        if row["details"] is not None:
            opened = self.sealer.open_json(
                row["details"], aad("funding_applications", "details", row["id"])
            )
            details = opened if isinstance(opened, dict) else {}
        return ApplicationSummary(
            self._application(row),
            row["country"],
            tuple(sorted(words(row["strategies"]))),
            str(details.get("purpose", "")),
            str(details.get("capacity", "")),
        )

    async def decide_application(
        self, application: int, status: str, granted_cents: int, now: datetime
    ) -> None:
        await self.conn.execute(
            "UPDATE funding_applications SET status = ?, granted_cents = ?, decided_at = ?"
            " WHERE id = ?",
            (status, granted_cents, iso(now), application),
        )

    # ----- votes ----------------------------------------------------------------------

    async def save_vote(self, vote: Vote, comment: str | None, now: datetime) -> None:
        """Insert or replace one member's answer (a draft until ``done``)."""
        sealed = (
            None
            if comment is None
            else self.sealer.seal_text(
                comment, aad("funding_votes", "comment", f"{vote.application}:{vote.member}")
            )
        )
        await self.conn.execute(
            "INSERT INTO funding_votes (application_id, member_id, choice, score, comment,"
            " done, at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(application_id, member_id)"
            " DO UPDATE SET choice = excluded.choice, score = excluded.score,"
            " comment = coalesce(excluded.comment, comment), done = excluded.done,"
            " at = excluded.at",
            (
                vote.application,
                vote.member,
                vote.choice,
                vote.score,
                sealed,
                int(vote.done),
                iso(now),
            ),
        )

    @staticmethod
    def _vote(row: aiosqlite.Row) -> Vote:
        return Vote(
            int(row["member_id"]),
            int(row["application_id"]),
            row["choice"],
            row["score"],
            bool(row["done"]),
        )

    async def votes(self, application: int) -> list[Vote]:
        rows = await self._all(
            "SELECT * FROM funding_votes WHERE application_id = ? ORDER BY member_id",
            (application,),
        )
        return [self._vote(r) for r in rows]

    async def vote_comment(self, application: int, member: int) -> str | None:
        row = await self._one(
            "SELECT comment FROM funding_votes WHERE application_id = ? AND member_id = ?",
            (application, member),
        )
        if row is None or row["comment"] is None:
            return None
        where = aad("funding_votes", "comment", f"{application}:{member}")
        return self.sealer.open_text(row["comment"], where)

    async def confirm_ranking(self, call: int, member: int, now: datetime) -> int:
        """Record one member's confirmation; how many members have confirmed."""
        await self.conn.execute(
            "INSERT OR IGNORE INTO funding_confirmations (call_id, member_id, at) VALUES (?, ?, ?)",
            (call, member, iso(now)),
        )
        row = await self._one(
            "SELECT count(*) AS n FROM funding_confirmations WHERE call_id = ?", (call,)
        )
        return int(row["n"]) if row else 0

    async def ranking_confirmations(self, call: int) -> set[int]:
        rows = await self._all(
            "SELECT member_id FROM funding_confirmations WHERE call_id = ?", (call,)
        )
        return {int(r["member_id"]) for r in rows}

    # ----- level 3, resources, referrals ----------------------------------------------

    async def request_continuation(self, ref: str, now: datetime) -> bool:
        """The requester asked to continue at level 3; False if already asked."""
        cursor = await self.conn.execute(
            "INSERT OR IGNORE INTO funding_continuations (case_ref, requested_at) VALUES (?, ?)",
            (ref, iso(now)),
        )
        return cursor.rowcount > 0

    async def continuation_requested(self, ref: str) -> bool:
        row = await self._one("SELECT 1 FROM funding_continuations WHERE case_ref = ?", (ref,))
        return row is not None

    async def add_resource(self, region: str, locale: str, body: str, now: datetime) -> int:
        cursor = await self.conn.execute(
            "INSERT INTO funding_resources (region, locale, body, created_at) VALUES (?, ?, ?, ?)",
            (region, locale, body, iso(now)),
        )
        return int(cursor.lastrowid or 0)

    async def remove_resource(self, resource: int) -> bool:
        cursor = await self.conn.execute("DELETE FROM funding_resources WHERE id = ?", (resource,))
        return cursor.rowcount > 0

    async def resources(self, region: str | None = None) -> list[Resource]:
        rows = await self._all(
            "SELECT * FROM funding_resources WHERE ? IS NULL OR region = ? ORDER BY id",
            (region, region),
        )
        return [Resource(int(r["id"]), r["region"], r["locale"], r["body"]) for r in rows]

    async def add_referral(
        self, application: Application, resource: int | None, now: datetime
    ) -> None:
        await self.conn.execute(
            "INSERT INTO funding_referrals (application_id, region, level, call_id, resource_id,"
            " at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                application.id,
                application.region,
                application.level,
                application.call_id,
                resource,
                iso(now),
            ),
        )

    # ----- money ----------------------------------------------------------------------

    async def add_money(
        self,
        kind: str,
        application: Application,
        usd_cents: int,
        original: tuple[str, str],
        tranche: int | None,
        on_date: str,
        now: datetime,
    ) -> int:
        """A disbursement or a reported spending; ``original`` is (currency, amount as typed)."""
        cursor = await self.conn.execute(
            "INSERT INTO funding_money (kind, case_ref, application_id, region, level, call_id,"
            " usd_cents, currency, original, tranche, on_date, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind,
                application.ref,
                application.id,
                application.region,
                application.level,
                application.call_id,
                usd_cents,
                original[0],
                original[1],
                tranche,
                on_date,
                iso(now),
            ),
        )
        return int(cursor.lastrowid or 0)

    async def money_of(self, application: int) -> list[tuple[str, int, str, str, int | None, str]]:
        """(kind, USD cents, currency, original amount, tranche, date) in order."""
        rows = await self._all(
            "SELECT kind, usd_cents, currency, original, tranche, on_date FROM funding_money"
            " WHERE application_id = ? ORDER BY id",
            (application,),
        )
        return [
            (
                r["kind"],
                int(r["usd_cents"]),
                r["currency"],
                r["original"],
                r["tranche"],
                r["on_date"],
            )
            for r in rows
        ]

    async def funding_totals(self, by: str) -> list[FundingTotal]:
        """Anonymous sums per region, level or call (no case, no person)."""
        column = _TOTAL_KEYS[by]
        found: dict[str, dict[str, int]] = {}

        def bucket(key: object) -> dict[str, int]:
            return found.setdefault(
                str(key),
                dict.fromkeys(
                    ("grants", "committed", "disbursement", "spent", "referrals", "applications"), 0
                ),
            )

        for row in await self._all(
            f"SELECT {column} AS k, count(*) AS n, sum(status = 'approved') AS g,"  # noqa: S608
            " sum(granted_cents) AS c FROM funding_applications GROUP BY k",
            (),
        ):
            b = bucket(row["k"])
            b.update(
                applications=int(row["n"]), grants=int(row["g"] or 0), committed=int(row["c"] or 0)
            )
        for row in await self._all(
            f"SELECT {column} AS k, kind, sum(usd_cents) AS s FROM funding_money"  # noqa: S608
            " GROUP BY k, kind",
            (),
        ):
            bucket(row["k"])[row["kind"]] = int(row["s"] or 0)
        for row in await self._all(
            f"SELECT {column} AS k, count(*) AS n FROM funding_referrals GROUP BY k",  # noqa: S608
            (),
        ):
            bucket(row["k"])["referrals"] = int(row["n"])
        return [
            FundingTotal(
                by,
                key,
                b["grants"],
                b["committed"],
                b["disbursement"],
                b["spent"],
                b["referrals"],
                b["applications"],
            )
            for key, b in sorted(found.items())
        ]

    # ----- erasure ----------------------------------------------------------------------

    async def forget_funding(self, refs: list[str]) -> None:
        """What ``/forget`` removes: the words of the person's applications and members'
        comments on them; amounts, levels and decisions stay as anonymous counts."""
        for ref in refs:
            await self.conn.execute(
                "UPDATE funding_votes SET comment = NULL WHERE application_id IN"
                " (SELECT id FROM funding_applications WHERE case_ref = ?)",
                (ref,),
            )
            await self.conn.execute(
                "UPDATE funding_applications SET details = NULL WHERE case_ref = ?", (ref,)
            )
            await self.conn.execute("DELETE FROM funding_continuations WHERE case_ref = ?", (ref,))
