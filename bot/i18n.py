"""Render outbound messages with the Fluent catalogs.

Bidi isolation marks are used for right-to-left languages only: there they
keep a reference like ``K7M4-Q2XP`` or a number from being reordered with
the surrounding Arabic; in left-to-right text they would only add invisible
characters that copy badly.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

from bot.transport import Rendered
from flows.core.messages import ArgValue, Outbound, Ref
from flows.core.policy import LANGUAGES, RTL_LANGUAGES, join_list
from locales import CATALOG_DIR

log = logging.getLogger("cre.i18n")
FALLBACK = "en"
_LTR_RUNS = re.compile(r"/[A-Za-z_]+|\d+(?:[ ,.]\d+)+")
"""Commands and number lists, which a right-to-left paragraph would otherwise reorder."""


def isolate_ltr_runs(text: str) -> str:
    """Wrap commands like ``/start`` and lists like ``1 3`` in first-strong isolates."""
    return _LTR_RUNS.sub(lambda m: f"\u2068{m.group(0)}\u2069", text)


class Catalogs:
    """One FluentBundle per shipped language (all its ``*.ftl`` files), each parsed once.

    Parsing every catalog takes about half a second, most of the bot's start-up,
    and holds some 3 MB per language: a language is parsed when first needed
    (about 90 ms, once) and kept; one nobody writes in is never held. The
    command menus, which name every language at start, read theirs with
    :meth:`describe`, on a thread and without keeping it.
    """

    def __init__(self, directory: Path = CATALOG_DIR, languages: tuple[str, ...] = LANGUAGES):
        self.directory = directory
        self.languages = languages
        self._bundles: dict[str, FluentBundle] = {}
        self._described: dict[tuple[str, tuple[str, ...]], list[str] | None] = {}

    def bundle(self, lang: str) -> FluentBundle | None:
        """The language's bundle, parsed now if it was not yet; None if not shipped."""
        found = self._bundles.get(lang)
        if found is None and lang in self.languages:
            found = self._bundles.setdefault(lang, self._parse(lang))
        return found

    @property
    def bundles(self) -> dict[str, FluentBundle]:
        """Every shipped language's bundle (parsing those not parsed yet)."""
        return {lang: bundle for lang in self.languages if (bundle := self.bundle(lang))}

    async def describe(self, lang: str, keys: Sequence[str]) -> list[str] | None:
        """``keys`` as text in ``lang``, or None when its catalog lacks one of them.

        A language not parsed yet is parsed on a thread and not kept; the texts
        are (a few strings), so asking again costs nothing.
        """
        wanted = (lang, tuple(keys))
        if wanted in self._described:
            return self._described[wanted]
        bundle = self._bundles.get(lang)
        if bundle is None:
            if lang not in self.languages:
                return None
            bundle = await asyncio.to_thread(self._parse, lang)
        texts = None
        if all(bundle.has_message(key) for key in keys):
            texts = [_formatted(bundle, lang, key, {}) for key in keys]
        self._described[wanted] = texts
        return texts

    def _parse(self, lang: str) -> FluentBundle:
        bundle = FluentBundle([lang], use_isolating=lang in RTL_LANGUAGES)
        for path in sorted((self.directory / lang).glob("*.ftl")):
            bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
        return bundle

    def format(self, locale: str, key: str, args: dict[str, ArgValue] | None = None) -> str:
        bundle = self.bundle(locale)
        if bundle is None or not bundle.has_message(key):
            log.warning(
                "missing message",
                extra={"fields": {"event": "i18n.missing", "key": key, "locale": locale}},
            )
            bundle = self.bundle(FALLBACK)
            if bundle is None or not bundle.has_message(key):
                return key
        plain = {
            name: join_list((self.format(locale, k) for k in value.keys), locale)
            if isinstance(value, Ref)
            else value
            for name, value in (args or {}).items()
        }
        return _formatted(bundle, locale, key, plain)

    def label(self, locale: str, key: str) -> str:
        """The message as text in ``locale``, for recognising typed answers; "" when
        ``locale`` has no such message (keyword lists exist only for some choices)."""
        bundle = self.bundle(locale)
        if bundle is None or not bundle.has_message(key):
            return ""
        return self.format(locale, key)

    def render(self, message: Outbound, locale: str) -> Rendered:
        if message.text is not None:
            text = message.text
        else:
            head = self.format(locale, message.key, message.args)
            body = "\n".join(self.format(locale, key, args) for key, args in message.parts)
            text = f"{head}\n\n{body}" if body else head
        choices = tuple(
            (c.token, ("✓ " if c.selected else "") + self.format(locale, c.key, c.args))
            for c in message.choices
        )
        hint = self.format(locale, "multi-howto") if message.multi else ""
        return Rendered(text, choices, message.multi, locale in RTL_LANGUAGES, hint)


def _formatted(bundle: FluentBundle, locale: str, key: str, args: dict[str, Any]) -> str:
    """``key`` of ``bundle`` (which has it) with ``args``; right-to-left text isolates
    its commands and number lists."""
    pattern = bundle.get_message(key).value
    if pattern is None:
        return key
    text, errors = bundle.format_pattern(pattern, args)
    if errors:
        log.warning(
            "format error",
            extra={"fields": {"event": "i18n.error", "key": key, "locale": locale}},
        )
    return isolate_ltr_runs(str(text)) if locale in RTL_LANGUAGES else str(text)
