"""Issue 14 on the console, with the installed ``cre-bot`` and ``cre-admin``: three
requests, a call, three applications typed by the facilitator, a three-member group
voting by option numbers (one conflict), decisions in English, Arabic and French, a
referral, a disbursement and a spending report, and the totals per region."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.conftest import run
from tests.e2e.test_console import intake_script
from tests.support.answers import CONSENT, SUBMIT, intake_answers


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _bot(data: Path, lines: list[str]) -> str:
    result = run("cre-bot", data=data, stdin="\n".join(lines) + "\n", timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _admin(data: Path, *args: str, ok: bool = True) -> str:
    result = run("cre-admin", *args, data=data)
    assert (result.returncode == 0) == ok, result.stdout + result.stderr
    return result.stdout + result.stderr


def test_a_call_from_opening_to_money_on_the_console(data: Path) -> None:
    _admin(data, "init")
    _bot(
        data,
        [
            "/as facilitator africa",
            "/as requester group",
            *intake_script(1),
            "/as requester defender",
            *["hello", "7", CONSENT, *intake_answers(country="Egypt"), SUBMIT],
            "/as requester continuing",
            *["hello", "2", CONSENT, *intake_answers(country="Senegal"), SUBMIT],
        ],
    )
    cases = json.loads(_admin(data, "cases", "list", "--json"))
    refs = {c["country"]: c["ref"] for c in cases}
    group, defender, continuing = refs["KE"], refs["EG"], refs["SN"]

    _admin(
        data,
        "resources",
        "add",
        "--region",
        "Africa",  # region and language names, any case (as elsewhere in cre-admin)
        "--language",
        "French",
        "--text",
        "Fonds d'urgence pour défenseurs : urgence@example.org",
    )
    assert "Error" in _admin(
        data,
        "calls",
        "open",
        "--region",
        "africa",
        "--amount",
        "-5",
        "--closes",
        "2099-12-20",
        "--criteria",
        "en=x",
        ok=False,
    )
    assert "no region Atlantis" in _admin(
        data, "resources", "add", "--region", "Atlantis", "--text", "x", ok=False
    )
    opened = _admin(
        data,
        "calls",
        "open",
        "--region",
        "AFRICA",
        "--kind",
        "Open",
        "--amount",
        "20000",
        "--closes",
        "2099-12-20",
        "--criteria",
        "en=Land and water defence",
        "--criteria",
        "français=Défense des terres et de l'eau",
    )
    assert "announced to 1 facilitator(s); 3 requester(s)" in opened
    for number in (1, 2, 3):
        _admin(
            data,
            "grants",
            "add",
            "--channel",
            "console",
            "--id",
            f"member{number}",
            "--name",
            f"Member {number}",
            "--region",
            "africa" if number < 3 else "Africa",
            "--language",
            "EN" if number < 3 else "english",
        )
    assert "numeric user id" in _admin(
        data,
        "grants",
        "add",
        "--channel",
        "telegram",
        "--id",
        "@amina",
        "--name",
        "X",
        "--region",
        "africa",
        ok=False,
    )

    out = _bot(
        data,
        [
            "/as facilitator africa",
            f"/agreement {continuing}",
            *["Water tests", "Six months", "Lab and community", "4,000 USD", "2"],
            *["Report to the community", "Mediation", "1"],
            f"/continue {continuing}",
            f"/apply {group}",
            "6000",
            "-200",
            "lots",
            *["4 500", "Seeds and water tanks", "2", "Forty members trained", "2", "1"],
            f"/apply {defender}",
            *["3000", "Safe house and phone", "1", "-", "1", "1"],
            f"/apply {continuing}",
            "4000",
            *["12000", "Independent lab study", "2", "A community monitoring network", "2", "1"],
        ],
    )
    assert "Land and water defence" in out and "pourrait y répondre" in out
    assert [m["region"] for m in json.loads(_admin(data, "grants", "list", "--json"))] == [
        "africa"
    ] * 3
    assert len(json.loads(_admin(data, "resources", "list", "--region", "AFRICA", "--json"))) == 1
    assert out.count("Level 2 can request up to 5,000 USD") == 1
    assert out.count("That is not an amount I can use") == 2
    assert "Level 3 is for requests above 5,000 USD" in out
    assert out.count("was sent to call 1") == 3

    assert "3 member(s) asked" in _admin(data, "calls", "close", "1")
    apps = {
        a["ref"]: a["id"] for a in json.loads(_admin(data, "calls", "applications", "1", "--json"))
    }
    assert [apps[r] for r in (group, defender, continuing)] == [1, 2, 3]
    out = _bot(
        data,
        [
            "/as requester member1",
            *["1", "5", "Strong group", "1", "5", "/skip", "2", "2", "/skip"],
            "/as requester member2",
            *["4", "1", "5", "1", "2", "2", "Not yet ready"],
            "/as requester member3",
            *["1", "4", "No comment", "1", "5", "1", "1", "3", "1", "1"],
            "/as requester member1",
            "1",
        ],
    )
    member_view = out.split("/as requester member1")[0]
    assert "you do not vote on it" in out
    assert "Application 2 (2 of 3)" in out  # phone-sized: where the member is
    assert "Saved for application 1: Approve, priority 5, with your comment." in out
    assert "Saved for application 2: Approve, priority 5, no comment." in out  # "1"
    ranking = out.split("Proposed ranking")[1].split("Confirm this ranking")[0]
    # Approved first; among them the group's capacity building before the defender's
    # higher scores (5.0 against 4.5); the declined one last.
    assert (
        ranking.index("Application 1 ")
        < ranking.index("Application 2 ")
        < ranking.index("Application 3 ")
    )
    assert "comment: Strong group" in ranking and "comment: Not yet ready" in ranking
    assert "Member" not in ranking  # comments without their authors
    assert "7,500 USD; 12,500 USD left" in ranking
    assert "bot → group> Good news" in out
    assert "bot → defender> خبر سار" in out
    assert "bot → continuing> La demande de financement" in out and "prochain appel" in out
    assert "Sand mining took our riverbank" not in member_view.split("asked to review")[-1]

    _admin(data, "calls", "refer", "3", "--resource", "1")
    assert "not declined" in _admin(data, "calls", "refer", "1", "--resource", "1", ok=False)
    _admin(
        data,
        "money",
        "disburse",
        defender,
        "--usd",
        "2000",
        "--currency",
        "EGP",
        "--original",
        "98000",
        "--tranche",
        "1",
        "--date",
        "2026-12-30",
    )
    assert "more than the grant" in _admin(
        data, "money", "disburse", defender, "--usd", "2000", ok=False
    )
    _admin(
        data,
        "money",
        "spent",
        defender,
        "--usd",
        "1500",
        "--currency",
        "EGP",
        "--original",
        "73,500",
    )
    [africa] = json.loads(_admin(data, "money", "summary", "--json"))
    assert africa == {
        "region": "africa",
        "applications": 3,
        "grants": 2,
        "committed_usd": "7,500",
        "disbursed_usd": "2,000",
        "spent_usd": "1,500",
        "referrals": 1,
    }
    assert "committed USD" in _admin(data, "money", "summary")
    out = _bot(data, ["/as requester continuing", "/status"])
    assert "urgence@example.org" in out
    audit = json.loads(_admin(data, "audit", "list", "--json"))
    actions = [e["action"] for e in audit]
    assert actions.count("grants.vote") == 8 and actions.count("grants.conflict") == 1
    assert "admin.money.disbursement" in actions and "grants.referral" in actions
