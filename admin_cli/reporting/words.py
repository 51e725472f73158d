"""The report's words in one language: its catalog (``report.ftl``), the intake's option
labels (``main.ftl``), country names from CLDR, numbers and months the local way."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from fluent.runtime import FluentBundle, FluentResource

from flows.core.countries import country_name
from flows.core.policy import LANGUAGES, RTL_LANGUAGES
from flows.report.model import Count
from flows.report.suppression import Mark
from flows.report.tally import UNKNOWN
from locales import CATALOG_DIR

FALLBACK = "en"

_DIMENSION_PREFIX = {
    "region": "report-region-",
    "level": "report-level-",
    "channel": "report-channel-",
    "language": "language-",
    "sector": "opt-sector-",
    "strategy": "opt-strategies-",
    "rights": "opt-rights-",
    "financier": "opt-financiers-",
}


FILES = ("report.ftl", "main.ftl")
"""The report's own messages, and the intake's option and language names."""


def _bundle(lang: str) -> FluentBundle:
    # No bidi isolation marks: the HTML sets dir="rtl" and wraps numbers in <bdi>.
    bundle = FluentBundle([lang], use_isolating=False)
    for name in FILES:
        bundle.add_resource(FluentResource((CATALOG_DIR / lang / name).read_text("utf-8")))
    return bundle


class Words:
    """Everything the renderers write, looked up in ``lang`` (English when missing)."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"--lang must be one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self.rtl = lang in RTL_LANGUAGES
        self._bundles = [_bundle(lang)]

    def _fallback(self) -> list[FluentBundle]:
        """English, parsed only if a message is missing (the locale tests say none is)."""
        if len(self._bundles) == 1 and self.lang != FALLBACK:
            self._bundles.append(_bundle(FALLBACK))
        return self._bundles

    def has(self, key: str) -> bool:
        return self._bundles[0].has_message(key) or any(
            b.has_message(key) for b in self._fallback()
        )

    def __call__(self, key: str, **args: str | int) -> str:
        bundles = self._bundles if self._bundles[0].has_message(key) else self._fallback()
        for bundle in bundles:
            if bundle.has_message(key):
                pattern = bundle.get_message(key).value
                if pattern is not None:
                    text, _ = bundle.format_pattern(pattern, args)
                    return str(text)
        return key

    def number(self, value: int | float) -> str:
        """A whole number (or one as given) with the language's grouping: 1,234 / 1 234."""
        return str(format_decimal(value, locale=self.lang))

    def decimal(self, value: float) -> str:
        """Always one decimal, so a column of hours or scores lines up: 7.0, 17.7, 4,3."""
        return str(format_decimal(value, format="#,##0.0", locale=self.lang))

    def percent(self, share: float) -> str:
        """A share (0.78) as the language writes it: 78% in English, 78 % in French."""
        return str(format_percent(share, locale=self.lang))

    def count(self, count: Count) -> str:
        if count.mark is Mark.FEW:
            return self("report-few")
        if count.mark in (Mark.HIDDEN, Mark.WITHHELD):
            return self("report-hidden")
        return self.number(count.shown or 0)

    def day(self, day: date) -> str:
        """A day in words (1 يناير 2026, January 1, 2026): an ISO date's hyphens would be
        reordered inside right-to-left text."""
        return str(format_date(day, "long", locale=self.lang))

    def join(self, names: Iterable[str]) -> str:
        """Names in a running list, with the language's comma (Arabic's is ،)."""
        return ("، " if self.lang == "ar" else ", ").join(names)

    def hours(self, hours: float) -> str:
        return self("report-hours", hours=self.decimal(hours))

    def dollars(self, amount: int) -> str:
        return self("report-usd", value=self.number(amount))

    def country(self, code: str) -> str:
        if code == UNKNOWN:
            return self("report-unknown")
        return country_name(code, self.lang)

    def label(self, dimension: str, key: str) -> str:
        """The name of a table row: a region, a country (``region/ISO``), a month…"""
        if key == UNKNOWN:
            return self("report-unknown")
        if dimension == "country":
            return self.country(key.split("/", 1)[1])
        if dimension == "month":
            year, month = key.split("-")
            return str(format_date(date(int(year), int(month), 1), "LLLL y", locale=self.lang))
        prefix = _DIMENSION_PREFIX.get(dimension)
        if prefix and self.has(prefix + key):
            return self(prefix + key)
        return key.replace("_", " ")
