"""Catalog checks that fluent.runtime would otherwise fail silently on."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from flows.catalog.registry import message_variables
from flows.core.policy import LANGUAGES
from locales import CATALOG_DIR

SAMPLE_ARGS: dict[str, str | int] = {
    "code": "partner-1",
    "files": 30,
    "text": "words",
    "owner": "Ana",
    "urgent": "",
    "country": "Kenya",
    "region": "africa",
    "language": "English",
    "strategies": "Research",
    "tier": "local",
    "regions": "africa, asia",
    "number": "+254712345678",
    "ref": "K7M4-Q2XP",
    "limit": 2000,
    "length": 2500,
    "limit_mb": 20,
    "name": "Kenya",
    "label": "Country",
    "value": "Kenya",
    "status": "received",
    "date": "2026-11-22",
    "command": "/foo",
    "level": 2,
    "reason": "duplicate",
    "next": "/status",
    "contact": "+254712345678",
    "answer": "accepted",
    "names": "Tierra Viva",
    "who": "the requester",
    "n": 2,
    "sent": 4,
    "answered": 3,
    "rate": 75,
    "state": "active",
    "zone": "Africa/Nairobi",
    "origin": "from the country",
    "notes": 1,
    "low": 7,
    "high": 90,
    "kind": "Timeline",
    "what": "Big delay",
    "flow": "check-in",
    # funding (issue 14)
    "amount": "4,500",
    "call": 3,
    "closes": "2026-12-20",
    "until": "2026-12-27",
    "criteria": "Land defence",
    "position": 1,
    "score": "4.5",
    "outcome": "approved",
    "applicant": "A group",
    "selection": "Land, Water",
    "total": 3,
    "comment": "no comment",
    "available": "20,000",
    "granted": "7,500",
    "left": "12,500",
}


class _Variables(Visitor):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


FILES = tuple(sorted(p.name for p in (CATALOG_DIR / "en").glob("*.ftl")))
"""English is the reference: every language ships the same files (one per concern)."""


def _parse(lang: str) -> list[ast.Resource]:
    return [
        FluentParser().parse((CATALOG_DIR / lang / name).read_text(encoding="utf-8"))
        for name in FILES
    ]


def _messages(lang: str) -> dict[str, ast.Message]:
    found: dict[str, ast.Message] = {}
    for resource in _parse(lang):
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{lang}: {entry.id.name} defined twice"
                found[entry.id.name] = entry
    return found


def _bundle(lang: str) -> FluentBundle:
    bundle = FluentBundle([lang], use_isolating=False)
    for name in FILES:
        bundle.add_resource(FluentResource((CATALOG_DIR / lang / name).read_text("utf-8")))
    return bundle


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_exists_and_parses_without_junk(lang: str) -> None:
    junk = [e.content[:80] for r in _parse(lang) for e in r.body if isinstance(e, ast.Junk)]
    assert junk == []
    assert sorted(p.name for p in (CATALOG_DIR / lang).glob("*.ftl")) == sorted(FILES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_has_exactly_the_ids_the_code_uses(lang: str) -> None:
    used = set(message_variables())
    present = set(_messages(lang))
    assert sorted(used - present) == [], "missing from catalog"
    assert sorted(present - used) == [], "in catalog but never used by the code"


def test_all_catalogs_have_the_same_ids() -> None:
    reference = set(_messages("en"))
    for lang in LANGUAGES:
        assert set(_messages(lang)) == reference, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_messages_use_only_variables_the_code_passes(lang: str) -> None:
    allowed = message_variables()
    for name, message in _messages(lang).items():
        visitor = _Variables()
        visitor.visit(message)
        unknown = visitor.names - allowed.get(name, frozenset())
        assert not unknown, f"{lang}:{name} uses {sorted(unknown)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_formats_without_errors_for_every_plural(lang: str) -> None:
    bundle = _bundle(lang)
    for name in _messages(lang):
        pattern = bundle.get_message(name).value
        assert pattern is not None, f"{lang}:{name} has no value"
        for count in (0, 1, 2, 3, 5, 11, 100, 101):
            args = dict(SAMPLE_ARGS, count=count, days=count, hours=count)
            text, errors = bundle.format_pattern(pattern, args)
            assert errors == [], f"{lang}:{name}: {errors}"
            assert text.strip(), f"{lang}:{name} renders empty"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_catalog_header_states_review_status(lang: str) -> None:
    for name in FILES:
        head = (CATALOG_DIR / lang / name).read_text(encoding="utf-8")[:600]
        assert "Review status:" in head and "native" in head, name


def test_language_names_are_the_same_everywhere() -> None:
    def names(lang: str) -> dict[str, str]:
        bundle = _bundle(lang)
        found = {}
        for code in LANGUAGES:
            pattern = bundle.get_message(f"language-{code}").value
            assert pattern is not None
            found[code] = bundle.format_pattern(pattern, {})[0]
        return found

    assert all(names(lang) == names("en") for lang in LANGUAGES)


def test_catalog_dir_ships_with_the_package() -> None:
    assert Path(CATALOG_DIR, "en", "main.ftl").is_file()
