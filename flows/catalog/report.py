"""Catalog messages of the annual impact report (``locales/<lang>/report.ftl``), with the
variables the renderers pass; option labels (rights, sectors…) come from the intake's."""

from __future__ import annotations

from flows.report.facts import OUTCOMES
from flows.report.model import HEADLINE_IDS

_WITH = {
    "report-period": "value",
    "report-generated": "date",
    "report-target": "value",
    "report-calls-open": "count",
    "report-calls-targeted": "count",
    "report-usd": "value",
    "report-hours": "hours",
    "report-chart-alt": "label",
}
_PLAIN = (
    "title privacy-note few hidden few-note withheld-note pending unknown none nothing total "
    "section-headlines section-requests section-harm section-outcomes section-speed "
    "section-gaps section-money country-note multi-note chart-caption followup-pending "
    "funding-pending col-category col-requests col-country col-region col-note col-value "
    "col-target col-outcome col-question col-responses col-mean col-sent col-rate col-cases "
    "col-claim-median col-claim-p90 col-response-median col-response-p90 col-strategy "
    "col-collaborators col-committed col-spent t-outcomes t-scores t-checkins t-uncovered "
    "t-thin t-unreached not-enough speed-note question-satisfaction "
    "question-ev_fit question-ev_connections question-ev_cocreated question-ev_grant "
    "question-ev_ease question-ev_capacity "
    "level-1 level-2 level-3 channel-telegram channel-signal channel-console "
    "region-asia region-latin_america region-africa region-coordinator"
)
TABLES: tuple[str, ...] = ("region", "month", "level", "channel", "language", "country")
TABLES += ("sector", "rights", "financier", "strategy")


def report_variables() -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {f"report-{key}": frozenset() for key in _PLAIN.split()}
    found.update({key: frozenset(args.split()) for key, args in _WITH.items()})
    found.update({f"report-h-{h}": frozenset() for h in HEADLINE_IDS})
    found.update({f"report-t-by-{t}": frozenset() for t in TABLES})
    found.update({f"report-outcome-{o}": frozenset() for o in OUTCOMES})
    return found
