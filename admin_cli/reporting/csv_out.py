"""The report's tables as CSV files, one per table, for spreadsheets: the same figures
and the same suppression as the HTML. UTF-8 with a byte-order mark, so a spreadsheet
opened by double-click shows accents and Arabic correctly."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from admin_cli.reporting.words import Words
from flows.report.facts import OUTCOMES
from flows.report.model import Count, Report


def _count(w: Words, count: Count) -> list[str]:
    """The number (empty when suppressed) and what stands in for it."""
    if count.shown is None:
        return ["", w.count(count)]
    return [str(count.shown), ""]


def _write(path: Path, head: Sequence[str], rows: Iterable[Sequence[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(head)
        out.writerows(rows)
    path.chmod(0o600)
    return path


def write_csv(report: Report, w: Words, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    note = w("report-col-note")
    written = [
        _write(
            folder / "headlines.csv",
            ["id", w("report-col-category"), w("report-col-value"), note, w("report-col-target")],
            (
                [
                    h.id,
                    w("report-h-" + h.id),
                    *(
                        ["", w("report-pending")]
                        if h.pending
                        else [str(h.dollars), ""]
                        if h.dollars is not None
                        else _count(w, h.count or Count(0))
                    ),
                    "" if h.target is None else str(h.target),
                ]
                for h in report.headlines
            ),
        )
    ]
    for table in report.tables:
        written.append(
            _write(
                folder / f"requests-{table.id}.csv",
                ["id", w("report-col-category"), w("report-col-requests"), note],
                [[key, w.label(table.dimension, key), *_count(w, c)] for key, c in table.rows]
                + ([["total", w("report-total"), *_count(w, table.total)]] if table.total else []),
            )
        )
    written += _followup(report, w, folder, note)
    written += _speed_and_gaps(report, w, folder, note)
    return written


def _followup(report: Report, w: Words, folder: Path, note: str) -> list[Path]:
    return [
        _write(
            folder / "outcomes.csv",
            [w("report-col-region"), w("report-col-outcome"), w("report-col-cases"), note],
            [
                [r.region, o, *_count(w, r.cells[i])]
                for r in report.outcomes
                for i, o in enumerate(OUTCOMES)
            ],
        ),
        _write(
            folder / "survey-scores.csv",
            [
                w("report-col-region"),
                w("report-col-question"),
                w("report-col-responses"),
                note,
                w("report-col-mean"),
            ],
            [
                [
                    s.region,
                    s.question,
                    *_count(w, s.responses),
                    "" if s.mean is None else str(s.mean),
                ]
                for s in report.scores
            ],
        ),
        _write(
            folder / "checkins.csv",
            [w("report-col-region"), w("report-col-sent"), note, w("report-col-rate")],
            [
                [r.region, *_count(w, r.sent), "" if r.rate is None else f"{r.rate:.3f}"]
                for r in report.rates
            ],
        ),
        _write(
            folder / "budget.csv",
            [w("report-col-region"), w("report-col-committed"), w("report-col-spent")],
            [[m.region, str(m.committed), str(m.spent)] for m in report.money],
        ),
    ]


def _speed_and_gaps(report: Report, w: Words, folder: Path, note: str) -> list[Path]:
    def spread(value: tuple[float, float] | None) -> list[str]:
        return ["", ""] if value is None else [f"{value[0]:.1f}", f"{value[1]:.1f}"]

    gaps = report.gaps
    return [
        _write(
            folder / "speed.csv",
            [
                w("report-col-region"),
                w("report-col-cases"),
                note,
                w("report-col-claim-median"),
                w("report-col-claim-p90"),
                w("report-col-response-median"),
                w("report-col-response-p90"),
            ],
            [
                [s.region, *_count(w, s.cases), *spread(s.claim), *spread(s.response)]
                for s in report.speed
            ],
        ),
        _write(
            folder / "gaps-uncovered-countries.csv",
            ["iso", w("report-col-country")],
            [[c, w.country(c)] for c in gaps.uncovered],
        ),
        _write(
            folder / "gaps-thin-strategies.csv",
            [w("report-col-region"), w("report-col-strategy"), w("report-col-collaborators"), note],
            [[r, s, *_count(w, c)] for r, s, c in gaps.thin],
        ),
        _write(
            folder / "gaps-unreached-countries.csv",
            [w("report-col-region"), "iso", w("report-col-country")],
            [[r, c, w.country(c)] for r, countries in gaps.unreached for c in countries],
        ),
    ]
