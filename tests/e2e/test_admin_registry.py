"""Issue 11 items 14 and 15 through the real ``cre-admin``: a coordinator undoes
mistakes (edit, deactivate, remove, regions and their countries), everything audited,
and what a coordinator types is checked, with what is expected said."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.admin_support import actions, as_json, ok, refused, submit_case
from tests.e2e.conftest import run
from tests.e2e.test_console import intake_script

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")
LAB = ("collaborators", "add", "--name", "L", "--strategy", "research")


@pytest.fixture
def ready(data: Path) -> Path:
    ok(data, "init")
    return data


def _add_amina(data: Path, *extra: str) -> None:
    ok(
        data,
        *("facilitators", "add", "--channel", "telegram", "--id", "424242"),
        *("--name", "Amina", "--region", "africa", *extra),
    )


def test_a_departed_facilitator_is_refused_on_their_next_message(data: Path) -> None:
    """Deactivated, Amina's next /cases is refused by the real bot; her claimed case
    went back to the queue and the coordinator was told which."""
    ok(data, "init")
    ok(
        data,
        *("facilitators", "add", "--channel", "console", "--id", "amina"),
        *("--name", "Amina", "--region", "africa"),
    )
    script = [*intake_script(1), "/as requester amina", "/cases", "1", "1"]
    first = run("cre-bot", data=data, stdin="\n".join(script) + "\n")
    assert first.returncode == 0, first.stderr
    [ref] = set(REF.findall(first.stdout))
    assert f"bot → amina> Request {ref} · Kenya" in first.stdout
    assert as_json(data, "cases", "show", ref)["claimed_by"] == "Amina"

    said = ok(data, "facilitators", "deactivate", "1")
    assert "deactivated" in said and ref in said and "back in the queue" in said
    [amina] = as_json(data, "facilitators", "list")
    assert (amina["name"], amina["active"]) == ("Amina", False)
    assert as_json(data, "cases", "show", ref)["claimed_by"] is None

    again = run("cre-bot", data=data, stdin="/as requester amina\n/cases\n")
    assert again.returncode == 0, again.stderr
    assert "bot → amina> Sorry, only the exchange's facilitators can do that." in again.stdout
    assert f"Request {ref}" not in again.stdout

    ok(data, "facilitators", "activate", "1")
    back = run("cre-bot", data=data, stdin="/as requester amina\n/cases\n")
    assert f"Request {ref}" in back.stdout or ref in back.stdout

    ok(data, "facilitators", "remove", "1")
    assert as_json(data, "facilitators", "list") == []
    gone = run("cre-bot", data=data, stdin="/as requester amina\n/cases\n")
    assert "only the exchange's facilitators can do that" in gone.stdout
    trail = actions(data)
    for action in (
        "admin.facilitators.deactivate",
        "admin.facilitators.activate",
        "admin.facilitators.remove",
        "case.released",
    ):
        assert action in trail


def test_edit_a_facilitator(ready: Path) -> None:
    _add_amina(ready)
    ok(ready, "facilitators", "edit", "1", "--name", "Amina W.", "--region", "Africa,ASIA")
    ok(ready, "facilitators", "edit", "1", "--language", "Kiswahili", "--coordinator")
    [amina] = as_json(ready, "facilitators", "list")
    assert amina == {
        "id": 1,
        "name": "Amina W.",
        "regions": ["africa", "asia"],
        "language": "sw",
        "coordinator": True,
        "channel": "telegram",
        "active": True,
    }
    assert "say what to change" in refused(ready, "facilitators", "edit", "1")
    assert "no facilitator #9" in refused(ready, "facilitators", "edit", "9", "--name", "X")
    assert "admin.facilitators.edit" in actions(ready)


def test_collaborators_edit_deactivate_and_remove(ready: Path) -> None:
    ok(
        ready,
        *("collaborators", "add", "--name", "River Lab", "--strategy", "research,expertise"),
        *("--country", "Kenya, UG", "--language", "en,sw", "--contact", "lab@example.org"),
    )
    [lab] = as_json(ready, "collaborators", "list")
    assert (lab["countries"], lab["regions"], lab["languages"]) == (
        ["KE", "UG"],
        ["africa"],
        ["en", "sw"],
    )
    ok(ready, "collaborators", "edit", "1", "--country", "PE", "--self-funded")
    ok(ready, "collaborators", "edit", "1", "--channel", "signal", "--id", "+254712345678")
    [lab] = as_json(ready, "collaborators", "list")
    assert (lab["countries"], lab["regions"], lab["self_funded"], lab["reachable"]) == (
        ["PE"],
        ["latin_america"],
        True,
        True,
    )
    ok(ready, "collaborators", "deactivate", "1")
    assert as_json(ready, "collaborators", "list")[0]["active"] is False
    ok(ready, "collaborators", "activate", "1")
    ok(ready, "collaborators", "remove", "1")
    assert as_json(ready, "collaborators", "list") == []
    assert "no collaborator #1" in refused(ready, "collaborators", "edit", "1", "--name", "X")
    trail = actions(ready)
    for verb in ("add", "edit", "deactivate", "activate", "remove"):
        assert f"admin.collaborators.{verb}" in trail


def test_regions_add_countries_and_unset_a_queue(ready: Path) -> None:
    ok(ready, "regions", "add", "Europe", "--name", "Europe", "RS", "Albania")
    assert "already a region europe" in refused(ready, "regions", "add", "europe", "--name", "E")
    assert "KE is in africa" in refused(ready, "regions", "add-country", "europe", "KE")
    ok(ready, "regions", "add-country", "EUROPE", "MD,BA")
    ok(ready, "regions", "remove-country", "africa", "KE")
    ok(ready, "regions", "add-country", "europe", "Kenya")
    assert "europe does not cover TZ" in refused(ready, "regions", "remove-country", "europe", "TZ")
    regions = {r["id"]: r for r in as_json(ready, "regions", "list")}
    assert regions["europe"]["countries"] == ["AL", "BA", "KE", "MD", "RS"]
    assert "KE" not in regions["africa"]["countries"]

    ok(ready, "regions", "set-queue", "Africa", "--channel", "telegram", "--chat", "-1001234")
    assert as_json(ready, "regions", "list")[0]["queue"] == "telegram"
    said = ok(ready, "regions", "unset-queue", "africa")
    assert "private chats" in said
    assert as_json(ready, "regions", "list")[0]["queue"] == "facilitators' private chats"
    trail = actions(ready)
    for verb in ("add", "add-country", "remove-country", "set-queue", "unset-queue"):
        assert f"admin.regions.{verb}" in trail


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("facilitators", "add", "--channel", "telegram", "--id", "@amina", "--name", "A"),
            "a Telegram id is the person's numeric user id",
        ),
        (
            ("facilitators", "add", "--channel", "signal", "--id", "0712345678", "--name", "A"),
            "a Signal id is a phone number in international form (such as +254712345678)",
        ),
        (
            ("regions", "set-queue", "africa", "--channel", "telegram", "--chat", "notanumber"),
            "a Telegram chat id is a number (groups look like -1001234567890)",
        ),
        (
            (*LAB, "--region", "europe"),
            "no region europe; the regions are africa, asia, latin_america",
        ),
        (
            ("collaborators", "add", "--name", "L", "--strategy", "research"),
            "",
        ),
        (
            (*LAB, "--language", "klingon"),
            "klingon is not a language CRE Bot speaks; use en (English), fr (French)",
        ),
        (
            (*LAB, "--country", "PE", "--region", "africa"),
            "PE is in latin_america, not in africa",
        ),
        (
            ("collaborators", "add", "--name", "L", "--strategy", "lobbying"),
            "no strategy lobbying; use research, remedy",
        ),
        (
            (*LAB, "--country", "Narnia"),
            "Narnia is not a country; give ISO 3166 codes such as KE or PE",
        ),
        (
            ("facilitators", "add", "--channel", "sms", "--id", "1", "--name", "A"),
            "--channel must be one of telegram, signal, console",
        ),
    ],
)
def test_bad_input_is_refused_with_what_is_expected(
    ready: Path, args: tuple[str, ...], expected: str
) -> None:
    if not expected:  # the control: the same command with good input is accepted
        ok(ready, *args)
        return
    full = (*args, "--region", "africa") if args[:2] == ("facilitators", "add") else args
    said = refused(ready, *full)
    assert expected in said
    assert "['" not in said and "Traceback" not in said
    assert as_json(ready, "facilitators", "list") == []  # nothing was stored
    assert as_json(ready, "collaborators", "list") == []


def test_a_language_name_is_understood(ready: Path) -> None:
    _add_amina(ready, "--language", "swahili")
    ok(
        ready,
        *("collaborators", "add", "--name", "Lab", "--strategy", "Research"),
        *("--language", "Kiswahili", "--language", "العربية", "--country", "ke"),
    )
    assert as_json(ready, "facilitators", "list")[0]["language"] == "sw"
    assert as_json(ready, "collaborators", "list")[0]["languages"] == ["ar", "sw"]


def test_a_case_of_a_removed_facilitator_still_shows(ready: Path) -> None:
    submit_case(ready, "K7M4-Q2XP")
    _add_amina(ready)
    ok(ready, "facilitators", "remove", "1")
    assert as_json(ready, "cases", "show", "K7M4-Q2XP")["claimed_by"] is None
