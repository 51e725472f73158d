"""The report as one self-contained HTML file: inline CSS and SVG, nothing to fetch (a
Content-Security-Policy forbids it), readable offline, and printable to PDF with each
section starting on a new page and no table or chart split across two."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from html import escape

from admin_cli.reporting.svg import bar_chart
from admin_cli.reporting.words import Words
from flows.report.facts import OUTCOMES
from flows.report.model import Count, CountTable, Report
from flows.report.suppression import Mark

STYLE = """
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", Arial, sans-serif;
  color: #1d2a33;
  margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.4; font-size: 11pt; }
h1 { font-size: 1.9rem; margin: 0 0 .2rem; color: #0b4f6c; }
h2 { font-size: 1.35rem; color: #0b4f6c; border-bottom: 2px solid #0b4f6c;
  padding-bottom: .2rem; margin-top: 0; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
section { break-before: page; padding-top: .5rem; }
figure, table, .cards, .keep { break-inside: avoid; }
h2, h3 { break-after: avoid; }
figure { margin: .4rem 0 1rem; }
figcaption { font-size: .85rem; color: #4a5a66; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; font-size: .92rem; }
thead { display: table-header-group; }
th, td { border-bottom: 1px solid #d5dde3; padding: .15rem .45rem; text-align: start; }
td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
tfoot td { font-weight: bold; border-top: 2px solid #1d2a33; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: .6rem; margin: 1rem 0; }
.card { border: 1px solid #c9d5dd; border-radius: 6px; padding: .6rem .7rem; }
.card .v { font-size: 1.5rem; font-weight: bold; color: #0b4f6c; }
.card .v.p { font-size: 1rem; color: #8a6d00; }
.card .v.d { font-size: 1.15rem; }
.card .k { font-size: .85rem; }
.card .t, .muted, .note { color: #5b6b76; font-size: .85rem; }
.pending { background: #fff8e1; border-inline-start: 4px solid #e0a800; padding: .4rem .7rem; }
.chart text { font-size: 12px; fill: #1d2a33; }
.chart text.muted { fill: #6b7b86; font-style: italic; }
.chart .bar { fill: #2a7fa8; }
.lists li { margin-bottom: .3rem; }
@media print { body { max-width: none; padding: 0; } }
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"


def page(words: Words, report: Report, generated: date) -> str:
    w = words
    end = report.period.end - timedelta(days=1)
    head = (
        f'<!DOCTYPE html><html lang="{w.lang}" dir="{"rtl" if w.rtl else "ltr"}"><head>'
        f'<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(w('report-title'))} {report.period.start.isoformat()}</title>"
        f"<style>{STYLE}</style></head><body>"
    )
    period = f"{w.day(report.period.start)} – {w.day(end)}"
    body = [
        "<header>",
        f"<h1>{escape(w('report-title'))}</h1>",
        f"<p><strong>{escape(w('report-period', value=period))}</strong> · "
        f"{escape(w('report-generated', date=w.day(generated)))}</p>",
        f'<p class="note">{escape(w("report-privacy-note"))}</p>',
        "</header>",
        _headlines(w, report),
        _requests(w, report),
        _countries(w, report),
        _harm(w, report),
        _outcomes(w, report),
        _speed(w, report),
        _gaps(w, report),
        _money(w, report),
    ]
    return head + "".join(body) + "</body></html>"


def _n(text: str) -> str:
    """A number in its own direction (keeps "fewer than 5" and 1,234 whole in Arabic)."""
    return f"<bdi>{escape(text)}</bdi>"


def _headlines(w: Words, report: Report) -> str:
    cards = []
    for h in report.headlines:
        if h.pending:
            value = w("report-pending")
        elif h.dollars is not None:
            value = w.dollars(h.dollars)
        else:
            value = w.count(h.count or Count(0))
        target = "" if h.target is None else w("report-target", value=w.number(h.target))
        kind = " p" if h.pending else " d" if h.dollars is not None else ""
        if h.parts and not h.pending:
            parts = " · ".join(w(f"report-{h.id}-{part}", count=w.number(n)) for part, n in h.parts)
            target = f"{parts} · {target}" if target else parts
        cards.append(
            f'<div class="card"><div class="v{kind}">{_n(value)}</div>'
            f'<div class="k">{escape(w("report-h-" + h.id))}</div>'
            f'<div class="t">{escape(target)}</div></div>'
        )
    return (
        f'<h2 class="keep">{escape(w("report-section-headlines"))}</h2>'
        f'<div class="cards">{"".join(cards)}</div>'
        f'<p class="note">{escape(w("report-few-note"))}</p>'
    )


def _table(w: Words, table: CountTable, head: str | None = None) -> str:
    rows = "".join(
        f"<tr><td>{escape(w.label(table.dimension, key))}</td>"
        f'<td class="n">{_n(w.count(count))}</td></tr>'
        for key, count in table.rows
    )
    foot = ""
    if table.total is not None:
        foot = (
            f"<tfoot><tr><td>{escape(w('report-total'))}</td>"
            f'<td class="n">{_n(w.count(table.total))}</td></tr></tfoot>'
        )
    if not table.rows:
        return f'<p class="muted">{escape(w("report-nothing"))}</p>'
    return (
        f"<table><thead><tr><th>{escape(head or w('report-col-category'))}</th>"
        f'<th class="n">{escape(w("report-col-requests"))}</th></tr></thead>'
        f"<tbody>{rows}</tbody>{foot}</table>"
    )


def _chart(w: Words, table: CountTable) -> str:
    title = w("report-t-" + table.id)
    rows = [(w.label(table.dimension, k), c, w.count(c)) for k, c in table.rows]
    if not rows:
        return ""
    # The text alternative says what the bars say, row by row, as the table writes it.
    figures = "; ".join(f"{label}: {written}" for label, _, written in rows[:30])
    description = f"{w('report-chart-alt', label=title)} {figures}."
    svg = bar_chart(f"chart-{table.id}", title, description, rows[:30], w.rtl)
    if all(c.mark is Mark.SHOWN for _, c, _ in rows[:30]):
        return f"<figure>{svg}</figure>"
    return f"<figure>{svg}<figcaption>{escape(w('report-chart-caption'))}</figcaption></figure>"


def _block(w: Words, table: CountTable, note: str | None = None) -> str:
    # The heading, chart and notes stay on one page; the table follows them, whole when it
    # fits on a page (else across pages, its head repeated).
    parts = [f'<div class="block"><div class="keep"><h3>{escape(w("report-t-" + table.id))}</h3>']
    if table.chart:
        parts.append(_chart(w, table))
    if note:
        parts.append(f'<p class="note">{escape(note)}</p>')
    if table.withheld:
        parts.append(f'<p class="note">{escape(w("report-withheld-note"))}</p>')
    parts.append("</div>")
    parts.append(_table(w, table))
    parts.append("</div>")
    return "".join(parts)


def _requests(w: Words, report: Report) -> str:
    blocks = [_block(w, report.table(f"by-{d}")) for d in ("region", "month", "level")]
    blocks += [_block(w, report.table(f"by-{d}")) for d in ("channel", "language")]
    return f"<section><h2>{escape(w('report-section-requests'))}</h2>{''.join(blocks)}</section>"


def _countries(w: Words, report: Report) -> str:
    table = report.table("by-country")
    regions = report.table("by-region")
    groups = []
    for region, count in regions.rows:
        rows = tuple((k, c) for k, c in table.rows if k.split("/", 1)[0] == region)
        if not rows:
            continue
        sub = CountTable(table.id, "country", rows)
        groups.append(
            f'<div class="keep"><h3>{escape(w.label("region", region))} · '
            f"{_n(w.count(count))}</h3>{_table(w, sub, w('report-col-country'))}</div>"
        )
    body = "".join(groups) or f'<p class="muted">{escape(w("report-nothing"))}</p>'
    if table.withheld:
        body = f'<p class="note">{escape(w("report-withheld-note"))}</p>' + body
    return (
        f"<section><h2>{escape(w('report-t-by-country'))}</h2>"
        f'<p class="note">{escape(w("report-country-note"))}</p>{body}</section>'
    )


def _harm(w: Words, report: Report) -> str:
    note = w("report-multi-note")
    blocks = [_block(w, report.table(f"by-{d}"), note) for d in ("rights", "financier")]
    blocks.append(_block(w, report.table("by-sector")))
    blocks.append(_block(w, report.table("by-strategy"), note))
    return f"<section><h2>{escape(w('report-section-harm'))}</h2>{''.join(blocks)}</section>"


def _grid(head: Sequence[str], rows: Iterable[Sequence[str]], numeric_from: int = 1) -> str:
    th = "".join(
        f"<th{' class=n' if i >= numeric_from else ''}>{escape(h)}</th>" for i, h in enumerate(head)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{_n(c)}</td>' if i >= numeric_from else f"<td>{escape(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _outcomes(w: Words, report: Report) -> str:
    parts = [f"<section><h2>{escape(w('report-section-outcomes'))}</h2>"]
    if report.followup_pending:
        parts.append(f'<p class="pending">{escape(w("report-followup-pending"))}</p>')
    parts.append(f"<h3>{escape(w('report-t-outcomes'))}</h3>")
    if report.outcomes:
        head = [w("report-col-outcome")] + [w.label("region", r.region) for r in report.outcomes]
        rows = [
            [w("report-outcome-" + o)] + [w.count(r.cells[i]) for r in report.outcomes]
            for i, o in enumerate(OUTCOMES)
        ]
        parts.append(_grid(head, rows))
    else:
        parts.append(f'<p class="muted">{escape(w("report-nothing"))}</p>')
    parts.append(f"<h3>{escape(w('report-t-scores'))}</h3>")
    if report.scores:
        head = [w("report-col-region"), w("report-col-question")]
        head += [w("report-col-responses"), w("report-col-mean")]
        rows = [
            [
                w.label("region", s.region),
                w("report-question-" + s.question)
                if w.has("report-question-" + s.question)
                else s.question,
                w.count(s.responses),
                w("report-not-enough") if s.mean is None else w.decimal(s.mean),
            ]
            for s in report.scores
        ]
        parts.append(_grid(head, rows, numeric_from=2))
    else:
        parts.append(f'<p class="muted">{escape(w("report-nothing"))}</p>')
    parts.append(f"<h3>{escape(w('report-t-checkins'))}</h3>")
    if report.rates:
        head = [w("report-col-region"), w("report-col-sent"), w("report-col-rate")]
        rows = [
            [
                w.label("region", r.region),
                w.count(r.sent),
                w("report-not-enough") if r.rate is None else w.percent(r.rate),
            ]
            for r in report.rates
        ]
        parts.append(_grid(head, rows))
    else:
        parts.append(f'<p class="muted">{escape(w("report-nothing"))}</p>')
    return "".join(parts) + "</section>"


def _speed(w: Words, report: Report) -> str:
    parts = [
        f"<section><h2>{escape(w('report-section-speed'))}</h2>",
        f'<p class="note">{escape(w("report-speed-note"))}</p>',
    ]
    if not report.speed:
        parts.append(f'<p class="muted">{escape(w("report-nothing"))}</p>')
        return "".join(parts) + "</section>"

    def spread(value: tuple[float, float] | None) -> list[str]:
        if value is None:
            return [w("report-not-enough"), ""]
        return [w.hours(value[0]), w.hours(value[1])]

    head = [w("report-col-region"), w("report-col-cases"), w("report-col-claim-median")]
    head += [w("report-col-claim-p90"), w("report-col-response-median")]
    head += [w("report-col-response-p90")]
    rows = [
        [w.label("region", s.region), w.count(s.cases), *spread(s.claim), *spread(s.response)]
        for s in report.speed
    ]
    parts.append(_grid(head, rows))
    return "".join(parts) + "</section>"


def _gaps(w: Words, report: Report) -> str:
    gaps = report.gaps
    parts = [f"<section><h2>{escape(w('report-section-gaps'))}</h2>"]
    parts.append(f"<h3>{escape(w('report-t-uncovered'))}</h3>")
    if gaps.uncovered:
        names = sorted(w.country(c) for c in gaps.uncovered)
        parts.append(f"<p>{escape(w.join(names))}</p>")
    else:
        parts.append(f'<p class="muted">{escape(w("report-nothing"))}</p>')
    parts.append(f"<h3>{escape(w('report-t-thin'))}</h3>")
    if gaps.thin:
        head = [w("report-col-region"), w("report-col-strategy"), w("report-col-collaborators")]
        rows = [
            [
                w.label("region", r),
                w.label("strategy", s),
                w("report-none") if c.mark is Mark.SHOWN and c.shown == 0 else w.count(c),
            ]
            for r, s, c in gaps.thin
        ]
        parts.append(_grid(head, rows, numeric_from=2))
    else:
        parts.append(f'<p class="muted">{escape(w("report-nothing"))}</p>')
    parts.append(f"<h3>{escape(w('report-t-unreached'))}</h3><ul class='lists'>")
    for region, countries in gaps.unreached:
        names = sorted(w.country(c) for c in countries)
        listed = w.join(names) if names else w("report-none")
        parts.append(
            f"<li><strong>{escape(w.label('region', region))}</strong> "
            f"({_n(w.number(len(countries)))}): {escape(listed)}</li>"
        )
    return "".join(parts) + "</ul></section>"


def _money(w: Words, report: Report) -> str:
    parts = [f"<section><h2>{escape(w('report-section-money'))}</h2>"]
    if report.funding_pending:
        parts.append(f'<p class="pending">{escape(w("report-funding-pending"))}</p>')
    if report.money:
        head = [w("report-col-region"), w("report-col-committed"), w("report-col-spent")]
        rows = [
            [w.label("region", m.region), w.dollars(m.committed), w.dollars(m.spent)]
            for m in report.money
        ]
        parts.append(_grid(head, rows))
    else:
        parts.append(f'<p class="muted">{escape(w("report-nothing"))}</p>')
    return "".join(parts) + "</section>"
