"""Issue 11's new ``cre-admin`` commands as the installed console script, one process
per command as a coordinator runs them: each registry correction, region command and
audit filter once, the exit codes a script relies on, and a refusal without a
traceback. (tests/e2e/test_admin_registry.py and test_admin_output.py go through
every case in-process.)"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.e2e.conftest import run


def _ok(data: Path, *args: str) -> str:
    result = run("cre-admin", *args, data=data)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _json(data: Path, *args: str) -> Any:
    return json.loads(_ok(data, *args, "--json"))


def _refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return " ".join(result.stdout.split())


def test_registry_corrections_through_the_installed_command(data: Path) -> None:
    _ok(data, "init")
    _ok(data, "facilitators", "add", "--channel", "telegram", "--id", "424242",
        "--name", "Amina", "--region", "africa")  # fmt: skip
    _ok(data, "facilitators", "edit", "1", "--name", "Amina W.", "--region", "africa,asia")
    assert "deactivated" in _ok(data, "facilitators", "deactivate", "1")
    [amina] = _json(data, "facilitators", "list")
    assert (amina["name"], amina["regions"], amina["active"]) == (
        "Amina W.",
        ["africa", "asia"],
        False,
    )
    assert "active again" in _ok(data, "facilitators", "activate", "1")
    assert _json(data, "facilitators", "list")[0]["active"] is True
    assert "erased" in _ok(data, "facilitators", "remove", "1")
    assert _json(data, "facilitators", "list") == []

    _ok(data, "collaborators", "add", "--name", "River Lab", "--strategy", "research",
        "--country", "KE")  # fmt: skip
    _ok(data, "collaborators", "edit", "1", "--country", "Peru", "--self-funded")
    [lab] = _json(data, "collaborators", "list")
    assert (lab["countries"], lab["regions"], lab["self_funded"]) == (
        ["PE"],
        ["latin_america"],
        True,
    )
    assert "deactivated" in _ok(data, "collaborators", "deactivate", "1")
    assert _json(data, "collaborators", "list")[0]["active"] is False
    _ok(data, "collaborators", "activate", "1")
    assert _json(data, "collaborators", "list")[0]["active"] is True
    assert "erased" in _ok(data, "collaborators", "remove", "1")
    assert _json(data, "collaborators", "list") == []

    trail = [e["action"] for e in _json(data, "audit", "list")]
    for group in ("facilitators", "collaborators"):
        for verb in ("edit", "deactivate", "activate", "remove"):
            assert f"admin.{group}.{verb}" in trail


def test_region_commands_and_audit_filters_through_the_installed_command(data: Path) -> None:
    _ok(data, "init")
    _ok(data, "regions", "add", "europe", "--name", "Europe", "RS")
    _ok(data, "regions", "add-country", "europe", "Albania,MD")
    _ok(data, "regions", "remove-country", "europe", "MD")
    _ok(data, "regions", "set-queue", "europe", "--channel", "telegram", "--chat", "-1001234")
    assert "private chats" in _ok(data, "regions", "unset-queue", "Europe")
    europe = next(r for r in _json(data, "regions", "list") if r["id"] == "europe")
    assert (europe["countries"], europe["queue"]) == (["AL", "RS"], "facilitators' private chats")

    taken = _refused(run("cre-admin", "regions", "add-country", "europe", "KE", data=data))
    assert "KE is in africa" in taken

    everything = _json(data, "audit", "list")
    today = everything[-1]["at"][:10]
    actor = everything[0]["actor"]
    mine = _json(data, "audit", "list", "--since", today, "--until", today, "--actor", actor)
    assert {"admin.regions.add", "admin.regions.add-country", "admin.regions.unset-queue"} <= {
        e["action"] for e in mine
    }
    assert _json(data, "audit", "list", "--until", "2000-01-01") == []
    assert "No audit entries match." in _ok(data, "audit", "list", "--actor", "nobody-at-all")
    bad = _refused(run("cre-admin", "audit", "list", "--since", "yesterday", data=data))
    assert "--since takes a date such as 2026-03-01" in bad
