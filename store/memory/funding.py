"""In memory: the funding rows of :mod:`store.sqlite.funding`, same contract."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

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
from store.memory.funding_tables import FundingTables
from store.memory.requesters import TablesBase
from store.records import Contact

Row = dict[str, Any]


class FundingRows(TablesBase):
    @property
    def f(self) -> FundingTables:
        return self.t.funding

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
        for member_id, row in self.f.members.items():
            if row["person"] == person:
                row.update(address=address, name=name, region=region, locale=locale, active=True)
                return member_id
        member_id = self.f.next_id()
        self.f.members[member_id] = {
            "person": person,
            "channel": channel,
            "address": address,
            "name": name,
            "region": region,
            "locale": locale,
            "active": True,
        }
        return member_id

    async def remove_grants_member(self, member: int) -> bool:
        row = self.f.members.get(member)
        if row is None or not row["active"]:
            return False
        row["active"] = False
        return True

    @staticmethod
    def _member(member_id: int, row: Row) -> GrantsMember:
        return GrantsMember(member_id, row["person"], row["name"], row["region"], row["locale"])

    async def grants_member_by_person(self, person: str) -> GrantsMember | None:
        for member_id, row in self.f.members.items():
            if row["person"] == person and row["active"]:
                return self._member(member_id, row)
        return None

    async def grants_members(self, region: str | None = None) -> list[GrantsMember]:
        return [
            self._member(i, r)
            for i, r in sorted(self.f.members.items())
            if r["active"] and region in (None, r["region"])
        ]

    async def grants_member_contact(self, member: int) -> Contact | None:
        row = self.f.members.get(member)
        if row is None or not row["active"]:
            return None
        return Contact(row["channel"], row["address"], row["locale"])

    async def open_call(
        self,
        region: str,
        kind: str,
        dates: tuple[str, str, str],
        amount_cents: int,
        criteria: dict[str, str],
        now: datetime,
    ) -> int:
        call_id = self.f.next_id()
        self.f.calls[call_id] = {
            "call": Call(call_id, region, kind, *dates, amount_cents, "open", dict(criteria))
        }
        return call_id

    async def funding_call(self, call: int) -> Call | None:
        row = self.f.calls.get(call)
        return None if row is None else row["call"]

    async def funding_calls(self) -> list[Call]:
        return [r["call"] for _, r in sorted(self.f.calls.items())]

    async def set_call_status(self, call: int, status: str) -> None:
        if call in self.f.calls:
            self.f.calls[call]["call"] = replace(self.f.calls[call]["call"], status=status)

    async def add_application(
        self, application: Application, purpose: str, capacity_text: str, by: int, now: datetime
    ) -> int:
        app_id = self.f.next_id()
        self.f.applications[app_id] = {
            "app": replace(application, id=app_id, status="submitted"),
            "details": {"purpose": purpose, "capacity": capacity_text},
            "granted": 0,
            "submitted_at": now.isoformat(),
        }
        return app_id

    async def application(self, application: int) -> Application | None:
        row = self.f.applications.get(application)
        return None if row is None else row["app"]

    async def applications(self, call: int) -> list[Application]:
        return [
            r["app"] for _, r in sorted(self.f.applications.items()) if r["app"].call_id == call
        ]

    async def applications_of(self, ref: str) -> list[Application]:
        return [r["app"] for _, r in sorted(self.f.applications.items()) if r["app"].ref == ref]

    async def application_summary(self, application: int) -> ApplicationSummary | None:
        row = self.f.applications.get(application)
        if row is None or row["app"].ref not in self.t.cases:
            return None
        case = self.t.cases[row["app"].ref]
        details = row["details"] or {}
        return ApplicationSummary(
            row["app"],
            case["country"],
            tuple(sorted(case["strategies"])),
            str(details.get("purpose", "")),
            str(details.get("capacity", "")),
        )

    async def decide_application(
        self, application: int, status: str, granted_cents: int, now: datetime
    ) -> None:
        row = self.f.applications.get(application)
        if row is not None:
            row["app"] = replace(row["app"], status=status)
            row["granted"] = granted_cents
            row["decided_at"] = now.isoformat()

    async def save_vote(self, vote: Vote, comment: str | None, now: datetime) -> None:
        key = (vote.application, vote.member)
        old = self.f.votes.get(key, {})
        self.f.votes[key] = {
            "vote": vote,
            "comment": comment if comment is not None else old.get("comment"),
        }

    async def votes(self, application: int) -> list[Vote]:
        return [r["vote"] for k, r in sorted(self.f.votes.items()) if k[0] == application]

    async def vote_comment(self, application: int, member: int) -> str | None:
        row = self.f.votes.get((application, member))
        return None if row is None else row["comment"]

    async def confirm_ranking(self, call: int, member: int, now: datetime) -> int:
        self.f.confirmations.add((call, member))
        return sum(1 for c, _ in self.f.confirmations if c == call)

    async def ranking_confirmations(self, call: int) -> set[int]:
        return {m for c, m in self.f.confirmations if c == call}

    async def request_continuation(self, ref: str, now: datetime) -> bool:
        if ref in self.f.continuations:
            return False
        self.f.continuations.add(ref)
        return True

    async def continuation_requested(self, ref: str) -> bool:
        return ref in self.f.continuations

    async def add_resource(self, region: str, locale: str, body: str, now: datetime) -> int:
        resource_id = self.f.next_id()
        self.f.resources[resource_id] = {"region": region, "locale": locale, "body": body}
        return resource_id

    async def remove_resource(self, resource: int) -> bool:
        return self.f.resources.pop(resource, None) is not None

    async def resources(self, region: str | None = None) -> list[Resource]:
        return [
            Resource(i, r["region"], r["locale"], r["body"])
            for i, r in sorted(self.f.resources.items())
            if region in (None, r["region"])
        ]

    async def add_referral(
        self, application: Application, resource: int | None, now: datetime
    ) -> None:
        self.f.referrals.append({"app": application, "resource": resource, "at": now.isoformat()})

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
        self.f.money.append(
            {
                "kind": kind,
                "app": application,
                "usd": usd_cents,
                "original": original,
                "tranche": tranche,
                "on_date": on_date,
            }
        )
        return len(self.f.money)

    async def money_of(self, application: int) -> list[tuple[str, int, str, str, int | None, str]]:
        return [
            (m["kind"], m["usd"], m["original"][0], m["original"][1], m["tranche"], m["on_date"])
            for m in self.f.money
            if m["app"].id == application
        ]

    async def funding_totals(self, by: str) -> list[FundingTotal]:
        def key(app: Application) -> str:
            return str({"region": app.region, "level": app.level, "call": app.call_id}[by])

        found: dict[str, dict[str, int]] = {}

        def bucket(app: Application) -> dict[str, int]:
            names = ("grants", "committed", "disbursement", "spent", "referrals", "applications")
            return found.setdefault(key(app), dict.fromkeys(names, 0))

        for row in self.f.applications.values():
            b = bucket(row["app"])
            b["applications"] += 1
            b["grants"] += row["app"].status == "approved"
            b["committed"] += row["granted"]
        for money in self.f.money:
            bucket(money["app"])[money["kind"]] += money["usd"]
        for referral in self.f.referrals:
            bucket(referral["app"])["referrals"] += 1
        return [
            FundingTotal(
                by,
                k,
                b["grants"],
                b["committed"],
                b["disbursement"],
                b["spent"],
                b["referrals"],
                b["applications"],
            )
            for k, b in sorted(found.items())
        ]

    async def _forget_funding(self, refs: list[str]) -> None:
        await self.forget_funding(refs)

    async def forget_funding(self, refs: list[str]) -> None:
        for row in self.f.applications.values():
            if row["app"].ref in refs:
                row["details"] = None
                for (app_id, _), vote in self.f.votes.items():
                    if app_id == row["app"].id:
                        vote["comment"] = None
        self.f.continuations -= set(refs)
