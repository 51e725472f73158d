"""The English words a coordinator reads for answers and options in ``cases show``.

The bot renders with :mod:`bot.i18n`, which ``cre-admin`` may not import (the
edges do not depend on each other); the catalogs are the same files, so the
words are the same. Only plain messages (labels, option names) are read here.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

from flows.core.countries import country_name, is_country
from flows.core.questions import SKIP, Kind, Question
from flows.intake.flow import INTAKE
from locales import CATALOG_DIR


@cache
def _english() -> FluentBundle:
    bundle = FluentBundle(["en"], use_isolating=False)
    for path in sorted((CATALOG_DIR / "en").glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


def text(key: str, fallback: str) -> str:
    bundle = _english()
    if not bundle.has_message(key):
        return fallback
    pattern = bundle.get_message(key).value
    if pattern is None:
        return fallback
    shown, _ = bundle.format_pattern(pattern, {})
    return str(shown)


def answer_lines(answers: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) for each answer, in the order the intake asks, options as words."""
    questions = {q.id: q for q in INTAKE}
    order = [q.id for q in INTAKE] + sorted(set(answers) - set(questions))
    return [
        (_label(questions.get(key), key), _value(questions.get(key), answers[key]))
        for key in order
        if key in answers
    ]


def _label(question: Question | None, key: str) -> str:
    return key.replace("_", " ") if question is None else text(question.label, key)


def _value(question: Question | None, value: object) -> str:
    if value is None or value == SKIP:
        return "(skipped)"
    if isinstance(value, list | tuple):
        return ", ".join(_value(question, v) for v in value) or "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    shown = str(value)
    if question is not None and question.kind == Kind.COUNTRY and is_country(shown):
        return f"{country_name(shown, 'en')} ({shown})"
    if question is not None and question.kind in (Kind.CHOICE, Kind.MULTI):
        return text(question.option_key(shown), shown)
    return shown
