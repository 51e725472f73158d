"""Dependencies point one way: bot | admin_cli -> store -> flows.

Flows stay pure: no messenger library, no SQL, no wall clock, no randomness,
no file or network I/O; time and ids come in as arguments.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "flows": {
        "bot",
        "store",
        "admin_cli",
        "telegram",
        "signalbot",
        "aiosqlite",
        "sqlite3",
        "aiohttp",
        "httpx",
        "os",
        "random",
        "secrets",
        "time",
        "uuid",
        "socket",
        "asyncio.subprocess",
        "subprocess",
        "pathlib",
        "logging",
    },
    "store": {"bot", "admin_cli", "telegram", "signalbot"},
    "bot": {"admin_cli"},
    "admin_cli": {"bot", "telegram", "signalbot"},
}
WALL_CLOCK = ("datetime.now", "datetime.utcnow", "date.today", "time.time")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_point_one_way(package: str) -> None:
    bad = []
    for path in (ROOT / package).rglob("*.py"):
        for name in _imports(path):
            top = {name, name.split(".")[0]}
            if top & FORBIDDEN[package]:
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert bad == []


def test_flows_never_read_the_clock() -> None:
    for path in (ROOT / "flows").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not [c for c in WALL_CLOCK if c in text], path


TOKEN_LITERAL = re.compile(r"[\"'](f|c|queue):")


def test_button_tokens_are_built_in_one_module() -> None:
    """``f:``, ``c:`` and ``queue:`` tokens are built and parsed only by flows/core/tokens.py."""
    bad = []
    for package in ("flows", "store", "bot", "admin_cli"):
        for path in (ROOT / package).rglob("*.py"):
            if path == ROOT / "flows" / "core" / "tokens.py":
                continue
            if TOKEN_LITERAL.search(path.read_text(encoding="utf-8")):
                bad.append(str(path.relative_to(ROOT)))
    assert bad == []


MAX_FUNCTION_LINES = 60
MAX_CLASS_LINES = 300


def test_flows_have_no_long_functions_or_god_classes() -> None:
    """A function over 60 lines or a class over 300 in flows/ is usually two jobs."""
    bad = []
    for path in (ROOT / "flows").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            limit = (
                MAX_CLASS_LINES
                if isinstance(node, ast.ClassDef)
                else MAX_FUNCTION_LINES
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                else None
            )
            if limit is not None and node.end_lineno is not None:
                length = node.end_lineno - node.lineno + 1
                if length > limit:
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} {length}")
    assert bad == []


GENERIC_ENGINE_MUST_NOT_IMPORT = (
    "flows.intake",
    "flows.workspace",
    "flows.collab",
    "flows.service",
    "flows.jobs",
)


def test_the_engine_knows_no_particular_flow() -> None:
    """flows/engine runs any Flow it is given; the intake is one flow among others."""
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / "flows" / "engine").rglob("*.py")
        for name in _imports(path)
        if name.startswith(GENERIC_ENGINE_MUST_NOT_IMPORT)
    ]
    assert bad == []
