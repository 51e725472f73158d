"""Issue 11 item 18: what a newcomer sees on a first ``make run``: no packaging chatter,
a console that greets them with a prompt and says goodbye at Ctrl-D, one readable
warning line, and ``--help`` without literal backticks."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time
import tomllib
from pathlib import Path

import typer
from typer.testing import CliRunner

from admin_cli.main import app
from bot.main import cli
from tests.e2e.admin_support import ok
from tests.e2e.conftest import BIN, run

ROOT = Path(__file__).resolve().parents[2]


def _read_until(fd: int, wanted: str, seen: str, times: int = 1, timeout: float = 60) -> str:
    """What the terminal shows, read until ``wanted`` appears ``times`` times."""
    deadline = time.monotonic() + timeout
    while seen.count(wanted) < times:
        left = deadline - time.monotonic()
        assert left > 0, f"never saw {wanted!r} in {seen[-800:]!r}"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                chunk = b""
            assert chunk, f"ended before {wanted!r}: {seen[-800:]!r}"
            seen += chunk.decode("utf-8", "replace").replace("\r\n", "\n")
    return seen


def test_the_console_greets_prompts_and_says_goodbye_on_a_terminal(data: Path) -> None:
    ok(data, "init")
    leader, follower = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CRE_")}
    environ.update({"CRE_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"})
    child = subprocess.Popen(
        [str(BIN / "cre-bot")],
        stdin=follower,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=environ,
    )
    os.close(follower)
    try:
        seen = _read_until(leader, "local> ", "")
        assert seen.startswith("CRE Bot console: you are chatting with the bot")
        assert "/as facilitator africa" in seen and "Ctrl-D" in seen
        os.write(leader, b"hello\n")
        seen = _read_until(leader, "7. العربية", seen)
        seen = _read_until(leader, "local> ", seen, times=2)  # the prompt after the reply
        os.write(leader, b"\x04")  # Ctrl-D at the start of a line: end of input
        seen = _read_until(leader, "start the bot again to continue", seen)
        assert "Goodbye." in seen
        assert child.wait(timeout=60) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        os.close(leader)
    assert child.stderr is not None
    child.stderr.close()


def test_piped_input_gets_only_the_bots_replies(data: Path) -> None:
    ok(data, "init")
    result = run("cre-bot", data=data, stdin="hello\n")
    assert result.stdout.startswith("bot> ")
    assert "CRE Bot console" not in result.stdout and "Goodbye" not in result.stdout


def test_the_no_coordinator_warning_is_one_readable_line(data: Path) -> None:
    ok(data, "init")
    result = run("cre-bot", data=data, stdin="")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    [line] = lines
    assert line.startswith("cre-bot: warning: NO COORDINATOR IS REGISTERED")
    assert "cre-admin facilitators add --coordinator" in line and "`" not in line
    log = (data / "logs" / "cre-bot.log").read_text()
    assert '"event": "runtime.no_coordinator"' in log  # the log file keeps the event


def _all_commands(group: typer.Typer) -> list[list[str]]:
    command = typer.main.get_command(group)
    found: list[list[str]] = [[]]

    def walk(node: object, path: list[str]) -> None:
        for name, sub in getattr(node, "commands", {}).items():
            found.append([*path, name])
            walk(sub, [*path, name])

    walk(command, [])
    return found


def test_help_renders_without_backticks() -> None:
    runner = CliRunner()
    commands = _all_commands(app)
    assert ["facilitators", "deactivate"] in commands and ["regions", "unset-queue"] in commands
    for path in commands:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "`" not in result.output and ":mod:" not in result.output, path
    bot_help = runner.invoke(cli, ["--help"])
    assert bot_help.exit_code == 0 and "`" not in bot_help.output
    assert ":mod:" not in bot_help.output


def test_packaging_metadata_gives_setuptools_nothing_to_warn_about() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert isinstance(project["license"], str)  # an SPDX expression, not a deprecated table
    assert all((ROOT / name).is_file() for name in project["license-files"])
    makefile = (ROOT / "Makefile").read_text()
    assert "> $(LOG) 2>&1" in makefile  # pip's chatter is kept in .venv/install.log
