"""Issue 14 over Telegram: a call, three applications, a three-member group reviewing
in chat, decisions in the requesters' languages, a referral and the money, with the
real python-telegram-bot application, runtime and SQLite store against the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from flows.core.messages import Channel
from flows.core.policy import Policy
from flows.service import funding_calls
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import FakeTelegram, Sent
from tests.bot.telegram_harness import Bot, Person, running_bot, running_fake
from tests.funding.world import CONTINUING, DEFENDER, GROUP, NOW, seed_requesters

FACILITATOR, MEMBERS, ASIA_MEMBER, STRANGER = 7770101, (8880001, 8880002, 8880003), 8880009, 5550999


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with running_fake() as server:
        yield server


def _text(sent: list[Sent]) -> str:
    return "\n".join(m.text for m in sent)


async def _setup(store: SqliteStore) -> None:
    pseudonym = store.sealer.pseudonym
    async with store.transaction() as tx:
        await seed_requesters(tx, pseudonym)
        await tx.add_facilitator(
            pseudonym("telegram", str(FACILITATOR)),
            Channel.TELEGRAM,
            str(FACILITATOR),
            "Amina",
            ["africa"],
            "en",
            False,
            NOW,
        )
        for number, user in enumerate(MEMBERS, start=1):
            await tx.add_grants_member(
                pseudonym("telegram", str(user)),
                Channel.TELEGRAM,
                str(user),
                f"Member {number}",
                "africa",
                "fr" if number == 3 else "en",  # each member in their language
                NOW,
            )
        await tx.add_grants_member(
            pseudonym("telegram", str(ASIA_MEMBER)),
            Channel.TELEGRAM,
            str(ASIA_MEMBER),
            "Asia member",
            "asia",
            "en",
            NOW,
        )
        await tx.add_resource(
            "africa", "fr", "Fonds d'urgence pour défenseurs : urgence@example.org", NOW
        )


async def _open_call(bot: Bot) -> int:
    """What ``cre-admin calls open`` does, in one transaction."""
    closes = (NOW + timedelta(days=7)).date().isoformat()
    until = (NOW + timedelta(days=14)).date().isoformat()
    async with bot.store.transaction() as tx:
        call_id = await tx.open_call(
            "africa",
            "open",
            (NOW.date().isoformat(), closes, until),
            2_000_000,
            {"en": "Land and water defence", "fr": "Défense des terres et de l'eau"},
            NOW,
        )
        call = await tx.funding_call(call_id)
        assert call is not None
        await funding_calls.announce_call(tx, call, NOW)
    await bot.settle()
    return call_id


async def _apply(amina: Person, ref: str, answers: list[str]) -> list[Sent]:
    """``/apply`` then each answer: typed words, or ``[token]`` for a button."""
    sent = await amina.says(f"/apply {ref}")
    for answer in answers:
        if answer.startswith("["):
            sent = await amina.taps(answer[1:-1])
        else:
            sent = await amina.says(answer)
    return sent


async def test_a_call_reviewed_in_chat_and_decided_over_telegram(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    await _setup(store)
    async with running_bot(fake, store, policy=Policy(inbound_per_minute=1000)) as bot:
        amina = Person(bot, FACILITATOR)
        members = [Person(bot, user) for user in MEMBERS]
        asia = Person(bot, ASIA_MEMBER)
        group, defender, continuing = (
            Person(bot, int(r.user)) for r in (GROUP, DEFENDER, CONTINUING)
        )

        # Between calls: no emergency grant, the region's other funds instead.
        between = await amina.says(f"/apply {CONTINUING.ref}")
        assert "no open call" in between[-1].text and "urgence@example.org" in between[-1].text
        await amina.taps(f"f:funds:{CONTINUING.ref}")
        assert "urgence@example.org" in continuing.new()[-1].text

        call_id = await _open_call(bot)
        assert "Land and water defence" in amina.new()[-1].text
        assert "could apply" in group.new()[-1].text
        assert "pourrait y répondre" in continuing.new()[-1].text

        # Level 3 at the requester's request: the button after a level-2 agreement.
        await amina.says(f"/agreement {CONTINUING.ref}")
        for answer in ["Water tests", "Six months", "Lab and community", "4,000 USD"]:
            await amina.says(answer)
        await amina.taps(f"f:band:{CONTINUING.ref}:up_to_5k")
        await amina.says("Report to the community")
        await amina.says("Mediation")
        await amina.taps(f"f:save:{CONTINUING.ref}")
        offer = continuing.new()[-1]
        assert offer.buttons == [("Demander à poursuivre au niveau 3", f"l3:{CONTINUING.ref}")]
        assert "Votre demande de poursuivre" in _text(await continuing.taps(offer.buttons[0][1]))
        assert "asks to continue" in amina.new()[-1].text

        # Out-of-band amounts: a clear answer, nothing kept, the same question again.
        sent = await _apply(amina, GROUP.ref, ["6000"])
        assert "up to 5,000 USD" in sent[0].text and "How much" in sent[-1].text
        for wrong in ["-200", "a lot"]:
            sent = await amina.says(wrong)
            assert "positive number" in sent[0].text and "How much" in sent[-1].text
        sent = await _apply(
            amina,
            GROUP.ref,
            [
                "4500,00",  # a decimal comma, as many write it
                "Seeds and water tanks",
                "[f:apfield:GRP2-CASE:group]",
                "Forty members trained to test water",
                "[f:apfield:GRP2-CASE:no]",
            ],
        )
        assert [d for _, d in sent[-1].buttons] == [
            f"f:apsend:{GROUP.ref}",
            f"f:apdrop:{GROUP.ref}",
        ]
        assert "sent to call" in _text(await amina.taps(f"f:apsend:{GROUP.ref}"))
        assert "4,500 USD" in group.new()[-1].text
        await _apply(
            amina,
            DEFENDER.ref,
            [
                "3000",
                "Safe house and phone",
                "[f:apfield:DEF2-CASE:individual]",
                "-",
                "[f:apfield:DEF2-CASE:yes]",
            ],
        )
        await amina.taps(f"f:apsend:{DEFENDER.ref}")
        sent = await _apply(amina, CONTINUING.ref, ["4000"])
        assert "above 5,000 USD" in sent[0].text  # level 3 now: the band moved
        await _apply(
            amina,
            CONTINUING.ref,
            [
                "12000",
                "Independent lab study",
                "[f:apfield:CNT2-CASE:group]",
                "A community monitoring network",
                "[f:apfield:CNT2-CASE:no]",
            ],
        )
        await amina.taps(f"f:apsend:{CONTINUING.ref}")

        # The call closes: each member gets the applications one by one.
        async with store.transaction() as tx:
            call = await tx.funding_call(call_id)
            assert call is not None
            assert await funding_calls.close_call(tx, call, NOW) == 3
            apps = {a.ref: a.id for a in await tx.applications(call_id)}
        await bot.settle()
        first = members[0].new()
        assert (
            "Please review" in first[0].text and f"Application {apps[GROUP.ref]}" in first[-1].text
        )
        assert "Seeds and water tanks" in first[-1].text and "Kenya" in first[-1].text
        everything_members_saw = _text(first)
        assert asia.new() == []

        # Nobody else may see or vote, forged buttons included; each refusal audited.
        vote = f"g:vote:{apps[GROUP.ref]}:approve"
        for outsider in (asia, amina, Person(bot, STRANGER)):
            refused = await outsider.taps(vote)
            assert "only members of the region's grants working group" in refused[-1].text
            assert "Seeds" not in _text(refused)
        assert "only members" in (await members[0].taps("g:vote:99999:approve"))[-1].text

        votes = {  # member → application → (answer, score, comment)
            0: {
                GROUP.ref: ("approve", "5", "Strong group"),
                DEFENDER.ref: ("approve", "5", None),
                CONTINUING.ref: ("decline", "2", None),
            },
            1: {
                GROUP.ref: ("conflict", None, None),
                DEFENDER.ref: ("approve", "5", None),
                CONTINUING.ref: ("decline", "2", "Not yet ready"),
            },
            2: {
                GROUP.ref: ("approve", "4", None),
                DEFENDER.ref: ("approve", "5", None),
                CONTINUING.ref: ("approve", "3", None),
            },
        }
        for member in members[1:]:
            everything_members_saw += _text(member.new())
        for index, answers in votes.items():
            member = members[index]
            for ref in (GROUP.ref, DEFENDER.ref, CONTINUING.ref):
                answer, score, comment = answers[ref]
                sent = await member.taps(f"g:vote:{apps[ref]}:{answer}")
                everything_members_saw += _text(sent)
                if answer == "conflict":
                    assert "conflict of interest" in sent[0].text
                    continue
                await member.taps(f"g:score:{apps[ref]}:{score}")
                if comment:
                    sent = await member.says(comment)
                else:
                    sent = await member.taps(f"g:nocomment:{apps[ref]}")
                everything_members_saw += _text(sent)
        assert f"Application {apps[DEFENDER.ref]} (2 of 3)" in everything_members_saw
        assert "Approve, priority 5, with your comment." in everything_members_saw
        again = await members[0].taps(f"g:vote:{apps[GROUP.ref]}:decline")
        assert "already answered" in again[-1].text

        # The proposed ranking: approved first; groups first (unless a defender's security),
        # then capacity (the group's 4.5 before the defender's 5.0), then scores.
        ranking = [m for m in fake.sent_to(MEMBERS[0]) if "Proposed ranking" in m.text][-1]
        order = [
            int(line.split("Application ")[1].split(" ")[0])
            for line in ranking.text.splitlines()[1:]
            if "Application " in line
        ]
        assert order == [apps[GROUP.ref], apps[DEFENDER.ref], apps[CONTINUING.ref]]
        assert "comment: Strong group" in ranking.text and "Member" not in ranking.text
        in_french = _text(fake.sent_to(MEMBERS[2]))
        assert "Classement proposé" in in_french and "(2 sur 3)" in in_french
        assert "take 7,500 USD; 12,500 USD left" in ranking.text
        assert ranking.buttons == [("Confirm this ranking", f"g:confirm:{call_id}")]
        assert (
            "waiting for the other members"
            in (await members[0].taps(f"g:confirm:{call_id}"))[-1].text
        )
        assert (
            "decisions have been sent" in (await members[1].taps(f"g:confirm:{call_id}"))[-1].text
        )

        # Decisions reach the requesters in their languages.
        assert "approved: 4,500 USD" in group.new()[-1].text
        assert (
            "خبر سار" in defender.new()[-1].text
            and "3,000" in fake.sent_to(int(DEFENDER.user))[-1].text
        )
        declined = continuing.new()[-1].text
        assert "n'a pas été approuvée" in declined and "prochain appel" in declined
        assert "Funding decision" in amina.new()[-1].text

        # A declined application referred elsewhere; a disbursement and a spending report.
        async with store.transaction() as tx:
            application = await tx.application(apps[CONTINUING.ref])
            assert application is not None and application.status == "declined"
            [resource] = await tx.resources("africa")
            await funding_calls.refer(tx, application, resource.body, resource.id, NOW)
            granted = await tx.application(apps[DEFENDER.ref])
            assert granted is not None and granted.status == "approved"
            await tx.add_money(
                "disbursement", granted, 200_000, ("EGP", "98000"), 1, "2026-12-30", NOW
            )
            await tx.add_money("spent", granted, 150_000, ("EGP", "73500"), None, "2027-01-20", NOW)
            [africa] = await tx.funding_totals("region")
        await bot.settle()
        assert "urgence@example.org" in continuing.new()[-1].text
        assert (africa.committed_cents, africa.disbursed_cents, africa.spent_cents) == (
            750_000,
            200_000,
            150_000,
        )
        assert (africa.grants, africa.referrals, africa.applications) == (2, 1, 3)

        # Members never saw who asked, nor their words; votes and refusals are audited.
        for r in (GROUP, DEFENDER, CONTINUING):
            assert r.user not in everything_members_saw
        assert "private words" not in everything_members_saw
        audit = await store.audit_entries()
        refusals = [
            e for e in audit if e["action"] == "refused" and "grants" in (e["detail"] or "")
        ]
        assert len(refusals) == 4
        assert sum(1 for e in audit if e["action"] == "grants.vote") == 8
        assert sum(1 for e in audit if e["action"] == "grants.conflict") == 1
        assert sum(1 for e in audit if e["action"] == "grants.decision") == 3
        viewed = {(e["actor"], e["detail"]) for e in audit if e["action"] == "grants.viewed"}
        assert len(viewed) == 9  # each member opened each application, through the bot
        raw = b"".join(p.read_bytes() for p in store.data_dir.glob("cre.sqlite3*"))
        assert b"africa" in raw  # the file is read (region ids are not personal)
        assert b"Strong group" not in raw and b"Not yet ready" not in raw  # sealed at rest
        async with store.transaction() as tx:  # comments are kept sealed, readable with the key
            second = await tx.grants_member_by_person(
                store.sealer.pseudonym("telegram", str(MEMBERS[1]))
            )
            assert second is not None
            assert await tx.vote_comment(apps[CONTINUING.ref], second.id) == "Not yet ready"
