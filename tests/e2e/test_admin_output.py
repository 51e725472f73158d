"""Issue 11 item 16 and issue 15's audit filters through the real ``cre-admin``:
output for people (labels, who claimed a case, its history), references as people
type them, unknown filters refused, JSON that ends with a newline."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.e2e.admin_support import admin, as_json, ok, refused, submit_case

REF = "K7M4-Q2XP"


@pytest.fixture
def with_case(data: Path) -> Path:
    ok(data, "init")
    submit_case(
        data,
        REF,
        financiers=["development_bank", "other"],
        harm="Sand mining destroyed the riverbank.",
        danger_now="no",
        project=None,
    )
    ok(
        data,
        *("facilitators", "add", "--channel", "telegram", "--id", "424242"),
        *("--name", "Amina", "--region", "africa"),
    )
    _claim(data, REF, 1)
    return data


def _claim(data: Path, ref: str, facilitator: int) -> None:
    async def write() -> None:
        store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
        try:
            async with store.transaction() as tx:
                now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
                await tx.update_case(ref, "assignee", facilitator, now)
                await tx.update_case(ref, "status", "due_diligence", now)
                await tx.audit(now, "facilitator:1", "case.claimed", ref)
        finally:
            await store.close()

    asyncio.run(write())


@pytest.mark.parametrize("typed", ["K7M4-Q2XP", "k7m4q2xp", "k7m4-q2xp", " K7M4 Q2XP "])
def test_cases_show_reads_a_reference_as_typed(with_case: Path, typed: str) -> None:
    assert as_json(with_case, "cases", "show", typed)["ref"] == REF


def test_cases_show_is_readable(with_case: Path) -> None:
    shown = ok(with_case, "cases", "show", "k7m4q2xp")
    assert "Case K7M4-Q2XP" in shown
    assert "status       being checked" in shown  # the bot's words for due_diligence
    assert "region       Africa (africa)" in shown
    assert "country      Kenya (KE)" in shown
    assert "language     Swahili (sw)" in shown
    assert "claimed by   Amina" in shown
    assert "Financed by: A development bank, Other" in shown
    assert "What is happening: Sand mining destroyed the riverbank." in shown
    assert "Danger now: No" in shown
    assert "Project: (skipped)" in shown
    for raw in ("['", "None", "development_bank", "due_diligence"):
        assert raw not in shown
    history = shown.split("History")[1]
    assert "request received" in history
    assert "Amina                  claimed the case" in history
    for raw in ("case.submitted", "case.claimed", "facilitator:1", "admin.cases"):
        assert raw not in history


def test_json_uses_one_name_per_field_and_ends_with_a_newline(with_case: Path) -> None:
    for command in (
        ("cases", "list"),
        ("cases", "show", REF),
        ("regions", "list"),
        ("facilitators", "list"),
        ("collaborators", "list"),
        ("audit", "list"),
    ):
        result = admin(with_case, *command, "--json")
        assert result.exit_code == 0, result.output
        assert result.output.endswith(("]\n", "}\n")), command
    [row] = as_json(with_case, "cases", "list")
    assert row["language"] == "sw" and "locale" not in row
    shown = as_json(with_case, "cases", "show", REF)
    assert shown["language"] == "sw" and "locale" not in shown
    assert shown["claimed_by"] == "Amina"
    history = [e["action"] for e in shown["history"]]
    assert history[:2] == ["case.submitted", "case.claimed"]
    assert set(history[2:]) == {"admin.cases.show"}  # who looked is part of the history


def test_filters_are_checked(with_case: Path) -> None:
    said = refused(with_case, "cases", "list", "--status", "foo")
    assert "no status 'foo'; use one of: received, being reviewed, being checked" in said
    for typed in ("Due Diligence", "due_diligence", "being checked", "Being-Checked"):
        assert [c["ref"] for c in as_json(with_case, "cases", "list", "--status", typed)] == [REF]
    assert as_json(with_case, "cases", "list", "--status", "closed") == []
    assert "No cases match." in ok(with_case, "cases", "list", "--status", "closed")
    assert [c["ref"] for c in as_json(with_case, "cases", "list", "--region", "AFRICA")] == [REF]
    assert "no region mars" in refused(with_case, "cases", "list", "--region", "mars")
    assert "no case NOPE" in refused(with_case, "audit", "list", "--case", "NOPE")
    assert "no case ABCD-2345" in refused(with_case, "cases", "show", "abcd2345")


def test_cases_list_and_show_use_the_bots_status_names(with_case: Path) -> None:
    """Item 10: one vocabulary. The CLI prints the catalog's names (``status-*``, what the
    bot shows), never the stored ids; JSON keeps the id for programs."""
    listed = ok(with_case, "cases", "list")
    assert "being checked" in listed and "due_diligence" not in listed
    assert "being checked" in ok(with_case, "cases", "list", "--status", "being checked")
    assert as_json(with_case, "cases", "list")[0]["status"] == "due_diligence"
    help_text = " ".join(ok(with_case, "cases", "list", "--help").replace("│", " ").split())
    assert "being reviewed" in help_text and "in progress" in help_text


def test_the_history_reads_as_sentences(data: Path) -> None:
    """Item 16 / gap 3: moves, levels and reasons in words, with the status names."""
    ok(data, "init")
    submit_case(data, REF)
    ok(
        data,
        *("facilitators", "add", "--channel", "telegram", "--id", "424242"),
        *("--name", "Amina", "--region", "africa"),
    )

    async def write() -> None:
        store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
        try:
            async with store.transaction() as tx:
                now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
                await tx.audit(now, "facilitator:1", "case.moved", REF, "received->triage")
                await tx.audit(now, "facilitator:1", "case.level", REF, "3:band")
                await tx.audit(
                    now, "facilitator:1", "case.moved", REF, "triage->declined:duplicate"
                )
                await tx.audit(now, "system", "case.escalated", REF, "after:48h")
        finally:
            await store.close()

    asyncio.run(write())
    history = ok(data, "cases", "show", REF).split("History")[1]
    assert "Amina                  moved it from “received” to “being reviewed”" in history
    assert "set the level to 3 (from the funding band)" in history
    assert "to “declined” (reason: " in history
    assert "nobody had claimed it 48h: escalated" in history
    for raw in ("case.moved", "->", "facilitator:1", "received->triage"):
        assert raw not in history


def test_audit_list_by_case_period_and_actor(with_case: Path) -> None:
    by_case = as_json(with_case, "audit", "list", "--case", "k7m4q2xp")
    assert {e["case_ref"] for e in by_case} == {REF}
    day_one = as_json(with_case, "audit", "list", "--since", "2026-03-01", "--until", "2026-03-01")
    assert [e["action"] for e in day_one] == ["case.submitted"]
    from_day_two = as_json(with_case, "audit", "list", "--since", "2026-03-02T00:00")
    assert "case.submitted" not in [e["action"] for e in from_day_two]
    assert "case.claimed" in [e["action"] for e in from_day_two]
    mine = as_json(with_case, "audit", "list", "--actor", "coordinator")
    assert mine and all(e["actor"].startswith("coordinator:") for e in mine)
    exact = as_json(with_case, "audit", "list", "--actor", "facilitator:1")
    assert [e["action"] for e in exact] == ["case.claimed"]
    assert "takes a date such as 2026-03-01" in refused(with_case, "audit", "list", "--since", "x")
    assert "--until must come after --since" in refused(
        with_case, "audit", "list", "--since", "2026-03-02", "--until", "2026-03-01"
    )
    assert "No audit entries match." in ok(with_case, "audit", "list", "--actor", "nobody-at-all")


def test_errors_quote_no_python_values(with_case: Path) -> None:
    unknown = refused(
        with_case,
        *("facilitators", "add", "--channel", "telegram", "--id", "1", "--name", "X"),
        *("--region", "europe,mars"),
    )
    assert "no region europe, mars; the regions are africa, asia, latin_america" in unknown
    for said in (unknown, refused(with_case, "regions", "set-countries", "europe", "KE")):
        assert "['" not in said and "[]" not in said


def test_a_name_with_brackets_is_printed_as_typed(with_case: Path) -> None:
    ok(with_case, "collaborators", "add", "--name", "[bold]Lab[/bold]", "--strategy", "research")
    assert "[bold]Lab[/bold]" in ok(with_case, "collaborators", "list")
