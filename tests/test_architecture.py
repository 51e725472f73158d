"""Dependencies point one way: bot | admin_cli -> config -> store -> flows.

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
        "config",
    },
    "store": {"bot", "admin_cli", "config", "telegram", "signalbot"},
    "bot": {"admin_cli"},
    "admin_cli": {"bot", "telegram", "signalbot"},
    # config.failures may import sqlite3: it explains a damaged database in a sentence.
    "config": {"bot", "admin_cli", "telegram", "signalbot", "aiosqlite"},
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


SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|SAVEPOINT|RELEASE|BEGIN|COMMIT"
    r"|ROLLBACK|CREATE|ALTER|DROP|VACUUM|WITH)\b"
    r"|\b(INSERT\s+INTO|DELETE\s+FROM|SELECT\s+.+\s+FROM|UPDATE\s+\w+\s+SET|ROLLBACK\s+TO)\b",
    re.DOTALL,
)
OUTSIDE_STORE = ("bot", "admin_cli", "flows", "config")
COMPOSITION_ROOTS = frozenset({"bot/main.py", "admin_cli/opening.py"})
"""The only modules outside store/ that may name a concrete store implementation."""
STORE_INTERNALS = frozenset({"conn", "db", "sealer", "connection"})


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_the_sql_pattern_catches_what_it_should() -> None:
    assert SQL.search("SAVEPOINT step")
    assert SQL.search("UPDATE regions SET countries = ? WHERE id = ?")
    assert SQL.search("  SELECT id FROM files")
    assert not SQL.search("Select the region you want to work from")
    assert not SQL.search("update the case")


@pytest.mark.parametrize("package", OUTSIDE_STORE)
def test_no_sql_outside_store(package: str) -> None:
    """SQL lives in store/ only: outer layers and the core go through the ports."""
    bad = [
        f"{path.relative_to(ROOT)}:{line}: {text[:40]!r}"
        for path in (ROOT / package).rglob("*.py")
        for line, text in _strings(path)
        if SQL.search(text)
    ]
    assert bad == []


@pytest.mark.parametrize("package", ["bot", "admin_cli"])
def test_outer_layers_use_store_ports_not_a_concrete_store(package: str) -> None:
    """bot/ and admin_cli/ import store.ports (and value modules), never a backend, except
    in their composition roots; nor do they reach into a store's connection or sealer."""
    bad = []
    for path in (ROOT / package).rglob("*.py"):
        where = path.relative_to(ROOT).as_posix()
        if where in COMPOSITION_ROOTS:
            continue
        for name in _imports(path):
            if name.startswith(("store.sqlite", "store.memory", "aiosqlite", "sqlite3")):
                bad.append(f"{where} imports {name}")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in STORE_INTERNALS
                and isinstance(node.value, ast.Attribute)
                and node.value.attr in {"store", "tx"}
            ):
                bad.append(f"{where}:{node.lineno} reaches into store.{node.attr}")
            if (
                isinstance(node, ast.Attribute)
                and node.attr in STORE_INTERNALS
                and isinstance(node.value, ast.Name)
                and node.value.id in {"store", "tx"}
            ):
                bad.append(f"{where}:{node.lineno} reaches into {node.value.id}.{node.attr}")
    assert bad == []


def test_migrations_do_not_read_live_seed_data() -> None:
    """An old migration must not change when a constant in flows/ is edited."""
    path = ROOT / "store" / "sqlite" / "migrations.py"
    assert not [name for name in _imports(path) if name.split(".")[0] == "flows"]


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
