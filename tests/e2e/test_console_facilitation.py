"""The console simulator: one terminal plays requester, facilitator and coordinator."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.e2e.conftest import run
from tests.e2e.test_console import intake_script
from tests.support.answers import CONSENT, SUBMIT, intake_answers

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")


def test_whole_loop_on_the_console(data: Path) -> None:
    run("cre-admin", "init", data=data)
    script = [
        *intake_script(1),
        "/as facilitator asia",
        "/cases",  # another region sees nothing
        "/as facilitator africa",
        "/cases",
        "1",  # list, open the first
        "1",  # claim
        "2",
        "Can we call you on Thursday?",  # write to the requester
        "/as requester local",
        "Yes, Thursday is fine.",
        "/as facilitator africa",
        "/level 2",
        "/move",
        "2",  # status menu: close
        "/as requester local",
        "/status",
    ]
    result = run("cre-bot", data=data, stdin="\n".join(script) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    [ref] = set(REF.findall(out))
    assert "bot → facilitator-asia> There are no open requests in your region." in out
    assert f"bot → facilitator-africa> Request {ref} · Kenya" in out
    assert "Sand mining destroyed the riverbank" in out.split("facilitator-africa> Request")[1]
    assert f"bot> A facilitator is now looking at your request {ref}" in out
    assert "bot> Message from your facilitator" in out and "Thursday?" in out
    assert "Message from the requester" in out and "Yes, Thursday is fine." in out
    assert f"bot> Your request {ref} is now: closed." in out
    listed = json.loads(run("cre-admin", "cases", "list", "--json", data=data).stdout)
    assert [(c["ref"], c["status"], c["region"]) for c in listed] == [(ref, "closed", "africa")]


def test_coordinator_commands_are_audited(data: Path) -> None:
    run("cre-admin", "init", data=data)
    assert "latin_america" in run("cre-admin", "regions", "list", data=data).stdout
    regions = json.loads(run("cre-admin", "regions", "list", "--json", data=data).stdout)
    assert {r["id"] for r in regions} == {"africa", "asia", "latin_america"}
    assert "KE" in next(r for r in regions if r["id"] == "africa")["countries"]
    queue = run(
        "cre-admin",
        "regions",
        "set-queue",
        "africa",
        "--channel",
        "telegram",
        "--chat",
        "-1001234",
        data=data,
    )
    assert queue.returncode == 0, queue.stdout
    added = run(
        "cre-admin",
        "facilitators",
        "add",
        "--region",
        "africa",
        "--channel",
        "telegram",
        "--id",
        "424242",
        "--name",
        "Amina",
        data=data,
    )
    assert added.returncode == 0, added.stdout
    bad = run(
        "cre-admin",
        "facilitators",
        "add",
        "--region",
        "mars",
        "--channel",
        "telegram",
        "--id",
        "1",
        "--name",
        "X",
        data=data,
    )
    assert bad.returncode == 2 and "no region mars; the regions are" in bad.stdout
    staff = json.loads(run("cre-admin", "facilitators", "list", "--json", data=data).stdout)
    assert staff == [
        {
            "id": 1,
            "name": "Amina",
            "regions": ["africa"],
            "language": "en",
            "coordinator": False,
            "channel": "telegram",
            "active": True,
        }
    ]
    assert "424242" not in run("cre-admin", "facilitators", "list", data=data).stdout
    run("cre-bot", data=data, stdin="\n".join(intake_script(1)) + "\n")
    [case] = json.loads(run("cre-admin", "cases", "list", "--json", data=data).stdout)
    shown = json.loads(run("cre-admin", "cases", "show", case["ref"], "--json", data=data).stdout)
    for key in ("ref", "status", "level", "region", "country", "language", "channel", "created_at"):
        assert key in shown
    assert shown["region"] == "africa" and shown["country"] == "KE"
    trail = json.loads(run("cre-admin", "audit", "list", "--json", data=data).stdout)
    actions = [entry["action"] for entry in trail]
    for expected in (
        "admin.regions.list",
        "admin.regions.set-queue",
        "admin.facilitators.add",
        "admin.facilitators.list",
        "admin.cases.list",
        "admin.cases.show",
    ):
        assert expected in actions
    assert all("424242" not in json.dumps(entry) for entry in trail)
    assert "424242" not in (data / "cre.sqlite3").read_bytes().decode("latin-1")


def test_unrouted_and_final_cases_through_the_real_bot(data: Path) -> None:
    """Issue 9 items 10, 11 and 16 through the real ``cre-bot`` process on the console.

    Nobody covers Asia: the urgent case reaches the coordinator at once. Once
    closed, the case refuses a claim (the requester is not told anyone is
    looking) until the coordinator reopens it. A 20-digit option number is an
    unknown option, not a crash.
    """
    run("cre-admin", "init", data=data)
    answers = intake_answers(country="Philippines", danger_now="2")
    script = [
        "/as coordinator",
        "/as requester local",
        "hello",
        "1",
        CONSENT,
        *answers,
        SUBMIT,
        "/as facilitator asia",
        "/cases",
        "1",
        "99999999999999999999",
        "/move closed",
        "/claim",
        "/reopen",
    ]
    result = run("cre-bot", data=data, stdin="\n".join(script) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    [ref] = set(REF.findall(out))
    assert f"bot → coordinator> ⚠ URGENT · New request {ref} · Philippines" in out
    assert "Traceback" not in result.stderr
    closing = out.split(f"Your request {ref} is now: closed.")[1]
    assert f"Request {ref} is closed: it can no longer be changed." in closing
    assert f"Only the coordinator can reopen request {ref}." in closing
    assert "A facilitator is now looking" not in closing

    again = ["/as coordinator", f"/reopen {ref}", "/as facilitator asia", "/claim"]
    result = run("cre-bot", data=data, stdin="\n".join(again) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"bot → coordinator> Request {ref} is open again, back in triage." in out
    assert f"bot> Your request {ref} is now: being reviewed." in out
    assert f"bot> A facilitator is now looking at your request {ref}" in out
    assert "Traceback" not in result.stderr


def test_a_collaborator_typing_gets_their_own_conversation_in_the_real_bot(data: Path) -> None:
    """Issue 9 item 12 through the real ``cre-bot``: typed words answer the invitation."""
    run("cre-admin", "init", data=data)
    added = run(
        "cre-admin",
        "collaborators",
        "add",
        "--name",
        "River Lab",
        "--strategy",
        "research",
        "--country",
        "KE",
        "--channel",
        "console",
        "--id",
        "lab",
        data=data,
    )
    assert added.returncode == 0, added.stdout
    script = [
        *intake_script(1),
        "/as facilitator africa",
        "/cases",
        "1",  # open
        "/match",
        "1",  # invite River Lab
        "/as requester lab",
        "Hello, what is this?",
        "yes",
        "1",
    ]
    result = run("cre-bot", data=data, stdin="\n".join(script) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    [ref] = set(REF.findall(out))
    to_lab = [line for line in out.splitlines() if line.startswith("bot → lab> ")]
    assert f"bot → lab> An invitation for {ref} is waiting for your answer" in to_lab[1]
    assert f"bot → lab> Thank you! The facilitator will contact you about {ref}." in to_lab
    assert to_lab[-1].startswith("bot → lab> You are registered as a collaborator")
    assert not any("Welcome to" in line or "Before we start" in line for line in to_lab)
    assert f"River Lab accepted to collaborate on {ref}." in out
