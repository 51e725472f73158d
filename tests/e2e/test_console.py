"""The whole bot through the console channel, scripted on stdin, in every language."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import stat
from pathlib import Path

import pytest

from flows.core.policy import LANGUAGES
from store.crypto import Keyring
from store.sqlite.store import DB_NAME, SqliteStore
from tests.e2e.conftest import run
from tests.support.answers import CONSENT, SUBMIT, intake_answers

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")
STORY = "Sand mining destroyed the riverbank near our village."
HOPE = "An independent study and a meeting with the bank."


def intake_script(language_number: int) -> list[str]:
    answers = intake_answers(
        requester_name="Mto Wetu group",
        financiers="1 3",
        sector="1",
        rights="2 4",
        harm=STORY,
        strategies="1 5",
        outcome=HOPE,
    )
    return ["hello", str(language_number), CONSENT, *answers, SUBMIT]


def _case(data: Path, ref: str) -> dict[str, object]:
    async def read() -> dict[str, object]:
        store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
        try:
            case = await store.case(ref)
            assert case is not None
            return {
                "locale": case.locale,
                "level": case.level,
                "country": case.country,
                "details": case.details,
                "status": case.status,
            }
        finally:
            await store.close()

    return asyncio.run(read())


def test_help_of_both_commands(data: Path) -> None:
    bot = run("cre-bot", "--help", data=data)
    admin = run("cre-admin", "--help", data=data)
    assert bot.returncode == 0 and "console" in bot.stdout
    assert admin.returncode == 0 and "init" in admin.stdout and "cases" in admin.stdout


def test_init_creates_private_key_and_is_idempotent(data: Path) -> None:
    first = run("cre-admin", "init", data=data)
    assert first.returncode == 0, first.stdout + first.stderr
    assert stat.S_IMODE((data / "keys.json").stat().st_mode) == 0o600
    key = (data / "keys.json").read_bytes()
    again = run("cre-admin", "init", "--quiet", data=data)
    assert again.returncode == 0 and again.stdout == ""
    assert (data / "keys.json").read_bytes() == key


def test_lost_key_file_is_not_silently_replaced(data: Path) -> None:
    run("cre-admin", "init", data=data)
    (data / "keys.json").unlink()
    result = run("cre-admin", "init", data=data)
    assert result.returncode == 2 and "Restore the key file" in result.stdout
    assert not (data / "keys.json").exists()


def test_wrong_key_stops_with_a_clear_message_and_touches_nothing(data: Path) -> None:
    run("cre-admin", "init", data=data)
    before = hashlib.sha256((data / DB_NAME).read_bytes()).hexdigest()
    wrong = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY="
    result = run("cre-bot", data=data, stdin="hello\n", env={"CRE_MASTER_KEY": wrong})
    assert result.returncode == 3  # the key exit code (README: exit codes)
    assert "does not open this database" in result.stderr and "Nothing was changed" in result.stderr
    assert hashlib.sha256((data / DB_NAME).read_bytes()).hexdigest() == before


def test_bad_configuration_is_explained(data: Path) -> None:
    result = run("cre-bot", data=data, env={"CRE_SIGNAL_SERVICE": "localhost"})
    assert result.returncode == 2 and "CRE_SIGNAL_NUMBER" in result.stderr


@pytest.mark.parametrize("lang", LANGUAGES)
def test_whole_intake_in_each_language(data: Path, lang: str) -> None:
    run("cre-admin", "init", data=data)
    script = intake_script(LANGUAGES.index(lang) + 1)
    result = run("cre-bot", data=data, stdin="\n".join(script) + "\n")
    assert result.returncode == 0, result.stderr
    refs = REF.findall(result.stdout)
    assert len(refs) == 1, result.stdout[-2000:]
    assert result.stdout.count("bot> ") >= len(script)
    case = _case(data, refs[0])
    assert case["locale"] == lang and case["country"] == "KE" and case["level"] == 2
    details = case["details"]
    assert isinstance(details, dict)
    assert details["answers"]["harm"] == STORY
    assert details["answers"]["strategies"] == ["research", "expertise"]
    assert STORY.encode() not in (data / DB_NAME).read_bytes()
    listed = run("cre-admin", "cases", "list", "--json", data=data)
    [row] = json.loads(listed.stdout)
    assert row["ref"] == refs[0] and row["status"] == "received" and "details" not in row
    shown = json.loads(run("cre-admin", "cases", "show", refs[0], "--json", data=data).stdout)
    assert shown["details"]["answers"]["outcome"] == HOPE


def test_restart_mid_flow_resumes_at_the_same_step(data: Path) -> None:
    run("cre-admin", "init", data=data)
    script = intake_script(1)
    first = run("cre-bot", data=data, stdin="\n".join(script[:9]) + "\n")
    assert first.returncode == 0
    last_question = first.stdout.rstrip().splitlines()[-2]
    assert last_question.startswith("bot> What is the project or investment called")
    second = run("cre-bot", data=data, stdin="\n".join(script[9:]) + "\n")
    assert second.returncode == 0
    # The console starts by showing where the conversation stands (issue 11); the first
    # input of the second run answered the project question (skip), so the next reply
    # is the question after it: nothing was re-asked or lost.
    lines = second.stdout.splitlines()
    assert lines[0].startswith("bot> Welcome back")
    assert lines[1].startswith("bot> What is the project or investment called")
    assert next(line for line in lines[2:] if line.startswith("bot> ")).startswith(
        "bot> Which companies are involved"
    )
    [ref] = REF.findall(second.stdout)
    details = _case(data, ref)["details"]
    assert isinstance(details, dict)
    assert details["answers"]["requester_name"] == "Mto Wetu group"


def test_key_rotation_keeps_old_data_readable(data: Path) -> None:
    run("cre-admin", "init", data=data)
    first = run("cre-bot", data=data, stdin="\n".join(intake_script(1)) + "\n")
    [old_ref] = REF.findall(first.stdout)
    rotated = run("cre-admin", "keys", "rotate", data=data)
    assert rotated.returncode == 0, rotated.stdout
    keys = json.loads((data / "keys.json").read_text())
    # Everything was re-sealed under key 2, so key 1 was retired from the file.
    assert keys["active"] == 2 and sorted(keys["keys"]) == ["2"]
    assert stat.S_IMODE((data / "keys.json").stat().st_mode) == 0o600
    again = ["/start", CONSENT, *intake_answers(harm=STORY), SUBMIT]  # a second request
    second = run("cre-bot", data=data, stdin="\n".join(again) + "\n")
    [new_ref] = set(REF.findall(second.stdout)) - {old_ref}
    for ref in (old_ref, new_ref):
        details = _case(data, ref)["details"]
        assert isinstance(details, dict) and details["answers"]["harm"] == STORY
