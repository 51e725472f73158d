"""Issue 11 item 17: the console simulator's personas act in the simulator but never
appear in the coordinator's registry, nor count as the deployment's coordinator."""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.admin_support import as_json, ok
from tests.e2e.conftest import run
from tests.e2e.test_console import intake_script

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")


def test_personas_stay_out_of_the_real_registry(data: Path) -> None:
    ok(data, "init")
    script = ["/as coordinator", "/cases", "/as facilitator Africa", "/cases", "/as requester"]
    result = run("cre-bot", data=data, stdin="\n".join(script) + "\n")
    assert result.returncode == 0, result.stderr
    assert "bot → facilitator-africa> There are no open requests in your region." in result.stdout
    assert "bot → coordinator> " in result.stdout  # the personas did act
    assert as_json(data, "facilitators", "list") == []
    africa = next(r for r in as_json(data, "regions", "list") if r["id"] == "africa")
    assert africa["facilitators"] == 0
    doctor = run("cre-admin", "doctor", data=data)
    assert "fail coordinator: NONE REGISTERED" in doctor.stdout  # a persona is no coordinator


def test_a_real_console_registration_is_never_overwritten_by_a_persona(data: Path) -> None:
    ok(data, "init")
    ok(
        data,
        *("facilitators", "add", "--channel", "console", "--id", "coordinator"),
        *("--name", "Wanjiru", "--coordinator"),
    )
    ok(data, "facilitators", "deactivate", "1")
    result = run("cre-bot", data=data, stdin="/as coordinator\n/cases\n")
    assert result.returncode == 0, result.stderr
    assert "only the exchange's facilitators can do that" in result.stdout  # not reactivated
    [wanjiru] = as_json(data, "facilitators", "list")
    assert (wanjiru["name"], wanjiru["active"], wanjiru["coordinator"]) == ("Wanjiru", False, True)


def test_a_persona_registered_for_real_joins_the_registry(data: Path) -> None:
    ok(data, "init")
    run("cre-bot", data=data, stdin="/as facilitator asia\n")
    assert as_json(data, "facilitators", "list") == []
    ok(
        data,
        *("facilitators", "add", "--channel", "console", "--id", "facilitator-asia"),
        *("--name", "Budi", "--region", "asia"),
    )
    [budi] = as_json(data, "facilitators", "list")
    assert (budi["name"], budi["regions"]) == ("Budi", ["asia"])


def test_a_case_a_persona_claimed_shows_who_claimed_it(data: Path) -> None:
    ok(data, "init")
    script = [*intake_script(1), "/as facilitator africa", "/cases", "1", "1"]
    result = run("cre-bot", data=data, stdin="\n".join(script) + "\n")
    assert result.returncode == 0, result.stderr
    [ref] = set(REF.findall(result.stdout))
    assert as_json(data, "cases", "show", ref)["claimed_by"] == "Facilitator africa"
    assert "claimed by   Facilitator africa" in ok(data, "cases", "show", ref)
